"""PolNeAR brat standoff -> the project's claim format (gold for ``score_claims.py``).

PolNeAR (Newell et al., LREC 2018) annotates each article as brat standoff: text-bound
``Source`` / ``Cue`` / ``Content`` spans (``T`` lines) tied together by ``Attribution`` or
``Attribution-no-source`` events (``E`` lines).  Offsets are character offsets into the
article's ``.txt`` file, read as UTF-8 with no newline translation, which is also the text
the extractor is run on, so gold and predicted offsets index the same string.

Conversion rules (documented in docs/BENCHMARKS.md):

- one gold claim per event; its ``Source`` / ``Cue`` / ``Content`` (and ``Content2``, a second
  content slot one annotator used) arguments become ``source`` / ``cue`` / ``content``;
- a discontinuous span (``T1 Content 10 20;30 40``) or a content split over ``Content`` and
  ``Content2`` becomes its hull, from the first start to the last end, because a claim span is
  contiguous in our format (``text[start:end] == span.text``) and our own convention encloses a
  parenthetical cue in the content ("At the top of the list, they said, is ...").  The
  fragments are kept in an extra ``fragments`` field;
- an ``Attribution-no-source`` event has no source: with ``include_sourceless`` it becomes a
  claim whose source has no offsets (it can pair on content, never score a right source);
  otherwise it is left out of the gold;
- ``kind`` is derived from quote marks in the content (PolNeAR does not label it);
  ``source.type`` and ``via`` are unknown (``None`` / absent);
- ``Discuss`` / ``Discard`` spans (annotator notes) and the ``Attribution`` trigger spans
  (a copy of the cue) are ignored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROLES = ("Source", "Cue", "Content")
EVENT_TYPES = ("Attribution", "Attribution-no-source")
# A quote mark at the edges means a direct quote; one inside means a mixed one.
QUOTES = "\"“”«»"
EDGE_PUNCT = " \t\n\u00a0,.;:!?—–-()[]"


@dataclass(frozen=True)
class TextBound:
    id: str
    type: str
    fragments: tuple[tuple[int, int], ...]
    text: str

    @property
    def start(self) -> int:
        return min(a for a, _ in self.fragments)

    @property
    def end(self) -> int:
        return max(b for _, b in self.fragments)


@dataclass
class Event:
    id: str
    type: str
    args: dict[str, str] = field(default_factory=dict)


@dataclass
class Annotation:
    entities: dict[str, TextBound]
    events: list[Event]
    dangling: list[str] = field(default_factory=list)


def parse_ann(ann: str) -> Annotation:
    """Parse the ``T`` and ``E`` lines of a brat ``.ann`` file; other lines are skipped."""
    entities: dict[str, TextBound] = {}
    events: list[Event] = []
    for line in ann.splitlines():
        if not line.strip():
            continue
        parts = line.split("\t")
        ident = parts[0]
        if ident.startswith("T"):
            type_, _, offsets = parts[1].partition(" ")
            # brat keeps the fragments in the annotator's order (not always the text's)
            frags = tuple(tuple(int(x) for x in frag.split()) for frag in offsets.split(";"))
            entities[ident] = TextBound(ident, type_, frags, parts[2] if len(parts) > 2 else "")
        elif ident.startswith("E"):
            items = parts[1].split()
            trigger_type = items[0].split(":")[0]
            args = dict(item.split(":", 1) for item in items[1:])
            events.append(Event(ident, trigger_type, args))
    dangling = [
        f"{ev.id}:{role}:{ref}"
        for ev in events
        for role, ref in ev.args.items()
        if ref not in entities
    ]
    return Annotation(entities, events, dangling)


def check_offsets(text: str, annotation: Annotation) -> list[str]:
    """Return the ids of text-bound spans whose text is not what the offsets point at.

    brat writes a discontinuous span's text as its fragments joined by one space.
    """
    bad = []
    for tb in annotation.entities.values():
        if " ".join(text[a:b] for a, b in tb.fragments) != tb.text:
            bad.append(tb.id)
    return bad


def derive_kind(content: str) -> str:
    """direct / indirect / mixed from quote marks (PolNeAR has no such label).

    Some sources write quotation marks as doubled apostrophes or backticks (''…'' and ``…''),
    so those pairs count as quote marks too.
    """
    stripped = content.replace("''", '"').replace("``", '"').strip(EDGE_PUNCT)
    if not any(q in stripped for q in QUOTES):
        return "indirect"
    if stripped[:1] in QUOTES and stripped[-1:] in QUOTES:
        inner = stripped[1:-1]
        if not any(q in inner for q in QUOTES):
            return "direct"
    return "mixed"


def _hull(text: str, bounds: list[TextBound]) -> dict:
    frags = sorted(f for tb in bounds for f in tb.fragments)
    start, end = frags[0][0], frags[-1][1]
    span: dict = {"text": text[start:end], "start": start, "end": end}
    if len(frags) > 1:
        span["fragments"] = [[a, b] for a, b in frags]
    return span


def attributions_to_claims(
    text: str, annotation: Annotation, doc: str, *, include_sourceless: bool = False
) -> list[dict]:
    """One gold claim dict per attribution event, in document order of the content."""
    claims = []
    for ev in annotation.events:
        if ev.type not in EVENT_TYPES:
            continue
        args = {k: annotation.entities[v] for k, v in ev.args.items() if v in annotation.entities}
        contents = [tb for role, tb in args.items() if role.rstrip("0123456789") == "Content"]
        cue = args.get("Cue")
        source = args.get("Source")
        if not contents or cue is None:
            continue
        if source is None and not include_sourceless:
            continue
        content = _hull(text, contents)
        if source is not None:
            src = _hull(text, [source]) | {"name": None, "type": None, "count": None}
        else:
            src = {"text": "", "start": None, "end": None, "name": None, "type": None,
                   "count": None}
        claims.append({
            "doc": doc,
            "source": src,
            "cue": _hull(text, [cue]),
            "content": content,
            "kind": derive_kind(content["text"]),
            "via": [],
            "polnear": {"event": ev.id, "sourceless": source is None},
        })
    claims.sort(key=lambda c: (c["content"]["start"], c["cue"]["start"]))
    return claims


# --- the corpus on disk -------------------------------------------------------------------

ANN_NAME = re.compile(r"^(?P<article>.+)_(?P<annotator>[0-9a-f]{4})\.ann$")


@dataclass(frozen=True)
class Article:
    name: str          # file stem, e.g. "publisher_2016-10-12_slug"
    text_path: Path
    ann_path: Path
    annotator: str
    other_annotators: tuple[str, ...] = ()

    @property
    def doc(self) -> str:
        return self.text_path.name

    def text(self) -> str:
        return read_text(self.text_path)


def read_text(path: Path) -> str:
    """The file's text exactly: UTF-8, no newline translation (brat counts every char)."""
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def list_articles(split_dir: Path) -> list[Article]:
    """Articles of a PolNeAR split (``.../test``), one annotation each.

    A few articles were annotated by all six annotators (agreement checks); we keep the
    annotation of the alphabetically first annotator id and record the others.
    """
    by_article: dict[str, list[tuple[str, Path]]] = {}
    for ann in sorted((split_dir / "attributions").glob("*.ann")):
        m = ANN_NAME.match(ann.name)
        if not m:
            continue
        by_article.setdefault(m["article"], []).append((m["annotator"], ann))
    articles = []
    for name, anns in sorted(by_article.items()):
        anns.sort()
        text_path = split_dir / "text" / f"{name}.txt"
        if not text_path.exists():
            continue
        articles.append(Article(name, text_path, anns[0][1], anns[0][0],
                                tuple(a for a, _ in anns[1:])))
    return articles


