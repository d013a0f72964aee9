"""Extraction speed against a bare parse with the same pipeline, on the same texts.

``bare`` is ``list(nlp.pipe(texts))``; ``extract`` is the whole extractor (which parses too).
Both are timed ``repeats`` times, interleaved and alternating which goes first, after one
untimed warm-up of each; the figures are medians.  The ratio ``extract / bare`` is what the
attribution rules add on top of parsing.
"""

from __future__ import annotations

import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far (ru_maxrss: KiB on Linux, B on macOS)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def measure(texts: Sequence[str], nlp: Any,
            extract: Callable[[Sequence[str]], list[list[dict]]],
            repeats: int = 3) -> dict:
    texts = list(texts)
    words = sum(len(t.split()) for t in texts)
    chars = sum(len(t) for t in texts)

    def run_bare() -> float:
        t0 = time.perf_counter()
        list(nlp.pipe(texts))
        return time.perf_counter() - t0

    n_claims = 0

    def run_extract() -> float:
        nonlocal n_claims
        t0 = time.perf_counter()
        out = extract(texts)
        elapsed = time.perf_counter() - t0
        n_claims = sum(len(c) for c in out)
        return elapsed

    rss_loaded = peak_rss_mib()
    run_bare()
    run_extract()  # warm-up: lazy loads, caches
    bare, ext = [], []
    for i in range(max(repeats, 1)):
        if i % 2 == 0:
            bare.append(run_bare())
            ext.append(run_extract())
        else:
            ext.append(run_extract())
            bare.append(run_bare())
    b, e = statistics.median(bare), statistics.median(ext)
    return {
        "articles": len(texts), "words": words, "chars": chars, "claims": n_claims,
        "repeats": len(bare),
        "bare_s": round(b, 3), "extract_s": round(e, 3),
        "bare_runs_s": [round(x, 3) for x in bare], "extract_runs_s": [round(x, 3) for x in ext],
        "articles_per_s": round(len(texts) / e, 2) if e else None,
        "words_per_s": round(words / e) if e else None,
        "bare_words_per_s": round(words / b) if b else None,
        "ratio": round(e / b, 3) if b else None,
        "peak_rss_mib": round(peak_rss_mib(), 1),
        "rss_before_timing_mib": round(rss_loaded, 1),
    }
