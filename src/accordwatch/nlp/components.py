"""Pipeline components added by :func:`accordwatch.nlp.load` on top of the trained model."""

from __future__ import annotations

from itertools import pairwise

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

SENTENCE_BOUNDS = "accordwatch_sentence_bounds"
CLOSED_AUX = "accordwatch_closed_aux"
NAME_REPAIR = "accordwatch_name_repair"
KNOWN_NAMES = "accordwatch_known_names"
CLOSING_QUOTES = frozenset({'"', "”", "’", "''", "»"})
# Abbreviated titles: the name after them belongs to the same sentence ("Rep. Jo Hale said").
TITLE_ABBREVIATIONS = frozenset({
    "mr.", "mrs.", "ms.", "dr.", "prof.", "rep.", "reps.", "sen.", "sens.", "gov.", "lt.",
    "gen.", "col.", "maj.", "capt.", "sgt.", "adm.", "cmdr.", "amb.", "rev.", "pres.",
    "hon.", "gens.", "cpl.", "insp.", "supt.", "atty.", "sec.",
})


# Words that often open a sentence: after a capitalised word they may still start one
# ("… reaches Ostrava The ministry said …" in text that lost its full stop).
SENTENCE_OPENERS = frozenset({
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
    "those", "his", "her", "its", "their", "our", "my", "in", "on", "at", "but", "and", "or",
    "after", "before", "when", "as", "if", "there", "some", "many", "one", "two", "three",
    "for", "with", "by", "from", "while", "since", "although", "though", "yet", "so", "still",
    "meanwhile", "however", "according", "asked", "no", "not", "more", "most", "all", "both",
})


class SentenceBounds:
    """Fix the sentence boundaries the parser may not choose for itself.

    Every boundary set here is respected by the parser, which decides all the others:

    - a paragraph break (a run of ``min_newlines`` newlines) always starts a sentence; without
      this, a paragraph that ends without punctuation (a headline, a dateline, a caption) runs
      on into the next;
    - a quotation closed right after a period and followed by a capitalised word ('a goal of
      "Peace Through Trade." He told …') ends its sentence: the parser, trained on text with few
      quotations, sometimes runs the two sentences together;
    - a comma or an abbreviated title never ends a sentence, nor does a word followed on its
      line by a lower-case word, or a capitalised word followed by another that opens no
      sentence (``_runs_on``). The treebanks hold many headings, signatures and lists, so the
      parser learnt to break before capitalised words ("Analyst | Jon Prior said", "Rep. | Jo
      Hale"), which cuts titles and first names off their subjects.
    """

    def __init__(self, min_newlines: int = 2) -> None:
        self.min_newlines = min_newlines

    def __call__(self, doc: Doc) -> Doc:
        for i, token in enumerate(doc[:-1]):
            following = doc[i + 1]
            paragraph = token.is_space and token.text.count("\n") >= self.min_newlines
            quote_end = (token.text in CLOSING_QUOTES and i > 0 and token.whitespace_ != ""
                         and doc[i - 1].text == "." and not doc[i - 1].whitespace_
                         and following.text[:1].isupper())
            if paragraph or quote_end:
                following.is_sent_start = True
            elif not token.is_space and not following.is_space and _runs_on(token, following):
                following.is_sent_start = False
        return doc


def _runs_on(token: Token, following: Token) -> bool:
    """Whether no sentence can start at ``following``, the token after ``token`` on its line:
    after a comma or an abbreviated title, before a lower-case word that follows a word, or
    between two capitalised words the second of which opens no sentence ('Analyst | Jon')."""
    text = token.text
    if text == "," or text.lower() in TITLE_ABBREVIATIONS:
        return True
    if not text[-1:].isalnum():
        return False
    if following.text[:1].islower():
        return True
    return token.is_alpha and text[:1].isupper() and following.is_alpha \
        and following.text[:1].isupper() and following.lower_ not in SENTENCE_OPENERS


