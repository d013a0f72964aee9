import sqlite3

import pytest

from accordwatch.errors import StoreError
from accordwatch.ingest.article import Article
from accordwatch.store import Store, schema


def _article(text="The envoy said talks would resume.", url=None):
    return Article(text=text, location="x.txt", raw=text.encode(), title="T", url=url)


def test_schema_created_with_version_and_wal(db):
    with Store.open(db) as store:
        assert store.count_articles() == 0
    con = sqlite3.connect(db)
    assert con.execute("select value from meta where key='schema_version'").fetchone()[0] == str(schema.SCHEMA_VERSION)
    assert con.execute("pragma journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
    assert {"articles", "originals", "claims", "meta"} <= tables


def test_same_article_twice_is_stored_once(db):
    with Store.open(db) as store:
        first = store.add_article(_article())
        again = store.add_article(_article())
        assert first[1] is True and again == (first[0], False)
        assert store.count_articles() == 1
        assert store.original(first[0]) == b"The envoy said talks would resume."


def test_same_text_at_two_urls_is_two_articles(db):
    # A wire story carried by two outlets: both are kept; grouping them is a later stage's job.
    with Store.open(db) as store:
        store.add_article(_article(url="https://a.example/1"))
        store.add_article(_article(url="https://b.example/1"))
        assert store.count_articles() == 2


def test_old_database_is_migrated(db):
    con = sqlite3.connect(db)
    con.execute("create table meta (key varchar(64) primary key, value text not null)")
    con.execute("insert into meta values ('schema_version', '1')")
    con.execute(
        "create table articles (id integer primary key autoincrement, title text, outlet text, author text, "
        "published varchar(32), language varchar(16), url text, fetched_url text, location text not null, "
        "text text not null, word_count integer not null, content_hash varchar(64) not null, "
        "identity varchar(64) not null unique, ingested_at datetime not null)"
    )
    con.execute(
        "insert into articles (location, text, word_count, content_hash, identity, ingested_at) "
        "values ('old.txt', 'old text', 2, 'h', 'i', '2026-01-01 00:00:00')"
    )
    con.commit()
    con.close()
    with Store.open(db) as store:
        assert store.count_articles() == 1
        assert store.count_claims() == 0
    con = sqlite3.connect(db)
    assert con.execute("select value from meta where key='schema_version'").fetchone()[0] == str(schema.SCHEMA_VERSION)


def test_newer_schema_is_refused(db):
    Store.open(db).close()
    con = sqlite3.connect(db)
    con.execute("update meta set value='999' where key='schema_version'")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer"):
        Store.open(db)


def test_non_database_file_is_left_alone(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("my precious notes")
    with pytest.raises(StoreError, match="not a SQLite database"):
        Store.open(str(path))
    assert path.read_text() == "my precious notes"


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("create table stuff (x)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="no AccordWatch schema"):
        Store.open(str(path))


def test_missing_driver_message(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if it were not installed
    with pytest.raises(StoreError, match="accordwatch\\[postgres\\]"):
        Store.open("postgresql+psycopg://nobody@localhost/none")
