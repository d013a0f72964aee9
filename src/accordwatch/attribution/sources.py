"""Who a source is: its type, its canonical name, how many anonymous people it stands for.

``SourceResolver`` walks an article in reading order.  It remembers the people, outlets and
groups it has seen so that later pronouns ("he", "they"), role nouns ("the spokesperson",
"the daily", "the report") and short names ("Qassem") carry the canonical name of the mention
they refer to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from accordwatch.attribution import lexicons as lx
from accordwatch.attribution.spans import NAME_LINKS, char_range, dep
from accordwatch.attribution.surface import np_head

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
THING_PRONOUNS = frozenset({"it", "its"})
_GROUP_PRONOUNS = frozenset({"them", "those", "these", "us", "you"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
BACK_REFERENCE_DETS = frozenset({"the", "one", "another", "both", "these", "those", "this", "that"})
TITLE_WORDS = lx.word_set("titles.txt")
# the titles only a person bears ('Mr. Orn'); not 'President', which a body may have too
_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sen",
                         "sen.", "rep", "rep.", "gov", "gov.", "gen", "gen.", "prof", "prof.",
                         "sir", "dame", "lt", "lt.", "col", "col.", "capt", "capt.", "sgt",
                         "sgt.", "rev", "rev."})
NAME_PARTICLES = frozenset({"al", "el", "bin", "ben", "ibn", "abu", "de", "da", "van", "von", "-"})
ENT_TYPES = {"PERSON": "person", "PER": "person", "ORG": "organization", "NORP": "organization",
             "LOC": "place", "GPE": "place", "FAC": "place"}


@dataclass
class Resolved:
    """A source mention with its resolution; ``refers_back`` marks "the sources", "they",
    "one source": mentions of a group already introduced, which keep that group's chain."""

    start: int
    end: int
    text: str
    name: str | None
    type: str
    count: int | None = None
    plural: bool = False
    refers_back: bool = False
    head_lower: str = ""


@dataclass
class _Memory:
    persons: dict[str, str] = field(default_factory=dict)  # last name -> full name
    roles: dict[str, str] = field(default_factory=dict)  # role noun -> full name
    outlets: dict[str, str] = field(default_factory=dict)  # lower name -> name
    bodies: dict[str, tuple[str, str]] = field(default_factory=dict)  # lower -> (name, type)
    kinds: dict[str, str] = field(default_factory=dict)  # lower name -> source type
    last_person: Resolved | None = None
    last_group: Resolved | None = None  # plural or collective source
    last_outlet: str | None = None
    last_thing: Resolved | None = None  # organization, government, outlet or document
    # people and groups the article mentions whether or not they spoke: antecedents of last
    # resort for "she" or "they" when no source came before
    mentioned_person: str | None = None
    # the people named in the current sentence (token index, name), and the one named before
    # it: 'She said Ana Ruiz favours …' never makes Ana Ruiz the antecedent of 'She'
    mentioned_here: list[tuple[int, str]] = field(default_factory=list)
    mentioned_before: str | None = None
    mentioned_group: tuple[str, str] | None = None  # (name, type)
    # sentence numbers: a named person who is the subject of a sentence after the last person
    # source is the nearer antecedent of 'she' ('Varga, a former judge, dismissed … She said')
    sentence: int = 0
    last_person_at: int = -1
    subject_person: tuple[str, int] | None = None


