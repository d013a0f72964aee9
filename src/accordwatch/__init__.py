"""AccordWatch: a living, sourced record of peace agreements, built from the news reports about them."""

__version__ = "0.1.0"

__all__ = ["__version__", "extract_claims"]


def extract_claims(text: str, doc: str | None = None, nlp=None):
    """Every attributed claim in `text` (see accordwatch.attribution.extract_claims)."""
    from accordwatch.attribution import extract_claims as _extract

    return _extract(text, doc=doc, nlp=nlp)
