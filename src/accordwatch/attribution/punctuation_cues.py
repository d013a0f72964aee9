"""Cues that are punctuation, or that punctuation makes cues: read from the surface.

* a speaker label:     'WALLACE: Let's start with the debate.'  (transcripts)
* a headline label:    'Poll: Voters turn to the challenger'   'Ana Ruiz: "We will not sign"'
* an epigraph dash:    '“We were never asked.” ― Lena Ort'
* a verb and a colon:  'Ruiz continued: “…”'   'The Gazette reports:' + a quotation after it
* a title-case headline: 'Retired General Reveals Doubts Over Truce'  (the tagger reads a
  capitalised verb as a name, so the line's shape tells the verb)

A colon or a dash says nothing about who speaks by itself, so each shape asks for a label that
can be a source: a name, a speaker label in capitals, or a noun of the source lexicons
("poll", "report", "sources").  Labels that only organise a page ("Update:", "Photo:") are
listed in ``lexicons/colon_non_sources.txt``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from accordwatch.attribution import lexicons as lx
from accordwatch.attribution.cues import CueMatch
from accordwatch.attribution.surface import QUOTE_OPENERS, is_temporal, source_before

DASHES = frozenset({"―", "—", "–", "--"})
MAX_LABEL = 5


def _source_nouns() -> frozenset[str]:
    return (lx.word_set("document_words.txt") | lx.word_set("anonymous_nouns.txt")
            | lx.word_set("outlet_words.txt") | _LABEL_ROLES)


# roles that label a headline's speaker ('Minister: exchange to start Friday'); not 'Head:',
# 'Chair:', 'General:' or 'Leader:', which also label sections and columns
_LABEL_ROLES = frozenset({"spokesperson", "spokesman", "spokeswoman", "president", "minister",
                          "premier", "ambassador", "envoy", "mediator", "negotiator", "senator",
                          "governor", "mayor", "commander", "judge", "chancellor",
                          "secretary-general", "negotiators", "mediators"})
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")


def _name_like(tokens: list[Token]) -> bool:
    """A capitalised name of one to five words ('Ana Ruiz', 'Pat O'Neil', 'Rush Limbaugh')."""
    if not 1 <= len(tokens) <= MAX_LABEL:
        return False
    words = [t for t in tokens if not t.is_punct]
    if not words or not all(t.is_title or t.is_upper or t.lower_ in ("de", "al", "van", "von", "bin")
                            or t.text in ("'s", "’s") for t in words):
        return False
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in words)


def _label_is_source(tokens: list[Token]) -> bool:
    text = " ".join(t.lower_ for t in tokens)
    if "".join(t.lower_ for t in tokens[-3:]) in _LABEL_ROLES:
        return True  # 'Secretary-general:'
    if text in lx.word_set("colon_non_sources.txt"):
        return False
    if len(tokens) == 1 and tokens[0].is_upper and len(tokens[0].text) >= 2 and tokens[0].is_alpha:
        return True  # a transcript's speaker label
    if tokens[-1].lower_ in _source_nouns():
        return True  # 'Poll:', 'Report:', 'Sources:'
    return _name_like(tokens) and (len(tokens) >= 2 or tokens[0].ent_type_ in ("PERSON", "ORG"))


def _one_word_name(tok: Token) -> bool:
    """'Varga' of 'Varga: …': a capitalised word of letters, not a time, a country or a page
    label (the NER's place is not trusted here: the label is kept only when the article
    names a person with that word, see ``colon_label_cue``)."""
    return (tok.is_alpha and tok.is_title and len(tok.text) >= 3 and not is_temporal([tok])
            and tok.ent_type_ not in ("DATE", "TIME", "NORP", "EVENT")
            and tok.lower_ not in lx.word_set("colon_non_sources.txt")
            and tok.lower_ not in lx.word_set("countries.txt"))


def _bounds(para: Doc | Span) -> tuple[Doc, int, int]:
    if isinstance(para, Span):
        return para.doc, para.start, para.end
    return para, 0, len(para)


