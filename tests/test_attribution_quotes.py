"""Quote pairing on text alone: no model needed."""

from accordwatch.attribution.quotes import QuoteIndex, find_quotes, paragraph_spans


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_curly_quotes_pair():
    text = "Mira Lenz said: “We will sign on Friday.” Then she left."
    assert quoted(text) == ["“We will sign on Friday.”"]


def test_straight_quotes_pair_in_order():
    text = 'Tomas Vey said "yes" to one and "no" to the other.'
    assert quoted(text) == ['"yes"', '"no"']


def test_guillemets_pair():
    text = "Le ministre Arno Delcour a dit «nous signerons» hier."
    assert quoted(text) == ["«nous signerons»"]


def test_single_curly_quotes_are_told_from_apostrophes():
    text = "The rebels’ envoy didn’t wait: ‘we are ready,’ Oren Hale said of the ’90s deal."
    assert quoted(text) == ["‘we are ready,’"]


def test_plural_possessive_does_not_close_a_single_quote():
    text = "‘The delegates’ rooms are ready,’ an aide said."
    assert quoted(text) == ["‘The delegates’ rooms are ready,’"]


def test_multi_paragraph_quote_is_reopened_not_closed():
    text = "“The first part of the pledge.\n“The second part of it.”\nAn unrelated paragraph."
    qs = find_quotes(text)
    assert len(qs) == 1
    assert text[qs[0].start : qs[0].end].endswith("second part of it.”")
    assert qs[0].paragraphs == 2


def test_unbalanced_quote_is_capped_at_its_paragraph():
    text = "Lena Ort said “the talks are over.\nMeanwhile the council met.\nIt ended “late.”"
    qs = find_quotes(text)
    assert [text[q.start : q.end] for q in qs] == ["“the talks are over.", "“late.”"]
    assert not qs[0].closed


def test_lone_straight_quote_never_crashes():
    for text in ['"', 'a " b', '""', "“", "”", "‘", "’", "«", "x\n\"\ny"]:
        find_quotes(text)  # no exception, nothing swallowed beyond a paragraph


def test_stray_closer_is_ignored():
    assert quoted("A stray ” closer here.") == []


def test_kind_direct_mixed_indirect():
    text = "He said “all of it.” She said it was “mostly” fine. They said nothing new."
    qi = QuoteIndex(text)
    assert qi.kind(8, 20) == "direct"
    assert qi.kind(30, 51) == "mixed"
    assert qi.kind(58, 77) == "indirect"


def test_paragraph_spans_skip_blank_lines():
    text = "One.\n\n  Two.  \nThree."
    assert [text[a:b] for a, b in paragraph_spans(text)] == ["One.", "Two.", "Three."]


def test_a_single_quote_closing_after_a_word_in_s():
    from accordwatch.attribution.quotes import find_quotes

    text = ("Vosk insisted that the list was ‘complete in every respect that matters’ and that "
            "names were withheld. She warned of delays.")
    (q,) = find_quotes(text)
    assert q.closed and text[q.start : q.end] == "‘complete in every respect that matters’"


def test_a_plural_possessive_inside_a_single_quote_stays_open():
    from accordwatch.attribution.quotes import find_quotes

    text = "She said: ‘The rebels’ claims are false.’ Then she left."
    (q,) = find_quotes(text)
    assert text[q.start : q.end] == "‘The rebels’ claims are false.’"
