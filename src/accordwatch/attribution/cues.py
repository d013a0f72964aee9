"""Find attribution cues in a parsed sentence and the token ranges of their source and content.

Three families of cue:

* reporting verbs from ``lexicons/reporting_verbs.txt`` (said, told, warned, denied ...), with
  the content as a clausal complement, a parenthetical ("Turkey, they said, remains ..."), a
  trailing cue ("..., report says"), a direct object for verbs tagged ``obj``, or a quotation;
* "according to X" and the other multiword prepositions of ``attribution_prepositions.txt``;
* cue nouns taking a clause ("the ministry's statement that ...").

Everything is one pass over the tokens of a sentence plus bounded walks up or down the tree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from accordwatch.attribution import chains
from accordwatch.attribution import lexicons as lx
from accordwatch.attribution.spans import (
    RELATIVE_PRONOUNS,
    children,
    dep,
    inherited_subject,
    is_verbal,
    np_range,
    subdep,
    subject_of,
    subtree_range,
)

Range = tuple[int, int]
CONTENT_FRAMES = ("ccomp", "csubj")


@dataclass
class CueMatch:
    """A cue with the token ranges (into the sentence's Doc) of its parts."""

    cue: Range
    lemma: str
    source_head: Token | None = None
    source: Range | None = None
    content: Range | None = None
    quote_after: int | None = None  # doc char offset after which a quotation is the content
    quote_before: int | None = None  # doc char offset before which a quotation is the content
    via: list[tuple[Token, Range]] = field(default_factory=list)  # outermost first
    negative: bool = False
    enclosing: bool = False
    confidence: float = 0.8


def find_cues(sent: Span) -> list[CueMatch]:
    out: list[CueMatch] = []
    rv = lx.reporting_verbs()
    preps = lx.phrase_tuples("attribution_prepositions.txt")
    cue_nouns = lx.word_set("cue_nouns.txt")
    for tok in sent:
        low = tok.lower_
        if low == "according" or (low in ("as", "in") and tok.i + 1 < sent.end):
            m = _preposition_cue(tok, sent, preps)
            if m is not None:
                out.append(m)
                continue
        lemma = rv.lemma(low)
        if lemma is not None and is_verbal(tok) and dep(tok) not in ("amod", "compound", "nmod"):
            m = _verb_cue(tok, lemma, sent, rv)
            if m is not None:
                out.append(m)
        elif low in cue_nouns and tok.pos_ == "NOUN":
            m = _noun_cue(tok)
            if m is not None:
                out.append(m)
    return out


# -- reporting verbs -----------------------------------------------------------------------------


def _verb_cue(verb: Token, lemma: str, sent: Span, rv: lx.ReportingVerbs) -> CueMatch | None:
    cue = (verb.i, verb.i + 1)
    if " " in lemma:  # "point out", "call for": the particle must be there
        particle = lemma.split()[1]
        nxt = verb.doc[verb.i + 1] if verb.i + 1 < sent.end else None
        if nxt is None or nxt.lower_ != particle:
            return None
        cue = (verb.i, verb.i + 2)
    if verb.lower_ in chains.PASSING_ON_FORMS and _is_passing_on(verb):
        return None  # "cited three sources who said": a link in a chain, not a claim
    m = CueMatch(cue=cue, lemma=lemma, negative=lemma in rv.negative)
    _find_source(verb, m)
    _find_content(verb, lemma, m, rv, sent)
    if m.content is None and m.quote_after is None and m.quote_before is None:
        return None
    return m


def _is_passing_on(verb: Token) -> bool:
    obj = chains.cited_object(verb)
    if obj is None:
        return False
    if any(dep(c) == "acl" and is_verbal(c) for c in obj.children):
        return True  # "cited sources who said"
    return verb.lower_ in chains.CITING_FORMS and _has_reporting_head(verb)


def _has_reporting_head(verb: Token) -> bool:
    return verb.head is not verb and lx.reporting_verbs().lemma(verb.head.lower_) is not None


def _find_source(verb: Token, m: CueMatch) -> None:
    subj = subject_of(verb)
    passive = subj is not None and (subdep(subj).endswith("pass") or dep(subj) == "expl")
    if subj is None:
        subj = children(verb, "expl")[0] if children(verb, "expl") else None
        passive = subj is not None
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and dep(verb) == "acl":
        noun = verb.head
        m.source_head, m.source = noun, np_range(noun, exclude=verb)
        chain = chains.relative_clause_chain(verb)
        if chain is not None:
            m.via.append((chain[1], np_range(chain[1])))
        return
    if passive:
        for c in verb.children:  # the agent: "it was reported by X"
            if dep(c) == "obl" and any(g.lower_ == "by" for g in c.children):
                m.source_head, m.source = c, np_range(c)
                return
        if subj is not None and (subj.lower_ in ("it", "this") or dep(subj) == "expl"):
            m.confidence = 0.6
            return
    saying = chains.quoted_as_saying(verb)
    if saying is not None:
        y, x = saying
        m.source_head, m.source = y, np_range(y)
        m.via.append((x, np_range(x)))
        return
    if subj is None:
        subj = inherited_subject(verb)
        m.confidence = 0.7
    if subj is None:
        return
    m.source_head, m.source = subj, np_range(subj)
    cited = chains.citing_clause(verb)
    if cited is not None:  # "X reported, citing Y, that ...": Y is the source, X passed it on
        _, y = cited
        m.via.append((subj, m.source))
        m.source_head, m.source = y, np_range(y)


def _find_content(verb: Token, lemma: str, m: CueMatch, rv: lx.ReportingVerbs, sent: Span):
    doc = verb.doc
    frames = [c for c in verb.children if dep(c) in CONTENT_FRAMES and c is not m.source_head]
    if frames:
        a, b = subtree_range(frames[0])
        for f in frames[1:]:
            a, b = min(a, subtree_range(f)[0]), max(b, subtree_range(f)[1])
        m.content = _cut_nested_cues(verb, a, b)
        return
    if dep(verb) == "parataxis" and verb.head is not verb:
        _parenthetical_content(verb, verb.head, m)
        return
    paras = children(verb, "parataxis")
    if paras and not any(dep(c) in ("obj",) for c in verb.children):
        p = paras[0]
        a, b = subtree_range(p)
        if p.i < verb.i:
            m.content = (a, b)
        else:
            m.content = (a, b)
            m.quote_after = doc[verb.i].idx + len(verb.text)
        return
    objs = [c for c in verb.children if dep(c) in ("obj", "xcomp") and c.i > verb.i]
    if objs and (lemma in rv.object_content or dep(objs[0]) == "xcomp"):
        a = verb.i + (2 if " " in lemma else 1)
        b = verb.right_edge.i + 1
        b = _cut_nested_cues(verb, a, b)[1]
        if any(dep(c) == "obj" for c in verb.children) or dep(objs[0]) == "xcomp":
            m.content = (a, b)
            return
    # a quotation next to the cue: 'He said: "..."' or '"...," said Smith.'
    right = verb.i + 1
    while right < sent.end and (doc[right].is_punct and doc[right].text not in '"“«‘„'):
        right += 1
    if right < sent.end and doc[right].text in '"“«‘„':
        m.quote_after = doc[right].idx - 1 if doc[right].idx > 0 else 0
        return
    if right >= sent.end:
        m.quote_after = doc[sent.end - 1].idx + len(doc[sent.end - 1].text)
    first = min(verb.i, m.source[0] if m.source else verb.i)
    if first > sent.start:
        m.quote_before = doc[first].idx


def _parenthetical_content(verb: Token, head: Token, m: CueMatch) -> None:
    """"Turkey, they said, remains ..." encloses the cue; "..., they said." precedes it."""
    ha, hb = subtree_range(head)
    va, vb = subtree_range(verb)
    if vb >= hb:
        m.content = (ha, va)
    elif va <= ha:
        m.content = (vb, hb)
    else:
        m.content = (ha, hb)
        m.enclosing = True


def _cut_nested_cues(verb: Token, a: int, b: int) -> tuple[int, int]:
    """End the content before a trailing ", citing ..." or ", adding ..." that is a cue of its own."""
    rv = lx.reporting_verbs()
    doc = verb.doc
    for i in range(a + 1, b):
        t = doc[i]
        if t.tag_ == "VBG" and rv.lemma(t.lower_) and doc[i - 1].text == "," and t is not verb:
            if chains.cited_object(t) is None or t.lower_ not in chains.CITING_FORMS:
                return a, i - 1
    return a, b


# -- "according to X" ------------------------------------------------------------------------


def _preposition_cue(tok: Token, sent: Span, preps) -> CueMatch | None:
    doc = tok.doc
    for phrase in preps:
        n = len(phrase)
        if tok.i + n > sent.end or phrase[0] != tok.lower_:
            continue
        if tuple(doc[j].lower_ for j in range(tok.i, tok.i + n)) != phrase:
            continue
        if n == 1:
            continue  # "citing"/"quoting" alone are verbs, handled as such
        src = _object_after(doc, tok.i + n, sent)
        if src is None:
            return None
        sa, sb = np_range(src)
        sa = max(sa, tok.i + n)
        m = CueMatch(cue=(tok.i, tok.i + n), lemma=" ".join(phrase), source_head=src,
                     source=(sa, sb), confidence=0.8)
        behind = chains.which_cited(src)
        if behind is not None:
            m.via.append((src, (sa, sb)))
            m.source_head, m.source = behind, np_range(behind)
        pp_end = _phrase_end(doc, src, sent)
        s0, s1 = sent.start, sent.end
        if tok.i <= s0 + 1:
            m.content = (pp_end, s1)
        elif pp_end >= s1 - 1:
            m.content = (s0, tok.i)
        else:
            m.content = (s0, s1)
            m.enclosing = True
        return m
    return None


def _object_after(doc, i: int, sent: Span) -> Token | None:
    """The head of the noun phrase starting at token ``i``."""
    if i >= sent.end:
        return None
    tok = doc[i]
    for _ in range(6):
        head = tok.head
        if head is tok or not (i <= head.i < sent.end) or head.pos_ in ("VERB", "AUX"):
            break
        if head.i < i:
            break
        tok = head
    if tok.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "X"):
        for j in range(i, min(i + 8, sent.end)):
            if doc[j].pos_ in ("NOUN", "PROPN", "PRON"):
                return doc[j]
        return None
    return tok