def gold_claims(articles: Iterable[Article], *, include_sourceless: bool = False) -> Iterator[dict]:
    for art in articles:
        text = art.text()
        annotation = parse_ann(art.ann_path.read_text(encoding="utf-8"))
        bad = check_offsets(text, annotation)
        if bad:
            raise ValueError(f"{art.ann_path}: offsets do not match the text for {bad[:5]}")
        yield from attributions_to_claims(text, annotation, art.doc,
                                          include_sourceless=include_sourceless)


def outermost(claims: list[dict]) -> list[dict]:
    """Our claims less those inside another claim's content, PolNeAR's view: it gives a token
    one role in one attribution, so 'the daily reported that the ministry had announced X' is
    one attribution there and two claims here (the inner one with the daily in its ``via``).
    A content that encloses its own cue ('“…,” she said, “…”') encloses nothing else; the
    gaps between its ``content_parts`` are not inside it."""
    def inside(c: dict, e: dict) -> bool:
        cue, con = c.get("cue") or {}, e.get("content") or {}
        if c is e or c.get("doc") != e.get("doc") or cue.get("start") is None \
                or con.get("start") is None:
            return False
        at = cue["start"]
        if (cue["start"], cue["end"]) == ((e.get("cue") or {}).get("start"),
                                          (e.get("cue") or {}).get("end")):
            return False
        if not (con["start"] <= at < con["end"]):
            return False
        parts = e.get("content_parts") or []
        return not parts or any(p["start"] <= at < p["end"] for p in parts)

    by_doc: dict = {}
    for c in claims:
        by_doc.setdefault(c.get("doc"), []).append(c)
    return [c for c in claims if not any(inside(c, e) for e in by_doc[c.get("doc")])]


