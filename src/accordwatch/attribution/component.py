"""The extractor as a spaCy pipeline component: ``accordwatch_attribution``.

    >>> nlp = accordwatch.nlp.load()
    >>> nlp.add_pipe("accordwatch_attribution", config={"continued_quotes": True})
    >>> doc = nlp(article_text)
    >>> doc._.claims            # list[Claim], offsets into doc.text

The component reads a Doc of a whole article (it keeps track of who was named before, so it
needs every paragraph in order); paragraphs are its lines, as in ``extract_claims``.  Its
config is ``ExtractOptions``.  ``extract_claims`` / ``extract_claims_batch`` stay the fast path
for many texts: they parse paragraphs in batches and need no component in the pipeline.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accordwatch.attribution.claim import Claim
from accordwatch.attribution.extract import ArticleExtractor, ExtractOptions
from accordwatch.attribution.quotes import paragraph_spans

FACTORY = "accordwatch_attribution"

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)


class AttributionComponent:
    """Sets ``doc._.claims`` to the claims of the article ``doc`` holds."""

    def __init__(self, name: str, options: ExtractOptions):
        self.name = name
        self.options = options

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = claims_of_doc(doc, self.options)
        return doc


def claims_of_doc(doc: Doc, options: ExtractOptions | None = None,
                  doc_name: str | None = None) -> list[Claim]:
    """Claims of a parsed Doc holding a whole article."""
    extractor = ArticleExtractor(doc.text, doc_name, options)
    for s, e in paragraph_spans(doc.text):
        para = doc.char_span(s, e, alignment_mode="expand")
        if para is not None and len(para):
            extractor.add(para, 0)
    return extractor.finish()


@Language.factory(
    FACTORY,
    default_config={
        "continued_quotes": True,
        "min_continued_quote_words": 3,
        "punctuation_cues": True,
        "strict": False,
    },
    requires=["token.dep", "token.pos", "token.tag", "doc.sents"],
    assigns=["doc._.claims"],
)
def make_attribution(
    nlp: Language,
    name: str,
    continued_quotes: bool,
    min_continued_quote_words: int,
    punctuation_cues: bool,
    strict: bool,
) -> AttributionComponent:
    return AttributionComponent(name, ExtractOptions(
        continued_quotes=continued_quotes,
        min_continued_quote_words=min_continued_quote_words,
        punctuation_cues=punctuation_cues,
        strict=strict,
    ))
