"""Open a database, migrate it, and read and write articles and claims.

Every article is written in a transaction of its own, so a failure part-way through a batch
never takes anything already stored with it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Self

from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import (
    ArgumentError,
    IntegrityError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)

from accordwatch.errors import StoreError
from accordwatch.store import schema
from accordwatch.store.schema import articles, claims, originals

if TYPE_CHECKING:
    from accordwatch.attribution.claim import Claim
    from accordwatch.ingest.article import Article

SQLITE_MAGIC = b"SQLite format 3\x00"


def database_url(db: str) -> str:
    """A path becomes a SQLite URL; anything with '://' is taken as a SQLAlchemy URL."""
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def _check_sqlite_path(url: str) -> None:
    database = make_url(url).database
    if not database or database == ":memory:":
        return
    path = Path(database)
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a database file")
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as handle:
            if handle.read(16) != SQLITE_MAGIC:
                raise StoreError(f"{path} exists but is not a SQLite database; refusing to touch it")
    if not path.parent.exists():
        raise StoreError(f"cannot create {path}: folder {path.parent} does not exist")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


@dataclass(frozen=True)
class StoredArticle:
    id: int
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None
    language: str | None
    url: str | None
    location: str
    word_count: int
    content_hash: str
    ingested_at: datetime
    claim_count: int = 0

    def as_dict(self) -> dict:
        data = self.__dict__.copy()
        data["ingested_at"] = self.ingested_at.isoformat()
        return data


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, db: str) -> Store:
        url = database_url(db)
        try:
            is_sqlite = make_url(url).get_backend_name() == "sqlite"
        except ArgumentError:
            raise StoreError(f"cannot read database URL {db!r}") from None
        if is_sqlite:
            _check_sqlite_path(url)
        try:
            engine = create_engine(url)
        except (ImportError, NoSuchModuleError) as exc:
            missing = getattr(exc, "name", None) or str(exc)
            raise StoreError(
                f"cannot open database {db!r}: its driver is not installed ({missing}); "
                "for PostgreSQL install the extra: pip install 'accordwatch[postgres]'"
            ) from None
        except (ArgumentError, SQLAlchemyError) as exc:
            raise StoreError(f"cannot open database {db!r}: {exc}") from None
        if is_sqlite:
            event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine)
        store.migrate()
        return store

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- schema -------------------------------------------------------------------------------

    def migrate(self) -> int:
        """Bring the database to the current schema version; returns that version."""
        try:
            with self.engine.begin() as conn:
                version = schema.current_version(conn)
                if version < 0:
                    raise StoreError(
                        "the database has tables but no AccordWatch schema version; "
                        "refusing to write into it"
                    )
                if version > schema.SCHEMA_VERSION:
                    raise StoreError(
                        f"the database has schema version {version}, newer than this AccordWatch "
                        f"understands ({schema.SCHEMA_VERSION}); upgrade AccordWatch"
                    )
                while version < schema.SCHEMA_VERSION:
                    schema.MIGRATIONS[version](conn)
                    version += 1
                    schema.set_version(conn, version)
                return version
        except OperationalError as exc:
            raise StoreError(f"cannot use the database: {exc.orig}") from None
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot use the database: {exc}") from None

    # -- articles -----------------------------------------------------------------------------

    def find_identity(self, identity: str) -> int | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(articles.c.id).where(articles.c.identity == identity)).first()
        return row[0] if row else None

    def add_article(self, article: Article, claim_list: Iterable[Claim] | None = None) -> tuple[int, bool]:
        """Store an article (and its claims) unless it is already there.

        Returns (article id, True if new). All in one transaction.
        """
        existing = self.find_identity(article.identity)
        if existing is not None:
            return existing, False
        try:
            with self.engine.begin() as conn:
                article_id = conn.execute(
                    articles.insert().values(
                        title=article.title,
                        outlet=article.outlet,
                        author=article.author,
                        published=article.published,
                        language=article.language,
                        url=article.url,
                        fetched_url=article.fetched_url,
                        location=article.location,
                        text=article.text,
                        word_count=article.word_count,
                        content_hash=article.content_hash,
                        identity=article.identity,
                        ingested_at=datetime.now(UTC),
                    )
                ).inserted_primary_key[0]
                conn.execute(
                    originals.insert().values(
                        article_id=article_id,
                        content_type=article.content_type,
                        encoding=article.encoding,
                        size=len(article.raw),
                        sha256=article.raw_sha256,
                        bytes=article.raw,
                    )
                )
                if claim_list:
                    self._insert_claims(conn, article_id, claim_list)
        except IntegrityError:
            # Another writer stored the same article between our check and insert.
            existing = self.find_identity(article.identity)
            if existing is not None:
                return existing, False
            raise StoreError("could not store the article (integrity error)") from None
        except SQLAlchemyError as exc:
            raise StoreError(f"could not store the article: {exc}") from None
        return article_id, True

    def list_articles(self) -> list[StoredArticle]:
        counts = (
            select(claims.c.article_id, func.count().label("n"))
            .group_by(claims.c.article_id)
            .subquery()
        )
        query = (
            select(
                articles.c.id, articles.c.title, articles.c.outlet, articles.c.author,
                articles.c.published, articles.c.language, articles.c.url, articles.c.location,
                articles.c.word_count, articles.c.content_hash, articles.c.ingested_at,
                func.coalesce(counts.c.n, 0).label("claim_count"),
            )
            .select_from(articles.outerjoin(counts, counts.c.article_id == articles.c.id))
            .order_by(articles.c.published.is_(None), articles.c.published, articles.c.id)
        )
        with self.engine.connect() as conn:
            return [StoredArticle(**row._mapping) for row in conn.execute(query)]

    def article_text(self, article_id: int) -> str | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(articles.c.text).where(articles.c.id == article_id)).first()
        return row[0] if row else None

    def original(self, article_id: int) -> bytes | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(originals.c.bytes).where(originals.c.article_id == article_id)
            ).first()
        return row[0] if row else None

    def count_articles(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(articles)).scalar_one()

    # -- claims -------------------------------------------------------------------------------

    @staticmethod
    def _insert_claims(conn, article_id: int, claim_list: Iterable[Claim]) -> None:
        rows = []
        for position, claim in enumerate(claim_list):
            data = claim.to_json_dict()
            rows.append(
                {
                    "article_id": article_id,
                    "position": position,
                    "kind": claim.kind,
                    "source_text": claim.source.text,
                    "source_start": claim.source.start,
                    "source_end": claim.source.end,
                    "source_name": claim.source.name,
                    "source_type": claim.source.type,
                    "source_count": claim.source.count,
                    "cue_text": claim.cue.text,
                    "cue_start": claim.cue.start,
                    "cue_end": claim.cue.end,
                    "content_text": claim.content.text,
                    "content_start": claim.content.start,
                    "content_end": claim.content.end,
                    "via": json.dumps(data["via"], ensure_ascii=False),
                    "hedged": claim.modality.hedged,
                    "negated": claim.modality.negated,
                    "future": claim.modality.future,
                    "conditional": claim.modality.conditional,
                    "confidence": claim.confidence,
                    "claim_json": json.dumps(data, ensure_ascii=False),
                }
            )
        if rows:
            conn.execute(claims.insert(), rows)

    def claims_for(self, article_id: int | None = None) -> Iterator[dict]:
        query = select(claims.c.article_id, claims.c.claim_json).order_by(
            claims.c.article_id, claims.c.position
        )
        if article_id is not None:
            query = query.where(claims.c.article_id == article_id)
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                data = json.loads(row.claim_json)
                data["article_id"] = row.article_id
                yield data

    def count_claims(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(claims)).scalar_one()
