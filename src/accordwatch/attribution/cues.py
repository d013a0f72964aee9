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

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Span, Token

from accordwatch.attribution import chains
from accordwatch.attribution import lexicons as lx
from accordwatch.attribution.contents import (
    BREAKS,
    CONTENT_FRAMES,
    _that_within,
    cut_nested_cues,
    find_content,
    infinitive_goes_on,
    object_tail_end,
    setting_comma,
    setting_phrase,
    speaker_conjunct,
)
from accordwatch.attribution.spans import (
    DATELINE,
    NAME_LINKS,
    RELATIVE_PRONOUNS,
    children,
    dep,
    inherited_subject,
    is_verbal,
    np_range,
    subdep,
    subject_of,
)
from accordwatch.attribution.surface import (
    BE_FORMS,
    QUOTE_CLOSERS,
    QUOTE_OPENERS,
    TEMPORAL_WORDS,
    Shape,
    _finite,
    after_quote,
    cue_shape,
    head_of,
    is_temporal,
    opening_participle_end,
    opening_participle_subject,
    source_before,
)

Range = tuple[int, int]


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
    # 'Hamas's rejection of …', 'In the latest poll, …': a stance noun's possessor or figures
    # framing the sentence, never the speaker a later cue of the sentence inherits
    not_speaker: bool = False
    # 'Hamas was accused of …': a passive whose subject is the one accused or told, no speaker
    passive_subject: bool = False
    # 'stopped short of saying …', 'refrained from calling …': the speaker did not say it
    held_back: bool = False


def find_cues(sent: Span, closer_ends: frozenset[int] = frozenset()) -> list[CueMatch]:
    """Cues of ``sent``; ``closer_ends`` are the doc character offsets where a closed
    quotation ends (see ``surface.after_quote``)."""
    from accordwatch.attribution.cue_phrases import (
        in_findings_cue,
        made_clear_cue,
        misparsed_accusation,
        misparsed_evidence_verb,
        noun_cue,
        preposition_cue,
        stance_noun_cue,
    )
    from accordwatch.attribution.punctuation_cues import colon_verb_cue

    out: list[CueMatch] = []
    rv = lx.reporting_verbs()
    preps = lx.phrase_tuples("attribution_prepositions.txt")
    cue_nouns = lx.word_set("cue_nouns.txt")
    for tok in sent:
        low = tok.lower_
        if low == "according" or (low in ("as", "in") and tok.i + 1 < sent.end):
            m = preposition_cue(tok, sent, preps) or (
                in_findings_cue(tok, sent) if low == "in" else None)
            if m is not None:
                out.append(m)
                continue
        lemma = rv.lemma_before(low, tok.nbor().text if tok.i + 1 < sent.end else None)
        if low in rv.phrasal and (tok.i + 1 >= sent.end
                                  or tok.nbor().lower_ not in rv.phrasal[low]):
            gap = particle_after(tok, sent, rv)
            if gap is not None:
                lemma = rv.phrasal[low][tok.doc[gap].lower_]  # 'spoke out Tuesday about …'
        verbal = is_verbal(tok) or lemma is not None and (
            _ends_headline(tok, sent) or _noun_with_subject_and_infinitive(tok))
        if tok.i + 1 < sent.end and tok.nbor().text == ":" and (
                lemma is None or not is_verbal(tok)):
            m = colon_verb_cue(tok, sent)
            if m is not None:
                out.append(m)
                continue
        if lemma is not None and verbal and (
                dep(tok) not in ("amod", "compound", "nmod") or _right_after_quote(tok, closer_ends)
                or _ends_headline(tok, sent)
                or tok.tag_ in ("VBD", "VBZ", "VBP") and dep(tok) == "amod" or low == "told"
                or progressive_be(tok) > 0) \
                and not _in_anonymity_phrase(tok) and not _opening_participle(tok, sent):
            m = _verb_cue(tok, lemma, sent, rv, closer_ends)
            if m is not None:
                _past_dateline(tok, m, sent)  # whatever rule set the source
            if m is not None and lemma in rv.document_subject and not _evidence(m):
                m = None  # 'the need for a force showed …': documents and figures show
            if m is not None and lemma in rv.agent_subject and not _agent(m):
                m = None  # 'the cut would encourage investors to …': a thing, no speaker
            if m is not None:
                out.append(m)
        elif (m := made_clear_cue(tok, sent)) is not None \
                or (m := misparsed_evidence_verb(tok, sent)) is not None \
                or (m := misparsed_accusation(tok, sent)) is not None \
                or tok.pos_ == "NOUN" and (m := stance_noun_cue(tok)) is not None:
            out.append(m)
        elif low in cue_nouns and tok.pos_ == "NOUN":
            m = noun_cue(tok)
            if m is not None:
                out.append(m)
    for tok in sent:
        if tok.lower_ in _HEARSAY_ADVERBS and tok.pos_ == "ADV" and not any(
                m.content is not None and m.content[0] <= tok.i < m.content[1]
                or m.cue[0] <= tok.i < m.cue[1] or m.cue[0] <= tok.head.i < m.cue[1]
                for m in out):  # 'Velno reportedly told aides that …' is Velno's claim
            m = _hearsay_adverb(tok, sent)
            if m is not None:
                out.append(m)
    # 'Police said the suspect is believed to have fled', '…, the Herald reported': hearsay
    # with no one named inside a sentence that names a speaker is that speaker's
    hearsay = [m for m in out if m.agentless and m.enclosing
               and (m.lemma in _HEARSAY_ADVERBS or m.lemma in ("believe", "think"))]
    if hearsay and len(out) > len(hearsay):
        out = [m for m in out if m not in hearsay]
    # 'declared support for the quota': the stance noun's claim, not the verb's as well
    light = {m.cue[0] for m in out if m.cue[1] - m.cue[0] > 1 and m.not_speaker}
    return [m for m in out if not (m.cue[1] - m.cue[0] == 1 and m.cue[0] in light)]


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


def progressive_be(tok: Token) -> int:
    """'is warning', 'are still urging': a present participle after a form of 'be' is the
    verb of its clause, whatever the parse hung it on (it often reads 'warning voters' as a
    compound noun).  The index of the form of 'be', or 0 when there is none."""
    if tok.tag_ != "VBG":
        return 0
    k = tok.i - 1
    while k > tok.sent.start and tok.doc[k].tag_ == "RB":
        k -= 1
    if not (k > tok.sent.start and tok.doc[k].lower_ in BE_FORMS and tok.doc[k].tag_ != "POS"):
        return 0
    j = k - 1
    while j >= tok.sent.start and tok.doc[j].pos_ in ("AUX", "ADV", "PART"):
        j -= 1
    return 0 if j >= tok.sent.start and tok.doc[j].lower_ == "there" else k  # 'There were warning signs'


def _opening_participle(tok: Token, sent: Span) -> bool:
    """'Asked about the deadline, Ilse Varga said …': a participle opening the sentence
    describes the speaker of the main verb; it is no claim of its own."""
    return tok.i == sent.start and tok.tag_ in ("VBN", "VBD") and tok.lower_ != "said" and not any(
        dep(c) == "aux" for c in tok.children)


def _trailing_with_subject(verb: Token, sent: Span, cue_end: int) -> bool:
    """A cue after its content with its subject before it ('…, Ruiz believes'); never the
    inverted order, which beliefs do not take ('…, analysts and think tanks')."""
    shape = cue_shape(verb, sent, cue_end)
    if shape.kind != "trailing" or shape.source is None or shape.source[1] > verb.i:
        return False  # not '…, Varga thought, but said nothing': the content ends at the cue
    doc = verb.doc
    first, head = doc[shape.source[0]], head_of(doc, *shape.source)
    return first.lower_ not in ("whatever", "whoever", "what") and (
        chains.is_source_like(head) or head.pos_ == "PROPN")  # not 'as everyone knows'


def _noun_with_subject_and_infinitive(tok: Token) -> bool:
    """'Ruiz's running mate, Mayor Ana Ruiz, plans to release …' with 'plans' tagged a plural
    noun: a subject and an infinitive, and no copula, make it a verb."""
    return tok.pos_ == "NOUN" and not any(dep(c) == "cop" for c in tok.children) and any(
        dep(c) == "nsubj" and c.i < tok.i for c in tok.children) and any(
        dep(c) == "xcomp" and c.i > tok.i and any(g.lower_ == "to" for g in c.children)
        for c in tok.children)


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
                doc[j].lower_ for j in range(a, a + len(phrase))) == phrase and not (
                phrase[0].endswith("ing") and (a == 0 or doc[a - 1].text != ",")):
            return True  # ', asking not to be named', not 'is asking not to be named in …'
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


_ASKING_FORMS = frozenset().union(*(lx.inflections(v) for v in ("ask", "press", "urge",
                                                                   "invite", "request")))


def _plural_states(verb: Token) -> bool:
    """'states' after a noun or adjective is the plural noun ('member states', 'swing states
    trump …') unless what follows is how a cue goes on: 'that', a colon, a quotation, or the
    end of a trailing cue ('…, the report states.')."""
    doc = verb.doc
    if verb.lower_ != "states" or verb.i == 0 or doc[verb.i - 1].pos_ not in (
            "NOUN", "ADJ", "PROPN"):
        return False
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return not (nxt is None or nxt.lower_ == "that" or nxt.text in (":", ",", ".")
                or nxt.text in QUOTE_OPENERS)


def _refused(verb: Token, rv: lx.ReportingVerbs) -> bool:
    """A verb under a refusal: 'declined to comment', 'refused to threaten X or declare Y'
    (the second infinitive hung on the infinitive or, bare, on the refusal itself)."""
    comp = verb
    while dep(comp) == "conj" and comp.head != comp:
        head = comp.head
        if comp.tag_ == "VB" and head.tag_ != "VB" and _refusal(head, rv):
            return True
        comp = head
    return dep(comp) == "xcomp" and comp.head != comp and _refusal(comp.head, rv)


