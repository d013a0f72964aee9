"""Attributed claims: who said what, through whom, how sure.

    >>> from accordwatch.attribution import extract_claims
    >>> claims = extract_claims(text, doc="report.txt")

``extract_claims`` parses the text with the project's pipeline (``accordwatch.nlp.load()``)
unless an ``nlp`` is given; ``extract_claims_batch`` does the same for many texts with
``nlp.pipe``.  Offsets are character offsets into the text given.

The same rules run as a spaCy pipeline component, ``accordwatch_attribution`` (registered on
import of this package), which sets ``doc._.claims`` on a Doc of a whole article:

    >>> nlp.add_pipe("accordwatch_attribution")
    >>> nlp(text)._.claims
"""

from accordwatch.attribution.claim import Claim, Intermediary, Modality, Source, Span
from accordwatch.attribution.component import AttributionComponent, claims_of_doc
from accordwatch.attribution.extract import (
    ArticleExtractor,
    ExtractOptions,
    extract_claims,
    extract_claims_batch,
)
from accordwatch.attribution.quotes import Quote, find_quotes

__all__ = [
    "ArticleExtractor",
    "AttributionComponent",
    "Claim",
    "ExtractOptions",
    "Intermediary",
    "Modality",
    "Quote",
    "Source",
    "Span",
    "claims_of_doc",
    "extract_claims",
    "extract_claims_batch",
    "find_quotes",
]
