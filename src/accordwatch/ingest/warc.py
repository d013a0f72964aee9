"""Web archives: the HTML responses stored in a .warc or .warc.gz file."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from accordwatch.errors import MalformedWarc, TooLarge


@dataclass
class WarcPage:
    uri: str
    content_type: str | None
    charset: str | None
    body: bytes | None
    error: Exception | None = None


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"').lower()
    return None


def read_warc(path: Path, max_bytes: int) -> Iterator[WarcPage]:
    """Yield each HTML response record; a damaged archive ends with a MalformedWarc error."""
    seen = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                if record.http_headers.get_statuscode() != "200":
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if "html" not in content_type.lower():
                    continue
                seen += 1
                uri = record.rec_headers.get_header("WARC-Target-URI") or f"record {seen}"
                body = record.content_stream().read(max_bytes + 1)
                declared = record.length or 0
                if len(body) <= max_bytes and record.http_headers.total_len + len(body) < declared:
                    raise EOFError(f"record for {uri} ends early")
                if len(body) > max_bytes:
                    yield WarcPage(uri, None, None, None, TooLarge(f"{uri}: record is over the limit of {max_bytes:,} bytes"))
                    continue
                yield WarcPage(uri, content_type.split(";")[0].strip().lower(), _charset(content_type), body)
        if path.name.lower().endswith(".gz"):
            _check_gzip_complete(path)
    except (ArchiveLoadFailed, EOFError, zlib.error, ValueError, OSError) as exc:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        where = f"after {seen} HTML record{'s' if seen != 1 else ''}" if seen else "before any HTML record"
        raise MalformedWarc(f"{path}: truncated or malformed WARC {where} ({detail[:120]})") from None
    if seen == 0:
        # Not an error in itself, but almost always a mistake worth saying.
        raise MalformedWarc(f"{path}: no HTML responses in this WARC")


def _check_gzip_complete(path: Path) -> None:
    """warcio stops quietly at a cut-off gzip member; reading the whole stream notices it."""
    with gzip.open(path, "rb") as stream:
        while stream.read(1 << 20):
            pass
