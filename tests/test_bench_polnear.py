"""The PolNeAR brat converter, on hand-written brat files (no corpus text)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import polnear

TEXT = (
    "The mayor said the bridge would reopen in May.\n\n"
    "\u201cWe are nearly done,\u201d she told reporters, \u201cand the tests went well.\u201d\n"
    "Repairs are expected to cost more."
)


def _span(sub: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(sub, start + 1)
    return start, start + len(sub)


def _ann() -> str:
    s1, c1, k1 = _span("The mayor"), _span("said"), _span("the bridge would reopen in May")
    q1 = _span("\u201cWe are nearly done,\u201d")
    q2 = _span("\u201cand the tests went well.\u201d")
    s2, c2 = _span("she"), _span("told reporters")
    k3, c3 = _span("Repairs"), _span("are expected")
    k3b = _span("to cost more")
    lines = [
        f"T1\tSource {s1[0]} {s1[1]}\tThe mayor",
        f"T2\tCue {c1[0]} {c1[1]}\tsaid",
        f"T3\tContent {k1[0]} {k1[1]}\tthe bridge would reopen in May",
        f"T4\tAttribution {c1[0]} {c1[1]}\tsaid",
        # the event comes before one of its spans: brat allows any order
        "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7",
        f"T5\tSource {s2[0]} {s2[1]}\tshe",
        f"T6\tCue {c2[0]} {c2[1]}\ttold reporters",
        # fragments listed out of text order, as one annotator did
        (f"T7\tContent {q2[0]} {q2[1]};{q1[0]} {q1[1]}\t"
        f"{TEXT[q2[0]:q2[1]]} {TEXT[q1[0]:q1[1]]}"),
        f"T8\tAttribution {c2[0]} {c2[1]}\ttold reporters",
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
        f"T9\tCue {c3[0]} {c3[1]}\tare expected",
        f"T10\tContent {k3[0]} {k3[1]};{k3b[0]} {k3b[1]}\tRepairs to cost more",
        f"T11\tAttribution-no-source {c3[0]} {c3[1]}\tare expected",
        "E3\tAttribution-no-source:T11 Content:T10 Cue:T9",
        "T12\tDiscuss 0 3\tThe",
        "#1\tAnnotatorNotes T12\ta note",
    ]
    return "\n".join(lines) + "\n"


def test_parse_resolves_events_defined_before_their_spans():
    a = polnear.parse_ann(_ann())
    assert not a.dangling
    assert [e.id for e in a.events] == ["E2", "E1", "E3"]
    assert a.entities["T7"].start < a.entities["T7"].end
    assert polnear.check_offsets(TEXT, a) == []


def test_check_offsets_catches_a_shifted_span():
    a = polnear.parse_ann("T1\tSource 1 10\tThe mayor\n")
    assert polnear.check_offsets(TEXT, a) == ["T1"]


def test_claims_with_source_only_and_hull_of_fragments():
    claims = polnear.attributions_to_claims(TEXT, polnear.parse_ann(_ann()), "x.txt")
    assert len(claims) == 2
    first, second = claims
    assert first["source"]["text"] == "The mayor"
    assert first["content"]["text"] == "the bridge would reopen in May"
    assert first["kind"] == "indirect"
    # discontinuous content -> hull enclosing the parenthetical cue, fragments kept
    content = second["content"]
    assert content["text"].startswith("\u201cWe are") and content["text"].endswith("well.\u201d")
    assert "she told reporters" in content["text"]
    assert TEXT[content["start"]:content["end"]] == content["text"]
    assert content["fragments"][0][0] == content["start"]
    assert second["kind"] == "mixed"  # quote marks inside as well as at the edges
    for c in claims:
        for role in ("source", "cue", "content"):
            span = c[role]
            assert TEXT[span["start"]:span["end"]] == span["text"]


def test_sourceless_attribution_only_on_request():
    a = polnear.parse_ann(_ann())
    claims = polnear.attributions_to_claims(TEXT, a, "x.txt", include_sourceless=True)
    assert len(claims) == 3
    sourceless = [c for c in claims if c["polnear"]["sourceless"]]
    assert len(sourceless) == 1
    assert sourceless[0]["source"]["start"] is None
    assert sourceless[0]["content"]["text"] == "Repairs are expected to cost more"


def test_derive_kind():
    assert polnear.derive_kind("\u201cWe will win,\u201d") == "direct"
    assert polnear.derive_kind("the plan is \u201cdead on arrival\u201d") == "mixed"
    assert polnear.derive_kind("the plan is dead") == "indirect"
    assert polnear.derive_kind("''We will win,''") == "direct"
    assert polnear.derive_kind("the plan is ``dead on arrival''") == "mixed"
    assert polnear.derive_kind("the senators' votes") == "indirect"


def test_list_articles_keeps_one_annotation_per_article(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "pub_2016-01-01_story.txt").write_text(TEXT, encoding="utf-8")
    for annotator in ("ef2d", "4b22"):
        (tmp_path / "attributions" / f"pub_2016-01-01_story_{annotator}.ann").write_text(
            _ann(), encoding="utf-8")
    arts = polnear.list_articles(tmp_path)
    assert len(arts) == 1
    assert arts[0].annotator == "4b22" and arts[0].other_annotators == ("ef2d",)
    assert arts[0].doc == "pub_2016-01-01_story.txt"
    gold = list(polnear.gold_claims(arts))
    assert {c["doc"] for c in gold} == {"pub_2016-01-01_story.txt"}
    stats = polnear.corpus_stats(arts)
    assert stats["events"] == 3 and stats["sourceless"] == 1
    assert stats["discontinuous_content"] == 2 and stats["multi_annotated"] == 1


def test_read_text_keeps_carriage_returns(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"one\r\ntwo")
    assert polnear.read_text(p) == "one\r\ntwo"


def _claim(cue: tuple[int, int], content: tuple[int, int], parts=()) -> dict:
    return {"doc": "a.txt", "cue": {"start": cue[0], "end": cue[1]},
            "content": {"start": content[0], "end": content[1]},
            "content_parts": [{"start": a, "end": b} for a, b in parts]}


def test_outermost_drops_claims_inside_another_content():
    # 'The daily reported that the ministry had announced a timetable.'
    outer = _claim((10, 18), (24, 63))
    inner = _claim((37, 50), (51, 63))
    other_doc = dict(_claim((37, 50), (51, 63)), doc="b.txt")
    assert polnear.outermost([outer, inner, other_doc]) == [outer, other_doc]


def test_outermost_keeps_a_cue_in_the_gap_of_a_split_quotation():
    # '“We won,” she said, adding that … “Now we govern.”': the participle's claim sits in
    # the gap between the quotation's parts, not inside them
    split = _claim((12, 16), (0, 70), parts=[(0, 9), (50, 70)])
    adding = _claim((18, 24), (30, 45))
    assert polnear.outermost([split, adding]) == [split, adding]
