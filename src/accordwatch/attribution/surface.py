"""Where a cue sits in its sentence, read from the surface (punctuation and word classes).

A statistical parser trained on general web text often misattaches a trailing or parenthetical
"they said"; the shape of the sentence around the cue is more reliable:

* trailing:      "No decisions were made, they said."   "..., report says"   '"...," said Smith.'
* parenthetical: "Turkey, they said, remains the option."
* leading:       "They said (that) ..."   "He said: “...”"
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from accordwatch.attribution import lexicons as lx
from accordwatch.attribution.spans import dep, subdep

QUOTE_CLOSERS = frozenset({"”", "»", "’", '"', "“", "''"})
QUOTE_OPENERS = frozenset({"“", "«", "‘", '"', "„", "''", "``", "`"})
CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "(", ")"})
MAX_NP = 8


@dataclass
class Shape:
    kind: str  # "trailing", "parenthetical", "leading"
    content: tuple[int, int] | None = None  # token range
    source: tuple[int, int] | None = None  # token range of the source noun phrase


def _finite(tok: Token) -> bool:
    return tok.tag_ in ("VBD", "VBZ", "VBP", "MD") or (tok.pos_ == "AUX" and tok.tag_ != "VBN")


# forms of "be" (for auxiliaries: passives, progressives)
BE_FORMS = frozenset({"be", "been", "being", "is", "are", "was", "were", "am", "'s", "’s", "'re",
                      "’re"})


def _np_like(tokens: list[Token]) -> bool:
    """A short run of tokens that can be a source noun phrase (no clause, no break)."""
    if not 1 <= len(tokens) <= MAX_NP + (_title_words(tokens[0].doc, tokens[0].i,
                                                      tokens[-1].i + 1) if tokens else 0):
        return False
    for t in tokens:
        if t.text in CLAUSE_BREAKS or t.lower_ in ("that", "if", "whether", "who", "which", "whom"):
            return False
        if _reduced_relative(t):
            continue  # 'two officials involved in the talks' with 'involved' read as a past
        if _finite(t) or t.pos_ == "VERB" and t.tag_ not in ("VBN", "VBG"):
            return False
    return any(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for t in tokens)


def _reduced_relative(t: Token) -> bool:
    """A past form right after a noun and before a preposition: 'officials involved in …',
    'diplomats briefed on …'."""
    doc = t.doc
    return (t.tag_ == "VBD" or t.lower_ in ("close", "familiar")) and 0 < t.i < len(doc) - 1 \
        and doc[t.i - 1].pos_ in ("NOUN", "PROPN") and doc[t.i - 1].tag_ in ("NNS", "NNPS") \
        and (doc[t.i + 1].pos_ == "ADP" or doc[t.i + 1].lower_ in ("to", "with"))


def _tail_is_adjunct(tokens: list[Token]) -> bool:
    """After a trailing cue: nothing, a source ("said Smith"), a time or a setting ("on Tuesday",
    "in a statement"); never a clause."""
    if len(tokens) > 10:
        return False
    return not any(_finite(t) or t.lower_ in ("that", "if", "whether") or t.text in QUOTE_OPENERS
                   for t in tokens)


_ADDRESSEE_FORMS = frozenset({"tell", "tells", "told", "telling", "inform", "informs", "informed",
                              "brief", "briefed", "ask", "asked", "asks"})


def _title_words(doc, j: int, v: int) -> int:
    """How many capitalised words (and 'of', 'for', 'the' between them) lie in doc[j:v]: a
    long title ('the Secretary-General's Special Envoy for the Morrow Basin') may run past
    the usual length of a source, up to six words more."""
    n = sum(1 for t in doc[max(j, 0) : v] if t.is_title or t.lower_ in ("of", "for", "the"))
    return min(6, max(0, n - 3))


def cue_shape(verb: Token, sent: Span, cue_end: int) -> Shape:
    """The shape of the cue ``verb`` (cue tokens end at ``cue_end``) in ``sent``."""
    doc = verb.doc
    s0, s1 = sent.start, sent.end
    while s1 > s0 and (doc[s1 - 1].is_punct and doc[s1 - 1].text not in QUOTE_CLOSERS
                       or doc[s1 - 1].is_space):
        s1 -= 1
    # the comma (or dash) before the cue and its subject
    j = verb.i - 1
    skipped: set[int] = set()
    while j >= s0 and verb.i - j - len(skipped) <= MAX_NP + 1 + _title_words(doc, j, verb.i):
        if doc[j].text == ")":  # 'Sen. Ana Ruiz (L-Ore.) said': a parenthesis in the name
            k = j - 1
            while k >= max(s0, j - 7) and doc[k].text not in ("(", ")"):
                k -= 1
            if k < s0 or doc[k].text != "(":
                break
            skipped |= set(range(k, j + 1))
            j = k - 1
            continue
        if doc[j].text in CLAUSE_BREAKS:
            break
        if doc[j].text in ("-", "‐") and not doc[j].whitespace_ or doc[j].tag_ == "POS":
            skipped.add(j)  # 'the Saudi-owned newspaper Asharq Al-Awsat': one word, not three
        j -= 1
    if j < s0 + 1 or doc[j].text not in (",", "—", "–", ":"):
        return Shape("leading")
    if doc[s0].tag_ == "VBG" and lx.reporting_verbs().lemma(doc[s0].lower_) is not None \
            and (opening_participle_end(doc[s0]) or verb.i) < verb.i:
        # 'Insisting that the fund was empty, the minister asked the donors for more': the
        # opening participle is the subject's own claim, not this cue's content ('Heading the
        # list, the sources said, is …' is)
        return Shape("leading")
    before = [t for t in doc[j + 1 : verb.i] if t.text not in QUOTE_CLOSERS and t.i not in skipped]
    framed = len(before) > 1 and before[0].lower_ == "as" and doc[j].text == "," \
        and verb.lemma_.lower() in ("say", "note", "point", "put", "observe", "write", "report",
                                    "explain", "argue", "warn", "predict", "suggest")
    if framed and any(t.pos_ == "SCONJ" or t.tag_ in ("WDT", "WP") for t in doc[s0:j]):
        return Shape("leading")  # '… whether Scott had a gun, as police have said': which?
    if framed:
        before = before[1:]  # '…, as the memo put it': the frame's subject is the source
    group = verb.i  # '…, officials have said', '…, studies have long shown': the verb group
    popped = []
    ing = verb.tag_ == "VBG" or verb.lower_.endswith("ing")  # '…, officials are warning.'
    while len(before) > 1 and before[-1].i == group - 1 and (
            before[-1].pos_ == "AUX" and before[-1].tag_ != "MD" and (
                ing or before[-1].lemma_ != "be" and before[-1].lower_ not in BE_FORMS)
            or before[-1].pos_ in ("PART", "ADV") and before[-1].lower_ != "to"):
        # not 'have been blamed' (a passive) nor 'could threaten'; 'are warning' is popped
        popped.append(before.pop())
        group -= 1
    if popped and (before[0].pos_ in ("SCONJ", "ADP") or not any(t.pos_ == "AUX" for t in popped)
                   or not _complete_clause(doc, s0, j)):
        # 'as I've suggested': a frame, not a source; 'So far, the company has not commented':
        # no clause before the comma, so nothing was said before the cue
        before += reversed(popped)
        group = verb.i
    inverted = not before
    if before and before[0].lower_ in ("and", "but", "yet"):
        # '…, and she said Varga agreed': a cue of its own clause ('…, both Ruiz and Varga
        # said' and '…, or so Ruiz said' still close the content before them)
        return Shape("leading")
    if not inverted and not _np_like(before):
        return Shape("leading")
    # what follows the cue up to the next break or the sentence end
    k = cue_end
    while k < s1 and doc[k].text not in CLAUSE_BREAKS:
        k += 1
    circ = _circumstance(doc, cue_end, s1)
    if circ is not None and circ <= k:
        # 'X, lawmakers said Friday[,] as they bristled at …': how it was said, not what
        k = circ
        while k > cue_end and doc[k - 1].text in CLAUSE_BREAKS:
            k -= 1
    after = list(doc[cue_end:k])
    if inverted and (any(subdep(c) == "nsubj" and c.i < j and any(
            subdep(r) == "acl:relcl" and r.right_edge.i + 1 == j for r in c.children)
            for c in verb.children) or _subject_with_relative(doc, s0, j) is not None):
        # 'Varga, who has campaigned for the mayor since March, blasted the council': the
        # subject's relative clause ends at the comma, and the cue leads its content
        return Shape("leading")
    if inverted:
        src_tokens = [t for t in after if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "DET", "ADJ")]
        src = None
        if after and _np_like(after[:MAX_NP]) and src_tokens and _inverted_subject(after):
            src = (cue_end, cue_end + _np_len(after))
        else:
            # '…, the spokesperson, Ana Ruiz, said on Monday': the source is the noun phrase
            # set off before the comma, never what follows the verb (a time, an object)
            before_np = _apposed_np(doc, j, s0)
            if before_np is None or any(dep(c) == "ccomp" and c.i >= cue_end
                                        for c in verb.children):
                # '…, the Army's spokesman, Ardo Velline, said marines had fired …': a clause
                # after the cue is its content, whatever came before the apposition
                return Shape("leading")
            src, j = before_np
        if not _has_clause(doc, s0, j):
            return Shape("leading")  # 'Speaking to reporters, Ana Ruiz, urged caution'
    else:
        lead = s0 + 1 if doc[s0].pos_ == "CCONJ" else s0
        if doc[lead].lower_ in _TIME_CLAUSE_MARKS and not any(
                doc[x].text in CLAUSE_BREAKS for x in range(lead + 1, j)) and not any(
                _finite(t) for t in doc[cue_end:s1]) and sum(
                _finite(t) for t in doc[lead + 1 : j]) <= 1:
            # 'But when the council cut funding, Velmar said enough': the clause before the
            # comma tells when it was said, not what (but 'Though X, he said, Y' is said, and
            # 'When the troops leave the town will be safe, the mayor said' has a main clause)
            return Shape("leading")
        if any(dep(c) in ("xcomp", "ccomp") and cue_end <= c.i < k for c in verb.children) or any(
                t.lower_ == "to" and t.i + 1 < k and doc[t.i + 1].tag_ == "VB" for t in after):
            # 'The road is open, the mayor has asked drivers to slow down', '…, Varga has
            # promised to fix it': the cue has its own complement, so it leads it
            return Shape("leading")
        if ing and (verb.tag_ not in ("VBG", "NN") or after and not is_temporal(after)):
            # '…, officials are warning.' (tagged a noun at times); not 'the numbers are
            # telling' (an adjective) nor '…, the council is arguing about it'
            return Shape("leading")
        if any(dep(c) == "obj" and cue_end <= c.i < k and not is_temporal(list(c.subtree))
               for c in verb.children) and \
                verb.lower_ not in _ADDRESSEE_FORMS:
            # 'one source described the departures as voluntary, while …': the cue has an
            # object of its own, so it leads its content; 'he told me,' is still parenthetical
            return Shape("leading")
        if not _tail_is_adjunct(after) or k >= s1 and any(
                t.pos_ in ("NOUN", "PROPN", "PRON") for t in after) and not _has_clause(doc, s0, j):
            # 'In an essay last week, the envoys acknowledged …': a setting, not a content
            return Shape("leading")
        first = j + 1
        while first < verb.i and (doc[first].text in QUOTE_CLOSERS
                                  or framed and doc[first].lower_ == "as"):
            first += 1
        src = (first, group)

    rest = list(doc[k:s1])
    if framed and k + 1 < s1 and doc[k].text == "," and doc[k + 1].text not in QUOTE_OPENERS:
        # 'It was, as one aide put it, a disaster': the frame stands inside what it frames
        return Shape("parenthetical", content=(s0, s1), source=src)
    if circ is not None and circ <= k + 1 or _goes_on_saying(rest):
        # '…, an official said, adding that …': the participle leads a claim of its own
        return Shape("trailing", content=(s0, j), source=src)
    if k + 1 < s1 and doc[k].text in (",", ":") and doc[k + 1].text in QUOTE_OPENERS:
        return Shape("leading")  # 'On Tuesday, the envoy told reporters, "…"'
    if k >= s1 or (len(rest) <= 10 and not any(_finite(t) for t in rest)) \
            or _apposition_only(rest):
        # nothing after the cue's phrase but an apposition: the content came before it
        return Shape("trailing", content=(s0, j), source=src)
    if doc[k].text == "," and k + 1 < s1 and not any(t.text in QUOTE_OPENERS for t in rest) \
            and _writers_turn(rest[1:]) and _complete_clause(doc, s0, j):
        # 'The crossing will reopen, two officials told the Courier, in what would be …': a
        # whole clause came before the cue, so what follows is the writer's comment
        return Shape("trailing", content=(s0, j), source=src)
    if doc[k].text == "," and k + 2 < s1 and doc[k + 1].lower_ == "and" and _has_cue_verb(rest[2:]):
        # 'X, two officials said, and the donors welcomed it': a new claim, not more of this one
        return Shape("trailing", content=(s0, j), source=src)
    if doc[k].text == "," and k + 1 < s1:
        # 'X, the agency said, and Y': the clause joined after the cue goes on with the content
        return Shape("parenthetical", content=(s0, s1), source=src)
    return Shape("leading")


def _has_cue_verb(tokens: list[Token]) -> bool:
    from accordwatch.attribution import lexicons as lx

    rv = lx.reporting_verbs()
    for t in tokens:
        if t.text in QUOTE_OPENERS or t.text in ("'", "''", "``"):
            return False  # a quotation goes on with the speaker's words
        if t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" and rv.lemma(t.lower_) is not None:
            return True  # not 'results are expected on Tuesday'
    return False


TEMPORAL_WORDS = frozenset({
    "today", "yesterday", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night", "week",
    "weekend", "month", "year", "earlier", "later", "recently", "ago", "last", "since",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec"})


def is_temporal(tokens) -> bool:
    """A time expression ('on Tuesday', 'last week', 'Jan. 20'): never a source."""
    toks = [t for t in tokens if not t.is_punct]
    if not toks:
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in toks) and all(
            t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("ADP", "DET") for t in toks):
        return True
    nominal = [t for t in toks if t.pos_ in ("NOUN", "PROPN", "NUM")]
    return any(t.lower_ in TEMPORAL_WORDS for t in nominal) and all(
        t.lower_ in TEMPORAL_WORDS or t.like_num for t in nominal)


def _inverted_subject(after: list[Token]) -> bool:
    """'…, said Ana Ruiz': what follows an inverted cue is its subject, unless it is a
    preposition's phrase, an adverb, a time, or a bare object ('urged caution')."""
    first = after[0]
    if first.pos_ in ("ADP", "ADV", "SCONJ", "PART", "CCONJ", "VERB", "AUX"):
        return False
    if is_temporal(after[: _np_len(after)]):
        return False
    n = _np_len(after)
    if n < len(after) and after[n].tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return False  # '…, said the truce held': the subject of what was said
    head = head_of(first.doc, first.i, first.i + n)
    return not (dep(head) == "obj" and head.tag_ == "NN" and not any(
        c.pos_ == "DET" for c in head.children))


def _apposed_np(doc, comma: int, lo: int) -> tuple[tuple[int, int], int] | None:
    """The noun phrase between the break before ``comma`` and ``comma``, and where the
    content before it ends (before an apposition of a role: '…, the group's spokesperson,
    Ana Ruiz, said')."""
    p = comma - 1
    while p >= lo and doc[p].text not in CLAUSE_BREAKS:
        p -= 1
    seg = list(doc[p + 1 : comma])
    if p < lo or not _np_like(seg) or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in seg):
        return None
    end = p
    q = p - 1
    while q >= lo and doc[q].text not in CLAUSE_BREAKS:
        q -= 1
    role = list(doc[q + 1 : p])
    if q > lo and doc[p].text == "," and role and _np_like(role) and (
            role[0].pos_ == "DET" or role[0].tag_ == "PRP$"):
        end = q
    return (p + 1, comma), end


