"""The bundled demo corpus: news pages about the second phase of the Gaza ceasefire (January 2026).

Twelve reports stored as the full HTML page a (fictional) outlet would serve, chrome and reader
comments included, so that ingestion, main-text extraction, deduplication and attribution can be
tried offline and tested end to end. ``CORPUS.md`` next to this module describes each file.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["REPORTS_GLOB", "reports_dir"]

REPORTS_GLOB = "*.html"
"""Pattern matching the report pages inside :func:`reports_dir`."""


def reports_dir() -> Path:
    """Return the folder that holds the demo report pages."""
    # A plain path, not an importlib.resources Traversable: callers glob it and open files by
    # name, and the package is installed unzipped (setuptools package-data "demo/reports/*").
    return Path(__file__).resolve().parent / "reports"