class SourceResolver:
    """Resolves source mentions of one article, in reading order."""

    def __init__(self) -> None:
        self.mem = _Memory()
        self._states: dict[str, bool] = {}  # one-word name -> shown to be a state
        self._outlet_words = lx.word_set("outlet_words.txt")
        self._outlet_names = lx.case_sensitive_set("outlet_names.txt")
        self._gov = lx.phrase_tuples("government_words.txt")
        self._anon_nouns = lx.word_set("anonymous_nouns.txt")
        self._anon_markers = lx.read_list("anonymous_markers.txt")
        self._doc_words = lx.word_set("document_words.txt")
        self._org_words = lx.word_set("organization_words.txt")
        self._roles = lx.word_set("person_roles.txt")
        self._numbers = lx.number_words()

    # -- what the article mentions, whether or not it is a source ------------------------------

    def observe(self, sent: Span) -> None:
        """Remember named people, their roles, and outlets mentioned in ``sent``."""
        doc = sent.doc
        self.mem.sentence += 1
        self.mem.mentioned_before, self.mem.mentioned_here = self.mem.mentioned_person, []
        for ent in sent.ents:
            label = ENT_TYPES.get(ent.label_)
            name = _strip_titles(ent)
            if not name:
                continue
            if self._is_outlet_name(name):
                self._remember_outlet(name)
            elif label == "person" and not _country(name) and not self._org_name(name) \
                    and not (len(ent) == 1 and ent.end < sent.end and doc[ent.end].is_lower
                             and doc[ent.end].pos_ in ("NOUN", "ADJ")):
                # not 'Callistani' of 'the Callistani news agency': a word of nationality
                self._remember_person(name, ent)
                self._mention_person(name, ent.start)
                if (dep(ent.root) in ("nsubj", "nsubj:pass") or ent.start == sent.start) and not any(
                        t.lower_ in PERSON_PRONOUNS for t in sent if t.i < ent.start):
                    self.mem.subject_person = (self._canonical(name), self.mem.sentence)
            elif label == "organization":
                self.mem.mentioned_group = (name, "organization")
        self._observe_named_roles(sent)
        first = sent[0]
        if first.is_title and first.lower_ in self.mem.persons and (
                first.i + 1 >= sent.end or not doc[first.i + 1].is_title):
            # 'Varga, a former judge, then left': a known name opening the sentence
            self.mem.subject_person = (self.mem.persons[first.lower_], self.mem.sentence)
        for tok in sent:
            if tok.lower_ in self._outlet_words and tok.pos_ == "NOUN":
                run = _propn_run_after(doc, tok.i + 1, sent.end)
                if run:
                    self._remember_outlet(run)
        for name in outlets_by_role(sent, self._outlet_words):
            if self.mem.kinds.get(name.lower()) != "person" or self._is_outlet_name(name):
                self._remember_outlet(name)
        self._observe_bodies(sent)
        for tok in sent:  # "The Harbour Authority closed the port": a group they may refer to
            if dep(tok) == "nsubj" and tok.lower_ in self._org_words and tok.pos_ == "PROPN":
                run = _propn_run_around(doc, tok, sent.start, sent.end)
                if run and run.lower() not in self.mem.outlets:
                    self.mem.mentioned_group = (run, "organization")

    def _observe_named_roles(self, sent: Span) -> None:
        """'the secretariat's spokesperson, Omar Fakhoury, urged caution': a name set off after
        a role noun is a person, whatever the entity tagger called it, and the subject when a
        verb follows the apposition."""
        doc = sent.doc
        named: list[tuple[int, int]] = []
        for tok in sent:
            if tok.lower_ in self._roles and tok.is_title and tok.i + 2 < sent.end \
                    and not doc[tok.i + 1].ent_type_:
                # 'Foreign Minister Lena Varga leads the team', the tagger having missed her
                b = tok.i + 1
                while b < sent.end and _proper(doc[b]) and doc[b].is_title and _is_name_part(doc[b]):
                    b += 1
                name = doc[tok.i + 1 : b].text
                if 2 <= b - tok.i - 1 <= 3 and not _country(name) and not self._org_name(name) \
                        and not self._is_outlet_name(name) and not any(
                            lx.reporting_verbs().lemma(u.lower_) and u.lower_.endswith("s")
                            for u in doc[tok.i + 1 : b]):  # 'Minister Acknowledges Errors'
                    self._remember_person(name, doc[tok.i + 1 : b])
                    named.append((tok.i + 1, b))
                continue
            if tok.lower_ not in self._roles or tok.pos_ != "NOUN" or tok.i + 3 >= sent.end \
                    or doc[tok.i + 1].text != ",":
                continue
            first = doc[tok.i + 2]
            if not (_proper(first) and first.is_title):
                continue
            b = first.i
            while b < sent.end and _is_name_part(doc[b]):
                b += 1
            if b >= sent.end or doc[b].text != "," or b - first.i > 4:
                continue
            name = _propn_run_around(doc, first, first.i, b)
            if not name or _country(name) or self._org_name(name) or self._is_outlet_name(name):
                continue
            self._remember_person(name, doc[first.i : b])
            self.mem.roles[tok.lower_] = self._canonical(name)
            self._mention_person(name, first.i)
            nxt = doc[b + 1] if b + 1 < sent.end else None
            if nxt is not None and nxt.pos_ in ("VERB", "AUX", "ADV"):
                self.mem.subject_person = (self._canonical(name), self.mem.sentence)
        others = [t for t in sent if t.pos_ == "PROPN" and t.is_title and t.i > sent.start
                  and not any(a - 1 <= t.i < b for a, b in named)
                  and t.i + 1 < sent.end and doc[t.i + 1].pos_ == "PROPN"]
        if len(named) == 1 and not self.mem.mentioned_here and not others:
            # 'Mayor Ilse Brandt arrived at noon.': the one person the sentence names is whom
            # a 'she' after it may mean; with another name ('… met Governor Piet Olam', 'was
            # questioned by Rolf Dane') no guess is made
            a, b = named[0]
            name = self._canonical(doc[a:b].text)
            self.mem.mentioned_here.append((a, name))
            self.mem.mentioned_person = name
            if any(dep(t) == "nsubj" for t in doc[a:b]) and not any(
                    t.lower_ in PERSON_PRONOUNS for t in sent if t.i < a):
                self.mem.subject_person = (name, self.mem.sentence)

    def _mention_person(self, name: str, at: int) -> None:
        self.mem.mentioned_person = self._canonical(name)
        self.mem.mentioned_here.append((at, self.mem.mentioned_person))

    def _remember_person(self, name: str, ent: Span) -> None:
        parts = [p for p in re.split(r"[\s\-]+", name) if p]
        if len(parts) >= 2:
            self.mem.persons[parts[-1].lower()] = name
        self.mem.kinds[name.lower()] = "person"
        doc = ent.doc
        for i in range(max(ent.start - 3, ent.sent.start), ent.start):
            # 'Judge Ana Ruiz', 'the judge, Ana Ruiz,', 'Foreign Minister Lena Varga'; not
            # 'The judge said Ruiz …' (a verb between) nor 'the envoy and Ruiz'
            if doc[i].lower_ in self._roles and all(
                    t.text == "," or t.is_title and t.pos_ in ("PROPN", "NOUN", "ADJ")
                    for t in doc[i + 1 : ent.start]):
                self.mem.roles[doc[i].lower_] = name
        for c in ent.root.children:
            if dep(c) == "appos" and c.lower_ in self._roles:
                self.mem.roles[c.lower_] = name

    def _remember_outlet(self, name: str) -> None:
        name = self._outlet_canonical(name)
        self.mem.outlets[name.lower()] = name
        self.mem.kinds[name.lower()] = "outlet"
        self.mem.last_outlet = name

    def _outlet_canonical(self, name: str) -> str:
        """The outlet's full name for a short one the article uses later ('the Herald' after
        'the Corvane Herald'): the one remembered outlet whose name ends with these words."""
        full = _one_ending_with(self.mem.outlets, name)
        return full if full is not None else self.mem.outlets.get(name.lower(), name)

    def _is_outlet_name(self, name: str) -> bool:
        """A name the article used for an outlet, or one holding a known outlet name or name
        part ('Asharq Al-Awsat', 'the Harbour Courier'); multi-word entries match whole."""
        if name.lower() in self.mem.outlets or " " not in name and any(
                k.endswith(" " + name.lower()) for k in self.mem.outlets):
            return True  # 'Vesti' after 'the daily Ostra Vesti'
        words = name.split()
        return any(" ".join(words[i : i + n]) in self._outlet_names
                   for n in range(1, 5) for i in range(len(words) - n + 1))

    # -- resolving a source mention --------------------------------------------------------------

    def resolve(self, doc: Doc, a: int, b: int, head: Token, offset: int, text: str) -> Resolved:
        """Resolve the source mention doc[a:b] (head ``head``); ``offset`` maps doc offsets into
        the article ``text``."""
        s, e = char_range(doc, a, b)
        r = Resolved(offset + s, offset + e, text[offset + s : offset + e], None, "unknown")
        r.head_lower = head.lower_
        low = head.lower_
        span = doc[a:b]
        span_low = span.text.lower()
        if self._partitive(r, span):
            return r
        if head.pos_ == "PRON" or low in PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS:
            self._resolve_pronoun(r, low, head.i)
            return r
        if b - a == 1 and doc[a].is_title and doc[a].lower_ in self.mem.persons:
            r.type, r.name = "person", self.mem.persons[doc[a].lower_]  # "Fares", tagged a noun
            self._note(r)
            return r
        head = np_head(doc, a, b) or head
        if doc[b - 1].pos_ == "ADV" and doc[b - 1].lower_ in self._outlet_words:
            head = doc[b - 1]  # 'the London-based Arabic daily', 'daily' tagged an adverb
        head, count = self._number_head(head, doc, a, b)
        low = head.lower_
        r.count = count if low not in ("percent", "%") else None  # '73 percent': a share
        r.plural = head.tag_ in ("NNS", "NNPS") or low.endswith("s") and head.pos_ == "NOUN"
        name, label = self._name_in(span, head)
        definite = (_determiner(head) in DEFINITE or _determiner(head) in BACK_REFERENCE_DETS
                    or doc[a].lower_ in DEFINITE)
        noun = next((t for t in span if t.lower_ in self._outlet_words and t.is_lower
                     and t.pos_ in ("NOUN", "ADJ") and t.i + 1 < b), None)
        after = _title_name_to(doc, noun.i + 1, b) if noun is not None else None
        if after and (head.i >= noun.i) and not any(
                m in span_low for m in self._anon_markers):
            # 'the Callistani news agency Pelan', 'the daily Ostra Vesti': the name after the
            # outlet noun is the outlet's
            r.type, r.name = "outlet", self._outlet_canonical(after)
            self._remember_outlet(r.name)
            self._note(r)
            return r
        if name and head.is_title and head.text in name and not any(
                m in span_low for m in self._anon_markers) and (
                name.lower() in self.mem.outlets or self._is_outlet_name(name)):
            r.type, r.name = "outlet", self._outlet_canonical(name)  # "the Observer"
            self._remember_outlet(r.name)
            self._note(r)
            return r
        if any(m in span_low for m in self._anon_markers) or (
            low in self._anon_nouns and label != "person" and not _named(head)
        ):
            r.type, r.name = "anonymous", None
            r.refers_back = _determiner(head) in BACK_REFERENCE_DETS or (
                "of the" in span_low and count is not None
            )
            self._note(r)
            return r
        first_noun = None  # the head of the noun phrase the determiner opens
        for t in doc[a + 1 : b]:
            if t.tag_ in ("NN", "NNS", "NNP", "NNPS"):
                first_noun = t
            elif t.tag_ not in ("JJ", "POS", "HYPH", "VBN", "CD") and first_noun is not None:
                break
        if (not name or first_noun is not None and span.text.find(name) > (
                first_noun.idx - doc[a].idx)) and doc[a].lower_ in ("a", "an", "one") \
                and first_noun is not None \
                and first_noun.tag_ == "NN" and (
                    _person_noun(first_noun.lower_) or first_noun.lower_ in _PLAIN_PEOPLE
                    or first_noun.lower_ in self._roles) and not (
                    first_noun.lower_ in self._doc_words or first_noun.lower_ in self._outlet_words
                    or first_noun.lower_ in self._org_words):
            # 'A farmer who lives near the village said', 'One shopkeeper said': one unnamed
            # person, typed but not made the antecedent of a later 'he' (a named speaker
            # nearby is the likelier one, as before)
            r.type, r.name, r.count = "anonymous", None, 1
            if first_noun.lower_ in self._roles:
                self._note(r)  # 'A militia commander told …. He said …': still the commander
            return r
        name_after = bool(name) and head.pos_ == "NOUN" and span.text.find(name) > (
            head.idx - doc[a].idx)  # 'Two lawyers contacted by NNA': a name after the people
        if count is not None and r.plural and (not name or name_after) and head.pos_ == "NOUN" \
                and not (low in self._doc_words or low in self._outlet_words
                         or low in self._org_words or self._is_government(span)):
            # 'Two engineers at the plant said': people counted, not named
            r.type, r.name = "anonymous", None
            r.refers_back = "of the" in span_low
            self._note(r)
            return r
        singular = head.lemma_.lower() if r.plural else low
        if count is None and r.plural and (name_after or bool(name) and head.tag_ == "NNS" and (
                span.text.find(name) > head.idx - doc[a].idx)) and (
                _person_noun(singular) or singular in _PLAIN_PEOPLE
                or singular in self._roles) and not (
                low in self._doc_words or low in self._outlet_words or low in self._org_words
                or self._is_government(span)):
            # 'Shopkeepers in Kelmar said': people, not named; the name is where they are
            r.type, r.name = "anonymous", None
            self._note(r)
            return r
        if r.type != "anonymous":
            r.count = None
        if low in self._doc_words and (head.pos_ != "PROPN" or b - a == 1):
            r.type = "document"
            if name and name.lower() == low:
                name = None  # 'Poll:' opening a headline is a noun, not a name
            r.name = name if name and (label != "person" or self._is_outlet_name(name)) else (
                self._author_of_document(low) if definite else None
            )
            if name and label != "person" and self._is_outlet_name(name):
                self.mem.last_outlet = name
            self._note(r)
            return r
        if low in self._outlet_words and head.pos_ != "PROPN":
            r.type = "outlet"
            after = _propn_run_after(doc, head.i + 1, b)  # "the newspaper Asharq Al-Awsat"
            r.name = after or (self.mem.last_outlet if definite else None)
            name = after
            if name:
                self._remember_outlet(name)
            self._note(r)
            return r
        if name and (name.lower() in self.mem.outlets or self._is_outlet_name(name)):
            r.type, r.name = "outlet", self._outlet_canonical(name)
            self._remember_outlet(r.name)
            self._note(r)
            return r
        roles_at = [t.i for t in span if t.lower_ in self._roles and t.i < b - 1]
        if name and roles_at and doc[b - 1].pos_ == "PROPN":
            after = _propn_run_after(doc, roles_at[-1] + 1, b)
            if after and after.endswith(doc[b - 1].text) and len(after) < len(name) + 20:
                name = after  # 'White House Press Secretary Josh Earnest': Josh Earnest
        after_titles = a
        while after_titles < b - 1 and doc[after_titles].lower_ in _HONORIFICS:
            after_titles += 1  # 'Lt. Col. Brisa Warrel'
        honorific = after_titles > a and head.pos_ == "PROPN"
        if honorific and _propn_run_after(doc, after_titles, b):
            name = _propn_run_after(doc, after_titles, b)  # 'Mr. Orn of the Norvik Embassy'
        kin = after_titles > a and head.pos_ == "NOUN" and (
            _person_noun(head.lower_) or head.lower_ in self._roles
            or head.lower_ in _KIN_NOUNS)  # 'Mrs. Halloway's daughter', 'Mr. Vantor's lawyer'
        role_named = bool(name) and head.pos_ == "PROPN" and bool(roles_at) \
            and name == _propn_run_after(doc, roles_at[-1] + 1, b)
        if self._is_government(span) and not honorific and not role_named:
            # not 'Government spokeswoman Lida Farrow', a person
            r.type = "government"
            r.name = name if name and label != "place" else _strip_det(span)
            self._note(r)
            return r
        if low in self._roles and head.pos_ != "PROPN" and _determiner(head) in ("a", "an") \
                and (not name or head.text not in name.split()):
            # 'A militia commander told …': one person, not named
            r.type, r.name, r.count = "anonymous", None, 1
            self._note(r)
            return r
        if low in self._roles and head.pos_ == "PROPN" and len(_strip_det(span).split()) == 1:
            # 'Minister: exchange to start Friday': a role capitalised in a headline or label
            r.type, r.name = "person", self.mem.roles.get(low)
            self._note(r)
            return r
        if low in self._roles and head.pos_ != "PROPN" and not name:
            r.type = "person"
            r.name = self.mem.roles.get(low) if definite else None
            if r.name is None and definite and self.mem.last_person is not None \
                    and self.mem.last_person_at < self.mem.sentence \
                    and self.mem.last_person.name \
                    and self.mem.last_person.name.split()[-1] not in {
                        t.text for t in span.sent}:
                # 'the spokesperson' after a named speaker; never the one named in the same
                # sentence ('Ruiz asked the mayor, who had backed the levy, …', 'The
                # ambassador said Orn was mistaken')
                r.name = self.mem.last_person.name
            self._note(r)
            return r
        state = _strip_det(span) if not name else name
        if state and (_country(state) and self.mem.kinds.get(state.lower()) != "person"
                      or self._state_in_article(state, text)
                      and state.lower() not in self.mem.persons
                      and _strip_det(span) == state) \
                and self._canonical(state) == state:
            # 'Qatar said', 'the United States wants': a state, whatever the tagger guessed
            r.type, r.name = "government", _country(state) or state
            self._note(r)
            return r
        body = _known_organization(name) if name and span.text.endswith(name) else None
        if body:  # not 'NATO allies', not 'Human Rights Watch researcher Ana Ruiz'
            r.type, r.name = "organization", body
            self._note(r)
            return r
        body = self._body_named(name) if name else None
        if body is not None:  # 'the Guard' after 'the Haldrun People's Guard'
            r.name, r.type = body
            self._note(r)
            return r
        if name:
            r.name = self._canonical(name)
            known = self.mem.kinds.get(r.name.lower()) or ("person" if r.name != name else None)
            if known == "person" and r.name == name and name.split()[-1].lower() in self._org_words \
                    and name.lower() not in self.mem.persons:
                known = None  # 'The Brigades', which the NER took for a person
            r.type = known or {"person": "person", "organization": "organization",
                               "place": "government"}.get(label or "", "")
            if not r.type and name.split()[-1].lower() in self._org_words:
                r.type = "organization"  # "the Harbour Authority", "the Dorn Water Board"
            if not r.type and head.i + 1 < len(doc) and head.lower_ in self._org_words \
                    and head.pos_ == "NOUN":
                r.type = "organization"  # 'Tarnel council'
            if not r.type and role_named:
                r.type = "person"  # 'Government spokeswoman Lida Farrow'
            if not r.type and span.text.lower().startswith("the " + name.lower()) \
                    and len(name.split()) >= 2 and head.pos_ == "PROPN" and head.is_title \
                    and head.text in name.split() and label != "person" and not any(
                        t.lower_ in TITLE_WORDS or t.lower_ in _HONORIFICS
                        or t.lower_ in self._roles for t in span) and not (
                        span[1].lower_ in _NOBLE_TITLES
                        and name.split()[-1].lower() not in self._org_words):
                r.type = "organization"  # 'The Sable Brigades', 'The Meridian Concord'
            if kin:
                r.type, r.name = "person", None  # someone of Halloway's, not Halloway
                self._note(r)
                return r
            if not r.type and honorific:
                r.type = "person"  # 'Mr. Orn', 'Sen. Lind'; not 'Sen. Lind's campaign'
                self.mem.persons.setdefault(r.name.lower(), r.name)  # 'Orn' again later
            if not r.type and head.pos_ == "NOUN" and head.i == b - 1 and name not in head.text \
                    and (_person_noun(low) or low in _PLAIN_PEOPLE or low in self._roles):
                r.type, r.name = "person", None  # 'The Velmar businessman': where, not who
                self._note(r)
                return r
            if not r.type:
                r.type = "person" if len(name.split()) >= 2 or r.name != name else "unknown"
            if r.type == "person" and r.name == name and self._org_name(name):
                r.type = "organization"  # 'the Board of Peace', 'Council for Reform'
            if r.type == "person":
                self._remember_name(r.name)
            self._note(r)
            return r
        if low in self._org_words:
            r.type, r.name = "organization", None
        self._note(r)
        return r

    def _partitive(self, r: Resolved, span: Span) -> bool:
        """'One of them', 'Another', 'Neither', 'the other': members picked out of the group of
        sources last mentioned, unnamed like them; the mention keeps that group's chain."""
        words = [t.lower_ for t in span if not t.is_punct]
        if len(words) >= 3 and words[-2] == "of" and words[-1] in _GROUP_PRONOUNS:
            words = words[:-2]  # 'one of them', 'two of those'
        table = lx.partitive_pronouns()
        key = tuple(words)
        if key not in table:
            return False
        group = self.mem.last_group
        if table[key] is None and group is None:
            return False  # 'Some said …' with no group before: nothing to refer back to
        r.type, r.name, r.count = "anonymous", None, table[key]
        r.refers_back = group is not None
        r.plural = table[key] is None or table[key] > 1
        return True

    def _author_of_document(self, noun: str) -> str | None:
        """Who wrote "the report" or "the statement" the text refers back to: an outlet's
        report ("The report said", after "Asharq Al-Awsat reported"); the statement of the
        organization or government last quoted ("In a statement, the ministry said ...
        The statement added ...")."""
        if noun in lx.word_set("outlet_documents.txt"):
            return self.mem.last_outlet
        thing = self.mem.last_thing
        if thing is not None and thing.type in ("organization", "government"):
            return thing.name
        return None

    def _resolve_pronoun(self, r: Resolved, low: str, at: int) -> None:
        m = self.mem
        mentioned = max(((i, n) for i, n in m.mentioned_here if i < at), default=(
            -1, m.mentioned_before if m.mentioned_here else m.mentioned_person))[1]
        if low in PERSON_PRONOUNS and m.subject_person is not None \
                and m.last_person_at < m.subject_person[1] < m.sentence:
            r.type, r.name = "person", m.subject_person[0]  # the nearer subject
        elif low in PERSON_PRONOUNS and m.last_person is not None \
                and m.last_person.type == "anonymous":
            # 'A Hamas official told the paper … He said …': still the unnamed official
            r.type, r.name, r.count, r.refers_back = "anonymous", None, 1, True
        elif low in PERSON_PRONOUNS and m.last_person is not None:
            r.type, r.name = "person", m.last_person.name
        elif low in PERSON_PRONOUNS:
            r.type, r.name = "person", mentioned
        elif low in PLURAL_PRONOUNS and m.last_group is not None:
            g = m.last_group
            r.type, r.name, r.plural, r.refers_back = g.type, g.name, True, True
        elif low in PLURAL_PRONOUNS and m.mentioned_group is not None:
            r.name, r.type = m.mentioned_group
            r.plural = True
        elif low in THING_PRONOUNS and m.last_thing is not None:
            r.type, r.name = m.last_thing.type, m.last_thing.name

    def _note(self, r: Resolved) -> None:
        """Remember a resolved source as a possible antecedent."""
        if r.type == "person" or r.type == "anonymous" and not r.plural and r.count in (None, 1):
            self.mem.last_person = r  # 'a senior official' is the antecedent of a later 'he'
            self.mem.last_person_at = self.mem.sentence
        if r.type == "anonymous" and not r.refers_back or r.type == "anonymous" and r.plural or r.type in ("organization", "government"):
            self.mem.last_group = r
        if r.type in ("organization", "government", "outlet", "document"):
            self.mem.last_thing = r
        if r.type in ("organization", "government") and r.name and " " in r.name:
            self.mem.bodies[r.name.lower()] = (r.name, r.type)
        if r.type == "outlet" and r.name:
            self.mem.last_outlet = r.name

    def _observe_bodies(self, sent: Span) -> None:
        """'… its truce with the Haldrun People's Guard': a capitalised name of two words or
        more after 'the', ending in a word of a body, remembered so that a later 'the Guard'
        or 'It' can name it."""
        doc = sent.doc
        k = sent.start
        while k < sent.end:
            if doc[k].lower_ != "the":
                k += 1
                continue
            j = k + 1
            while j < sent.end and (doc[j].is_title and doc[j].is_alpha
                                    or doc[j].text in ("'s", "’s") and j > k + 1):
                j += 1
            words = [t for t in doc[k + 1 : j] if t.is_alpha]
            if len(words) >= 2:
                last = words[-1].lower_
                name = doc[k + 1 : j].text
                if last in self._org_words or last in _BODY_ENDINGS:
                    self.mem.bodies.setdefault(name.lower(), (name, "organization"))
                elif (last,) in self._gov or last in ("army", "ministry", "government"):
                    self.mem.bodies.setdefault(name.lower(), (name, "government"))
            k = max(j, k + 1)

    def _state_in_article(self, name: str, text: str) -> bool:
        """``_state_in_text``, searched once per name and article."""
        if name not in self._states:
            self._states[name] = _state_in_text(name, text)
        return self._states[name]

    def _body_named(self, name: str) -> tuple[str, str] | None:
        """The one organization or government met before whose name ends with the one word
        ``name`` ('Guard', 'Front'), unless that word is a person's name here."""
        if " " in name or name.lower() in self.mem.persons:
            return None
        return _one_ending_with(self.mem.bodies, name)

    def _org_name(self, name: str) -> bool:
        """'Board of Peace', 'Council for Reform': a body's name, whatever the tagger said."""
        if _known_organization(name):
            return True
        words = name.split()
        return len(words) >= 2 and (words[0].lower() in self._org_words or
                                    words[1].lower() in self._org_words and words[0].istitle()
                                    and words[1].istitle() and len(words) >= 3)

    @property
    def roles(self) -> frozenset[str]:
        """Role nouns ('spokesman', 'minister') from person_roles.txt."""
        return self._roles

    def name_role(self, name: str, role: str) -> None:
        """'A spokesman for the movement, Omar Qassem': a person, and the one 'the spokesman'
        refers to from now on."""
        self._remember_name(name)
        self.mem.kinds[name.lower()] = "person"
        self.mem.roles[role] = name

    def _remember_name(self, name: str) -> None:
        parts = [p for p in re.split(r"[\s\-]+", name) if p]
        if len(parts) >= 2:
            self.mem.persons.setdefault(parts[-1].lower(), name)
        self.mem.kinds.setdefault(name.lower(), "person")

    def _canonical(self, name: str) -> str:
        parts = [p for p in re.split(r"[\s\-]+", name) if p]
        if not parts:
            return name
        full = self.mem.persons.get(parts[-1].lower())
        if full and len(full) > len(name) and (len(parts) == 1 or parts[0].lower() in NAME_PARTICLES):
            return full
        return name

    def _number_head(self, head: Token, doc: Doc, a: int, b: int) -> tuple[Token, int | None]:
        """("two of the sources" -> sources, 2); ("three sources" -> sources, 3)."""
        count = None
        if head.pos_ == "NUM" or head.lower_ in self._numbers:
            count = _as_number(head.lower_, self._numbers)
            for c in head.children:
                if dep(c) == "nmod" and c.pos_ in ("NOUN", "PROPN"):
                    return c, count
            return head, count
        for c in head.children:
            if dep(c) in ("nummod", "det") and a <= c.i < b:
                n = _as_number(c.lower_, self._numbers)
                if n is not None:
                    count = n
        k = a + 1 if doc[a].lower_ in DEFINITE and a + 1 < b else a
        if count is None and k < head.i and (doc[k].like_num or doc[k].lower_ in self._numbers) \
                and doc[k].lower_ not in ("a", "an") and head.tag_ in ("NNS", "NNPS", "NN"):
            count = _as_number(doc[k].lower_, self._numbers)  # "two people briefed on …"
        if any(t.lower_ == "dozen" for t in doc[a : head.i]):
            count = 12  # "a dozen residents"
        if count == 1 and head.tag_ == "NNS":
            count = None  # "a few sources": the article is not a count
        if count is None and b - a > 2 and doc[a + 1].lower_ == "of" and (
                doc[a].like_num or doc[a].lower_ in self._numbers):
            count = _as_number(doc[a].lower_, self._numbers)  # "One of the officials"
        if count is None and head.tag_ == "NN" and head.lower_ in self._anon_nouns:
            d = _determiner(head)
            count = 1 if d in ("a", "an", "one", "another", "the", "this") else None
        return head, count

    def _name_in(self, span: Span, head: Token) -> tuple[str | None, str | None]:
        """The proper name the mention carries, with its entity type if the NER knows it."""
        # a person ending the mention ('HRW researcher Ana Ruiz'), else the head's entity
        best = next((e for e in span.ents if e.label_ == "PERSON" and e.end == span.end), None)
        for ent in span.ents if best is None else ():
            if ent.start <= head.i < ent.end:
                best = ent
                break
            if ENT_TYPES.get(ent.label_) and (best is None or ent.start > best.start):
                best = ent
        if best is not None:
            doc = span.doc  # a name the NER cut short: "Ayla" or "Brun" of "Ayla Brun"
            # the NER's label is not used: on names it has not seen it takes surnames for
            # places ('Lenk', 'Strand') as often as not; the rules that follow decide
            label = None
            start, end = max(best.start, span.start), min(best.end, span.end)
            while start > span.start and _is_name_part(doc[start - 1]) \
                    and doc[start - 1].lower_ not in _ROLE_TITLES:
                start -= 1
            while end < span.end and (doc[end].pos_ == "PROPN" or doc[end].tag_ in (
                    "NNP", "NNPS") and doc[end].is_title):
                end += 1
            if end + 1 < span.end and doc[end].tag_ == "POS" and end + 1 < len(doc) and all(
                    t.is_title and (t.pos_ == "PROPN" or t.tag_ in ("NNP", "NNPS"))
                    for t in doc[end + 1 : span.end]):
                end = span.end  # 'The Haldrun People’s Guard': one name, not 'Haldrun People'
                label = None
            if end - start > 1:
                label = None  # 'Shore' of 'Northern Shore Assembly' was the NER's place
            best = doc[start:end]
            name = _strip_titles(best)
            if name:
                return name, label
        run = _propn_run_around(span.doc, head, span.start, span.end)
        if run is None:
            for t in reversed(span):
                if t.pos_ == "PROPN":
                    run = _propn_run_around(span.doc, t, span.start, span.end)
                    break
        if run is None:
            run = _title_run(span)
        return (run, None) if run else (None, None)

    def _is_government(self, span: Span) -> bool:
        words = [t.lower_ for t in span]
        for phrase in self._gov:
            n = len(phrase)
            for i in range(len(words) - n + 1):
                if tuple(words[i : i + n]) == phrase:
                    return True
        return False