_IMPERATIVE_LEADS = frozenset({"now", "just", "please", "so", "and", "but", "then", "perhaps",
                               "also", "simply", "always", "never", "don't", "do", "n't", "not",
                               "seriously", "first", "again", "maybe", "instead", "go", "ahead"})


def _imperative(verb: Token, sent: Span) -> bool:
    """'Don't blame the mayor.', 'Now tell us this is fair!', 'Blame the weather, officials
    said.': a base-form verb opening its sentence (after a few words of ``_IMPERATIVE_LEADS``
    or a conjoined imperative before it) with no subject asks the reader or quotes a request;
    no one says anything by it.  The tagger reads some imperatives as present verbs ('go'),
    which with no subject are imperatives too.  'Most say …' has a quantifier for subject,
    which the tagger may call an adverb, so only the listed words may lead."""
    if verb.tag_ not in ("VB", "VBP") or any(
            subdep(c) in ("nsubj", "nsubj:pass", "expl") for c in verb.children):
        return False
    head = verb
    while dep(head) == "conj" and head.head != head and head.head.i < head.i:
        head = head.head  # 'go a step further, and ask …'
    if head.tag_ not in ("VB", "VBP") or any(
            subdep(c) in ("nsubj", "nsubj:pass", "expl") or dep(c) == "aux" and c.lower_ != "do"
            for c in head.children):
        return False
    doc = verb.doc
    lead = [t for t in doc[sent.start : head.i] if not t.is_punct and not t.is_space]
    return all(t.lower_ in _IMPERATIVE_LEADS for t in lead)


def _writers_aside(verb: Token, sent: Span) -> bool:
    """A saying verb inside the writer's own link: a phrase of ``connectives.txt`` opening
    the sentence and followed by a comma ('Having said that, …', 'That said, …'), after
    'worth' ('It is worth noting that …': the writer points something out), 'goes without
    saying', and an infinitive that says what a way or a time is for."""
    doc = verb.doc
    if verb.i > sent.start and doc[verb.i - 1].lower_ == "worth":
        return True
    if verb.i > sent.start + 1 and doc[verb.i - 1].lower_ == "without" \
            and doc[verb.i - 2].lemma_.lower() == "go":
        return True  # 'It goes without saying that …'
    if dep(verb) == "acl" and verb.head.lower_ in _NOT_SAID_NOUNS and any(
            dep(c) == "mark" and c.lower_ == "to" for c in verb.children):
        return True  # 'a more transparent way to report profits': no one reports anything
    k = sent.start
    while k < verb.i and (doc[k].is_punct or doc[k].is_space):
        k += 1
    words = [t.lower_ for t in doc[k : min(sent.end, verb.i + 3)]]
    for phrase in lx.connective_phrases():
        n = len(phrase)
        if tuple(words[:n]) == phrase and k + n > verb.i and k + n < sent.end \
                and doc[k + n].text == ",":
            return True
    return False


_NP_QUANTIFIERS = frozenset({"all", "both", "most", "some"})  # 'all the figures'
_NP1_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"})


_NOT_SAID_NOUNS = frozenset({"way", "moment", "time", "day", "reason", "extent", "degree",
                             "manner", "place", "year", "week", "month"})


def _contact_relative(verb: Token, cue_end: int, sent: Span,
                      clause_verb: bool = False) -> tuple[Range, Range] | None:
    """A relative clause with no relative word whose gap is the cue's object ('the figures the
    ministry reported', 'the target it pledged to reach', 'rejected the cuts Varga announced'):
    the source and content ranges, or None.  The parse often misses these clauses, so they are
    read from the words: a noun phrase headed by a common noun, right after it the subject (a
    pronoun, a noun phrase with its article, or a name after an object), and the cue with no
    object or clause of its own.  ('Nothing the envoy said' would give a one-word content,
    which is no claim.)"""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    if any(dep(c) in ("obj", "ccomp", "iobj") or subdep(c) in ("nsubj:pass", "csubj")
           or dep(c) == "xcomp" and any(dep(g) in ("obj", "ccomp") for g in c.children)
           for c in verb.children):
        return None
    if cue_end < sent.end and doc[cue_end].lower_ in ("that", ":", "as", "so", "it", "this"):
        return None  # 'said as much', 'said so'
    nxt = cue_end
    while nxt < sent.end and doc[nxt].pos_ == "ADV":
        nxt += 1
    if nxt < sent.end and (doc[nxt].text in QUOTE_OPENERS or dep(doc[nxt]) == "obj"):
        return None
    if clause_verb and nxt < sent.end and (doc[nxt].pos_ == "AUX" or doc[nxt].tag_ in (
            "VBD", "VBZ", "VBP", "MD")):
        return None  # 'a provision they say could exclude …': the gap is the clause's subject
    k = verb.i - 1
    while k > sent.start and doc[k].pos_ in ("AUX", "PART", "ADV"):
        k -= 1  # 'the plan the minister has announced'
    b = k + 1
    t = doc[k]
    if t.tag_ == "PRP" and t.lower_ in ("it", "he", "she", "they", "we", "i", "you"):
        a = k
    elif t.pos_ == "PROPN":
        a = k
        while a - 1 > sent.start and (doc[a - 1].pos_ == "PROPN" or doc[a - 1].tag_ == "NNP"):
            a -= 1
        if a - 1 > sent.start and doc[a - 1].lower_ == "the":
            a -= 1  # 'the cuts the Sable Brigades announced'
        if not _object_noun_before(doc, a - 1, sent):
            return None  # 'The veteran negotiator Ivo Serra said': a role and a name
    elif t.pos_ == "NOUN":
        a = k
        while a - 1 > sent.start and doc[a - 1].pos_ in ("ADJ", "NOUN", "PROPN") \
                and doc[a - 1].tag_ != "PRP$":
            a -= 1
        if a - 1 < sent.start or doc[a - 1].lower_ not in ("the", "a", "an", "this", "that",
                                                            "these", "those", "its", "his",
                                                            "her", "their", "our", "my"):
            return None
        a -= 1
    else:
        return None
    h = a - 1  # the noun the clause hangs on
    if h < sent.start or is_temporal([doc[h]]):
        return None
    head = doc[h]
    if not (head.pos_ == "NOUN" and head.is_lower):
        return None  # 'Vice President Joseph Ruiz responded': a title, not a noun of its own
    if head.lower_ in _NOT_SAID_NOUNS:
        return None  # 'went the way the mayor promised': how, not what
    if head.lower_ in lx.word_set("person_roles.txt"):
        return None  # 'the spokesman Omar Haidari said': a role and a name are one person
    c = h
    while c - 1 >= sent.start and doc[c - 1].pos_ in _NP1_WORDS and doc[c - 1].tag_ != "PRP" \
            and not (doc[c - 1].pos_ == "PRON" and doc[c - 1].lower_ not in _NP_QUANTIFIERS):
        c -= 1
    if c - 1 > sent.start and doc[c - 1].text in (",", "—", "–") and head.lower_ in _CLAIM_NOUNS \
            and _clause_before(doc, c - 1, sent):
        # 'The army said it had hit a depot, a claim Hamas denied': what the clause says
        lo = sent.start
        while lo < c - 1 and (doc[lo].is_punct or doc[lo].is_space):
            lo += 1
        return (a, b), (lo, c - 1)
    if c - 1 >= sent.start and (doc[c - 1].pos_ == "ADP" or doc[c - 1].text in (",", "—", "–")):
        return None  # 'In March the council said': an adjunct; '…, the council said': trailing
    return (a, b), (c, h + 1)


def _clause_before(doc, comma: int, sent: Span) -> bool:
    """Whether a whole clause (a finite verb) comes before ``comma`` in the sentence."""
    return any(_finite(t) for t in doc[sent.start : comma])


def _object_noun_before(doc, h: int, sent: Span) -> bool:
    """'rejected the cuts Varga announced': the noun ending at ``h`` is the object of a verb
    before it (determiners and modifiers between), so the name after it starts a new clause."""
    k = h - 1
    while k >= sent.start and doc[k].pos_ in ("DET", "ADJ", "NOUN", "NUM") and doc[k].tag_ != "PRP$":
        k -= 1
    return doc[h].pos_ == "NOUN" and doc[h].is_lower and k >= sent.start and k < h - 1 \
        and (doc[k].pos_ == "VERB" and doc[k].tag_ in ("VBD", "VBZ", "VBP", "VB")
             or doc[k].text == "," and doc[h].lower_ in _CLAIM_NOUNS)


# '…, a claim Hamas denied': a noun set after a clause that stands for what the clause says
_CLAIM_NOUNS = frozenset({"claim", "claims", "allegation", "allegations", "charge", "charges",
                          "account", "assertion", "accusation", "version", "figure", "figures",
                          "assessment", "report", "reports"})


def _refusal(tok: Token, rv: lx.ReportingVerbs) -> bool:
    lemma = rv.lemma(tok.lower_)
    return lemma in rv.position and lemma in rv.negative


def _relative_subject_content(verb: Token, m: CueMatch, sent: Span) -> None:
    """'complicated files that he said would need careful management': the clause said has
    the relative pronoun as its subject, so what was said runs from the noun it stands for,
    around the cue ('he said'), to the end of the clause."""
    doc = verb.doc
    if m.content is None or m.source is None or m.content[0] != m.cue[1]:
        return
    rel = m.source[0] - 1
    first = doc[m.content[0]]
    comma = rel - 1 >= sent.start and doc[rel - 1].text == ","  # 'The plan, which Ruiz said …,'
    noun = rel - 2 if comma else rel - 1
    if noun < sent.start or doc[rel].lower_ not in ("that", "which", "who") \
            or doc[noun].pos_ not in ("NOUN", "PROPN") or not (first.tag_ == "MD" or _finite(first)):
        return
    a = doc[noun].left_edge.i
    while a < noun and doc[a].pos_ in ("ADP", "PUNCT"):
        a += 1
    end = m.content[1]
    if comma:  # the relative clause closes at its comma: 'was shelved' is the writer's
        end = next((k for k in range(m.content[0], end) if doc[k].text == ","), end)
    m.content, m.enclosing = (a, end), True


