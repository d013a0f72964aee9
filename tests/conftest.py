"""Shared fixtures: a CLI runner that goes through the real entry point, and pages we wrote."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from pages import make_page  # noqa: F401 - re-exported for tests

from accordwatch import cli
from accordwatch.attribution import extract


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def run_cli(capsys, monkeypatch):
    """Run `accordwatch ARGS` through cli.main (error handling included) in this process."""

    def run(*args: str, env: dict | None = None) -> Result:
        for key, value in (env or {}).items():
            monkeypatch.setenv(key, value)
        monkeypatch.setattr(sys, "argv", ["accordwatch", *map(str, args)])
        code = 0
        try:
            cli.main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "store.db")


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    # a sentence the extractor cannot read fails the test instead of being logged and skipped
    monkeypatch.setattr(extract, "RAISE_ERRORS", True)
    for key in ("ACCORDWATCH_DB", "ACCORDWATCH_MAX_BYTES", "ACCORDWATCH_TIMEOUT",
                "ACCORDWATCH_ALLOW_PRIVATE_NETWORK", "ACCORDWATCH_DEBUG"):
        monkeypatch.delenv(key, raising=False)
