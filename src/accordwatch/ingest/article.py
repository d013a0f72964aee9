"""The Article: what ingestion hands to the rest of AccordWatch."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property

_SPACE = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """sha256 of the text with runs of whitespace collapsed, so reflowed copies hash alike."""
    return hashlib.sha256(_SPACE.sub(" ", text).strip().encode("utf-8")).hexdigest()


@dataclass
class Article:
    text: str
    location: str
    raw: bytes
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None
    url: str | None = None
    fetched_url: str | None = None
    content_type: str | None = None
    encoding: str | None = None
    extra: dict = field(default_factory=dict)

    @cached_property
    def content_hash(self) -> str:
        return content_hash(self.text)

    @cached_property
    def identity(self) -> str:
        """The same text at the same canonical URL is the same article.

        Two outlets carrying one wire story keep two rows (grouping them is a later stage's job);
        one file read twice, or one page fetched twice, is stored once.
        """
        key = f"{self.url or ''}\n{self.content_hash}"
        return hashlib.sha256(key.encode("utf-8")).hexdigest()

    @cached_property
    def raw_sha256(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()

    @property
    def word_count(self) -> int:
        return len(self.text.split())
