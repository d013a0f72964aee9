"""Run the attribution extractor over texts and return claims as JSON-ready dicts."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

Extractor = Callable[[Sequence[str]], list[list[dict]]]


def load_pipeline() -> Any:
    from accordwatch import nlp as aw_nlp

    return aw_nlp.load()


def claims_as_dicts(claims: Iterable[Any], doc: str | None) -> list[dict]:
    out = []
    for c in claims:
        d = c.to_json_dict() if hasattr(c, "to_json_dict") else dict(c)
        if doc is not None:
            d["doc"] = doc
        out.append(d)
    return out


def make_extractor(nlp: Any) -> Extractor:
    """``texts -> claims per text`` through ``extract_claims_batch`` (one ``nlp.pipe`` pass)."""
    from accordwatch.attribution import extract_claims_batch

    def extract(texts: Sequence[str]) -> list[list[dict]]:
        batches = extract_claims_batch(((t, None) for t in texts), nlp=nlp)
        return [claims_as_dicts(claims, None) for claims in batches]

    return extract


def offset_errors(text: str, claims: Iterable[dict]) -> list[str]:
    """Spans whose text is not ``text[start:end]`` (the claim format promises it always is)."""
    bad = []
    for c in claims:
        spans = [("source", c.get("source")), ("cue", c.get("cue")), ("content", c.get("content"))]
        spans += [("via", v) for v in c.get("via") or []]
        for role, span in spans:
            if not span or span.get("start") is None:
                continue
            if text[span["start"]:span["end"]] != span.get("text"):
                bad.append(f"{role} {span['start']}:{span['end']} {span.get('text', '')[:40]!r}")
    return bad
