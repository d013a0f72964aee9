"""Train the bundled English pipeline from ``../shared/data`` and install it into the package.

    python -m accordwatch.nlp.train                 # full run, as shipped
    python -m accordwatch.nlp.train --max-steps 2000 --eval-frequency 250   # quick trial

Steps:

1. convert the treebanks to ``training/corpus/*.spacy`` (``corpus.py`` says what is used for
   what; PolNeAR, CofeNet and UD PUD are never read here);
2. ``spacy train configs/pipeline.cfg`` -> ``training/model``: shared tok2vec, tagger,
   morphologizer, lemmatizer, parser and an NER listening to the shared tok2vec;
3. ``spacy train configs/ner.cfg`` -> ``training/ner``: an NER with its own tok2vec, trained
   only on the documents that carry entities;
4. ``spacy train configs/ner_tuned.cfg`` -> ``training/ner-tuned``: the main pipeline's NER
   trained further on those documents, over the frozen shared tok2vec;
5. assemble: the NER with the best dev F1 goes into the pipeline, which is saved to
   ``src/accordwatch/nlp/model/``.

Training is single-threaded on CPU; the two trainings can run side by side on two cores
(``--stage main`` / ``--stage ner`` / ``--stage install``).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import json
import shutil
import sys
from pathlib import Path

import spacy
from spacy.cli.train import train as spacy_train
from spacy.language import Language

from accordwatch.nlp import tokenizer as _tokenizer  # noqa: F401  (registers callback)
from accordwatch.nlp.corpus import convert

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parents[2]
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data"
DEFAULT_CONFIG = PACKAGE_DIR / "configs" / "pipeline.cfg"
DEFAULT_NER_CONFIG = PACKAGE_DIR / "configs" / "ner.cfg"
TUNED_NER_CONFIG = PACKAGE_DIR / "configs" / "ner_tuned.cfg"
MODEL_DIR = PACKAGE_DIR / "model"
MODEL_NAME = "accordwatch_en"
NER_MIN_GAIN = 0.025


def dev_score(trained: Path, key: str = "ents_f") -> float:
    meta = json.loads((trained / "meta.json").read_text(encoding="utf-8"))
    return float(meta.get("performance", {}).get(key) or 0.0)


def assemble(main_model: Path, tuned_model: Path | None, own_model: Path | None) -> Language:
    """The main pipeline with whichever NER scored best on dev (GUM dev entities).

    Candidates: the NER trained with the shared tok2vec (main), the same NER tuned further
    on the entity-annotated documents over the frozen tok2vec (tuned), and the NER with a
    tok2vec of its own (own). All three are scored on the same dev entities. The dev set
    has only ~340 entities (one standard error of F1 is ~2.7 points), so another NER
    replaces the shared one only if it beats it by ``NER_MIN_GAIN``.
    """
    candidates = {"shared": main_model, "tuned": tuned_model, "own": own_model}
    scores = {
        name: dev_score(path)
        for name, path in candidates.items()
        if path is not None and (path / "meta.json").is_file()
    }
    best = max(scores, key=scores.__getitem__)
    if best != "shared" and scores[best] - scores.get("shared", 0.0) < NER_MIN_GAIN:
        best = "shared"
    print("dev NER F1:", json.dumps({k: round(v, 4) for k, v in scores.items()}), "->", best)
    if best == "tuned":
        return spacy.load(tuned_model)
    nlp = spacy.load(main_model)
    if best == "own":
        own = spacy.load(own_model)
        nlp.remove_pipe("ner")
        nlp.add_pipe("ner", source=own)
        nlp.meta.setdefault("performance", {}).update(
            {k: v for k, v in own.meta.get("performance", {}).items() if k.startswith("ents")}
        )
    return nlp


def install(nlp: Language, target: Path = MODEL_DIR, *, version: str = "0.1.0") -> Path:
    """Save a trained pipeline into the package, with meta naming its data and licences."""
    nlp.meta.update(
        {
            "name": MODEL_NAME,
            "version": version,
            "description": "AccordWatch English pipeline: tagger, morphologizer, lemmatizer, "
            "parser, NER (PERSON/ORG/LOC), trained on UD EWT, GUM and UNER (see NOTICE).",
            "sources": [
                {"name": "UD English EWT", "license": "CC BY-SA 4.0"},
                {
                    "name": "GUM (academic, bio, court, interview, news, voyage)",
                    "license": "annotations CC BY 4.0; texts CC BY 4.0 / CC BY-SA 3.0 / CC BY 2.5",
                },
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
    ap = argparse.ArgumentParser(
        prog="python -m accordwatch.nlp.train",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="the shared data folder (default: %(default)s)",
    )
    ap.add_argument(
        "--output",
        type=Path,
        default=REPO_ROOT / "training",
        help="where corpora and checkpoints go (default: %(default)s)",
    )
    ap.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    ap.add_argument("--ner-config", type=Path, default=DEFAULT_NER_CONFIG)
    ap.add_argument(
        "--stage",
        choices=("all", "convert", "main", "ner", "tuned", "install"),
        default="all",
        help="run one stage only (default: all, in order)",
    )
    ap.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    ap.add_argument("--eval-frequency", type=int, default=None)
    ap.add_argument("--patience", type=int, default=None)
    ap.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="config override for the main pipeline, e.g. components.tok2vec.model.encode.width=96",
    )
    ap.add_argument("--present-tense", action=argparse.BooleanOptionalAction, default=True,
                    help="add present-tense copies of the past-tense train sentences "
                    "(corpus.present_tense; on in the shipped model)")
    ap.add_argument("--skip-convert", action="store_true", help="reuse training/corpus")
    ap.add_argument("--no-install", action="store_true", help="train only, keep the bundled model")
    args = ap.parse_args(argv)

    corpus_dir = args.output / "corpus"
    stages = {args.stage} if args.stage != "all" else {"convert", "main", "ner", "tuned", "install"}
    if args.skip_convert:
        stages.discard("convert")
    if args.no_install:
        stages.discard("install")
    common: dict[str, object] = {}
    if args.max_steps is not None:
        common["training.max_steps"] = args.max_steps
    if args.eval_frequency is not None:
        common["training.eval_frequency"] = args.eval_frequency
    if args.patience is not None:
        common["training.patience"] = args.patience

    if "convert" in stages:
        counts = convert(args.data, corpus_dir, present=args.present_tense)
        print("converted:", json.dumps(counts), flush=True)
    if "main" in stages:
        overrides = {
            "paths.train": str(corpus_dir / "train.spacy"),
            "paths.dev": str(corpus_dir / "dev.spacy"),
            **common,
        }
        for item in args.set:
            key, _, value = item.partition("=")
            try:
                overrides[key] = json.loads(value)
            except json.JSONDecodeError:
                overrides[key] = value
        spacy_train(args.config, args.output / "model", overrides=overrides)
    if "ner" in stages:
        overrides = {
            "paths.train": str(corpus_dir / "train-ner.spacy"),
            "paths.dev": str(corpus_dir / "dev-ner.spacy"),
            **common,
        }
        spacy_train(args.ner_config, args.output / "ner", overrides=overrides)
    if "tuned" in stages:
        overrides = {
            "paths.train": str(corpus_dir / "train-ner.spacy"),
            "paths.dev": str(corpus_dir / "dev-ner.spacy"),
            "paths.base": str(args.output / "model" / "model-best"),
            **common,
        }
        spacy_train(TUNED_NER_CONFIG, args.output / "ner-tuned", overrides=overrides)
    if "install" in stages:
        nlp = assemble(
            args.output / "model" / "model-best",
            args.output / "ner-tuned" / "model-best",
            args.output / "ner" / "model-best",
        )
        print(f"installed {install(nlp)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
