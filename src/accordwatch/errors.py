"""Errors a user can act on. Each carries a one-line message; the CLI prints it without a traceback."""

from __future__ import annotations


class AccordWatchError(Exception):
    """Base class: the message is shown to the user as is, on one line."""

    reason = "error"

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(str(message).split()))


class InputError(AccordWatchError):
    """A source could not be read or made into an article."""

    reason = "bad input"


class SourceNotFound(InputError):
    reason = "not found"


class UnsupportedSource(InputError):
    reason = "unsupported type"


class EmptyInput(InputError):
    reason = "empty"


class BinaryInput(InputError):
    reason = "binary"


class EncodingProblem(InputError):
    reason = "encoding"


class NoArticleText(InputError):
    reason = "no article text"


class MalformedFeed(InputError):
    reason = "malformed feed"


class MalformedWarc(InputError):
    reason = "malformed WARC"


class FetchError(InputError):
    reason = "fetch failed"


class TooLarge(InputError):
    reason = "too large"


class BlockedAddress(FetchError):
    reason = "private address"


class StoreError(AccordWatchError):
    """The database cannot be opened, read or written."""

    reason = "store"


class ConfigError(AccordWatchError):
    reason = "configuration"
