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
from accordwatch.attribution.surface import (
    QUOTE_CLOSERS,
    QUOTE_OPENERS,
    Shape,
    _finite,
    after_quote,
    cue_shape,
    head_of,
    is_temporal,
    source_before,
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
    after_quote: bool = False  # the cue follows the quotation it attributes ('“…,” she said')
    agentless: bool = False  # 'it was reported that …': a passive cue with no one behind it


def find_cues(sent: Span, closer_ends: frozenset[int] = frozenset()) -> list[CueMatch]:
    """Cues of ``sent``; ``closer_ends`` are the doc character offsets where a closed
    quotation ends (see ``surface.after_quote``)."""
    from accordwatch.attribution.cue_phrases import (
        misparsed_evidence_verb,
        noun_cue,
        preposition_cue,
    )
    from accordwatch.attribution.punctuation_cues import colon_verb_cue

    out: list[CueMatch] = []
    rv = lx.reporting_verbs()
    preps = lx.phrase_tuples("attribution_prepositions.txt")
    cue_nouns = lx.word_set("cue_nouns.txt")
    for tok in sent:
        low = tok.lower_
        if low == "according" or (low in ("as", "in") and tok.i + 1 < sent.end):
            m = preposition_cue(tok, sent, preps)
            if m is not None:
                out.append(m)
                continue
        lemma = rv.lemma_before(low, tok.nbor().text if tok.i + 1 < sent.end else None)
        verbal = is_verbal(tok) or lemma is not None and _ends_headline(tok, sent)
        if tok.i + 1 < sent.end and tok.nbor().text == ":" and (
                lemma is None or not is_verbal(tok)):
            m = colon_verb_cue(tok, sent)
            if m is not None:
                out.append(m)
                continue
        if lemma is not None and verbal and (
                dep(tok) not in ("amod", "compound", "nmod") or _right_after_quote(tok, closer_ends)
                or _ends_headline(tok, sent)
                or tok.tag_ in ("VBD", "VBZ", "VBP") and dep(tok) == "amod" or low == "told") \
                and not _in_anonymity_phrase(tok) and not _opening_participle(tok, sent):
            m = _verb_cue(tok, lemma, sent, rv, closer_ends)
            if m is not None and lemma in rv.document_subject and not _evidence(m):
                m = None  # 'the need for a force showed …': documents and figures show
            if m is not None:
                out.append(m)
        elif (m := misparsed_evidence_verb(tok, sent)) is not None:
            out.append(m)
        elif low in cue_nouns and tok.pos_ == "NOUN":
            m = noun_cue(tok)
            if m is not None:
                out.append(m)
    return out


# -- reporting verbs -----------------------------------------------------------------------------


def _ends_headline(tok: Token, sent: Span) -> bool:
    """'Truce to start at midnight, Meridian Ledger reports': a reporting word ending the
    sentence after a comma and a short noun phrase is a verb, whatever its tag."""
    doc = tok.doc
    k = tok.i + 1
    while k < sent.end and (doc[k].is_punct or doc[k].is_space):
        k += 1
    if k < sent.end or not tok.is_lower:
        return False
    for j in range(tok.i - 1, max(tok.i - 6, sent.start) - 1, -1):
        if doc[j].text == ",":
            # only a noun phrase between the comma and the word: 'X, urged caution' is a
            # verb and its object, not a headline's source and cue
            return j < tok.i - 1 and j > sent.start and not any(
                is_verbal(t) and t.tag_ not in ("VBN",) or t.pos_ in ("ADP", "SCONJ")
                for t in doc[j + 1 : tok.i])
    return False


def _opening_participle(tok: Token, sent: Span) -> bool:
    """'Asked about the deadline, Ilse Varga said …': a participle opening the sentence
    describes the speaker of the main verb; it is no claim of its own."""
    return tok.i == sent.start and tok.tag_ in ("VBN", "VBD") and tok.lower_ != "said" and not any(
        dep(c) == "aux" for c in tok.children)


def _in_anonymity_phrase(tok: Token) -> bool:
    """'a diplomat who asked not to be named': the verb belongs to the description of an
    anonymous source (``anonymous_markers.txt``), not to a claim."""
    doc = tok.doc
    for phrase in lx.phrase_tuples("anonymous_markers.txt"):
        if tok.lower_ not in phrase:
            continue
        k = phrase.index(tok.lower_)
        a = tok.i - k
        if a >= 0 and a + len(phrase) <= len(doc) and tuple(
                doc[j].lower_ for j in range(a, a + len(phrase))) == phrase:
            return True
    return False


def _right_after_quote(tok: Token, closer_ends: frozenset[int]) -> bool:
    """'“…,” warned Ana Ruiz': a verb right after a closing mark is a cue whatever the parser
    made of it."""
    doc = tok.doc
    for j in (tok.i - 1, tok.i - 2):
        if j >= 0 and doc[j].idx + len(doc[j].text) in closer_ends:
            return True
        if j < 0 or doc[j].text != ",":
            return False
    return False


def _verb_cue(verb: Token, lemma: str, sent: Span, rv: lx.ReportingVerbs,
              closer_ends: frozenset[int] = frozenset()) -> CueMatch | None:
    cue = (verb.i, verb.i + 1)
    if " " in lemma:  # "point out", "call for": the particle must be there
        particle = lemma.split()[1]
        nxt = verb.doc[verb.i + 1] if verb.i + 1 < sent.end else None
        if nxt is None or nxt.lower_ != particle:
            return None
        cue = (verb.i, verb.i + 2)
    if verb.lower_ in chains.PASSING_ON_FORMS and _is_passing_on(verb):
        return None  # "cited three sources who said": a link in a chain, not a claim
    raised = _raising_passive(verb, lemma, sent)
    if raised is not None:
        return raised
    if lemma in rv.clause_only and not _has_clause(verb, sent):
        return None
    if lemma in rv.naming and not _names_something(verb, sent):
        return None
    noun = _described_noun(verb)
    if noun is not None:
        return _participle_cue(verb, noun, lemma, cue, rv)
    m = CueMatch(cue=cue, lemma=lemma, negative=lemma in rv.negative, confidence=0.8)
    _find_source(verb, m)
    if lemma in rv.position:
        return _position_cue(verb, m, sent)
    aq = after_quote(verb, sent, cue[1], closer_ends) if closer_ends else None
    if aq is not None and verb.tag_ != "VBG":
        if aq.source is not None and not _overlaps(m.source, aq.source):
            m.source, m.source_head = aq.source, head_of(verb.doc, *aq.source)
            m.via = [v for v in m.via if not _overlaps(v[1], aq.source)]
        elif aq.source is not None and m.source is not None and aq.source[0] < m.source[0] \
                and m.source[1] <= aq.source[1]:
            m.source = aq.source  # 'Marta Keel' of which the parse took only 'Keel'
        elif m.source is not None and m.source[0] <= aq.closer:
            m.source = m.source_head = None  # a word of the quotation is not its speaker
            m.via = []
        told_outlet_surface(verb, m, sent)
        closer = verb.doc[aq.closer]
        m.quote_before = closer.idx + len(closer.text)
        m.after_quote, m.confidence = True, 0.85
        return m
    shape = cue_shape(verb, sent, cue[1]) if verb.tag_ != "VBG" else Shape("leading")
    if shape.kind != "leading":
        if shape.source and not _overlaps(m.source, shape.source):
            m.source, m.source_head = shape.source, head_of(verb.doc, *shape.source)
            m.via = []
        elif shape.source and m.source:
            m.source = (min(m.source[0], shape.source[0]), max(m.source[1], shape.source[1]))
        m.content, m.enclosing = shape.content, shape.kind == "parenthetical"
        told_outlet_surface(verb, m, sent)
        return m
    before = source_before(verb, sent) if verb.tag_ != "VBG" and not m.agentless else None
    if m.via and m.source is not None:
        before = None  # a chain the parse found ("reported, citing Y") is kept as it is
    if before is not None and (m.source is None or m.confidence < 0.8 or m.source[0] > verb.i
                               or not _overlaps(m.source, before)):
        m.source, m.source_head = before, head_of(verb.doc, *before)
        m.via = [v for v in m.via if not _overlaps(v[1], before)]
    elif before is not None and m.source is not None:
        m.source = (min(m.source[0], before[0]), max(m.source[1], before[1]))
    _surface_chain(verb, m)
    surface_citing(verb, m, sent)
    cited_by(m)
    told_outlet_surface(verb, m, sent)
    _find_content(verb, lemma, m, rv, sent)
    if m.content is None and m.quote_after is None and m.quote_before is None:
        return None
    return m


def _position_cue(verb: Token, m: CueMatch, sent: Span) -> CueMatch | None:
    """'Hamas refused to hand over its weapons', 'Egypt backs the formula': a stance verb in
    the active voice whose complement (object, infinitive, clause) is the content."""
    if any(subdep(c) in ("nsubj:pass", "aux:pass") for c in verb.children):
        return None  # 'the plan is backed by Egypt': the passive subject is no source
    if any(dep(c) == "mark" and c.lower_ in ("if", "whether", "unless", "once", "until")
           for c in verb.children):
        return None  # 'unclear whether Haddad would agree to leave': no stance was taken
    if any(dep(c) == "aux" and c.lower_ in ("would", "could", "might", "'d") for c in verb.children):
        return None  # 'far from certain that Haddad would agree to go': a stance not taken
    if m.source is None:
        before = source_before(verb, sent) if verb.tag_ != "VBG" else None
        if before is None:
            return None
        m.source, m.source_head = before, head_of(verb.doc, *before)
    comps = [c for c in verb.children if c.i >= m.cue[1] and (
        dep(c) in ("obj", "xcomp", "ccomp") or dep(c) == "obl" and " " in m.lemma)]
    if not comps:
        return None
    end = max(c.right_edge.i for c in comps) + 1
    doc = verb.doc
    for c in sorted(verb.children, key=lambda c: c.i):
        # 'wants the committee in place by March': a phrase that goes on the object's state
        if c.left_edge.i == end and dep(c) in ("obl", "advmod", "xcomp") and not is_temporal(
                list(c.subtree)) and doc[end].text not in _BREAKS:
            end = c.right_edge.i + 1
    end = min(end, sent.end)
    while end > m.cue[1] and (doc[end - 1].is_punct and doc[end - 1].text not in QUOTE_CLOSERS
                              or doc[end - 1].is_space):
        end -= 1
    a, b = _cut_nested_cues(verb, m.cue[1], end)
    if b - a < 1:
        return None
    m.content = (a, b)
    m.confidence = 0.6
    return m


def _raising_passive(verb: Token, lemma: str, sent: Span) -> CueMatch | None:
    """'The envoy is said to favour a phased withdrawal', 'Two commanders are reported to have
    left': the claim is the whole clause around its cue ('is said'), and no one is named as
    its source."""
    if verb.tag_ != "VBN" or lemma not in lx.word_set("raising_cues.txt"):
        return None
    subj = next((c for c in verb.children if subdep(c) == "nsubj:pass" and c.i < verb.i), None)
    aux = [c for c in verb.children if subdep(c) == "aux:pass" and c.i < verb.i]
    inf = next((c for c in verb.children if dep(c) == "xcomp" and c.i > verb.i and any(
        g.lower_ == "to" for g in c.children if g.i < c.i)), None)
    if subj is None or not aux or inf is None or subj.lower_ in RELATIVE_PRONOUNS | {"it"}:
        return None
    if any(dep(c) == "obl" and any(g.lower_ == "by" for g in c.children)
           for c in verb.children):
        return None
    end = inf.right_edge.i + 1
    while end > inf.i + 1 and verb.doc[end - 1].is_punct:
        end -= 1
    start = max(subj.left_edge.i, sent.start)
    return CueMatch(cue=(aux[0].i, verb.i + 1), lemma=lemma, content=(start, end),
                    enclosing=True, agentless=True, confidence=0.6)


def _described_noun(verb: Token) -> Token | None:
    """The noun a past participle describes ('the plan announced by the council'), read from
    the parse or, when the parse hung the noun on the participle, from the words: a noun
    right before it, 'by' right after it, no auxiliary, no subject, no clause of its own."""
    if verb.tag_ != "VBN" or any(dep(c) in CONTENT_FRAMES or dep(c).startswith("nsubj")
                                 or dep(c) == "aux" for c in verb.children):
        return None
    if dep(verb) == "acl" and verb.head.pos_ == "NOUN" and verb.head.i < verb.i:
        if verb.head.dep_ == "ROOT" and verb.lower_.endswith("ed") and not any(
                c.lower_ == "by" for c in verb.subtree) and any(
                c.i > verb.i and (dep(c) in ("obj", "ccomp", "xcomp") or subdep(c) == "obl"
                                  and verb.doc[verb.i + 1].pos_ == "ADP") for c in verb.children):
            return None  # 'The union called for a halt.' parsed as a noun phrase: a verb
        return verb.head
    doc = verb.doc
    if verb.i - 1 >= verb.sent.start and doc[verb.i - 1].pos_ == "NOUN" \
            and verb.i + 1 < verb.sent.end and doc[verb.i + 1].lower_ == "by":
        return doc[verb.i - 1]
    return None


def _participle_cue(verb: Token, noun: Token, lemma: str, cue: Range,
                    rv: lx.ReportingVerbs) -> CueMatch | None:
    """'the plan announced by the council': a participle describing a noun.  With an agent
    and a verb whose object is its content, the agent is the source and the noun phrase the
    content; otherwise ('the plan announced last week') there is no claim."""
    if lemma not in rv.object_content or verb.head == verb:
        return None
    agent = next((c for c in verb.children if dep(c) == "obl"
                  and any(g.lower_ == "by" for g in c.children)), None)
    if agent is None:
        return None
    a, b = np_range(agent)
    while a < b and verb.doc[a].lower_ == "by":
        a += 1
    content = np_range(noun, exclude=verb)
    while content[0] < noun.i and verb.doc[content[0]].pos_ in ("ADP", "SCONJ"):
        content = (content[0] + 1, content[1])  # 'Under the plan announced by …'
    if content[1] > verb.i or content[1] - content[0] < 2:
        return None
    return CueMatch(cue=cue, lemma=lemma, source_head=agent, source=(a, b), content=content,
                    negative=lemma in rv.negative, confidence=0.6)


def _evidence(m: CueMatch) -> bool:
    """A document or figures ('the poll', 'new numbers released by …', 'records', 'it'), which
    can show something; people and abstractions ('the need for a force') cannot."""
    head = m.source_head
    if head is None:
        return False
    if head.lower_ in ("it", "which", "that", "this"):
        return True
    if head.pos_ == "PROPN" and head.ent_type_ not in ("PERSON", "GPE", "NORP"):
        return True  # 'WikiLeaks shows', 'Pollster shows'
    words = lx.word_set("document_words.txt") | lx.word_set("evidence_words.txt")
    a, b = m.source if m.source is not None else (head.i, head.i + 1)
    return any(t.lower_ in words or t.lemma_.lower() in words
               for t in head.doc[a:b] if t.pos_ in ("NOUN", "PROPN"))


def told_outlet_surface(verb: Token, m: CueMatch, sent: Span) -> None:
    """'Y told the Meridian Ledger …' when the parse did not link the outlet to the verb."""
    if m.lemma != "tell" or m.source is None or m.via:
        return
    doc = verb.doc
    a = verb.i + 1
    b = a + (1 if a < sent.end and doc[a].lower_ == "the" else 0)
    e = b
    while e < sent.end and (doc[e].pos_ == "PROPN" or doc[e].tag_ in ("NNP", "NNPS")) \
            and doc[e].is_title:
        e += 1
    if e > b and chains.is_outlet_like(doc[e - 1]):
        m.via.append((doc[e - 1], (a, e)))


def _quoted_as_saying_surface(verb: Token, m: CueMatch) -> bool:
    """'X quoted Y as saying …', read from the words: Y is the source, X passed it on."""
    doc = verb.doc
    lo = verb.sent.start
    if verb.tag_ != "VBG" or verb.i - 1 <= lo or doc[verb.i - 1].lower_ != "as":
        return False
    for q in range(verb.i - 2, max(verb.i - 14, lo) - 1, -1):
        if doc[q].text in (",", ";", ":"):
            return False
        if doc[q].lower_ in chains.PASSING_ON_FORMS:
            y = (q + 1, verb.i - 1)
            if y[1] <= y[0]:
                return False
            m.source, m.source_head = y, head_of(doc, *y)
            outer = source_before(doc[q], verb.sent) if q > lo else None
            m.via = [(head_of(doc, *outer), outer)] if outer is not None else []
            return True
    return False


def _has_clause(verb: Token, sent: Span) -> bool:
    """A belief verb with a that-clause or a clausal complement right after it."""
    if any(dep(c) == "ccomp" and c.i > verb.i for c in verb.children):
        return True
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < sent.end else None
    return nxt is not None and nxt.lower_ == "that"


def _names_something(verb: Token, sent: Span) -> bool:
    """'called the plan a trap', 'called the talks “theatre”': an active 'call' with an object
    and a second complement, a name or a quotation; not 'called a meeting', not 'will be
    called the Executive Board' (naming, not saying), not 'what they call …'."""
    if any(subdep(c) in ("nsubj:pass", "aux:pass") for c in verb.children):
        return False
    obj = next((c for c in verb.children if dep(c) == "obj" and c.i > verb.i), None)
    if obj is None or obj.lower_ in RELATIVE_PRONOUNS | {"what"} or any(
            t.lower_ in ("what", "which") for t in verb.doc[max(verb.i - 3, sent.start):verb.i]):
        return False
    if any(dep(c) in ("xcomp", "obj", "iobj") and c.i > obj.i for c in verb.children):
        return True  # 'called the truce a hoax' (a second object in the parse)
    if any(c.i == obj.i + 1 and c.pos_ == "ADJ" for c in obj.children):
        return True  # 'called the charges unsubstantiated'
    end = verb.right_edge.i + 1
    return any(t.text in QUOTE_OPENERS for t in verb.doc[verb.i + 1 : min(end, sent.end)])


def _overlaps(a: Range | None, b: Range | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _surface_chain(verb: Token, m: CueMatch) -> None:
    """'X cited three sources who said ...': read the chain from the words when the parse
    missed it; the source then runs from the citing verb to the relative pronoun."""
    doc = verb.doc
    lo = verb.sent.start
    rel = next((i for i in range(verb.i - 1, max(verb.i - 3, lo - 1), -1)
                if doc[i].lower_ in ("who", "that", "which")), None)
    if rel is None:
        return
    for j in range(rel - 1, max(rel - 14, lo - 1), -1):
        if doc[j].lower_ in chains.PASSING_ON_FORMS:
            if j + 1 >= rel:
                return
            outer = source_before(doc[j], verb.sent)
            m.source = (j + 1, rel)
            m.source_head = head_of(doc, j + 1, rel)
            m.via = [(head_of(doc, *outer), outer)] if outer is not None else []
            return
        if doc[j].text in (";", ":", ".") or doc[j].lower_ in ("who", "which"):
            return


def _is_passing_on(verb: Token) -> bool:
    doc = verb.doc
    rv = lx.reporting_verbs()
    prev = doc[verb.i - 1] if verb.i > verb.sent.start else None
    if prev is not None and prev.lower_ in ("which", "who", "that"):
        return True  # "according to X, which cited Y": a link of the chain, never a claim
    if verb.tag_ == "VBN" and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "by":
        return True  # "officials cited by the Levant Wire said …"
    if verb.lower_ in chains.CITING_FORMS and verb.i - 2 >= verb.sent.start \
            and doc[verb.i - 1].text == "," and rv.lemma(doc[verb.i - 2].lower_) \
            and is_verbal(doc[verb.i - 2]):
        return True  # "said, citing its own data, that …": an adjunct of the cue before it
    if verb.lower_ in chains.CITING_FORMS and _other_cue_in_sentence(verb):
        y = _cited_np(doc, verb.i + 1, verb.sent.end)
        if y is not None and chains.is_source_like(head_of(doc, *y)):
            return True  # "X reported, citing Y, that …": the chain of the sentence's cue
    for i in range(verb.i + 1, min(verb.i + 14, verb.sent.end - 1)):
        if doc[i].lower_ in ("who", "that") and rv.lemma(doc[i + 1].lower_):
            return True  # "cited three sources who said": read from the words
        if doc[i].text in (";", ":"):
            break
    obj = chains.cited_object(verb)
    if obj is None:
        return False
    if any(dep(c) == "acl" and is_verbal(c) for c in obj.children):
        return True  # "cited sources who said"
    return verb.lower_ in chains.CITING_FORMS and _has_reporting_head(verb)


def _other_cue_in_sentence(verb: Token) -> bool:
    rv = lx.reporting_verbs()
    sent = verb.sent
    for t in verb.doc[max(sent.start, verb.i - 30) : min(sent.end, verb.i + 30)]:
        if t != verb and t.lower_ not in chains.PASSING_ON_FORMS and is_verbal(t) \
                and t.tag_ != "VBG" and rv.lemma(t.lower_) is not None:
            return True
    return False


def surface_citing(verb: Token, m: CueMatch, sent: Span) -> None:
    """'X reported, citing Y, that …', 'X, citing Y, reported …', 'Citing Y, X reported …',
    'X said …, citing Y': Y is the source and X passed it on, read from the words."""
    doc = verb.doc
    lo, hi = sent.start, sent.end
    y = None
    i = m.cue[1]
    if i + 1 < hi and doc[i].text == "," and doc[i + 1].lower_ in chains.CITING_FORMS:
        y = _cited_np(doc, i + 2, hi)  # reported, citing Y, that …
    j = verb.i - 1
    while y is None and j >= lo and doc[j].pos_ in ("ADV", "AUX", "PART"):
        j -= 1
    if y is None and j > lo and doc[j].text == ",":  # X, citing Y, reported
        k = j - 1
        while k > lo and doc[k].text != ",":
            k -= 1
        if doc[k].text == "," and doc[k + 1].lower_ in chains.CITING_FORMS:
            y = _cited_np(doc, k + 2, j)
            if y is not None and m.source is None:  # the parse hung X on "citing"
                x = source_before(doc[k], sent)
                if x is not None:
                    m.source, m.source_head = x, head_of(doc, *x)
    if y is None and doc[lo].lower_ in chains.CITING_FORMS and lo < verb.i:  # Citing Y, X …
        y = _cited_np(doc, lo + 1, verb.i)
    if y is None:  # X said …, citing Y.
        for k in range(verb.i + 2, hi - 1):
            if doc[k].lower_ in chains.CITING_FORMS and doc[k - 1].text == ",":
                y = _cited_np(doc, k + 1, hi)
                break
    if y is None or m.source is None:
        return
    if m.via:  # the parse found the chain: keep it, with the whole noun phrase of Y
        if y[0] <= m.source[0] and m.source[1] <= y[1]:
            m.source = y
        return
    if _overlaps(y, m.source):
        return
    head = head_of(doc, *y)
    if not chains.is_source_like(head):
        return  # "resigned, citing health reasons"
    m.via = [(m.source_head, m.source)]
    m.source, m.source_head = y, head


def _cited_np(doc, a: int, b: int) -> tuple[int, int] | None:
    """The noun phrase after "citing", up to a comma, "that" or the end."""
    e = a
    while e < b and doc[e].text not in (",", ";", ":", ".", "—", "–") and not (
            doc[e].lower_ == "that" and e > a):
        e += 1
    while e > a and (doc[e - 1].is_punct or doc[e - 1].is_space):
        e -= 1
    if e <= a or e - a > 12:
        return None
    return a, e


def cited_by(m: CueMatch) -> None:
    """'Three officials cited by the Levant Wire said …': the outlet is the intermediary."""
    if m.source is None or m.via:
        return
    a, b = m.source
    doc = m.source_head.doc
    for i in range(a + 1, b - 2):
        if doc[i].lower_ in chains.PASSING_ON_FORMS and doc[i + 1].lower_ == "by":
            outer = (i + 2, b)
            m.via = [(head_of(doc, *outer), outer)]
            m.source = (a, i)
            m.source_head = head_of(doc, a, i)
            return


def _be_passive(verb: Token) -> bool:
    """'is understood', 'was reported': a participle with a form of 'be' as its auxiliary."""
    return verb.tag_ == "VBN" and any(
        dep(c) == "aux" and c.lower_ in ("is", "was", "are", "were", "been", "be", "being", "'s")
        for c in verb.children)


def _has_reporting_head(verb: Token) -> bool:
    return verb.head != verb and lx.reporting_verbs().lemma(verb.head.lower_) is not None


def _find_source(verb: Token, m: CueMatch) -> None:
    subj = subject_of(verb)
    passive = subj is not None and (subdep(subj).endswith("pass") or dep(subj) == "expl"
                                    or subj.lower_ == "it" and _be_passive(verb))
    if subj is None:
        subj = children(verb, "expl")[0] if children(verb, "expl") else None
        passive = subj is not None
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and dep(verb) != "acl":
        subj = None  # a misparse: the speaker is read from the words before the verb
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
            # "It was reported that …", "It is understood that …": the text names no one.  The
            # source stays empty (no text, no offsets, type unknown) rather than pointing at
            # "it", which is no mention of anyone, or borrowing a speaker from a nearby cue:
            # a reader can tell an unattributed claim from an attributed one.
            m.confidence = 0.6
            m.agentless = True
            return
    if _quoted_as_saying_surface(verb, m):
        return
    saying = chains.quoted_as_saying(verb)
    if saying is not None:
        y, x = saying
        m.source_head, m.source = y, np_range(y)
        m.via.append((x, np_range(x)))
        return
    if verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].pos_ == "PROPN" and (
            subj is None or subj.i != verb.i - 1) and not is_temporal([verb.doc[verb.i - 1]]):
        # 'footage of Ana Ruiz saying …': the name right before the participle says it
        a = verb.i - 1
        while a > 0 and verb.doc[a - 1].pos_ == "PROPN" and verb.doc[a - 1].is_title:
            a -= 1
        m.source_head, m.source = verb.doc[verb.i - 1], (a, verb.i)
        m.confidence = 0.7
        return
    if subj is None and _speaker_conjunct(verb):
        subj = subject_of(verb.head.head) or inherited_subject(verb.head.head)
        m.confidence = 0.7
    if subj is None:
        subj = inherited_subject(verb)
        m.confidence = 0.7
        if subj is not None and subj.lower_ in RELATIVE_PRONOUNS:
            subj = None  # 'a diplomat who asked not to be named said': read from the words
    if subj is None:
        return
    m.source_head, m.source = subj, np_range(subj)
    doc = verb.doc
    b = m.source[1]
    while b < verb.i and m.source[0] < verb.i and doc[b].is_title and doc[b].pos_ == "PROPN":
        b += 1  # 'Defence Secretary Omar Haidari told': a name the parse cut in two
    if b == verb.i or b > m.source[1] and doc[b].pos_ in ("ADV", "AUX"):
        m.source = (m.source[0], b)
    outlet = chains.told_outlet(verb, chains.is_outlet_like) if m.lemma == "tell" else None
    if outlet is not None:  # "Y told X (an outlet) that ...": Y is the source, X passed it on
        oa, ob = np_range(outlet)
        m.via.append((outlet, (oa, min(ob, chains.name_end(outlet)))))
    cited = chains.citing_clause(verb)
    if cited is not None:  # "X reported, citing Y, that ...": Y is the source, X passed it on
        _, y = cited
        m.via.append((subj, m.source))
        m.source_head, m.source = y, np_range(y)


def _find_content(verb: Token, lemma: str, m: CueMatch, rv: lx.ReportingVerbs, sent: Span):
    """Content of a cue that leads its content: a quotation, a clause, or an object."""
    doc = verb.doc
    s1 = sent.end
    while s1 > sent.start and (doc[s1 - 1].is_punct and doc[s1 - 1].text not in QUOTE_CLOSERS
                               or doc[s1 - 1].is_space):
        s1 -= 1
    k = m.cue[1]
    if lemma in ("tell", "inform", "brief", "ask"):  # 'told reporters: "…"'
        k = _addressee_end(doc, k, s1)
        if k == m.cue[1] or k >= sent.end or doc[k].text not in (",", ":") + tuple(QUOTE_OPENERS):
            k = m.cue[1]
    while k < sent.end and doc[k].is_punct and doc[k].text not in QUOTE_OPENERS:
        k += 1
    if k < sent.end and doc[k].text in QUOTE_OPENERS and not _fragment_leads(doc, k, s1):
        m.quote_after = max(doc[k].idx - 1, 0)  # 'He said: "..."'
        return
    q = _quote_after_adjunct(doc, k, s1)
    if q is not None:  # 'saying during the debate last week, “That makes me smart,”'
        m.quote_after = max(doc[q].idx - 1, 0)
        return
    if k >= s1:  # 'He said:' and the quotation opens the next sentence
        last = doc[sent.end - 1]
        m.quote_after = last.idx + len(last.text) - 1
        return
    frames = [c for c in verb.children
              if dep(c) in CONTENT_FRAMES and c.i > verb.i and c != m.source_head]
    start = min(f.left_edge.i for f in frames) if frames else None
    start = max(start, m.cue[1]) if start is not None else None
    if start is not None and start > m.cue[1] and lemma not in _ADDRESSEE_LEMMAS and any(
            dep(c) == "obj" and c.left_edge.i == m.cue[1] and c.right_edge.i + 1 == start
            for c in verb.children):
        start = m.cue[1]  # 'saying [the talks] [were over]': the parse split the clause
    if start is None and _object_control(verb):
        start = m.cue[1]  # 'warned the militia to stay away': the directive is the content
    that = _that_within(doc, m.cue[1], s1)
    if that is not None and (start is None or that <= start + 4 or lemma in rv.object_content):
        start = that
    elif lemma in rv.object_content:
        start = m.cue[1]
    if start is not None:
        # "said Tuesday that ...", "said, however, that ...": the clause starts after "that"
        for i in range(start, min(start + 4, s1)):
            if doc[i].lower_ == "that" and doc[i].pos_ in ("SCONJ", "ADP"):
                start = i + 1
                break
            if _finite(doc[i]) or doc[i].pos_ in ("NOUN", "PRON", "DET") and doc[i].tag_ != "NNP":
                break
    if start is None:
        for i in range(m.cue[1], min(m.cue[1] + 9, s1)):
            if _clause_taking_noun(doc, m.cue[1], i, lx.word_set("cue_nouns.txt")):
                break  # the that-clause is the noun's
            if doc[i].lower_ == "that" and doc[i].pos_ in ("SCONJ", "ADP", "PRON"):
                start = i + 1
                break
            if doc[i].text in QUOTE_OPENERS or _finite(doc[i]):
                break
    if start is None:
        rest = doc[m.cue[1] : s1]
        has_clause = any(_finite(t) or t.tag_ in ("VBD", "VBN") and t.i - 1 >= rest.start
                         and doc[t.i - 1].pos_ in ("NOUN", "PROPN", "PRON") for t in rest)
        takes_object = lemma in rv.object_content
        if takes_object or (has_clause and len(rest) >= 3):
            start = m.cue[1]
            if lemma in ("tell", "inform", "brief"):
                start = _after_addressee(verb, start, s1)
    if start is not None and lemma == "tell":
        for _, (va, vb) in m.via:  # 'told the Meridian Ledger the delegation would …'
            if va <= m.cue[1] + 1 and vb > start:
                start = vb
    if start is not None:
        start = _past_verb_modifiers(verb, start, s1)
    if start is None or start >= s1:
        return
    end = s1
    if subdep(verb) == "advcl" and start < verb.right_edge.i + 1 < s1:
        # 'After a newspaper reported that X, no list has been agreed': a cue in a
        # subordinate clause says no more than its clause
        end = verb.right_edge.i + 1
        while end > start + 1 and doc[end - 1].is_punct and doc[end - 1].text not in QUOTE_CLOSERS:
            end -= 1
    if lemma in rv.object_content and start == m.cue[1] and not frames:
        end = min(end, _object_end(verb, start, s1))
    m.content = _cut_nested_cues(verb, start, end)


_BREAKS = (",", "—", "–", "--")
_ADDRESSEE_LEMMAS = frozenset({"tell", "inform", "brief", "ask", "assure", "remind", "warn",
                               "urge", "advise", "notify"})


def _quote_after_adjunct(doc, k: int, s1: int) -> int | None:
    """The quote opener after a short phrase of the cue's own and a comma: 'said on Tuesday,
    “…”', 'saying during the debate last week, “…”'."""
    for j in range(k, min(k + 9, s1 - 1)):
        t = doc[j]
        if t.text in QUOTE_OPENERS or t.text in QUOTE_CLOSERS or _finite(t) or \
                t.lower_ in ("that", "if", "whether") or t.pos_ in ("VERB", "AUX", "PRON"):
            return None
        if t.text in (",", ":") and j > k:
            nxt = doc[j + 1]
            return j + 1 if nxt.text in QUOTE_OPENERS and not _fragment_leads(doc, j + 1, s1) \
                and (doc[k].pos_ in ("ADP", "ADV") or is_temporal(list(doc[k:j]))) else None
    return None


def _fragment_leads(doc, k: int, s1: int) -> bool:
    """'said "budget reforms" and new levies would help': a quoted fragment right after the
    cue with the clause going on after it, so the content is the clause (mixed), not a
    quotation.  A punctuation mark before the quote ('said: "…"') makes it a quotation."""
    if k == 0 or doc[k - 1].is_punct:
        return False
    for j in range(k + 1, min(k + 8, s1)):
        if doc[j].text in QUOTE_CLOSERS or doc[j].text in QUOTE_OPENERS:
            if j == k + 1 or doc[j - 1].is_punct:
                return False  # '"… work,"' closes a quotation, not a fragment
            return j + 1 < s1 and not doc[j + 1].is_punct
    return False


def _object_end(verb: Token, start: int, s1: int) -> int:
    """Where an object content ends: 'praised the proposals to cut fees[, which include …]',
    'condemned the launch [as the summit opened]', 'endorsed Ana Ruiz for mayor[, another
    sign of …]'.  The parse attaches a noun's modifiers to the verb too often to trust the
    object's subtree, so only clear breaks end it: an adverbial clause of the verb, a
    non-restrictive relative clause, or a comma before a phrase of the verb's own."""
    doc = verb.doc
    obj = next((c for c in verb.children if c.i >= start and dep(c) in ("obj", "iobj", "xcomp")),
               None)
    if obj is None:
        return s1
    end = s1
    for c in verb.children:
        if c.i <= obj.i or c.left_edge.i <= obj.i:
            continue
        lead = c.left_edge.i
        comma = doc[lead].text in _BREAKS or lead > start and doc[lead - 1].text in _BREAKS
        if _to_clause_after(c, obj) or _reason_after(c, obj):
            continue  # 'asked the council to delay the vote', 'criticized X for shooting Y'
        if dep(c) == "advcl" and any(dep(g) == "mark" for g in c.children) or (
                comma and dep(c) in ("obl", "advcl", "appos", "parataxis", "dep", "obj",
                                     "nsubj")):
            end = min(end, lead)
    for c in sorted(verb.children, key=lambda c: -c.i):
        # 'endorsed Ana Ruiz for mayor [on Thursday]': when it was said, not what
        if c.i > obj.i and c.left_edge.i > obj.i and subdep(c) in ("obl", "obl:tmod") and \
                c.right_edge.i + 1 >= end and is_temporal(list(doc[c.left_edge.i : c.right_edge.i + 1])):
            end = c.left_edge.i
    for i in range(obj.i + 1, end - 1):
        # ', which include …', ', who took heat …': the writer's description of the object
        if doc[i].text in _BREAKS and doc[i + 1].lower_ in ("which", "who", "whose", "whom"):
            end = i
            break
    while end > start + 1 and (doc[end - 1].is_punct and doc[end - 1].text not in QUOTE_CLOSERS
                               or doc[end - 1].pos_ == "CCONJ"):
        end -= 1
    return end


def _title_phrase_end(doc, start: int, end: int) -> int | None:
    """'on “Morning Desk,”': a preposition and a quoted title closed with a comma; the token
    after the comma (the parse may hang such a phrase anywhere)."""
    if doc[start].pos_ != "ADP" or start + 1 >= end or doc[start + 1].text not in QUOTE_OPENERS:
        return None
    for k in range(start + 2, min(start + 12, end - 1)):
        if doc[k].text in QUOTE_CLOSERS or doc[k].text in QUOTE_OPENERS:
            if doc[k - 1].text == ",":
                return k + 1
            if doc[k + 1].text == ",":
                return k + 2
            return None
    return None


def _past_verb_modifiers(verb: Token, start: int, end: int) -> int:
    """'said on “Morning Desk,” the plan …', 'said in an interview, the plan …': a phrase of the
    cue's own (where, when it was said) that the content would otherwise start with."""
    doc = verb.doc
    for _ in range(3):
        if start >= end:
            break
        tok = doc[start]
        title_end = _title_phrase_end(doc, start, end)
        if title_end is not None:
            start = title_end
            continue
        mod = next((c for c in verb.children if c.i > verb.i and c.left_edge.i == start
                    and dep(c) in ("obl", "prep", "npadvmod", "advmod")), None)
        if mod is None:
            break
        k = mod.right_edge.i + 1
        while k < end and (doc[k].text in QUOTE_CLOSERS or doc[k].is_space):
            k += 1
        if k < end and doc[k].text != "," and is_temporal(list(doc[start:k])) and any(
                dep(c) in ("obj", "ccomp") and c.left_edge.i == k for c in verb.children):
            start = k  # 'announced on Friday the names of …'
            continue
        if k >= end or doc[k].text != "," or tok.pos_ not in ("ADP", "NOUN", "PROPN", "ADV"):
            break
        start = k + 1
    return start


def _clause_taking_noun(doc, a: int, i: int, cue_nouns) -> bool:
    """'rejected the claim that …' (the clause is the noun's), unlike 'said in a statement
    that …' (a setting: the clause is the verb's)."""
    if doc[i].lower_ not in cue_nouns or doc[i].pos_ != "NOUN":
        return False
    return not any(doc[k].pos_ == "ADP" for k in range(a, i))


def _that_within(doc, a: int, b: int, window: int = 9) -> int | None:
    """Start of a "that"-clause opening within ``window`` tokens after the cue, with no other
    clause in between ("reported, citing an official, that ...")."""
    cue_nouns = lx.word_set("cue_nouns.txt")
    t = a
    while t < min(a + 5, b) and doc[t].text != "," and not _finite(doc[t]) \
            and doc[t].pos_ in ("ADP", "NOUN", "PROPN", "DET", "ADJ", "NUM", "ADV"):
        t += 1  # 'reported on Sunday, citing …'
    if t > a and t + 1 < b and doc[t].text == "," and doc[t + 1].lower_ in chains.CITING_FORMS \
            and is_temporal(list(doc[a:t])):
        a = t
    if a + 1 < b and doc[a].text == "," and doc[a + 1].lower_ in chains.CITING_FORMS:
        k = a + 2  # "reported, citing two diplomats familiar with the talks, that …"
        while k < min(a + 16, b) and doc[k].text != ",":
            k += 1
        if k + 1 < b and doc[k].text == "," and doc[k + 1].lower_ == "that":
            return k + 2
    for i in range(a, min(a + window, b)):
        if _clause_taking_noun(doc, a, i, cue_nouns):
            return None  # 'rejected the claim that …': the clause is the noun's
        if doc[i].lower_ == "that" and doc[i].pos_ in ("SCONJ", "ADP"):
            return i + 1
        if doc[i].text in QUOTE_OPENERS or _finite(doc[i]) or doc[i].tag_ in ("VB", "VBG"):
            return None  # 'blasted the ministry for failing to make clear that …'
    return None


def _after_addressee(verb: Token, start: int, end: int) -> int:
    """'told reporters the talks failed': the content starts after the addressee."""
    doc = verb.doc
    if start < end and doc[start].lower_ == "that":
        return start
    for c in verb.children:
        if dep(c) in ("obj", "iobj") and c.i >= start and c.right_edge.i + 1 < end \
                and c.right_edge.i - start < 6:
            return min(c.right_edge.i + 1, end)
    k = _addressee_end(doc, start, end)  # the parse missed it: a short noun phrase
    if k > start and any(_finite(t) for t in doc[k:end]):
        return k
    return start


def _addressee_end(doc, a: int, b: int) -> int:
    """End of a short addressee noun phrase at ``a`` ('reporters', 'the Meridian Ledger',
    'a news conference'), or ``a`` when there is none."""
    k = a
    if k < b and doc[k].lower_ in ("the", "a", "an"):
        k += 1
    while k < b and k - a < 5 and doc[k].pos_ == "ADJ":
        k += 1
    n = k
    while k < b and k - a < 6 and (doc[k].pos_ in ("NOUN", "PROPN", "PRON") or
                                   doc[k].tag_ in ("NNP", "NNPS", "NNS", "NN", "PRP")):
        k += 1
        if doc[k - 1].pos_ == "PRON" or doc[k - 1].tag_ == "NNS" and not (
                k < b and doc[k].tag_ in ("NNS", "NN") and doc[k].pos_ != "DET"):
            break
    return k if k > n else a


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


def _object_control(verb: Token) -> bool:
    """'warned the militia to stay away', 'told the envoys to wait': an object, then a
    to-infinitive of the verb's own."""
    objs = [c for c in verb.children if dep(c) in ("obj", "iobj") and c.i > verb.i]
    return bool(objs) and any(_to_clause_after(c, objs[0]) for c in verb.children)


def _reason_after(c: Token, obj: Token) -> bool:
    """'criticized the chief for shooting …', 'accused Ruiz of hiding …', 'dismissed the plan
    as being …': what the object is blamed for or taken as, a clause with no subject."""
    doc = c.doc
    lead = c.left_edge.i
    return dep(c) == "advcl" and lead == obj.right_edge.i + 1 and \
        doc[lead].lower_ in ("for", "of", "as") and \
        not any(dep(g) in ("nsubj", "nsubj:pass") for g in c.children)


def _to_clause_after(c: Token, obj: Token) -> bool:
    """A to-infinitive right after the object (xcomp, or advcl in a misparse)."""
    return dep(c) in ("xcomp", "advcl") and c.left_edge.i == obj.right_edge.i + 1 and \
        c.left_edge.lower_ == "to"


def _speaker_conjunct(tok: Token) -> bool:
    """'said it was opposed to the test and warned the militia …': a reporting verb joined to
    the head of a content clause, with no subject of its own and a tense the clause's head does
    not share, is the speaker's next act, not part of what was said."""
    head = tok.head
    if dep(tok) != "conj" or tok.tag_ not in ("VBD", "VBZ") or dep(head) != "ccomp" \
            or subject_of(tok) is not None:
        return False
    rv = lx.reporting_verbs()
    if not rv.lemma(tok.lower_) or not rv.lemma(head.head.lower_) or tok.tag_ != head.head.tag_:
        return False  # 'said Hamas is not … but expects …': the cue's tense, or the content's
    if any(g.lower_ in ("had", "has", "have", "'d", "'ve") for g in head.children):
        return False  # 'had watched … and thought': the perfect covers both
    return head.tag_ != tok.tag_ or any(dep(g) in ("aux", "aux:pass", "cop") for g in head.children)


def _joined_clause(conj: Token) -> bool:
    """'said "budget reforms" and new levies would help': a conjunct with a subject noun of its
    own and no comma before its 'and' goes on with what was said ('… and that X' too); 'said
    X, and she also warned' and 'said X and warned Y' are the speaker's own new clauses."""
    doc = conj.doc
    subj = [g for g in conj.children if dep(g) in ("nsubj", "nsubj:pass") and g.i < conj.i]
    if not subj or subj[0].pos_ == "PRON":
        return False
    lead = conj.left_edge.i
    return lead > 0 and doc[lead].pos_ == "CCONJ" and doc[lead - 1].text not in _BREAKS + (";",)


def other_voice(doc, i: int, b: int) -> bool:
    """', while two diplomats said …', ', though he cautioned …' at doc[i]: a contrast that
    brings in a claim of its own."""
    rv = lx.reporting_verbs()
    return doc[i].lower_ in ("while", "whereas", "though", "although") and i > 0 and \
        doc[i - 1].text == "," and any(rv.lemma(u.lower_) and u.pos_ in ("VERB", "AUX")
                                       for u in doc[i + 1 : b])


def _cut_nested_cues(verb: Token, a: int, b: int) -> tuple[int, int]:
    """End the content before a trailing ", citing ..." or ", adding ..." that is a cue of its
    own, or before a semicolon."""
    rv = lx.reporting_verbs()
    doc = verb.doc
    for c in verb.children:
        # 'said the talks would resume, but she also warned …': a conjunct of the cue's own
        # verb is a new clause of the speaker's, not part of what was said
        if dep(c) == "conj" and a < c.i < b and a < c.left_edge.i and not any(
                dep(g) == "mark" for g in c.children) and not _joined_clause(c):
            b = c.left_edge.i
            while b > a + 1 and (doc[b - 1].is_punct and doc[b - 1].text not in QUOTE_CLOSERS
                                 or doc[b - 1].pos_ == "CCONJ"):
                b -= 1
    for t in doc[a:b]:
        if t.head.head == verb and t.left_edge.i > a and _speaker_conjunct(t):
            b = t.left_edge.i  # 'said it was opposed to the test and warned the militia …'
            while b > a + 1 and (doc[b - 1].is_punct and doc[b - 1].text not in QUOTE_CLOSERS
                                 or doc[b - 1].pos_ == "CCONJ"):
                b -= 1
            break
    for i in range(a + 1, b):
        t = doc[i]
        if t.text == ";":
            return a, i
        prev = i - 1
        while prev > a and doc[prev].text in QUOTE_CLOSERS:
            prev -= 1
        if t.tag_ == "VBG" and rv.lemma(t.lower_) and doc[prev].text == "," and t != verb:
            return a, prev
        if other_voice(doc, i, b):
            return a, prev  # '…, while two diplomats said …': another source's claim
        if t.lower_ == "according" and doc[prev].text == "," and i + 1 < b \
                and doc[i + 1].lower_ == "to":
            return a, prev  # "…, according to Radio Sawt": the outlet passed it on
    return a, b


def according_to_chains(cues: list[CueMatch]) -> list[CueMatch]:
    """'Officials said the ferry would not sail, according to Radio Sawt': one claim of the
    officials, passed on by the outlet, instead of two."""
    drop = set()
    for k, p in enumerate(cues):
        if p.lemma != "according to" or p.content is None or p.content[1] > p.cue[0]:
            continue
        inner = [v for v in cues if v is not p and v.source is not None and not v.via
                 and p.content[0] <= v.cue[0] < p.content[1] and v.lemma not in (":", "―")
                 and v.lemma != "according to"]
        if not inner or p.source is None or p.source_head is None:
            continue
        v = inner[-1]
        v.via = [(p.source_head, p.source)]
        drop.add(k)
    return [c for k, c in enumerate(cues) if k not in drop]