def write_jsonl(claims: Iterable[dict], path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for c in claims:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
            n += 1
    return n


PRONOUNS = {"i", "we", "you", "he", "she", "it", "they", "who", "which", "that", "whose", "his",
            "her", "its", "their", "them", "him", "us", "me", "our", "my"}
# A rough lexicon of cues that report speech, writing or findings (for the report's notes only).
SAYING_CUE = re.compile(
    r"\b(?:sa(?:y|ys|id|ying)|t(?:old|ell|ells|elling)|wr(?:ote|ites?|iting|itten)|according|"
    r"add(?:ed|ing|s)?|not(?:ed|ing|es)|ask(?:ed|ing|s)?|announc\w*|report\w*|tweet\w*|"
    r"stat(?:ed|es|ing|ement)|argu\w*|claim\w*|explain\w*|insist\w*|repl\w*|respond\w*|"
    r"warn\w*|acknowledg\w*|admit\w*|den(?:y|ied|ies)|suggest\w*|show\w*|found|find\w*|"
    r"predict\w*|estimat\w*|confirm\w*|describ\w*|call(?:ed|ing|s)?|indicat\w*|recall\w*|"
    r"comment\w*|observ\w*|conclud\w*|declar\w*|emphasi\w*|vow\w*|promis\w*)\b|:")


def corpus_stats(articles: Iterable[Article]) -> dict:
    """Counts that the report quotes (what the gold contains and what the converter did)."""
    stats = {"articles": 0, "events": 0, "sourceless": 0, "discontinuous_content": 0,
             "content2": 0, "shared_source": 0, "discuss_discard": 0, "dangling": 0,
             "multi_annotated": 0, "words": 0, "pronoun_sources": 0, "colon_cues": 0,
             "that_contents": 0, "cross_paragraph": 0, "saying_cues": 0}
    for art in articles:
        text = art.text()
        stats["articles"] += 1
        stats["words"] += len(text.split())
        stats["multi_annotated"] += bool(art.other_annotators)
        a = parse_ann(art.ann_path.read_text(encoding="utf-8"))
        stats["dangling"] += len(a.dangling)
        stats["discuss_discard"] += sum(tb.type in ("Discuss", "Discard")
                                        for tb in a.entities.values())
        seen_sources: dict[str, int] = {}
        for ev in a.events:
            if ev.type not in EVENT_TYPES:
                continue
            stats["events"] += 1
            stats["sourceless"] += "Source" not in ev.args
            stats["content2"] += "Content2" in ev.args
            content = a.entities.get(ev.args.get("Content", ""))
            if content is not None and len(content.fragments) > 1:
                stats["discontinuous_content"] += 1
            if "Source" in ev.args:
                seen_sources[ev.args["Source"]] = seen_sources.get(ev.args["Source"], 0) + 1
        for claim in attributions_to_claims(text, a, art.doc, include_sourceless=True):
            cue, content = claim["cue"]["text"], claim["content"]["text"]
            stats["pronoun_sources"] += claim["source"]["text"].casefold() in PRONOUNS
            stats["colon_cues"] += cue.strip() == ":"
            stats["that_contents"] += content.casefold().startswith("that ")
            stats["cross_paragraph"] += "\n" in content
            stats["saying_cues"] += bool(SAYING_CUE.search(cue.casefold()))
        stats["shared_source"] += sum(n - 1 for n in seen_sources.values() if n > 1)
    stats["saying_share"] = round(100 * stats["saying_cues"] / stats["events"]) if stats[
        "events"] else 0
    return stats
