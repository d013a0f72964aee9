"""The bundled English pipeline: loads offline, parses reported speech, finds names, splits.

No training here: these tests run the model shipped in ``accordwatch/nlp/model``.
"""

from __future__ import annotations

import socket

import pytest

from accordwatch import nlp as accord_nlp
from accordwatch.nlp import ModelNotFoundError


def _no_network(*args, **kwargs):
    raise AssertionError("the pipeline tried to open a network connection")


@pytest.fixture(scope="module")
def nlp():
    return accord_nlp.load()


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def test_loads_with_networking_disabled(monkeypatch):
    monkeypatch.setattr(socket, "socket", _no_network)
    monkeypatch.setattr(socket, "create_connection", _no_network)
    accord_nlp._load_cached.cache_clear()
    model = accord_nlp.load()
    assert model("Talks resumed on Monday.")[0].text == "Talks"
    assert {"parser", "ner", "tagger", "trainable_lemmatizer"} <= set(model.pipe_names)


def test_load_is_cached():
    assert accord_nlp.load() is accord_nlp.load()


def test_missing_model_raises_clear_error(monkeypatch, tmp_path):
    with pytest.raises(ModelNotFoundError):
        accord_nlp.load("no_such_spacy_pipeline_xyz")
    with pytest.raises(ModelNotFoundError):
        accord_nlp.load(str(tmp_path))
    monkeypatch.setenv(accord_nlp.ENV_VAR, "another_missing_pipeline_abc")
    with pytest.raises(ModelNotFoundError):
        accord_nlp.load()


def test_env_var_names_a_pipeline_path(monkeypatch):
    monkeypatch.setenv(accord_nlp.ENV_VAR, str(accord_nlp.BUNDLED_MODEL))
    assert "parser" in accord_nlp.load().pipe_names


def test_spokesperson_said_that(nlp):
    doc = nlp(
        "Hamas spokesperson Hazem Qassem said on Tuesday that the group had begun preparations."
    )
    said = _token(doc, "said")
    assert said.lemma_ == "say"
    subjects = [t for t in said.children if t.dep_ == "nsubj"]
    assert len(subjects) == 1
    # UD (EWT, GUM) heads a multiword name at its first word, "Qassem" hanging from "Hazem"
    # as `flat`; the subject phrase is the one that holds the name "Hazem Qassem".
    subject = subjects[0]
    assert subject.text in ("Hazem", "Qassem")
    assert {"Hazem", "Qassem"} <= {t.text for t in subject.subtree}
    assert "said" not in {t.text for t in subject.subtree}
    assert ("Hazem Qassem", "PERSON") in [(e.text, e.label_) for e in doc.ents]
    begun = _token(doc, "begun")
    assert begun.dep_ == "ccomp" and begun.head == said
    assert _token(doc, "that").head == begun