# last words of a body's name that are no organization words on their own ('a guard said')
_BODY_ENDINGS = frozenset({"guard", "guards", "assembly", "forces", "resistance"})
def _one_ending_with(known: dict, name: str):
    """The value of the one key of ``known`` (lower-case full names) that ends with the words
    of ``name``, or None when there is none or more than one."""
    low = " " + name.lower()
    found = {v for k, v in known.items() if k.endswith(low)}
    return found.pop() if len(found) == 1 else None


_STATE_FORMS = "Republic|Kingdom|Federation|Federal Republic|State|Emirate|Sultanate|Principality"


def _state_in_text(name: str, text: str) -> bool:
    """Whether the article shows the one word ``name`` to be a state the country list does not
    know ('Teskar' beside 'the Republic of Teskar' or 'Teskari forces', 'Kessaria' beside
    'Kessarian'): its formal name, or an adjective of nationality made from it."""
    if " " in name or not name[:1].isupper() or len(name) < 4:
        return False
    word = re.escape(name)
    demonym = rf"{word}n" if name.endswith("a") else rf"{word}(?:i|ian|ese)"  # Kessaria-n
    forms = [rf"\b(?:{_STATE_FORMS}) of (?:the )?{word}\b",
             rf"\b{word}['’]s (?:foreign minist(?:er|ry)|defen[cs]e minist(?:er|ry)|armed forces)\b",
             # an adjective of nationality before a word only a state has: 'Teskari forces',
             # 'Kessarian officials', 'the Sevrani side' (not 'Lenkian diplomacy', 'Orveldi
             # fans', 'the Adrian family')
             rf"\b{demonym} {_STATE_THINGS}\b"]
    return any(re.search(f, text) for f in forms)