def colon_label_cue(para: Doc | Span, *, one_word_name: bool = False) -> CueMatch | None:
    """'WALLACE: …', 'Poll: …', 'Ana Ruiz: “…”' at the start of a paragraph.

    With ``one_word_name`` the label is instead one capitalised word that is no entity of
    place, no country and no page label ('Varga: …'): the caller keeps it only once the
    article has named such a person or group in full ('Ana Varga'), which the entity tagger
    alone cannot tell from a headline."""
    doc, start, hi = _bounds(para)
    while start < hi and (doc[start].text in QUOTE_OPENERS or doc[start].is_space):
        start += 1
    if start + 2 < hi and _CLOCK.fullmatch(doc[start].text):
        start += 1  # a live blog's time: '17:20 Minister: …'
    colon = next((i for i in range(start, min(start + MAX_LABEL + 9, hi))
                  if doc[i].text == ":"), None)
    if colon is None or colon == start or colon + 1 >= hi:
        return None
    label = list(doc[start:colon])
    if not one_word_name:
        quoted = _headline_quote_label(doc, start, colon, hi)
        if quoted is not None:
            return quoted
    to = _addressee_at(label)
    if to is not None:
        label = label[:to]  # 'Kostavi to reporters at the entrance: “…”' (a live blog)
    elif len(label) > MAX_LABEL:
        return None
    if any(t.is_punct and t.text not in (".", "'s", "’s") and not (
            t.tag_ == "HYPH" and not t.whitespace_ and t.i > start and not doc[t.i - 1].whitespace_)
           for t in label):
        return None  # a hyphen inside a word ('Secretary-general') is no punctuation here
    if any(t.tag_ in ("VBD", "VBZ", "VBP") or t.is_lower and lx.reporting_verbs().lemma(t.lower_)
           for t in label):
        return None  # 'Rana Haddad told delegates: "…"': a verb's colon, not a label
    if one_word_name:
        if len(label) != 1 or not _one_word_name(label[0]) or _label_is_source(label) \
                or not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[colon + 1 : hi]):
            return None  # 'Varga: The man behind the truce' names a profile, says nothing
    elif not _label_is_source(label):
        return None
    end = hi
    while end > colon + 1 and doc[end - 1].is_punct and doc[end - 1].text not in ("”", '"', "’",
                                                                                 "''"):
        end -= 1
    if end - (colon + 1) < 2:
        return None
    said = [t for t in doc[colon + 1 : end] if not t.is_punct]
    if len(said) <= 4 and all(t.is_title and t.pos_ == "PROPN" for t in said):
        return None  # 'Prosecutor: Mara Lenk': who holds a role, not what was said
    return CueMatch(cue=(colon, colon + 1), lemma=":", source_head=label[-1],
                    source=(start, label[-1].i + 1), content=(colon + 1, end), confidence=0.6)


def _headline_quote_label(doc: Doc, start: int, colon: int, hi: int) -> CueMatch | None:
    """'Varn Presses Bank Chief: ‘You Should Resign.’', 'A lesson from Ana Ruiz:
    “Be the voice people hear.”': a headline whose colon is followed by a quotation running
    to the line's end; the person or body the label names is the speaker."""
    if colon - start > 12 or any("\n" in t.text_with_ws for t in doc[start:hi - 1]):
        return None
    k = colon + 1
    if k >= hi or doc[k].text not in QUOTE_OPENERS and doc[k].text not in ("‘", "'"):
        return None
    end = hi
    while end > k + 1 and doc[end - 1].is_space:
        end -= 1
    if doc[end - 1].text not in ("”", '"', "’", "'", "''"):
        return None
    if any(doc[x].text in ("”", '"', "’", "'") and x < end - 1 and doc[x + 1].is_alpha
           for x in range(k + 1, end - 1)):
        return None  # more than one quotation
    ents = [e for e in doc.ents if start <= e.start and e.end <= colon
            and e.label_ in ("PERSON", "ORG")]
    if not ents:
        return None
    e = ents[0]
    lead = [t.lower_ for t in doc[start : e.start]]
    if e.end < colon and not (e.start == start and doc[e.end].is_title
                              and doc[e.end].lower_.endswith("s")):
        return None  # the name ends the label, or opens it as a headline's subject
    if e.end == colon and lead and lead[-1] not in ("from", "by", ","):
        return None  # 'A question for Mara Quill: “…”', 'In praise of Osric Bell: “…”'
    return CueMatch(cue=(colon, colon + 1), lemma=":", source_head=doc[e.end - 1],
                    source=(e.start, e.end), content=(k, end), confidence=0.6)


_LABEL_ADDRESSEES = frozenset({"reporters", "journalists", "press", "parliament", "lawmakers",
                         "supporters", "delegates", "crowd", "media", "us"})


