"""Benchmark the attribution extractor: seed gold, the project's own annotated reports
(``benchmarks/reports/``), PolNeAR test, the CofeNet protocol, speed.

    python benchmarks/claims.py                 # everything, print the tables
    python benchmarks/claims.py --only cofenet --limit 200
    python benchmarks/claims.py --write         # full run, rewrite docs/BENCHMARKS.md section

Data are read from ``../shared`` (``--shared``); gold and predicted files go to
``training/bench/`` (``--out``, git-ignored: PolNeAR text must not be committed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks import cofenet, polnear, report, scoring, speed
from benchmarks.runner import (
    claims_as_dicts,
    load_pipeline,
    make_extractor,
    offset_errors,
)

TASKS = ("seed", "reports", "polnear", "cofenet", "speed")
REPORTS = REPO / "benchmarks" / "reports"
REPORT_SPLITS = ("dev", "dev2", "dev3", "test", "test2")
SEED_TEXT = "seed/000_a58c2fd0eddb5f89.txt"
SEED_GOLD = "gold/seed.claims.jsonl"
SCORER = "tools/score_claims.py"
POLNEAR_TEST = "data/polnear/test"
COFENET_TEST = "data/cofenet-polnear/test.txt"
NOTES = Path(__file__).with_name("claims_notes.md")


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def pipeline_name(nlp) -> str:
    meta = getattr(nlp, "meta", {}) or {}
    return f"{meta.get('lang', '?')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


def run_seed(shared: Path, out: Path, extract) -> dict:
    path = shared / SEED_TEXT
    text = polnear.read_text(path)
    claims = claims_as_dicts(extract([text])[0], path.name)
    pred = out / "seed.pred.jsonl"
    polnear.write_jsonl(claims, pred)
    result = scoring.score_files(shared / SCORER, shared / SEED_GOLD, pred)
    result["offset_errors"] = len(offset_errors(text, claims))
    return result


def run_reports(shared: Path, out: Path, extract) -> dict:
    """The project's fictional reports with hand-annotated gold, one result per split; the
    gold scored against itself gives the ceiling of each figure (the scorer never counts an
    empty source as right, even against an empty gold source)."""
    scorer = shared / SCORER
    result: dict = {}
    for split in REPORT_SPLITS:
        folder = REPORTS / split
        gold = folder / "gold.claims.jsonl"
        paths = sorted(folder.glob("*.txt"))
        if not paths or not gold.exists():
            continue
        texts = [polnear.read_text(p) for p in paths]
        claims, n_bad, words = [], 0, 0
        for path, text, found in zip(paths, texts, extract(texts), strict=True):
            found = claims_as_dicts(found, path.name)
            n_bad += len(offset_errors(text, found))
            words += len(text.split())
            claims += found
        pred = out / f"reports-{split}.pred.jsonl"
        polnear.write_jsonl(claims, pred)
        r = scoring.score_files(scorer, gold, pred)
        r.update(documents=len(paths), words=words, offset_errors=n_bad,
                 ceiling=scoring.score_files(scorer, gold, gold))
        result[split] = r
    return result


def source_or_via(scorer_path: Path, gold: Path, pred: Path) -> float | None:
    """Share of paired claims whose gold source matches our source or one of our ``via``."""
    mod = scoring.load_scorer(scorer_path)
    g_docs, p_docs = mod.load(str(gold)), mod.load(str(pred))
    hit = n = 0
    for doc, g_claims in g_docs.items():
        p_claims = p_docs.get(doc, [])
        for i, j in mod.pair(g_claims, p_claims, 0.5):
            g, p = g_claims[i], p_claims[j]
            candidates = [p.get("source") or {}, *(p.get("via") or [])]
            hit += any(mod.same_entity(g["source"], c) for c in candidates)
            n += 1
    return round(hit / n, 4) if n else None


def run_polnear(shared: Path, out: Path, extract, limit: int | None) -> dict:
    articles = polnear.list_articles(shared / POLNEAR_TEST)[:limit]
    gold_src = out / "polnear-test.gold.jsonl"
    gold_all = out / "polnear-test.gold-all.jsonl"
    polnear.write_jsonl(polnear.gold_claims(articles), gold_src)
    polnear.write_jsonl(polnear.gold_claims(articles, include_sourceless=True), gold_all)
    texts = [a.text() for a in articles]
    t0 = time.perf_counter()
    predicted = extract(texts)
    log(f"polnear: {len(texts)} articles extracted in {time.perf_counter() - t0:.1f}s")
    pred = out / "polnear-test.pred.jsonl"
    n_bad = 0
    all_claims = []
    for art, text, claims in zip(articles, texts, predicted, strict=True):
        claims = claims_as_dicts(claims, art.doc)
        n_bad += len(offset_errors(text, claims))
        all_claims += claims
    polnear.write_jsonl(all_claims, pred)
    pred_outer = out / "polnear-test.pred-outermost.jsonl"
    polnear.write_jsonl(polnear.outermost(all_claims), pred_outer)
    scorer = shared / SCORER
    result = {"articles": len(articles), "offset_errors": n_bad,
              "stats": polnear.corpus_stats(articles)}
    for key, gold, p in (("with_source", gold_src, pred), ("all", gold_all, pred),
                         ("outermost", gold_src, pred_outer)):
        result[key] = scoring.score_files(scorer, gold, p)
        result[key]["source_or_via"] = source_or_via(scorer, gold, p)
    result["recall_by_cue"] = scoring.recall_by(
        scorer, gold_src, pred,
        lambda g: polnear.SAYING_CUE.search(g["cue"]["text"].casefold()))
    return result


def run_cofenet(shared: Path, out: Path, extract, limit: int | None,
                modes: tuple[str, ...]) -> dict:
    lines = cofenet.read_lines(shared / COFENET_TEST, limit)
    result: dict = {"lines": len(lines), "documents": len({ln.id for ln in lines})}
    for mode in modes:
        rebuilt = [cofenet.rebuild_text(ln.tokens, mode) for ln in lines]
        unique = sorted({text for text, _ in rebuilt})
        result["unique_texts"] = len(unique)
        t0 = time.perf_counter()
        by_text = dict(zip(unique, extract(unique), strict=True))
        log(f"cofenet/{mode}: {len(unique)} texts extracted in {time.perf_counter() - t0:.1f}s")
        pred_labels = [cofenet.claims_to_bio(by_text[text], offsets, ln.tokens)
                       for ln, (text, offsets) in zip(lines, rebuilt, strict=True)]
        result[mode] = cofenet.span_f1([ln.labels for ln in lines], pred_labels)
        with open(out / f"cofenet-test.{mode}.pred.jsonl", "w", encoding="utf-8") as f:
            f.writelines(
                json.dumps({"id": ln.id, "tokens": ln.tokens, "labels": ln.labels,
                            "pred": labels}, ensure_ascii=False) + "\n"
                for ln, labels in zip(lines, pred_labels, strict=True))
    return result


def run_speed_child(args: argparse.Namespace) -> None:
    """Measure in this (fresh) process and write the figures as JSON."""
    shared = Path(args.shared)
    articles = polnear.list_articles(shared / POLNEAR_TEST)[:args.limit]
    texts = [a.text() for a in articles]
    if args.speed_part == "memory":
        result = speed.extraction_memory(texts, load_pipeline, make_extractor)
    else:
        nlp = load_pipeline()
        result = speed.measure(texts, nlp, make_extractor(nlp), repeats=args.repeats)
        result["pipeline"] = pipeline_name(nlp)
    Path(args.speed_child).write_text(json.dumps(result), encoding="utf-8")


def run_speed(args: argparse.Namespace, out: Path) -> dict:
    """Timings in one fresh process, peak memory of extraction alone in another."""
    result: dict = {}
    for part in ("timing", "memory"):
        target = out / f"speed-{part}.json"
        cmd = [sys.executable, str(Path(__file__).resolve()), "--speed-child", str(target),
               "--speed-part", part, "--shared", str(args.shared),
               "--repeats", str(args.repeats)]
        if args.limit:
            cmd += ["--limit", str(args.limit)]
        subprocess.run(cmd, check=True)
        result.update(json.loads(target.read_text(encoding="utf-8")))
    return result


def print_summary(results: dict) -> None:
    if "seed" in results:
        r = results["seed"]
        print(f"seed     claims P/R/F1 {r['claims']['precision']:.3f}/{r['claims']['recall']:.3f}/"
              f"{r['claims']['f1']:.3f}  full F1 {r['full']['f1']:.3f}  exact F1 "
              f"{r['exact']['f1']:.3f}  source {r['source']:.3f}  cue {r['cue']:.3f}  via "
              f"{r['via'] if r['via'] is None else round(r['via'], 3)}  kind {r['kind']:.3f}  "
              f"type {r['type']:.3f}  (gold {r['gold']}, pred {r['pred']})")
    for split, r in (results.get("reports") or {}).items():
        print(f"reports[{split}] claims P/R/F1 {r['claims']['precision']:.3f}/"
              f"{r['claims']['recall']:.3f}/{r['claims']['f1']:.3f}  full F1 {r['full']['f1']:.3f}"
              f"  exact F1 {r['exact']['f1']:.3f}  source {r['source']:.3f}  cue {r['cue']:.3f}"
              f"  (gold {r['gold']}, pred {r['pred']})")
    if "polnear" in results:
        for key in ("with_source", "all"):
            r = results["polnear"][key]
            print(f"polnear[{key}] claims P/R/F1 {r['claims']['precision']:.3f}/"
                  f"{r['claims']['recall']:.3f}/{r['claims']['f1']:.3f}  full F1 "
                  f"{r['full']['f1']:.3f}  exact F1 {r['exact']['f1']:.3f}  source "
                  f"{r['source']:.3f}  source|via {r['source_or_via']}  cue {r['cue']:.3f}  "
                  f"kind {r['kind']:.3f}  (gold {r['gold']}, pred {r['pred']})")
    if "cofenet" in results:
        for mode in ("detok", "spaces"):
            r = results["cofenet"].get(mode)
            if r:
                print(f"cofenet[{mode}] exact F1 source {r['source']['f1']:.1f}  cue "
                      f"{r['cue']['f1']:.1f}  content {r['content']['f1']:.1f}")
        print("  published: " + " · ".join(f"{n} {s}/{c}/{ct}" for n, s, c, ct
                                           in cofenet.PUBLISHED))
    if "speed" in results:
        r = results["speed"]
        print(f"speed    {r['articles_per_s']} articles/s  {r['words_per_s']} words/s  ratio "
              f"{r['ratio']} (extract {r['extract_s']}s / bare {r['bare_s']}s)  ratio to "
              f"paragraph parse {r['ratio_paragraphs']} ({r['bare_paragraphs_s']}s)  peak RSS "
              f"{r['peak_rss_mib']} MiB  load {r['load_average']}")


def notes_text(results: dict) -> str:
    stats = (results.get("polnear") or {}).get("stats") or {}
    text = NOTES.read_text(encoding="utf-8")
    try:
        return text.format(**stats) if stats else text
    except (KeyError, IndexError):
        return text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", action="append", choices=TASKS,
                    help="run only this part (repeatable)")
    ap.add_argument("--limit", type=int, help="first N articles / lines only (quick runs)")
    ap.add_argument("--write", action="store_true",
                    help="rewrite the claims section of docs/BENCHMARKS.md (full runs only)")
    ap.add_argument("--shared", default=str(REPO.parent / "shared"),
                    help="the shared data folder (default: ../shared)")
    ap.add_argument("--out", default=str(REPO / "training" / "bench"),
                    help="where gold / predicted files go (git-ignored)")
    ap.add_argument("--repeats", type=int, default=5, help="timed repeats for speed (≥ 3)")
    ap.add_argument("--cofenet-mode", choices=("detok", "spaces", "both"), default="both")
    ap.add_argument("--speed-child", help=argparse.SUPPRESS)
    ap.add_argument("--speed-part", choices=("timing", "memory"), default="timing",
                    help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.speed_child:
        run_speed_child(args)
        return 0
    tasks = tuple(args.only) if args.only else TASKS
    if args.write and (args.limit or args.only):
        ap.error("--write needs a full run (no --only, no --limit)")
    shared, out = Path(args.shared), Path(args.out)
    if not (shared / SCORER).exists():
        ap.error(f"{shared / SCORER} not found: pass --shared")
    out.mkdir(parents=True, exist_ok=True)

    import spacy

    results: dict = {"meta": {
        "date": dt.date.today().isoformat(),
        "machine": report.machine(),
        "command": "python benchmarks/claims.py" + (" --write" if args.write else ""),
        "commit": report.git_revision(REPO),
        "spacy": spacy.__version__,
    }}
    needs_nlp = any(t in tasks for t in ("seed", "reports", "polnear", "cofenet"))
    if needs_nlp:
        t0 = time.perf_counter()
        nlp = load_pipeline()
        results["meta"]["pipeline"] = pipeline_name(nlp)
        log(f"pipeline loaded in {time.perf_counter() - t0:.1f}s: {nlp.pipe_names}")
        extract = make_extractor(nlp)
    if "seed" in tasks:
        results["seed"] = run_seed(shared, out, extract)
    if "reports" in tasks:
        results["reports"] = run_reports(shared, out, extract)
    if "polnear" in tasks:
        results["polnear"] = run_polnear(shared, out, extract, args.limit)
    if "cofenet" in tasks:
        modes = ("detok", "spaces") if args.cofenet_mode == "both" else (args.cofenet_mode,)
        results["cofenet"] = run_cofenet(shared, out, extract, args.limit, modes)
    if "speed" in tasks:
        results["speed"] = run_speed(args, out)
        results["meta"].setdefault("pipeline", results["speed"].get("pipeline"))

    (out / "claims-results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    print_summary(results)
    if args.write:
        section = report.render(results, notes_text(results))
        report.write_section(REPO / "docs" / "BENCHMARKS.md", section)
        log("docs/BENCHMARKS.md updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