_STATE_THINGS = ("(?:forces|troops|army|soldiers|officers?|officials?|government|authorities|"
                 "ministry|ministers?|president|prime minister|delegation|negotiators?|"
                 "diplomats?|envoy|ambassador|embassy|border|side|state|police|military|"
                 "parliament|navy|air force|monitors|units|positions|territory|citizens)")


def _country(name: str) -> str | None:
    """The state ``name`` names ('the United States' -> 'United States'), or None."""
    return _listed(name, "countries.txt")


def _known_organization(name: str) -> str | None:
    """The body ``name`` names ('the United Nations' -> 'United Nations'), or None."""
    return _listed(name, "organization_names.txt")


def _listed(name: str, lexicon: str) -> str | None:
    """``name`` without a leading 'the' if the (case-sensitive) lexicon lists it, else None."""
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    return name if name in lx.case_sensitive_set(lexicon) else None


def _title_run(span: Span) -> str | None:
    """'Inge Falk' tagged as common nouns: two or more capitalised words of no lexicon, the
    last one the end of the mention, read as a name."""
    known = _COMMON_CAPITALISED()
    toks = [t for t in span if not (t.lower_ in DEFINITE or t.pos_ == "DET")]
    if not 2 <= len(toks) <= 4 or toks[-1].i != span.end - 1:
        return None
    if not all(t.is_title and t.is_alpha and t.lower_ not in known for t in toks):
        return None
    s, e = char_range(span.doc, toks[0].i, toks[-1].i + 1)
    return span.doc.text[s:e]


