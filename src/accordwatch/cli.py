"""The `accordwatch` command. Thin: it parses options and calls the packages."""

from __future__ import annotations

import json
import logging
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from accordwatch import config
from accordwatch.errors import AccordWatchError, InputError
from accordwatch.output import CLAIM_COLUMNS, CLAIM_CSV_COLUMNS, claim_row, write_rows

app = typer.Typer(
    name="accordwatch",
    help="A living, sourced record of peace agreements, built from the news reports about them.",
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)
# Tables piped to a file or a pager keep their full width instead of folding at 80 columns.
out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 200)


class TableFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class ClaimFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"
    json = "json"
    csv = "csv"


DbOption = Annotated[
    str | None,
    typer.Option("--db", help="SQLite file or database URL [env ACCORDWATCH_DB; default ./accordwatch.db]"),
]


def _settings(**overrides: object) -> config.Settings:
    return config.from_env().with_(**overrides)


def _open_store(db: str | None):
    from accordwatch.store import Store

    return Store.open(_settings(db=db).db)


def _error(message: str) -> None:
    err.print(f"[bold red]error:[/] {message}", markup=True, highlight=False) if err.is_terminal else \
        print(f"error: {message}", file=sys.stderr)


def _claim_extractor():
    """Claims for an article, the model loaded on first use (it takes a second or two)."""
    from accordwatch.attribution import extract_claims

    def extract(article) -> list:
        doc = Path(article.location).name if not article.url else article.url
        return extract_claims(article.text, doc=doc)

    return extract


def _progress_callback(progress: Progress | None, task_holder: dict):
    def on_progress(done: int, total: int, outcome, label: str) -> None:
        if outcome is not None and outcome.status == "failed":
            if progress is not None:
                progress.console.print(f"[red]error:[/] {outcome.message}", markup=True, highlight=False)
            else:
                print(f"error: {outcome.message}", file=sys.stderr)
        if progress is None:
            return
        if "task" not in task_holder:
            task_holder["task"] = progress.add_task("ingesting", total=total)
        short = label if len(label) < 50 else "…" + label[-49:]
        progress.update(task_holder["task"], completed=done, total=total, description=short)

    return on_progress


@app.command()
def ingest(
    sources: Annotated[list[str], typer.Argument(help="files, folders, http(s) URLs, RSS/Atom feeds, .warc/.warc.gz files")],
    db: DbOption = None,
    allow_private_network: Annotated[bool, typer.Option("--allow-private-network", help="permit URLs on loopback, private and link-local addresses")] = False,
    max_bytes: Annotated[str | None, typer.Option("--max-bytes", help="largest body or file accepted, e.g. 20MB [env ACCORDWATCH_MAX_BYTES]")] = None,
    timeout: Annotated[float | None, typer.Option("--timeout", help="seconds to wait on a URL [env ACCORDWATCH_TIMEOUT; default 20]")] = None,
    encoding: Annotated[str | None, typer.Option("--encoding", help="read every source in this encoding instead of detecting it")] = None,
    claims: Annotated[bool, typer.Option("--claims/--no-claims", help="extract attributed claims while ingesting")] = True,
) -> None:
    """Read reports into the store: each becomes an article with its main text, metadata and claims."""
    from accordwatch.ingest import ingest as run_ingest

    settings = _settings(
        db=db,
        max_bytes=config.parse_size(max_bytes) if max_bytes else None,
        timeout=timeout,
        encoding=encoding,
        allow_private_network=allow_private_network or None,
        extract_claims=claims,
    )
    if timeout is not None and timeout <= 0:
        raise AccordWatchError("--timeout must be positive")
    from accordwatch.store import Store

    with Store.open(settings.db) as store:
        extractor = _claim_extractor() if settings.extract_claims else None
        show = err.is_terminal
        progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                            TimeElapsedColumn(), console=err, transient=True) if show else None
        holder: dict = {}
        if progress:
            with progress:
                report = run_ingest(sources, store, settings, extractor, _progress_callback(progress, holder))
        else:
            report = run_ingest(sources, store, settings, extractor, _progress_callback(None, holder))
    print(report.summary())
    if report.failures:
        raise typer.Exit(1)


@app.command()
def text(
    file: Annotated[Path, typer.Argument(help="an .html, .htm, .txt or .md file")],
    encoding: Annotated[str | None, typer.Option("--encoding", help="read the file in this encoding")] = None,
) -> None:
    """Print the main text of a file: the text every claim's offsets refer to."""
    from accordwatch.ingest import read_file_article

    article = read_file_article(file, encoding=encoding, limit=_settings().max_bytes)
    # Exactly the text, byte for byte: offsets into it must hold for whoever reads this output.
    sys.stdout.write(article.text)


ARTICLE_COLUMNS = ("id", "published", "outlet", "title", "author", "language", "word_count", "claim_count", "url", "location")
ARTICLE_TABLE_COLUMNS = ("id", "published", "outlet", "title", "author", "word_count", "claim_count", "where")