# Every form the treebanks tag AUX (be, have, do, the modals, get, their contractions).
AUX_WORDS = frozenset({
    "be", "am", "is", "are", "was", "were", "been", "being", "'s", "’s", "'re", "’re", "'m",
    "’m", "s", "have", "has", "had", "having", "'ve", "’ve", "'d", "’d", "do", "does", "did",
    "done", "doing", "will", "would", "shall", "should", "can", "could", "ca", "may", "might",
    "must", "ought", "'ll", "’ll", "wo", "need", "dare", "get", "gets", "got", "getting",
    "gotten",
})
POS_OF_TAG = {"NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "JJ": "ADJ",
              "VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB",
              "VBZ": "VERB", "_SP": "SPACE", "RB": "ADV"}


class ClosedAux:
    """Settle two disagreements of the morphologizer (part of speech) with the tagger (tag).

    - AUX is a closed class, but the morphologizer sometimes gives it to an unknown name at the
      start of a short sentence ("Varga said …"): such a word gets the part of speech of its tag.
    - A capitalised word tagged a proper noun inside a sentence but given ADV, AUX or VERB
      ("Prior" of "Jon Prior said") is a proper noun, and so is a capitalised word tagged an
      adverb right after a proper noun and before a lower-case word ("Ivo Prior endorsed").
    - A present verb tagged a plural noun in a clause with no verb ("the council plans to
      make …", "Ruiz favors a …") is a verb (``_verb_read_as_plural``), and so is a reporting
      verb's base form tagged a noun but given VERB right after a plural or named subject
      ("Officials in Corvane reject that reading", ``_present_verb_read_as_noun``).
    - An -ing word tagged a noun or adjective right after a form of "be" and before an object,
      "that" or "to" and a verb ("Ruiz is warning voters that …", "is promising to help") is
      a progressive verb (``_progressive_read_as_noun``).

    Without this the rules drop the word from a source as an adverb or a verb.
    """

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.pos_ == "AUX" and token.lower_ not in AUX_WORDS:
                pos = POS_OF_TAG.get(token.tag_)
                if pos is not None:
                    token.pos_ = pos
            elif token.tag_ in ("NNP", "NNPS") and token.pos_ in ("ADV", "AUX", "VERB") \
                    and token.is_title and token.i > 0 and doc[token.i - 1].is_alpha:
                token.pos_ = "PROPN"
            elif token.tag_ == "RB" and token.is_title and 0 < token.i < len(doc) - 1 \
                    and doc[token.i - 1].pos_ == "PROPN" and doc[token.i - 1].is_title \
                    and doc[token.i - 1].whitespace_ and doc[token.i + 1].is_lower:
                token.tag_, token.pos_ = "NNP", "PROPN"  # "Senator Ivo Prior endorsed …"
        for token in doc:
            if _present_verb_read_as_noun(token):
                token.tag_, token.pos_ = "VBP", "VERB"
            elif _verb_read_as_plural(token):
                token.tag_, token.pos_ = "VBZ", "VERB"
            elif _progressive_read_as_noun(token):
                token.tag_, token.pos_ = "VBG", "VERB"
            elif _periodical_read_as_adjective(token) or _feeling_read_as_verb(token):
                token.tag_, token.pos_ = "NN", "NOUN"
            elif _past_after_apposition(token):
                token.tag_, token.pos_ = "VBD", "VERB"
        return doc


def _past_after_apposition(token: Token) -> bool:
    """'Oskar Lind, a former prime minister of Telmark, confirmed on Tuesday that …': a verb of
    the reporting lexicon tagged a participle right after the comma that closes an apposition
    to a name opening the sentence, with no verb before it, is the sentence's past verb."""
    from accordwatch.attribution import lexicons

    doc, i = token.doc, token.i
    if token.tag_ != "VBN" or i < 4 or doc[i - 1].text != "," \
            or lexicons.reporting_verbs().lemma(token.lower_) is None:
        return False
    lo = i - 1
    while lo > 0 and not doc[lo - 1].is_sent_start and doc[lo - 1].text not in (".", "?", "!",
                                                                                "\n", ";"):
        lo -= 1
    if lo > 0 and doc[lo - 1].is_sent_start and doc[lo - 1].text not in (".", "?", "!", ";"):
        lo -= 1
    before = doc[lo : i - 1]
    commas = [t.i for t in before if t.text == ","]
    if len(commas) != 1 or not doc[lo].is_title or doc[lo].tag_ not in ("NNP", "NNPS"):
        return False
    return commas[0] > lo and all(t.tag_ in ("NNP", "NNPS") or t.text in (".",)
                                  for t in doc[lo : commas[0]]) and not any(
        t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in before)


