"""Pair quotation marks in raw text.

Handles curly double quotes (“ ”), straight double quotes ("), guillemets (« »), German low
quotes („ “) and curly single quotes (‘ ’, told apart from apostrophes), and the two-apostrophe marks of some archives ('' … '',
`` … '').  Writers and converters mix conventions, so a straight mark may close a curly quote
and the other way round when nothing else is open.  News convention for a
quote running over several paragraphs is honoured: each paragraph reopens the quote without
closing the previous one.  A quote that is never closed is capped at the end of its paragraph, so
one stray mark never swallows the rest of an article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

DOUBLE_PAIRS = {"“": "”", "«": "»", "„": "“”"}
SINGLE_OPEN, SINGLE_CLOSE = "‘", "’"
STRAIGHT = '"'
ALL_MARKS = frozenset('“”«»„"‘’')
# Two-character marks: '' opens or closes like a straight double quote; `` only opens.
TWO_APOSTROPHES, TWO_BACKTICKS = "''", "``"
# Characters a quotation may start or end with (for trimming spans at quote edges).
EDGE_MARKS = ALL_MARKS | {"'", "`"}
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Quote:
    """A quoted passage: ``start`` is the opening mark, ``end`` is just after the closing mark
    (or the end of the paragraph text when the quote was never closed)."""

    start: int
    end: int
    mark: str
    closed: bool = True
    depth: int = 0
    paragraphs: int = 1
    close_len: int = 1  # length of the closing mark ('' is two characters)

    @property
    def inner(self) -> tuple[int, int]:
        """Offsets of the quoted words without the marks."""
        end = self.end - self.close_len if self.closed else self.end
        return self.start + len(self.mark), end


@dataclass
class _Open:
    mark: str
    start: int
    depth: int
    paragraphs: int = 1


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, surrounding whitespace excluded."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
    return spans


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _straight_role(text: str, i: int, is_open: bool, width: int = 1) -> str:
    """'open', 'close' or 'skip' for a straight double quote (or '') at ``i``."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + width] if i + width < len(text) else " "
    if is_open:
        return "close"
    if prev.isspace() and nxt.isspace():
        return "skip"  # a mark floating between spaces says nothing
    if nxt.isspace() and not (prev.isspace() or prev in "([{—–-"):
        return "skip"  # a closer without an opener: leave it alone
    return "open"


def _single_closes(text: str, i: int) -> bool:
    """Whether ’ at ``i`` closes an open single quote rather than being an apostrophe."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if _is_word(nxt):
        return False  # don’t, Hamas’s
    if prev.isspace():
        return False
    # "the sources’ claims": a plural possessive unless punctuation or a word that cannot
    # follow a possessive comes next ("‘… that matters’ and that …", "‘… the rules’, he said")
    if prev in "sS" and nxt == " ":
        m = re.match(r" +([a-z]+)\b", text[i + 1 : i + 30])
        if not m or m.group(1) not in _NOT_AFTER_POSSESSIVE:
            return False
        # '‘The voters’ will is clear,’ she said': a later mark in the paragraph closes the
        # quotation instead, so this one is the possessive
        return not any(_single_closes(text, k) for k in _later_single_closers(text, i))
    return True


def _later_single_closers(text: str, i: int):
    """Offsets of the ’ after ``i`` in the same paragraph that are not followed by a
    letter (candidates to close a single quotation)."""
    end = text.find("\n", i + 1)
    end = len(text) if end == -1 else end
    k = text.find("’", i + 1, end)
    while k != -1:
        if not (k + 1 < len(text) and text[k + 1].isalnum()) and not text[k - 1].isspace() \
                and text[k - 1] not in "sS":
            yield k
        k = text.find("’", k + 1, end)


_NOT_AFTER_POSSESSIVE = frozenset({
    "and", "or", "but", "nor", "that", "which", "who", "because", "when", "while", "if",
    "as", "than", "then", "so", "he", "she", "they", "it", "we", "i", "you", "was", "were",
    "is", "are", "had", "has", "have", "would", "could", "said", "says", "told",
    "added", "to", "in", "on", "at", "for", "with", "from", "by", "of", "after", "before",
    "until", "since", "unless", "although", "though"})


def _next_paragraph_reopens(text: str, para_end: int, mark: str) -> bool:
    j = para_end
    while j < len(text) and text[j].isspace():
        j += 1
    if mark in (TWO_APOSTROPHES, TWO_BACKTICKS):
        return text.startswith(TWO_APOSTROPHES, j) or text.startswith(TWO_BACKTICKS, j)
    return j < len(text) and text[j] == mark


def _closes_like_straight(text: str, i: int, width: int = 1) -> bool:
    """A mark glued to the word before it and followed by a space, punctuation or the end of
    the line: it closes whatever quote is open ('“Yes,” he said' typed as '“Yes," he said')."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + width] if i + width < len(text) else " "
    return not prev.isspace() and (nxt.isspace() or not _is_word(nxt))


