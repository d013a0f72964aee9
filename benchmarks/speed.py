"""Extraction speed against a bare parse with the same pipeline, on the same texts.

``bare`` is ``list(nlp.pipe(texts))`` (whole articles); ``bare_paragraphs`` parses the
articles' non-blank lines instead, in batches of 64, which is what the extractor parses,
so ``extract / bare_paragraphs`` is the cost of the attribution rules on top of parsing;
``extract`` is the whole extractor (which parses too).  Each is timed ``repeats`` times,
interleaved, rotating which goes first, after one untimed warm-up of each; the figures are
medians.  Peak memory is measured apart, in a fresh process that only extracts.
"""

from __future__ import annotations

import os
import re
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

_LINE = re.compile(r"[^\n]+")


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far.

    Linux: ``VmHWM`` of ``/proc/self/status``, because ``ru_maxrss`` survives ``execve`` and
    a child process would report its parent's peak.  Elsewhere ``ru_maxrss`` (B on macOS).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def load_average() -> float | None:
    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):
        return None


def paragraphs(texts: Sequence[str]) -> list[str]:
    """Non-blank lines, stripped: the units the extractor parses."""
    return [m.group().strip() for t in texts for m in _LINE.finditer(t) if m.group().strip()]


def measure(texts: Sequence[str], nlp: Any,
            extract: Callable[[Sequence[str]], list[list[dict]]],
            repeats: int = 3, paragraph_batch_size: int = 64) -> dict:
    texts = list(texts)
    paras = paragraphs(texts)
    words = sum(len(t.split()) for t in texts)
    n_claims = 0

    def bare() -> None:
        list(nlp.pipe(texts))

    def bare_paragraphs() -> None:
        # batched like extract_claims_batch (64): batch size alone moves parse time by ~10 %
        list(nlp.pipe(paras, batch_size=paragraph_batch_size))

    def run_extract() -> None:
        nonlocal n_claims
        n_claims = sum(len(c) for c in extract(texts))

    runs: dict[str, Callable[[], None]] = {
        "bare": bare, "bare_paragraphs": bare_paragraphs, "extract": run_extract}
    for fn in runs.values():  # warm-up: lazy loads, caches
        fn()
    times: dict[str, list[float]] = {name: [] for name in runs}
    load_before = load_average()
    names = list(runs)
    for i in range(max(repeats, 1)):
        k = i % len(names)
        for name in names[k:] + names[:k]:
            t0 = time.perf_counter()
            runs[name]()
            times[name].append(time.perf_counter() - t0)
    med = {name: statistics.median(ts) for name, ts in times.items()}
    e, b, bp = med["extract"], med["bare"], med["bare_paragraphs"]
    return {
        "articles": len(texts), "paragraphs": len(paras), "words": words, "claims": n_claims,
        "repeats": len(times["extract"]),
        "extract_s": round(e, 3), "bare_s": round(b, 3), "bare_paragraphs_s": round(bp, 3),
        "runs_s": {name: [round(x, 3) for x in ts] for name, ts in times.items()},
        "articles_per_s": round(len(texts) / e, 2) if e else None,
        "words_per_s": round(words / e) if e else None,
        "bare_words_per_s": round(words / b) if b else None,
        "ratio": round(e / b, 3) if b else None,
        "ratio_paragraphs": round(e / bp, 3) if bp else None,
        "load_average": [load_before, load_average()],
        "cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
        else os.cpu_count(),
    }


def extraction_memory(texts: Sequence[str], load: Callable[[], Any],
                      make_extract: Callable[[Any], Callable]) -> dict:
    """Peak RSS of loading the pipeline and extracting every text once (call in a fresh
    process: ru_maxrss never goes down)."""
    base = peak_rss_mib()
    nlp = load()
    loaded = peak_rss_mib()
    make_extract(nlp)(list(texts))
    return {"rss_start_mib": round(base, 1), "rss_loaded_mib": round(loaded, 1),
            "peak_rss_mib": round(peak_rss_mib(), 1)}
