"""The CofeNet protocol pieces: text rebuilding, char spans -> BIO, exact span F1."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import cofenet

TOKENS = ["``", "We", "are", "nearly", "done", ",", "''", "the", "mayor", "said", ",", "``",
          "and", "it", "ca", "n't", "wait", "-LRB-", "really", "-RRB-", ".", "''"]


def _span(text: str, sub: str) -> dict:
    start = text.index(sub)
    return {"text": sub, "start": start, "end": start + len(sub)}


def test_rebuild_text_spaces_keeps_tokens_verbatim():
    text, offsets = cofenet.rebuild_text(["He", "said", "``", "no", "''", "."], "spaces")
    assert text == "He said `` no '' ."
    assert [text[a:b] for a, b in offsets] == ["He", "said", "``", "no", "''", "."]


def test_rebuild_text_detok_reads_like_news():
    text, offsets = cofenet.rebuild_text(TOKENS, "detok")
    assert text == "\u201cWe are nearly done,\u201d the mayor said, \u201cand it can't wait (really).\u201d"
    assert len(offsets) == len(TOKENS)
    assert text[offsets[14][0]:offsets[14][1]] == "ca"
    assert text[offsets[17][0]:offsets[17][1]] == "("
    # offsets never overlap and stay in order
    assert all(offsets[i][1] <= offsets[i + 1][0] for i in range(len(offsets) - 1))


def test_char_span_to_tokens_counts_partly_covered_tokens():
    offsets = [(0, 2), (3, 7), (8, 12)]
    assert cofenet.char_span_to_tokens(4, 9, offsets) == [1, 2]
    assert cofenet.char_span_to_tokens(2, 3, offsets) == []


def test_parenthetical_cue_splits_content_into_fragments():
    text, offsets = cofenet.rebuild_text(TOKENS, "detok")
    content_start = 0
    claim = {
        "source": _span(text, "the mayor"),
        "cue": _span(text, "said"),
        "content": {"start": content_start, "end": len(text), "text": text},
    }
    labels = cofenet.claims_to_bio([claim], offsets, TOKENS)
    assert labels[:7] == ["B-content"] + ["I-content"] * 6
    assert labels[7:10] == ["B-source", "I-source", "B-cue"]
    assert labels[10] == "O"  # the comma closing the parenthetical is not content
    assert labels[11] == "B-content" and set(labels[12:]) == {"I-content"}


def test_content_parts_are_painted_instead_of_the_hull():
    tokens = ["``", "We", "won", ",", "''", "said", "Ana", "Ruiz", ",", "a", "lawyer", ".",
              "``", "Now", "we", "govern", ".", "''"]
    text, offsets = cofenet.rebuild_text(tokens, "detok")
    first, second = "\u201cWe won,\u201d", "\u201cNow we govern.\u201d"
    claim = {"source": _span(text, "Ana Ruiz"), "cue": _span(text, "said"),
             "content": {"start": 0, "end": len(text), "text": text},
             "content_parts": [_span(text, first), _span(text, second)]}
    labels = cofenet.claims_to_bio([claim], offsets, tokens)
    assert labels[:5] == ["B-content"] + ["I-content"] * 4
    assert labels[5:12] == ["B-cue", "B-source", "I-source", "O", "O", "O", "O"]
    assert labels[12:] == ["B-content"] + ["I-content"] * 5


def test_complementizer_joins_the_content():
    tokens = ["Aides", "said", "on", "Monday", "that", "talks", "failed", "."]
    text, offsets = cofenet.rebuild_text(tokens, "detok")
    claim = {"source": _span(text, "Aides"), "cue": _span(text, "said"),
             "content": _span(text, "talks failed")}
    labels = cofenet.claims_to_bio([claim], offsets, tokens)
    assert labels == ["B-source", "B-cue", "O", "O", "B-content", "I-content", "I-content", "O"]


def test_source_description_joins_the_source():
    tokens = ["Ana", "Ruiz", ",", "a", "lawyer", ",", "said", "talks", "failed", "."]
    text, offsets = cofenet.rebuild_text(tokens, "detok")
    source = _span(text, "Ana Ruiz")
    source["description"] = _span(text, "a lawyer")
    claim = {"source": source, "cue": _span(text, "said"), "content": _span(text, "talks failed")}
    labels = cofenet.claims_to_bio([claim], offsets, tokens)
    assert labels == ["B-source"] + ["I-source"] * 4 + ["O", "B-cue", "B-content", "I-content",
                                                       "O"]


def test_a_claim_inside_another_is_not_painted():
    """PolNeAR gives a token one role: the outer claim keeps its whole content."""
    tokens = ["Aides", "said", "Smith", "told", "them", "to", "leave", "."]
    text, offsets = cofenet.rebuild_text(tokens, "detok")
    outer = {"source": _span(text, "Aides"), "cue": _span(text, "said"),
             "content": _span(text, "Smith told them to leave")}
    inner = {"source": _span(text, "Smith"), "cue": _span(text, "told"),
             "content": _span(text, "them to leave")}
    labels = cofenet.claims_to_bio([outer, inner], offsets, tokens)
    assert labels == ["B-source", "B-cue", "B-content", "I-content", "I-content", "I-content",
                      "I-content", "O"]


def test_adjacent_spans_of_one_type_stay_apart():
    tokens = ["A", "B", "C"]
    _, offsets = cofenet.rebuild_text(tokens, "spaces")
    claims = [{"content": {"start": 0, "end": 1, "text": "A"}},
              {"content": {"start": 2, "end": 5, "text": "B C"}}]
    assert cofenet.claims_to_bio(claims, offsets, tokens) == ["B-content", "B-content",
                                                             "I-content"]


def test_bio_spans_reads_stray_inside_tags_leniently():
    labels = ["O", "I-cue", "I-cue", "B-source", "I-content", "O", "B-content", "I-content"]
    assert cofenet.bio_spans(labels) == {("cue", 1, 2), ("source", 3, 3), ("content", 4, 4),
                                         ("content", 6, 7)}


def test_span_f1_exact_boundaries_only():
    gold = [["B-source", "B-cue", "B-content", "I-content", "I-content"], ["O", "O"]]
    pred = [["B-source", "B-cue", "B-content", "I-content", "O"], ["B-cue", "O"]]
    f = cofenet.span_f1(gold, pred)
    assert f["source"]["f1"] == 100.0
    assert f["cue"]["precision"] == 50.0 and f["cue"]["recall"] == 100.0
    assert f["content"]["f1"] == 0.0 and f["content"]["gold"] == 1
    assert f["all"]["tp"] == 2 and f["all"]["pred"] == 4 and f["all"]["gold"] == 3


def test_read_lines(tmp_path):
    p = tmp_path / "t.txt"
    rows = [{"tokens": ["Polls", "show", "gains"], "pos": [], "ner": [],
             "labels": ["B-source", "B-cue", "B-content"], "id": "doc_1"},
            {"tokens": ["Nothing"], "pos": [], "ner": [], "labels": ["O"], "id": "doc_1"}]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    lines = cofenet.read_lines(p)
    assert [ln.id for ln in lines] == ["doc_1", "doc_1"]
    assert cofenet.read_lines(p, limit=1)[0].labels == ["B-source", "B-cue", "B-content"]


def test_empty_and_offsetless_spans_are_not_tagged():
    _, offsets = cofenet.rebuild_text(["He", "said", "so"], "spaces")
    claims = [{"source": {"start": None, "end": None, "text": "he"},
               "cue": {"start": 4, "end": 4, "text": ""},
               "content": {"start": 8, "end": 10, "text": "so"}}]
    assert cofenet.claims_to_bio(claims, offsets) == ["O", "O", "B-content"]


def test_detok_tells_an_opening_quote_written_as_closing():
    tokens = ["in", "May", ".", "''", "It", "is", "late", ",", "''", "said", "Ruiz", "."]
    text, _ = cofenet.rebuild_text(tokens, "detok")
    assert text == "in May. \u201cIt is late,\u201d said Ruiz."


def test_detok_keeps_a_lone_closing_quote_closing():
    # the quotation opened in an earlier paragraph; this one only closes it
    tokens = ["We", "will", "go", ".", "''", "He", "left", "."]
    assert cofenet.rebuild_text(tokens, "detok")[0] == "We will go.\u201d He left."
    tokens = ["late", ",", "''", "he", "said", ",", "``", "now", ".", "''"]
    assert cofenet.rebuild_text(tokens, "detok")[0] == "late,\u201d he said, \u201cnow.\u201d"
