"""Train the bundled English pipeline from ``../shared/data`` and install it into the package.

    python -m accordwatch.nlp.train                 # full run, as shipped
    python -m accordwatch.nlp.train --max-steps 2000 --eval-frequency 250   # quick trial

Steps: convert the treebanks to ``training/corpus/*.spacy`` (see ``corpus.py`` for what is used
for what), run ``spacy train`` with ``configs/pipeline.cfg``, copy ``model-best`` to
``src/accordwatch/nlp/model/``. Training is single-threaded on CPU.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402
from spacy.cli.train import train as spacy_train  # noqa: E402

from accordwatch.nlp import tokenizer as _tokenizer  # noqa: E402,F401  (registers callback)
from accordwatch.nlp.corpus import convert  # noqa: E402

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parents[2]
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data"
DEFAULT_CONFIG = PACKAGE_DIR / "configs" / "pipeline.cfg"
MODEL_DIR = PACKAGE_DIR / "model"
MODEL_NAME = "accordwatch_en"


def install(trained: Path, target: Path = MODEL_DIR, *, version: str = "0.1.0") -> Path:
    """Copy a trained pipeline into the package, with meta naming its data and licences."""
    nlp = spacy.load(trained)
    nlp.meta.update(
        {
            "name": MODEL_NAME,
            "version": version,
            "description": "AccordWatch English pipeline: tagger, morphologizer, lemmatizer, "
            "parser, NER (PERSON/ORG/LOC), trained on UD EWT, GUM and UNER (see NOTICE).",
            "sources": [
                {"name": "UD English EWT", "license": "CC BY-SA 4.0"},
                {"name": "GUM (academic, bio, court, interview, news, voyage)",
                 "license": "annotations CC BY 4.0; texts CC BY 4.0 / CC BY-SA 3.0 / CC BY 2.5"},
                {"name": "Universal NER English EWT (dev)", "license": "CC BY-SA 4.0"},
            ],
            "license": "CC BY-SA 4.0",
        }
    )
    if target.exists():
        shutil.rmtree(target)
    nlp.to_disk(target)
    return target


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m accordwatch.nlp.train", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA,
                    help="the shared data folder (default: %(default)s)")
    ap.add_argument("--output", type=Path, default=REPO_ROOT / "training",
                    help="where corpora and checkpoints go (default: %(default)s)")
    ap.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    ap.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    ap.add_argument("--eval-frequency", type=int, default=None)
    ap.add_argument("--patience", type=int, default=None)
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="any other config override, e.g. components.tok2vec.model.encode.width=96")
    ap.add_argument("--skip-convert", action="store_true", help="reuse training/corpus")
    ap.add_argument("--no-install", action="store_true", help="train only, keep the bundled model")
    args = ap.parse_args(argv)

    corpus_dir = args.output / "corpus"
    if not args.skip_convert:
        counts = convert(args.data, corpus_dir)
        print("converted:", json.dumps(counts), flush=True)
    overrides: dict[str, object] = {
        "paths.train": str(corpus_dir / "train.spacy"),
        "paths.dev": str(corpus_dir / "dev.spacy"),
    }
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
    if args.eval_frequency is not None:
        overrides["training.eval_frequency"] = args.eval_frequency
    if args.patience is not None:
        overrides["training.patience"] = args.patience
    for item in args.set:
        key, _, value = item.partition("=")
        try:
            overrides[key] = json.loads(value)
        except json.JSONDecodeError:
            overrides[key] = value
    model_out = args.output / "model"
    spacy_train(args.config, model_out, overrides=overrides)
    if not args.no_install:
        where = install(model_out / "model-best")
        print(f"installed {where}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