def _phrase_end(doc, src: Token, sent: Span) -> int:
    """End of "according to X[, which cited Y]": up to the comma closing it, or the sentence end."""
    end = src.right_edge.i + 1
    for j in range(src.i + 1, sent.end):
        if doc[j].text == "," and j >= end:
            return j + 1
        if doc[j].text == "," and not any(dep(c) == "acl" for c in src.children):
            return j + 1
    return min(end, sent.end)


# -- cue nouns: "X's statement that ..." -------------------------------------------------------


def _noun_cue(noun: Token) -> CueMatch | None:
    clause = None
    for c in noun.children:
        if dep(c) in ("acl", "ccomp") and any(g.lower_ == "that" and dep(g) == "mark"
                                              for g in c.children):
            clause = c
            break
    if clause is None:
        return None
    src = None
    for c in noun.children:
        if dep(c) == "nmod" and (c.tag_ == "POS" or any(g.tag_ == "POS" for g in c.children)
                                 or any(g.lower_ in ("by", "from") for g in c.children)):
            src = c
            break
        if dep(c) == "nmod" and c.i < noun.i:
            src = c
    if src is None:
        return None
    a, b = subtree_range(clause)
    return CueMatch(cue=(noun.i, noun.i + 1), lemma=noun.lower_, source_head=src,
                    source=np_range(src), content=(a, b), confidence=0.7)
