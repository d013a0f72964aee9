"""The same store code on PostgreSQL. Opt-in: set ACCORDWATCH_TEST_POSTGRES_URL to a scratch database
(for example postgresql+psycopg://user:pw@localhost/scratch); its tables are dropped first."""

import os

import pytest

from accordwatch.ingest.article import Article
from accordwatch.store import Store
from accordwatch.store.schema import metadata

URL = os.environ.get("ACCORDWATCH_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not URL, reason="ACCORDWATCH_TEST_POSTGRES_URL is not set")


def test_postgres_round_trip():
    from sqlalchemy import create_engine

    engine = create_engine(URL)
    metadata.drop_all(engine)
    engine.dispose()
    text = "Mediator Ana Ruiz said the talks would resume on Monday."
    with Store.open(URL) as store:
        article_id, new = store.add_article(Article(text=text, location="a.txt", raw=text.encode()))
        assert new and store.add_article(Article(text=text, location="b.txt", raw=text.encode())) == (article_id, False)
        assert store.article_text(article_id) == text
        assert store.original(article_id) == text.encode()
        assert [a.id for a in store.list_articles()] == [article_id]
