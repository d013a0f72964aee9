"""Small helpers over parsed tokens and character spans shared by the attribution rules."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from accordwatch.attribution import lexicons as lx
from accordwatch.attribution.quotes import EDGE_MARKS, QuoteIndex

# Punctuation stripped from the edges of a content span (quote marks are handled separately).
EDGE_PUNCT = ",;:—–-.()[] \n\t\u00a0"
# A dateline opening a report: a place in capitals, maybe an agency, and a dash.
DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{1,40}(?:,[ A-Za-z0-9.]{2,30})?(?: ?\([A-Za-z. ]{1,20}\))?"
                       r"(?: ?(?:―|—|–|--) ?| - )")
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
# lower-case words inside a capitalised name ('Voce del Porto', 'Ludwig van Berg')
NAME_LINKS = frozenset({"al", "el", "bin", "ben", "ibn", "abu", "de", "da", "van", "von", "del",
                        "della", "di", "du", "la", "le", "der", "des"})


def dep(tok: Token) -> str:
    """Universal dependency label without subtype, lowercase ("acl:relcl" -> "acl")."""
    return tok.dep_.split(":", 1)[0].lower()


def subdep(tok: Token) -> str:
    return tok.dep_.lower()


def is_verbal(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def subtree_range(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def children(tok: Token, *labels: str) -> list[Token]:
    return [c for c in tok.children if dep(c) in labels]


def subject_of(tok: Token) -> Token | None:
    for c in tok.children:
        if dep(c) in ("nsubj", "csubj"):
            return c
    if tok.tag_ in ("VBZ", "VBP", "VBD") and tok.pos_ == "VERB":
        # 'The Brandt campaign plans to …': a finite verb the parse still built as a noun
        # phrase's head, its subject hung on it as a compound
        nouns = [c for c in tok.lefts if dep(c) == "compound" and c.pos_ in ("NOUN", "PROPN")]
        if nouns and nouns[-1].right_edge.i == tok.i - 1:
            return nouns[-1]
    return None


def inherited_subject(tok: Token, max_up: int = 4) -> Token | None:
    """The subject a verb shares with the verbs it hangs from ("said X and added Y", "said ...,
    citing Y", "issued statements promising Y"), or the name the parse made the root with
    the verb hung on it ("Trump, appearing at the forum, cited …")."""
    cur = tok
    for _ in range(max_up):
        s = subject_of(cur)
        if s is not None:
            return s
        outer = _verb_outside_quotation(cur)
        if outer is not None:
            # 'called the shooting “a test of whether X means anything” and said …': the
            # parse joined 'said' to a verb inside the quotation; it is the caller's
            cur = outer
            continue
        if dep(cur) == "conj" and cur.tag_ in ("VBD", "VBZ", "VBP"):
            # 'pledged to repair the roads and drivers welcomed the promise': a noun phrase
            # between the conjunction and the verb is the verb's own subject
            doc = cur.doc
            k = cur.i - 1
            while k > 0 and doc[k].tag_ in ("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$",
                                            "PRP", "CD", "POS"):
                k -= 1
            if k < cur.i - 1 and doc[k].lower_ in ("and", "but", "while", "whereas") \
                    and doc[cur.i - 1].tag_ in ("NN", "NNS", "NNP", "NNPS", "PRP"):
                return doc[cur.i - 1]
        if dep(cur) == "advcl" and cur.tag_ == "VBG" and cur.head.i > cur.i > 1 \
                and cur.doc[cur.i - 1].text == ",":
            # 'Orn attacked Ruiz, accusing her of …, when calls came in': the parse hung the
            # participle on a later clause; it goes with the clause before its comma
            for t in (cur.doc[cur.i - 2], *cur.doc[cur.i - 2].ancestors):
                if t.i < cur.i and is_verbal(t) and subject_of(t) is not None:
                    return subject_of(t)
        if dep(cur) in ("advcl", "conj", "parataxis") and cur.head.head == cur.head \
                and (cur.head.pos_ == "PROPN" or cur.head.ent_type_ in ("PERSON", "ORG")) \
                and is_verbal(cur) and cur.i > cur.head.i:
            # 'Tomas Brel, an economist, cautioned …, saying …', 'Trump, appearing at the
            # forum, cited …' parsed with the name as the root and the verb hung on it
            return cur.head
        if cur.head == cur or dep(cur) not in ("conj", "advcl", "xcomp", "acl", "obj", "dep"):
            return None
        cur = cur.head
    return None


_OPENERS = frozenset({"“", '"', "‘", "«", "``"})
_CLOSERS = frozenset({"”", '"', "’", "»", "''"})


def _verb_outside_quotation(cur: Token) -> Token | None:
    """For a conjunct whose head lies inside a quotation closed before it, the verb outside
    the quotation that the quotation hangs on, or None."""
    if dep(cur) != "conj" or cur.head.i >= cur.i:
        return None
    doc = cur.doc
    if not any(doc[k].text in _CLOSERS for k in range(cur.head.i + 1, cur.i)):
        return None
    opener = next((k for k in range(cur.head.i, max(cur.sent.start, cur.head.i - 40) - 1, -1)
                   if doc[k].text in _OPENERS), None)
    if opener is None:
        return None
    return next((a for a in cur.head.ancestors if a.i < opener and is_verbal(a)), None)


def np_range(head: Token, exclude: Token | None = None) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``head``: its subtree, cut at the commas or dashes
    that set off appositions and relative clauses, without the subtree of ``exclude``."""
    a, b = subtree_range(head)
    if exclude is not None:
        ea, eb = subtree_range(exclude)
        if ea > head.i:
            b = min(b, ea)
        elif eb <= head.i:
            a = max(a, eb)
    doc = head.doc
    for i in range(head.i + 1, b):
        if doc[i].text in {",", "—", "–", "(", ";"} or doc[i].is_space:
            b = i
            break
    for i in range(head.i - 1, a - 1, -1):
        if doc[i].text in {",", "—", "–", ")", ";"} or doc[i].is_space:
            a = i + 1
            break
    while a < b and (doc[a].is_punct or doc[a].is_space):
        a += 1
    while b > a and (doc[b - 1].is_punct or doc[b - 1].is_space):
        b -= 1
    return a, b


def char_range(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """Character offsets (into ``doc.text``) of tokens [a, b)."""
    if b <= a:
        return doc[a].idx, doc[a].idx
    last = doc[b - 1]
    return doc[a].idx, last.idx + len(last.text)


# a finite verb right after "that": the demonstrative is the clause's subject
_VERBS_AFTER_THAT = frozenset({"is", "was", "were", "are", "has", "had", "would", "will",
                               "could", "can", "may", "might", "should", "must", "seems",
                               "means", "did", "does", "wasn't", "isn't", "won't", "wouldn't"})


_INVERTED_SUBJECTS = frozenset({"the", "a", "an", "he", "she", "they", "we", "i", "you", "it",
                                "this", "these", "those", "his", "her", "their", "its", "our"})


def clean_content(text: str, start: int, end: int, quotes: QuoteIndex) -> tuple[int, int]:
    """Tidy a content span: trim edge punctuation and a leading complementizer, and snap to quote
    marks so that a quotation is kept whole (marks included) and no mark is left dangling."""
    start, end = _strip(text, start, end)
    dateline = DATELINE.match(text, start, end)
    if dateline:  # 'DORN, Velmar (AP) — The talks failed, officials said.'
        start = dateline.end()
    start = _past_connective(text, start, end)
    low = text[start:end].lower()
    # "that" only: "asked whether the deal holds" is a question, and its content says so
    words = low.split(None, 3)
    if low.startswith("that ") and len(low) > 8 and (
            words[1].strip(",") not in _VERBS_AFTER_THAT
            or words[1] in ("had", "were", "should") and len(words) > 2
            and (words[2] in _INVERTED_SUBJECTS
                 or text[start:end].split(None, 3)[2][:1].isupper())):
        # but 'said that had the army not intervened, …': an inverted condition
        start, end = _strip(text, start + 5, end)  # not 'said that was not her view'

    # snap to quotes the span cuts through: keep the marks, and keep a quotation whole when the
    # span starts with it (a colon-introduced quote runs over several sentences)
    for q in quotes.overlapping(start, end):
        if q.start < start < q.end and (not _has_words(text, q.start, start)
                                        or not _has_words(text, end, q.end)):
            start = q.start  # the tail of a quotation: the whole quotation is the content
        if q.start < end < q.end and (start <= q.start or not _has_words(text, end, q.end)):
            end = q.end
    # a dangling mark at either edge
    while start < end and text[start] in EDGE_MARKS and not _mark_paired(quotes, start, end):
        start, end = _strip(text, start + 1, end)
    while end > start and text[end - 1] in EDGE_MARKS and not _mark_paired(quotes, start, end):
        start, end = _strip(text, start, end - 1)
    if end > start and text[end - 1] not in EDGE_MARKS:
        start, end = _strip(text, start, end)
    return start, end


def _past_connective(text: str, start: int, end: int) -> int:
    """Start of a content after the writer's link at its head ('In addition, the talks …',
    'But the talks …'), from ``connectives.txt``; only where the content opens its sentence
    ('said that first, the convoys must stop' keeps the speaker's order); a short content
    keeps it."""
    before = text[:start].rstrip()
    if before and before[-1] not in ".!?:;\n”»’\"":
        return start
    low = text[start : min(end, start + 40)].lower()
    for phrase, bare in _connectives():
        if not low.startswith(phrase):
            continue
        rest = low[len(phrase) :]
        if rest.startswith(","):
            cut = start + len(phrase) + 1
        elif bare and rest.startswith(" "):
            cut = start + len(phrase)
        else:
            continue
        while cut < end and text[cut].isspace():
            cut += 1
        return cut if len(text[cut:end].split()) >= 3 else start
    return start


@cache
def _connectives() -> tuple[tuple[str, bool], ...]:
    out = []
    for line in lx.read_list("connectives.txt"):
        phrase, _, tags = line.partition("|")
        out.append((phrase.strip(), "bare" in tags))
    return tuple(sorted(out, key=lambda p: -len(p[0])))


def strip_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim edge punctuation and whitespace, leaving quote marks alone."""
    return _strip(text, start, end)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in EDGE_PUNCT:
        start += 1
    while end > start and (text[end - 1] in EDGE_PUNCT):
        end -= 1
    return start, end


def _has_words(text: str, a: int, b: int) -> bool:
    return any(c.isalnum() for c in text[a:b])


def _mark_paired(quotes: QuoteIndex, start: int, end: int) -> bool:
    return any(start <= q.start and q.end <= end for q in quotes.overlapping(start, end))
