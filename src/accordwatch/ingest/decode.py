"""Bytes to text, refusing what is not text and never guessing silently between encodings."""

from __future__ import annotations

import codecs
import re

from accordwatch.errors import BinaryInput, EmptyInput, EncodingProblem

# Signatures of common binary formats someone may point AccordWatch at by mistake.
_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or DOCX/XLSX)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "gzip-compressed data",
    b"\x7fELF": "an executable",
    b"SQLite format 3": "a SQLite database",
}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def check_not_binary(data: bytes, what: str = "file") -> None:
    if not data.strip():
        raise EmptyInput(f"{what} is empty")
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise BinaryInput(f"{what} is {kind}, not text or HTML")
    head = data[:8192]
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise BinaryInput(f"{what} is binary (contains NUL bytes), not text or HTML")


def declared_charset(data: bytes) -> str | None:
    head = data[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _first_bad_byte(data: bytes) -> tuple[int, int]:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start, data[exc.start]
    return -1, 0


def _has_utf8_multibyte(data: bytes) -> bool:
    """True when the bytes contain at least one well-formed UTF-8 multi-byte sequence."""
    return re.search(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}", data) is not None


def decode(data: bytes, what: str = "file", forced: str | None = None, http_charset: str | None = None) -> tuple[str, str]:
    """Return (text, encoding used).

    Order: a forced encoding (--encoding), a byte-order mark, the charset the server or the page
    declares, then UTF-8. Bytes that do not fit the chosen encoding are an error that says where,
    never replaced quietly: a claim's offsets must point at the text the source really holds.
    """
    check_not_binary(data, what)
    if forced:
        try:
            return data.decode(forced), codecs.lookup(forced).name
        except LookupError:
            raise EncodingProblem(f"unknown encoding {forced!r}") from None
        except UnicodeDecodeError as exc:
            raise EncodingProblem(
                f"{what} is not valid {forced} (byte 0x{data[exc.start]:02x} at offset {exc.start})"
            ) from None
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise EncodingProblem(f"{what} starts with a {name} byte-order mark but is not {name} (offset {exc.start})") from None
    declared = http_charset or declared_charset(data)
    if declared and declared not in {"utf-8", "ascii"}:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError as exc:
            raise EncodingProblem(
                f"{what} declares charset {declared} but byte 0x{data[exc.start]:02x} at offset "
                f"{exc.start} does not fit it; pass --encoding to say which it is"
            ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        offset, byte = _first_bad_byte(data)
        if _has_utf8_multibyte(data):
            raise EncodingProblem(
                f"{what} mixes encodings: it is mostly UTF-8 but byte 0x{byte:02x} at offset {offset} "
                "is not; repair the file or pass --encoding"
            ) from None
        hint = "declares UTF-8 but is not" if declared else "is not UTF-8"
        raise EncodingProblem(
            f"{what} {hint} (byte 0x{byte:02x} at offset {offset}); "
            "pass --encoding (for example --encoding cp1252) to read it"
        ) from None
