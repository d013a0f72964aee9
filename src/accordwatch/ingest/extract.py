"""Main text and metadata of a page or a text file.

The main text produced here is the text every claim offset refers to (`accordwatch text`).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import trafilatura
from lxml import html as lxml_html

from accordwatch.errors import NoArticleText
from accordwatch.ingest.article import Article

MIN_ARTICLE_WORDS = 12
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".md", ".markdown"}

# The commonest English function words: enough to tell an English text from most others when a
# page declares no language.
_ENGLISH = frozenset(
    ["the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by", "it", "said", "at", "from", "are", "be", "has", "have", "which", "this", "an", "were", "not", "but", "or", "their", "after", "its", "will", "would"]
)
_WORD = re.compile(r"[A-Za-z]+")
_LANG_ATTR = re.compile(r"^[A-Za-z]{2,3}")


def guess_language(text: str) -> str | None:
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if len(words) < 20:
        return None
    share = sum(w in _ENGLISH for w in words) / len(words)
    return "en" if share > 0.15 else None


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in text[:20000].lower()


def domain_of(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else (host or None)


def _declared_language(html_text: str) -> str | None:
    try:
        tree = lxml_html.fromstring(html_text.encode("utf-8"))
    except (ValueError, lxml_html.etree.ParserError):
        return None
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    for xpath in ('//meta[@property="og:locale"]/@content', '//meta[@http-equiv="content-language"]/@content'):
        candidates.extend(tree.xpath(xpath))
    for value in candidates:
        if value and (match := _LANG_ATTR.match(value.strip())):
            return match.group(0).lower()
    return None


def from_html(
    html_text: str, *, location: str, raw: bytes, url: str | None = None, encoding: str | None = None,
    content_type: str | None = "text/html", defaults: dict | None = None,
) -> Article:
    """Extract an article from a page. `defaults` fill metadata the page lacks (e.g. from a feed)."""
    document = trafilatura.bare_extraction(
        html_text, url=url, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True,
    )
    text = (document.text or "").strip() if document is not None else ""
    if len(text.split()) < MIN_ARTICLE_WORDS:
        # Extractors fall back on whatever text a page has: a menu is not an article.
        raise NoArticleText(f"{location}: no article text found in the page")
    defaults = defaults or {}
    canonical = document.url or url or defaults.get("url")
    outlet = document.sitename or defaults.get("outlet") or domain_of(canonical) or domain_of(url)
    return Article(
        text=text,
        location=location,
        raw=raw,
        title=document.title or defaults.get("title"),
        outlet=outlet,
        author=document.author or defaults.get("author"),
        published=document.date or defaults.get("published"),
        language=_declared_language(html_text) or guess_language(text),
        url=canonical,
        fetched_url=url,
        content_type=content_type,
        encoding=encoding,
    )


def from_plain_text(text: str, *, location: str, raw: bytes, encoding: str | None = None,
                    content_type: str = "text/plain", url: str | None = None) -> Article:
    """A text file is its own main text, unchanged; its first non-empty line is taken as the title."""
    if not text.strip():
        raise NoArticleText(f"{location}: the file holds only whitespace")
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    if title and title.startswith("#"):
        title = title.lstrip("#").strip()
    return Article(
        text=text,
        location=location,
        raw=raw,
        title=title[:300] if title else None,
        language=guess_language(text),
        url=url,
        fetched_url=url,
        outlet=domain_of(url),
        content_type=content_type,
        encoding=encoding,
    )


def article_from_document(text: str, *, location: str, raw: bytes, encoding: str | None,
                          suffix: str = "", url: str | None = None, content_type: str | None = None,
                          defaults: dict | None = None) -> Article:
    """Dispatch on what the document is: HTML by suffix, content type or content; else plain text."""
    is_html = (
        suffix in HTML_SUFFIXES
        or (content_type is not None and "html" in content_type)
        or (suffix not in TEXT_SUFFIXES and content_type is None and looks_like_html(text))
    )
    if is_html:
        return from_html(text, location=location, raw=raw, url=url, encoding=encoding,
                         content_type=content_type or "text/html", defaults=defaults)
    ctype = content_type or ("text/markdown" if suffix in {".md", ".markdown"} else "text/plain")
    return from_plain_text(text, location=location, raw=raw, encoding=encoding, content_type=ctype, url=url)
