"""The English pipeline: the bundled model by default, batching with ``nlp.pipe``.

>>> from accordwatch import nlp
>>> doc = nlp.load()("Hamas spokesperson Hazem Qassem said the talks would resume.")

``load()`` returns the pipeline shipped in ``accordwatch/nlp/model`` (trained by
``python -m accordwatch.nlp.train``, see ``docs/MODEL.md``). Another installed spaCy pipeline
(package name or path) can be named by argument or by the ``ACCORDWATCH_SPACY_MODEL``
environment variable. Loading reads local files only; nothing is downloaded.

A pipeline with a morphologizer gets ``accordwatch_closed_aux`` after it (a name given the
closed class AUX gets the part of speech of its tag). A pipeline with a parser gets
``accordwatch_sentence_bounds`` before it, which fixes the sentence boundaries the parser must
respect: a blank line always ends a sentence; a word or comma followed by more text on its
line never does; and ``accordwatch_name_repair`` after it, which joins a name the parser split
into two subjects ("Ivo" and "Serra" of "Mayor Ivo Serra visited"). A pipeline with an NER
gets ``accordwatch_known_names`` after it: listed states and well-known bodies get the right
label. All four are in ``components.py``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from accordwatch.nlp.components import CLOSED_AUX, KNOWN_NAMES, NAME_REPAIR, SENTENCE_BOUNDS

__all__ = [
    "BUNDLED_MODEL",
    "ENV_VAR",
    "ModelNotFoundError",
    "load",
    "parse",
    "pipe",
]

BUNDLED_MODEL = Path(__file__).resolve().parent / "model"
ENV_VAR = "ACCORDWATCH_SPACY_MODEL"


class ModelNotFoundError(RuntimeError):
    """The named spaCy pipeline is neither an installed package nor a pipeline folder."""


def load(name: str | None = None) -> Language:
    """The spaCy pipeline named by ``name``, else by ``$ACCORDWATCH_SPACY_MODEL``, else bundled.

    Cached per name: repeated calls return the same ``Language`` object.
    """
    chosen = name or os.environ.get(ENV_VAR) or ""
    return _load_cached(chosen)


@lru_cache(maxsize=8)
def _load_cached(name: str) -> Language:
    nlp = _load_pipeline(name)
    if "parser" in nlp.pipe_names and SENTENCE_BOUNDS not in nlp.pipe_names:
        nlp.add_pipe(SENTENCE_BOUNDS, before="parser")
    if "parser" in nlp.pipe_names and NAME_REPAIR not in nlp.pipe_names:
        nlp.add_pipe(NAME_REPAIR, after="parser")
    if "morphologizer" in nlp.pipe_names and CLOSED_AUX not in nlp.pipe_names:
        nlp.add_pipe(CLOSED_AUX, after="morphologizer")
    if "ner" in nlp.pipe_names and KNOWN_NAMES not in nlp.pipe_names:
        nlp.add_pipe(KNOWN_NAMES, after="ner")
    return nlp


def _load_pipeline(name: str) -> Language:
    if not name:
        if not (BUNDLED_MODEL / "config.cfg").is_file():
            raise ModelNotFoundError(
                f"bundled pipeline missing at {BUNDLED_MODEL}; "
                "run `python -m accordwatch.nlp.train` or set " + ENV_VAR
            )
        return spacy.load(BUNDLED_MODEL)
    path = Path(name).expanduser()
    if path.exists():
        if not (path / "config.cfg").is_file():
            raise ModelNotFoundError(f"{name!r} is not a spaCy pipeline folder (no config.cfg)")
        return spacy.load(path)
    if not spacy.util.is_package(name):
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} is not installed (no such package or folder)"
        )
    return spacy.load(name)


def pipe(
    texts: Iterable[str],
    *,
    nlp: Language | None = None,
    batch_size: int = 64,
    n_process: int = 1,
) -> Iterator[Doc]:
    """Parse many texts lazily, in order, with ``nlp.pipe`` batching."""
    model = nlp if nlp is not None else load()
    yield from model.pipe(texts, batch_size=batch_size, n_process=n_process)


def parse(text: str, *, nlp: Language | None = None) -> Doc:
    """Parse one text with the default (or given) pipeline."""
    model = nlp if nlp is not None else load()
    return model(text)