# not "and": '…, the agency said, and the debt rose' goes on with what the agency said
_TURNS = ("but", "yet", "while", "whereas", "although", "though", "amid", "despite",
          "in what", "in a", "in an", "a move", "the latest", "even as")


def _writers_turn(tokens: list[Token]) -> bool:
    """', but no date has been set', ', in what would be …': after a whole clause and its cue,
    the writer goes on; a condition ('as long as …'), a 'that'-clause or a phrase of the
    clause ('for how …') goes on with what was said."""
    words = " ".join(t.lower_ for t in tokens[:3])
    if words.startswith(("as long as", "as soon as")):
        return False
    return any(words == c or words.startswith(c + " ") for c in _TURNS)


def _complete_clause(doc, a: int, b: int) -> bool:
    """doc[a:b] holds a finite verb with its own subject, outside a relative clause: 'The
    crossing will reopen on Thursday' (never 'Turkey' or 'The plan, which Egypt drafted')."""
    for t in doc[a:b]:
        if not (_finite(t) or t.pos_ == "VERB" and any(_finite(g) for g in t.children)
                or any(dep(g) == "cop" and _finite(g) for g in t.children)):
            continue  # a predicate with its copula counts: 'The talks are over'
        if t.dep_ in ("acl", "acl:relcl", "relcl", "advcl") or any(
                g.lower_ in ("who", "which", "that", "whom", "whose") and g.i < t.i
                or dep(g) == "mark" for g in t.children):
            continue  # a relative or subordinate clause ('If this fails, …')
        if any(g.dep_.startswith("nsubj") and a <= g.i < t.i for g in t.children) and \
                all(a <= g.i < b for g in t.children if g.dep_ in ("nsubj", "nsubj:pass", "obj",
                                                                   "ccomp", "xcomp", "cop")):
            return True
    return False


