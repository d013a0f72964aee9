"""Sources are noun phrases: a name, a pronoun or a description, never a clause fragment, a
time, an object or a preposition's phrase.  Sentences written for these tests (fictional
people, places and outlets)."""

from __future__ import annotations

import pytest

from accordwatch.attribution import extract_claims


def _claims(text):
    claims = extract_claims(text)
    for c in claims:
        for span in (c.source, c.cue, c.content):
            if span.start is not None:
                assert text[span.start : span.end] == span.text
    return claims


def _by_content(text, content):
    found = [c for c in _claims(text) if c.content.text == content]
    assert found, [(c.source.text, c.content.text) for c in _claims(text)]
    return found[0]


def _at(text, phrase):
    return text.index(phrase), text.index(phrase) + len(phrase)


# -- 'One of them said', 'Another said', 'Neither would say' ------------------------------------

PARTITIVES = [
    (("The Valmont Courier, citing three harbour officials, reported that the ferry would resume "
     "in May. One of them said the new hull had passed its trials. Another said the crew was "
     "still being trained."),
     [("One of them", "the new hull had passed its trials"),
      ("Another", "the crew was still being trained")], "Valmont Courier"),
    (("Two engineers who inspected the dam said the spillway was cracked. Neither would say when "
     "repairs would start. One of them said the council had known for a year."),
     [("Neither", "when repairs would start"),
      ("One of them", "the council had known for a year")], None),
    (("Four teachers at the Dorn school said classes would move online. Another said the heating "
     "had failed twice."),
     [("Another", "the heating had failed twice")], None),
    (("Several residents of the quarter said the water was brown for a week, and another said "
     "the pipes were replaced too late."),
     [("another", "the pipes were replaced too late")], None),
]


@pytest.mark.parametrize(("text", "expected", "via"), PARTITIVES)
def test_partitive_pronouns_are_anonymous_members_of_the_group(text, expected, via):
    for source, content in expected:
        c = _by_content(text, content)
        assert c.source.text == source
        assert (c.source.start, c.source.end) == _at(text, source + " ")[:1] + (
            _at(text, source + " ")[0] + len(source),)
        assert c.source.type == "anonymous"
        assert c.source.count == 1
        assert c.source.name is None
        assert c.cue.text in ("said", "say", "would say")
        if via is None:
            assert c.via == []
        else:
            assert [v.name for v in c.via] == [via]
            assert c.via[0].type == "outlet"


# -- the source is the subject of the cue, never its object or a prepositional phrase ---------

def test_object_of_urged_is_no_source():
    text = "Mayor Ilse Varga urged restraint, saying the bridge would reopen only after an inspection."
    c = _by_content(text, "the bridge would reopen only after an inspection")
    assert c.source.text == "Mayor Ilse Varga"
    assert (c.source.start, c.source.end) == _at(text, "Mayor Ilse Varga")
    assert c.source.name == "Ilse Varga"
    assert c.source.type == "person"
    assert c.cue.text == "saying"
    assert all(c.source.text != "restraint" for c in _claims(text))


def test_urged_patience_after_an_apposition_is_no_claim_of_patience():
    text = ("The harbour master, Piet Olander, urged patience. "
            "“We will reopen when it is safe,” he said.")
    claims = _claims(text)
    assert all(c.source.text != "patience" and c.cue.text != "patience" for c in claims)
    assert all(c.cue.text != "urged" for c in claims)
    c = _by_content(text, "“We will reopen when it is safe,”")
    assert c.source.text == "he" and c.source.type == "person" and c.cue.text == "said"


def test_cautioned_against_is_no_source():
    text = ("Tomas Brel, an economist at the Lindqvist Institute, cautioned against reading too much "
            "into the figures, saying a single month proved little.")
    claims = _claims(text)
    assert all("against" not in c.source.text and "reading" not in c.source.text for c in claims)
    c = _by_content(text, "a single month proved little")
    assert c.source.text == "Tomas Brel"
    assert c.source.type == "person"


def test_caution_after_a_verb_is_no_headline_cue():
    text = "Speaking at the quay, the port's director, Ruth Aalto, urged caution. Boats were told to wait."
    assert all(c.cue.text != "caution" and c.source.text != "caution" for c in _claims(text))


