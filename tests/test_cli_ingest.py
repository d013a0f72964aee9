"""End to end through the `accordwatch` command, in a temporary folder."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import httpserver
import pytest
from pages import make_page
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SEED_LIKE = (
    "Monitors say crossing reopened, report says\n\n"
    "The crossing at Dunmere reopened on Monday, according to the monitoring mission.\n"
    "Mission spokesperson Lina Okafor said the first convoy passed without incident.\n"
)


@pytest.fixture(scope="module")
def server():
    srv, base = httpserver.start()
    yield base
    srv.shutdown()


def _articles(db: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute("select id, content_hash, text from articles order by id").fetchall()
    finally:
        con.close()


@pytest.fixture
def stored(tmp_path, run_cli, db):
    """A store that already holds one article; every bad input must leave it as it was."""
    good = tmp_path / "good.txt"
    good.write_text(SEED_LIKE, encoding="utf-8")
    result = run_cli("ingest", "--no-claims", "--db", db, good)
    assert result.exit_code == 0, result.stderr
    return _articles(db)


def _one_line_error(result) -> str:
    assert result.exit_code != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert lines, result.stderr
    return lines[0]


def test_text_file_is_its_own_main_text(tmp_path, run_cli, db):
    path = tmp_path / "report.txt"
    path.write_text(SEED_LIKE, encoding="utf-8")
    assert run_cli("text", path).stdout == SEED_LIKE
    result = run_cli("ingest", "--no-claims", "--db", db, path)
    assert result.exit_code == 0
    assert result.stdout.strip().endswith("1 new, 0 already stored, 0 failed")
    assert _articles(db)[0][2] == SEED_LIKE


def test_html_main_text_drops_page_chrome(tmp_path, run_cli, db):
    path = tmp_path / "page.html"
    path.write_text(make_page(), encoding="utf-8")
    text = run_cli("text", path).stdout
    assert "Council spokesperson Elena Varga said" in text
    for chrome in ("Subscribe", "Share on social", "Related stories", "Reader42", "All rights reserved"):
        assert chrome not in text
    run_cli("ingest", "--no-claims", "--db", db, path)
    rows = json.loads(run_cli("articles", "--db", db, "--format", "json").stdout)
    assert len(rows) == 1
    row = rows[0]
    assert row["outlet"] == "Northgate Courier"
    assert row["author"] == "Mira Calloway"
    assert row["published"].startswith("2026-01-21")
    assert row["url"] == "https://northgate.example/news/truce-committee"
    assert row["language"] == "en"
    assert row["title"] == "Truce committee reviews second phase"


def test_folder_is_read_recursively_and_again_adds_nothing(tmp_path, run_cli, db):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.html").write_text(make_page(slug="one"), encoding="utf-8")
    (tmp_path / "a" / "b" / "two.txt").write_text(SEED_LIKE, encoding="utf-8")
    (tmp_path / "a" / "b" / "notes.csv").write_text("x,y\n", encoding="utf-8")
    first = run_cli("ingest", "--no-claims", "--db", db, tmp_path / "a")
    assert first.stdout.strip() == "2 new, 0 already stored, 0 failed"
    again = run_cli("ingest", "--no-claims", "--db", db, tmp_path / "a")
    assert again.stdout.strip() == "0 new, 2 already stored, 0 failed"
    csv_out = run_cli("articles", "--db", db, "--format", "csv").stdout.splitlines()
    assert csv_out[0].startswith("id,published,outlet,title") and len(csv_out) == 3


def test_db_from_environment(tmp_path, run_cli):
    path = tmp_path / "r.txt"
    path.write_text(SEED_LIKE, encoding="utf-8")
    env_db = tmp_path / "env.db"
    run_cli("ingest", "--no-claims", path, env={"ACCORDWATCH_DB": str(env_db)})
    assert len(_articles(str(env_db))) == 1


def _warc(path: Path, pages: dict[str, str]) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for uri, html in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(html.encode()), http_headers=headers)
            writer.write_record(record)


def test_warc_html_responses_become_articles(tmp_path, run_cli, db):
    archive = tmp_path / "crawl.warc.gz"
    _warc(archive, {"https://northgate.example/news/one": make_page(slug="one", title="First"),
                    "https://northgate.example/news/two": make_page(slug="two", title="Second",
                                                                    paragraphs=["A different story entirely, the envoy said on Friday in the capital."])})
    result = run_cli("ingest", "--no-claims", "--db", db, archive)
    assert result.stdout.strip() == "2 new, 0 already stored, 0 failed", result.stderr
    assert run_cli("ingest", "--no-claims", "--db", db, archive).stdout.strip() == "0 new, 2 already stored, 0 failed"


# -- bad input: one clear line, non-zero exit, store intact ---------------------------------------


def _bad_file(tmp_path: Path, kind: str) -> Path:
    if kind == "missing":
        return tmp_path / "nowhere.txt"
    path = tmp_path / {"binary": "image.html", "empty": "empty.txt", "latin1": "latin.txt",
                       "mixed": "mixed.txt", "no-article": "nav.html", "bad-feed": "broken.rss",
                       "truncated-warc": "cut.warc.gz", "unsupported": "sheet.xlsx"}[kind]
    if kind == "binary":
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "latin1":
        path.write_bytes("The talks in Montr\xe9al resumed.".encode("latin-1"))
    elif kind == "mixed":
        path.write_bytes("“Quoted” UTF-8 text, ".encode() + "then Montr\xe9al.".encode("latin-1"))
    elif kind == "no-article":
        path.write_text("<html><body><nav><a href='/'>Home</a></nav><footer>(c)</footer></body></html>")
    elif kind == "bad-feed":
        path.write_text("<?xml version='1.0'?><rss><channel><title>Broken<item><title>x</rss")
    elif kind == "truncated-warc":
        whole = tmp_path / "whole.warc.gz"
        _warc(whole, {f"https://northgate.example/{n}": make_page(slug=str(n)) for n in range(3)})
        data = whole.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif kind == "unsupported":
        path.write_bytes(b"PK\x03\x04 not really")
    return path


@pytest.mark.parametrize(
    "kind, expected",
    [("missing", "no such file"), ("binary", "PNG image"), ("empty", "empty"), ("latin1", "--encoding"),
     ("mixed", "mixes encodings"), ("no-article", "no article text"), ("bad-feed", "malformed feed"),
     ("truncated-warc", "truncated or malformed WARC"), ("unsupported", "unsupported file type")],
)
def test_bad_files(tmp_path, run_cli, db, stored, kind, expected):
    result = run_cli("ingest", "--no-claims", "--db", db, _bad_file(tmp_path, kind))
    assert expected in _one_line_error(result)
    assert "failed" in result.stdout
    after = _articles(db)
    assert after[: len(stored)] == stored
    # Only a truncated archive has anything to keep: the records before the cut.
    assert len(after) == len(stored) + (kind == "truncated-warc")


def test_one_bad_source_does_not_stop_the_others(tmp_path, run_cli, db):
    good = tmp_path / "good.txt"
    good.write_text(SEED_LIKE, encoding="utf-8")
    result = run_cli("ingest", "--no-claims", "--db", db, _bad_file(tmp_path, "binary"), good, _bad_file(tmp_path, "missing"))
    assert result.exit_code == 1
    assert result.stdout.strip() == "1 new, 0 already stored, 2 failed (1 binary, 1 not found)"


def test_text_command_errors(tmp_path, run_cli):
    assert "no such file" in _one_line_error(run_cli("text", tmp_path / "nope.html"))
    assert "PNG image" in _one_line_error(run_cli("text", _bad_file(tmp_path, "binary")))


def test_store_that_is_not_a_database(tmp_path, run_cli):
    notes = tmp_path / "notes.txt"
    notes.write_text("keep me")
    good = tmp_path / "good.txt"
    good.write_text(SEED_LIKE)
    assert "not a SQLite database" in _one_line_error(run_cli("ingest", "--db", notes, good))
    assert notes.read_text() == "keep me"


# -- over HTTP, against a real server on 127.0.0.1 -------------------------------------------------


def test_private_network_is_refused_without_the_flag(server, run_cli, db, stored):
    result = run_cli("ingest", "--no-claims", "--db", db, f"{server}/page")
    assert "--allow-private-network" in _one_line_error(result)
    assert _articles(db) == stored


def test_pages_and_redirects_over_http(server, run_cli, db):
    result = run_cli("ingest", "--no-claims", "--allow-private-network", "--db", db, f"{server}/page", f"{server}/redirect-to-page")
    # The redirect lands on the same page: stored once.
    assert result.stdout.strip() == "1 new, 1 already stored, 0 failed", result.stderr
    row = json.loads(run_cli("articles", "--db", db, "--format", "json").stdout)[0]
    assert row["url"] == "https://northgate.example/news/truce-committee"


def test_feed_items_are_fetched(server, run_cli, db, tmp_path):
    result = run_cli("ingest", "--no-claims", "--allow-private-network", "--db", db, f"{server}/feed.xml")
    assert result.stdout.strip() == "2 new, 0 already stored, 0 failed", result.stderr
    feed_file = tmp_path / "saved.rss"
    feed_file.write_bytes(httpserver.feed(server))
    again = run_cli("ingest", "--no-claims", "--allow-private-network", "--db", db, feed_file)
    assert again.stdout.strip() == "0 new, 2 already stored, 0 failed"


@pytest.mark.parametrize(
    "path, options, expected",
    [("/loop-a", [], "redirect loop"), ("/missing", [], "HTTP 404"), ("/broken", [], "HTTP 500"),
     ("/slow", ["--timeout", "0.5"], "timed out"), ("/huge", ["--max-bytes", "100KB"], "over the limit"),
     ("/bad-feed.xml", [], "malformed feed"), ("/empty-article", [], "no article text")],
)
def test_bad_urls(server, run_cli, db, stored, path, options, expected):
    result = run_cli("ingest", "--no-claims", "--allow-private-network", *options, "--db", db, f"{server}{path}")
    assert expected in _one_line_error(result)
    assert _articles(db) == stored


def test_connection_refused(run_cli, db, stored):
    import socket

    with socket.socket() as probe:  # a port that was free a moment ago, now closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run_cli("ingest", "--no-claims", "--allow-private-network", "--db", db, f"http://127.0.0.1:{port}/")
    assert "refused" in _one_line_error(result)
    assert _articles(db) == stored


def test_non_http_url(run_cli, db):
    assert "only http and https" in _one_line_error(run_cli("ingest", "--no-claims", "--db", db, "ftp://example.org/file"))


@pytest.mark.parametrize(
    "args, expected",
    [(["ingest"], "Missing argument"), (["articles", "--format", "xml"], "'xml' is not one of"),
     (["no-such-command"], "No such command"), (["ingest", "--timeout", "soon", "x.txt"], "--timeout")],
)
def test_usage_errors_are_one_line(run_cli, args, expected):
    result = run_cli(*args)
    assert result.exit_code == 2
    assert expected in _one_line_error(result)
    assert len(result.stderr.strip().splitlines()) == 1


def test_failed_source_sets_exit_status(run_cli, db, tmp_path):
    result = run_cli("ingest", "--no-claims", "--db", db, tmp_path / "absent.html")
    assert result.exit_code == 1 and "1 failed (1 not found)" in result.stdout