def _goes_on_saying(rest: list[Token]) -> bool:
    """', adding that …', ', noting …', ', calling the plan …': a reporting participle."""
    from accordwatch.attribution import lexicons as lx

    return len(rest) >= 3 and rest[0].text == "," and rest[1].tag_ == "VBG" and \
        lx.reporting_verbs().lemma(rest[1].lower_) is not None


_CIRCUMSTANCE_MARKS = frozenset({"as", "after", "before", "when", "while"})


def _circumstance(doc, a: int, s1: int) -> int | None:
    """Where a clause on the circumstances of the saying starts after a trailing cue: 'said
    Friday, as they bristled at …', 'said after meeting the envoys'.  Only a subordinator with
    a pronoun subject (the speaker again) or a participle; 'if', 'because', 'as long as' open
    what the speaker said, so they never end it."""
    for i in range(a, min(a + 6, s1 - 1)):
        t = doc[i]
        if t.lower_ == "on" and doc[i + 1].lower_ in ("condition", "background") or (
                t.lower_ == "speaking" and doc[i + 1].lower_ == "on"):
            return i  # 'said on condition of anonymity because they were not authorized …'
        if t.text in (";", ":") or t.text in QUOTE_OPENERS or _finite(t):
            return None
        if t.lower_ not in _CIRCUMSTANCE_MARKS or t.pos_ not in ("SCONJ", "ADP"):
            continue
        nxt = doc[i + 1]
        if t.lower_ == "as" and nxt.lower_ in ("long", "soon", "much", "well", "many", "far"):
            return None
        if nxt.tag_ == "VBG" or nxt.lower_ in ("he", "she", "they", "we", "i"):
            return i
        return None
    return None


