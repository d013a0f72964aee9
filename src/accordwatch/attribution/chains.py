"""Chains of attribution: who passed a claim on, and from whom they had it.

Recognised shapes (source = innermost original source; intermediaries outermost first):

* "X cited three sources who said ..."             -> sources, via X
* "X reported, citing Y, that ..."                  -> Y, via X
* "X quoted Y as saying ..."                        -> Y, via X
* "Y told X that ..." (X an outlet)                 -> Y, via X
* "according to X, which cited Y, ..."              -> Y, via X

The article's own publisher is never listed: it is not named in these shapes.
"""

from __future__ import annotations

from spacy.tokens import Token

from accordwatch.attribution import lexicons as lx
from accordwatch.attribution.spans import RELATIVE_PRONOUNS, dep, subdep, subject_of

PASSING_ON_FORMS = frozenset({"citing", "quoting", "cited", "quoted", "cite", "cites", "quote",
                              "quotes"})
CITING_FORMS = frozenset({"citing", "quoting"})


def is_source_like(tok: Token) -> bool:
    """Whether a noun phrase head can be a source: a person, a group, an outlet or a document."""
    low = tok.lower_
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "PER"):
        return True
    if tok.pos_ == "PRON" and low in {"him", "her", "them", "he", "she", "they"}:
        return True
    nouns = _source_nouns()
    return low in nouns or tok.lemma_.lower() in nouns or (
        tok.tag_ == "NNS" and low.endswith("s") and low[:-1] in nouns)  # 'envoys'


def _source_nouns() -> frozenset[str]:
    return (
        lx.word_set("anonymous_nouns.txt")
        | lx.word_set("person_roles.txt")
        | lx.word_set("document_words.txt")
        | lx.word_set("outlet_words.txt")
        | lx.word_set("organization_words.txt")
        | lx.word_set("government_words.txt")
    )


def cited_object(verb: Token) -> Token | None:
    """The source-like object of a citing verb ("citing three sources" -> sources)."""
    for c in verb.children:
        if dep(c) in ("obj", "iobj") and is_source_like(c):
            return c
    return None


def citing_clause(verb: Token) -> tuple[Token, Token] | None:
    """A "citing Y" / "quoting Y" modifier of ``verb`` naming a source: (citing verb, Y)."""
    for c in verb.children:
        if c.lower_ in CITING_FORMS and dep(c) in ("advcl", "xcomp", "conj", "parataxis", "acl"):
            y = cited_object(c)
            if y is not None:
                return c, y
    return None


def relative_clause_chain(verb: Token) -> tuple[Token, Token] | None:
    """For "X cited sources who said ...": (sources, X), where ``verb`` is "said"."""
    if subdep(verb) not in ("acl:relcl", "acl", "relcl") and dep(verb) != "acl":
        return None
    noun = verb.head
    subj = subject_of(verb)
    if subj is not None and subj.lower_ not in RELATIVE_PRONOUNS:
        return None
    citer = noun.head
    if noun is citer or citer.lower_ not in PASSING_ON_FORMS or dep(noun) not in ("obj", "iobj"):
        return None
    outer = subject_of(citer)
    if outer is None:
        return None
    return noun, outer


def quoted_as_saying(verb: Token) -> tuple[Token, Token] | None:
    """For "X quoted Y as saying ...": (Y, X), where ``verb`` is "saying"."""
    head = verb.head
    if head == verb or head.lower_ not in PASSING_ON_FORMS:
        return None
    y = cited_object(head)
    x = subject_of(head)
    if y is None or x is None:
        return None
    return y, x


def told_outlet(verb: Token, outlet_check) -> Token | None:
    """For "Y told X that ...": X when it is an outlet (``outlet_check(token) -> bool``)."""
    for c in verb.children:
        if dep(c) in ("obj", "iobj", "obl") and outlet_check(c):
            return c
    return None


def is_outlet_like(tok: Token) -> bool:
    """Whether a noun phrase head names an outlet: an outlet noun ("told the newspaper"), or a
    name with a word of ``outlet_names.txt`` ("told the Harlow Gazette", "told Reuters")."""
    if tok.pos_ == "NOUN" and tok.lower_ in lx.word_set("outlet_words.txt"):
        return True
    if tok.pos_ != "PROPN" and not (tok.tag_ in ("NNP", "NNPS") and tok.is_title):
        return False
    names = lx.case_sensitive_set("outlet_names.txt")
    lo, hi = tok.left_edge.i, tok.right_edge.i + 1
    words = [t.text for t in tok.doc[lo:hi]]
    joined = " ".join(words)
    if any(w in names for w in words) or any(n in joined for n in names if " " in n):
        return True
    if any(t.is_lower and t.lower_ in lx.word_set("outlet_words.txt") and t.pos_ in ("NOUN", "ADJ")
           for t in tok.doc[lo : tok.i]):
        return True  # 'told the daily Ostra Vesti', 'the news agency Pelan'

    # "told the Meridian Ledger": a name with "the" that is no institution
    a = tok.i
    doc = tok.doc
    while a > 0 and (doc[a - 1].pos_ == "PROPN" or doc[a - 1].tag_ == "NNP") \
            and doc[a - 1].is_title:
        a -= 1
    institutions = lx.word_set("organization_words.txt") | lx.word_set("government_words.txt")
    b = name_end(tok)
    return (a > 0 and doc[a - 1].lower_ == "the" and doc[b - 1].lower_ not in institutions
            and not any(t.ent_type_ in ("PERSON", "GPE", "NORP") for t in doc[a:b]))


def name_end(tok: Token) -> int:
    """End of the capitalised name ``tok`` starts or belongs to ("Levant" -> "Levant Wire")."""
    doc = tok.doc
    b = tok.i + 1
    while b < len(doc) and doc[b].is_title and (doc[b].pos_ == "PROPN" or doc[b].tag_ in (
            "NNP", "NNPS")):
        b += 1
    return b


def which_cited(noun: Token) -> Token | None:
    """For "according to X, which cited Y": Y, the source behind X."""
    for c in noun.children:
        if dep(c) in ("acl",) and c.lower_ in PASSING_ON_FORMS:
            y = cited_object(c)
            if y is not None:
                return y
    return None