# -- a time is never a source -------------------------------------------------------------------

TEMPORAL = [
    ("The tram line will close for a month, the city’s transport chief, Marta Keel, said on Monday.",
     "Marta Keel", "The tram line will close for a month"),
    ("The levees will hold through the spring, Lorenz Ebbe said last week.",
     "Lorenz Ebbe", "The levees will hold through the spring"),
    ("Water rates will rise by a tenth, the utility’s director, Ruth Aalto, said on Thursday.",
     "Ruth Aalto", "Water rates will rise by a tenth"),
]


@pytest.mark.parametrize(("text", "source", "content"), TEMPORAL)
def test_time_after_the_cue_is_no_source(text, source, content):
    c = _by_content(text, content)
    assert c.source.text == source
    assert (c.source.start, c.source.end) == _at(text, source)
    assert c.source.type == "person"
    assert c.source.name == source
    assert c.cue.text == "said"
    assert (c.content.start, c.content.end) == _at(text, content)


# -- 'the plan announced by X': a participle describing a noun --------------------------------

def test_participle_with_agent_gives_the_agent():
    text = "Under the timetable announced by the rail authority, the night trains will stop in March."
    claims = [c for c in _claims(text) if c.cue.text == "announced"]
    assert len(claims) == 1
    c = claims[0]
    assert c.source.text == "the rail authority"
    assert (c.source.start, c.source.end) == _at(text, "the rail authority")
    assert c.content.text == "the timetable"
    assert "by" not in c.content.text


def test_participle_agent_is_never_swallowed_by_the_content():
    text = "The reforms proposed by the Velmar council would cut the ferry subsidy by half."
    for c in _claims(text):
        assert c.source.text != "The reforms"
        assert not c.content.text.startswith("by ")
    c = next(c for c in _claims(text) if c.cue.text == "proposed")
    assert c.source.text == "the Velmar council"
    assert c.content.text == "The reforms"


def test_participle_without_clause_or_agent_is_no_claim():
    text = "The levy adopted by the assembly will be doubled, and the toll drafted in the spring will go."
    assert [c for c in _claims(text) if c.cue.text in ("adopted", "drafted")] == []


# -- 'showed' needs a document or figures ------------------------------------------------------

def test_showed_after_an_abstract_subject_is_no_cue():
    text = "Ana Ruiz said the long queues at the border showed the new checks were too slow."
    claims = _claims(text)
    assert all(c.cue.text != "showed" for c in claims)
    c = _by_content(text, "the long queues at the border showed the new checks were too slow")
    assert c.source.text == "Ana Ruiz"


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The survey showed that most residents wanted the tram extended.",
     "The survey", "most residents wanted the tram extended"),
    ("Port records show that cargo fell by a third in the winter.",
     "Port records", "cargo fell by a third in the winter"),
    ("Hospital data showed that waiting times had doubled.",
     "Hospital data", "waiting times had doubled"),
])
def test_documents_and_figures_show(text, source, content):
    c = next(c for c in _claims(text) if c.cue.text in ("showed", "show", "shows"))
    assert c.source.text == source
    assert (c.source.start, c.source.end) == _at(text, source)
    assert c.content.text == content


# -- the source never swallows the clause before it -------------------------------------------

SWALLOWED = [
    ("The delay has grown longer since Velmar officials said the contract was under review.",
     "Velmar officials", "said", "the contract was under review"),
    (("Three days after a Dorn radio station reported that the mayor had resigned, the council "
     "met."), "a Dorn radio station", "reported", None),
    ("The row deepened when two harbour pilots said the channel had not been dredged.",
     "two harbour pilots", "said", "the channel had not been dredged"),
    ("The crews have been preparing for what the daily described as a long strike.",
     "the daily", "described as", "a long strike"),
]


@pytest.mark.parametrize(("text", "source", "cue", "content"), SWALLOWED)
def test_source_is_only_the_subject_noun_phrase(text, source, cue, content):
    c = next(c for c in _claims(text) if c.cue.text == cue)
    assert c.source.text == source
    assert (c.source.start, c.source.end) == _at(text, source)
    if content is not None:
        assert c.content.text == content


def test_outlet_subject_after_a_time_clause_is_an_outlet():
    text = "Three days after a Dorn radio station reported that the mayor had resigned, the council met."
    c = next(c for c in _claims(text) if c.cue.text == "reported")
    assert c.source.type == "outlet"


