"""RSS and Atom feeds: every item's link is fetched and ingested as an article."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass

import feedparser

from accordwatch.errors import MalformedFeed

_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)


def looks_like_feed(data: bytes, content_type: str | None = None) -> bool:
    if content_type and any(k in content_type for k in ("rss", "atom", "rdf")):
        return True
    head = data[:4096]
    return _FEED_ROOT.search(head) is not None and b"<html" not in head.lower()


@dataclass
class FeedItem:
    link: str | None
    title: str | None
    author: str | None
    published: str | None
    outlet: str | None


def _iso(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed) if parsed else None


def parse_feed(data: bytes, where: str) -> Iterator[FeedItem]:
    parsed = feedparser.parse(data)
    if parsed.get("bozo") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = str(problem).splitlines()[0] if problem else "unreadable"
        raise MalformedFeed(f"{where}: malformed feed ({detail})")
    if not parsed.get("version") and not parsed.entries:
        raise MalformedFeed(f"{where}: not an RSS or Atom feed")
    outlet = parsed.feed.get("title")
    for entry in parsed.entries:
        yield FeedItem(
            link=entry.get("link"),
            title=entry.get("title"),
            author=entry.get("author"),
            published=_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
            outlet=outlet,
        )
