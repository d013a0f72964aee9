"""Load the word lists in ``lexicons/``: data, not code, so they can be extended without a release.

Every list is plain text, one entry per line, ``#`` starting a comment.  Loading is cached:
the files are read once per process.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

_PACKAGE = "accordwatch.attribution"


def _read(name: str) -> str:
    return resources.files(_PACKAGE).joinpath("lexicons", name).read_text(encoding="utf-8")


def read_list(name: str, *, lower: bool = True) -> list[str]:
    """The entries of ``lexicons/<name>``, comments and blank lines dropped."""
    out = []
    for line in _read(name).splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line.lower() if lower else line)
    return out


def inflections(lemma: str) -> set[str]:
    """Regular English verb forms of ``lemma`` (say -> says, sayed, saying; deny -> denied)."""
    forms = {lemma}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in set("aeiou"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
        # Doubled final consonant (admit -> admitted, commit); both spellings are harmless.
        if len(lemma) > 2 and lemma[-1] in "tpgnm" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
        # British spelling doubles a final l after one vowel (signal -> signalled, cancel)
        if len(lemma) > 3 and lemma[-1] == "l" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
            forms |= {lemma + "led", lemma + "ling"}
    return forms


@dataclass(frozen=True)
class ReportingVerbs:
    """Reporting-verb lexicon: every inflected form mapped to its lemma, plus per-lemma tags."""

    form_to_lemma: dict[str, str] = field(default_factory=dict)
    object_content: frozenset[str] = frozenset()
    negative: frozenset[str] = frozenset()
    # Two-word verbs ("point out", "call for", "call on"): first-word form -> particle -> lemma.
    phrasal: dict[str, dict[str, str]] = field(default_factory=dict)
    # Verbs of belief: cues only with a clausal complement.
    clause_only: frozenset[str] = frozenset()
    # "show": cues only when a document or figures is the subject
    document_subject: frozenset[str] = frozenset()
    # verbs of stance or intention (position_verbs.txt): their complement is the content
    position: frozenset[str] = frozenset()
    belief: frozenset[str] = frozenset()
    # "call": a cue only when it names its object something ("called the plan a trap")
    naming: frozenset[str] = frozenset()
    # "warned of", "spoke about": the object of the preposition is the content, bounded as a
    # stance's object is ("warned of delays at the crossing")
    topic: frozenset[str] = frozenset()
    # beliefs that may take an infinitive ("hopes to reopen the mill", "expects Varga to resign")
    infinitive: frozenset[str] = frozenset()
    # "encourage", "highlight": cues only when a person, a group or an outlet is the subject
    agent_subject: frozenset[str] = frozenset()
    # "continue", "go on": cues only beside a quotation ("She continued: “…”")
    quote_only: frozenset[str] = frozenset()
    # "put it": a cue only in an "as" frame ("As Ruiz put it, …", "…, as the memo put it")
    frame_only: frozenset[str] = frozenset()
    # "see", "view", "regard": a belief only as "X as Y" ("critics see the levy as a trap")
    regarding: frozenset[str] = frozenset()

    def cue_class(self, lemma: str) -> str:
        """'position', 'belief' or 'speech' (said, told, according to, a statement ...)."""
        if lemma in self.position:
            return "position"
        return "belief" if lemma in self.belief else "speech"

    def lemma(self, form: str) -> str | None:
        return self.form_to_lemma.get(form.lower())

    def lemma_before(self, form: str, next_form: str | None) -> str | None:
        """The lemma of ``form`` when ``next_form`` follows it: 'called on' is 'call on',
        'called for' is 'call for', 'called the plan a trap' is 'call'."""
        by_particle = self.phrasal.get(form.lower(), {})
        if next_form is not None and next_form.lower() in by_particle:
            return by_particle[next_form.lower()]
        return self.lemma(form)


@cache
def reporting_verbs() -> ReportingVerbs:
    form_to_lemma: dict[str, str] = {}
    # the tags after "|" in the lexicon files, each with the lemmas that carry it
    tagged: dict[str, set[str]] = {t: set() for t in (
        "obj", "neg", "clause", "doc", "naming", "topic", "inf", "agent", "quote", "frame",
        "as")}
    position, belief = set(), set()
    phrasal: dict[str, dict[str, str]] = {}
    lines = [(n, ln) for n in ("reporting_verbs.txt", "belief_verbs.txt", "position_verbs.txt")
             for ln in read_list(n)]
    for name, line in lines:
        words, _, tags = line.partition("|")
        parts = words.split()
        if not parts:
            continue
        if len(parts) >= 2 and parts[1] in {"out", "for", "up", "on", "against", "to", "about",
                                            "of", "with", "it", "at"}:
            lemma = " ".join(parts[:2])  # 'speak about spoke spoken': irregular forms after
            for f in inflections(parts[0]) | set(parts[2:]):
                form_to_lemma.setdefault(f, lemma)
                phrasal.setdefault(f, {})[parts[1]] = lemma
            extra: list[str] = []
        else:
            lemma, extra = parts[0], parts[1:]
            for f in inflections(lemma) | set(extra):
                form_to_lemma[f] = lemma
        tagset = set(tags.split())
        if name == "belief_verbs.txt":
            tagset.add("clause")
            belief.add(lemma)
        if name == "position_verbs.txt":
            position.add(lemma)
        for tag in tagset & tagged.keys():
            tagged[tag].add(lemma)
    t = {k: frozenset(v) for k, v in tagged.items()}
    return ReportingVerbs(form_to_lemma, t["obj"], t["neg"], phrasal, t["clause"], t["doc"],
                          frozenset(position), frozenset(belief), t["naming"], t["topic"],
                          t["inf"], t["agent"], t["quote"], t["frame"], t["as"])


@cache
def word_set(name: str) -> frozenset[str]:
    """A lowercase word list as a set (single words and phrases alike)."""
    return frozenset(read_list(name))


@cache
def phrase_tuples(name: str) -> tuple[tuple[str, ...], ...]:
    """A lowercase phrase list as token tuples, longest first, for matching on token sequences."""
    phrases = {tuple(p.split()) for p in read_list(name)}
    return tuple(sorted(phrases, key=len, reverse=True))


@cache
def case_sensitive_set(name: str) -> frozenset[str]:
    return frozenset(read_list(name, lower=False))


@cache
def number_words() -> dict[str, int]:
    return json.loads(_read("number_words.json"))


@cache
def partitive_pronouns() -> dict[tuple[str, ...], int | None]:
    """'one' -> 1, 'the other' -> 1, 'the others' -> None: pronouns picking members out of a
    group (``partitive_pronouns.txt``), as word tuples, with how many people they stand for."""
    out: dict[tuple[str, ...], int | None] = {}
    for line in read_list("partitive_pronouns.txt"):
        *words, n = line.split()
        out[tuple(words)] = int(n) if n.isdigit() else None
    return out


@cache
def connective_phrases() -> tuple[tuple[str, ...], ...]:
    """The writer's links of ``connectives.txt`` as word tuples, longest first (tags dropped)."""
    phrases = {tuple(line.partition("|")[0].split()) for line in read_list("connectives.txt")}
    return tuple(sorted(phrases, key=len, reverse=True))
