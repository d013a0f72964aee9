"""The project's annotated reports (benchmarks/reports/): every gold span indexes its text."""

import json
from pathlib import Path

import pytest

REPORTS = Path(__file__).resolve().parent.parent / "benchmarks" / "reports"


@pytest.mark.parametrize("split", ["dev", "dev2", "dev3", "test", "test2"])
def test_gold_spans_index_their_report(split):
    folder = REPORTS / split
    texts = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.txt")}
    claims = [json.loads(line) for line in
              (folder / "gold.claims.jsonl").read_text(encoding="utf-8").splitlines() if line]
    assert len(texts) == 8 and len(claims) > 100
    assert {c["doc"] for c in claims} == set(texts)
    for c in claims:
        text = texts[c["doc"]]
        spans = [c["cue"], c["content"], *c.get("via", [])]
        if c["source"]["start"] is not None:
            spans.append(c["source"])
        for span in spans:
            if span["start"] is None:  # a via inferred from an earlier paragraph
                continue
            assert text[span["start"] : span["end"]] == span["text"], (c["doc"], span)
