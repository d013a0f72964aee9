"""Cue phrases that are not verbs: "according to X" (and the other multiword prepositions of
``lexicons/attribution_prepositions.txt``) and cue nouns taking a clause ("X's statement that")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from accordwatch.attribution import chains
from accordwatch.attribution.cues import CueMatch
from accordwatch.attribution.spans import dep, np_range, subtree_range

# -- "according to X" ------------------------------------------------------------------------


def preposition_cue(tok: Token, sent: Span, preps) -> CueMatch | None:
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


def noun_cue(noun: Token) -> CueMatch | None:
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