def _subject_with_relative(doc, s0: int, j: int) -> tuple[int, int] | None:
    """'Varga, who has advised the mayor since March, [blasted]', 'In a statement, the
    secretariat, which runs the convoys, [said]': the words before the comma ``j`` end with a
    noun phrase and its relative clause, the subject of what follows; the noun phrase, or
    None."""
    for r in range(j - 1, s0, -1):
        if doc[r].text in (";", ":") or doc[r].text in QUOTE_OPENERS:
            return None
        if doc[r].lower_ in ("who", "whom", "whose", "which") and doc[r - 1].text == ",":
            p = r - 1
            a = p
            while a > s0 and doc[a - 1].text not in (",", "—", "–"):
                a -= 1
            if 0 < p - a <= MAX_NP and _np_like(list(doc[a:p])) and any(
                    t.pos_ in ("NOUN", "PROPN") for t in doc[a:p]):
                return a, p
            return None
    return None


def _apposition_only(rest: list[Token]) -> bool:
    """', a longtime adviser to the council who oversees the campaign', ', who arrived on
    Monday': after the source, a noun phrase whose only clauses are relative ones, or a
    relative clause, describes the source; it is no content."""
    if len(rest) < 2 or rest[0].text != "," or rest[1].pos_ not in ("DET", "ADJ", "NOUN",
                                                                    "PROPN", "NUM") and \
            rest[1].lower_ not in ("who", "whose"):  # ', who arrived on Monday'
        return False
    if rest[1].lower_ in ("who", "whose"):
        return not any(t.text in QUOTE_OPENERS or t.text in (";", ":") for t in rest) and sum(
            _finite(t) for t in rest) <= 1
    for n, t in enumerate(rest[1:], start=1):
        if t.text in QUOTE_OPENERS or t.text in (";", ":"):
            return False
        if _finite(t):
            k = n - 1
            while k > 0 and rest[k].pos_ in ("ADV", "AUX", "PART"):
                k -= 1
            if rest[k].lower_ not in ("who", "which", "that", "whose", "whom"):
                return False
    return True


def _has_clause(doc, a: int, b: int) -> bool:
    return any(_finite(t) or t.text in QUOTE_OPENERS or t.text in QUOTE_CLOSERS
               for t in doc[a:b])


def _np_len(tokens: list[Token]) -> int:
    n = 0
    for t in tokens:
        if t.pos_ in ("ADP",) and n > 0 and not (
                tokens[n - 1].lower_ in SOURCE_ADJECTIVES or t.lower_ == "of"):
            break  # 'said Ana Ruiz on Monday', but 'said officials familiar with the talks'
        if n > 0 and (t.ent_type_ in ("DATE", "TIME") or t.lower_ in TEMPORAL_WORDS):
            break
        n += 1
    return n


def source_before(verb: Token, sent: Span) -> tuple[int, int] | None:
    """The noun phrase right before a cue verb ("Palestinian sources said"), with its relative
    clause when it has one ("sources who spoke with the paper said")."""
    doc = verb.doc
    k = verb.i - 1
    while k >= sent.start and doc[k].pos_ in ("ADV", "AUX", "PART"):
        k -= 1
    anchor = verb.i
    t = k
    while t >= sent.start and (doc[t].lower_ in TEMPORAL_WORDS
                               or doc[t].lower_ in ("this", "on", "next", "early", "late")):
        t -= 1
    if sent.start <= t < k and is_temporal(list(doc[t + 1 : k + 1])) and (
            doc[t].pos_ in ("PROPN", "NOUN") or doc[t].text == ",") and t > sent.start:
        # 'Bill Farrant this month said …', 'Brandvik, the minister, this week said …':
        # the time between the subject and its verb
        anchor, k = t + 1, t
    if k >= sent.start and doc[k].pos_ == "CCONJ":
        return None  # 'promised X and said Y': the verbs share a subject the parse knows
    if k > sent.start and doc[k].text == ")":
        # 'House Speaker Ana Ruiz (D-Kent) said': the name before a short parenthesis
        o = next((i for i in range(k - 1, max(k - 8, sent.start) - 1, -1)
                  if doc[i].text == "("), None)
        if o is not None and o > sent.start:
            a = _np_start(doc, o, sent.start)
            while a < o and doc[a].pos_ in ("ADV", "CCONJ", "SCONJ", "ADP"):
                a += 1
            b = _trim_right(doc, a, o)
            if b > a and any(t.pos_ in ("NOUN", "PROPN") for t in doc[a:b]):
                return a, b
    if k > sent.start and doc[k].text == ",":
        named = _name_before_apposition(doc, k, sent.start) or _subject_with_relative(
            doc, sent.start, k)
        if named is not None:
            return named
    j = _np_start(doc, anchor, sent.start)
    if j - 1 >= sent.start and (_finite(doc[j - 1]) or doc[j - 1].lower_ in ("who", "which")):
        # a relative clause: "sources who spoke with X said" -> the noun phrase before "who"
        for r in range(j - 1, max(j - 9, sent.start - 1), -1):
            if doc[r].text in CLAUSE_BREAKS:
                break
            if doc[r].lower_ in ("who", "that", "which"):
                k = _np_start(doc, r, sent.start)
                if k < r and any(t.pos_ in ("NOUN", "PROPN") for t in doc[k:r]):
                    return k, _trim_right(doc, k, anchor)
                break
    a = j
    while a < anchor and doc[a].pos_ in ("ADV", "CCONJ", "SCONJ", "ADP"):
        a += 1
    b = _trim_right(doc, a, anchor)
    if b > a and any(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for t in doc[a:b]):
        return a, b
    return None


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def opening_participle_subject(verb: Token) -> tuple[int, int] | None:
    """The subject of the main clause after a present participle that opens its sentence
    ('Denying any wrongdoing, the mayor resigned', 'Citing figures from March, April and
    May, Varga said …', 'Insisting he was innocent, Serra, a former minister, told …'): the
    noun phrase before the first finite verb after a comma (a past form too: the tagger reads
    some as participles), when it starts right after a comma."""
    found = _opening_participle(verb)
    return None if found is None else found[0]


