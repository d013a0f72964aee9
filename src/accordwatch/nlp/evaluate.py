"""Measure the bundled pipeline and write ``docs/MODEL.md``.

    python -m accordwatch.nlp.evaluate                      # bundled model, ../shared/data
    python -m accordwatch.nlp.evaluate --model PATH --log training/train.log --out docs/MODEL.md

Every figure is computed from raw text: the pipeline tokenizes each test document itself and
spaCy's scorer aligns its tokens to the treebank's, so tokenization errors count against it.
Test sets (none of them seen in training or model selection): UD EWT test (+ UNER test NER),
GUM test documents of the genres present (all, and news + interview only), UD PUD test.
Speed is words per second of ``nlp.pipe`` on one thread.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import datetime as dt
import json
import platform
import re
import sys
import time
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from accordwatch.nlp import BUNDLED_MODEL
from accordwatch.nlp.conllu import read_conllu
from accordwatch.nlp.corpus import (
    NEWS_GENRES,
    chunk,
    ewt_sentences,
    gum_files,
    gum_sentences,
    make_doc,
)
from accordwatch.nlp.train import DEFAULT_DATA, REPO_ROOT

LABELS = ("PERSON", "ORG", "LOC")


def test_sets(nlp: Language, data: Path) -> dict[str, list[Doc]]:
    vocab = nlp.vocab

    def docs(sents, ner):
        return [make_doc(vocab, g, ner=ner) for g in chunk(sents)]

    return {
        "EWT test (+UNER)": docs(ewt_sentences(data, "test", with_uner=True), "uner"),
        "GUM test news+interview": docs(gum_sentences(gum_files(data, "test", NEWS_GENRES)), "gum"),
        "GUM test (6 genres)": docs(gum_sentences(gum_files(data, "test")), "gum"),
        "PUD test (news+wiki)": docs(
            list(read_conllu(data / "ud-english-pud" / "en_pud-ud-test.conllu")), "none"
        ),
    }


def score(nlp: Language, refs: list[Doc], *, gold_tokens: bool = False) -> dict:
    """spaCy's scores; from raw text, or from the treebank's own tokens with ``gold_tokens``."""
    if gold_tokens:
        words = [[t.text for t in ref] for ref in refs]
        spaces = [[bool(t.whitespace_) for t in ref] for ref in refs]
        examples = [
            Example(Doc(nlp.vocab, words=w, spaces=s), ref)
            for w, s, ref in zip(words, spaces, refs, strict=True)
        ]
    else:
        examples = [Example(nlp.make_doc(ref.text), ref) for ref in refs]
    return nlp.evaluate(examples, batch_size=64)


def words_per_second(nlp: Language, texts: list[str], repeats: int = 2) -> tuple[float, int]:
    n_words = sum(len(nlp.make_doc(t)) for t in texts)
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=64):
            pass
        best = min(best, time.perf_counter() - start)
    return n_words / best, n_words


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


_ROW = re.compile(r"^\s*(\d+)\s+(\d+)\s+([-\d.\s]+)$")


def training_curve(log: Path) -> tuple[list[str], list[list[str]]]:
    """The score columns of spaCy's console log, one row per evaluation."""
    header: list[str] = []
    rows: list[list[str]] = []
    if not log.is_file():
        return header, rows
    for line in re.sub(r"\x1b\[[0-9;]*m", "", log.read_text(encoding="utf-8")).splitlines():
        if line.startswith("E ") and "SCORE" in line:
            if header:  # the first table is the main pipeline's; NER stages follow
                break
            header = re.split(r"\s{2,}", line.strip())
        elif header:
            m = _ROW.match(line)
            if m:
                rows.append(line.split())
    return header, rows


def fmt(value: float | None, scale: float = 100.0) -> str:
    return "–" if value is None else f"{value * scale:.1f}"


