"""The extractor as a spaCy pipeline component (``accordwatch_attribution``)."""

from __future__ import annotations

import pytest

import accordwatch.attribution  # noqa: F401  (registers the factory)
from accordwatch.attribution import ExtractOptions, extract_claims

TEXT = ("Party spokesperson Dara Vell said the list was final.\n\n"
        "“We will not add names,” she said. “The vote is in May.”\n"
        "“Nobody can change that now.”\n"
        "HOST: Will the council meet again?")


@pytest.fixture(scope="module")
def nlp():
    from accordwatch import nlp as nlp_pkg

    try:
        pipeline = nlp_pkg.load()
    except nlp_pkg.ModelNotFoundError as err:  # pragma: no cover - only before the model lands
        pytest.skip(f"the bundled spaCy pipeline is not there yet: {err}")
    return pipeline


def test_component_sets_doc_claims_like_the_function(nlp):
    expected = [c.to_json_dict() for c in extract_claims(TEXT, nlp=nlp)]
    nlp.add_pipe("accordwatch_attribution", last=True)
    try:
        doc = nlp(TEXT)
    finally:
        nlp.remove_pipe("accordwatch_attribution")
    got = [c.to_json_dict() for c in doc._.claims]
    assert [(c["source"]["text"], c["content"]["text"]) for c in got] == [
        (c["source"]["text"], c["content"]["text"]) for c in expected]
    for c in doc._.claims:
        assert TEXT[c.content.start : c.content.end] == c.content.text
    assert "accordwatch_attribution" not in nlp.pipe_names


def test_component_config_is_the_options(nlp):
    nlp.add_pipe("accordwatch_attribution", last=True,
                 config={"continued_quotes": False, "punctuation_cues": False})
    try:
        claims = nlp(TEXT)._.claims
    finally:
        nlp.remove_pipe("accordwatch_attribution")
    off = extract_claims(TEXT, nlp=nlp, options=ExtractOptions(continued_quotes=False,
                                                               punctuation_cues=False))
    assert [c.content.text for c in claims] == [c.content.text for c in off]
    assert all(c.cue.text != ":" for c in claims)  # no speaker label
    assert not any(c.content.text == "“Nobody can change that now.”" for c in claims)