def _COMMON_CAPITALISED() -> frozenset[str]:
    return (lx.word_set("anonymous_nouns.txt") | lx.word_set("person_roles.txt")
            | lx.word_set("organization_words.txt") | lx.word_set("outlet_words.txt")
            | lx.word_set("document_words.txt") | TITLE_WORDS)


# endings of nouns for people ('farmer', 'survivor', 'economist', 'resident', 'fisherman')
_PERSON_ENDINGS = ("er", "or", "ist", "ant", "ent", "ian", "man", "woman", "person", "ee")
# nouns with those endings that name no person
_NOT_PEOPLE = frozenset({"number", "letter", "paper", "order", "border", "matter", "quarter",
                         "chapter", "center", "centre", "corner", "error", "factor",
                         "sector", "monitor", "poster", "flyer", "banner", "counter", "filter",
                         "parliament", "government", "agreement", "statement", "document",
                         "comment", "element", "moment", "event", "percent", "majority",
                         "committee", "guarantee", "meeting", "report", "talisman",
                         "computer", "shelter", "frontier", "water", "theater", "theatre",
                         "printer", "container", "meter", "register", "cluster", "disaster",
                         "character", "charter", "newsletter", "quarterly", "mirror",
                         "tractor", "motor", "trailer", "helicopter", "carrier", "barrier",
                         "dossier", "supplier", "tier", "twitter", "parameter", "platform"})


