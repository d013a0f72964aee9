"""The CofeNet protocol (Wang et al., COLING 2022) on its BIO conversion of PolNeAR.

Each line of ``test.txt`` is a JSON object ``{"tokens", "pos", "ner", "labels", "id"}``: one
paragraph of a PolNeAR article (CoreNLP tokens, PTB-escaped: ``` `` ``` / ``''`` for quotes,
``-LRB-``, ``--``), with one BIO label per token from ``tag.txt`` (``O``, ``B-/I-source``,
``B-/I-cue``, ``B-/I-content``).  A discontinuous PolNeAR span becomes one BIO span per
fragment.  The score is exact-match span F1 per type: a predicted span counts when its type
and its first and last token equal those of a gold span in the same line (micro-averaged over
all lines, lines without attributions included).

To run a character-level extractor on it we rebuild each line's text from its tokens,
keeping every token's character range, and map predicted character spans back to tokens.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

TYPES = ("source", "cue", "content")

PTB_UNESCAPE = {
    "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
    "``": "“", "''": "”", "`": "‘", "'": "’", "'''": "’”", "--": "—",
}
# no space before these tokens (closing punctuation, clitics) ...
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "''", "'", "'''", "...",
                    "-RRB-", "-RSB-", "-RCB-", "n't", "'s", "'re", "'ve", "'ll", "'d", "'m",
                    "'S", "N'T", "'RE", "'VE", "'LL", "'D", "'M", "!!", "!!!", "?!"}
# ... and none after these (opening punctuation, currency)
_NO_SPACE_AFTER = {"(", "[", "{", "``", "`", "$", "#", "-LRB-", "-LSB-", "-LCB-"}


@dataclass
class Line:
    """One line of a CofeNet file: a paragraph with its gold labels."""

    id: str
    tokens: list[str]
    labels: list[str]


def read_lines(path: Path, limit: int | None = None) -> list[Line]:
    lines = []
    with open(path, encoding="utf-8") as f:
        for raw in f:
            if not raw.strip():
                continue
            row = json.loads(raw)
            if len(row["tokens"]) != len(row["labels"]):
                raise ValueError(f"{path}: {row.get('id')}: tokens and labels differ in length")
            lines.append(Line(row.get("id", ""), row["tokens"], row["labels"]))
            if limit is not None and len(lines) >= limit:
                break
    return lines


def _opening_quotes(tokens: Sequence[str]) -> set[int]:
    """Indices of ``''`` tokens that open a quotation: CoreNLP writes a quotation mark whose
    direction it could not tell as ``''``, also where a quotation opens ('… overhaul. ''
    It's more tinkering at the edges, '' said …').  A ``''`` opens when no quotation is
    open, a word follows it, no comma precedes it and another ``''`` closes it later in the
    line (a lone ``''`` closes a quotation opened in an earlier paragraph)."""
    out: set[int] = set()
    is_open = False
    for n, tok in enumerate(tokens):
        if tok == "``":
            is_open = True
        elif tok == "''":
            nxt = tokens[n + 1] if n + 1 < len(tokens) else None
            closer_follows = False
            for later in tokens[n + 1:]:
                if later in ("``", "''"):
                    closer_follows = later == "''"
                    break
            if not is_open and nxt is not None and nxt[:1].isalnum() and closer_follows \
                    and (n == 0 or tokens[n - 1] != ","):
                out.add(n)
                is_open = True
            else:
                is_open = False
    return out


def rebuild_text(tokens: Sequence[str], mode: str = "detok") -> tuple[str, list[tuple[int, int]]]:
    """Text of a token line and each token's ``(start, end)`` in it.

    ``spaces``: the tokens as they are, joined by one space.  ``detok``: PTB escapes undone
    (`` `` `` -> “, ``-LRB-`` -> ``(``, ``--`` -> —) and no space before closing punctuation and
    clitics or after opening punctuation, so the text reads like news again.  Token
    boundaries are the same in both modes.
    """
    if mode not in ("spaces", "detok"):
        raise ValueError(f"unknown mode {mode!r}")
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    prev: str | None = None
    opening = _opening_quotes(tokens) if mode == "detok" else set()
    for n, tok in enumerate(tokens):
        surface = PTB_UNESCAPE.get(tok, tok) if mode == "detok" else tok
        if n in opening:
            surface = "“"
        if prev is not None:
            glue = mode == "detok" and (
                tok in _NO_SPACE_BEFORE and n not in opening
                or prev in _NO_SPACE_AFTER or n - 1 in opening)
            if not glue:
                parts.append(" ")
                pos += 1
        offsets.append((pos, pos + len(surface)))
        parts.append(surface)
        pos += len(surface)
        prev = tok
    return "".join(parts), offsets


def char_span_to_tokens(start: int, end: int, offsets: Sequence[tuple[int, int]]) -> list[int]:
    """Indices of the tokens that a character span touches (partly covered tokens count)."""
    return [i for i, (a, b) in enumerate(offsets) if a < end and start < b]


_LEADING_DROP = {",", ";", "--", "—"}


def _length(span: dict | None) -> int:
    if not span or span.get("start") is None or span.get("end") is None:
        return 0
    return span["end"] - span["start"]


def claims_to_bio(claims: Iterable[dict], offsets: Sequence[tuple[int, int]],
                  tokens: Sequence[str] | None = None) -> list[str]:
    """Project claims (dicts in the claim format, offsets into the rebuilt text) onto BIO tags.

    PolNeAR gives each token at most one role, so overlaps are resolved like its annotators
    do: contents are painted largest first (a content that encloses its cue is painted as its
    ``content_parts``), then sources and cues on top (a parenthetical "he said" inside
    our content splits it in two, as a discontinuous PolNeAR content would be).  A content
    fragment does not start with a comma or dash: that token closes the parenthetical.
    ``via`` intermediaries are not tagged: the BIO scheme has one source per attribution,
    and ours is the innermost one.  A claim inside another claim's content is not painted
    (``polnear.outermost``): PolNeAR almost never annotates one, and its cue and source would
    cut the outer content.
    """
    from benchmarks.polnear import outermost

    n = len(offsets)
    owner: list[tuple[str, object] | None] = [None] * n
    claims = outermost([dict(c, doc=None) for c in claims])

    def paint(span: dict | None, kind: str, key: object) -> None:
        if _length(span) <= 0:
            return
        for i in char_span_to_tokens(span["start"], span["end"], offsets):
            owner[i] = (kind, key)

    contents = [(c.get("content"), c.get("content_parts") or [], idx)
                for idx, c in enumerate(claims)]
    contents.sort(key=lambda x: -_length(x[0]))
    for span, parts, idx in contents:
        # a content that encloses its cue's clause is painted as its parts (the source's
        # words), as PolNeAR marks a split quotation: a discontinuous content
        for piece in parts or [span]:
            paint(piece, "content", idx)
    for c in claims:
        src = c.get("source")
        if src and src.get("start") is not None:
            desc = src.get("description")
            if desc and desc.get("start") is not None and desc["start"] >= src["end"]:
                # PolNeAR's source span takes in the apposition ('Ana Ruiz, a lawyer,')
                src = {"start": src["start"], "end": desc["end"]}
            paint(src, "source", (src["start"], src["end"]))
    for c in claims:
        cue = c.get("cue")
        if cue and cue.get("start") is not None:
            paint(cue, "cue", (cue["start"], cue["end"]))
            toks = char_span_to_tokens(cue["start"], cue["end"], offsets)
            j = max(toks) + 1 if toks else n
            if tokens is not None and j < n and tokens[j] == ":" and (
                    owner[j] is None or owner[j][0] == "content"):
                # PolNeAR's cue takes the colon that introduces the quotation ('added:')
                owner[j] = ("cue", (cue["start"], cue["end"]))

    if tokens is not None:
        # PolNeAR's content includes the complementizer ('said that the ...'); ours starts
        # after it.  A content that starts right after a "that" takes it, as a content's
        # quote marks and edge punctuation are taken by the seed scorer.
        for i in range(1, n):
            if owner[i] is not None and owner[i][0] == "content" and owner[i - 1] is None \
                    and tokens[i - 1].lower() == "that":
                owner[i - 1] = owner[i]
        for i in range(n):
            starts_fragment = owner[i] is not None and (i == 0 or owner[i - 1] != owner[i])
            if starts_fragment and owner[i][0] == "content":
                j = i
                while j < n and owner[j] == owner[i] and tokens[j] in _LEADING_DROP:
                    j += 1
                if j < n and owner[j] == owner[i]:
                    for k in range(i, j):
                        owner[k] = None

    labels = []
    for i in range(n):
        if owner[i] is None:
            labels.append("O")
        elif i > 0 and owner[i - 1] == owner[i]:
            labels.append("I-" + owner[i][0])
        else:
            labels.append("B-" + owner[i][0])
    return labels


def bio_spans(labels: Sequence[str]) -> set[tuple[str, int, int]]:
    """``(type, first, last)`` token spans of a BIO sequence.

    An ``I-`` tag after ``O`` or after a different type opens a span (the usual lenient
    reading, as in seqeval/conlleval).
    """
    spans = set()
    cur_type, cur_start = None, 0
    for i, lab in enumerate(list(labels) + ["O"]):
        prefix, _, typ = lab.partition("-")
        if prefix == "I" and typ == cur_type:
            continue
        if cur_type is not None:
            spans.add((cur_type, cur_start, i - 1))
            cur_type = None
        if prefix in ("B", "I"):
            cur_type, cur_start = typ, i
    return spans


def span_f1(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> dict:
    """Exact-match span P/R/F1 per type and micro over all types, in percent."""
    tp = dict.fromkeys(TYPES, 0)
    n_gold = dict.fromkeys(TYPES, 0)
    n_pred = dict.fromkeys(TYPES, 0)
    for g_labels, p_labels in zip(gold, pred, strict=True):
        g, p = bio_spans(g_labels), bio_spans(p_labels)
        for typ in TYPES:
            gt = {s for s in g if s[0] == typ}
            pt = {s for s in p if s[0] == typ}
            tp[typ] += len(gt & pt)
            n_gold[typ] += len(gt)
            n_pred[typ] += len(pt)
    out = {}
    for typ in (*TYPES, "all"):
        t = sum(tp.values()) if typ == "all" else tp[typ]
        ng = sum(n_gold.values()) if typ == "all" else n_gold[typ]
        np_ = sum(n_pred.values()) if typ == "all" else n_pred[typ]
        p = t / np_ if np_ else 0.0
        r = t / ng if ng else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[typ] = {"precision": round(100 * p, 1), "recall": round(100 * r, 1),
                    "f1": round(100 * f, 1), "gold": ng, "pred": np_, "tp": t}
    return out


# Published exact-match F1 on cofenet-polnear/test.txt (source, cue, content).
PUBLISHED = [
    ("Rules alone (as published)", 10.7, 22.8, 5.6),
    ("CRF", 50.6, 53.4, 28.6),
    ("BiLSTM-CRF", 69.6, 66.7, 59.0),
    ("BERT-CRF", 82.2, 74.9, 71.0),
    ("BERT+Cofe", 83.2, 75.3, 72.9),
]