def _opens_like_straight(text: str, i: int, width: int = 1) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + width] if i + width < len(text) else " "
    return (prev.isspace() or not _is_word(prev)) and not nxt.isspace()


def find_quotes(text: str, *, nested: bool = False) -> list[Quote]:
    """Every quoted passage in ``text``, sorted by start; only top-level ones unless ``nested``."""
    out: list[Quote] = []
    stack: list[_Open] = []
    reopen_at: int | None = None  # offset of a paragraph-initial mark that continues a quote
    n = len(text)
    i = 0
    para_end_of = _paragraph_end_finder(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            i = _close_paragraph(text, i, stack, out, para_end_of)
            if stack:
                # the outermost quote continues: skip to its reopening mark
                j = i
                while j < n and text[j].isspace():
                    j += 1
                reopen_at = j
            continue
        if ch not in ALL_MARKS and ch not in "'`":
            i += 1
            continue
        two = text[i : i + 2]
        width = 2 if two in (TWO_APOSTROPHES, TWO_BACKTICKS) else 1
        if reopen_at is not None and i == reopen_at:
            reopen_at = None
            i += width
            continue
        reopen_at = None
        if width == 2:
            i = _two_char_mark(text, i, two, stack, out)
            continue
        if ch not in ALL_MARKS:
            i += 1
            continue
        if ch == "“" and _find_open(stack, lambda m: m == "“") is not None \
                and _closes_like_straight(text, i):
            # '“Mostly false.“': a doubled opener glued to the words before it closes
            k = _find_open(stack, lambda m: m == "“")
            _pop_to(text, k, i + 1, stack, out, closed=True)
        elif ch == "”" and _find_open(stack, lambda m: m in DOUBLE_PAIRS) is None \
                and _find_open(stack, lambda m: m == STRAIGHT) is not None:
            # '"Yes,” he said': a curly closer ends a straight-opened quote
            k = _find_open(stack, lambda m: m == STRAIGHT)
            _pop_to(text, k, i + 1, stack, out, closed=True)
        elif ch == "”" and not stack and _paragraph_start(text, i) and _opens_like_straight(text, i):
            # a paragraph opening with a closing mark: a typo for the opener
            stack.append(_Open(ch, i, len(stack)))
        elif ch in DOUBLE_PAIRS and not (ch == "“" and _closes_low_quote(stack)):
            same = [k for k, o in enumerate(stack) if o.mark == ch]
            if same:  # a second opener of the same kind: the first was never closed
                _pop_to(text, same[0], i, stack, out, closed=False)
            stack.append(_Open(ch, i, len(stack)))
        elif ch in "”»“":
            k = _find_open(stack, lambda m, c=ch: m in DOUBLE_PAIRS and c in DOUBLE_PAIRS[m]
                           or m == c == "”")
            if k is not None:
                _pop_to(text, k, i + 1, stack, out, closed=True)
        elif ch == STRAIGHT:
            k = _find_open(stack, lambda m: m == STRAIGHT)
            curly = _find_open(stack, lambda m: m in ("“", "„", "”"))
            role = _straight_role(text, i, k is not None)
            if role == "close" and k is not None:
                _pop_to(text, k, i + 1, stack, out, closed=True)
            elif k is None and curly is not None and _closes_like_straight(text, i):
                _pop_to(text, curly, i + 1, stack, out, closed=True)
            elif role == "open":
                stack.append(_Open(ch, i, len(stack)))
        elif ch == SINGLE_OPEN:
            prev = text[i - 1] if i > 0 else " "
            nxt = text[i + 1] if i + 1 < n else " "
            if not _is_word(prev) and not nxt.isspace():
                stack.append(_Open(ch, i, len(stack)))
        elif ch == SINGLE_CLOSE:
            k = _find_open(stack, lambda m: m == SINGLE_OPEN)
            if k is not None and _single_closes(text, i):
                _pop_to(text, k, i + 1, stack, out, closed=True)
        i += 1
    if stack:
        _pop_to(text, 0, _rstrip(text, n), stack, out, closed=False)
    out.sort(key=lambda q: (q.start, -q.end))
    # a "quote" that is only a closing mark typo at a paragraph start never stays open
    out = [q for q in out if q.end - q.start > len(q.mark)]
    return out if nested else [q for q in out if q.depth == 0]


def _two_char_mark(text: str, i: int, two: str, stack: list[_Open], out: list[Quote]) -> int:
    """Handle '' or `` at ``i``; returns the offset after the mark."""
    k = _find_open(stack, lambda m: m in (TWO_APOSTROPHES, TWO_BACKTICKS))
    if two == TWO_BACKTICKS:
        stack.append(_Open(two, i, len(stack)))
    elif k is not None and _closes_like_straight(text, i, 2):
        _pop_to(text, k, i + 2, stack, out, closed=True, close_len=2)
    elif _opens_like_straight(text, i, 2):
        stack.append(_Open(two, i, len(stack)))
    return i + 2


def _paragraph_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n"


def _paragraph_end_finder(text: str):
    def para_end(i: int) -> int:
        return _rstrip(text, i)

    return para_end


def _rstrip(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _closes_low_quote(stack: list[_Open]) -> bool:
    return bool(stack) and stack[-1].mark == "„"


def _find_open(stack: list[_Open], pred) -> int | None:
    for k in range(len(stack) - 1, -1, -1):
        if pred(stack[k].mark):
            return k
    return None


def _pop_to(text: str, k: int, end: int, stack: list[_Open], out: list[Quote], *, closed: bool,
            close_len: int = 1):
    """Close ``stack[k]`` at ``end``; quotes opened inside it and still open end unclosed there."""
    while len(stack) > k:
        o = stack.pop()
        is_target = len(stack) == k
        e = end if (closed and is_target) else _rstrip(text, end)
        if e > o.start + len(o.mark):
            out.append(Quote(o.start, e, o.mark, closed and is_target, o.depth, o.paragraphs,
                             close_len if closed and is_target else 1))


def _close_paragraph(text, nl: int, stack: list[_Open], out: list[Quote], para_end_of) -> int:
    """At a line break: keep a quote open if the next paragraph reopens it, else cap it."""
    i = nl
    while i < len(text) and text[i].isspace():
        i += 1
    if not stack:
        return i
    outer = stack[0]
    continues = i < len(text) and _next_paragraph_reopens(text, nl, outer.mark)
    keep = 1 if continues else 0
    if len(stack) > keep:
        _pop_to(text, keep, para_end_of(nl), stack, out, closed=False)
    if continues:
        outer.paragraphs += 1
    return i


# --- questions asked of quotes by the rest of the package -------------------------------------


class QuoteIndex:
    """Top-level quotes of a text with fast lookups by offset."""

    def __init__(self, text: str, quotes: Sequence[Quote] | None = None):
        self.text = text
        self.quotes = list(quotes if quotes is not None else find_quotes(text))
        self._starts = [q.start for q in self.quotes]

    def containing(self, start: int, end: int) -> Quote | None:
        """The quote that contains [start, end), if any."""
        k = bisect.bisect_right(self._starts, start) - 1
        if k >= 0:
            q = self.quotes[k]
            if q.start <= start and end <= q.end:
                return q
        return None

    def overlapping(self, start: int, end: int) -> list[Quote]:
        k = max(bisect.bisect_right(self._starts, start) - 1, 0)
        out = []
        while k < len(self.quotes) and self.quotes[k].start < end:
            q = self.quotes[k]
            if q.end > start:
                out.append(q)
            k += 1
        return out

    def starting_near(self, offset: int, max_gap: int = 3) -> Quote | None:
        """A quote whose opening mark lies within ``max_gap`` non-word characters after ``offset``."""
        k = bisect.bisect_left(self._starts, offset)
        if k < len(self.quotes):
            q = self.quotes[k]
            gap = self.text[offset : q.start]
            if len(gap) <= max_gap and not any(_is_word(c) for c in gap):
                return q
        return None

    def ending_near(self, offset: int, max_gap: int = 3) -> Quote | None:
        """A quote whose closing mark lies within ``max_gap`` non-word characters before ``offset``."""
        k = bisect.bisect_right(self._starts, offset) - 1
        while k >= 0 and self.quotes[k].end > offset:
            k -= 1
        if k >= 0:
            q = self.quotes[k]
            gap = self.text[q.end : offset]
            if len(gap) <= max_gap and not any(_is_word(c) for c in gap):
                return q
        return None

    def kind(self, start: int, end: int) -> str:
        """direct (every word quoted), mixed (some) or indirect (none) for text[start:end]."""
        quotes = self.overlapping(start, end)
        if not quotes:
            return "indirect"
        inside = outside = 0
        for m in _WORD.finditer(self.text, start, end):
            if any(q.start <= m.start() and m.end() <= q.end for q in quotes):
                inside += 1
            else:
                outside += 1
        if inside == 0:
            return "indirect"
        return "direct" if outside == 0 else "mixed"