# titles that make 'The … ' a person ('The Reverend Milo Tasker', 'The Grand Mufti')
_KIN_NOUNS = frozenset({"daughter", "son", "wife", "husband", "mother", "father", "sister",
                        "brother", "widow", "widower", "aunt", "uncle", "cousin", "niece",
                        "nephew", "spouse", "partner", "friend", "neighbour", "neighbor"})
_NOBLE_TITLES = frozenset({"reverend", "honourable", "honorable", "grand", "high", "duke",
                           "duchess", "mufti", "vizier", "commissioner", "archbishop", "bishop",
                           "prince", "princess", "king", "queen", "lord", "lady", "sheikh",
                           "emir", "pope", "patriarch", "cardinal", "imam", "rabbi", "count",
                           "countess", "baron", "sultan", "ayatollah", "chief", "supreme"})


# people whose nouns have no telling ending ('a nurse at the hospital said')
_PLAIN_PEOPLE = frozenset({"nurse", "witness", "guard", "priest", "pilot", "nun", "monk",
                           "cook", "chef", "imam", "rabbi", "medic", "cleric", "hostage",
                           "victim", "relative", "neighbour", "neighbor", "mother", "father",
                           "son", "wife", "husband", "boy", "girl", "man", "woman", "child",
                           "resident", "student", "official", "source", "diplomat", "aide",
                           "analyst", "expert", "teacher", "doctor", "surgeon", "judge"})