# verbs whose object is a proposition: after a clause, ', which X denied' is about the clause
_OF_PROPOSITIONS = frozenset({"deny", "dispute", "refute", "confirm", "acknowledge", "report",
                              "say", "admit", "concede", "verify"})
_HOLDING_BACK = frozenset({"avoid", "avoided", "avoids", "avoiding", "without"})


def _held_back(verb: Token, m: CueMatch) -> None:
    """'stopped short of saying the talks had failed', 'refrained from calling it a failure',
    'avoided naming the donors': what follows was not said; the cue takes in the words that
    say so and the claim is negated."""
    doc, i = verb.doc, verb.i
    if verb.tag_ != "VBG" or i < 1:
        return
    start = None
    if doc[i - 1].lower_ in _HOLDING_BACK:
        start = i - 1
    elif i >= 3 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ == "short" \
            and doc[i - 3].lemma_.lower() in ("stop", "fall"):
        start = i - 3
    elif i >= 2 and doc[i - 1].lower_ == "from" and doc[i - 2].lemma_.lower() in (
            "refrain", "abstain", "shy"):
        start = i - 2
    if start is not None and start >= verb.sent.start:
        m.cue, m.held_back = (start, m.cue[1]), True


def _object_relative(verb: Token, lemma: str, m: CueMatch, rv: lx.ReportingVerbs,
                     sent: Span) -> bool:
    """'The truce, which Ruiz praised, has held', 'the plan that Orn described as a trap': the
    relative pronoun is the cue's object, so what was said is the noun it stands for (or, after
    'described as', what the noun was called); never the sentence's own verb after the clause.
    Sets the content (None when there is nothing to claim) and returns True when it applies."""
    doc = verb.doc
    rel = next((c for c in verb.children if dep(c) == "obj" and c.i < verb.i
                and c.lower_ in ("which", "that", "whom")), None)
    if subdep(verb) not in ("acl:relcl", "acl") or rel is None or verb.head.i > rel.i \
            or any(dep(c) in ("ccomp", "xcomp") for c in verb.children):
        return False
    end = min(verb.right_edge.i + 1, sent.end)
    while end > verb.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    nxt = m.cue[1]
    as_what = nxt < end and doc[nxt].lower_ == "as" and lemma in _DESCRIBING
    if as_what or lemma in rv.naming:
        if as_what:
            m.cue = (m.cue[0], nxt + 1)
            nxt += 1
        # 'the plan that Orn described as a trap has seven points': the parse may run the
        # clause on into the sentence's own verb
        end = next((k for k in range(nxt + 1, end) if doc[k].tag_ in ("VBD", "VBZ", "VBP", "MD")
                    and doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ")), end)
        m.content = (nxt, end) if nxt < end else None
        return True
    comma = rel.i - 1
    if rel.lower_ == "which" and comma > sent.start and doc[comma].text == "," \
            and lemma in _OF_PROPOSITIONS and _clause_before(doc, comma, sent):
        # 'The army said it had hit a depot, which Hamas denied': what the clause says
        lo = sent.start
        while lo < comma and (doc[lo].is_punct or doc[lo].is_space):
            lo += 1
        m.content = (lo, comma)
        return True
    if lemma not in rv.object_content and lemma not in _STANCES_ON_A_NOUN:
        m.content = None  # 'the plan, which Orn said, …' says nothing on its own; 'the plans
        return True       # that your state offers' are no stance
    head = verb.head
    while dep(head) == "nmod" and head.head.pos_ == "NOUN" and head.head.i < head.i:
        head = head.head  # 'an overhaul of the justice system, which Orn championed'
    a, b = np_range(head, exclude=verb)
    while a < b and (doc[a].pos_ == "ADP" or doc[a].is_punct):
        a += 1  # 'in an on-air diatribe, which the network pointed to'
    m.content = (a, b) if b > a else None
    return True


# stances that a relative clause can take on the noun it hangs on ('the truce, which Hamas
# welcomed'); not 'offer', 'want', 'seek' ('the plans that your state offers')
_STANCES_ON_A_NOUN = frozenset({"welcome", "oppose", "reject", "back", "support", "favor",
                                "favour", "accept", "refuse", "rule out", "approve", "ratify",
                                "champion", "advocate", "promote"})


def _question_follows(doc, i: int, end: int) -> bool:
    """'asked the mayor, in tears, to resign', 'asked a simple question: who pays?': what
    was asked comes after the addressee."""
    while i < end and doc[i].text == ",":
        i += 1
    return i < end and (doc[i].lower_ == "to" or doc[i].text == ":" or doc[i].text in QUOTE_OPENERS)


# verbs that say what something is 'as' ('described as a safe exit', 'criticized as unfair')
_DESCRIBING = frozenset({"describe", "characterize", "characterise", "portray", "depict",
                         "criticize", "criticise", "condemn", "denounce", "praise", "hail",
                         "dismiss", "defend"})
_NOT_AS_WHAT = frozenset({"well", "much", "many", "if", "though", "soon", "long", "far"})


# what a draft lays down: a claim of the document in a clause of its own only
_LAYING_DOWN = frozenset({"envisage", "envision", "stipulate", "provide for", "set out"})


def _agent(m: CueMatch) -> bool:
    """A source that can speak or take a stance: a person, a group, an outlet, a name."""
    return m.source_head is not None and chains.is_source_like(m.source_head)


# words that may stand between a verb and its particle: 'spoke out about', 'warned again of',
# 'spoke Tuesday about' (a weekday or a day word too, see TEMPORAL_DAYS)
_BEFORE_PARTICLE = frozenset({"out", "publicly", "openly", "again", "repeatedly", "often",
                              "frequently", "privately", "candidly", "briefly", "loudly",
                              "forcefully", "strongly", "sharply", "also"})
TEMPORAL_DAYS = frozenset({"today", "yesterday", "monday", "tuesday", "wednesday", "thursday",
                           "friday", "saturday", "sunday"})


def particle_after(verb: Token, sent: Span, rv: lx.ReportingVerbs) -> int | None:
    """The index of the particle of a phrasal reporting verb when one or two adverbs ('out',
    'again', an -ly adverb) or a day stand between them ('spoke out about the levy'; not
    'warned again on Tuesday of …', where a phrase stands there), or None."""
    by_particle = rv.phrasal.get(verb.lower_, {})
    doc = verb.doc
    k = verb.i + 1
    while k < min(sent.end, verb.i + 3) and (
            doc[k].lower_ in _BEFORE_PARTICLE or doc[k].lower_ in TEMPORAL_DAYS
            or doc[k].tag_ == "RB" and doc[k].lower_.endswith("ly") and len(doc[k]) > 4):
        k += 1
    if k == verb.i + 1 or k >= sent.end or doc[k].lower_ not in by_particle:
        return None
    if k + 3 < sent.end and doc[k + 1].lower_ == "the" and doc[k + 3].lower_ == "time" \
            and doc[k + 2].lower_ in ("first", "second", "third", "fourth", "last", "next"):
        return None  # 'called again for the second time this week': when, not what
    return k


def _verb_cue(verb: Token, lemma: str, sent: Span, rv: lx.ReportingVerbs,
              closer_ends: frozenset[int] = frozenset()) -> CueMatch | None:
    cue = (verb.i, verb.i + 1)
    if " " in lemma:  # "point out", "call for": the particle must be there
        particle = lemma.split()[1]
        nxt = verb.doc[verb.i + 1] if verb.i + 1 < sent.end else None
        if nxt is not None and nxt.lower_ != particle:
            gap = particle_after(verb, sent, rv)
            nxt = verb.doc[gap] if gap is not None and verb.doc[gap].lower_ == particle else None
        if nxt is None or nxt.lower_ != particle:
            return None
        cue = (verb.i, nxt.i + 1)
        if lemma in rv.topic and _no_topic_after(verb.doc, nxt.i + 1, sent):
            # 'commented on Tuesday that …', 'warned about 300 families that …': a time or a
            # number, not what was spoken of; the verb alone is the cue, when it is one
            plain = rv.form_to_lemma.get(verb.lower_)
            if plain is None or plain == lemma:
                return None
            lemma, cue = plain, (verb.i, verb.i + 1)
    if dep(verb) in ("xcomp", "advcl") and verb.head.lower_ in _ASKING_FORMS \
            and verb.head.i < verb.i and verb.i > 0 and verb.doc[verb.i - 1].lower_ == "to":
        return None  # 'Asked to describe the device, Varga said …': the question, not a claim
    if _plural_states(verb):
        return None  # 'battleground states such as …', 'the interests of member states'
    if _imperative(verb, sent):
        return None  # 'Don't blame the mayor', 'Ask yourself whether …': the writer's request
    if _writers_aside(verb, sent):
        return None  # 'Having said that, …', 'It is worth noting that …': the writer's link
    if _refused(verb, rv):
        return None  # 'declined to comment', 'refused to say': the refusal is the claim
    if lemma in ("confirm", "verify") and any(
            t.lower_ == "independently" for t in verb.doc[max(sent.start, verb.i - 3) : verb.i + 2]):
        return None  # 'The Tidewire could not independently confirm the figure': the
        # publisher's caveat on its own sourcing, not a claim
    if lemma == "write" and verb.tag_ == "VBG" and verb.i == sent.start \
            and verb.i + 1 < sent.end and verb.doc[verb.i + 1].lower_ in ("in", "for"):
        return None  # 'Writing in the daily X, columnist Y argued …': where, not what
    if lemma in ("ask", "request") and re.match(
            r"(?:not )?to (?:be (?:identified|named|quoted|described|cited)|remain anonymous)\b",
            verb.doc[verb.i + 1 : min(verb.i + 6, sent.end)].text.lower()):
        return None  # 'who asked to be identified only by his first name': anonymity terms
    if _foreseen(verb):
        return None  # 'The board is expected to approve …': a forecast, nothing said or taken yet
    if lemma in _LAYING_DOWN and (dep(verb) not in ("root", "ccomp", "conj", "parataxis",
                                                    "advcl") or verb.tag_ == "VBN" and not any(
            dep(c) == "aux" for c in verb.children) or cue[1] >= sent.end
            or verb.doc[cue[1]].pos_ in ("ADP", "AUX", "VERB", "PUNCT")
            or verb.doc[cue[1]].lower_ in TEMPORAL_WORDS):
        return None  # 'the agreement set out in May', 'the accord, which provides for …'
    if verb.lower_ in chains.PASSING_ON_FORMS and _is_passing_on(verb):
        return None  # "cited three sources who said": a link in a chain, not a claim
    raised = _raising_passive(verb, lemma, sent)
    if raised is not None:
        return raised
    if lemma in rv.regarding:
        return _regarding_cue(verb, lemma, cue, sent)
    if lemma in rv.clause_only and not _has_clause(verb, sent, lemma in rv.infinitive) and (
            verb.tag_ == "VBG" or not _trailing_with_subject(verb, sent, cue[1])):
        return None  # but 'The truce will hold, Ruiz believes.', '…, the Ledger has learned.'
    if lemma in rv.naming and not _names_something(verb, sent):
        return None
    if lemma in ("report", "write") and cue[1] < sent.end and verb.doc[cue[1]].lower_ == "from" \
            and verb.tag_ in ("VBG", "VBN"):
        return None  # 'Ivo Brel, reporting from Kesh, said …': where the reporter was
    if verb.tag_ == "VBG" and subdep(verb) in ("nsubj", "csubj", "nsubj:pass") \
            and verb.i == sent.start and verb.head.i > verb.right_edge.i \
            and verb.doc[verb.right_edge.i + 1].text != "," \
            and opening_participle_subject(verb) is None:
        return None  # 'Denying the charges is pointless': a gerund subject, said by no one
    if lemma in rv.frame_only and not _as_framed(verb, sent):
        return None  # 'put it on the table'
    if lemma in rv.quote_only and not _beside_quote(verb, cue[1], sent, closer_ends):
        return None  # 'Talks continued on Monday', 'what is going on'
    noun = _described_noun(verb)
    if noun is not None:
        return _participle_cue(verb, noun, lemma, cue, rv)
    m = CueMatch(cue=cue, lemma=lemma, negative=lemma in rv.negative, confidence=0.8)
    _held_back(verb, m)
    _find_source(verb, m)
    if m.held_back and m.source is None and m.cue[0] != verb.i:
        subj = subject_of(verb.doc[m.cue[0]])  # 'Orn fell short of endorsing': the parse
        if subj is not None and subj.i < m.cue[0]:  # hangs the -ing on 'short'
            m.source, m.source_head = np_range(subj), subj
    _past_dateline(verb, m, sent)
    aq = after_quote(verb, sent, cue[1], closer_ends) if closer_ends else None
    if aq is None and m.source is not None and _object_relative(verb, lemma, m, rv, sent):
        return m if m.content is not None else None
    if lemma in rv.topic and aq is None:
        return _topic_cue(verb, m, sent)
    if lemma in rv.position or lemma in rv.infinitive and _believer_with_infinitive(verb) \
            and not _has_clause(verb, sent):
        # 'hopes to reopen the mill': the infinitive and what goes with it, as a stance's
        # ('Varga, who hopes to run for mayor, said …' keeps the main claim)
        return _position_cue(verb, m, sent)
    contact = _contact_relative(verb, cue[1], sent, lemma not in rv.object_content) if aq is None and (
        lemma in rv.object_content or lemma in rv.position or lemma == "say") else None
    if contact is not None:
        # 'the figures the ministry reported', 'Nothing the envoy said changed …': the noun
        # the relative clause hangs on is what was said, its subject the source
        m.source, m.content = contact
        m.source_head, m.via = head_of(verb.doc, *contact[0]), []
        m.confidence = 0.6
        return m
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
    shape = cue_shape(verb, sent, cue[1]) if verb.tag_ != "VBG" or progressive_be(verb) \
        else Shape("leading")  # '…, the envoys are saying.' trails as '…, they said' does
    if shape.kind == "trailing" and shape.source and progressive_be(verb) > 0 and not (
            chains.is_source_like(head_of(verb.doc, *shape.source))):
        return None  # 'The vote is close, the numbers are telling.': no one is speaking
    if shape.kind != "leading":
        if shape.source and not _overlaps(m.source, shape.source):
            m.source, m.source_head = shape.source, head_of(verb.doc, *shape.source)
            m.via = []
        elif shape.source and m.source:
            m.source = (min(m.source[0], shape.source[0]), max(m.source[1], shape.source[1]))
        m.content, m.enclosing = shape.content, shape.kind == "parenthetical"
        told_outlet_surface(verb, m, sent)  # first: '…, Kast told the Herald, citing Y' is
        if shape.kind == "trailing" and not m.via:  # Kast's, via the Herald, as before
            surface_citing(verb, m, sent)  # '…, the Herald reported, citing two officials.'
        return m
    before = source_before(verb, sent) if verb.tag_ != "VBG" and not m.agentless else None
    be = progressive_be(verb)
    if be and not m.agentless:
        before = source_before(verb.doc[be], sent)
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
    writing_in_outlet(verb, m, sent)
    told_outlet_surface(verb, m, sent)
    find_content(verb, lemma, m, rv, sent)
    _relative_subject_content(verb, m, sent)
    name_at = _surface_name_start(verb, sent) if lemma in rv.naming else None
    if name_at is not None and m.content is not None and m.content[1] <= name_at:
        # 'called the fine and the demand for an apology a cynical stunt': the parse ended
        # the content with the object; the name after it is what was said of it
        end = next((k for k in range(name_at, sent.end) if verb.doc[k].text in BREAKS
                    or verb.doc[k].is_punct and k == sent.end - 1), sent.end)
        m.content = (m.content[0], end)
    if lemma == "ask" and m.content is not None and not any(
            dep(c) in ("xcomp", "ccomp", "advcl") and c.i > verb.i for c in verb.children) and any(
            dep(c) in ("obj", "iobj") and c.left_edge.i == m.content[0] and (
                c.right_edge.i + 1 >= m.content[1]
                or verb.doc[c.right_edge.i + 1].text in (",", ";", "—", "–", ")"))
            and not _question_follows(verb.doc, c.right_edge.i + 1, sent.end)
            and not any(t.pos_ in ("VERB", "AUX") for t in c.subtree)
            for c in verb.children):
        m.content = None  # 'asked the mayor', 'would ask Varga, and …': whom, not what
    if m.content is not None and m.content[0] == m.cue[1] and m.content[1] > m.cue[1] + 1 \
            and verb.doc[m.cue[1]].lower_ == "as" and m.cue[1] == verb.i + 1 \
            and lemma in _DESCRIBING and verb.doc[m.cue[1] + 1].lower_ not in _NOT_AS_WHAT:
        # 'what the paper described as a safe exit': 'as' belongs to the cue
        m.cue, m.content = (m.cue[0], m.cue[1] + 1), (m.content[0] + 1, m.content[1])
    said = list(verb.doc[m.content[0] : m.content[1]]) if m.content is not None else []
    if said and is_temporal(said) and not any(t.pos_ in ("VERB", "AUX") for t in said):
        m.content = None  # 'reported on Tuesday': when, never what
    end = opening_participle_end(verb)
    if end is not None and m.content is not None and m.content[1] > end:
        m.content = (m.content[0], end) if end > max(m.content[0], verb.i + 1) else None
    if m.content is None and m.quote_after is None and m.quote_before is None:
        return None
    return m


def _regarding_cue(verb: Token, lemma: str, cue: Range, sent: Span) -> CueMatch | None:
    """'Critics see the renewal as a chance to fix the fund', 'many view the truce as
    fragile': an active verb of regarding with an object and then 'as' and a description;
    the object and the description are the content.  Not 'is seen as' (no one named), not
    'saw the convoy as it passed' (a clause of time)."""
    doc = verb.doc
    if any(subdep(c) in ("nsubj:pass", "aux:pass") for c in verb.children) or verb.tag_ == "VBN" \
            and not any(dep(c) == "aux" for c in verb.children):
        return None
    obj = next((c for c in verb.children if dep(c) == "obj" and c.i >= cue[1]), None)
    if obj is None:
        return None
    as_at = next((k for k in range(obj.i + 1, min(obj.right_edge.i + 3, sent.end - 1))
                  if doc[k].lower_ == "as" and doc[k - 1].text not in (",", "—", "–")), None)
    if as_at is None or doc[as_at + 1].tag_ not in ("DT", "JJ", "JJR", "JJS", "NN", "NNS",
                                                   "RB", "PRP$", "``") \
            and doc[as_at + 1].text not in QUOTE_OPENERS:
        return None  # 'saw the convoy as it passed', 'saw it as well'
    if doc[as_at + 1].lower_ in ("well", "soon", "long", "much", "far", "often", "early"):
        return None
    head = doc[as_at].head if doc[as_at].head.i > as_at else None
    if head is not None and (is_verbal(head) and head.tag_ != "VBG" or any(
            subdep(g) in ("nsubj", "nsubj:pass") for g in head.children)):
        return None  # 'saw the crowd as the car passed', 'see little change as the talks drag on'
    end = head.right_edge.i + 1 if head is not None else as_at + 2
    end = next((k for k in range(as_at + 2, min(end, sent.end)) if doc[k].text in (
        ",", ";", "—", "–") and not (doc[k - 1].text in QUOTE_CLOSERS)), min(end, sent.end))
    while end > as_at + 1 and doc[end - 1].is_punct and doc[end - 1].text not in QUOTE_CLOSERS:
        end -= 1
    if end <= as_at + 1 or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and not _relative_verb(t)
                               for t in doc[as_at + 1 : min(as_at + 5, end)]):
        return None  # a clause after 'as' ('as the ferry leaves each morning')
    m = CueMatch(cue=cue, lemma=lemma, confidence=0.6)
    _find_source(verb, m)
    if m.source is None or m.source_head is not None and m.source_head.lower_ in ("it", "this"):
        return None
    m.content = (cue[1], end)
    return m


def _past_dateline(verb: Token, m: CueMatch, sent: Span) -> None:
    """'CORVANE, April 9 (NNA) - Valdessa's parliament on Tuesday approved …': the dateline
    names where the story was filed, never who speaks; the subject after it does."""
    if m.source is None or m.source[0] > sent.start + 1:
        return
    found = DATELINE.match(sent.text)
    if found is None:
        return
    end_char = sent.start_char + found.end()
    d = next((t.i for t in sent if t.idx >= end_char), None)
    if d is None or m.source[0] >= d:
        return
    before = source_before(verb, sent)
    if before is None and m.source[1] > d:
        before = m.source
    if before is not None and before[1] > d:
        before = (max(before[0], d), before[1])
        m.source, m.source_head = before, head_of(verb.doc, *before)
    else:
        m.source = m.source_head = None


def _relative_verb(t: Token) -> bool:
    """A verb of a relative clause ('a test that will shape the war', 'a lifeline they cannot
    lose'), not of a clause whose subject is the noun before it ('the car passed')."""
    v = t if dep(t) in ("acl", "acl:relcl") else t.head
    if dep(v) not in ("acl", "acl:relcl"):
        return False
    return any(g.tag_ in ("WDT", "WP") or g.lower_ == "that" or subdep(g) == "nsubj"
               for g in v.children if g.i < v.i)


def _as_framed(verb: Token, sent: Span) -> bool:
    """'As Ruiz put it, …', '…, as the memo put it': 'as' marks the verb's clause (or, the
    parse having missed it, stands right before the clause's subject)."""
    doc = verb.doc
    if verb.lower_ == "put" or verb.lower_ == "puts":
        # 'put it' as words, not as a thing placed: 'As the clerk put it away', 'put it to a
        # vote', 'put it on the table' are no frames; a time, an occasion or a medium is
        k = verb.i + 2
        nxt = doc[k] if k < sent.end else None
        if nxt is not None and nxt.lower_ in _PUT_PARTICLES:
            return False
        if nxt is not None and nxt.lower_ in ("to", "on", "in", "into", "onto", "under") \
                and not is_temporal(list(doc[k + 1 : min(k + 4, sent.end)])):
            noun = next((doc[x] for x in range(k + 1, min(k + 5, sent.end))
                         if doc[x].pos_ in ("NOUN", "PROPN") or doc[x].tag_ == "PRP"), None)
            if noun is None or noun.lower_ == "vote" or nxt.lower_ != "to" and (
                    noun.lower_ not in _FRAME_MEDIA) or nxt.lower_ == "to" and noun.pos_ == "NOUN" \
                    and noun.lower_ not in ("reporters", "journalists", "lawmakers", "parliament",
                                            "supporters", "viewers", "readers"):
                return False
    if any(dep(c) == "mark" and c.lower_ == "as" for c in verb.children):
        return True
    subj = subject_of(verb)
    return subj is not None and subj.left_edge.i > sent.start \
        and doc[subj.left_edge.i - 1].lower_ == "as"


# what 'put it' does to a thing ('put it away', 'put it back')
_PUT_PARTICLES = frozenset({"away", "down", "up", "back", "off", "aside", "forward", "out",
                            "together", "through", "over", "behind", "there", "here"})
# where words were put ('as Ruiz put it in a statement')
_FRAME_MEDIA = frozenset({"statement", "letter", "interview", "speech", "post", "tweet",
                          "email", "essay", "column", "book", "memo", "message", "note",
                          "remarks", "words", "writing", "report", "op-ed", "podcast",
                          "expose", "exposé", "article", "editorial", "profile", "piece",
                          "story", "broadcast", "show", "segment", "debate", "hearing",
                          "memoir", "memoirs", "diary", "biography", "autobiography", "blog",
                          "testimony", "sermon", "lecture", "address", "newsletter", "letters"})


def _beside_quote(verb: Token, cue_end: int, sent: Span, closer_ends: frozenset[int]) -> bool:
    """'“…,” she continued' or 'She continued, “…”' / 'He went on: “…”': the verb and its
    subject alone, a quotation after it or right before it past a comma or a colon."""
    doc = verb.doc
    if any(dep(c) in ("obj", "dobj", "xcomp", "ccomp", "prep", "advcl") and c.i >= cue_end
           and c.text not in QUOTE_OPENERS and not (doc[cue_end].text in (",", ":")
                                                    and c.i > cue_end) for c in verb.children):
        return False  # 'continued to say', 'went on with the talks'
    if closer_ends and after_quote(verb, sent, cue_end, closer_ends) is not None:
        return True
    if cue_end + 1 == sent.end and doc[cue_end].text == ":":
        return True  # 'Caddell continued:' closing its paragraph, the remarks set off below
    # the quotation runs to the end of the sentence: what is said, not a phrase within it
    return cue_end + 1 < sent.end and doc[cue_end].text in (",", ":") \
        and doc[cue_end + 1].text in QUOTE_OPENERS \
        and not any(t.text in QUOTE_CLOSERS for t in doc[cue_end + 2 : sent.end - 1])


def _no_topic_after(doc, i: int, sent: Span) -> bool:
    """Whether what follows a topic verb's preposition is a time or a number, not a topic."""
    if i >= sent.end:
        return True
    t = doc[i]
    if (t.like_num or t.pos_ == "NUM") and doc[i - 1].lower_ == "about":
        return True  # 'warned about 300 families that …': about is 'some'
    j = i
    while j < sent.end and j - i < 4 and doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
        j += 1
    if j < sent.end and doc[j].lower_ in ("'s", "’s"):
        return False  # "warned of Friday's strike"
    if j + 1 < sent.end and doc[j].lower_ == "that" and doc[i - 1].lower_ == "at" \
            and (doc[j - 1].lower_ in _OCCASIONS or doc[j - 1].lower_ in (
                "conference", "rally", "briefing", "hearing", "debate", "talks")
                 or doc[j - 1].ent_type_ == "LOC") \
            and _opens_clause_after_that(doc[j + 1]):
        return True  # 'hinted at the summit that …': where, and then what
    return is_temporal(list(doc[i:j]))


def _opens_clause_after_that(t: Token) -> bool:
    return t.pos_ in ("DET", "PRON", "PROPN", "NOUN", "NUM") and not t.tag_.startswith("VB")


_CONDITION_MARKS = frozenset({"if", "unless"})
# 'was not available to comment on', 'is set to speak about', 'wants to talk about': nothing was
# said yet, or the stance that governs it is the claim ('used her speech to warn of' was said)
_NOT_YET_SAID = frozenset({
    "available", "unavailable", "reach", "set", "expect", "schedule", "due", "able", "unable",
    "decline", "refuse", "want", "plan", "hope", "intend", "seek", "try", "likely", "unlikely",
    "need", "have", "agree", "promise", "aim", "prepare", "ready"})
_TOPIC_GOES_ON = frozenset({"of", "in", "on", "about", "from", "against", "over", "to"})
# 'warned of delays [at the crossing]', not 'spoke about the levy [at the rally]'
# where a speech was given, with an indefinite article: 'warned of famine [at a meeting of
# donors]' (but not 'warned of violence at Saturday's protest', where the violence would be)
_OCCASIONS = frozenset({"meeting", "gathering", "ceremony", "summit", "session", "forum",
                        "event", "dinner", "reception", "luncheon", "breakfast"})
_TOPIC_PLACE = frozenset({"at", "near", "along", "across", "inside", "outside", "within",
                          "between", "among", "under"})


# what stands behind a speaker, not what is spoken against
_NO_TOPICS = frozenset({"backdrop", "background"})


def _topic_cue(verb: Token, m: CueMatch, sent: Span) -> CueMatch | None:
    """'warned of delays at the crossing', 'railed against the levy', 'spoke about bringing
    the towns together': a speech act about a thing (tagged "topic" in the lexicon), the object
    of its preposition the content, with a condition that follows it ('warned of grave
    consequences if the talks failed'); not in the passive, and not an infinitive ('was not
    available to comment on the allegations', 'is set to speak about the levy': the verb it
    hangs on says whether anything was said)."""
    doc = verb.doc
    if (verb.i > sent.start and doc[verb.i - 1].lower_ == "to" or any(
            dep(c) == "mark" and c.lower_ == "to" for c in verb.children)) and (
            verb.head == verb or verb.head.lemma_.lower() in _NOT_YET_SAID):
        return None
    if not _active_with_source(verb, m, sent):
        return None
    topic = next((c for c in verb.children if c.left_edge.i == m.cue[1] - 1
                  and (dep(c) in ("obl", "advcl", "obj", "xcomp")
                       or dep(c) == "nmod" and verb.head == verb)), None)  # 'Varga warns of …'
    particle = doc[m.cue[1] - 1]
    if topic is None and particle.head.i > particle.i and particle.head.left_edge == particle \
            and m.cue[1] - m.cue[0] > 2:
        topic = particle.head  # 'ruled Friday against the purge': the parse hung it on the day
    if topic is None or topic.lower_ in _NO_TOPICS:
        return None  # nor 'spoke against the backdrop of the museum'
    end = topic.right_edge.i + 1
    if doc[end - 1].pos_ == "PROPN" and end < sent.end and doc[end].pos_ == "PROPN" \
            and doc[end].is_title and doc[end].head.i < end and doc[end - 1].whitespace_:
        end = max(doc[end].right_edge.i + 1, end + 1)  # 'the death of Ivo [Brel]' cut
    for c in sorted(verb.children, key=lambda c: c.i):
        # 'bragged about his prowess [in the debates]': a phrase the parse hung on the verb
        # that goes on the topic; not 'for an hour', 'with affection', 'as evidence', a time
        if c.left_edge.i != end or dep(c) != "obl" or is_temporal(list(c.subtree)):
            continue
        prep = c.left_edge.lower_
        if prep in _TOPIC_GOES_ON or prep in _TOPIC_PLACE and not setting_phrase(
                doc, c.left_edge.i + 1, c.right_edge.i + 1):
            end = c.right_edge.i + 1
    # 'warned of trouble within the coalition [at a meeting with donors]': the parse hangs
    # the occasion on the topic's own phrases too
    end = object_tail_end(doc, topic.i, min(end, sent.end))
    end = next((k for k in range(topic.i + 1, end - 2) if doc[k].lower_ == "at"
                and doc[k + 1].lower_ in ("a", "an") and doc[k + 2].lower_ in _OCCASIONS), end)
    cond = next((c for c in verb.children if dep(c) == "advcl" and c.left_edge.i == end
                 and c.left_edge.lower_ in _CONDITION_MARKS), None)
    if cond is not None:
        end = cond.right_edge.i + 1
    return _with_content_to(verb, m, min(end, sent.end))


def _position_cue(verb: Token, m: CueMatch, sent: Span) -> CueMatch | None:
    """'Hamas refused to hand over its weapons', 'Egypt backs the formula': a stance verb in
    the active voice whose complement (object, infinitive, clause) is the content."""
    if any(dep(c) == "mark" and c.lower_ in ("if", "whether", "unless", "once", "until")
           for c in verb.children):
        return None  # 'unclear whether Haddad would agree to leave': no stance was taken
    if not _active_with_source(verb, m, sent):
        return None
    comps = [c for c in verb.children if c.i >= m.cue[1] and (
        dep(c) in ("obj", "xcomp", "ccomp") or dep(c) == "obl" and " " in m.lemma
        or dep(c) == "advcl" and c.left_edge.i == m.cue[1] - 1 and " " in m.lemma
        or dep(c) in ("advcl", "acl") and c.tag_ == "VB" and c.left_edge.lower_ == "to"
        and (all(t.pos_ == "ADV" for t in verb.doc[m.cue[1] : c.left_edge.i])
             or _past_tally(verb.doc, m.cue[1], c.left_edge.i) == c.left_edge.i))]
    # 'voted unanimously to send the bill': an infinitive the parse made a clause of purpose
    if not comps:
        return None
    comps += [c for c in verb.children if dep(c) == "conj" and c.i > m.cue[1]
              and verb.doc[m.cue[1]].lower_ == "to" and infinitive_goes_on(verb, c, m.cue[1])]
    end = max(c.right_edge.i for c in comps) + 1
    doc = verb.doc
    for c in sorted(verb.children, key=lambda c: c.i):
        # 'wants the committee in place by March': a phrase that goes on the object's state
        if c.left_edge.i == end and dep(c) in ("obl", "advmod", "xcomp") and not is_temporal(
                list(c.subtree)) and doc[end].text not in BREAKS:
            end = c.right_edge.i + 1
    end = min(end, sent.end)
    if not any(dep(c) == "ccomp" for c in comps):
        first = min(comps, key=lambda c: c.i)
        end = object_tail_end(doc, first.i, end)
    m = _with_content_to(verb, m, end)
    clause = next((c for c in comps if dep(c) == "ccomp" and c.left_edge.lower_ == "that"), None)
    if m is not None and clause is not None and clause.left_edge.i > m.content[0] \
            and doc[m.content[0]].lower_ == "with":
        m.content = (clause.left_edge.i, m.content[1])  # 'agreed with Ruiz [that …]'
    if m is not None:
        a = m.content[0]
        while a < m.content[1] - 1 and (doc[a].pos_ == "ADV" and doc[a].lower_ not in (
                "not", "never", "n't") and doc[a].lower_.endswith("ly")
                or doc[a].lower_ in ("outright", "again", "also")):
            a += 1
        if a > m.content[0] and doc[a].lower_ == "to":
            m.content = (a, m.content[1])  # 'voted overwhelmingly [to ratify the truce]'
    if m is not None and m.lemma == "vote":
        a = _past_tally(doc, m.content[0], m.content[1])
        if a == m.content[0]:
            return m
        if a >= m.content[1]:
            a = _past_tally(doc, a, sent.end)
        if a >= m.content[1] and a < sent.end and doc[a].lower_ in ("for", "against", "in", "to"):
            # 'voted 9-4 on Tuesday against the levy': the parse made the tally the object and
            # hung what was voted on beside it
            head = doc[a].head if doc[a].head.i > a else doc[a]
            end = min(max(head.right_edge.i + 1, a + 1), sent.end)
            while end > a + 1 and doc[end - 1].is_punct:
                end -= 1
            m.content = (m.content[0], end)
        if a + 1 < m.content[1] and doc[a].lower_ in ("for", "against"):
            # 'voted 9 to 4 against the levy': the tally goes in the cue, with its preposition
            m.cue, m.lemma, a = (m.cue[0], a + 1), "vote " + doc[a].lower_, a + 1
        elif a + 3 < m.content[1] and doc[a].lower_ == "in" and doc[a + 1].lower_ in (
                "favour", "favor", "support") and doc[a + 2].lower_ == "of":
            m.cue, m.lemma, a = (m.cue[0], a + 3), "vote for", a + 3  # 'in favour of
        elif a >= m.content[1] or doc[a].lower_ != "to":
            return None  # 'voted 9-4 on Tuesday' and nothing voted on
        m.content = (a, m.content[1])
    return m


def _past_tally(doc, a: int, b: int) -> int:
    """'voted [9-4 along party lines] to send the bill': the count of the vote and how it
    split are no part of what was voted for."""
    k = a
    while k < b:
        t = doc[k]
        if t.like_num or _TALLY.match(t.text) or t.text in ("-", "–", "to") and k > a \
                and doc[k - 1].like_num and k + 1 < b and doc[k + 1].like_num \
                or t.pos_ == "ADV" and t.lower_.endswith("ly") or is_temporal([t]) \
                or t.lower_ == "on" and k + 1 < b and is_temporal([doc[k + 1]]):
            k += 1
        elif t.lower_ == "along" and k + 2 < b and doc[k + 1].lower_ == "party" \
                and doc[k + 2].lower_ in ("lines", "line"):
            k += 3
        else:
            break
    return k


_TALLY = re.compile(r"^\d+[-–]\d+$")


def _active_with_source(verb: Token, m: CueMatch, sent: Span) -> bool:
    """The checks a stance or a topic verb shares: active voice ('the plan is backed by Egypt'
    has no source in its subject), no 'would/could/might' ('far from certain that Haddad would
    agree to go': a stance not taken), and a source, read from the words when the parse gave
    none."""
    if any(subdep(c) in ("nsubj:pass", "aux:pass") for c in verb.children):
        return False
    if any(dep(c) == "aux" and c.lower_ in ("would", "could", "might", "'d") for c in verb.children):
        return False
    if m.source is None:
        before = source_before(verb, sent) if verb.tag_ != "VBG" else None
        if before is None:
            return False
        m.source, m.source_head = before, head_of(verb.doc, *before)
    return True


def _with_content_to(verb: Token, m: CueMatch, end: int) -> CueMatch | None:
    """``m`` with its content from the cue's end to ``end`` (edge punctuation trimmed, other
    cues' phrases cut off), or None when nothing is left."""
    doc = verb.doc
    while end > m.cue[1] and (doc[end - 1].is_punct and doc[end - 1].text not in QUOTE_CLOSERS
                              or doc[end - 1].is_space):
        end -= 1
    a, b = cut_nested_cues(verb, m.cue[1], end)
    if b - a < 1:
        return None
    m.content = (a, b)
    m.confidence = 0.6
    return m


_FORESEEING = frozenset({"expected", "likely", "unlikely", "due", "set", "poised", "bound",
                        "scheduled", "forecast", "predicted", "tipped", "certain", "sure"})


def _foreseen(verb: Token) -> bool:
    """'is expected to approve', 'is likely to reject', 'is due to ratify': an infinitive under
    a word of foreseeing after a form of 'be'."""
    head = verb.head
    if head is verb or verb.tag_ != "VB" or head.lower_ not in _FORESEEING or not any(
            c.lower_ == "to" and c.i < verb.i for c in verb.children):
        return False
    doc = verb.doc
    k = head.i - 1
    while k >= 0 and doc[k].pos_ == "ADV":
        k -= 1
    return k >= 0 and doc[k].lemma_ == "be"


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
    if lemma in ("believe", "think") and (dep(verb) != "root" or subj.tag_ in ("WP", "WDT")):
        return None  # 'what is believed to be the first case': a description
    end = inf.right_edge.i + 1
    end = _clause_stop(verb.doc, inf.i, end)
    while end > inf.i + 1 and verb.doc[end - 1].is_punct:
        end -= 1
    start = max(subj.left_edge.i, sent.start)
    return CueMatch(cue=(aux[0].i, verb.i + 1), lemma=lemma, content=(start, end),
                    enclosing=True, agentless=True, confidence=0.6)


_HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})