_PERIODICALS = frozenset({"daily", "weekly", "monthly"})
_VOICED = frozenset({"expressed", "voiced", "expresses", "voices", "expressing", "voicing"})
_FELT = frozenset({"hope", "concern", "fear", "doubt", "regret", "support", "confidence"})


def _feeling_read_as_verb(token: Token) -> bool:
    """'He expressed hope that …': the object of 'expressed' or 'voiced', not a second verb."""
    return token.lower_ in _FELT and token.tag_ in ("VB", "VBP") and token.i > 0 \
        and token.doc[token.i - 1].lower_ in _VOICED


def _periodical_read_as_adjective(token: Token) -> bool:
    """'the daily said', 'the Arabic-language daily reported', 'told the weekly': a
    newspaper, not an adjective, when no noun follows ('the daily newspaper', 'a daily
    basis' keep the adjective)."""
    if token.lower_ not in _PERIODICALS or token.pos_ == "NOUN" or token.i == 0:
        return False
    prev = token.doc[token.i - 1]
    if prev.tag_ not in ("DT", "JJ", "PRP$", "POS", "NNP", "HYPH") and prev.lower_ not in (
            "the", "a", "an", "another", "this", "that"):
        return False
    if token.i + 1 == len(token.doc):
        return True
    nxt = token.doc[token.i + 1]
    if token.is_lower and nxt.is_title and nxt.tag_ in ("NNP", "NNPS"):
        return True  # 'the daily Ostra Vesti': the noun and the paper's name
    return nxt.tag_ not in ("NN", "NNS", "NNP", "NNPS", "JJ", "CD", "HYPH") \
        and nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")


# Clause edges, sentence ends included: this runs before the parser, so no sentence is set.
_CLAUSE_EDGES = frozenset({",", ";", ":", "—", "–", "(", ")", '"', "“", "”", ".", "?", "!"})


def _verb_read_as_plural(token: Token) -> bool:
    """'the council plans to make …', 'Ruiz favors a …': a present verb tagged a plural noun,
    in a clause (up to a comma, a colon, a dash or a sentence's final mark) that then has no
    verb at all.  It follows a noun (its subject) and is
    followed by 'to' and a bare verb, or by a determiner."""
    doc = token.doc
    i = token.i
    if token.tag_ != "NNS" or not token.lower_.endswith("s") or token.lower_.endswith("ss") \
            or i == 0 or i + 2 >= len(doc) or doc[i - 1].pos_ not in ("NOUN", "PROPN"):
        return False
    infinitive = doc[i + 1].lower_ == "to" and doc[i + 2].tag_ == "VB"
    topic = doc[i - 1].pos_ == "PROPN" and _speaks_of(token.lower_, doc[i + 1].lower_)
    headline = _headline_verb(token)
    if doc[i + 1].lower_ == "that" and token.lower_ in _CLAUSE_VERB_FORMS \
            or doc[i + 1].tag_ == "VBG" and _reporting_form(token.lower_):
        # 'The government side denies trying to …', 'The army side insists that …': a verb of
        # the reporting lexicon before what it reports, the clause having no other verb
        # ('Police estimates suggesting 4,000 marchers were disputed' has one)
        after = doc[i + 1 : _clause_end(doc, i)] if doc[i + 1].tag_ == "VBG" else []
        return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD")
                       for t in (*doc[_clause_start(doc, i) : i], *after))
    reported = _subject_of_reported_clause(doc, i)
    if not (infinitive or topic or headline or reported) \
            and doc[i + 1].lower_ not in ("a", "an", "the"):
        return False
    lo = _clause_start(doc, i)
    hi = i + 1
    while hi < len(doc) and doc[hi].text not in _CLAUSE_EDGES and not doc[hi].is_sent_start \
            and not (headline and doc[hi].lower_ in _HEADLINE_CLAUSES):
        hi += 1
    finite = ("VBD", "VBZ", "VBP", "MD")
    if any(t.tag_ in finite for t in doc[i + 1 : hi]):
        return False
    # after a verb of its clause ('said the council plans to …') only with an infinitive:
    # 'gave the party leaders a chance' has its plural noun before a determiner
    return infinitive or reported or not any(t.tag_ in finite for t in doc[lo:i])