def _person_noun(low: str) -> bool:
    return len(low) > 4 and low.endswith(_PERSON_ENDINGS) and low not in _NOT_PEOPLE \
        and not low.endswith("ment")


def _determiner(tok: Token) -> str:
    for c in tok.children:
        if dep(c) in ("det", "nummod") and c.i < tok.i:
            return c.lower_
    return ""


def _as_number(word: str, numbers: dict[str, int]) -> int | None:
    if word.isdigit():
        return int(word)
    return numbers.get(word)


def _strip_det(span: Span) -> str:
    toks = list(span)
    while toks and (toks[0].lower_ in DEFINITE or toks[0].pos_ == "DET" or toks[0].is_punct):
        toks = toks[1:]
    if not toks:
        return span.text
    doc = span.doc
    s, e = char_range(doc, toks[0].i, toks[-1].i + 1)
    return doc.text[s:e]


def _strip_titles(ent: Span) -> str:
    doc = ent.doc
    end = ent.end
    # "Asharq Al-Awsat": an entity cut at a hyphen takes the capitalised word after it
    while True:
        if end < len(doc) and doc[end - 1].text == "-" and doc[end - 1].whitespace_ == "" \
                and doc[end].is_title:
            end += 1
        elif end + 1 < len(doc) and doc[end].text == "-" and doc[end - 1].whitespace_ == "" \
                and doc[end].whitespace_ == "" and doc[end + 1].is_title:
            end += 2
        else:
            break
    toks = list(doc[ent.start : end])
    while toks and (toks[0].lower_ in TITLE_WORDS or toks[0].lower_ in DEFINITE or toks[0].is_punct):
        toks = toks[1:]
    # "Defence Minister Tomas Brel", "Council chair Imre Sovak": a title of several words
    last_title = max((k for k, t in enumerate(toks[:-1]) if t.lower_ in _ROLE_TITLES), default=-1)
    if last_title >= 0 and all(t.is_title for t in toks[last_title + 1 :]) \
            and not any(t.lower_ in ("of", "for") for t in toks[: last_title + 1]):
        toks = toks[last_title + 1 :]
    while toks and (toks[-1].is_punct or toks[-1].tag_ == "POS" or toks[-1].lower_ in ("'s", "’s")
                    or toks[-1].is_lower and toks[-1].pos_ in ("ADP", "DET", "CCONJ")):
        toks = toks[:-1]
    if not toks:
        return ""
    s, e = char_range(ent.doc, toks[0].i, toks[-1].i + 1)
    return ent.doc.text[s:e]


