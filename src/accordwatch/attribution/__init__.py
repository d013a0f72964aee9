"""Attributed claims: who said what, through whom, how sure.

    >>> from accordwatch.attribution import extract_claims
    >>> claims = extract_claims(text, doc="report.txt")

``extract_claims`` parses the text with the project's pipeline (``accordwatch.nlp.load()``)
unless an ``nlp`` is given; ``extract_claims_batch`` does the same for many texts with
``nlp.pipe``.  Offsets are character offsets into the text given.
"""

from accordwatch.attribution.claim import Claim, Intermediary, Modality, Source, Span
from accordwatch.attribution.extract import (
    ArticleExtractor,
    extract_claims,
    extract_claims_batch,
)
from accordwatch.attribution.quotes import Quote, find_quotes

__all__ = [
    "ArticleExtractor",
    "Claim",
    "Intermediary",
    "Modality",
    "Quote",
    "Source",
    "Span",
    "extract_claims",
    "extract_claims_batch",
    "find_quotes",
]