# past and present forms of verbs that take a clause and seldom a noun phrase and then a
# second one: after them, 'said her rival favors a …' has its verb in 'favors'
_CLAUSE_TAKING_FORMS = frozenset(
    f"{lemma}{end}" for lemma in (
        "say", "believe", "think", "argue", "insist", "contend", "claim", "maintain",
        "add", "note", "stress", "suggest", "predict", "admit", "acknowledge", "concede",
        "allege", "assert", "fear", "hope", "know", "agree", "complain", "conclude")
    for end in ("", "s", "d", "ed")
) | {"said", "says", "thought", "knew", "worry", "worries", "worried"}
_NOUN_PHRASE_WORDS = frozenset({"DT", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "CD",
                                "HYPH"})


def _subject_of_reported_clause(doc, i: int) -> bool:
    """'She said her rival favors a “strongman approach”', 'Democrats say the advantage
    obscures concerns about …': the plural-looking word ends the noun phrase right after a
    verb that takes a clause, and a noun phrase starts after it, so it is the clause's verb.
    (The caller checks that its clause has no other verb after it.)"""
    if doc[i + 1].tag_ not in ("DT", "PRP$", "JJ", "NN", "NNS", "CD") and not (
            doc[i + 1].tag_ == "IN" and i + 2 < len(doc)
            and doc[i + 2].tag_ in ("DT", "PRP$", "JJ", "NN", "NNS", "NNP", "CD")):
        return False  # also 'says the phase hangs on a few men'
    k = i - 1
    while k > 0 and doc[k].tag_ in _NOUN_PHRASE_WORDS and not doc[k].is_sent_start:
        k -= 1
    return k < i - 1 and doc[k].tag_ in ("VBD", "VBZ", "VBP") \
        and doc[k].lower_ in _CLAUSE_TAKING_FORMS


