"""Ingestion: sources in, articles (with their claims) stored, a summary out."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from accordwatch.config import Settings
from accordwatch.errors import AccordWatchError
from accordwatch.ingest.article import Article, content_hash
from accordwatch.ingest.fetch import make_client
from accordwatch.ingest.sources import Item, plan, read_file_article, read_planned
from accordwatch.store import Store

__all__ = ["Article", "IngestReport", "content_hash", "ingest", "read_file_article"]

ClaimExtractor = Callable[[Article], list]


@dataclass
class Outcome:
    label: str
    status: str  # "new", "stored" (already there) or "failed"
    article_id: int | None = None
    title: str | None = None
    reason: str | None = None
    message: str | None = None
    claims: int = 0


@dataclass
class IngestReport:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def summary(self) -> str:
        line = f"{self.count('new')} new, {self.count('stored')} already stored, {self.count('failed')} failed"
        if self.failures:
            reasons = Counter(o.reason for o in self.failures)
            line += " (" + ", ".join(f"{n} {reason}" for reason, n in reasons.most_common()) + ")"
        claims = sum(o.claims for o in self.outcomes)
        if claims:
            line += f"; {claims} claims extracted"
        return line


def _store_item(item: Item, store: Store, extractor: ClaimExtractor | None) -> Outcome:
    if item.error is not None:
        return Outcome(item.label, "failed", reason=item.error.reason, message=str(item.error))
    article = item.article
    existing = store.find_identity(article.identity)
    if existing is not None:
        return Outcome(item.label, "stored", article_id=existing, title=article.title)
    try:
        claim_list = extractor(article) if extractor else []
    except AccordWatchError:
        raise
    except Exception as exc:  # noqa: BLE001 - a bug in one article's analysis must not end the batch
        detail = " ".join(str(exc).split())[:200]
        return Outcome(item.label, "failed", reason="claim extraction",
                       message=f"{item.label}: claim extraction failed ({type(exc).__name__}: {detail})")
    article_id, is_new = store.add_article(article, claim_list)
    return Outcome(item.label, "new" if is_new else "stored", article_id=article_id,
                   title=article.title, claims=len(claim_list) if is_new else 0)


def ingest(
    sources: Iterable[str],
    store: Store,
    settings: Settings,
    extractor: ClaimExtractor | None = None,
    on_progress: Callable[[int, int, Outcome | None, str], None] | None = None,
) -> IngestReport:
    """Ingest every source; a failing one is reported and the rest carry on.

    `on_progress(done, total, outcome, label)` is called as planned entries start and finish.
    """
    report = IngestReport()
    planned = plan(list(sources))
    with make_client(settings) as client:
        for done, entry in enumerate(planned):
            label = str(entry)
            if on_progress:
                on_progress(done, len(planned), None, label)
            for item in read_planned(entry if isinstance(entry, str) else Path(entry), settings, client):
                try:
                    outcome = _store_item(item, store, extractor)
                except AccordWatchError as exc:
                    outcome = Outcome(item.label, "failed", reason=exc.reason, message=str(exc))
                report.outcomes.append(outcome)
                if on_progress:
                    on_progress(done, len(planned), outcome, label)
        if on_progress:
            on_progress(len(planned), len(planned), None, "")
    return report
