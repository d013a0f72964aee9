"""Read CoNLL-U (UD EWT, GUM, PUD) and UNER IOB2 files into plain sentence records.

Only the columns the pipeline learns from are kept: words and their spacing, lemma, UPOS,
XPOS, features, head, relation, and (for GUM) the entity mentions in the MISC column.
Multiword-token lines ("don't" over "do" + "n't") only set the spacing of their last word;
empty nodes of the enhanced graph (ids like 8.1) are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Mention:
    """A GUM entity mention: word indices [start, end) in its sentence, and its GUM type."""

    start: int
    end: int
    etype: str
    identity: str = ""


@dataclass
class Sentence:
    sent_id: str
    doc_id: str
    new_par: bool
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    upos: list[str] = field(default_factory=list)
    xpos: list[str] = field(default_factory=list)
    feats: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)  # 0-based; the root points to itself
    deps: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    iob: list[str] | None = None  # UNER tags, when attached


_OPEN_SPLIT = re.compile(r"(?=\(\d+-)")
_CLOSER = re.compile(r"(\d+)\)")


def _misc(value: str) -> dict[str, str]:
    if value == "_":
        return {}
    out = {}
    for item in value.split("|"):
        key, _, val = item.partition("=")
        out[key] = val
    return out


def _parse_entity_field(value: str) -> tuple[list[tuple[str, str, str, bool]], list[str]]:
    """Split a GUM ``Entity=`` value into opened mentions and closed ids.

    Returns ``(opens, closes)``; ``opens`` holds ``(id, type, identity, closes_here)``.
    Example: ``(4-object-giv:act-snsnn-cf1-1-coref)6)`` opens and closes mention 4, closes 6.
    """
    opens: list[tuple[str, str, str, bool]] = []
    closes: list[str] = []
    for piece in _OPEN_SPLIT.split(value):
        if not piece:
            continue
        if piece.startswith("("):
            body = piece[1:]
            closed_here = ")" in body
            body, _, rest = body.partition(")")
            parts = body.split("-")
            identity = parts[7] if len(parts) > 7 else ""
            opens.append((parts[0], parts[1] if len(parts) > 1 else "", identity, closed_here))
            closes.extend(_CLOSER.findall(rest))
        else:
            closes.extend(_CLOSER.findall(piece))
    return opens, closes


def read_conllu(path: Path) -> Iterator[Sentence]:
    doc_id = path.stem
    new_par = True
    comments: dict[str, str] = {}
    rows: list[list[str]] = []
    mwt_end: dict[int, bool] = {}  # last word id of a multiword token -> SpaceAfter

    def build() -> Sentence:
        sent = Sentence(comments.get("sent_id", ""), doc_id, new_par)
        open_stack: dict[str, list[tuple[int, str, str]]] = {}
        for i, cols in enumerate(rows):
            misc = _misc(cols[9])
            wid = int(cols[0])
            sent.words.append(cols[1])
            if wid in mwt_end:
                space = mwt_end[wid]
            else:
                space = misc.get("SpaceAfter") != "No"
            sent.spaces.append(space)
            sent.lemmas.append(cols[2])
            sent.upos.append(cols[3])
            sent.xpos.append(cols[4] if cols[4] != "_" else cols[3])
            sent.feats.append("" if cols[5] == "_" else cols[5])
            head = int(cols[6]) if cols[6] not in ("_", "") else 0
            sent.heads.append(i if head == 0 else head - 1)
            sent.deps.append(cols[7] if head != 0 else "ROOT")
            if "Entity" in misc:
                opens, closes = _parse_entity_field(misc["Entity"])
                for eid, etype, identity, closed_here in opens:
                    if closed_here:
                        sent.mentions.append(Mention(i, i + 1, etype, identity))
                    else:
                        open_stack.setdefault(eid, []).append((i, etype, identity))
                for eid in closes:
                    if open_stack.get(eid):
                        start, etype, identity = open_stack[eid].pop()
                        sent.mentions.append(Mention(start, i + 1, etype, identity))
        return sent

    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if rows:
                    yield build()
                    new_par = False
                rows, comments, mwt_end = [], {}, {}
                continue
            if line.startswith("#"):
                key, _, val = line[1:].strip().partition("=")
                key, val = key.strip(), val.strip()
                if key == "newdoc id":
                    doc_id, new_par = val, True
                elif key.startswith("newpar"):
                    new_par = True
                comments[key] = val
                continue
            cols = line.split("\t")
            if "-" in cols[0]:
                start, end = cols[0].split("-")
                mwt_end[int(end)] = _misc(cols[9]).get("SpaceAfter") != "No"
                for wid in range(int(start), int(end)):
                    mwt_end[wid] = False
                continue
            if "." in cols[0]:
                continue
            rows.append(cols)
    if rows:
        yield build()


def read_uner(path: Path) -> dict[str, list[str]]:
    """UNER IOB2 file -> {sent_id: [tag per word]}."""
    tags: dict[str, list[str]] = {}
    sent_id = ""
    current: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("# sent_id"):
                sent_id = line.partition("=")[2].strip()
                current = []
                tags[sent_id] = current
            elif line and not line.startswith("#"):
                current.append(line.split("\t")[2])
    return tags