def _addressee_at(label: list[Token]) -> int | None:
    """Where 'to reporters …' starts in a label ('Kostavi to reporters at the entrance'), or
    None: the name before it speaks, the rest says to whom and where."""
    for k in range(1, min(len(label) - 1, MAX_LABEL) + 1):
        if label[k].lower_ != "to":
            continue
        nxt = label[k + 1]
        if nxt.lower_ in _LABEL_ADDRESSEES or nxt.lower_ == "the" and k + 2 < len(label) \
                and label[k + 2].lower_ in _LABEL_ADDRESSEES:
            return k
        return None
    return None


def dash_epigraph_cues(para: Doc | Span, closer_ends: frozenset[int]) -> list[CueMatch]:
    """'“…” ― Lena Ort': a closed quotation, a dash and a name ending the paragraph or
    followed by the next quotation."""
    doc, lo, hi = _bounds(para)
    out = []
    for i in range(lo + 1, hi):
        t = doc[i]
        if t.text not in DASHES:
            continue
        prev = doc[i - 1]
        if prev.idx + len(prev.text) not in closer_ends:
            continue
        j = i + 1
        while j < hi and not (doc[j].is_punct and doc[j].text not in ("'s", "’s", "-")) \
                and doc[j].text not in QUOTE_OPENERS and j - i <= MAX_LABEL + 1:
            j += 1
        name = list(doc[i + 1 : j])
        rest = doc[j:hi]
        if not _name_like(name) or any(not r.is_punct for r in rest[:1] if r.text not in QUOTE_OPENERS):
            continue
        out.append(CueMatch(cue=(i, i + 1), lemma="―", source_head=name[-1],
                            source=(i + 1, j), quote_before=prev.idx + len(prev.text),
                            confidence=0.6))
    return out


def colon_verb_cue(tok: Token, sent: Span) -> CueMatch | None:
    """'Ruiz continued: “…”' or 'The Gazette reports:' closing a paragraph: a word right
    before a colon that opens a quotation is a cue whatever its class, when a noun phrase that
    can be a source stands before it."""
    doc = tok.doc
    k = tok.i + 1
    if k >= len(doc) or doc[k].text != ":" or not tok.is_alpha or tok.is_upper:
        return None
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    if nxt is not None and nxt.text not in QUOTE_OPENERS:
        return None
    if tok.pos_ not in ("VERB", "AUX") and not tok.tag_.startswith("VB") \
            and lx.reporting_verbs().lemma(tok.lower_) is None:
        return None
    src = source_before(tok, sent)
    if src is None:
        return None
    head = doc[src[1] - 1]
    if not (head.pos_ in ("PROPN", "PRON") or head.lower_ in _source_nouns()
            or head.ent_type_ in ("PERSON", "ORG")):
        return None
    return CueMatch(cue=(tok.i, tok.i + 1), lemma=tok.lemma_.lower() or tok.lower_,
                    source_head=head, source=src, quote_after=doc[k].idx, confidence=0.7)


# the -s forms that head a headline's subject more often than they are its verb
# ('Election Promises Cost Billions'); a verb only before 'To' or 'That'
_HEADLINE_NOUN_FORMS = frozenset({"claims", "reports", "statements", "promises", "demands",
                                  "pledges", "warnings", "plans", "remarks", "proposals",
                                  "offers", "threats", "vows", "denials", "concerns", "fears",
                                  "hopes", "doubts", "questions", "answers", "reforms", "cuts",
                                  "talks", "comments", "points", "rules", "calls", "votes",
                                  "cites", "notes", "accounts", "estimates", "backs",
                                  "views"})
# words a headline may leave in lower case ('Ruiz Says Talks on the Levy Will Resume')
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "on", "in", "to", "for", "and", "or", "at",
                          "by", "with", "as", "from", "over"})
# particles that make a headline's verb another verb ('Backs Down', 'Calls Off')
_HEADLINE_PARTICLES = frozenset({"down", "off", "away", "up", "out", "back"})
# what a headline's verb says that is no claim ('Says Goodbye To …')
_NOT_SAID_IN_HEADLINES = frozenset({"goodbye", "farewell", "hello", "thanks"})
# verbs that make a claim in a headline only with one of these words after them (or a
# quotation): 'Orlov Sees Truce As Trap', 'Ruiz Writes To Donors'
_HEADLINE_NEEDS = {"see": frozenset({"as"}), "view": frozenset({"as"}),
                   "regard": frozenset({"as"}), "write": frozenset({"to", "that", "of"})}
# what opens a headline's second clause ('… As Monitors Investigate')
_HEADLINE_CLAUSE_WORDS = frozenset({"as", "after", "while", "amid", "before", "despite",
                                    "until", "when", "since"})