def _hearsay_adverb(adv: Token, sent: Span) -> CueMatch | None:
    """'The council is reportedly due to meet on May 20', 'Two commanders allegedly ran the
    camp': hearsay with no one named; the claim is the clause the adverb sits in, cue and
    all, as with 'is said to'."""
    verb = adv.head

    def subject(v: Token) -> Token | None:
        return next((c for c in v.children if subdep(c).startswith("nsubj") and c.i < v.i),
                    None)

    while subject(verb) is None and verb.head is not verb and dep(verb) in (
            "advmod", "amod", "xcomp") and verb.head.i > verb.i:
        verb = verb.head  # 'is reportedly due to hold …': the clause is 'hold''s
    if verb is adv or not (is_verbal(verb) or verb.pos_ in ("ADJ", "NOUN", "AUX")) \
            or dep(verb) != "root":
        return None  # only the sentence's main clause: not 'the money he allegedly stole',
        # 'a man allegedly linked to …', 'the deal, reportedly worth …'
    subj = subject(verb)
    if subj is None or subj.lower_ in RELATIVE_PRONOUNS or subj.tag_ in ("WP", "WDT"):
        return None  # 'the man who allegedly ran the camp': a description, not a claim
    if verb.tag_ == "VBN" and not any(dep(c).startswith("aux") for c in verb.children):
        return None  # 'A man allegedly linked to the attack was arrested': a participle
    if adv.i > 0 and adv.doc[adv.i - 1].text in (",", "(", "—", "–"):
        return None  # 'The deal, reportedly worth 2 billion, was signed': an aside
    doc = verb.doc
    start = max(min(subj.left_edge.i, adv.i), sent.start)
    end = min(verb.right_edge.i + 1, sent.end)
    while end > verb.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < adv.i and (doc[start].is_punct or doc[start].pos_ in ("CCONJ", "SCONJ")):
        start += 1
    end = _clause_stop(doc, adv.i, end)
    return CueMatch(cue=(adv.i, adv.i + 1), lemma=adv.lower_, content=(start, end),
                    enclosing=True, agentless=True, confidence=0.6)