def opening_participle_end(verb: Token) -> int | None:
    """Where the clause of an opening participle ends: the comma before the main subject and
    its appositions."""
    found = _opening_participle(verb)
    return None if found is None else found[1]


def _opening_participle(verb: Token) -> tuple[tuple[int, int], int] | None:
    if verb.tag_ != "VBG" or any(subdep(c) in ("nsubj", "nsubj:pass") and c.i < verb.i
                                 for c in verb.children):
        return None
    from accordwatch.attribution import lexicons as lx

    reporting_subject = subdep(verb) in ("nsubj", "csubj", "nsubj:pass") and any(
        dep(c) in ("obj", "ccomp") for c in verb.children) \
        and lx.reporting_verbs().lemma(verb.lower_) is not None \
        and dep(verb.head) not in ("ccomp", "parataxis") \
        and not any(dep(g) == "cop" for g in verb.head.children)  # 'Denying it is pointless'
    # 'Claiming the audit is designed to …, Orn told the Ledger …': the parse made the
    # participle's clause a subject; the comma and the main subject after it still tell
    if subdep(verb) in ("amod", "compound", "nsubj", "csubj", "nsubj:pass") \
            and not reporting_subject or (
            verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].pos_ in ("NOUN", "PROPN")
            and dep(verb.doc[verb.i + 1]) != "obj"):
        return None  # 'Shifting monsoon patterns could …': a modifier or a subject
    doc, sent = verb.doc, verb.sent
    k = sent.start
    while k < verb.i and (doc[k].is_punct or doc[k].pos_ in ("ADV", "CCONJ")):
        k += 1
    if k != verb.i:
        return None
    commas: list[int] = []
    for j in range(verb.i + 1, min(sent.end, verb.i + 40)):
        t = doc[j]
        if t.text in (";", ":") or t.text in QUOTE_OPENERS:
            return None
        if t.text == ",":
            commas.append(j)
        elif commas and t.pos_ in ("VERB", "AUX") and (
                t.tag_ in _FINITE_TAGS or t.tag_ == "VBD"
                or t.tag_ == "VBN" and doc[j - 1].pos_ in ("NOUN", "PROPN", "PRON")
                and not any(c.lower_ == "by" for c in doc[j + 1 : j + 2])):
            rng = source_before(t, sent)
            if rng is None and doc[j - 1].text == "," and len(commas) >= 2:
                # 'the auditor, Ana Ruiz, said' and 'Serra, a former minister, told': the name
                # and its role set off by commas before the verb
                seg = list(doc[commas[-2] + 1 : j - 1])
                if _np_like(seg) and all(u.pos_ == "PROPN" for u in seg if not u.is_punct):
                    rng = (commas[-2] + 1, j - 1)
                elif len(commas) >= 3 and seg and seg[0].lower_ in ("a", "an", "the") \
                        and _np_like(seg):
                    name = list(doc[commas[-3] + 1 : commas[-2]])
                    if name and all(u.pos_ == "PROPN" for u in name):
                        rng = (commas[-3] + 1, commas[-2])
            if rng is None or doc[rng[0] - 1].text != "," or rng[0] <= verb.i + 1:
                return None
            end = rng[0] - 1
            for c in commas:
                # 'Suggesting …, the auditor, Ana Ruiz, said': a role set before the name
                between = list(doc[c + 1 : end])
                if c < end and between and between[0].lower_ in ("the", "a", "an") and len(
                        between) <= 6 and not any(u.pos_ in ("VERB", "AUX", "CCONJ", "ADP")
                                                  or u.is_punct for u in between):
                    end = c
                    break
            return rng, end
    return None


# adjectives of anonymous sources a tagger may take for verbs ("sources close to the talks")
SOURCE_ADJECTIVES = frozenset({"close", "familiar", "briefed", "knowledgeable", "involved",
                               "aware", "privy", "near"})


def _name_before_apposition(doc, comma: int, lo: int) -> tuple[int, int] | None:
    """'Lorenz Ebbe, the council's chief negotiator, says': the name before an apposition
    set off by commas right before the verb."""
    c1 = comma - 1
    while c1 > lo and comma - c1 <= MAX_NP + 1 and doc[c1].text != ",":
        c1 -= 1
    if c1 <= lo or doc[c1].text != ",":
        return None
    appos = list(doc[c1 + 1 : comma])
    if not appos or not (appos[0].pos_ == "DET" or appos[0].tag_ == "PRP$" or appos[0].like_num) \
            or not _np_like(appos):
        return None
    a = _np_start(doc, c1, lo)
    if a != lo:
        return None  # only a name opening the sentence: anything else may be an adverbial
    while a < c1 and doc[a].pos_ in ("ADV", "CCONJ", "SCONJ", "ADP"):
        a += 1
    if a < c1 and all(t.is_title or not t.is_alpha for t in doc[a:c1]) \
            and any(t.pos_ == "PROPN" or t.tag_ == "NNP" or t.pos_ in ("ADJ", "INTJ", "X")
                    and t.tag_ != "RB" for t in doc[a:c1]):
        return a, c1  # 'Rendell, a party veteran, said' with the name tagged an adjective
    return None


_CLAUSE_WORDS = frozenset({"that", "who", "which", "what", "whom", "whose", "when", "where",
                           "why", "how", "whether", "if"})


def _np_start(doc, i: int, lo: int) -> int:
    """Start of the noun phrase ending right before token ``i``: it runs back over the words a
    noun phrase is made of, never over a subordinator, a verb of another clause or a
    preposition that does not hang on a noun of the phrase ('… since Palestinian sources')."""
    j = i - 1
    while (
        j >= lo
        and i - j <= MAX_NP
        and doc[j].text not in CLAUSE_BREAKS
        and (not _finite(doc[j]) or doc[j].lower_ in SOURCE_ADJECTIVES)
        and doc[j].lower_ not in _CLAUSE_WORDS
        and not doc[j].is_space
        and _np_word(doc, j, lo)
    ):
        j -= 1
    return j + 1


