"""Cue phrases that are not verbs: "according to X" (and the other multiword prepositions of
``lexicons/attribution_prepositions.txt``) and cue nouns taking a clause ("X's statement that")."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from accordwatch.attribution import chains
from accordwatch.attribution import lexicons as lx
from accordwatch.attribution.contents import object_tail_end, other_voice
from accordwatch.attribution.cues import CueMatch, has_evidence_word
from accordwatch.attribution.spans import dep, is_verbal, np_range, subdep, subtree_range
from accordwatch.attribution.surface import QUOTE_CLOSERS, _finite, head_of, is_temporal

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
        pp_end = _phrase_end(doc, src, sent)
        relative = _which_cited_surface(doc, sb, sent)
        behind = chains.which_cited(src)
        if relative is not None:  # "according to X, which cited Y, …" read from the words
            y, pp_end = relative
            m.via.append((src, (sa, sb)))
            m.source_head, m.source = head_of(doc, *y), y
        elif behind is not None:
            m.via.append((src, (sa, sb)))
            m.source_head, m.source = behind, np_range(behind)
        s0, s1 = sent.start, sent.end
        if tok.i > s0 + 1 and relative is None and not any(
                doc[j].text in (",", ";", "—", "–") for j in range(src.i, s1)):
            pp_end = s1  # 'Talks resume, according to two people briefed on the schedule.'
        if relative is None and not behind:
            e = pp_end
            while e > sb and (doc[e - 1].is_punct or doc[e - 1].is_space):
                e -= 1
            if sb < e <= sa + 12 and not any(_finite(t) for t in doc[sb:e]):
                m.source = (sa, e)  # "two people briefed on the schedule": the whole phrase
        if tok.i > s0 + 1 and relative is None and pp_end < s1 - 1 \
                and doc[pp_end - 1].text == "," and doc[pp_end].lower_ in ("who", "which"):
            pp_end = s1  # '…, according to Palestinian sources, who have named …': the
            # relative clause is the source's, and the content is all before the cue
        if tok.i <= s0 + 1:
            end = next((i - 1 for i in range(pp_end + 1, s1) if other_voice(doc, i, s1)), s1)
            m.content = (pp_end, end)  # '…, though he cautioned that …' is his next claim
        elif pp_end >= s1 - 1:
            m.content = (s0, tok.i)
        else:
            m.content = (s0, s1)
            m.enclosing = True
        return m
    return None


def in_findings_cue(tok: Token, sent: Span) -> CueMatch | None:
    """'In the latest poll, Varga leads Ruiz by five points': figures (``findings_words.txt``)
    heading the phrase that opens the sentence with "in" are the source of the clause after
    the comma, when nothing else in the sentence names one (no reporting verb, no "according
    to"); not in a question, and the content stops where another clause is joined ('…, but
    Ruiz won')."""
    doc = tok.doc
    if tok.i != sent.start or sent.text.rstrip().endswith("?"):
        return None
    comma = next((k for k in range(tok.i + 2, min(tok.i + 14, sent.end)) if doc[k].text == ","),
                 None)
    if comma is None or any(_finite(t) for t in doc[tok.i + 1 : comma]):
        return None
    # the head: the last noun before the phrase's own modifiers ('the poll of 900 voters')
    stop = next((t.i for t in doc[tok.i + 1 : comma] if t.pos_ == "ADP" or t.tag_ in ("VBN", "VBG")
                 or t.lower_ in ("which", "that", "who")), comma)
    head = next((t for t in reversed(doc[tok.i + 1 : stop]) if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None or head.lower_ not in lx.word_set("findings_words.txt") or stop < comma and doc[stop].lower_ in (
            "which", "that", "who"):
        return None
    end = sent.end
    while end > comma + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if doc[comma + 1].lower_ in ("which", "who", "that", "whose") \
            or not _clause_opens(doc, comma + 1, end):
        return None  # 'In polls, however, …', 'In the poll, which …': no clause of its own
    end = next((k for k in range(comma + 2, end) if doc[k].text == ";" or doc[k].text == ","
                and k + 1 < end and doc[k + 1].pos_ in ("CCONJ", "SCONJ", "DET")), end)
    rest = doc[comma + 1 : end]
    rv = lx.reporting_verbs()
    if any(rv.lemma(t.lower_) is not None and t.pos_ in ("VERB", "AUX") or t.lower_ == "according"
           for t in doc[comma + 1 : sent.end]):
        return None
    if not any(_finite(t) for t in rest):
        return None
    return CueMatch(cue=(tok.i, tok.i + 1), lemma="according to", source_head=head,
                    source=(tok.i + 1, stop), content=(comma + 1, end), confidence=0.6,
                    not_speaker=True)


def _which_cited_surface(doc, b: int, sent: Span):
    """After the noun phrase of "according to X" ending at ``b``: ', which cited Y[,]' ->
    (range of Y, end of the whole phrase)."""
    hi = sent.end
    if not (b + 3 < hi and doc[b].text == "," and doc[b + 1].lower_ in ("which", "who")
            and doc[b + 2].lower_ in chains.PASSING_ON_FORMS):
        return None
    a = e = b + 3
    while e < hi and doc[e].text not in (",", ";", ":", ".", "—", "–") and e - a < 12:
        e += 1
    end = e + 1 if e < hi and doc[e].text == "," else e
    while e > a and (doc[e - 1].is_punct or doc[e - 1].is_space):
        e -= 1
    if e <= a:
        return None
    return (a, e), end


def _object_after(doc, i: int, sent: Span) -> Token | None:
    """The head of the noun phrase starting at token ``i``."""
    if i >= sent.end:
        return None
    tok = doc[i]
    for _ in range(6):
        head = tok.head
        if head == tok or not (i <= head.i < sent.end) or head.pos_ in ("VERB", "AUX"):
            break
        if any(doc[k].text == "," for k in range(tok.i, head.i)):
            break  # "according to X, which cited Y, the list is final": X ends at the comma
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


@cache
def stance_nouns() -> dict[str, tuple[frozenset[str], str]]:
    """``lexicons/stance_nouns.txt``: noun -> (prepositions before its content, verb lemma)."""
    out = {}
    for line in lx.read_list("stance_nouns.txt"):
        noun, preps, verb = (p.strip() for p in line.split("|"))
        out[noun] = (frozenset(preps.split()), verb)
    return out


def stance_noun_cue(noun: Token) -> CueMatch | None:
    """'Hamas's rejection of the plan', 'Egypt's offer to mediate', 'her warning of delays':
    a noun of ``stance_nouns.txt`` with a possessor that can speak and, right after it, the
    preposition and what the stance is about (the content); the noun is the cue, and the verb
    it stands for gives the claim its class and negation.  Not when the stance is only
    supposed: in a condition, a question, or denied by the sentence ('denied her rejection of
    the plan')."""
    entry = stance_nouns().get(noun.lower_)
    doc, sent = noun.doc, noun.sent
    if entry is None or noun.i + 2 >= sent.end or noun.dep_ == "ROOT" \
            and _light_verb_read_as_adjective(noun) is None:
        return None  # a noun as the root: a headline the parse missed ('… decision to close port angers …')
    preps, verb = entry
    p = doc[noun.i + 1]
    nxt = doc[p.i + 1]
    infinitive = p.lower_ == "to" and (nxt.tag_ == "VB" or p.tag_ == "TO" and nxt.pos_ in (
        "VERB", "NOUN") and nxt.tag_ in ("VB", "VBP", "NN"))  # 'offer to mediate', however tagged
    if not (p.lower_ in preps or infinitive and "inf" in preps):
        return None
    src = _possessor(noun)
    cue = (noun.i, noun.i + 1)
    if src is None:
        light = _light_verb_source(noun)
        if light is None:
            return None
        cue, src = light
    head = doc[src[1] - 1]
    if not (chains.is_source_like(head) or head.lower_ in _GOVERNMENT_NOUNS
            or head.lower_ in ("his", "her", "their", "its")
            or cue[0] != noun.i and src[1] - src[0] == 1
            and (head.lower_,) in lx.partitive_pronouns()) or is_temporal([head]):
        return None  # not "Monday's rejection of the plan"; but 'some voiced concern that …'
    if _only_supposed(noun, sent):
        return None
    # the parse often hangs the phrase on the light verb: 'voiced support [for the quota]'
    holders = list(noun.children) + (list(noun.head.children) if cue[0] != noun.i else [])
    top = nxt if infinitive else next((c for c in holders if c.left_edge.i == p.i), None)
    if top is None and p.lower_ == "that" and cue[0] != noun.i:
        top = doc[sent.end - 1]  # 'voiced hope that …' hung elsewhere: the sentence's rest
    if top is None or top.i <= p.i:
        return None
    end = sent.end if infinitive else min(top.right_edge.i + 1, sent.end)
    if noun.head.i > noun.i and cue[0] == noun.i:
        end = min(end, noun.head.i)  # never into the verb the noun phrase hangs on
    if p.lower_ == "that":
        # 'expressed concern that the truce could collapse': the clause, its verbs included
        if not (_opens_clause(nxt) or nxt.tag_ == "VBG") or not any(_finite(t) for t in doc[p.i + 1 : end]):
            return None  # 'concern that week', not a clause
        end = next((k for k in range(p.i + 2, end) if doc[k].text in (";", "—", "–", ":")
                    or _said_next(doc, k, end)), end)
    else:
        # nor into the sentence's own verb the parse put inside ('the decision to delay the
        # vote angered Varga')
        end = next((k for k in range(p.i + 2, end) if doc[k].tag_ in ("VBD", "VBZ", "VBP", "MD")
                    and doc[k] != top or doc[k].text in (",", ";", "—", "–", ":")), end)
    if cue[0] != noun.i and not infinitive and p.lower_ != "that":
        end = object_tail_end(doc, p.i + 1, end)  # '… for the quota [at a rally]'
    while end > p.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    start = p.i if infinitive else p.i + 1
    if end <= start or cue[0] != noun.i and end - start < 2 and doc[start].pos_ != "PROPN":
        return None  # 'reiterated calls for calm': one word is no content; the verb's claim stays
    return CueMatch(cue=cue, lemma=verb, source_head=head, source=src,
                    content=(start, end), negative=verb in lx.reporting_verbs().negative,
                    confidence=0.6, not_speaker=True)


def _said_next(doc, k: int, end: int) -> bool:
    """', and said he expects …' at doc[k]: the same subject goes on to another claim."""
    return doc[k].text == "," and k + 2 < end and doc[k + 1].lower_ in ("and", "but") \
        and doc[k + 2].tag_ in ("VBD", "VBZ") \
        and lx.reporting_verbs().lemma(doc[k + 2].lower_) is not None


# verbs that only voice the stance their object names: 'Ruiz voiced support for the quota'
# not 'announce' or 'pledge': 'announced support for displaced families' is aid, not a stance
_LIGHT_VERBS = ("express", "voice", "signal", "reiterate", "restate", "reaffirm", "declare",
                "register", "indicate", "state")
# verbs that perform the speech act their object names ('issued a warning that …', 'made a
# strong condemnation of …', 'made an offer to mediate'), never with a noun of support or of a
# feeling: 'gave support to families' is aid, 'the ruling gave hope that …' no one's belief
_ACT_VERBS = ("make", "issue", "deliver", "give", "lodge")
_NOT_ACTS = frozenset({"support", "backing", "acceptance", "opposition", "concern", "concerns",
                       "fear", "fears", "hope", "hopes", "confidence", "belief", "optimism",
                       "doubt", "doubts", "frustration"})


@cache
def _light_verb_forms() -> frozenset[str]:
    return frozenset(f for v in _LIGHT_VERBS for f in lx.inflections(v)) | {"signalled",
                                                                            "signalling"}


@cache
def _act_verb_forms() -> frozenset[str]:
    return frozenset(f for v in _ACT_VERBS for f in lx.inflections(v)) | {
        "made", "gave", "given"}


def _light_verb(noun: Token, verb: Token) -> bool:
    low = verb.lower_
    return low in _light_verb_forms() or low in _act_verb_forms() and noun.lower_ not in _NOT_ACTS


def _light_verb_source(noun: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'Ruiz voiced strong support for the quota': a stance noun, with only adjectives before
    it, the object of a verb of ``_LIGHT_VERBS`` in the active voice: the cue runs from that
    verb to the noun, and the verb's subject is the party."""
    from accordwatch.attribution.cues import _find_source

    verb = noun.head
    if dep(noun) not in ("obj", "xcomp") or verb.pos_ != "VERB" or not _light_verb(noun, verb) \
            or verb.i > noun.i or any(verb.doc[k].pos_ not in ("ADJ", "ADV")
                                      and verb.doc[k].lower_ not in ("a", "an", "the")
                                      and not (dep(verb.doc[k]) == "amod"
                                               and verb.doc[k].head == noun)
                                      for k in range(verb.i + 1, noun.i)):
        return _light_verb_read_as_adjective(noun)
    m = CueMatch(cue=(verb.i, noun.i + 1), lemma=verb.lemma_.lower())
    _find_source(verb, m)
    if m.source is None or m.agentless or m.source[0] >= verb.i:
        return None
    return m.cue, m.source


def _light_verb_read_as_adjective(noun: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """', though some expressed frustration that …': the parse made the light verb an
    adjective of the stance noun.  The verb's subject is then the word before it: a pronoun
    of a group ('some', 'many', 'most') opening its clause, or a name or a plural noun."""
    doc, lo = noun.doc, noun.sent.start
    k = noun.i - 1
    while k > lo and doc[k].pos_ == "ADJ" and doc[k].lower_ not in _light_verb_forms():
        k -= 1
    verb = doc[k]
    if k - 1 < lo or verb.lower_ not in _light_verb_forms() \
            or verb.tag_ not in ("VBD", "VBN", "JJ") or verb.head != noun:
        return None
    a = k - 1
    if (doc[a].lower_,) in lx.partitive_pronouns():
        opens = a == lo or doc[a - 1].text in (",", ";", "—") or doc[a - 1].pos_ in (
            "SCONJ", "CCONJ")
        return ((k, noun.i + 1), (a, k)) if opens else None
    if doc[a].tag_ not in ("NNS", "NNPS", "NNP"):
        return None
    while a - 1 >= lo and doc[a - 1].pos_ in ("PROPN", "NOUN", "ADJ", "DET") \
            and doc[a - 1].tag_ != "WDT":
        a -= 1
    return (k, noun.i + 1), (a, k)


_GOVERNMENT_NOUNS = frozenset({"ministry", "government", "administration", "cabinet",
                               "parliament", "presidency", "army", "military"})


def _only_supposed(noun: Token, sent: Span) -> bool:
    """A stance noun in a question, under 'if'/'unless'/'whether', or the object of a denial."""
    if sent.text.rstrip().rstrip("”’\"'").endswith("?"):
        return True
    rv = lx.reporting_verbs()
    cur = noun
    for _ in range(8):
        if any(dep(c) == "mark" and c.lower_ in ("if", "unless", "whether") for c in cur.children):
            return True
        if cur.head == cur:
            return False
        if rv.lemma(cur.head.lower_) in rv.negative and cur.head.i < noun.i:
            return True
        cur = cur.head
    return False


def noun_cue(noun: Token) -> CueMatch | None:
    """'the ministry's statement that …', 'his assertion that …', 'a claim by the group that
    …': a cue noun, its source (a possessive before it or a by-phrase after it) and the
    that-clause it takes.  Read from the words first: the parser often hangs such a clause on
    the verb of the sentence instead of the noun."""
    doc, sent = noun.doc, noun.sent
    i, src = noun.i + 1, None
    if i < sent.end and doc[i].lower_ in ("by", "from"):
        j = i + 1
        while j < min(sent.end, i + 10) and doc[j].lower_ != "that" and not doc[j].is_punct:
            j += 1
        if j >= sent.end or doc[j].lower_ != "that" or j == i + 1:
            return _parsed_noun_cue(noun)
        src, i = (i + 1, j), j
    if i + 1 >= sent.end or doc[i].lower_ != "that" or not _opens_clause(doc[i + 1]):
        return _parsed_noun_cue(noun)
    if src is None:
        src = _possessor(noun)
    if src is None:
        return None
    end = _before_main_verb(doc, i + 1, sent.end)
    head = doc[src[1] - 1]
    return CueMatch(cue=(noun.i, noun.i + 1), lemma=noun.lower_, source_head=head, source=src,
                    content=(i + 1, end), confidence=0.7)


def _opens_clause(tok: Token) -> bool:
    """After "that": a subject opens a content clause; a verb opens a relative clause
    ("the statement that was issued")."""
    return tok.pos_ in ("DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ") and not tok.tag_.startswith("VB")


def _possessor(noun: Token) -> tuple[int, int] | None:
    """'Ana Ruiz's claim' -> Ana Ruiz; 'his claim' -> his."""
    doc, lo = noun.doc, noun.sent.start
    j = noun.i - 1
    while j >= lo and doc[j].pos_ == "ADJ":  # "her repeated claim"
        j -= 1
    if j < lo:
        return None
    if doc[j].tag_ == "PRP$" or doc[j].lower_ in ("his", "her", "their", "its"):
        return j, j + 1
    if doc[j].tag_ != "POS" and doc[j].text not in ("'s", "’s", "'", "’"):
        return None
    b = j
    a = b - 1
    while a - 1 >= lo and doc[a - 1].pos_ in ("PROPN", "NOUN") and not doc[a - 1].is_punct:
        a -= 1
    if a < lo or doc[a].pos_ not in ("PROPN", "NOUN"):
        return None
    if a - 1 >= lo and doc[a - 1].lower_ in ("the", "a", "an"):
        a -= 1
    return a, b


def _before_main_verb(doc, a: int, b: int) -> int:
    """End of a that-clause standing in a subject ('X's claim that the vote was rigged drew
    protests'): before the second finite verb that nothing joins to the first."""
    seen_finite = False
    for k in range(a, b):
        t = doc[k]
        if t.lower_ in ("that", "which", "who", "whom") or t.pos_ in ("CCONJ", "SCONJ") \
                or t.text in (",", ";", "—", "–"):
            return b  # a joined or embedded clause: the parse of the sentence is all we have
        prev = doc[k - 1]
        finite = t.tag_ in ("VBD", "VBZ", "VBP", "MD") or (
            t.tag_ == "VBN" and prev.pos_ in ("NOUN", "PROPN", "PRON", "NUM"))
        if finite and seen_finite:
            return k
        if seen_finite and t.tag_ in ("VBD", "VBN") and prev.tag_ in ("VBD", "VBN") \
                and prev.lower_ not in ("had", "has", "have", "was", "were", "been", "is", "are") \
                and prev.pos_ != "AUX":
            return k  # 'X's claim that the vote had collapsed surprised …': two verbs in a row
        seen_finite = seen_finite or finite
    return b


def _parsed_noun_cue(noun: Token) -> CueMatch | None:
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


# -- "Video shows that …" read as a noun -------------------------------------------------------

_NP_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PART", "CCONJ"})


def misparsed_evidence_verb(tok: Token, sent: Span) -> CueMatch | None:
    """'Video shows that …', 'Data from the survey show the council leads …', '…, a review of
    the filings shows.': the parse read the verb as a noun ('TV shows'), so the words decide.
    The word before is a document or figures (``evidence_words.txt``) heading a noun phrase
    that opens its clause, and after it come 'that' and a clause, a clause, or (a trailing
    cue) only the end of the sentence, the content then being the clause before the comma."""
    doc = tok.doc
    if tok.lower_ not in ("shows", "show", "showed") or tok.pos_ not in ("NOUN", "VERB") \
            or tok.i == sent.start:
        return None
    end = sent.end
    while end > tok.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    trailing = end == tok.i + 1
    if trailing:
        content_start = None
    elif doc[tok.i + 1].lower_ == "that" and any(_finite(t) for t in doc[tok.i + 2 : end]):
        content_start = tok.i + 2
    elif _clause_opens(doc, tok.i + 1, end):
        content_start = tok.i + 1
    else:
        return None
    a = tok.i
    while a > sent.start and tok.i - a < 14 and _np_word_leftwards(doc[a - 1]):
        a -= 1
    while a < tok.i and doc[a].pos_ in ("ADP", "CCONJ", "PART", "ADV"):
        a += 1
    if a == tok.i or not has_evidence_word(doc[a : tok.i]):
        return None
    if trailing:
        # '…, a review of the filings shows.': the clause before the comma is the content
        if a - 1 <= sent.start or doc[a - 1].text != "," or doc[a - 2].is_punct \
                and doc[a - 2].text not in QUOTE_CLOSERS:
            return None
        if not any(_finite(t) or t.pos_ == "VERB" and t.tag_ not in ("VBG", "VBN", "VB")
                   for t in doc[sent.start : a - 1]):
            return None
        content = (sent.start, a - 1)
    else:
        if a > sent.start and not (doc[a - 1].is_punct or doc[a - 1].pos_ in ("CCONJ", "SCONJ")):
            # the phrase must open its clause: '… after leaked documents show …'
            k = next((k for k in range(tok.i - 1, a - 1, -1)
                      if doc[k].lower_ in _CLAUSE_OPENERS), None)
            if k is None or not has_evidence_word(doc[k + 1 : tok.i]):
                return None
            a = k + 1
        content = (content_start, end)
    return CueMatch(cue=(tok.i, tok.i + 1), lemma="show", source_head=head_of(doc, a, tok.i),
                    source=(a, tok.i), content=content, confidence=0.6)


def misparsed_accusation(tok: Token, sent: Span) -> CueMatch | None:
    """'The council on Saturday accused government forces of shelling …': with a time between
    subject and verb the parse reads 'accused government forces' as a noun phrase (the accused
    forces) and leaves the sentence without a finite verb; the words decide.  The verb's
    subject is the noun phrase opening the sentence, less the time; what follows is the
    content, which must go on with 'of' or 'for' ('accused X of Y', 'blamed X for Y')."""
    doc = tok.doc
    prep = {"accused": "of", "blamed": "for"}.get(tok.lower_)
    if prep is None or tok.tag_ != "VBN" or dep(tok) != "amod" or tok.i == sent.start \
            or tok.head.i < tok.i or tok.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(_finite(t) for t in doc[sent.start : tok.head.i + 1]) or any(
            dep(t) == "root" and t.pos_ in ("VERB", "AUX") for t in sent):
        return None
    end = sent.end
    while end > tok.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if not any(t.lower_ == prep for t in doc[tok.head.i + 1 : min(end, tok.head.i + 3)]):
        return None
    b = tok.i  # the subject ends before the time: 'The council [on Saturday]'
    while b > sent.start and (is_temporal([doc[b - 1]]) or doc[b - 1].pos_ == "ADV"
                              or doc[b - 1].text == ","):
        b -= 1
    if b < tok.i and b > sent.start and doc[b - 1].lower_ in ("on", "late", "early"):
        b -= 1
    a = sent.start
    if b <= a or not any(t.pos_ in ("NOUN", "PROPN") for t in doc[a:b]):
        return None
    return CueMatch(cue=(tok.i, tok.i + 1), lemma=tok.lemma_ if tok.lemma_ in (
        "accuse", "blame") else ("accuse" if prep == "of" else "blame"),
        source_head=head_of(doc, a, b), source=(a, b), content=(tok.i + 1, end), confidence=0.6)


# words that open a subordinate clause whose subject can be the documents that show
_CLAUSE_OPENERS = frozenset({"after", "as", "because", "since", "when", "while", "though",
                             "although", "before", "until"})


def _clause_opens(doc, a: int, end: int) -> bool:
    """A subject noun phrase and then a finite verb from doc[a] on: 'the council leads …', or
    a participle after a short one ('Varga leading Ruiz by five points')."""
    for k in range(a, min(a + 8, end)):
        u = doc[k]
        if _finite(u) or u.tag_ == "VBG" and 0 < k - a <= 3:
            return k > a
        if u.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON") or u.text in (",", ";"):
            return False
    return False


def _np_word_leftwards(t: Token) -> bool:
    """A word of a noun phrase read leftwards from its head: 'newly filed campaign-finance'."""
    if t.text in (",", ";", ":"):
        return False
    return t.pos_ in _NP_TAGS or t.tag_ in ("VBN", "VBG") and dep(t) in ("amod", "compound") \
        or t.tag_ == "VBN" or t.tag_ == "PRP$" or t.lower_ == "over" \
        or t.pos_ == "ADV" and t.lower_.endswith("ly") \
        or t.text in ("-", "–") and not t.whitespace_
    # 'Leaked documents from his tax return show …', 'The average of polls taken over two
    # weeks shows …': the phrases of the noun are part of it


_MADE_FORMS = frozenset({"make", "makes", "made", "making"})


def made_clear_cue(verb: Token, sent: Span) -> CueMatch | None:
    """'Ruiz made it clear that she would stay', 'Officials have made plain they will not
    sign': "make (it) clear / plain" and the clause after it, said by the verb's subject."""
    from accordwatch.attribution.cues import _find_source

    doc = verb.doc
    if verb.lower_ not in _MADE_FORMS or verb.pos_ != "VERB":
        return None
    k = verb.i + 1
    if k < sent.end and doc[k].lower_ == "it":
        k += 1
    if k + 1 >= sent.end or doc[k].lower_ not in ("clear", "plain"):
        return None
    adj = doc[k]
    clause = next((c for c in list(verb.children) + list(adj.children)
                   if dep(c) in ("ccomp", "parataxis", "advcl") and c.i > adj.i
                   and (is_verbal(c) or dep(c) == "ccomp")
                   # 'made clear they will not sign', parsed as two clauses side by side
                   or dep(c) == "conj" and c.i > adj.i and is_verbal(c)
                   and any(subdep(g) == "nsubj" for g in c.children)
                   and not any(doc[j].pos_ == "CCONJ" or doc[j].text == ","
                               for j in range(adj.i + 1, c.left_edge.i))), None)
    start = clause.left_edge.i if clause is not None else adj.i + 1
    if clause is None and verb.head.i > adj.i and is_verbal(verb.head) \
            and dep(verb) in ("advcl", "parataxis", "ccomp"):
        clause = verb.head  # the parse made the cue hang on what was made clear
    if clause is None:
        return None  # 'made it clear to voters', 'made clear its opposition'
    while start < clause.i and (doc[start].lower_ == "that" or doc[start].is_punct):
        start += 1
    if start <= adj.i or any(doc[j].text in (",", ";", ":") for j in range(adj.i + 1, start)) \
            and doc[start - 1].lower_ != "that":
        return None  # 'made it clear, as she left, that …' keeps only what the parse joins
    end = min(clause.right_edge.i + 1, sent.end)
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    m = CueMatch(cue=(verb.i, adj.i + 1), lemma="state", content=(start, end))
    _find_source(verb, m)
    if m.source is None or m.agentless or m.source[0] >= verb.i \
            or not chains.is_source_like(head_of(doc, *m.source)):
        return None  # 'the storm made it clear that …': no one speaks
    return m
