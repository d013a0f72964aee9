"""News-oriented tokenizer rules, applied once before training (saved with the model).

The rules follow the tokenization of the treebanks the model learns from (UD EWT, GUM), so
that what the tagger and parser see at run time looks like what they were trained on:

* curly quotes “ ” ‘ ’ are tokens of their own, as straight quotes are; ’s and n’t with a
  curly apostrophe split like 's and n't (spaCy's English defaults already do this);
* em and en dashes are tokens of their own, also between numbers ("2010–2015" -> 2010 – 2015),
  as in GUM, where ranges are three tokens;
* "U.S.", "U.N.", "U.K.", "E.U." and similar dotted abbreviations stay one token (EWT: "U.S."
  is one PROPN token);
* Arabic name prefixes split at the hyphen: "al-Amoudi" -> al - Amoudi, "Al-Din" -> Al - Din.
  EWT and GUM split every hyphenated word this way ("al - Qaeda" in EWT), so keeping
  "al-Amoudi" whole would show the parser a token shape it never saw in training;
  entity spans still cover the whole name because the NER learns from the same split.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex, registry

DOTTED_ABBREVIATIONS = (
    "U.S.",
    "U.N.",
    "U.K.",
    "E.U.",
    "U.A.E.",
    "U.S.A.",
    "D.C.",
    "N.Y.",
    "L.A.",
    "Gen.",
    "Lt.",
    "Col.",
    "Sgt.",
    "Capt.",
    "Sen.",
    "Rep.",
    "Gov.",
    "Amb.",
    "Adm.",
    "Maj.",
)
# Dashes between digits (en dash, em dash, figure dash); letters are already handled.
DIGIT_DASH_INFIX = r"(?<=[0-9])(?:–|—|‒)(?=[0-9])"
# A hyphen after an abbreviation's final dot: "U.S.-backed" -> U.S. - backed.
DOT_HYPHEN_INFIX = r"(?<=[A-Z]\.)(?:-|–|—)(?=[A-Za-z])"


def customize(nlp: Language) -> Language:
    tokenizer = nlp.tokenizer
    for abbr in DOTTED_ABBREVIATIONS:
        tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    infixes = [*nlp.Defaults.infixes, DIGIT_DASH_INFIX, DOT_HYPHEN_INFIX]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


@registry.callbacks("accordwatch.news_tokenizer.v1")
def make_news_tokenizer() -> Callable[[Language], Language]:
    return customize