_NOMINAL = ("NOUN", "PROPN", "PRON", "NUM")


def _np_word(doc, j: int, lo: int) -> bool:
    """Whether token ``j`` can belong to a noun phrase that goes on to its right."""
    t = doc[j]
    prev = doc[j - 1] if j - 1 >= lo else None
    if dep(t) == "mark" or t.pos_ == "SCONJ" and t.lower_ not in SOURCE_ADJECTIVES:
        return False
    if t.pos_ == "ADP":
        if prev is not None and prev.lower_ in SOURCE_ADJECTIVES:
            return True  # 'officials close to the talks'
        h = t.head  # 'sources in Gaza', 'Lena Holm of the council': a noun's own phrase
        return h != t and h.head.i < t.i and h.head.pos_ in _NOMINAL and h.head.i >= lo
    if t.pos_ in ("VERB", "AUX") and t.lower_ not in SOURCE_ADJECTIVES:
        if dep(t) in ("amod", "compound") or prev is not None and prev.text in ("-", "‐"):
            return True  # 'the newly appointed envoy', 'a Saudi-owned daily'
        # 'diplomats based in Cairo', 'sources quoted by the daily': a participle after a noun
        return t.tag_ in ("VBN", "VBG") and prev is not None and prev.pos_ in _NOMINAL
    return True


def _trim_right(doc, a: int, b: int) -> int:
    """Drop adverbs and auxiliaries right before the verb ("formally announced"), but not an
    outlet's noun the tagger took for an adverb ("the London-based Arabic daily")."""
    while b > a and doc[b - 1].pos_ in ("ADV", "AUX", "PART") and not _outlet_adverb(doc, b - 1, a):
        b -= 1
    return b


def _outlet_adverb(doc: Doc, i: int, a: int) -> bool:
    """'daily' of 'the London-based Arabic daily', tagged an adverb: the outlet's noun."""
    return i > a and doc[i].lower_ in lx.word_set("outlet_words.txt") \
        and doc[i - 1].pos_ in ("ADJ", "PROPN", "VERB")


def head_of(doc, a: int, b: int) -> Token:
    """The token of doc[a:b] whose head lies outside the range (the last one if several)."""
    heads = [t for t in doc[a:b] if not (a <= t.head.i < b) or t.head == t]
    nominal = [t for t in heads if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
               and t.lower_ not in RELATIVE_WORDS | {"that"}]
    if nominal:
        return nominal[0]
    for t in heads:  # 'two officials involved in the talks' read as a clause
        subj = [g for g in t.children if dep(g).startswith("nsubj") and a <= g.i < b]
        if subj and _reduced_relative(t):
            return subj[0]
    for t in reversed(doc[a:b]):
        if t.pos_ in ("NOUN", "PROPN", "PRON"):
            return t
    return doc[b - 1]


def np_head(doc, a: int, b: int) -> Token | None:
    """The head noun of the noun phrase doc[a:b], read from the surface: the last noun before
    the first preposition, verb or relative word ("Sources in Gaza" -> Sources, "Hamas
    spokesperson Hazem Qassem" -> Qassem, "a report published Tuesday in ..." -> report).
    Words glued by hyphens ("London-based") are modifiers, never the head."""
    last = last_any = None
    for t in doc[a:b]:
        if _hyphen_glued(doc, t, a, b) or t.text == "-":
            continue
        if t.lower_ in ("who", "which", "that", "whom") and last_any is not None:
            break
        if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            last = last_any = t
            continue
        if last is not None and (t.pos_ in ("ADP", "VERB", "AUX", "SCONJ")
                                 or t.is_punct and t.tag_ != "POS"):
            break
        if not t.is_punct and t.pos_ not in ("DET", "ADP"):
            last_any = t
    if last is not None and last.pos_ == "NUM" and last.i + 1 < b and doc[last.i + 1].lower_ == "of":
        for t in doc[last.i + 2 : b]:
            if t.pos_ in ("NOUN", "PROPN"):
                return t
    return last or last_any


def _hyphen_glued(doc, t: Token, a: int, b: int) -> bool:
    """A word joined to the next or previous word by a hyphen (London-based, Arabic-language),
    unless it is a capitalised name part ("Al-Awsat")."""
    nxt = doc[t.i + 1] if t.i + 1 < b else None
    prev = doc[t.i - 1] if t.i - 1 >= a else None
    glued_next = nxt is not None and nxt.text == "-" and t.whitespace_ == ""
    glued_prev = prev is not None and prev.text == "-" and prev.whitespace_ == ""
    if (glued_next or glued_prev) and t.is_title and t.pos_ == "PROPN":
        after = doc[t.i + 2] if t.i + 2 < b else None
        return glued_next and after is not None and not after.is_title
    return glued_next or glued_prev


# -- a cue right after a quotation ------------------------------------------------------------

RELATIVE_WORDS = frozenset({"who", "which", "whose", "whom"})
MAX_SOURCE_AFTER_QUOTE = 30


@dataclass
class AfterQuote:
    """'“…,” Name, a role, said …' or '“…,” said Name …': the cue follows a closing mark."""

    closer: int  # token index of the closing quote mark
    source: tuple[int, int] | None  # token range of the source noun phrase


