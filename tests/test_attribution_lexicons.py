"""Lexicons are data files; modality works on words alone."""

from accordwatch.attribution import lexicons as lx
from accordwatch.attribution.modality import modality_of_words


def test_reporting_verbs_cover_the_common_cues():
    rv = lx.reporting_verbs()
    for form, lemma in [("said", "say"), ("told", "tell"), ("announced", "announce"),
                        ("denied", "deny"), ("warns", "warn"), ("insisted", "insist"),
                        ("acknowledged", "acknowledge"), ("urged", "urge"), ("cited", "cite"),
                        ("vowed", "vow"), ("accused", "accuse"), ("argued", "argue"),
                        ("confirmed", "confirm"), ("stated", "state"), ("noted", "note"),
                        ("claimed", "claim"), ("reported", "report"), ("promised", "promise"),
                        ("added", "add"), ("described", "describe")]:
        assert rv.lemma(form) == lemma, form
    assert "deny" in rv.negative and "announce" in rv.object_content


def test_inflections():
    assert {"admits", "admitted", "admitting"} <= lx.inflections("admit")
    assert {"denies", "denied"} <= lx.inflections("deny")
    assert {"notes", "noted", "noting"} <= lx.inflections("note")


def test_lexicon_files_are_plain_lists():
    assert "white house" in lx.word_set("government_words.txt")
    assert "newspaper" in lx.word_set("outlet_words.txt")
    assert ("according", "to") in lx.phrase_tuples("attribution_prepositions.txt")
    assert lx.number_words()["three"] == 3


def words(s: str) -> list[str]:
    return s.lower().split()


def test_modality_flags_from_words():
    assert modality_of_words(words("the envoy may resign")).hedged
    assert modality_of_words(words("the envoy reportedly resigned")).hedged
    assert modality_of_words(words("no final decisions have been made")).negated
    assert modality_of_words(words("the talks did n't resume")).negated
    assert modality_of_words(words("the council will vote")).future
    assert modality_of_words(words("troops leave if the truce holds")).conditional
    plain = modality_of_words(words("the council voted"))
    assert not (plain.hedged or plain.negated or plain.future or plain.conditional)


def test_negative_cue_negates():
    assert modality_of_words(words("the ministry was involved"), "deny").negated