def test_reporting_verbs_lemmatize_to_their_base_form(nlp):
    doc = nlp("The minister told reporters that the ceasefire was holding, officials said.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["told"] == "tell"
    assert lemmas["said"] == "say"
    assert lemmas["was"] == "be"


def test_reversed_quote_attribution(nlp):
    doc = nlp("“We will not sign this agreement,” the foreign minister said on Sunday.")
    said = _token(doc, "said")
    assert _token(doc, "minister").head == said
    assert _token(doc, "minister").dep_ == "nsubj"
    assert _token(doc, "sign").head == said


def test_organisations_and_places(nlp):
    doc = nlp(
        "The United Nations sent envoys to Cairo after Egypt and Qatar proposed a new truce, "
        "according to Ahmed Mansour, a mediator."
    )
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("United Nations", "ORG") in ents or ("The United Nations", "ORG") in ents
    assert ("Cairo", "LOC") in ents
    assert ("Ahmed Mansour", "PERSON") in ents


def test_news_tokenization(nlp):
    doc = nlp.make_doc(
        "The U.S.-brokered plan “will hold,” said Omar al-Khatib—an adviser—in 2023–2024."
    )
    words = [t.text for t in doc]
    assert "U.S." in words
    assert words[words.index("U.S.") + 1] == "-"
    assert "“" in words and "”" in words
    assert words[words.index("al") : words.index("al") + 3] == ["al", "-", "Khatib"]
    assert words.count("—") == 2
    assert ["2023", "–", "2024"] == words[-4:-1]


def test_multi_paragraph_sentence_split(nlp):
    text = (
        "Negotiators met in Doha on Monday. They discussed a phased withdrawal.\n\n"
        "Mr. Haddad, who leads the delegation, said no deal had been reached. "
        "Talks will continue next week.\n\n"
        "A second round is planned for March."
    )
    doc = nlp(text)
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sents == [
        "Negotiators met in Doha on Monday.",
        "They discussed a phased withdrawal.",
        "Mr. Haddad, who leads the delegation, said no deal had been reached.",
        "Talks will continue next week.",
        "A second round is planned for March.",
    ]


def test_pipe_keeps_order(nlp):
    texts = ["The talks ended.", "A truce began at noon.", "Envoys left Cairo."]
    docs = list(accord_nlp.pipe(texts, nlp=nlp, batch_size=2))
    assert [d.text for d in docs] == texts


def test_blank_line_ends_a_sentence_without_punctuation(nlp):
    doc = nlp("Ceasefire talks resume in Doha\n\nthe delegations arrived on Sunday evening")
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sents == ["Ceasefire talks resume in Doha", "the delegations arrived on Sunday evening"]


@pytest.mark.parametrize("quote", ['"', "”"])
def test_closed_quotation_after_a_period_ends_its_sentence(nlp, quote):
    opener = "“" if quote == "”" else '"'
    text = (f"In his speech on Monday, Marek set a goal of {opener}Peace Through Trade.{quote} "
            "He told a crowd in Velmar that the border would open.")
    sents = [s.text for s in nlp(text).sents]
    assert sents[-1] == "He told a crowd in Velmar that the border would open."
    doc = nlp('Delegates flew in from the "U.S." Embassy in Cairo.')
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize("text", [
    "Analyst Jon Prior said the deal could collapse.",
    "Rep. Jo Hale (D-Ore.) said the vote would wait.",
    "Negotiator Selim Varga, a former judge, said the map was agreed.",
])
def test_a_word_followed_on_its_line_never_ends_a_sentence(nlp, text):
    assert [s.text for s in nlp(text).sents] == [text]


@pytest.mark.parametrize(("text", "second"), [
    ("Aid convoy reaches Ostrava The ministry said the trucks carried food.",
     "The ministry said the trucks carried food."),
    ("The vote ended in 2019 Varga said the result was fair.", "Varga said the result was fair."),
])
def test_a_sentence_may_still_start_where_a_full_stop_is_missing(nlp, text, second):
    assert [s.text for s in nlp(text).sents][-1] == second


def test_a_listed_name_next_to_another_name_word_is_left_to_the_ner(nlp):
    known = nlp.get_pipe("accordwatch_known_names")
    doc = nlp("Mira Oman met Qatar officials.")
    doc.ents = []  # as if the NER had found nothing
    assert [(e.text, e.label_) for e in known(doc).ents] == [("Qatar", "LOC")]


def test_aux_is_a_closed_class(nlp):
    doc = nlp("Varga said the vote would follow.")
    assert doc[0].pos_ != "AUX"
    assert all(t.pos_ != "AUX" for t in doc if t.lower_ not in ("would",))


def test_a_name_split_into_two_subjects_is_joined(nlp):
    from accordwatch.nlp.components import NameRepair

    doc = nlp("Mayor Ivo Serra visited the dam on Monday.")
    ivo, serra, visited = doc[1], doc[2], doc[3]
    serra.head, serra.dep_ = visited, ivo.dep_  # the split as a parser once made it
    NameRepair()(doc)
    assert (serra.head, serra.dep_) == (ivo, "flat")


def test_known_states_and_bodies_get_their_label(nlp):
    from spacy.tokens import Span

    doc = nlp("The European Union and Qatar said the Arab League would meet.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert {("European Union", "ORG"), ("Qatar", "LOC"), ("Arab League", "ORG")} <= ents
    known = nlp.get_pipe("accordwatch_known_names")
    doc = nlp.make_doc("Ivo Jordan met Qatar officials.")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 4, label="PERSON")]
    assert [(e.text, e.label_) for e in known(doc).ents] == [("Ivo Jordan", "PERSON"),
                                                             ("Qatar", "LOC")]