def after_quote(verb: Token, sent: Span, cue_end: int, closer_ends: frozenset[int]) -> AfterQuote | None:
    """Whether the cue ``verb`` follows a quotation it attributes.

    ``closer_ends`` holds the doc character offsets at which a closed quotation ends; a token
    is a closing mark when it ends at one of them (the parser's tags cannot tell a straight
    opening mark from a closing one).  Between the mark and the verb there may be nothing
    ('…,” said Ana Ruiz') or the source, appositions and a relative clause included
    ('…,” Ana Ruiz, who leads the group, said'), never another clause.
    """
    doc = verb.doc
    lo = max(0, verb.i - MAX_SOURCE_AFTER_QUOTE - 2)  # the parser may end a sentence at ”
    closer = None
    for j in range(verb.i - 1, lo - 1, -1):
        t = doc[j]
        if t.idx + len(t.text) in closer_ends:
            closer = j
            break
        if t.text in QUOTE_OPENERS or t.text in QUOTE_CLOSERS or t.text in (":", ";"):
            return None
        if t.text in (".", "?", "!") and j + 1 < verb.i and not doc[j + 1].is_lower:
            return None  # '“…,” reported Reuters. Ruiz said …': a sentence between
    if closer is None or _quoted_title(doc, closer):
        return None
    a = closer + 1
    # '“…,” she said' / '“…?” she asked': a quotation that ends its sentence with a period is
    # not attributed by what follows ('“… battle.” Sources said that …' starts anew)
    last = doc[closer - 1] if closer > 0 else None
    if not (a < verb.i and doc[a].text == "," or last is not None and last.text in (",", "?", "!",
                                                                                    "—", "–", "-")
            or last is not None and last.text.endswith((",", "?", "!"))):
        return None
    tail = []
    k = cue_end
    while k < len(doc) and doc[k].text not in QUOTE_OPENERS and not (
            doc[k].text in (".", "?", "!") and k + 1 < len(doc) and not doc[k + 1].is_lower):
        tail.append(doc[k])
        k += 1
    if len(tail) > 1 and tail[0].text == "," and tail[1].tag_ == "VBG":
        tail = []  # '“…,” he said, adding that …': the participle leads its own content
    if any(t.lower_ in ("that", "whether", "if") or t.text == ":" for t in tail[:6]):
        return None  # the cue leads a content of its own
    if a < verb.i and doc[a].text == ",":
        a += 1
    between = list(doc[a : verb.i])
    if not between:  # '…,” said Ana Ruiz, the envoy.'
        after = []
        k = cue_end
        while k < len(doc) and doc[k].text not in CLAUSE_BREAKS and (
                not doc[k].is_punct or _name_hyphen(doc, k) or doc[k].text == "."
                and doc[k - 1].is_title and len(doc[k - 1].text) <= 3):
            after.append(doc[k])
            k += 1
        if not after or not _np_like(after[:MAX_NP]):
            return AfterQuote(closer, None)
        return AfterQuote(closer, (cue_end, cue_end + _np_len(after)))
    if not _source_after_quote(between) or between[-1].lower_ in RELATIVE_WORDS | {"that"}:
        return None  # '“…,” Ana Ruiz, who advises the city, said': 'advises' is no cue
    b = a
    while b < verb.i and doc[b].text not in (",", "—", "–", "("):
        b += 1
    b = _trim_right(doc, a, b)
    if b <= a:
        return None
    return AfterQuote(closer, (a, b))


TITLE_LEADS = frozenset({"on", "of", "in", "at", "from", "to", "with", "for", "titled",
                         "entitled", "called", "named", "dubbed", "headlined", "captioned"})
# Nouns a title follows ('the radio show “Morning Line,”'): the tagger reads some as verbs.
TITLE_NOUNS = frozenset({"show", "program", "programme", "film", "movie", "book", "column",
                         "episode", "series", "documentary", "podcast", "broadcast", "song",
                         "album", "play", "novel", "memoir", "newsletter", "magazine", "blog",
                         "headline", "title", "banner", "caption", "slogan"})


def _quoted_title(doc, closer: int, max_back: int = 12) -> bool:
    """'On Monday’s episode of “The Evening Table,” she said …': a short quotation right
    after a preposition or 'titled' is the name of a show, a book or a film, not words that
    the cue after it attributes; so is one of a few words right after the noun it names ('on
    the radio show “Morning Line,” the minister said')."""
    for j in range(closer - 1, max(closer - max_back, 0) - 1, -1):
        t = doc[j].text
        if t in QUOTE_OPENERS or t in ('"', "''", "``"):
            if j == 0:
                return False
            before = doc[j - 1]
            if before.text == "," and j >= 2 and closer - j <= 7:
                before = doc[j - 2]  # 'in his 2002 book, “Raise a Saver,” Kell suggested …'
                return before.lower_ in TITLE_NOUNS
            return before.lower_ in TITLE_LEADS or closer - j <= 7 and (
                before.lower_ in TITLE_NOUNS or before.tag_ == "POS" and _title_case(
                    doc[j + 1 : closer]))  # 'on the Ledger's “Morning Line,” she said'
    return False


def _title_case(tokens) -> bool:
    words = [t for t in tokens if t.is_alpha]
    return bool(words) and all(t.is_title or t.lower_ in ("a", "an", "the", "of", "and", "in",
                                                          "on", "for", "to", "at")
                               for t in words) and words[0].is_title


def _name_hyphen(doc, k: int) -> bool:
    """'Holtz-Eakin': a hyphen glued to the words on both sides."""
    return (doc[k].text == "-" and doc[k - 1].whitespace_ == "" and doc[k].whitespace_ == ""
            and k + 1 < len(doc))


def _source_after_quote(tokens: list[Token]) -> bool:
    """A source noun phrase with its appositions ('Ana Ruiz, 54, a former envoy who now leads
    the council,'): a noun, no other clause before a relative word, no conjunction start."""
    first = tokens[0]
    if first.pos_ in ("CCONJ", "SCONJ", "ADP") or first.lower_ in ("that", "if", "when", "as"):
        return False
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for t in tokens):
        return False
    relative = False
    for k, t in enumerate(tokens):
        if t.lower_ in RELATIVE_WORDS:
            relative = True
        if relative or t.is_punct:
            continue
        if _finite(t) or t.pos_ == "VERB" and t.tag_ not in ("VBN", "VBG"):
            # 'retired Air Force general': a participle before a name is a modifier
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if not (t.tag_ in ("VBD", "VBN") and t.is_lower and nxt is not None
                    and nxt.pos_ in ("PROPN", "NOUN", "ADJ")):
                return False
    return True


# -- the source span: a noun phrase, nothing else ----------------------------------------------

# what opens a clause of when or why something happened ('When the council cut funding, …')
_TIME_CLAUSE_MARKS = frozenset({"when", "after", "before", "since", "until", "once", "while",
                                "whenever", "because", "although", "though", "as"})
SUBORDINATORS = frozenset({"after", "before", "since", "until", "till", "because", "while",
                           "although", "though", "once", "when", "whenever", "whereas",
                           "unless", "if", "as", "that", "than"})


_NOMINAL_DEPS = frozenset({"acl", "amod", "compound", "nsubj", "obj", "iobj", "nmod", "appos",
                           "obl", "flat"})