def title_headline_cue(para: Doc | Span) -> CueMatch | None:
    """'Retired General Reveals Doubts Over Truce', 'Sanders Vows To End Tax Breaks': a
    paragraph of one line with no final stop, its words capitalised, in which a capitalised
    present form of the reporting lexicon ('Says', 'Warns', 'Vows') follows a name or noun
    phrase of one to five words at the line's start (or after a comma).  The words before it
    are the source, the words after it (up to a second clause) the content.  The parse of such
    lines is no guide: the tagger reads every capitalised word as a name."""
    doc, lo, hi = _bounds(para)
    while hi > lo and (doc[hi - 1].is_space or doc[hi - 1].text in ("”", '"', "’")):
        hi -= 1
    stop = hi > lo and doc[hi - 1].text == "."
    if stop:
        hi -= 1  # a feed that ends its headlines with a period ('… Holiday.')
    if hi - lo < 3 or doc[hi - 1].text in (".", "!", "?", ":", ";") or any(
            "\n" in t.text_with_ws for t in doc[lo : hi - 1]):
        return None
    words = [t for t in doc[lo:hi] if t.is_alpha]
    if len(words) < (4 if stop else 3) or sum(
            t.is_title or t.is_upper or t.lower_ in _SMALL_WORDS and not stop
            for t in words) < 0.7 * len(words) + (0.1 * len(words) if stop else 0):
        return None
    rv = lx.reporting_verbs()
    for k in range(lo + 1, min(hi - 1, lo + 8)):
        t = doc[k]
        low = t.lower_
        if not t.is_title or not low.endswith("s") or low.endswith("ss"):
            continue
        lemma = rv.lemma(low)
        if lemma is None or " " in lemma:
            continue
        nxt = doc[k + 1]
        quoted = any(u.text in QUOTE_OPENERS or u.text in ("‘", "'") and u.i + 1 < hi
                     and doc[u.i + 1].is_title for u in doc[k + 1 : hi])
        if low in _HEADLINE_NOUN_FORMS and nxt.lower_ not in ("to", "that") \
                and not (low == "calls" and (nxt.lower_ in ("for", "on") or quoted)) \
                and not (low in ("backs", "cites", "notes") and nxt.is_title
                         and nxt.lower_ not in _HEADLINE_CLAUSE_WORDS):
            continue  # 'Ferry Talks Resume'; but 'Ruiz Calls For Calm', 'Orn Calls Ruiz “…”'
        if nxt.lower_ in _HEADLINE_PARTICLES or nxt.lower_ in _NOT_SAID_IN_HEADLINES:
            return None  # 'Orlov Backs Down On Levy', 'Harrow Says Goodbye To Council'
        if lemma in _HEADLINE_NEEDS and not (quoted or any(
                u.lower_ in _HEADLINE_NEEDS[lemma] for u in doc[k + 1 : hi])):
            return None  # 'Teacher Writes Book On Border War', 'Orlov Sees Flood Damage'
        cue_end = k + 2 if low == "calls" and nxt.lower_ in ("for", "on") else k + 1
        if cue_end == k + 2:
            lemma = "call " + nxt.lower_
        start = k - 1
        while start > lo and doc[start - 1].text != "," and k - start < MAX_LABEL:
            start -= 1
        subject = list(doc[start:k])
        if not subject or any(u.is_punct and u.text not in ("'s", "’s", ".", "-")
                              for u in subject) \
                or not all(u.is_title or u.is_upper or u.text in ("'s", "’s", ".", "-")
                           or u.like_num for u in subject) \
                or any(u.lower_ in _HEADLINE_CLAUSE_WORDS | {"the", "a", "an", "and", "of", "in"}
                       and u.i > start for u in subject):
            return None
        if doc[cue_end].text in (",", ";", ":"):
            return None  # 'Quenby Denies, Then Admits, Land Deal': no object after the verb
        end = hi
        for j in range(cue_end + 1, hi):
            if doc[j].lower_ in _HEADLINE_CLAUSE_WORDS and doc[j].is_title \
                    and not (lemma in _HEADLINE_NEEDS and doc[j].lower_ == "as"):
                end = j  # '… As He Recognizes Holiday'
                break
            if doc[j].text in (",", ";"):
                end = j  # 'Quenby Denies, Then Admits, Land Deal'
                break
        if end - cue_end < 1:
            return None
        return CueMatch(cue=(k, cue_end), lemma=lemma, source_head=subject[-1],
                        source=(start, k), content=(cue_end, end), confidence=0.6)
    return None
