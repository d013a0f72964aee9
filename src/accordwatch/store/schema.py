"""Tables, named so that the file reads well in sqlite3 or Datasette, and their migrations.

The schema version lives in the ``meta`` table. Each migration moves a database from one version
to the next; opening an old file upgrades it in place, opening a newer one is refused.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    inspect,
    select,
)

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("title", Text),
    Column("outlet", Text, doc="site name, or the domain when the page names none"),
    Column("author", Text),
    Column("published", String(32), doc="publication date as ISO 8601 (date or date-time)"),
    Column("language", String(16)),
    Column("url", Text, doc="canonical URL when the page declares one, else the fetched URL"),
    Column("fetched_url", Text),
    Column("location", Text, nullable=False, doc="where it was read from: URL, file path, WARC#record"),
    Column("text", Text, nullable=False, doc="main text; claim offsets index into it"),
    Column("word_count", Integer, nullable=False),
    Column("content_hash", String(64), nullable=False, doc="sha256 of the whitespace-normalised main text"),
    Column("identity", String(64), nullable=False, doc="content hash + canonical URL: what makes it 'the same'"),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("identity", name="uq_articles_identity"),
)
Index("ix_articles_content_hash", articles.c.content_hash)

originals = Table(
    "originals",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("content_type", String(128)),
    Column("encoding", String(32)),
    Column("size", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("bytes", LargeBinary, nullable=False),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False, doc="order of the claim within its article"),
    Column("kind", String(16), nullable=False),
    Column("source_text", Text, nullable=False),
    Column("source_start", Integer),
    Column("source_end", Integer),
    Column("source_name", Text),
    Column("source_type", String(32), nullable=False),
    Column("source_count", Integer),
    Column("cue_text", Text, nullable=False),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("content_text", Text, nullable=False),
    Column("content_start", Integer),
    Column("content_end", Integer),
    Column("via", Text, nullable=False, doc="JSON list of intermediaries, outermost first"),
    Column("hedged", Boolean, nullable=False),
    Column("negated", Boolean, nullable=False),
    Column("future", Boolean, nullable=False),
    Column("conditional", Boolean, nullable=False),
    Column("confidence", Float),
    Column("claim_json", Text, nullable=False, doc="the claim exactly as `accordwatch extract` prints it"),
    UniqueConstraint("article_id", "position", name="uq_claims_article_position"),
)
Index("ix_claims_source_name", claims.c.source_name)

SCHEMA_VERSION = 2


def _create_v1(conn: Connection) -> None:
    for table in (meta, articles, originals):
        table.create(conn, checkfirst=True)
    for index in articles.indexes:
        index.create(conn, checkfirst=True)


def _v1_to_v2(conn: Connection) -> None:
    claims.create(conn, checkfirst=True)
    for index in claims.indexes:
        index.create(conn, checkfirst=True)


# MIGRATIONS[n] takes a database at version n to version n + 1 (0 is an empty database).
MIGRATIONS: dict[int, Callable[[Connection], None]] = {0: _create_v1, 1: _v1_to_v2}


def current_version(conn: Connection) -> int:
    if not inspect(conn).has_table("meta"):
        if inspect(conn).get_table_names():
            return -1  # tables, but none of ours
        return 0
    row = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).first()
    return int(row[0]) if row else 0


def set_version(conn: Connection, version: int) -> None:
    exists = conn.execute(select(meta.c.key).where(meta.c.key == "schema_version")).first()
    if exists:
        conn.execute(meta.update().where(meta.c.key == "schema_version").values(value=str(version)))
    else:
        conn.execute(meta.insert().values(key="schema_version", value=str(version)))