def _clause_stop(doc, i: int, end: int) -> int:
    """Where the clause around doc[i] ends before ``end``: at a comma, semicolon or dash that
    opens another clause ('…, but the army denied it', '…, though polls suggest …',
    '…, according to two aides') or at 'and' before a finite verb ('… and will take effect')."""
    for k in range(i + 1, end):
        t = doc[k]
        if t.text in (";", "—", "–"):
            return k
        if t.text == "," and k + 1 < end and (
                doc[k + 1].pos_ in ("CCONJ", "SCONJ") or doc[k + 1].lower_ == "according"
                or any(_finite(u) for u in doc[k + 1 : min(k + 6, end)])):
            return k
        if t.lower_ in ("and", "but") and k + 1 < end and (
                _finite(doc[k + 1]) or doc[k + 1].tag_ == "MD"):
            return k
    return end


def _described_noun(verb: Token) -> Token | None:
    """The noun a past participle describes ('the plan announced by the council'), read from
    the parse or, when the parse hung the noun on the participle, from the words: a noun
    right before it, 'by' right after it, no auxiliary, no subject, no clause of its own."""
    if verb.tag_ != "VBN" or any(dep(c) in CONTENT_FRAMES or dep(c).startswith("nsubj")
                                 or dep(c) == "aux" for c in verb.children):
        return None
    if any(dep(c) == "obj" and c.i > verb.i for c in verb.children) and any(
            dep(c) == "xcomp" and c.i > verb.i for c in verb.children):
        return None  # 'the nurse who signed the letter called Varga a liar': an object and
        # what it is called, so an active verb whatever the parse hung it on
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
    a, b = m.source if m.source is not None else (head.i, head.i + 1)
    return has_evidence_word(head.doc[a:b])