def _present_verb_read_as_noun(token: Token) -> bool:
    """'Officials in Corvane reject that reading': a base form of the reporting lexicon that
    the tagger called a singular noun and the morphologizer a verb, right after its plural or
    named subject, in a clause with no other verb."""
    from accordwatch.attribution import lexicons

    doc = token.doc
    i = token.i
    if token.tag_ != "NN" or not token.is_lower or i == 0 \
            or doc[i - 1].tag_ not in ("NNS", "NNPS", "NNP") \
            or lexicons.reporting_verbs().lemma(token.lower_) != token.lower_:
        return False
    finite = ("VBD", "VBZ", "VBP", "MD")
    if any(t.tag_ in finite for t in doc[_clause_start(doc, i) : i]):
        return False
    if token.lower_ in _CLAUSE_TAKING_FORMS and i + 2 < len(doc) and doc[i + 1].lower_ == "that" \
            and _plural_subject_before(doc, i) \
            and doc[i + 2].tag_ in ("DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "JJ", "CD"):
        return True  # 'Environmentalists worry that the cost could …': a clause follows
    if i + 1 < len(doc) and doc[i + 1].tag_ == "VBG" and doc[i - 1].tag_ in ("NNS", "NNPS") \
            and not any(t.tag_ in finite for t in doc[i + 1 : _clause_end(doc, i)]):
        return True  # 'The Brigades deny firing the rockets': a verb before its gerund
    return token.pos_ == "VERB" and not any(
        t.tag_ in finite for t in doc[i + 1 : _clause_end(doc, i)])


def _plural_subject_before(doc, i: int) -> bool:
    """'Environmentalists worry', 'Residents of Kesh worry', 'They worry': a plural noun or
    pronoun opens the words before token ``i`` (a phrase of place after it), not 'Wall Street
    worry' or 'Amid Wall Street worry'."""
    lo = _clause_start(doc, i)
    if lo > 0 and doc[lo - 1].is_sent_start and doc[lo - 1].text not in _CLAUSE_EDGES:
        lo -= 1  # the clause opens its sentence
    if lo < i and doc[lo].lower_ in ("but", "and", "yet", "so"):
        lo += 1
    if lo == i - 1 and doc[lo].lower_ in ("they", "we"):
        return True
    head = next((k for k in range(lo, i) if doc[k].tag_ in ("NNS", "NNPS")), None)
    if head is None or any(doc[k].tag_ not in ("DT", "JJ", "CD", "NN", "PRP$")
                           for k in range(lo, head)):
        return False
    return all(doc[k].tag_ in ("IN", "DT", "NNP", "NNPS", "NN", "NNS", "JJ")
               for k in range(head + 1, i))


def _clause_start(doc, i: int) -> int:
    """Where the clause of token ``i`` starts: after a clause edge or at a sentence start."""
    lo = i
    while lo > 0 and doc[lo - 1].text not in _CLAUSE_EDGES and not doc[lo - 1].is_sent_start:
        lo -= 1
    return lo


def _clause_end(doc, i: int) -> int:
    """Where the clause of token ``i`` ends: at a clause edge or the next sentence."""
    hi = i + 1
    while hi < len(doc) and doc[hi].text not in _CLAUSE_EDGES and not doc[hi].is_sent_start:
        hi += 1
    return hi


# -s forms that take a that-clause and are seldom nouns ('denies that', not 'worries that')
_CLAUSE_VERB_FORMS = frozenset({
    "denies", "insists", "admits", "argues", "contends", "maintains", "alleges", "asserts",
    "acknowledges", "concedes", "says", "believes", "thinks", "warns", "predicts", "confirms",
    "explains", "agrees", "stresses", "suggests", "doubts"})


def _reporting_form(form: str) -> bool:
    """An -s form of the reporting lexicon that is seldom a noun ('denies', 'insists', not
    'claims' or 'reports')."""
    from accordwatch.attribution import lexicons

    return form not in _HEADLINE_NOUNS and form not in _PLURAL_NOUNS \
        and lexicons.reporting_verbs().lemma(form) is not None


# the words that open a second clause of a headline ('… as monitors investigate')
_HEADLINE_CLAUSES = frozenset({"as", "after", "while", "amid", "before", "despite", "until"})


# -s forms that head a headline's subject more often than they are its verb ('Election
# promises cost billions', 'Rebel demands spark anger')
_HEADLINE_NOUNS = frozenset({"claims", "reports", "statements", "promises", "demands",
                             "pledges", "warnings", "plans", "remarks", "proposals",
                             "offers", "threats", "vows", "denials", "concerns", "fears",
                             "hopes", "doubts", "questions", "answers", "reforms", "cuts"})


def _headline_verb(token: Token) -> bool:
    """'Government denies rebel claim of shelling as monitors investigate': in a line with no
    final punctuation (a headline), the -s form of a reporting verb between the line's first
    noun phrase and a noun or an adjective (headlines drop articles) is the verb."""
    from accordwatch.attribution import lexicons

    doc = token.doc
    i = token.i
    if token.lower_ in _PLURAL_NOUNS or token.lower_ in _HEADLINE_NOUNS \
            or doc[i + 1].tag_ not in ("NN", "NNS", "NNP", "NNPS", "JJ", "CD"):
        return False
    lemma = lexicons.reporting_verbs().lemma(token.lower_)
    if lemma is None or " " in lemma:
        return False
    k = i - 1  # the line opens with the subject: capitalised words or nouns only
    while k >= 0 and "\n" not in doc[k].text_with_ws and doc[k].tag_ in (
            "NN", "NNS", "NNP", "NNPS", "JJ", "POS", "DT"):
        k -= 1
    if k >= 0 and "\n" not in doc[k].text_with_ws and doc[k].text not in (";", "—", "–"):
        return False  # a line's first clause, or one after a semicolon or a dash
    j = i + 1
    while j < len(doc) and "\n" not in doc[j - 1].text_with_ws:
        j += 1
    last = doc[j - 1] if "\n" in doc[j - 1].text_with_ws or j == len(doc) else None
    while last is not None and last.is_space and last.i > i:
        last = doc[last.i - 1]
    if last is not None and last.text in ("”", '"', "’", "'") and last.i > i + 1:
        last = doc[last.i - 1]  # '… “a first step”' ends a headline; '… step.”' a sentence
    return last is not None and last.text not in (".", "!", "?")


# topic verbs whose -s form is a common plural noun in headlines
_PLURAL_NOUNS = frozenset({"talks", "comments", "points", "rules"})


def _speaks_of(form: str, nxt: str) -> bool:
    """'warns of', 'speaks about': a verb of the reporting lexicon whose object, after this
    preposition, is what was spoken of (headlines: 'Varga warns of delays')."""
    from accordwatch.attribution import lexicons

    if form in _PLURAL_NOUNS:
        return False  # 'Geneva talks about a swap resume', 'Ruiz comments on the truce spark …'
    rv = lexicons.reporting_verbs()
    lemma = rv.lemma_before(form, nxt)
    return lemma is not None and lemma in rv.topic and lemma.endswith(" " + nxt)


_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "'s", "'re", "’s", "’re", "am"})
_ING_NOUNS = frozenset({"thing", "something", "nothing", "anything", "everything", "morning",
                        "evening", "spring", "king", "ring", "wing", "string", "ceiling",
                        "sibling", "offspring", "pudding", "darling", "viking"})
