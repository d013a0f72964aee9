"""Pipeline components added by :func:`accordwatch.nlp.load` on top of the trained model."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

PARAGRAPH_BREAKS = "accordwatch_paragraph_breaks"


class ParagraphBreaks:
    """Start a sentence after every paragraph break (a run of ``min_newlines`` newlines).

    The parser decides all other boundaries and respects these. Without this, a paragraph
    that ends without punctuation (a headline, a dateline, a caption) runs on into the next.
    """

    def __init__(self, min_newlines: int = 2) -> None:
        self.min_newlines = min_newlines

    def __call__(self, doc: Doc) -> Doc:
        for i, token in enumerate(doc[:-1]):
            if token.is_space and token.text.count("\n") >= self.min_newlines:
                doc[i + 1].is_sent_start = True
        return doc


@Language.factory(PARAGRAPH_BREAKS, default_config={"min_newlines": 2})
def make_paragraph_breaks(nlp: Language, name: str, min_newlines: int) -> ParagraphBreaks:
    return ParagraphBreaks(min_newlines)