def has_evidence_word(tokens) -> bool:
    """A noun of ``tokens`` names a document or figures (document_words.txt,
    evidence_words.txt)."""
    words = lx.word_set("document_words.txt") | lx.word_set("evidence_words.txt")
    return any(t.lower_ in words or t.lemma_.lower() in words
               for t in tokens if t.pos_ in ("NOUN", "PROPN"))


def writing_in_outlet(verb: Token, m: CueMatch, sent: Span) -> None:
    """'Writing in the daily Nida Vantessa, columnist Samira Haddoun argued …': the outlet the
    writer wrote in passed the claim on."""
    doc = verb.doc
    s0 = sent.start
    if m.source is None or m.via or s0 + 3 >= verb.i or doc[s0].lower_ != "writing" \
            or doc[s0 + 1].lower_ not in ("in", "for"):
        return
    comma = next((k for k in range(s0 + 2, min(s0 + 12, verb.i)) if doc[k].text == ","), None)
    if comma is None or comma + 1 != m.source[0]:
        return
    a = s0 + 2
    head = head_of(doc, a, comma)
    if chains.is_outlet_like(head) or any(chains.is_outlet_like(t) for t in doc[a:comma]):
        m.via.append((head, (a, comma)))


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


def _has_clause(verb: Token, sent: Span, infinitive: bool = False) -> bool:
    """A belief verb with a that-clause or a clausal complement right after it, or an
    infinitive ('hopes to reopen the mill')."""
    if any(dep(c) == "ccomp" and c.i > verb.i for c in verb.children):
        return True
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < sent.end else None
    that = _that_within(verb.doc, verb.i + 1, sent.end) if nxt is not None \
        and nxt.pos_ == "ADP" else None
    if that is not None and dep(verb.doc[that - 1].head) != "acl":
        return True  # 'posted on social media that …', not 'believes in the plan that …'
    return nxt is not None and nxt.lower_ == "that" or (
        infinitive and _believer_with_infinitive(verb))


