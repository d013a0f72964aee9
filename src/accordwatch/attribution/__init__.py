"""Attributed claims: who said what, through whom, how sure."""

from accordwatch.attribution.claim import Claim, Intermediary, Modality, Source, Span

__all__ = ["Claim", "Intermediary", "Modality", "Source", "Span"]