@app.command()
def articles(
    db: DbOption = None,
    format: Annotated[TableFormat, typer.Option("--format", "-f", help="table, json or csv")] = TableFormat.table,
) -> None:
    """List the stored articles."""
    with _open_store(db) as store:
        rows = [a.as_dict() for a in store.list_articles()]
    if format == TableFormat.table:
        for row in rows:
            row["where"] = row["url"] or row["location"]
        columns = ARTICLE_TABLE_COLUMNS
    else:
        columns = ARTICLE_COLUMNS + ("content_hash", "ingested_at")
    write_rows(rows, format.value, columns, console=out, title=f"{len(rows)} articles")


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="HTML or text files")],
    format: Annotated[ClaimFormat, typer.Option("--format", "-f", help="jsonl, table, json or csv")] = ClaimFormat.jsonl,
    encoding: Annotated[str | None, typer.Option("--encoding", help="read the files in this encoding")] = None,
) -> None:
    """Print every attributed claim in the files (no database needed)."""
    from accordwatch.attribution import extract_claims
    from accordwatch.ingest import read_file_article

    failed = 0
    found: list[dict] = []
    for file in files:
        try:
            article = read_file_article(file, encoding=encoding, limit=_settings().max_bytes)
        except InputError as exc:
            _error(str(exc))
            failed += 1
            continue
        for claim in extract_claims(article.text, doc=file.name):
            data = claim.to_json_dict()
            if format == ClaimFormat.jsonl:
                print(json.dumps(data, ensure_ascii=False), flush=False)
            else:
                found.append(data)
    if failed == len(files):
        raise typer.Exit(1)  # nothing was read: the error lines are the whole answer
    if format == ClaimFormat.json:
        write_rows(found, "json", ())
    elif format in (ClaimFormat.table, ClaimFormat.csv):
        columns = CLAIM_COLUMNS if format == ClaimFormat.table else CLAIM_CSV_COLUMNS
        write_rows([claim_row(c) for c in found], format.value, columns, console=out)
    if failed:
        raise typer.Exit(1)


@app.command("claims")
def list_claims(
    db: DbOption = None,
    article: Annotated[int | None, typer.Option("--article", help="only this article's claims (its id)")] = None,
    format: Annotated[ClaimFormat, typer.Option("--format", "-f", help="table, jsonl, json or csv")] = ClaimFormat.table,
) -> None:
    """List the claims stored with the articles."""
    with _open_store(db) as store:
        rows = list(store.claims_for(article))
    if format in (ClaimFormat.jsonl, ClaimFormat.json):
        write_rows(rows, format.value, ())
    else:
        columns = ("article_id",) + CLAIM_COLUMNS[1:] if format == ClaimFormat.table else CLAIM_CSV_COLUMNS
        write_rows([claim_row(c) for c in rows], format.value, columns, console=out, title=f"{len(rows)} claims")


@app.command()
def demo(db: DbOption = None) -> None:
    """Ingest the bundled demo reports and show what was found."""
    from accordwatch.demo import reports_dir

    folder = reports_dir()
    print(f"Ingesting the demo corpus from {folder}")
    status = 0
    try:
        ingest([str(folder)], db=db, allow_private_network=False, max_bytes=None, timeout=None,
               encoding=None, claims=True)
    except typer.Exit as exc:
        status = exc.exit_code
    articles(db=db, format=TableFormat.table)
    with _open_store(db) as store:
        rows = list(store.claims_for())
    if rows:
        columns = ("article_id", "source", "source_type", "via", "cue", "modality", "content")
        write_rows([claim_row(c) for c in rows], "table", columns, console=out, title=f"{len(rows)} attributed claims")
    print(f"Stored in {_settings(db=db).db}. Explore with: accordwatch articles, accordwatch claims")
    if status:
        raise typer.Exit(status)


def _is_click_error(exc: BaseException, name: str) -> bool:
    # typer vendors its own copy of click, so its exceptions are matched by class name.
    return any(cls.__name__ == name for cls in type(exc).__mro__)


class _StderrHandler(logging.Handler):
    """Writes to whatever ``sys.stderr`` is at the time of the record."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            print(self.format(record), file=sys.stderr)
        except (OSError, ValueError):  # pragma: no cover - a closed stream
            self.handleError(record)


def _log_warnings() -> None:
    """Warnings of the library ('could not read the sentence at …') as one line each on
    stderr."""
    logger = logging.getLogger("accordwatch")
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("warning: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.WARNING)
        logger.propagate = False


def main() -> None:
    _log_warnings()
    command = typer.main.get_command(app)
    try:
        # Not standalone: click's own error boxes are replaced by our one-line errors.
        status = command.main(prog_name="accordwatch", standalone_mode=False)
    except AccordWatchError as exc:
        _error(str(exc))
        sys.exit(1)
    except KeyboardInterrupt:
        _error("interrupted")
        sys.exit(130)
    except Exception as exc:
        if _is_click_error(exc, "NoArgsIsHelpError"):
            sys.exit(0)  # the help text was shown
        if _is_click_error(exc, "Abort"):
            _error("interrupted")
            sys.exit(130)
        if _is_click_error(exc, "ClickException"):
            context = getattr(exc, "ctx", None)
            where = context.command_path if context is not None else "accordwatch"
            _error(f"{exc.format_message()} (see '{where} --help')")
            sys.exit(getattr(exc, "exit_code", 2))
        if os.environ.get("ACCORDWATCH_DEBUG"):
            raise
        detail = " ".join(str(exc).split())[:300]
        _error(f"internal error: {type(exc).__name__}: {detail} (set ACCORDWATCH_DEBUG=1 to see the traceback)")
        sys.exit(70)
    sys.exit(status if isinstance(status, int) else 0)
