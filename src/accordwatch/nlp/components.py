"""Pipeline components added by :func:`accordwatch.nlp.load` on top of the trained model."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

PARAGRAPH_BREAKS = "accordwatch_paragraph_breaks"
CLOSING_QUOTES = frozenset({'"', "”", "’", "''", "»"})


class ParagraphBreaks:
    """Start a sentence after every paragraph break (a run of ``min_newlines`` newlines).

    The parser decides all other boundaries and respects these. Without this, a paragraph
    that ends without punctuation (a headline, a dateline, a caption) runs on into the next.

    A quotation closed right after a period and followed by a capitalised word ('a goal of
    "Peace Through Trade." He told …') ends its sentence too: the parser, trained on text
    with few quotations, sometimes runs the two sentences together.
    """

    def __init__(self, min_newlines: int = 2) -> None:
        self.min_newlines = min_newlines

    def __call__(self, doc: Doc) -> Doc:
        for i, token in enumerate(doc[:-1]):
            paragraph = token.is_space and token.text.count("\n") >= self.min_newlines
            quote_end = (token.text in CLOSING_QUOTES and i > 0 and token.whitespace_ != ""
                         and doc[i - 1].text == "." and not doc[i - 1].whitespace_
                         and doc[i + 1].text[:1].isupper())
            if paragraph or quote_end:
                doc[i + 1].is_sent_start = True
        return doc


@Language.factory(PARAGRAPH_BREAKS, default_config={"min_newlines": 2})
def make_paragraph_breaks(nlp: Language, name: str, min_newlines: int) -> ParagraphBreaks:
    return ParagraphBreaks(min_newlines)
