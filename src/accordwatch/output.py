"""Writing rows as a table, JSON, JSON Lines or CSV: the formats people open elsewhere."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from typing import TextIO

from rich.console import Console
from rich.table import Table

FORMATS = ("table", "json", "jsonl", "csv")


def write_rows(rows: Iterable[dict], fmt: str, columns: Sequence[str], *, out: TextIO | None = None,
               title: str | None = None, console: Console | None = None) -> None:
    out = out or sys.stdout
    rows = list(rows)
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _flat(row.get(k)) for k in columns})
    else:
        table = Table(title=title, show_lines=False, expand=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(_flat(row.get(k)) for k in columns))
        (console or Console(file=out, width=max(120, Console().width))).print(table)


def _flat(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def claim_row(claim: dict) -> dict:
    """A claim flattened for tables and CSV."""
    source = claim["source"]
    via = claim.get("via") or []
    modality = claim.get("modality") or {}
    flags = [k for k in ("hedged", "negated", "future", "conditional") if modality.get(k)]
    return {
        "doc": claim.get("doc"),
        "article_id": claim.get("article_id"),
        "source": source.get("name") or source.get("text"),
        "source_text": source.get("text"),
        "source_type": source.get("type"),
        "count": source.get("count"),
        "via": " > ".join(v.get("name") or v.get("text") for v in via),
        "cue": claim["cue"]["text"],
        "kind": claim.get("kind"),
        "modality": ",".join(flags),
        "content": claim["content"]["text"],
        "content_start": claim["content"]["start"],
        "content_end": claim["content"]["end"],
    }


CLAIM_COLUMNS = ("doc", "source", "source_type", "via", "cue", "kind", "modality", "content")
CLAIM_CSV_COLUMNS = ("doc", "article_id", "source", "source_text", "source_type", "count", "via", "cue",
                     "kind", "modality", "content", "content_start", "content_end")