# -- no source found: an empty source of unknown type ------------------------------------------

def test_rejected_source_is_empty_without_offsets():
    from accordwatch.attribution.extract import default_nlp
    from accordwatch.attribution.surface import clean_source

    doc = default_nlp()("Port officials on Monday said the tram would close on Friday.")
    on = [t.i for t in doc if t.text == "on"]
    # 'on Friday' alone is a time: no source
    assert clean_source(doc, on[1], on[1] + 2) is None
    # 'Port officials on Monday' keeps the noun phrase only
    assert clean_source(doc, 0, 4) == (0, 2)


def test_unknown_source_has_no_span():
    text = "It was reported that the dam had been closed for repairs."
    claims = _claims(text)
    assert claims
    for c in claims:
        assert c.source.type == "unknown"
        assert c.source.text == ""
        assert c.source.start is None and c.source.end is None


# -- outlets known by name, whatever the NER makes of them --------------------------------------

@pytest.mark.parametrize("text,source,content", [
    ("Asharq Al-Awsat reported that the harbour talks had stalled.", "Asharq Al-Awsat",
     "the harbour talks had stalled"),
    ("According to Yedioth Ahronoth, the list of names had been shortened.", "Yedioth Ahronoth",
     "the list of names had been shortened"),
    ("The Associated Press reported that the crossing stayed closed.", "The Associated Press",
     "the crossing stayed closed"),
])
def test_multi_word_outlet_names_are_outlets(text, source, content):
    c = _by_content(text, content)
    assert (c.source.text, c.source.type) == (source, "outlet")


def test_indefinite_role_with_an_organisation_name_is_anonymous():
    text = "Al-Quds Al-Arabi quoted a militia leader as saying the fighters would not leave."
    c = _by_content(text, "the fighters would not leave")
    assert (c.source.text, c.source.type, c.source.count) == ("a militia leader", "anonymous", 1)
    assert [(v.name, v.type) for v in c.via] == [("Al-Quds Al-Arabi", "outlet")]


@pytest.mark.parametrize("text,source,name", [
    ("Qatar said the talks would resume on Sunday.", "Qatar", "Qatar"),
    ("The United States wants the committee in place by March.", "The United States",
     "United States"),
])
def test_a_state_is_a_government(text, source, name):
    (c,) = _claims(text)
    assert (c.source.text, c.source.name, c.source.type) == (source, name, "government")


def test_a_person_with_a_state_as_name_stays_a_person():
    claims = _claims("Rep. Ivo Jordan said the vote would wait. Jordan added that the list "
                     "was final.")
    assert [(c.source.name, c.source.type) for c in claims] == [("Ivo Jordan", "person")] * 2


def test_she_is_the_nearer_named_subject():
    text = ("Council spokeswoman Lina Varga said no decision had been made. A senior Egyptian "
            "official said the sequence was accepted. Varga, a former judge, then left for "
            "Cairo. She said the council may meet again next week.")
    c = _by_content(text, "the council may meet again next week")
    assert (c.source.text, c.source.name, c.source.type) == ("She", "Lina Varga", "person")
    text = ("A senior Egyptian official told the paper the list was ready. He said the sequence "
            "was accepted.")
    c = _by_content(text, "the sequence was accepted")
    assert c.source.type == "anonymous"


def test_a_name_after_a_role_is_the_person_a_later_he_refers_to():
    text = ("In a statement on Wednesday, the Joint Relief Secretariat, which runs the convoys, "
            "said it would not comment. Speaking to reporters later, the secretariat's "
            "spokesperson, Ilya Brandt, urged caution. \"Nobody will be forced out,\" he said. "
            "The spokesperson added that no list existed.")
    claims = _claims(text)
    assert (claims[0].source.name, claims[0].source.type) == ("Joint Relief Secretariat",
                                                              "organization")
    assert [(c.source.name, c.source.type) for c in claims[1:]] == [("Ilya Brandt", "person")] * 2