def render(
    results: dict[str, dict],
    speed: tuple[float, int],
    size: int,
    curve: tuple[list[str], list[list[str]]],
    model: Path,
    meta: dict,
    commands: list[str],
) -> str:
    out = [
        "# The bundled English pipeline",
        "",
        (
            f"`{model.relative_to(REPO_ROOT) if model.is_relative_to(REPO_ROOT) else model}` — "
            f"spaCy {spacy.__version__}, pipeline `{', '.join(meta.get('pipeline', []))}`; "
            f"measured {dt.date.today().isoformat()} on {platform.machine()} "
            f"({platform.processor() or platform.system()}), one thread."
        ),
        "",
        "Reproduce:",
        "",
        "```sh",
        *commands,
        "```",
        "",
        (
            "Scores are on raw text (the pipeline tokenizes, and spaCy's scorer aligns its "
            "tokens to the treebank's) except the rows marked *gold tokens*, where the "
            "pipeline is given the treebank's words, as in most published parser figures. "
            "None of these sets was used in training or model selection (dev: EWT dev + "
            "GUM dev)."
        ),
        "",
        "## Tagging, lemmas, parsing, sentences",
        "",
        "| test set | words | UPOS | XPOS | lemma | UAS | LAS | sent F1 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in results.items():
        out.append(
            f"| {name} | {r['_words']:,} | {fmt(r.get('pos_acc'))} | {fmt(r.get('tag_acc'))} | "
            f"{fmt(r.get('lemma_acc'))} | {fmt(r.get('dep_uas'))} | {fmt(r.get('dep_las'))} | "
            f"{fmt(r.get('sents_f'))} |"
        )
    out += [
        "",
        "## Named entities (exact span and label)",
        "",
        "| test set | type | P | R | F1 |",
        "|---|---|---:|---:|---:|",
    ]
    for name, r in results.items():
        if not r.get("ents_per_type") or "gold tokens" in name:
            continue
        for label in LABELS:
            t = r["ents_per_type"].get(label)
            if t:
                out.append(
                    f"| {name} | {label} | {t['p'] * 100:.1f} | {t['r'] * 100:.1f} | "
                    f"{t['f'] * 100:.1f} |"
                )
        out.append(
            f"| {name} | **all** | {fmt(r.get('ents_p'))} | {fmt(r.get('ents_r'))} | "
            f"**{fmt(r.get('ents_f'))}** |"
        )
    out += [
        "",
        (
            "UNER test: gold PER/ORG/LOC (OTH is not predicted and not scored). GUM test: gold "
            "entities derived from GUM's `Entity=` mentions as in training (`corpus.py`): "
            "person/organization/place mentions headed by a proper noun, cut to the name."
        ),
        "",
        "## Speed and size",
        "",
        (
            f"- {speed[0]:,.0f} words/s on one CPU thread (`nlp.pipe`, batch 64, EWT test raw "
            f"text, {speed[1]:,} words, best of 2)."
        ),
        f"- {size / 1e6:.1f} MB on disk.",
        "",
    ]
    header, rows = curve
    if rows:
        keep = [
            i
            for i, h in enumerate(header)
            if h
            in (
                "#",
                "TAG_ACC",
                "POS_ACC",
                "LEMMA_ACC",
                "DEP_UAS",
                "DEP_LAS",
                "SENTS_F",
                "ENTS_F",
                "SCORE",
            )
        ]
        out += [
            "## Training curve (dev: EWT dev + GUM dev)",
            "",
            "| " + " | ".join("step" if header[i] == "#" else header[i] for i in keep) + " |",
            "|" + "---:|" * len(keep),
        ]
        for row in rows:
            if len(row) == len(header):
                out.append("| " + " | ".join(row[i] for i in keep) + " |")
        out.append("")
    return "\n".join(out) + "\n"


START, END = "<!-- evaluate:start -->", "<!-- evaluate:end -->"


def merge(path: Path, generated: str) -> str:
    """Replace the generated block of an existing report, keeping the hand-written notes."""
    block = f"{START}\n{generated}{END}\n"
    old = path.read_text(encoding="utf-8") if path.is_file() else ""
    if START in old and END in old:
        head, _, rest = old.partition(START)
        _, _, tail = rest.partition(END)
        return head + block + tail.lstrip("\n")
    return block + old


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m accordwatch.nlp.evaluate",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--model", type=Path, default=BUNDLED_MODEL)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument(
        "--log",
        type=Path,
        default=REPO_ROOT / "training" / "train.log",
        help="spaCy training log, for the score-vs-step table",
    )
    ap.add_argument("--out", type=Path, default=None, help="write Markdown here (docs/MODEL.md)")
    ap.add_argument("--json", type=Path, default=None, help="also write raw scores as JSON")
    args = ap.parse_args(argv)

    nlp = spacy.load(args.model)
    results: dict[str, dict] = {}
    sets = test_sets(nlp, args.data)
    for name, refs in sets.items():
        r = score(nlp, refs)
        r["_words"] = sum(1 for d in refs for t in d if not t.is_space)
        results[name] = r
        print(
            name,
            json.dumps(
                {
                    k: r.get(k)
                    for k in (
                        "pos_acc",
                        "tag_acc",
                        "lemma_acc",
                        "dep_uas",
                        "dep_las",
                        "sents_f",
                        "ents_f",
                    )
                }
            ),
            flush=True,
        )
    for name in ("EWT test (+UNER)", "GUM test news+interview"):
        r = score(nlp, sets[name], gold_tokens=True)
        r["_words"] = results[name]["_words"]
        r.pop("ents_per_type", None)
        results[f"{name}, gold tokens"] = r
        print(name, "gold tokens", r["dep_uas"], r["dep_las"], flush=True)
    texts = [d.text for d in sets["EWT test (+UNER)"]]
    speed = words_per_second(nlp, texts)
    print(f"speed {speed[0]:.0f} words/s", flush=True)
    size = dir_size(args.model)
    if args.json:
        args.json.write_text(
            json.dumps({"results": results, "wps": speed[0], "bytes": size}, indent=1, default=str)
        )
    if args.out:
        commands = [
            "python -m accordwatch.nlp.train 2>&1 | tee training/train.log   # ~40 min, one core",
            "python -m accordwatch.nlp.evaluate --out docs/MODEL.md   # ~1 min",
        ]
        text = render(
            results, speed, size, training_curve(args.log), args.model, nlp.meta, commands
        )
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(merge(args.out, text), encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
