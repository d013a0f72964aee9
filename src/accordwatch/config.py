"""Settings: one object passed down instead of many flags (the trafilatura habit).

Every value has a default, can be set in the environment (ACCORDWATCH_*) and is overridden
by command-line options.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

from accordwatch.errors import ConfigError

DEFAULT_DB = "accordwatch.db"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_REDIRECTS = 10
USER_AGENT = "AccordWatch/0.1 (+https://example.org/accordwatch; research crawler)"


@dataclass(frozen=True)
class Settings:
    db: str = DEFAULT_DB
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT
    max_redirects: int = DEFAULT_MAX_REDIRECTS
    allow_private_network: bool = False
    encoding: str | None = None
    extract_claims: bool = True
    user_agent: str = USER_AGENT

    def with_(self, **changes: object) -> Settings:
        """A copy with the given values replaced; None means "keep the current value"."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def _env_number(name: str, kind: type, default: float) -> float | int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = kind(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a number") from None
    if value <= 0:
        raise ConfigError(f"{name} must be positive, got {raw}")
    return value


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def parse_size(text: str) -> int:
    """'20MB', '512k', '1048576' -> bytes."""
    units = {"": 1, "b": 1, "k": 1024, "kb": 1024, "m": 1024**2, "mb": 1024**2, "g": 1024**3, "gb": 1024**3}
    raw = text.strip().lower().replace(" ", "")
    number = raw.rstrip("kmgb")
    unit = raw[len(number):]
    try:
        value = float(number) * units[unit]
    except (ValueError, KeyError):
        raise ConfigError(f"cannot read size {text!r} (use e.g. 20MB, 512KB or a number of bytes)") from None
    if value <= 0:
        raise ConfigError(f"size must be positive, got {text!r}")
    return int(value)


def from_env() -> Settings:
    max_bytes_raw = os.environ.get("ACCORDWATCH_MAX_BYTES")
    return Settings(
        db=os.environ.get("ACCORDWATCH_DB") or DEFAULT_DB,
        max_bytes=parse_size(max_bytes_raw) if max_bytes_raw else DEFAULT_MAX_BYTES,
        timeout=float(_env_number("ACCORDWATCH_TIMEOUT", float, DEFAULT_TIMEOUT)),
        max_redirects=int(_env_number("ACCORDWATCH_MAX_REDIRECTS", int, DEFAULT_MAX_REDIRECTS)),
        allow_private_network=_env_flag("ACCORDWATCH_ALLOW_PRIVATE_NETWORK"),
    )