_OBJECT_STARTS = frozenset({"DT", "PRP", "PRP$", "NNP", "NNPS", "CD", "NNS", "NN", "JJ"})


def _progressive_read_as_noun(token: Token) -> bool:
    """'Ruiz is warning voters that …', 'Ruiz is promising to help …': an -ing word tagged a
    noun or an adjective right after a form of 'be' (adverbs between) and before an object
    (a determiner, a pronoun, a name, a number, an adjective, or a noun followed by 'that' or
    'to' and a verb), 'that', or 'to' and a bare verb.  'The plan is promising.', 'is
    something' and 'There were warning signs' stay as they are."""
    doc = token.doc
    i = token.i
    low = token.lower_
    if token.tag_ not in ("NN", "JJ") or not low.endswith("ing") or len(low) < 6 \
            or low in _ING_NOUNS or not token.is_lower or i == 0 or i + 1 >= len(doc):
        return False
    k = i - 1
    while k > 0 and doc[k].tag_ == "RB":
        k -= 1
    if doc[k].lower_ not in _BE_FORMS or doc[k].tag_ == "POS":
        return False  # not 'Serra's warning that …'
    j = k - 1
    while j >= 0 and doc[j].pos_ in ("AUX", "ADV", "PART"):
        j -= 1
    if j >= 0 and doc[j].lower_ == "there":
        return False  # 'There were warning signs that …'
    nxt = doc[i + 1]
    if nxt.text in (".", "!", "?"):
        return _trailing_saying(doc, i, j)
    if nxt.lower_ == "to":
        return i + 2 < len(doc) and doc[i + 2].tag_ == "VB"
    if nxt.tag_ in ("NN", "NNS"):
        # 'is warning voters that …', 'is urging residents to leave'; not 'was warning shots
        # fired near the border', which the -ing word modifies
        after = doc[i + 2] if i + 2 < len(doc) else None
        return after is not None and (after.lower_ == "that" or after.lower_ == "to"
                                      and i + 3 < len(doc) and doc[i + 3].tag_ == "VB")
    return nxt.lower_ == "that" or nxt.tag_ in _OBJECT_STARTS


_SUBJECT_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP", "POS", "CD"})


def _trailing_saying(doc: Doc, i: int, j: int) -> bool:
    """'The truce is fragile, the envoys are warning.': a reporting verb's -ing form ending a
    sentence after a comma, a short subject and a form of 'be' (``j``: the subject's last
    word) is the trailing cue of what came before; not 'The plan is promising.' nor '…, and
    the plan is promising.'."""
    from accordwatch.attribution import lexicons

    if lexicons.reporting_verbs().lemma(doc[i].lower_) is None:
        return False
    k = j
    while k > 0 and j - k < 6 and doc[k].tag_ in _SUBJECT_TAGS:
        k -= 1
    return k < j and doc[k].text == "," and doc[k + 1].tag_ != "CC"


@Language.factory(CLOSED_AUX)
def make_closed_aux(nlp: Language, name: str) -> ClosedAux:
    return ClosedAux()


@Language.factory(SENTENCE_BOUNDS, default_config={"min_newlines": 2})
def make_sentence_bounds(nlp: Language, name: str, min_newlines: int) -> SentenceBounds:
    return SentenceBounds(min_newlines)


