"""docs/BENCHMARKS.md rewriting and the speed harness, with stand-in results and pipeline."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import report, speed


def _score(f1: float) -> dict:
    prf = {"precision": f1, "recall": f1, "f1": f1}
    return {"gold": 10, "pred": 10, "paired": 9, "claims": prf, "full": prf, "exact": prf,
            "source": 0.9, "cue": 1.0, "kind": 0.8, "type": 0.7, "via": None,
            "source_or_via": 0.95}


def _cofenet(f1: float) -> dict:
    d = {"precision": f1, "recall": f1, "f1": f1, "gold": 5, "pred": 5, "tp": 3}
    return {t: dict(d) for t in ("source", "cue", "content", "all")}


RESULTS = {
    "meta": {"date": "2000-01-01", "command": "python benchmarks/claims.py --write",
             "commit": "abc1234", "spacy": "3.8", "pipeline": "en_test-0.0",
             "machine": {"nproc": 2, "cpu": "Test CPU", "system": "Linux", "python": "3.11"}},
    "seed": {**_score(0.95), "offset_errors": 0},
    "reports": {"test": {**_score(0.9), "documents": 8, "words": 3600, "offset_errors": 0,
                         "ceiling": _score(0.98)}},
    "polnear": {"with_source": _score(0.5), "all": _score(0.4), "offset_errors": 0,
                "recall_by_cue": {"yes": {"gold": 8, "found": 6, "recall": 0.75},
                                  "no": {"gold": 4, "found": 1, "recall": 0.25}}},
    "cofenet": {"lines": 3, "documents": 1, "unique_texts": 3,
                "detok": _cofenet(70.0), "spaces": _cofenet(60.0)},
    "speed": {"articles": 2, "words": 100, "claims": 4, "extract_s": 1.2, "bare_s": 1.0,
              "bare_paragraphs_s": 0.9, "runs_s": {"extract": [1.2] * 3}, "repeats": 3,
              "articles_per_s": 1.7, "words_per_s": 83, "bare_words_per_s": 100, "ratio": 1.2,
              "ratio_paragraphs": 1.33, "peak_rss_mib": 300.0, "rss_loaded_mib": 250.0,
              "load_average": [1.0, 1.0], "cpus": 2},
}


def test_render_has_targets_and_published_rows():
    md = report.render(RESULTS, "## Notes\n\nsome notes")
    assert md.startswith(report.START) and md.rstrip().endswith(report.END)
    assert "python benchmarks/claims.py --write" in md
    assert "BERT+Cofe | 83.2 | 75.3 | 72.9" in md
    assert "≥ 0.90" in md and "≤ 1.3" in md
    assert "some notes" in md
    assert "6 of 8 = **0.750**" in md and "1 of 4 = **0.250**" in md
    # the project's reports: a row per split, with the gold-against-itself ceiling
    assert "| test | 8 | 3,600 | 10 | 10 | 9 | 0.900 / 0.900 / **0.900** | 0.900 (0.980)" in md


def test_write_section_keeps_other_sections(tmp_path):
    doc = tmp_path / "BENCHMARKS.md"
    doc.write_text("# Benchmarks\n\n## Parser\n\nUAS 90\n", encoding="utf-8")
    report.write_section(doc, f"{report.START}\nfirst\n{report.END}\n")
    report.write_section(doc, f"{report.START}\nsecond\n{report.END}\n")
    text = doc.read_text(encoding="utf-8")
    assert "UAS 90" in text and "second" in text and "first" not in text
    assert text.count(report.START) == 1


def test_write_section_creates_the_file(tmp_path):
    doc = tmp_path / "docs" / "BENCHMARKS.md"
    report.write_section(doc, f"{report.START}\nx\n{report.END}\n")
    assert doc.read_text(encoding="utf-8").startswith("# Benchmarks")


class _FakeNLP:
    def pipe(self, texts, batch_size=None):
        for t in texts:
            yield t.split()


def test_speed_measure_interleaves_and_takes_medians():
    calls = []

    def extract(texts):
        calls.append(len(texts))
        return [[{"x": 1}] for _ in texts]

    r = speed.measure(["a b c\n\nf", "d e"], _FakeNLP(), extract, repeats=3)
    assert r["repeats"] == 3 and len(calls) == 4  # warm-up + 3 timed
    assert r["words"] == 6 and r["claims"] == 2 and r["paragraphs"] == 3
    assert r["ratio"] > 0 and r["ratio_paragraphs"] > 0
    assert all(len(v) == 3 for v in r["runs_s"].values())


def test_paragraphs_are_non_blank_lines():
    assert speed.paragraphs(["one\n\n  two  \n", "\nthree"]) == ["one", "two", "three"]


def test_extraction_memory_reports_peak():
    r = speed.extraction_memory(["a b"], lambda: _FakeNLP(), lambda nlp: lambda ts: [[]])
    assert r["peak_rss_mib"] >= r["rss_loaded_mib"] > 0


def test_recall_by_splits_the_gold_by_a_predicate(tmp_path):
    from benchmarks import scoring
    scorer = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score_claims.py"
    if not scorer.is_file():
        import pytest
        pytest.skip("the shared scorer is not beside the project")
    import json

    def claim(cue, start, content):
        return {"doc": "a.txt", "source": {"text": "X", "start": 0, "end": 1},
                "cue": {"text": cue, "start": start, "end": start + len(cue)},
                "content": {"text": content, "start": start + 10, "end": start + 10 + len(content)}}

    gold = [claim("said", 0, "the talks ended"), claim("attacked", 100, "the plan badly")]
    pred = [claim("said", 0, "the talks ended")]
    for name, rows in (("gold.jsonl", gold), ("pred.jsonl", pred)):
        (tmp_path / name).write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = scoring.recall_by(scorer, tmp_path / "gold.jsonl", tmp_path / "pred.jsonl",
                            lambda g: g["cue"]["text"] == "said")
    assert out == {"yes": {"gold": 1, "found": 1, "recall": 1.0},
                   "no": {"gold": 1, "found": 0, "recall": 0.0}}
