"""Run the shared claim scorer (``../shared/tools/score_claims.py``) on JSON Lines files.

The scorer is imported from its file rather than copied, so that every benchmark uses the
one definition of "right" that the project's gold was written for.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from functools import cache
from pathlib import Path
from types import ModuleType


@cache
def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_claims", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_files(scorer: Path, gold: Path, pred: Path, min_overlap: float = 0.5) -> dict:
    """The scorer's ``--json`` result, plus the missed and extra claims for error analysis."""
    mod = load_scorer(scorer)
    out, misses, extras = mod.score(mod.load(str(gold)), mod.load(str(pred)), min_overlap)
    out = dict(out)
    out["n_missed"] = len(misses)
    out["n_extra"] = len(extras)
    return out


def recall_by(scorer: Path, gold: Path, pred: Path, predicate, min_overlap: float = 0.5) -> dict:
    """Recall on the gold claims for which ``predicate(claim)`` holds and on the others:
    ``{"yes": {"gold", "found", "recall"}, "no": {...}}``."""
    mod = load_scorer(scorer)
    golds = mod.load(str(gold))
    _, misses, _ = mod.score(golds, mod.load(str(pred)), min_overlap)
    missed = {id(m[1]) for m in misses}
    out: dict[str, dict] = {}
    for key, want in (("yes", True), ("no", False)):
        group = [g for claims in golds.values() for g in claims if bool(predicate(g)) == want]
        found = sum(id(g) not in missed for g in group)
        out[key] = {"gold": len(group), "found": found,
                    "recall": found / len(group) if group else None}
    return out


def score_files_subprocess(scorer: Path, gold: Path, pred: Path) -> dict:
    """The same through the command line (what a user would run by hand)."""
    done = subprocess.run([sys.executable, str(scorer), str(gold), str(pred), "--json"],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout)