_TEMPORAL_PREPOSITIONS = frozenset({"after", "before", "since", "until", "till"})
# units of time and the words that measure them ('shortly', 'just', 'only' hours after …)
_TIME_UNITS = frozenset({"moment", "moments", "minute", "minutes", "hour", "hours", "day", "days",
                         "week", "weeks", "month", "months", "year", "years", "shortly", "soon",
                         "just", "only", "long", "right"})


_QUANTITY_WORDS = frozenset({"half", "most", "many", "few", "several", "some", "all", "both"})


def _quantity_at(doc, a: int, b: int) -> bool:
    """'Most', 'Nearly half' at ``a``: a quantity the tagger read as an adverb is the source."""
    t = doc[a]
    return t.lower_ in _QUANTITY_WORDS or t.lower_ in ("nearly", "almost", "roughly") \
        and a + 1 < b and doc[a + 1].lower_ in _QUANTITY_WORDS


def clean_source(doc, a: int, b: int, head: int | None = None) -> tuple[int, int] | None:
    """The noun phrase a source range [a, b) stands for, or None when it is no noun phrase.

    A source is a name, a pronoun or a description; what a misparse may add to it is cut: a
    clause before it ('… since Palestinian sources', 'two weeks after a newspaper'), a time
    after it ('Ana Ruiz on Friday'), edge punctuation.  A range that is still a clause
    fragment ('and that the need for a force'), a time ('on Tuesday') or a bare prepositional
    phrase is rejected: an empty source is better than a wrong one."""
    if b <= a:
        return None
    if head is None or not a <= head < b:
        head = head_of(doc, a, b).i
    rel = next((i for i in range(a, b) if doc[i].lower_ in RELATIVE_WORDS), b)
    for i in range(min(rel, head) - 1, a - 1, -1):  # a clause or adverbial before the phrase
        t = doc[i]
        if t.lower_ in SUBORDINATORS and (dep(t) == "mark" or t.pos_ == "SCONJ") \
                or t.lower_ in _TEMPORAL_PREPOSITIONS and t.pos_ == "ADP":
            if i - 1 >= a and doc[i - 1].lower_ in SOURCE_ADJECTIVES:
                continue
            a = i + 1
            break
    for i in range(a + 1, b - 1):  # 'Three days after a radio station', parsed as 'days'
        if doc[i].lower_ in _TEMPORAL_PREPOSITIONS and doc[i].pos_ in ("ADP", "SCONJ") \
                and all(t.like_num or t.pos_ == "DET" or t.lower_ in _TIME_UNITS
                        for t in doc[a:i]) and doc[i - 1].lower_ in _TIME_UNITS:
            a = i + 1
            break
    while a < b and (doc[a].is_punct and doc[a].tag_ != "POS" or doc[a].is_space
                     or doc[a].pos_ in ("ADV", "CCONJ", "SCONJ", "ADP", "PART", "AUX")
                     and not dep(doc[a]).startswith("nsubj")
                     and not _quantity_at(doc, a, b)
                     or doc[a].tag_ in ("VBG", "VBN") and a + 1 < b
                     and doc[a + 1].pos_ in ("DET", "ADP")):  # 'including an email'
        a += 1
    k = a  # a time opening the range: 'Last week I asked'
    while k < b and (doc[k].ent_type_ in ("DATE", "TIME") or doc[k].lower_ in TEMPORAL_WORDS):
        k += 1
    if a < k < b and doc[k].pos_ in ("PRON", "PROPN", "DET", "NOUN", "NUM", "ADJ"):
        a = k
    # a time or punctuation at the end: 'the Meridian Ledger on Friday,'
    while b > a:
        t = doc[b - 1]
        if t.text == ")" and any(doc[i].text == "(" for i in range(a, b - 1)):
            break  # 'Rep. Jo Hale (D-Ore.)': the parenthesis closes
        if t.is_punct or t.is_space or t.pos_ in ("ADV", "AUX", "PART") and t.tag_ != "POS" \
                and not dep(t).startswith("nsubj") and not _outlet_adverb(doc, b - 1, a) \
                and t.lower_ not in _QUANTITY_WORDS:
            b -= 1
            continue
        if t.ent_type_ in ("DATE", "TIME") or t.lower_ in TEMPORAL_WORDS:
            k = b - 1
            while k > a and (doc[k - 1].ent_type_ in ("DATE", "TIME")
                             or doc[k - 1].lower_ in TEMPORAL_WORDS or doc[k - 1].like_num
                             or doc[k - 1].pos_ == "DET" and doc[k - 1].lower_ in ("this", "last", "the")
                             or doc[k - 1].text == "."):
                k -= 1
            if k > a and doc[k - 1].pos_ == "ADP" and k - 1 > a:
                b = k - 1
                continue
            if k > a and doc[k - 1].pos_ in ("NOUN", "PROPN", "PRON") and k < b:
                b = k  # 'the Meridian Ledger last week'
                continue
        break
    if b <= a:
        return None
    toks = list(doc[a:b])
    if is_temporal(toks):
        return None
    if toks[0].pos_ in ("VERB", "AUX") and toks[0].tag_ not in ("VBN", "VBG") \
            or toks[0].tag_ == "VBG" and len(toks) > 1 and toks[1].pos_ in ("DET", "ADP"):
        return None  # 'reading too much', 'taken on extra weight'
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or t.tag_ in ("NN", "NNS", "NNP", "NNPS")
               or dep(t).startswith("nsubj") for t in toks) \
            and not all(t.is_title and t.pos_ in ("ADJ", "INTJ", "X") for t in toks) \
            and not (len(toks) == 1 and (toks[0].lower_,) in _partitives()) \
            and toks[-1].lower_ not in _QUANTITY_WORDS:  # 'Another said', 'Nearly half say'
        return None
    if not a <= head < b:
        head = head_of(doc, a, b).i
    for t in doc[a:b]:
        if not _finite(t) or t.pos_ in ("NOUN", "PROPN") or dep(t) in _NOMINAL_DEPS \
                or _reduced_relative(t):
            continue  # 'campaign aides' tagged a verb, 'a survey conducted …' tagged a past
        # a clause, not a noun phrase ('Ana Ruiz upbraided Lena Holm for failing'), unless
        # the verb is in a clause of the noun ('a survey taken after the tape was released')
        if t.i < head or not any(doc[k].lower_ in RELATIVE_WORDS | SUBORDINATORS
                                 for k in range(head + 1, t.i)):
            return None
    return a, b


def _partitives():
    from accordwatch.attribution import lexicons as lx

    return lx.partitive_pronouns()
