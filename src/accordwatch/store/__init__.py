"""Storage: SQLite by default, any SQLAlchemy URL (PostgreSQL) by the same code path."""

from accordwatch.store.database import Store, StoredArticle, database_url

__all__ = ["Store", "StoredArticle", "database_url"]