def test_a_daily_tagged_as_an_adverb_is_the_outlet_named_before():
    text = ("Two militia leaders are preparing to leave the port, the Meridian Ledger reported on "
            "Tuesday. The Velmar-based Arabic daily, citing three sources in the militia, "
            "reported that the leaders would go only once the new council is seated.")
    c = _by_content(text, "the leaders would go only once the new council is seated")
    assert (c.source.type, c.source.count) == ("anonymous", 3)
    assert [(v.text, v.name, v.type) for v in c.via] == [
        ("The Velmar-based Arabic daily", "Meridian Ledger", "outlet")]


# -- what a weaker parse of the subject may not lose --------------------------------------------

def test_a_name_tagged_as_an_auxiliary_is_still_the_source():
    c = _by_content("Varga said the vote would follow.", "the vote would follow")
    assert c.source.text == "Varga"


def test_a_subject_parsed_as_the_root_still_speaks():
    text = "Varga, appearing after the mayor at the forum, cited rising costs in the port."
    c = next(c for c in _claims(text) if c.cue.text == "cited")
    assert c.source.text == "Varga"


def test_a_name_before_an_apposition_whatever_its_tag():
    text = "Rendell, a party veteran, said he had battled through three bouts of pneumonia."
    c = _by_content(text, "he had battled through three bouts of pneumonia")
    assert c.source.text == "Rendell"


def test_no_break_spaces_are_parsed_as_spaces():
    text = "Ana Ruiz has\u00a0acknowledged the delay at the\u00a0crossing."
    c = _by_content(text, "the delay at the\u00a0crossing")
    assert c.source.text == "Ana Ruiz"
    assert c.cue.text == "has\u00a0acknowledged"


@pytest.mark.parametrize(("text", "name"), [
    ("The United Nations said the convoy was delayed.", "United Nations"),
    ("Hamas warned that the crossing could close.", "Hamas"),
    ("The Arab League said the plan was fair.", "Arab League"),
])
def test_well_known_bodies_are_organizations(text, name):
    c = _claims(text)[0]
    assert (c.source.type, c.source.name) == ("organization", name)


def test_a_listed_body_as_a_modifier_does_not_make_the_source_an_organization():
    c = _by_content("Human Rights Watch researcher Ana Ruiz said the camp was full.",
                    "the camp was full")
    assert (c.source.type, c.source.name) == ("person", "Ana Ruiz")
    c = _by_content("NATO allies said the plan was sound.", "the plan was sound")
    assert c.source.type != "organization"


def test_a_that_clause_after_and_goes_on_with_the_claim():
    text = "Varga said the talks had failed, and that Serra said they would resume."
    c = next(c for c in _claims(text) if c.source.text == "Varga")
    assert c.content.text.endswith("they would resume")


def test_a_noun_fragment_parsed_as_the_root_is_no_speaker():
    claims = _claims("More chaos at the border, suggesting the deal has failed.")
    assert all("chaos" not in c.source.text for c in claims)


def test_a_verb_hung_on_the_cue_without_and_or_subject_is_part_of_the_content():
    text = ("One official said the closures would be brief, carried out under strict rules and "
            "in full coordination with the port authority.")
    c = next(c for c in _claims(text) if c.cue.text == "said")
    assert c.content.text.endswith("with the port authority")


# -- sources met in reports written after the rules (benchmarks/reports/fresh) ----------------

def _claims(text):
    from accordwatch.attribution import extract_claims

    return extract_claims(text)


@pytest.mark.parametrize("text, state", [
    ("Sevran says families may wait months. Sevrani troops stayed put.", "Sevran"),
    ("The Republic of Teskar shut the road. Teskar said on Friday that it would reopen.",
     "Teskar"),
    ("Kessaria said the talks had stalled, a Kessarian official added.", "Kessaria"),
    ("Ilvania's foreign minister flew home. Ilvania rejected a proposal to rotate the chair.",
     "Ilvania"),
])
def test_a_state_the_country_list_does_not_know_is_a_government(text, state):
    found = [c for c in _claims(text) if c.source.text == state]
    assert [(c.source.type, c.source.name) for c in found] == [("government", state)]


def test_a_name_with_no_sign_of_a_state_stays_a_person():
    claims = _claims("Orvel said the talks had stalled. Orvel's daughter left for Dorn.")
    assert claims[0].source.type != "government"