def _believer_with_infinitive(verb: Token) -> bool:
    """'hopes to reopen the mill', 'expects Varga to resign'; not the raising passive ('is
    expected to be signed') nor a participle describing a noun ('the people expected to
    leave'), where no one in the text holds the belief."""
    kids = list(verb.children)
    if any(subdep(c) in ("nsubj:pass", "aux:pass") for c in kids):
        return False
    if (verb.tag_ == "VBN" or dep(verb) == "acl") and not any(
            dep(c) == "aux" or dep(c).startswith("nsubj") for c in kids):
        return False
    if any(dep(c) == "conj" and not any(dep(g) == "cc" for g in c.children)
           and verb.doc[c.left_edge.i - 1].text != "," for c in kids if c.i > verb.i):
        return False  # 'The workers expected to leave were stranded': a noun's participle
    if any(dep(c) == "xcomp" and c.i > verb.i and c.pos_ in ("VERB", "AUX") and any(
            g.lower_ == "to" and g.i < c.i for g in c.children) for c in kids):
        return True
    # 'Diplomats expect talks to resume in May': the parse hangs the infinitive on the object
    return any(dep(c) == "obj" and c.i > verb.i and any(
        dep(x) in ("xcomp", "acl") and x.i > c.i and x.tag_ == "VB" and any(
            g.lower_ == "to" and g.i < x.i and g.i == x.left_edge.i
            and verb.doc[g.i - 1] in c.subtree for g in x.children) for x in c.children)
        for c in kids)


def _names_something(verb: Token, sent: Span) -> bool:
    """'called the plan a trap', 'called the talks “theatre”': an active 'call' with an object
    and a second complement, a name or a quotation; not 'called a meeting', not 'will be
    called the Executive Board' (naming, not saying), not 'what they call …'."""
    if any(subdep(c) in ("nsubj:pass", "aux:pass") for c in verb.children):
        return False
    obj = next((c for c in verb.children if dep(c) == "obj" and c.i > verb.i), None)
    if obj is not None and obj.lower_ in RELATIVE_PRONOUNS | {"what"} or any(
            t.lower_ in ("what", "which") for t in verb.doc[max(verb.i - 3, sent.start):verb.i]):
        return False
    if obj is None:
        return _names_something_surface(verb, sent)
    if any(dep(c) in ("xcomp", "obj", "iobj") and c.i > obj.i for c in verb.children):
        return True  # 'called the truce a hoax' (a second object in the parse)
    if any(c.i == obj.i + 1 and c.pos_ == "ADJ" for c in obj.children):
        return True  # 'called the charges unsubstantiated'
    if any(dep(c) in ("obj", "appos", "dep") and c.i > obj.i and c.left_edge.i == obj.i + 1
           and c.left_edge.lower_ in ("a", "an") for c in obj.children):
        return True  # 'called the truce a hoax' with 'a hoax' hung on 'truce'
    end = verb.right_edge.i + 1
    return any(t.text in QUOTE_OPENERS for t in verb.doc[verb.i + 1 : min(end, sent.end)]) \
        or _names_something_surface(verb, sent)


_TIMES = frozenset({"time", "times", "few", "couple", "moment", "while", "dozen", "hour",
                    "minute", "second", "day", "week", "month", "year", "fortnight"})


def _time_or_times(doc, i: int, end: int) -> bool:
    """'called her mother a day before the storm', 'called the police a second time', 'called
    him a few times': how often or when, not a name."""
    for j in range(i, min(i + 3, end)):
        if doc[j].lower_ in _TIMES:
            return True
        if doc[j].pos_ not in ("ADJ", "NUM", "ADV"):
            return False
    return False


def _names_something_surface(verb: Token, sent: Span) -> bool:
    return _surface_name_start(verb, sent) is not None


