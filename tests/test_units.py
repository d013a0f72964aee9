"""Small units of ingestion: sizes, language, feeds, archives."""

import io

import pytest
from pages import make_page
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from accordwatch.config import parse_size
from accordwatch.errors import ConfigError, MalformedFeed, MalformedWarc
from accordwatch.ingest.article import Article, content_hash
from accordwatch.ingest.extract import article_from_document, guess_language
from accordwatch.ingest.feeds import looks_like_feed, parse_feed
from accordwatch.ingest.warc import read_warc


@pytest.mark.parametrize("text, expected", [("20MB", 20 * 1024**2), ("512kb", 512 * 1024), ("1000", 1000), ("1.5 GB", int(1.5 * 1024**3))])
def test_parse_size(text, expected):
    assert parse_size(text) == expected


@pytest.mark.parametrize("text", ["lots", "-1MB", "0", "12XB"])
def test_parse_size_rejects(text):
    with pytest.raises(ConfigError):
        parse_size(text)


def test_content_hash_ignores_reflowing():
    assert content_hash("The envoy  said\nthat talks resume.") == content_hash("The envoy said that talks resume. ")


def test_identity_depends_on_url_and_text():
    a = Article(text="same words here", location="a", raw=b"", url="https://a.example/x")
    b = Article(text="same words here", location="b", raw=b"", url="https://b.example/x")
    c = Article(text="same words here", location="c", raw=b"", url="https://a.example/x")
    assert a.identity != b.identity and a.identity == c.identity


def test_guess_language():
    assert guess_language("The mediators said that the talks in the capital would resume on Monday and that the parties were close to a deal.") == "en"
    assert guess_language("Die Vermittler sagten, dass die Gespräche in der Hauptstadt am Montag wieder aufgenommen werden und die Parteien nahe an einer Einigung seien.") is None


def test_html_is_recognised_without_a_suffix():
    article = article_from_document(make_page(), location="x", raw=b"", encoding="utf-8")
    assert article.outlet == "Northgate Courier" and "Elena Varga" in article.text


def test_markdown_title():
    article = article_from_document("# Talks resume\n\nThe envoy said so.\n", location="x.md", raw=b"", encoding="utf-8", suffix=".md")
    assert article.title == "Talks resume" and article.text.startswith("# Talks resume")


ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbor Times</title>
<entry><title>One</title><link href="https://harbor.example/1"/><updated>2026-01-20T10:00:00Z</updated><author><name>Kit Osei</name></author></entry>
<entry><title>Two</title><link href="https://harbor.example/2"/><updated>2026-01-21T10:00:00Z</updated></entry>
</feed>"""


def test_atom_feed():
    assert looks_like_feed(ATOM)
    items = list(parse_feed(ATOM, "feed"))
    assert [i.link for i in items] == ["https://harbor.example/1", "https://harbor.example/2"]
    assert items[0].author == "Kit Osei" and items[0].published == "2026-01-20T10:00:00Z"
    assert items[0].outlet == "Harbor Times"


def test_html_is_not_a_feed():
    assert not looks_like_feed(make_page().encode())


def test_not_a_feed():
    with pytest.raises(MalformedFeed):
        list(parse_feed(b"just some words, no markup at all", "notes"))


def test_warc_skips_non_html_and_errors(tmp_path):
    path = tmp_path / "a.warc"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        for uri, status, ctype, body in [
            ("https://x.example/page", "200 OK", "text/html; charset=utf-8", make_page().encode()),
            ("https://x.example/logo.png", "200 OK", "image/png", b"\x89PNG...."),
            ("https://x.example/gone", "404 Not Found", "text/html", b"<html>gone</html>"),
        ]:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
    pages = list(read_warc(path, 10**7))
    assert [p.uri for p in pages] == ["https://x.example/page"] and pages[0].charset == "utf-8"


def test_not_a_warc(tmp_path):
    path = tmp_path / "b.warc"
    path.write_text("this is not an archive at all")
    with pytest.raises(MalformedWarc):
        list(read_warc(path, 10**7))