@pytest.mark.parametrize("text, full", [
    (("The Haldrun People’s Guard said it would not hand over a prisoner. Later, the Guard "
     "said it would keep its fighters away."), "Haldrun People’s Guard"),
    (("The Ostrel Liberation Front said it would talk. The Front added that it wanted "
     "guarantees."), "Ostrel Liberation Front"),
])
def test_a_short_name_of_a_body_takes_the_full_one(text, full):
    claims = _claims(text)
    assert [(c.source.name, c.source.type) for c in claims] == [(full, "organization")] * 2


@pytest.mark.parametrize("text", [
    "Shopkeepers in Kelmar said they hoped the reopening would help.",
    "Negotiators from Varnhold said the talks would resume.",
])
def test_people_from_a_place_are_anonymous_not_the_place(text):
    (claim,) = _claims(text)
    assert (claim.source.type, claim.source.name) == ("anonymous", None)


def test_a_name_between_commas_after_a_role_is_the_source():
    (claim,) = _claims("Kessaria’s interior minister, Dusan Orveld, has argued that the "
                       "commanders should stand trial at home.")
    assert (claim.source.text, claim.source.type) == ("Dusan Orveld", "person")
    assert claim.source.description.text == "Kessaria’s interior minister"


def test_a_body_named_in_passing_is_remembered_for_its_short_name_and_it():
    text = ("Teskar will reopen the crossing under its truce with the Haldrun People’s Guard, "
            "the ministry said.\n\nIn a statement, the Guard said it would keep its fighters "
            "away. It accused the army of moving artillery.")
    claims = _claims(text)
    named = [(c.source.text, c.source.name, c.source.type) for c in claims[1:]]
    assert named == [("the Guard", "Haldrun People’s Guard", "organization"),
                     ("It", "Haldrun People’s Guard", "organization")]


# -- from the review of the rules above: what they must not do -------------------------------

@pytest.mark.parametrize("text, name", [
    ("According to Lenk, the deal is close.", "Lenk"),
    ("Strand said the talks would resume on Monday.", "Strand"),
    ("Julian Orveld visited the camp. Julia said the conditions were terrible.", "Julia"),
    ("Lenk said the talks were over. Lenkian diplomacy was mocked by critics.", "Lenk"),
    ("Orveld said the club would appeal. The Orveldi fans protested.", "Orveld"),
    ("Kovacs's government said it would cut taxes. Kovacs said the cuts were fair.", "Kovacs"),
])
def test_a_surname_is_no_state(text, name):
    found = [c for c in _claims(text) if c.source.text == name]
    assert found and all(c.source.type != "government" for c in found)


def test_a_role_named_after_a_state_is_a_person():
    claims = _claims("Ostreli troops crossed the river on Monday. The Ostrel envoy said the "
                     "talks would go on.")
    assert [(c.source.text, c.source.type) for c in claims] == [("The Ostrel envoy", "person")]


def test_a_role_after_a_place_is_a_person():
    (claim,) = _claims("The Kelmar coach said the plan was a mistake.")
    assert claim.source.type == "person"


def test_a_short_outlet_name_after_a_named_daily():
    claims = _claims("The daily Ostra Vesti said the talks had failed. Vesti said the letter "
                     "had been written.")
    assert [(c.source.name, c.source.type) for c in claims] == [("Ostra Vesti", "outlet")] * 2


@pytest.mark.parametrize("text, name", [
    ("One resident, who gave only her first name, Mira, said she had seen men running.",
     "Mira"),
    (("One of them, who asked to be identified only by his first name, Ilan, said the cells "
     "were cold."), "Ilan"),
    ("A shopkeeper, who gave his name as Tomas, said prices had doubled.", "Tomas"),
])
def test_the_name_an_unnamed_speaker_gave(text, name):
    (claim,) = _claims(text)
    assert (claim.source.name, claim.source.type, claim.cue.text) == (name, "person", "said")


@pytest.mark.parametrize("text, source", [
    ("A diplomat who asked not to be named said the talks had stalled.",
     "A diplomat who asked not to be named"),
    ("An official who asked to remain anonymous told the Herald that the talks had stalled.",
     "An official who asked to remain anonymous"),
])
def test_the_terms_of_anonymity_belong_to_the_source(text, source):
    (claim,) = _claims(text)
    assert claim.source.text == source and claim.source.type == "anonymous"