_ROLE_TITLES = TITLE_WORDS | lx.word_set("person_roles.txt")
_BY_ROLE_VERBS = frozenset({"reported", "reports", "published", "publishes", "reporting"})
_CITING_VERBS = frozenset({"cited", "cites", "quoted", "quotes"})


def outlets_by_role(sent: Span, outlet_words: frozenset[str]) -> list[str]:
    """Names the sentence shows to be outlets by what they do, whatever the name: the
    subject of "reported" / "published" (or of "cited" / "quoted" with "the" before it), the
    object of "told the …", the "X" of "according to X, which cited …" or "cited by the X",
    and a name set beside an outlet noun ("The Meridian Ledger, a daily based in …")."""
    doc = sent.doc
    out = []
    lo, hi = sent.start, sent.end
    for tok in sent:
        low = tok.lower_
        if low in _BY_ROLE_VERBS or low in _CITING_VERBS:
            j = tok.i - 1
            while j >= lo and doc[j].pos_ in ("ADV", "AUX", "PART"):
                j -= 1
            if j >= lo and doc[j].text == ",":  # "X, citing Y, reported"
                k = j - 1
                while k >= lo and doc[k].text != ",":
                    k -= 1
                if k > lo and doc[k + 1].lower_ in ("citing", "quoting"):
                    j = k - 1
            run = _name_ending_at(doc, j, lo)
            if run is not None and (run[1] or low in _BY_ROLE_VERBS):
                out.append(run[0])
            if tok.i + 2 < hi and doc[tok.i + 1].lower_ == "by" and low in _CITING_VERBS:
                nxt = _name_starting_at(doc, tok.i + 2, hi)  # "cited by the Levant Wire"
                if nxt is not None:
                    out.append(nxt)
        elif low in ("told", "tells", "tell", "telling") and tok.i + 2 < hi \
                and doc[tok.i + 1].lower_ == "the":
            nxt = _name_starting_at(doc, tok.i + 1, hi)
            if nxt is not None and nxt.split()[-1].lower() not in _INSTITUTION_WORDS:
                out.append(nxt)
        if low == "which" and tok.i + 1 < hi and doc[tok.i + 1].lower_ in _CITING_VERBS | {
                "citing", "quoting"} and tok.i - 2 >= lo and doc[tok.i - 1].text == ",":
            run = _name_ending_at(doc, tok.i - 2, lo)
            if run is not None:
                out.append(run[0])
        nxt = doc[tok.i + 1] if tok.i + 1 < hi else None
        if low in outlet_words and tok.pos_ in ("NOUN", "ADJ") and tok.i - 2 >= lo and (
                nxt is None or nxt.tag_ != "POS" and nxt.pos_ not in ("NOUN", "PROPN", "PART")):
            # "The Meridian Ledger, a daily …": an apposition naming what the name is
            j = tok.i - 1
            while j > lo and doc[j].pos_ in ("ADJ", "PROPN", "NOUN") and doc[j].text != ",":
                j -= 1
            if doc[j].lower_ in ("a", "an", "the") and j - 1 > lo and doc[j - 1].text == ",":
                run = _name_ending_at(doc, j - 2, lo)
                if run is not None:
                    out.append(run[0])
    return out


_INSTITUTION_WORDS = lx.word_set("organization_words.txt") | lx.word_set("government_words.txt")


def _name_ending_at(doc: Doc, j: int, lo: int) -> tuple[str, bool] | None:
    """The capitalised name ending at token ``j`` and whether "the" stands before it."""
    if j < lo or not _proper(doc[j]) or doc[j].lower_ in TITLE_WORDS:
        return None
    a = j
    while a - 1 >= lo and _is_name_part(doc[a - 1]) and doc[a - 1].lower_ not in TITLE_WORDS:
        a -= 1
    if doc[a].is_sent_start and doc[a].lower_ in DEFINITE:
        a += 1
    if a > j:
        return None
    s, e = char_range(doc, a, j + 1)
    the = a - 1 >= lo and doc[a - 1].lower_ == "the"
    return doc.text[s:e], the


def _name_starting_at(doc: Doc, i: int, hi: int) -> str | None:
    if i < hi and doc[i].lower_ == "the":
        i += 1
    if i >= hi or not _proper(doc[i]):
        return None
    b = i
    while b < hi and _is_name_part(doc[b]):
        b += 1
    s, e = char_range(doc, i, b)
    return doc.text[s:e]


def _is_name_part(tok: Token) -> bool:
    if _proper(tok) or (tok.lower_ in NAME_PARTICLES and tok.whitespace_ == ""):
        return True
    # "Al-Awsat": a capitalised word glued to a hyphen, whatever its tag
    i = tok.i
    return tok.is_title and i > 0 and tok.doc[i - 1].text == "-" and tok.doc[i - 1].whitespace_ == ""


def _named(tok: Token) -> bool:
    """A proper name, not a capitalised common noun ("Sources in Gaza said")."""
    return tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON"


def _proper(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or (tok.tag_ in ("NNP", "NNPS") and tok.is_title)


def _propn_run_around(doc: Doc, tok: Token, lo: int, hi: int) -> str | None:
    if not _proper(tok):
        return None
    a = tok.i
    while a - 1 >= lo and _is_name_part(doc[a - 1]) and doc[a - 1].lower_ not in _ROLE_TITLES:
        a -= 1
    b = tok.i + 1
    while b < hi and _is_name_part(doc[b]):
        b += 1
    while a < b and doc[a].text == "-":
        a += 1
    while b > a and doc[b - 1].text == "-":
        b -= 1
    s, e = char_range(doc, a, b)
    return doc.text[s:e] or None


def _title_name_to(doc: Doc, i: int, hi: int) -> str | None:
    """The capitalised name filling doc[i:hi] ('Ostra Vesti', 'Voce del Porto'), or None."""
    toks = list(doc[i:hi])
    if not toks or not toks[0].is_title or not toks[-1].is_title or not all(
            t.is_title and t.is_alpha or t.lower_ in NAME_LINKS or t.text == "-" for t in toks):
        return None
    s, e = char_range(doc, i, hi)
    return doc.text[s:e]


def _propn_run_after(doc: Doc, i: int, hi: int) -> str | None:
    if i < hi and doc[i].pos_ == "PROPN":
        return _propn_run_around(doc, doc[i], i, hi)
    return None
