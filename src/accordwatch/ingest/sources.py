"""From a SOURCE argument (file, folder, URL, feed, WARC) to articles.

Each kind of source is a reader registered in READERS; a reader turns one source into a stream
of Items, each an article or the error that kept it from being one. One bad item never stops
the others.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

from accordwatch.config import Settings
from accordwatch.errors import InputError, SourceNotFound, TooLarge, UnsupportedSource
from accordwatch.ingest.article import Article
from accordwatch.ingest.decode import check_not_binary, decode
from accordwatch.ingest.extract import HTML_SUFFIXES, TEXT_SUFFIXES, article_from_document
from accordwatch.ingest.feeds import FeedItem, looks_like_feed, parse_feed
from accordwatch.ingest.fetch import Fetched, fetch
from accordwatch.ingest.warc import read_warc

FEED_SUFFIXES = {".rss", ".atom", ".xml"}
WARC_SUFFIXES = (".warc", ".warc.gz")
FOLDER_SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES | {".rss", ".atom"}


@dataclass
class Item:
    label: str
    article: Article | None = None
    error: InputError | None = None


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else path.suffix.lower()


def _read_bytes(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise TooLarge(f"{path}: file of {size:,} bytes is over the limit of {limit:,} bytes")
        return path.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def read_file_article(path: Path, encoding: str | None = None, limit: int = 20 * 1024 * 1024) -> Article:
    """One HTML or text file as an article (what `accordwatch text` shows)."""
    if not path.exists():
        raise SourceNotFound(f"{path}: no such file or folder")
    if path.is_dir():
        raise InputError(f"{path} is a folder; give a file")
    raw = _read_bytes(path, limit)
    text, used = decode(raw, what=str(path), forced=encoding)
    return article_from_document(text, location=str(path), raw=raw, encoding=used, suffix=_suffix(path))


# -- readers -------------------------------------------------------------------------------------


def _items_from_feed(data: bytes, where: str, settings: Settings, client: httpx.Client) -> Iterator[Item]:
    for number, entry in enumerate(parse_feed(data, where), start=1):
        label = entry.link or f"{where} item {number}"
        if not entry.link:
            yield Item(label, error=InputError(f"{where}: item {number} has no link"))
            continue
        yield _guard(label, lambda e=entry: _article_from_url(e.link, settings, client, entry=e))


def _article_from_url(url: str, settings: Settings, client: httpx.Client,
                      entry: FeedItem | None = None) -> Article:
    defaults = {"title": entry.title, "author": entry.author, "published": entry.published,
                "outlet": entry.outlet, "url": entry.link} if entry else None
    return _article_from_fetched(fetch(url, settings, client), url, settings, defaults)


def _article_from_fetched(fetched: Fetched, location: str, settings: Settings,
                          defaults: dict | None = None) -> Article:
    text, used = decode(fetched.body, what=location, forced=settings.encoding, http_charset=fetched.charset)
    # A server that says only "octet-stream" has told us nothing: sniff the content instead.
    ctype = fetched.content_type if fetched.content_type not in (None, "application/octet-stream") else None
    return article_from_document(text, location=location, raw=fetched.body, encoding=used,
                                 url=fetched.final_url, content_type=ctype, defaults=defaults)


def _guard(label: str, make: Callable[[], Article]) -> Item:
    try:
        return Item(label, article=make())
    except InputError as exc:
        return Item(label, error=exc)


def read_url(source: str, settings: Settings, client: httpx.Client) -> Iterator[Item]:
    try:
        fetched = fetch(source, settings, client)
    except InputError as exc:
        yield Item(source, error=exc)
        return
    if looks_like_feed(fetched.body, fetched.content_type):
        try:
            yield from _items_from_feed(fetched.body, source, settings, client)
        except InputError as exc:
            yield Item(source, error=exc)
        return

    yield _guard(source, lambda: _article_from_fetched(fetched, source, settings))


def read_warc_file(path: Path, settings: Settings) -> Iterator[Item]:
    from accordwatch.ingest.extract import from_html

    try:
        for page in read_warc(path, settings.max_bytes):
            label = f"{path}#{page.uri}"
            if page.error is not None:
                yield Item(label, error=page.error)
                continue

            def build(page=page, label=label) -> Article:
                text, used = decode(page.body, what=label, forced=settings.encoding, http_charset=page.charset)
                return from_html(text, location=label, raw=page.body, url=page.uri, encoding=used,
                                 content_type=page.content_type)

            yield _guard(label, build)
    except InputError as exc:
        yield Item(str(path), error=exc)


def read_feed_file(path: Path, settings: Settings, client: httpx.Client) -> Iterator[Item]:
    try:
        data = _read_bytes(path, settings.max_bytes)
        check_not_binary(data, what=str(path))
        yield from _items_from_feed(data, str(path), settings, client)
    except InputError as exc:
        yield Item(str(path), error=exc)


def read_path(path: Path, settings: Settings, client: httpx.Client) -> Iterator[Item]:
    suffix = _suffix(path)
    if suffix in WARC_SUFFIXES:
        yield from read_warc_file(path, settings)
        return
    if suffix in {".rss", ".atom"}:
        yield from read_feed_file(path, settings, client)
        return
    if suffix == ".xml":
        try:
            head = _read_bytes(path, settings.max_bytes)[:4096]
        except InputError as exc:
            yield Item(str(path), error=exc)
            return
        if looks_like_feed(head):
            yield from read_feed_file(path, settings, client)
            return
    if suffix not in HTML_SUFFIXES | TEXT_SUFFIXES and suffix:
        supported = ", ".join(sorted(HTML_SUFFIXES | TEXT_SUFFIXES | FEED_SUFFIXES | set(WARC_SUFFIXES)))
        yield Item(str(path), error=UnsupportedSource(f"{path}: unsupported file type {suffix} (supported: {supported})"))
        return
    yield _guard(str(path), lambda: read_file_article(path, settings.encoding, settings.max_bytes))


def folder_files(folder: Path) -> list[Path]:
    """Files in a folder tree that AccordWatch reads, in a stable order; hidden ones skipped."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            suffix = _suffix(path)
            if suffix in FOLDER_SUFFIXES or suffix in WARC_SUFFIXES:
                found.append(path)
    return found


def plan(sources: list[str]) -> list[str | Path]:
    """Expand folders into their files, so that progress can count what lies ahead."""
    planned: list[str | Path] = []
    for source in sources:
        if "://" in source:
            planned.append(source)
            continue
        path = Path(source).expanduser()
        if path.is_dir():
            planned.extend(folder_files(path))
        else:
            planned.append(path)
    return planned


def read_planned(entry: str | Path, settings: Settings, client: httpx.Client) -> Iterator[Item]:
    if isinstance(entry, str):
        if "://" in entry and not is_url(entry):
            yield Item(entry, error=UnsupportedSource(f"{entry}: only http and https URLs can be fetched"))
            return
        yield from read_url(entry, settings, client)
        return
    if not entry.exists():
        yield Item(str(entry), error=SourceNotFound(f"{entry}: no such file or folder"))
        return
    yield from read_path(entry, settings, client)
