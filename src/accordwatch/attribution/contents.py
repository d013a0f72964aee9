"""Where the content of a verb cue starts and ends.

A cue that leads its content ("said the talks would resume", "warned the militia to stay
away", "criticized the chief for shooting …") takes a quotation, a clause or an object; the
content ends before the speaker's next act ("… and warned …"), another voice ("…, while
two diplomats said …"), the writer's description of an object ("…, which include …") and
the circumstances of the saying.  Split from ``cues.py``, which finds the cues themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from accordwatch.attribution import chains
from accordwatch.attribution import lexicons as lx
from accordwatch.attribution.spans import dep, subdep, subject_of
from accordwatch.attribution.surface import QUOTE_CLOSERS, QUOTE_OPENERS, _finite, is_temporal

if TYPE_CHECKING:
    from accordwatch.attribution.cues import CueMatch

CONTENT_FRAMES = ("ccomp", "csubj")


def find_content(verb: Token, lemma: str, m: CueMatch, rv: lx.ReportingVerbs, sent: Span):
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
              if (dep(c) in CONTENT_FRAMES or dep(c) == "xcomp" and lemma in rv.infinitive)
              and c.i > verb.i and c != m.source_head]
    start = min(f.left_edge.i for f in frames) if frames else None
    start = max(start, m.cue[1]) if start is not None else None
    if start is not None and start > m.cue[1] and lemma not in _ADDRESSEE_LEMMAS and any(
            dep(c) == "obj" and c.left_edge.i == m.cue[1] and c.right_edge.i + 1 == start
            for c in verb.children):
        start = m.cue[1]  # 'saying [the talks] [were over]': the parse split the clause
    if start is None and _object_control(verb):
        start = m.cue[1]  # 'warned the militia to stay away': the directive is the content
    that = _that_within(doc, m.cue[1], s1)
    if that is not None and (start is None or that <= start + 4 or lemma in rv.object_content
                             or doc[start].pos_ == "ADP" and start == m.cue[1]):
        # 'said [during a rally in Dorset] that …': the phrase is the saying's, not the content
        start = that
    elif lemma in rv.object_content:
        start = m.cue[1]
    if start is not None:
        start = _past_citing_phrase(doc, start, s1)
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
            if doc[i].lower_ == "that" and doc[i].pos_ in ("SCONJ", "ADP", "PRON") \
                    and not _relative_that(doc[i]):
                start = i + 1
                break
            if doc[i].text in QUOTE_OPENERS or _finite(doc[i]):
                break
    if start is None and m.cue[1] < s1 and doc[m.cue[1]].lower_ in _CIRCUMSTANCE_MARKS \
            and dep(doc[m.cue[1]].head) == "advcl" and doc[m.cue[1]].head.head == verb:
        # 'whispered as the lights went out': when it was said, not what ('would not say
        # when repairs start' asks a question); a that-clause after it is the content
        that = next((i for i in range(m.cue[1] + 2, s1)
                     if doc[i].lower_ == "that" and doc[i].pos_ == "SCONJ"), None)
        if that is None:
            return
        start = that + 1
    if start is None and lemma == "say" and m.cue[1] + 1 < s1 and doc[m.cue[1]].lower_ == "the" \
            and doc[m.cue[1] + 1].lower_ == "same":
        start = m.cue[1]  # 'said the same of Orn': what was said of another, by reference
    if start is None:
        rest = doc[m.cue[1] : s1]
        # a finite verb, a past form after a noun ('the talks stalled', 'the two raised'), or a small clause
        # ('the poll shows Ruiz leading', 'polls have shown the lead eroding')
        has_clause = any(_finite(t) or t.tag_ in ("VBD", "VBN") and t.i - 1 >= rest.start
                         and doc[t.i - 1].pos_ in ("NOUN", "PROPN", "PRON", "NUM") for t in rest) or (
            lemma in rv.document_subject or lemma == "find") and any(
            t.tag_ == "VBG" and dep(t) in ("xcomp", "advcl") and t.head == verb
            or _ing_object_clause(t, verb) for t in rest)
        has_clause = has_clause or _headline_small_clause(verb, rest, sent)
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
    if start is not None and doc[sent.start].lower_ == "as" and _as_frame(verb):
        # 'As Ruiz put it in a statement in July, the station is …': the frame's own phrases
        # are not what it frames, however the parse hung the two clauses
        comma = next((k for k in range(m.cue[1], s1) if doc[k].text == ","), None)
        if comma is not None and comma + 2 < s1:
            start = max(start, comma + 1)
    if start is None or start >= s1:
        return
    end = s1
    if subdep(verb) == "advcl" and start < verb.right_edge.i + 1 < s1 and not _as_frame(verb):
        # 'After a newspaper reported that X, no list has been agreed': a cue in a
        # subordinate clause says no more than its clause ('As experts have pointed out,
        # the fund is empty' frames the main clause, its content)
        end = verb.right_edge.i + 1
        while end > start + 1 and doc[end - 1].is_punct and doc[end - 1].text not in QUOTE_CLOSERS:
            end -= 1
    participle = subdep(verb) == "acl" and verb.tag_ == "VBG" and verb.head.i < verb.i
    if participle and dep(verb.head) == "obl" and verb.head.head.i > verb.i:
        # 'In a letter urging calm, the mayor wrote …': the phrase ends before the main clause
        main = subject_of(verb.head.head)
        if main is not None and start < main.left_edge.i < end:
            end = main.left_edge.i
            while end > start + 1 and doc[end - 1].is_punct:
                end -= 1
    comma = setting_comma(verb) if participle else None
    if comma is not None and start < comma:
        end = min(end, comma)  # 'In a statement announcing the pick, the union …'
    if (subdep(verb) == "acl:relcl" and _relative_clause_ends(verb, s1) or participle) \
            and start < verb.right_edge.i + 1 < s1:
        # 'Ruiz, who said the talks had failed, is now the favourite': what the relative
        # clause's cue says ends with the clause
        end = min(end, verb.right_edge.i + 1)
        while end > start + 1 and doc[end - 1].is_punct and doc[end - 1].text not in QUOTE_CLOSERS:
            end -= 1
    if lemma in rv.object_content and start == m.cue[1] and not frames:
        end = min(end, _object_end(verb, start, s1))
    elif start == m.cue[1] and not any(dep(f) == "ccomp" for f in frames) and any(
            dep(c) in ("obj", "iobj") and c.left_edge.i == start and not (
                c.right_edge.i + 1 < s1 and _finite(doc[c.right_edge.i + 1]))
            for c in verb.children):
        # 'indicates a tightening race [as Varga consolidates her base]', 'warned officials
        # to tighten security [while …]': an object, not a clause; a time clause stays with
        # a finding ('show an increase in attacks since the election was held')
        cut = _object_end(verb, start, s1)
        if cut < s1 and doc[cut].lower_ not in _TIME_MARKS and not _subject_past_aside(
                doc, start, cut, s1):
            end = min(end, cut)
    m.content = cut_nested_cues(verb, start, end)


def setting_comma(verb: Token) -> int | None:
    """'In a statement announcing the pick, the union …': the comma closing a setting phrase
    that opens the sentence and holds the participle ``verb``."""
    doc, sent = verb.doc, verb.sent
    if doc[sent.start].lower_ != "in" or verb.i - sent.start > 5:
        return None
    return next((k for k in range(verb.i + 1, min(sent.end - 1, verb.i + 15))
                 if doc[k].text == ","), None)


def _subject_past_aside(doc, start: int, cut: int, s1: int) -> bool:
    """'said the convoys, especially in the north, have stopped': what looked like an object
    is the subject of a verb after an aside set off by commas (a verb with no subject of its
    own)."""
    if doc[cut].text != ",":
        return False
    j = next((x for x in range(cut + 1, min(s1, cut + 10)) if doc[x].text == ","), None)
    if j is None or j + 1 >= s1 or any(_finite(t) for t in doc[cut + 1 : j]):
        return False
    t = doc[j + 1]
    if not (_finite(t) or t.pos_ == "AUX"):
        return False
    v = t.head if t.pos_ == "AUX" and dep(t) in ("aux", "cop") else t
    return v.i > j and not any(dep(c) in ("nsubj", "expl") for c in v.children)


def _relative_clause_ends(verb: Token, s1: int) -> bool:
    """Whether the relative clause of the cue ``verb`` ends where its parse ends: before the
    verb its noun is the subject of ('Ruiz, who said …, is now the favourite'), or before
    anything but a verb with no subject ('…, who said several commanders, especially in the
    wing, have refused to leave': the parse ended the clause too soon)."""
    doc = verb.doc
    noun, k = verb.head, verb.right_edge.i + 1
    if dep(noun) == "nsubj" and noun.head.i >= k:
        return True
    while k < s1 and (doc[k].is_punct or doc[k].pos_ == "ADV"):
        k += 1
    t = doc[k] if k < s1 else None
    if t is None or not (_finite(t) or t.pos_ == "AUX"):
        return True
    v = t.head if t.pos_ == "AUX" and dep(t) in ("aux", "cop") else t
    return any(dep(c) in ("nsubj", "expl") for c in v.children)


def _ing_object_clause(t: Token, verb: Token) -> bool:
    """'have shown Ruiz's lead eroding': the parse made the participle a noun, the object,
    with the small clause's subject its modifiers."""
    return (dep(t) == "obj" and t.head == verb and t.lower_ in _TREND_PARTICIPLES
            and t.tag_ in ("NN", "VBG")
            and any(dep(c) in ("compound", "nmod:poss") for c in t.children))


# what figures show a thing doing ('the lead eroding', 'support growing'); other -ing words
# after 'show' are mostly nouns ('the ministry's funding')
_TREND_PARTICIPLES = frozenset({
    "eroding", "growing", "rising", "falling", "shrinking", "slipping", "narrowing", "widening",
    "climbing", "dropping", "declining", "increasing", "decreasing", "improving", "worsening",
    "surging", "slumping", "fading", "holding", "trailing", "leading", "gaining", "losing",
    "softening", "hardening", "tightening", "collapsing", "recovering", "sliding", "soaring"})


BREAKS = (",", "—", "–", "--")
_CIRCUMSTANCE_MARKS = frozenset({"as", "while", "before", "after", "because", "since", "until",
                                 "once", "though", "although"})  # not 'when': 'say when …'

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


# verbs that report a clause and hardly ever a noun phrase with a finite verb hung on it
_SAYING_LEMMAS = frozenset({"say", "believe", "think", "argue", "insist", "contend", "claim",
                            "add", "note", "admit", "acknowledge", "predict", "suggest"})


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
        if start < s1 and doc[start].pos_ in ("NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM"):
            # 'called on police to release the videos [and called on …]': the parse hung the
            # object on the particle ('called for calm and asked …' keeps its one word whole)
            end = object_tail_end(doc, start, s1)
            return end if end - start >= 2 else s1
        return s1
    if verb.lemma_.lower() in _SAYING_LEMMAS and any(
            dep(c) == "acl" and c.i > obj.i and (
                c.tag_ in ("VBD", "VBZ", "VBP") or c.tag_ == "VBN" and any(
                    dep(g) == "obj" for g in c.children) and not any(
                    dep(g) in ("obl:agent", "aux", "aux:pass") or g.left_edge.lower_ == "by"
                    for g in c.children))
            and not any(t.text in BREAKS or t.tag_ in ("WDT", "WP") for t in doc[obj.i : c.i])
            for c in obj.children):
        # 'said the plan failed because …': a clause the parse read as an object, up to a
        # participle of the speaker's ('…, contradicting the rebels' account')
        end = next((k for k in range(obj.i + 1, s1 - 1) if doc[k].text == ","
                    and doc[k + 1].tag_ == "VBG" and doc[k + 1].head.i < obj.i), s1)
        conj = [c for c in verb.children if dep(c) == "conj" and c.i > obj.i] + [
            g for c in obj.children if dep(c) == "acl" for g in c.children
            if dep(g) == "conj" and g.lower_ in ("named", "names", "identified")]
        if conj:  # '… struck a farmhouse and named the dead as …': the speaker's next act
            cc = min(conj, key=lambda c: c.i)
            lead = next((g.i for g in cc.children if dep(g) == "cc" and g.i < cc.i), cc.i)
            end = min(end, lead)
        return end
    end = s1
    for c in verb.children:
        if c.i <= obj.i or c.left_edge.i <= obj.i:
            continue
        lead = c.left_edge.i
        comma = doc[lead].text in BREAKS or lead > start and doc[lead - 1].text in BREAKS
        if _to_clause_after(c, obj) or _reason_after(c, obj):
            continue  # 'asked the council to delay the vote', 'criticized X for shooting Y'
        if dep(c) == "advcl" and any(dep(g) == "mark" for g in c.children) or (
                comma and dep(c) in ("obl", "advcl", "appos", "parataxis", "dep", "obj",
                                     "nsubj")) or comma and dep(c) == "conj" \
                and c.tag_ in ("VBZ", "VBD", "VBP"):
            # also 'rejects rebel charge over Cape Ilvar[, backs second phase of talks]'
            end = min(end, lead)
    end = object_tail_end(doc, obj.i, end)
    for c in sorted(verb.children, key=lambda c: -c.i):
        # 'endorsed Ana Ruiz for mayor [on Thursday]': when it was said, not what
        if c.i > obj.i and c.left_edge.i > obj.i and subdep(c) in ("obl", "obl:tmod") and \
                c.right_edge.i + 1 >= end > c.left_edge.i and is_temporal(list(doc[c.left_edge.i : _before_break(c)])):
            end = c.left_edge.i
    for i in range(obj.i + 1, end - 1):
        # ', which include …', ', who took heat …': the writer's description of the object
        if doc[i].text in BREAKS and doc[i + 1].lower_ in ("which", "who", "whose", "whom"):
            end = i
            break
    end = _trimmed(doc, start, end)
    return end


_FRAMING_LEMMAS = frozenset({"say", "note", "point out", "report", "observe", "write",
                             "explain", "argue", "predict", "suggest", "warn", "put", "put it"})


def _as_frame(verb: Token) -> bool:
    """'As experts have pointed out, the fund is empty': an 'as' clause of a saying verb with
    no complement of its own frames the main clause; not 'As Ruiz complained, the council
    voted', where 'as' reads as 'while'."""
    rv = lx.reporting_verbs()
    lemma = rv.lemma_before(verb.lower_, verb.nbor().text if verb.i + 1 < len(verb.doc) else None)
    return any(dep(c) == "mark" and c.lower_ == "as" for c in verb.children) and not any(
        dep(c) in ("ccomp", "obj", "xcomp") and c.i > verb.i
        and not (lemma == "put it" and c.i == verb.i + 1) for c in verb.children) and (
        lemma in _FRAMING_LEMMAS or any(dep(c) == "aux" and c.lower_ in ("has", "have", "had")
                                        for c in verb.children))


def _before_break(tok: Token) -> int:
    """End of ``tok``'s subtree, or of its part before a comma or dash after ``tok`` ('on
    Thursday[, another sign of …]' with the apposition hung on the day)."""
    end = tok.right_edge.i + 1
    return next((k for k in range(tok.i + 1, end) if tok.doc[k].text in BREAKS), end)


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


def _past_citing_phrase(doc: Doc, start: int, end: int) -> int:
    """'said, citing its own data, that …' where the parse hung "citing" on the clause: the
    content starts after the citing phrase, which names where the claim came from."""
    if start + 1 < end and doc[start].text == "," and doc[start + 1].lower_ in chains.CITING_FORMS:
        for k in range(start + 2, min(start + 20, end - 1)):
            if doc[k].text == "," and doc[k + 1].lower_ == "that":
                return k + 1  # '…, citing officials in Velmar, Ostrava and Brenn, that …'
    return start


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
    if a < b and doc[a].pos_ == "ADP":
        window = max(window, 14)  # 'said during a long evening rally in the hills that …'
    for i in range(a, min(a + window, b)):
        if _clause_taking_noun(doc, a, i, cue_nouns):
            return None  # 'rejected the claim that …': the clause is the noun's
        if doc[i].lower_ == "that" and (doc[i].pos_ in ("SCONJ", "ADP") or doc[i].tag_ == "IN"
                                        or dep(doc[i]) == "mark"):
            return i + 1
        if doc[i].text in QUOTE_OPENERS or _finite(doc[i]) or doc[i].tag_ in ("VB", "VBG"):
            return None  # 'blasted the ministry for failing to make clear that …'
    return None


def _relative_that(t: Token) -> bool:
    """'her support of the raid that freed the hostages': 'that' right after a noun and right
    before a verb (adverbs between) is the subject of a relative clause, not a complementizer
    ('in the morning hours that Ruiz was …' has a subject after it)."""
    doc = t.doc
    if t.i == 0 or doc[t.i - 1].pos_ != "NOUN" or is_temporal([doc[t.i - 1]]):
        return False
    k = t.i + 1
    while k < len(doc) and doc[k].pos_ in ("ADV", "PART") and doc[k].lower_ != "not":
        k += 1
    return k < len(doc) and doc[k].pos_ in ("VERB", "AUX")


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


def speaker_conjunct(tok: Token) -> bool:
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
    if any(g.lower_ in ("had", "has", "have", "'d", "'ve") for g in head.children) \
            and not (head.tag_ == "VBN" and tok.tag_ == "VBD"
                     and rv.cue_class(rv.lemma(tok.lower_)) == "speech"):
        return False  # 'had watched … and thought': the perfect covers both; not 'denied
        # that troops had crossed … and called the account …', a past beside a participle
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
    return lead > 0 and doc[lead].pos_ == "CCONJ" and doc[lead - 1].text not in BREAKS + (";",)


def _loose_conjunct(verb: Token, conj: Token) -> bool:
    """'said the closures would be brief, carried out under strict rules', 'say revised plan
    is based on …': a verb the parse hung on the cue with neither a conjunction nor a subject,
    and no later conjunct with one ('said X, blamed Y and left' is a series of the
    speaker's), is a piece of what was said."""
    if any(dep(g) in ("cc", "nsubj", "nsubj:pass", "expl") for g in conj.children):
        return False
    return not any(dep(c) == "conj" and c.i > conj.i and any(dep(g) == "cc" for g in c.children)
                   for c in verb.children)


def infinitive_goes_on(verb: Token, conj: Token, a: int) -> bool:
    """'declined to threaten Moscow or even declare …', 'promising to meet and in some cases
    exceed …': after a to-infinitive content, a bare verb (or any verb after 'or') goes on
    with the infinitive, wherever the parse hung it; the speaker's next act has the cue's
    tense ('declined to comment and left')."""
    doc = verb.doc
    if doc[a].lower_ != "to" or any(subdep(g) in ("nsubj", "nsubj:pass", "aux", "expl")
                                    for g in conj.children):
        return False  # '…, but her plan would require …': a clause of its own
    cc = next((g for g in conj.children if dep(g) == "cc"), None)
    return conj.tag_ == "VB" and verb.tag_ != "VB" or cc is not None and cc.lower_ in ("or", "nor")


def other_voice(doc, i: int, b: int) -> bool:
    """', while two diplomats said …', ', though he cautioned …' at doc[i]: a contrast that
    brings in a claim of its own."""
    rv = lx.reporting_verbs()
    return doc[i].lower_ in ("while", "whereas", "though", "although") and i > 0 and \
        doc[i - 1].text == "," and any(rv.lemma(u.lower_) and u.pos_ in ("VERB", "AUX")
                                       for u in doc[i + 1 : b])


def _parallel_voice(verb: Token, i: int, b: int) -> bool:
    """', and another said …' at doc[i]: the same cue again (or another verb of saying or of a
    stance) with a subject of its own, so a second speaker's claim beside the first, not
    inside it."""
    doc = verb.doc
    if doc[i].lower_ not in ("and", "but") or doc[i - 1].text != "," or i + 1 >= b \
            or doc[i + 1].lower_ == "that":  # '…, and that Serra said …' goes on with the claim
        return False
    rv = lx.reporting_verbs()
    for u in doc[i + 2 : min(i + 10, b)]:
        if (u.lower_ == verb.lower_ or (u.tag_ in ("VBD", "VBZ") or u.tag_ == "VBN" and any(
                dep(g) == "aux" and g.lower_ in ("has", "have") for g in u.children)
                and not any(dep(g) == "aux:pass" for g in u.children)) and rv.lemma(u.lower_)
                and rv.cue_class(rv.lemma(u.lower_)) in ("speech", "position")
                and doc[i + 1].pos_ != "PRON") \
                and u.pos_ == "VERB" and dep(u) != "acl:relcl":
            # ('…, but they refused': 'they' as often names someone in what was said)
            # '…, and another said …', '…, and the opposition party has promised to …'
            return any(dep(c).startswith("nsubj") and i < c.i < u.i
                       and c.tag_ not in ("WP", "WDT") for c in u.children)
        if u.text in (",", ";") or u.pos_ == "VERB" or u.pos_ == "AUX" and dep(u) not in (
                "aux", "aux:pass"):
            return False
    return False


def cut_nested_cues(verb: Token, a: int, b: int) -> tuple[int, int]:
    """End the content before a trailing ", citing ..." or ", adding ..." that is a cue of its
    own, or before a semicolon."""
    rv = lx.reporting_verbs()
    doc = verb.doc
    for c in verb.children:
        # 'said the talks would resume, but she also warned …': a conjunct of the cue's own
        # verb is a new clause of the speaker's, not part of what was said
        if dep(c) == "conj" and a < c.i < b and a < c.left_edge.i and not any(
                dep(g) == "mark" for g in c.children) and not _joined_clause(c) \
                and not _loose_conjunct(verb, c) and not infinitive_goes_on(verb, c, a):
            b = c.left_edge.i
            b = _trimmed(doc, a, b)
    for t in doc[a:b]:
        if t.head.head == verb and t.left_edge.i > a and speaker_conjunct(t):
            b = t.left_edge.i  # 'said it was opposed to the test and warned the militia …'
            b = _trimmed(doc, a, b)
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
        if t.lower_ in _COMMENTING and doc[prev].text == "," and t != verb and dep(t) in (
                "advcl", "xcomp") and a <= t.head.i < i and _finite(t.head):
            return a, prev  # ', contradicting the police account': the writer's comment
        if other_voice(doc, i, b) or _parallel_voice(verb, i, b):
            return a, prev  # '…, while two diplomats said …': another source's claim
        if t.lower_ == "according" and doc[prev].text == "," and i + 1 < b \
                and doc[i + 1].lower_ == "to":
            return a, prev  # "…, according to Radio Sawt": the outlet passed it on
        if t.text == "," and _pronoun_speaks_again(doc, i + 1, b, rv):
            return a, i  # '…, but he refuses to discuss the candidates': the writer again
    return a, b


def _pronoun_speaks_again(doc: Doc, k: int, b: int, rv: lx.ReportingVerbs) -> bool:
    """', but he refuses …', ', and she warned …': a conjunction, a personal pronoun and a
    finite reporting or stance verb: a new act of a speaker, told by the writer."""
    if k + 2 >= b or doc[k].lower_ not in ("but", "and", "yet") \
            or doc[k + 1].lower_ not in ("he", "she"):
        return False
    j = k + 2
    while j < b and doc[j].pos_ in ("ADV", "AUX", "PART") and not _finite(doc[j]) \
            or j < b and doc[j].pos_ == "ADV":
        j += 1
    return j < b and (_finite(doc[j]) or doc[j].tag_ == "VBN" and doc[j - 1].pos_ == "AUX") \
        and rv.lemma(doc[j].lower_) is not None


_CLAUSE_MARKS = frozenset({"as", "while", "because", "although", "though", "if", "when",
                           "whenever", "after", "before", "until", "since", "unless",
                           "whereas", "once"})
_VERB_PREPOSITIONS = frozenset({"amid", "amidst", "despite"})
_ADDRESSEES = frozenset({"me", "us", "reporters", "journalists"})
# a time clause after an object goes with what was found ('a rise in attacks since …')
_TIME_MARKS = frozenset({"since", "after", "before", "until", "till", "once", "when"})
# participles by which the writer sets a report beside others ('…, contradicting the police
# account'); not those of what happened next ('…, killing five people'), which were reported
_COMMENTING = frozenset({"contradicting", "confirming", "echoing", "refuting", "rebutting",
                         "undercutting", "undermining", "disputing", "challenging",
                         "mirroring", "countering", "corroborating"})
_SPANS = frozenset({"moment", "moments", "minute", "minutes", "hour", "hours", "day", "days",
                    "week", "weeks", "month", "months", "year", "years", "night", "nights",
                    "time", "period"})


def object_tail_end(doc: Doc, obj: int, end: int) -> int:
    """Where an object content (a noun phrase or an infinitive, not a clause) that runs from
    before token ``obj`` to ``end`` stops, read from the words because the parse hangs the
    verb's phrases on the object's noun too often: at a clause of the circumstances ('backed
    the government [as the allies armed the rebels]'), the subject's next verb ('demands
    answers[, yet refuses …]'), and after a noun object also a phrase of setting or time
    ('denounced the annexation [in an on-air diatribe]', 'supported Ruiz [during his years at
    the network]'), an addressee ('mentioned the plan [to me]') or an apposition that describes
    the object ('endorsed the campaign[, the latest turn in …]').  An infinitive keeps its own
    phrases ('wants to ban cars during the festival').  Quotations are left whole."""
    settings = lx.word_set("saying_settings.txt")
    infinitive = doc[obj].tag_ == "VB"  # 'to ban cars during the festival': the verb's own
    depth = 0
    for i in range(obj + 1, end):
        t = doc[i]
        if t.text in QUOTE_OPENERS and t.text not in QUOTE_CLOSERS:
            depth += 1
        elif t.text in QUOTE_CLOSERS and t.text not in QUOTE_OPENERS:
            depth = max(depth - 1, 0)
        if depth or t.text in QUOTE_OPENERS:
            continue
        low = t.lower_
        rest = doc[i + 1 : end]
        if low == "as":
            # 'as the allies armed the rebels', not 'described X as a trap' or 'as well as'
            if dep(t) == "mark" and _finite(t.head) and t.head.i > i and any(
                    subdep(g) in ("nsubj", "nsubj:pass", "expl") for g in t.head.children) \
                    or _clause_after_as(doc, i, end):
                return _trimmed(doc, obj, i)
        elif low in _CLAUSE_MARKS and t.pos_ in ("SCONJ", "ADP") and any(
                _finite(u) for u in rest[:12]) and not (
                low in ("before", "after", "since", "until") and doc[i - 1].lower_ in _SPANS):
            # not 'the moments before he was shot', 'the days after the vote was held'
            return _trimmed(doc, obj, i)
        if low in ("yet", "but", "and") and _verb_follows(doc, i + 1, end, low != "and") \
                and not any(u.tag_ in ("WDT", "WP") for u in doc[obj + 1 : i]):
            return _trimmed(doc, obj, i)  # not 'a plan that cuts taxes and raises spending'
        if low == "and" and i + 2 < end and i - obj >= 2 \
                and doc[i + 1].tag_ in ("VBD", "VBN", "VBZ") \
                and lx.reporting_verbs().lemma_before(doc[i + 1].lower_, doc[i + 2].text) \
                and doc[i - 1].text not in BREAKS and doc[i + 2].lower_ != "by":
            return _trimmed(doc, obj, i)  # 'called on police to … [and called on people …]'
        if low == "and" and _clause_follows(doc, i + 1, end) \
                and not any(u.tag_ in ("WDT", "WP") for u in doc[obj + 1 : i]):
            return _trimmed(doc, obj, i)  # 'seek to cut costs [and creditors look to …]'
        if infinitive:
            continue
        if low in _VERB_PREPOSITIONS or low == "during" and doc[obj].pos_ in ("PROPN", "PRON"):
            return _trimmed(doc, obj, i)  # 'supported Ruiz during …', not 'the killings during …'
        if low in ("in", "on", "at") and t.whitespace_ and setting_phrase(doc, i + 1, end, settings):
            return _trimmed(doc, obj, i)
        if low == "to" and i + 1 < end and doc[i + 1].lower_ in _ADDRESSEES and i - obj <= 3 \
                and (i + 2 >= end or doc[i + 2].is_punct or doc[i + 2].pos_ in ("ADP", "SCONJ")):
            return _trimmed(doc, obj, i)
        if t.text == "," and i + 1 < end and doc[i + 1].lower_ in ("the", "a", "an") and not any(
                u.pos_ == "CCONJ" for u in rest) and not any(
                u.text in BREAKS + (":",) for u in doc[obj + 1 : i]):  # not a list: 'a network, an arm
            return _trimmed(doc, obj, i)
        if t.text == "," and i + 2 < end and doc[i + 1].tag_ == "PRP" \
                and doc[i + 1].lower_ in ("he", "she", "they", "we", "i", "it") \
                and doc[i + 2].tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return _trimmed(doc, obj, i)  # 'once he has said his part[, he likes to …]'
        if t.text == "," and i + 1 < end and doc[i + 1].tag_ == "VBG" \
                and doc[i + 1].pos_ == "VERB" \
                and doc[i + 1].head.i <= obj \
                and doc[i + 1].lower_ not in ("including", "according", "excluding", "involving"):
            return _trimmed(doc, obj, i)  # 'ruled against the purge[, dealing a blow to …]'
    return end


def _clause_follows(doc: Doc, a: int, end: int) -> bool:
    """A subject of up to four words (a noun or a pronoun heading it) and then a finite verb:
    a clause of its own after a conjunction ('and creditors look to …')."""
    for k in range(a, min(a + 5, end)):
        u = doc[k]
        if u.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return k > a and doc[k - 1].tag_ in ("NN", "NNS", "NNP", "NNPS", "PRP")
        if u.tag_ == "PRP" and k > a:
            return False  # 'the vibrancy he was bringing': a relative clause, no subject
        if u.tag_ not in ("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "CD", "POS"):
            return False
    return False


def _clause_after_as(doc: Doc, i: int, end: int) -> bool:
    """'as the donors armed …' parsed as a phrase: 'as', a subject noun phrase, a finite verb."""
    if i > 0 and doc[i - 1].lower_ in ("such", "just", "so"):
        return False
    for k in range(i + 1, min(i + 9, end)):
        u = doc[k]
        if u.tag_ in ("WP", "WDT"):
            return False  # 'described Varga as someone who lied': a relative clause
        if u.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "CCONJ") or u.text == ",":
            continue
        return k > i + 1 and u.tag_ in ("VBD", "VBZ", "VBP", "MD")
    return False


def setting_phrase(doc: Doc, a: int, end: int, settings: frozenset[str] | None = None) -> bool:
    """'an on-air diatribe', 'Tuesday's interview': determiners and modifiers, then a noun of
    ``saying_settings.txt`` heading the phrase (not 'the ban on rally permits')."""
    settings = settings if settings is not None else lx.word_set("saying_settings.txt")
    for k in range(a, min(a + 6, end)):
        if doc[k].lower_ in settings and doc[k].pos_ in ("NOUN", "PROPN"):
            return k + 1 >= end or doc[k + 1].pos_ not in ("NOUN", "PROPN")
        if doc[k].pos_ not in ("DET", "ADJ", "PRON", "NOUN", "PROPN", "PART", "PUNCT", "NUM") \
                and doc[k].tag_ not in ("VBN", "VBG") or doc[k].text in (",", ";"):
            return False
    return False


def _verb_follows(doc: Doc, a: int, end: int, plain_present: bool) -> bool:
    """A finite verb or auxiliary right after a conjunction (adverbs between): the subject's
    next act, not more of the object.  A plain present ('and rely on') reads as an infinitive
    going on after 'to share … and' unless ``plain_present`` (after 'but', 'yet')."""
    for k in range(a, min(a + 3, end)):
        if doc[k].pos_ == "ADV":
            continue
        tags = ("VBD", "VBZ", "MD") + (("VBP",) if plain_present or doc[k].pos_ == "AUX" else ())
        return doc[k].tag_ in tags
    return False


def _trimmed(doc: Doc, a: int, b: int) -> int:
    """``b`` moved back over punctuation (quote marks excepted) and a dangling conjunction."""
    while b > a + 1 and (doc[b - 1].is_punct and doc[b - 1].text not in QUOTE_CLOSERS
                         or doc[b - 1].pos_ == "CCONJ"):
        b -= 1
    return b


_GREETINGS = frozenset({"goodbye", "farewell", "hello", "thanks", "thank", "sorry", "yes", "no",
                        "welcome", "congratulations"})


def _headline_small_clause(verb: Token, rest: Span, sent: Span) -> bool:
    """'Army says coast road open to traffic', 'Ruiz says truce holding despite shelling': a
    headline drops the copula, so a noun and then what is said of it (an adjective, a
    participle, an infinitive) is a clause there.  A headline: a present verb, no final mark."""
    doc = verb.doc
    last = doc[sent.end - 1]
    if verb.tag_ not in ("VBZ", "VBP") or last.text in (".", "!", "?", "”", '"') \
            or "\n" in doc[sent.start : sent.end].text.strip():
        return False
    toks = list(rest)
    if not toks or toks[0].lower_ in _GREETINGS:
        return False  # 'Kast says goodbye to supporters waiting outside': no clause
    for k, t in enumerate(toks[:-1]):
        if t.pos_ == "ADP":
            return False  # the noun of a phrase ('to supporters waiting') is no subject
        if t.pos_ in ("NOUN", "PROPN", "PRON") and k + 1 < len(toks):
            nxt = toks[k + 1]
            if nxt.tag_ in ("JJ", "VBG", "VBN") or nxt.lower_ == "to" and k + 2 < len(toks) \
                    and toks[k + 2].tag_ == "VB":
                return True
    return False