class NameRepair:
    """Join a name the parser split into two words of one relation ("Ivo" and "Serra" both the
    subject of "visited"): the second becomes a ``flat`` part of the first, as UD writes names.
    A capitalised subject tagged a verb or an interjection is a proper noun.
    """

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.is_title and token.head.i > token.i and token.i + 1 < len(doc) and (
                    token.dep_ == "nsubj" and (
                        token.tag_ in ("VB", "VBP", "UH", "NN") and token.pos_ in ("VERB", "INTJ")
                        or token.tag_ == "VB" and token.pos_ == "NOUN"
                        or token.tag_ in ("NNP", "NNPS") and token.pos_ in ("VERB", "AUX", "ADV"))
                    or token.tag_ in ("VB", "VBP") and token.pos_ == "VERB" and any(
                        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == token.i - 1
                        for c in token.children)):
                # 'Orn this week also said …': a name the tagger could not place opening its
                # sentence, which the parse still made the subject; 'Bill Farrant' with a
                # first name hung on it
                token.tag_, token.pos_ = "NNP", "PROPN"
        for left, right in pairwise(doc):
            if left.whitespace_ == " " and left.head == right.head and left.head not in (left, right) \
                    and left.dep_ == right.dep_ \
                    and left.dep_ not in ("conj", "flat", "ROOT", "compound") \
                    and _name_word(left) and _name_word(right) and not any(
                        c.i < left.i for c in right.children) and not any(
                        c.i > right.i for c in left.children):
                right.head = left
                right.dep_ = "flat"
        return doc


def _name_word(token: Token) -> bool:
    return token.tag_ in ("NNP", "NNPS") and token.text[:1].isupper() and token.is_alpha \
        and token.lower_ not in CALENDAR_WORDS  # 'told NBC Monday': a day is no part of a name


CALENDAR_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "today", "yesterday", "tomorrow",
})


@Language.factory(NAME_REPAIR)
def make_name_repair(nlp: Language, name: str) -> NameRepair:
    return NameRepair()


class KnownNames:
    """Label the names of states (LOC) and of well-known bodies (ORG) as such.

    The statistical NER is the weakest part of the pipeline and errs on the very names a
    ceasefire report is full of ('Qatar' as a person, 'United Nations' as a place, 'European
    Union' missed). An entity whose whole text is a listed name gets the list's label; a listed
    name no entity touches becomes one. A listed name inside a longer entity is left alone
    ('Ivo Jordan' stays a person). The lists are the attribution lexicons ``countries.txt`` and
    ``organization_names.txt``.
    """

    def __init__(self, nlp: Language, names: dict[str, list[str]]) -> None:
        self.labels: dict[str, str] = {}
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for label, entries in names.items():
            for entry in entries:
                self.labels[entry] = label
            self.matcher.add(label, [nlp.make_doc(entry) for entry in entries])

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        changed = False
        for k, ent in enumerate(ents):
            text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            label = self.labels.get(text)
            if label is not None and ent.label_ != label \
                    and not _in_a_longer_name(doc, ent.start, ent.end):
                ents[k] = Span(doc, ent.start, ent.end, label=label)
                changed = True
        taken = {i for ent in ents for i in range(ent.start, ent.end)}
        found = [Span(doc, a, b, label=doc.vocab.strings[key]) for key, a, b in self.matcher(doc)]
        new = [s for s in filter_spans(found) if not any(i in taken for i in range(s.start, s.end))
               and not _in_a_longer_name(doc, s.start, s.end)]
        if new or changed:
            doc.ents = sorted(ents + new, key=lambda s: s.start)
        return doc


def _in_a_longer_name(doc: Doc, a: int, b: int) -> bool:
    """'Mira Oman', 'Mr. Jordan', 'Jordan Vale': a listed name with a title or another
    capitalised name word right next to it names someone else."""
    before = doc[a - 1] if a > 0 else None
    after = doc[b] if b < len(doc) else None
    if before is not None and (before.lower_ in TITLE_ABBREVIATIONS or _name_word(before)
                               and before.lower_ not in SENTENCE_OPENERS):
        return True
    return after is not None and _name_word(after)


@Language.factory(KNOWN_NAMES)
def make_known_names(nlp: Language, name: str) -> KnownNames:
    from accordwatch.attribution import lexicons  # the lists live with the attribution rules

    return KnownNames(nlp, {"LOC": lexicons.read_list("countries.txt", lower=False),
                            "ORG": lexicons.read_list("organization_names.txt", lower=False)})