def test_present_tense_copies_for_training():
    from accordwatch.nlp.conllu import Sentence
    from accordwatch.nlp.corpus import present_tense, third_singular

    assert [third_singular(v) for v in ("say", "back", "carry", "push", "go", "be", "have",
                                        "obey")] == ["says", "backs", "carries", "pushes",
                                                     "goes", "is", "has", "obeys"]
    past = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
    sent = Sentence(
        sent_id="s1", doc_id="d1", new_par=True,
        words=["Egypt", "backed", "the", "plan", "and", "they", "were", "glad", "."],
        spaces=[True] * 8 + [False],
        lemmas=["Egypt", "back", "the", "plan", "and", "they", "be", "glad", "."],
        upos=["PROPN", "VERB", "DET", "NOUN", "CCONJ", "PRON", "AUX", "ADJ", "PUNCT"],
        xpos=["NNP", "VBD", "DT", "NN", "CC", "PRP", "VBD", "JJ", "."],
        feats=["_", past, "_", "_", "_", "_", past.replace("Sing", "Plur"), "_", "_"],
        heads=[1, 1, 3, 1, 7, 7, 7, 1, 1],
        deps=["nsubj", "root", "det", "obj", "cc", "nsubj", "cop", "conj", "punct"],
    )
    copy = present_tense(sent)
    assert copy.words[:2] == ["Egypt", "backs"] and copy.words[6] == "were"
    assert copy.xpos[1] == "VBZ" and "Tense=Pres" in copy.feats[1]
    assert copy.heads == sent.heads and copy.lemmas == sent.lemmas
    assert sent.words[1] == "backed"  # the original is untouched
    sent.xpos[1] = "VBP"
    sent.xpos[6] = "VBP"
    assert present_tense(sent) is None  # nothing in the past: no copy


def test_a_capitalised_adverb_after_a_name_is_a_name(nlp):
    from accordwatch.nlp.components import ClosedAux

    doc = nlp("Senator Ivo Prior endorsed the plan. Prior talks had failed.")
    for t in (doc[2], doc[7]):
        t.tag_, t.pos_ = "RB", "ADV"  # as the tagger once read "Prior"
    ClosedAux()(doc)
    assert (doc[2].tag_, doc[2].pos_) == ("NNP", "PROPN")
    assert doc[7].pos_ == "ADV"  # opens its sentence: left alone


def test_a_present_verb_read_as_a_plural_noun_is_a_verb(nlp):
    from accordwatch.nlp.components import ClosedAux

    doc = nlp("The council plans to hold a vote. He gave the party leaders a chance.")
    plans, leaders = doc[2], next(t for t in doc if t.text == "leaders")
    for t in (plans, leaders):
        t.tag_, t.pos_ = "NNS", "NOUN"  # as the tagger may read them
    ClosedAux()(doc)
    assert (plans.tag_, plans.pos_) == ("VBZ", "VERB")
    assert leaders.tag_ == "NNS"  # after a verb of its clause and before 'a': a noun


def test_a_reporting_verb_read_as_a_plural_noun_before_what_it_reports(nlp):
    from accordwatch.nlp.components import ClosedAux

    doc = nlp("The army side denies firing first. The rebel claims that spread were false. "
              "He said the port side admits that it failed.")
    denies, claims, admits = (next(t for t in doc if t.text == w)
                              for w in ("denies", "claims", "admits"))
    for t in (denies, claims, admits):
        t.tag_, t.pos_ = "NNS", "NOUN"  # as the tagger read 'denies' once
    ClosedAux()(doc)
    assert (denies.tag_, denies.pos_) == ("VBZ", "VERB")
    assert claims.tag_ == "NNS"  # a noun more often than a verb: left alone
    assert admits.tag_ == "NNS"  # a verb before it in its clause: 'said' heads it


def test_a_verb_read_as_a_plural_noun_after_the_subject_of_a_reported_clause(nlp):
    from accordwatch.nlp.components import ClosedAux

    doc = nlp("She said her rival favors a strong hand. He told the party leaders a story. "
              "Officials said the party leaders this week agreed to it.")
    favors, leaders, leaders2 = (t for t in doc if t.text in ("favors", "leaders"))
    for t in (favors, leaders, leaders2):
        t.tag_, t.pos_ = "NNS", "NOUN"  # as the tagger read 'favors' once
    ClosedAux()(doc)
    assert (favors.tag_, favors.pos_) == ("VBZ", "VERB")
    assert leaders.tag_ == "NNS"  # 'told' takes two objects
    assert leaders2.tag_ == "NNS"  # its clause has a verb after it: 'agreed'
