"""The main job on the bundled demo corpus, as the README's Quick start runs it."""

import json
import sqlite3

from accordwatch.demo import REPORTS_GLOB, reports_dir


def test_demo_corpus_is_bundled():
    reports = sorted(reports_dir().glob(REPORTS_GLOB))
    assert 8 <= len(reports) <= 15


def test_demo_then_ingest_again_adds_nothing(run_cli, db):
    first = run_cli("demo", "--db", db)
    assert first.exit_code == 0, first.stderr
    count = len(sorted(reports_dir().glob(REPORTS_GLOB)))
    assert f"{count} new, 0 already stored, 0 failed" in first.stdout
    assert "attributed claims" in first.stdout
    again = run_cli("ingest", "--db", db, reports_dir())
    assert again.stdout.strip() == f"0 new, {count} already stored, 0 failed"

    con = sqlite3.connect(db)
    texts = dict(con.execute("select id, text from articles"))
    claims = [json.loads(row[1]) | {"article_id": row[0]} for row in con.execute("select article_id, claim_json from claims")]
    con.close()
    assert len(claims) >= 3 * count  # every report carries several attributions
    for claim in claims:
        text = texts[claim["article_id"]]
        for part in ("source", "cue", "content"):
            span = claim[part]
            if span["start"] is not None:
                assert text[span["start"]:span["end"]] == span["text"]

    listed = json.loads(run_cli("articles", "--db", db, "--format", "json").stdout)
    outlets = {row["outlet"] for row in listed}
    assert len(listed) == count and len(outlets) >= 5
    assert all(row["published"] and row["title"] and row["url"].startswith("https://") for row in listed)