def _surface_name_start(verb: Token, sent: Span) -> int | None:
    """'called Varga a liar, cheat and fraud', 'called her vote for the levy a mistake' read
    from the words when the parse missed them: an object that is no indefinite phrase, then
    'a'/'an' right after a noun ('on Tuesday in a bid' is no name), with no verb or break
    between."""
    doc = verb.doc
    i = verb.i + 1
    if i >= sent.end or doc[i].lower_ in ("a", "an") or doc[i].pos_ not in (
            "DET", "PRON", "PROPN", "NOUN", "ADJ") or doc[i : i + 3].text.lower() == "it a day":
        return None
    for j in range(i + 1, min(i + 14, sent.end)):
        t = doc[j]
        if t.lower_ in ("a", "an") and doc[j - 1].pos_ in ("NOUN", "PROPN", "PRON"):
            return None if _time_or_times(doc, j + 1, sent.end) else j
        if t.text in QUOTE_OPENERS and doc[j - 1].pos_ in ("NOUN", "PROPN", "PRON"):
            return j  # 'calls vote "a first step"', the parse having lost the object
        if t.is_punct or t.pos_ in ("VERB", "AUX", "SCONJ", "PART") \
                or t.lower_ in RELATIVE_PRONOUNS:
            return None
    return None


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
    k = i
    while k < min(i + 5, hi) and doc[k].text != "," and not doc[k].is_punct \
            and doc[k].pos_ in ("ADP", "DET", "PROPN", "NOUN", "ADV", "NUM", "ADJ") \
            and (doc[k].pos_ not in ("NOUN", "PROPN") or is_temporal([doc[k]])):
        k += 1  # 'reported on Thursday, citing Y': a time before the comma
    if k > i and k < hi and doc[k].text == "," and is_temporal(list(doc[i:k])):
        i = k
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


def _has_passive_aux(verb: Token) -> bool:
    """'was accused', 'have been blamed': a form of 'be' (or 'get') makes the passive; not
    'what the daily described as …', which the parse read as one."""
    return any(subdep(c) == "aux:pass" or dep(c) == "aux" and c.lemma_.lower() in ("be", "get")
               for c in verb.children)


def _be_passive(verb: Token) -> bool:
    """'is understood', 'was reported': a participle with a form of 'be' as its auxiliary."""
    return verb.tag_ == "VBN" and any(
        dep(c) == "aux" and c.lower_ in ("is", "was", "are", "were", "been", "be", "being", "'s")
        for c in verb.children)


def _has_reporting_head(verb: Token) -> bool:
    return verb.head != verb and lx.reporting_verbs().lemma(verb.head.lower_) is not None


# verbs that credit or blame someone for an act ('thanked Ruiz for backing the plan'): the
# one thanked or blamed did it ('drew criticism for saying', 'paid a fine for refusing' do not)
_CREDIT_OR_BLAME = frozenset({
    "thank", "praise", "blame", "criticize", "criticise", "attack", "condemn", "sue", "fine",
    "punish", "applaud", "commend", "fault", "slam", "blast", "credit", "reward", "reprimand",
    "scold", "chide", "rebuke", "mock", "ridicule", "congratulate", "honor", "honour", "arrest",
    "jail", "fire", "sack", "accuse", "denounce", "hail"})


_ABOUT = frozenset({"nearly", "almost", "about", "roughly", "only", "just", "fully"})


@cache
def _quantity_words() -> frozenset[str]:
    """The one-word entries of ``partitive_pronouns.txt`` ('most -', 'two 2': a word and its
    count), and "half"."""
    return frozenset(ln.split()[0] for ln in lx.read_list("partitive_pronouns.txt")
                     if len(ln.split()) == 2) | {"half"}


def _quantity_subject(verb: Token) -> Range | None:
    """'Most say …', 'Nearly half say …': a word of ``partitive_pronouns.txt`` (or "half")
    opening the clause right before the verb, which the tagger read as an adverb."""
    doc, lo = verb.doc, verb.sent.start
    b = verb.i
    while b - 1 >= lo and doc[b - 1].pos_ == "AUX":
        b -= 1
    a = b - 1
    if a < lo or doc[a].lower_ not in _quantity_words():
        return None
    if a - 1 >= lo and doc[a - 1].lower_ in _ABOUT:
        a -= 1
    if a > lo and doc[a - 1].text not in (",", ";", ":", "—") and doc[a - 1].pos_ != "CCONJ":
        return None
    return a, b


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
        if subj is not None and (subj.lower_ in ("it", "this") or dep(subj) == "expl"
                                 or subdep(subj).endswith("pass") and _has_passive_aux(verb)):
            # "It was reported that …", "It is understood that …": the text names no one.  The
            # source stays empty (no text, no offsets, type unknown) rather than pointing at
            # "it", which is no mention of anyone, or borrowing a speaker from a nearby cue:
            # a reader can tell an unattributed claim from an attributed one.  Nor is the one
            # accused or told ('Hamas was accused of …', 'Residents were warned that …').
            m.confidence = 0.6
            m.agentless = True
            m.passive_subject = subdep(subj).endswith("pass")
            return
    if _quoted_as_saying_surface(verb, m):
        return
    saying = chains.quoted_as_saying(verb)
    if saying is not None:
        y, x = saying
        m.source_head, m.source = y, np_range(y)
        m.via.append((x, np_range(x)))
        return
    opening = opening_participle_subject(verb)
    if opening is not None:
        # 'Claiming the audit was rigged, Varga told reporters …': the participle opening the
        # sentence is said by the main clause's subject, however the parse hung it
        m.source_head, m.source = head_of(verb.doc, *opening), opening
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
    if subj is None and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].lower_ == "for" \
            and verb.head != verb and verb.head.lemma_.lower() in _CREDIT_OR_BLAME:
        obj = next((c for c in verb.head.children if dep(c) in ("obj", "iobj")
                    and c.i < verb.i and chains.is_source_like(c)), None)
        if obj is not None:
            # 'thanked Ruiz for backing the plan', 'attacked the council for accepting …':
            # the one thanked or blamed did it, not the subject
            m.source_head, m.source = obj, np_range(obj)
            m.confidence = 0.6
            return
    if subj is None and verb.tag_ == "VBG" and dep(verb) == "acl" and verb.head.i < verb.i \
            and verb.head.pos_ in ("NOUN", "PROPN") and (
                chains.is_source_like(verb.head) or has_evidence_word([verb.head])):
        noun = verb.head
        main = noun.head
        author = subject_of(main) if main != noun and dep(noun) in ("obl", "obj") \
            and has_evidence_word([noun]) else None
        lead = setting_comma(verb)
        if author is None and lead is not None and has_evidence_word([noun]):
            # the parse left the setting phrase unattached: the subject after its comma
            author = next((t for t in verb.doc[lead + 1 : verb.sent.end]
                           if dep(t) == "nsubj" and t.head.i > t.i), None)
        if author is not None and not subdep(author).endswith("pass") \
                and author.lower_ not in RELATIVE_PRONOUNS \
                and author.pos_ in ("NOUN", "PROPN", "PRON") and not is_temporal([author]):
            # 'In a statement announcing the deal, the ministry said …', 'Haddad issued
            # statements promising …': the document's author
            m.source_head, m.source = author, np_range(author)
        else:  # 'a statement announcing the deal was posted', 'officials saying …'
            m.source_head, m.source = noun, np_range(noun, exclude=verb)
        m.confidence = 0.6
        return
    if subj is None and speaker_conjunct(verb):
        subj = subject_of(verb.head.head) or inherited_subject(verb.head.head)
        m.confidence = 0.7
    if subj is None:
        subj = inherited_subject(verb)
        m.confidence = 0.7
        if subj is not None and subj.lower_ in RELATIVE_PRONOUNS:
            subj = None  # 'a diplomat who asked not to be named said': read from the words
    if subj is None:
        quantity = _quantity_subject(verb)
        if quantity is not None:
            m.source, m.source_head = quantity, verb.doc[quantity[1] - 1]
        return
    m.source_head, m.source = subj, np_range(subj)
    doc = verb.doc
    b = m.source[1]
    while b < verb.i and m.source[0] < verb.i and (
            doc[b].is_title and doc[b].pos_ == "PROPN" or b > m.source[1] and b + 1 < verb.i
            and doc[b].lower_ in NAME_LINKS and doc[b + 1].is_title):
        b += 1  # 'Defence Secretary Omar Haidari told', 'the daily Voce del Porto reported':
        # a name the parse cut in two
    if b == verb.i or b > m.source[1] and doc[b].pos_ in ("ADV", "AUX"):
        m.source = (m.source[0], b)
    outlet = chains.told_outlet(verb, chains.is_outlet_like) if m.lemma == "tell" else None
    if outlet is not None:  # "Y told X (an outlet) that ...": Y is the source, X passed it on
        oa, ob = np_range(outlet)
        m.via.append((outlet, (oa, min(ob, chains.name_end(outlet)))))
    cited = chains.citing_clause(verb)
    if cited is not None and cited[0].i < subj.i and any(
            t.lower_ == "that" for t in doc[cited[0].i : subj.i]):
        cited = None  # '…, citing Y, that she had asked …': the outer verb's chain, not hers
    if cited is not None:  # "X reported, citing Y, that ...": Y is the source, X passed it on
        _, y = cited
        m.via.append((subj, m.source))
        m.source_head, m.source = y, np_range(y)


def according_to_chains(cues: list[CueMatch]) -> list[CueMatch]:
    """'Officials said the ferry would not sail, according to Radio Sawt': one claim of the
    officials, passed on by the outlet, instead of two."""
    drop = set()
    for k, p in enumerate(cues):
        if p.lemma != "according to" or p.content is None or p.content[1] > p.cue[0]:
            continue
        inner = [v for v in cues if v is not p and v.source is not None and not v.via
                 and p.content[0] <= v.cue[0] < p.content[1] and v.lemma not in (":", "―")
                 and v.lemma != "according to"
                 and lx.reporting_verbs().cue_class(v.lemma) != "position"]
        # 'The Assembly has asked for a seat, according to officials': the officials' claim
        # of a stance, not the stance passed on by them
        if not inner or p.source is None or p.source_head is None:
            continue
        v = inner[-1]
        v.via = [(p.source_head, p.source)]
        drop.add(k)
    return [c for k, c in enumerate(cues) if k not in drop]
