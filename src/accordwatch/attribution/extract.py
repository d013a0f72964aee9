"""From text to claims: parse paragraphs in batches, find cues, build and resolve claims."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from accordwatch.attribution import lexicons as lx
from accordwatch.attribution.claim import Claim, Intermediary, Modality, Source
from accordwatch.attribution.claim import Span as CharSpan
from accordwatch.attribution.cues import CueMatch, according_to_chains, find_cues, progressive_be
from accordwatch.attribution.modality import modality_of_tokens, modality_of_words
from accordwatch.attribution.punctuation_cues import (
    colon_label_cue,
    dash_epigraph_cues,
    title_headline_cue,
)
from accordwatch.attribution.quotes import QuoteIndex, paragraph_spans
from accordwatch.attribution.sources import Resolved, SourceResolver
from accordwatch.attribution.spans import char_range, clean_content, dep, strip_edges
from accordwatch.attribution.surface import (
    QUOTE_OPENERS,
    TEMPORAL_WORDS,
    clean_source,
    head_of,
    is_temporal,
)

log = logging.getLogger(__name__)
# Set by the test suite: an exception while reading a sentence is raised, not logged and skipped.
RAISE_ERRORS = False

_WORD = re.compile(r"\w+")
_STOP = re.compile(r"(\w*)[.!?]+(?=\s|$)")
# Abbreviations whose period ends no sentence ("Mr. Ruiz", "N.C.", "Gen. Lee").
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col",
                            "sgt", "capt", "maj", "adm", "prof", "jr", "sr", "no", "vs", "inc",
                            "co", "corp", "ltd", "u.s", "d.c"})
_SENTENCE_END = re.compile(r"[.!?][\"”’']*(?:\s|$)")


@dataclass(frozen=True)
class ExtractOptions:
    """What the extractor does beyond its core rules; one object passed down (and the config
    of the ``accordwatch_attribution`` pipeline component)."""

    # a paragraph that is nothing but a quotation continues the previous paragraph's quote
    continued_quotes: bool = True
    min_continued_quote_words: int = 3
    # speaker labels ("HOST: …"), headline labels ("Poll: …"), epigraph dashes ("“…” ― Name")
    punctuation_cues: bool = True
    # raise an exception met while reading a sentence instead of logging it and going on with
    # the next sentence (also when the environment sets ACCORDWATCH_DEBUG)
    strict: bool = False


@cache
def default_nlp() -> Language:
    from accordwatch import nlp as nlp_pkg

    return nlp_pkg.load()


class ArticleExtractor:
    """Claims of one article, fed its parsed paragraphs in reading order."""

    def __init__(self, text: str, doc_name: str | None = None,
                 options: ExtractOptions | None = None):
        self.text = text
        self.doc_name = doc_name
        self.options = options or ExtractOptions()
        self.quotes = QuoteIndex(text)
        self.resolver = SourceResolver()
        self.claims: list[Claim] = []
        self._group_via: list[Intermediary] = []
        self._sentence = 0
        self._paragraphs: list[tuple[int, int]] = []
        self._sentence_source: tuple[Source, Resolved] | None = None
        # one-word headline labels waiting for the rest of the article to name them
        self._named_labels: list[tuple[CueMatch, Doc | Span, int, int, int]] = []

    # -- feeding ----------------------------------------------------------------------------

    def add(self, para: Doc | Span, offset: int = 0) -> None:
        """Process one parsed paragraph: a Doc of its own whose text starts at ``offset`` in
        the article, or a Span of a Doc of the whole article (``offset`` 0)."""
        if isinstance(para, Span):
            doc, lo, hi = para.doc, para.start_char, para.end_char
        else:
            doc, lo, hi = para, 0, len(para.text)
        self._paragraphs.append((offset + lo, offset + hi))
        quotes = self.quotes.overlapping(offset + lo, offset + hi)
        closer_ends = frozenset(q.end - offset for q in quotes if q.closed)
        paragraph_cues = []
        if self.options.punctuation_cues:
            paragraph_cues = dash_epigraph_cues(para, closer_ends)
            headline = title_headline_cue(para)
            if headline is not None:
                paragraph_cues.append(headline)
            label = colon_label_cue(para)
            if label is not None:
                paragraph_cues.append(label)
            else:
                named = colon_label_cue(para, one_word_name=True)
                if named is not None:  # 'Varga: …', kept if the article names a Varga
                    self._named_labels.append((named, para, offset, self._sentence,
                                               len(self.claims)))
        for sent in _sentences(para):
            self._sentence_source = None
            kept = len(self.claims)
            try:
                self._add_sentence(sent, doc, offset, closer_ends, paragraph_cues)
            except Exception as exc:
                if self._strict():
                    raise
                # one sentence the rules cannot read costs its own claims, not the article's
                del self.claims[kept:]
                self._skipped(exc, f"the sentence at characters {offset + sent.start_char}-"
                                   f"{offset + sent.end_char}")
            self._sentence += 1

    def _add_sentence(self, sent: Span, doc: Doc, offset: int, closer_ends: frozenset[int],
                      paragraph_cues: list[CueMatch]) -> None:
        self.resolver.observe(sent)
        cues = find_cues(sent, closer_ends)
        cues += [m for m in paragraph_cues if sent.start <= m.cue[0] < sent.end and not any(
            c.cue[0] < m.cue[1] and m.cue[0] < c.cue[1] for c in cues)]
        cues = according_to_chains(cues)
        for m in sorted(cues, key=lambda m: m.cue[0]):
            if m.lemma != ":" and self._inside_quotation(doc, m, offset):
                continue
            self.claims.extend(self._claims_from(m, doc, sent, offset))

    def _strict(self) -> bool:
        return self.options.strict or RAISE_ERRORS or bool(os.environ.get("ACCORDWATCH_DEBUG"))

    def _skipped(self, exc: Exception, what: str) -> None:
        where = f" of {self.doc_name}" if self.doc_name else ""
        detail = " ".join(str(exc).split())[:200]
        log.warning("could not read %s%s (%s: %s); its claims are left out "
                    "(set ACCORDWATCH_DEBUG=1 to see the traceback)",
                    what, where, type(exc).__name__, detail)

    def _inside_quotation(self, doc: Doc, m: CueMatch, offset: int) -> bool:
        """A cue inside a quotation is the speaker's own wording ('“I think we can win”'),
        part of the quoted claim, not a claim of the article; an unclosed mark proves nothing."""
        tok = doc[m.cue[0]]
        q = self.quotes.containing(offset + tok.idx, offset + tok.idx + len(tok.text))
        return q is not None and (q.closed or q.paragraphs > 1)

    def finish(self) -> list[Claim]:
        steps = [(self._settle_named_labels, "one-word speaker labels")]
        if self.options.continued_quotes:
            steps.append((self._continued_quotes, "quotations continued over paragraphs"))
        for step, what in steps:  # each over the whole article; one that fails is left out
            kept = list(self.claims)
            try:
                step()
            except Exception as exc:
                if self._strict():
                    raise
                self.claims = kept
                self._skipped(exc, what)
        return _dedupe(_nested_via(_drop_nested_positions(
            _stop_before_trailing_cues(self.claims, self.text))))

    def _settle_named_labels(self) -> None:
        """'Varga: Talks will resume' is a claim when the article names a person 'Ana Varga'
        (or an outlet Varga) somewhere; a place or a section word never is."""
        mem = self.resolver.mem
        for m, para, offset, sentence, at in reversed(self._named_labels):
            doc = para.doc if isinstance(para, Span) else para
            word = doc[m.source[0]].lower_
            if word not in mem.persons and mem.kinds.get(word) not in ("person", "outlet"):
                continue
            sent = doc[m.cue[0]].sent
            self._sentence, self._sentence_source = sentence, None
            self.claims[at:at] = [c for c in self._claims_from(m, doc, sent, offset)
                                  if c.source.text]

    # -- building a claim -------------------------------------------------------------------

    def _claims_from(self, m: CueMatch, doc: Doc, sent: Span, offset: int) -> list[Claim]:
        contents = self._content_spans(m, doc, sent, offset)
        if not contents:
            return []
        cs, ce = char_range(doc, *m.cue)
        gs = doc[_verb_group_start(doc, m, sent)].idx
        cue = CharSpan(text=self.text[offset + gs : offset + ce], start=offset + gs,
                       end=offset + ce)
        source, resolved = self._source(m, doc, offset)
        participle = self._sentence_source is not None and _participle_after_comma(doc, m)
        if participle:
            resolved = None  # '…, she said, adding that …': the speaker of the sentence
        if resolved is None and self._sentence_source is not None and not m.agentless \
                and (m.source is None or participle):
            # "He said ..., citing X": a cue without a subject of its own shares the speaker
            # of the sentence's previous cue
            source, resolved = self._sentence_source
        if m.not_speaker and m.source is not None and m.source[1] - m.source[0] == 1 \
                and doc[m.source[0]].tag_ == "PRP$" and not source.name:
            return []  # 'Its rejection of tariffs …' with nothing 'its' can refer to
        if resolved is not None and not m.not_speaker:
            # a stance noun's possessor ('attacked her support for …') is no speaker of the
            # sentence
            self._sentence_source = (source, resolved)
        via = [self._intermediary(h, r, doc, offset) for h, r in m.via]
        cue_class = lx.reporting_verbs().cue_class(m.lemma)
        # a stance keeps the group's intermediary but neither starts nor ends a group
        inner = any(c.content.start is not None and c.content.start <= cue.start < c.content.end
                    for c in self.claims[-3:])  # said inside what another said: no new group
        via = self._carry_group_via(resolved, source, via,
                                    update=cue_class != "position" and not inner)
        out = []
        for s, e in contents:
            gap = self._quote_gap(s, e, offset + cs, offset + ce)
            if cs + offset < e and s < ce + offset and not (m.enclosing or gap):
                continue  # the content may not swallow its own cue
            kind = self._kind(s, e, gap)
            if kind == "mixed":
                s, e, kind = self._leading_article(s, e)
            out.append(Claim(
                doc=self.doc_name,
                source=source,
                cue=cue,
                content=CharSpan(text=self.text[s:e], start=s, end=e),
                content_parts=self._parts(s, e, gap, source, cue),
                kind=kind,
                cue_class=cue_class,
                via=via,
                modality=self._modality(doc, offset, s, e, m),
                sentence=self._sentence,
                confidence=m.confidence,
            ))
        return out

    def _content_spans(self, m: CueMatch, doc: Doc, sent: Span, offset: int):
        text = self.text
        if m.content is not None and m.content[1] > m.content[0]:
            if m.lemma != ":" and _starts_with_preposition(doc, m.content[0]) \
                    and doc[m.content[0]].text != "To":  # 'Sanders Vows To End …', a headline
                return []  # 'was endorsed by the union', 'adds up to', 'asked for help'
            if doc[m.content[0]].lower_ in ("and", "or", "but") and m.content[0] > 0 \
                    and doc[m.content[0] - 1].text == ",":
                return []  # 'Ana Ruiz reported from Dorn, and Ivo Brel from Kesh': a byline
            if m.passive_subject and not _passive_content(doc, *m.content):
                return []  # 'a second device was found in Chelsea': the subject is what was found
            s, e = char_range(doc, *m.content)
            if m.lemma == ":":  # a speaker label: the rest of its paragraph, whatever quote it is in
                s, e = strip_edges(text, offset + s, offset + e)
                return [(s, e)] if _words(text, s, e) >= 2 else []
            first = doc[m.content[0]]
            before = doc[m.content[0] - 1] if m.content[0] > m.cue[1] else None
            s, e = clean_content(text, offset + s, offset + e, self.quotes)
            if _determiner_that(first) and offset + first.idx < s <= offset + first.idx + 5:
                s = offset + first.idx  # 'rejected that argument': a determiner, kept
            elif before is not None and _determiner_that(before) and s == offset + first.idx:
                s = offset + before.idx  # the same, the parse having left 'that' out
            lead = _time_lead(doc, *m.content)
            if lead is not None and s == offset + first.idx:
                s = offset + doc[lead].idx  # 'announced on Monday plans to …': when, not what
            rv = lx.reporting_verbs()
            one = doc[m.content[0]] if m.content[1] - m.content[0] == 1 else None
            if _words(text, s, e) < 2 and self.quotes.kind(s, e) != "direct" and not (
                    one is not None and one.pos_ == "PROPN"
                    and (m.lemma in rv.object_content or rv.cue_class(m.lemma) == "position")
                    or one is not None and one.pos_ in ("NOUN", "PROPN") and m.lemma in rv.topic):
                # one word is no claim, but a name is ('the paper endorsed Ruiz'), and so is
                # what was spoken of ('warned of inflation')
                return []

            cue_at = offset + doc[m.cue[0]].idx
            if e <= cue_at and self.quotes.kind(s, e) != "indirect":
                # '“…” of the plan, Ruiz said. “…”': a reversed cue after a quoted content
                e = self._continuation(e, cue_at, doc, offset)
            return [(s, e)]
        q = None
        if m.quote_after is not None:
            q = self.quotes.starting_near(offset + m.quote_after + 1, max_gap=3)
        if q is None and m.quote_before is not None:
            q = self.quotes.ending_near(offset + m.quote_before, max_gap=3)
        if q is None and m.quote_after is not None and m.lemma != ":":
            block = self._block_after(offset + m.quote_after)
            if block is not None:
                return [block]
        if q is None or _words(text, q.start, q.end) < 1:
            return []
        s, e = clean_content(text, q.start, q.end, self.quotes)
        if m.after_quote:
            s = self._lead_words(s, offset + sent.start_char)
            e = self._continuation(e, offset + doc[m.cue[0]].idx, doc, offset)
        return [(s, e)]

    def _lead_words(self, start: int, sent_start: int) -> int:
        """'The summit achieved “too little,” he said': words of the sentence before the
        quotation belong to the claim (which is then mixed)."""
        if sent_start >= start:
            # the parse ended the sentence at the quotation's close ('The dam is “safe,”
            # engineer Pavel Orn wrote'): its start by the text's own sentence marks
            para = self._paragraph_of(start)
            lo = para[0] if para is not None else start
            ends = [m.end() for m in _LEAD_START.finditer(self.text, lo, start)
                    if m.group(1).lower() not in _ABBREVIATIONS and len(m.group(1)) != 1
                    and m.group(1).lower() not in ("approx", "p", "pp", "cf", "ca", "etc")]
            sent_start = ends[-1] if ends else lo
            while sent_start < start and self.text[sent_start].isspace():
                sent_start += 1
            lead = self.text[sent_start:start]
            if _words(self.text, sent_start, start) > 12 or "(" in lead or ")" in lead \
                    or not lead[:1].isupper():
                return start  # a clause of the writer's ('X got a roar when, at the end of …')
        if sent_start >= start or self.quotes.overlapping(sent_start, start):
            return start
        lead = self.text[sent_start:start]
        if "\n" in lead or not 1 <= _words(self.text, sent_start, start) <= 25:
            return start
        if _setting_lead(lead):
            return start  # 'At the rally, “We will win,” she said': where, not what
        return sent_start

    def _continuation(self, end: int, cue_at: int, doc: Doc, offset: int) -> int:
        """'“We won,” she said. “Now we govern.”' and '“We won,” she said, “and now we
        govern.”': the quotation that resumes right after its cue, in the same paragraph and
        with no cue of its own, belongs to the same claim.  The content then encloses its cue,
        as a parenthetical cue is enclosed ('Turkey, they said, remains the option')."""
        para = self._paragraph_of(cue_at)
        if para is None:
            return end
        nxt = [q for q in self.quotes.overlapping(cue_at, para[1]) if q.start > cue_at]
        if not nxt:
            return end
        q = nxt[0]
        between = self.text[cue_at : q.start]
        ends = _sentence_ends(between)
        before = between.rstrip()
        # the cue's sentence may run long ('said Ana Ruiz, a lawyer who has ... . “…”') when
        # the quotation resumes as the next sentence; inside the sentence, a short bridge only
        limit = 45 if ends == 1 and before[-1:] in ".!?" else 15
        if _words(self.text, cue_at, q.start) > limit or ends > 1:
            return end
        words = before.rsplit(None, 2)[-2:] if before else []
        if len(words) == 2 and words[0].lower() in ("but", "and") \
                and words[1].lower() in _BRIDGE_ADVERBS:
            before = before[: -len(words[1])].rstrip()  # '…,” she said, and still “…”'
        last = before.rsplit(None, 1)[-1].lower() if before else ""
        if last in ("but", "and") and before[:-len(last)].rstrip()[-1:] == ",":
            after = self.text[q.end : para[1]].lstrip()
            if after[:1].isalnum():
                return end  # '…,” Rask said, and then “The Long Road” was screened': a title
            before = ","  # '“I like him,” she said, but “he is wrong.”'
        if not before or before[-1] not in ",.:;—–":
            return end  # 'said on “Meet the Press”': a title, not the quotation resuming
        bridge = _WORD.findall(between.lower())[1:]  # the words after the cue itself
        if any(w.endswith("ing") and _reporting_form(w) and len(bridge) - k <= 3
               and w not in _NO_QUOTE_PARTICIPLES for k, w in enumerate(bridge)):
            return end  # '…,” he said, adding later, “…”': the participle's own quotation
        after = self.text[q.end : para[1]]
        tail = _SENTENCE_END.split(after, maxsplit=1)[0]
        if any(_reporting_form(w) for w in _WORD.findall(tail.lower())):
            return end  # '“…,” he added.': the next quotation has a cue of its own
        if any(c.content.start is not None and c.content.start < q.end and q.start < c.content.end
               for c in self.claims):
            return end
        return q.end

    def _quote_gap(self, s: int, e: int, cs: int, ce: int) -> tuple[int, int] | None:
        """For a content that encloses its cue between two quotations ('“We won,” she said,
        “and we govern.”'): the stretch between them, which is the cue's clause."""
        if not (s < cs and ce < e):
            return None
        qs = self.quotes.overlapping(s, e)
        before = [q for q in qs if q.end <= cs]
        after = [q for q in qs if q.start >= ce]
        if not before or not after:
            return None
        return before[-1].end, after[0].start

    def _parts(self, s: int, e: int, gap: tuple[int, int] | None, source: Source,
               cue: CharSpan) -> list[CharSpan]:
        """The source's own words of a content that encloses its cue: the content minus the
        cue's clause ('she said', 'said Ana Ruiz, a lawyer who …', ', they said,')."""
        if not (s < cue.start and cue.end < e):
            return []
        if gap is None:
            lo = min(cue.start, source.start if source.start is not None else cue.start)
            hi = max(cue.end, source.end if source.end is not None else cue.end)
            if lo <= s or hi >= e:
                return []
            tail = self.text[hi:e]
            m = re.match(r"[^,—–;\"“”«»]{0,60}?[,—–]", tail)
            if m is not None and _words(tail, 0, m.end()) <= 6:
                hi += m.end()
            gap = (lo, hi)
        out = []
        for a, b in ((s, gap[0]), (gap[1], e)):
            a, b = strip_edges(self.text, a, b) if b > a else (a, b)
            while b > a and self.text[b - 1] in ",—– ":
                b -= 1
            if b > a and _words(self.text, a, b) >= 1:
                out.append(CharSpan(text=self.text[a:b], start=a, end=b))
        return out if len(out) == 2 else []

    def _kind(self, s: int, e: int, gap: tuple[int, int] | None) -> str:
        """direct / mixed / indirect; the cue's clause between two quotations does not count."""
        if gap is None:
            return self.quotes.kind(s, e)
        kinds = {self.quotes.kind(s, gap[0]), self.quotes.kind(gap[1], e)}
        return kinds.pop() if len(kinds) == 1 else "mixed"

    def _leading_article(self, s: int, e: int) -> tuple[int, int, str]:
        """'promising a "long and difficult battle"': the lone article outside the quote does
        not make the claim mixed."""
        qs = self.quotes.overlapping(s, e)
        if len(qs) == 1 and qs[0].end >= e - 1:
            lead = self.text[s : qs[0].start].strip().lower()
            if lead in ("a", "an", "the"):
                return qs[0].start, e, "direct"
        return s, e, "mixed"

    def _source(self, m: CueMatch, doc: Doc, offset: int) -> tuple[Source, Resolved | None]:
        rng = None
        if m.source is not None and m.source_head is not None:
            rng = clean_source(doc, *m.source, head=m.source_head.i)
        if rng is None or m.source_head is None:
            # no noun phrase the source could be: an empty source of unknown type, never a
            # span that points at a time, an object or a piece of another clause
            return Source(text="", start=None, end=None, type="unknown"), None
        rng = _anonymity_terms(doc, rng, m.cue[0])
        head = m.source_head if rng[0] <= m.source_head.i < rng[1] else head_of(doc, *rng)
        desc = _description(doc, rng, m.cue[0])
        if desc is not None and head.pos_ == "NOUN" and _is_name(doc, *desc):
            # 'A spokesman for the movement, Omar Qassem, said': the name is the source and
            # the role describes it
            if head.lower_ in self.resolver.roles:
                self.resolver.name_role(doc[desc[0] : desc[1]].text, head.lower_)
            rng, desc = desc, rng
            head = head_of(doc, *rng)
        r = self.resolver.resolve(doc, rng[0], rng[1], head, offset, self.text)
        description = None
        if desc is not None:
            ds, de = char_range(doc, *desc)
            description = CharSpan(text=self.text[offset + ds : offset + de], start=offset + ds,
                                   end=offset + de)
        given = _given_name(self.text[r.end : offset + doc[m.cue[0]].idx]) \
            if r.end is not None and m.cue[0] > rng[1] else None
        if given is not None and r.type == "anonymous":
            # 'One resident, who gave only her first name, Mira, said': a person, so named
            r.type, r.name, r.count = "person", given, None
        return Source(text=r.text, start=r.start, end=r.end, name=r.name, type=r.type,
                      count=r.count, description=description), r

    def _intermediary(self, head, rng, doc: Doc, offset: int) -> Intermediary:
        rng = clean_source(doc, *rng, head=head.i) or rng
        if not rng[0] <= head.i < rng[1]:
            head = head_of(doc, *rng)
        r = self.resolver.resolve(doc, rng[0], rng[1], head, offset, self.text)
        return Intermediary(text=r.text, start=r.start, end=r.end, name=r.name, type=r.type)

    def _carry_group_via(self, r: Resolved | None, source: Source, via: list[Intermediary],
                         update: bool = True):
        """Sources reported by an outlet keep that outlet as their intermediary while the
        article keeps talking about them ("One source said ...", "According to the sources")."""
        if r is None:
            return via
        if not update:
            return list(self._group_via) if source.type == "anonymous" and r.refers_back \
                and not via else via
        if source.type == "anonymous":
            if via:
                self._group_via = via
            elif r.refers_back:
                via = list(self._group_via)
            else:
                self._group_via = []
        elif source.type in ("outlet", "document") and source.name:
            self._group_via = [Intermediary(text=source.text, start=source.start,
                                            end=source.end, name=source.name, type="outlet")]
        else:
            self._group_via = []
        return via

    def _modality(self, doc: Doc, offset: int, s: int, e: int, m: CueMatch) -> Modality:
        cue_tok = doc[m.cue[0]]
        cue_negated = any(dep(c) == "advmod" and c.lower_ in ("not", "n't", "never")
                          for c in cue_tok.children)
        if m.lemma in _negative_lemmas():
            cue_negated = not cue_negated
        cue_negated = cue_negated or m.held_back
        ds, de = s - offset, e - offset
        if 0 <= ds and de <= len(doc.text):
            span = doc.char_span(ds, de, alignment_mode="expand")
            if span is not None:
                return modality_of_tokens(span, m.lemma, cue_negated, _past_cue(cue_tok))
        words = [w.lower() for w in _WORD.findall(self.text[s:e])]
        mod = modality_of_words(words, m.lemma)
        mod.negated = mod.negated or cue_negated
        return mod

    # -- quotes that continue a speaker's words -------------------------------------------

    def _continued_quotes(self) -> None:
        """A paragraph that is nothing but a quotation continues the quote of the paragraph
        before: attribute it to the same speaker."""
        covered = sorted((c.content.start, c.content.end) for c in self.claims
                         if c.content.start is not None)
        by_end = sorted(self.claims, key=lambda c: c.content.end or 0)
        added = []
        for q in self.quotes.quotes:
            if _words(self.text, q.start, q.end) < self.options.min_continued_quote_words:
                continue
            if any(a < q.end and q.start < b for a, b in covered):
                continue
            para = self._paragraph_of(q.start)
            if para is None or q.start != para[0]:
                continue
            prev = [c for c in by_end if c.content.end is not None and c.content.end <= q.start]
            if not prev or prev[-1].kind == "indirect":
                continue
            last = prev[-1]
            last_para = self._paragraph_of(last.content.end - 1)
            k = self._paragraphs.index(para)
            if last_para is None or k == 0 or self._paragraphs[k - 1] != last_para:
                continue
            s, e = clean_content(self.text, q.start, q.end, self.quotes)
            added.append(last.model_copy(update={
                "content": CharSpan(text=self.text[s:e], start=s, end=e),
                "kind": "direct",
                "modality": modality_of_words([w.lower() for w in _WORD.findall(self.text[s:e])]),
                "confidence": 0.5,
            }))
        self.claims.extend(added)
        self.claims.sort(key=lambda c: (c.content.start or 0))

    def _block_after(self, colon: int) -> tuple[int, int] | None:
        """'The governor added:' closing its paragraph, and the next paragraph unquoted: the
        words set off as a block are what was said (transcripts, long remarks)."""
        para = self._paragraph_of(colon)
        if para is None or self.text[colon : colon + 1] != ":" or self.text[colon + 1 : para[1]].strip():
            return None
        m = _NONBLANK_LINE.search(self.text, para[1])
        if m is None:
            return None
        s, e = strip_edges(self.text, m.start(), m.end())
        if s >= e or self.text[s] in QUOTE_OPENERS or any(
                q.start <= s + 1 for q in self.quotes.overlapping(s, e)):
            return None  # a quotation is found as one, with its own cue if it has one
        if _words(self.text, s, e) < 3 or m.group().rstrip()[-1] not in ".!?…”’\"»":
            return None  # too short to be remarks, or no sentence ('See also: …')
        return s, e

    def _paragraph_of(self, offset: int) -> tuple[int, int] | None:
        for p in self._paragraphs:
            if p[0] <= offset < p[1]:
                return p
        return None


# adverbs of a bridge from a cue to the quotation it goes on with ('…,” she said, and still “…”')
_BRIDGE_ADVERBS = frozenset({"still", "also", "then", "later", "even", "yet"})
# where the words before a quotation can start when the parse gives no sentence: after a
# sentence's end, a colon or a semicolon
_LEAD_START = re.compile(r"(\w*)[.!?:;][\"”’']*(?:\s|$)")
_NONBLANK_LINE = re.compile(r"[^\n]*\S[^\n]*")
_ENDS_SENTENCE = frozenset({".", "?", "!", ":", ";", "…"})


# a phrase that sets the scene of a quotation and is no part of it: the occasion of speaking
# ('At the rally,', 'In an interview with the Ledger,') or the act itself ('Speaking to
# reporters,'); not a place or time of what is said ('In the first phase, “…”')
_SETTING_PREPOSITIONS = frozenset({"at", "in", "during", "on"})
_SPEAKING_LEADS = frozenset({"speaking", "addressing", "writing", "interviewed"})


def _setting_lead(lead: str) -> bool:
    words = _WORD.findall(lead.lower())
    if not lead.rstrip().endswith(",") or not words or len(words) > 10:
        return False
    if words[0] in _SPEAKING_LEADS or len(words) == 1 and words[0] in _TIME_ADVERBS:
        return True  # 'Speaking to reporters,', 'Later,'
    if words[0] in ("on", "late", "early", "last", "this") and all(
            w in _TIME_WORDS or w.isdigit() for w in words[1:]):
        return True  # 'On Tuesday,', 'Late on Monday night,'
    return words[0] in _SETTING_PREPOSITIONS and any(
        w in lx.word_set("saying_settings.txt") or w in _DOCUMENT_SETTINGS for w in words[1:])


_TIME_ADVERBS = frozenset({"later", "earlier", "meanwhile", "afterwards", "afterward",
                           "separately", "then"})
_TIME_WORDS = TEMPORAL_WORDS | {"on", "the", "of", "day"}
# what a quotation was written in ('In a statement, “…,” the ministry said')
_DOCUMENT_SETTINGS = frozenset({"statement", "post", "posting", "letter", "tweet", "email",
                                "message", "video", "op", "essay", "column"})


# participles after a cue that take no quotation of their own ('said, citing army figures,
# “…”' goes on with the first quotation)
_NO_QUOTE_PARTICIPLES = frozenset({"citing", "quoting", "speaking", "warning", "continuing"})


def _determiner_that(tok) -> bool:
    """'that' of 'rejected that argument': a determiner of the noun right after it, and no
    verb or quotation after that noun ('demanded that police release …'); also when the
    parse made it the mark of a 'clause' that is that noun alone ('reject that reading')."""
    noun = tok.head
    after = tok.doc[noun.i + 1] if noun.i + 1 < len(tok.doc) else None
    if tok.lower_ != "that" or noun.i != tok.i + 1 or after is not None and (
            after.pos_ in ("VERB", "AUX") or after.text in QUOTE_OPENERS):
        return False
    if tok.tag_ == "DT" and dep(tok) == "det":
        return True
    # a 'that' the tagger took for a conjunction: only before a noun that ends what was said
    # or has a phrase of its own ('rejected that claim.', 'that decision by the court'), not
    # 'argued that voting, under the circumstances, was impossible'
    if tok.tag_ not in ("IN", "WDT") or dep(tok) not in ("det", "mark") or dep(tok) == "mark" and (
            noun.pos_ != "NOUN" or any(dep(c) in ("nsubj", "cop") for c in noun.children)):
        return False
    return after is None or after.text in (".", "!", "?", ";") or after.pos_ == "ADP"


def _passive_content(doc: Doc, a: int, b: int) -> bool:
    """What an agentless passive with a subject says: 'accused [of …]', 'blamed [for …]',
    'warned [that …]', 'warned [the convoy would be late]', 'asked [whether …]', 'asked [to
    …]'; not 'a device was found [in the square]'."""
    first = doc[a].lower_
    if first in ("of", "for", "over", "to", "whether", "if") or a > 0 and doc[a - 1].lower_ in (
            "that", "whether", "if"):
        return True
    return doc[a].pos_ not in ("ADP", "SCONJ") and first != "as" and any(
        t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[a : min(b, a + 8)])


def _sentences(para: Doc | Span) -> list[Span]:
    """The parser's sentences of ``para``, mended where it cut one short: a sentence that
    does not end in final punctuation (or a quotation closing after it) runs on into the next
    ('Talks collapse in Dorn, report says' split at the comma)."""
    doc = para.doc if isinstance(para, Span) else para
    lo = para.start if isinstance(para, Span) else 0
    hi = para.end if isinstance(para, Span) else len(doc)
    out: list[list[int]] = []
    piece = (lo, lo)  # the parser's previous sentence
    for sent in para.sents:
        a, b = max(sent.start, lo), min(sent.end, hi)
        if b <= a:
            continue
        open_end = out and not _closes_sentence(doc, out[-1][0], out[-1][1])
        if open_end and (not doc[a].is_title and not doc[a].is_upper and not doc[a].is_digit
                         or _ends_with_comma(doc, *out[-1])
                         or sum(not t.is_punct for t in doc[piece[0] : piece[1]]) <= 2) \
                or out and doc[a].text in (",", ";"):
            out[-1][1] = b
        else:
            out.append([a, b])
        piece = (a, b)
    return [doc[a:b] for a, b in out]


def _ends_with_comma(doc: Doc, a: int, b: int) -> bool:
    """'“The levees will hold,”' cut from its 'Marta Keel said'."""
    k = b - 1
    while k > a and doc[k].text in ("”", "’", '"', "»", "''", "'"):
        k -= 1
    return doc[k].text in (",", "—", "–") or doc[k].text.endswith(",")


def _closes_sentence(doc: Doc, a: int, b: int) -> bool:
    k = b - 1
    while k > a and (doc[k].is_space or doc[k].text in ("”", "’", '"', "»", "''", "'", ")")):
        k -= 1
    t = doc[k].text
    return t in _ENDS_SENTENCE or t.endswith((".", "?", "!"))


@cache
def _negative_lemmas() -> frozenset[str]:
    from accordwatch.attribution import lexicons as lx

    return lx.reporting_verbs().negative


def _past_cue(tok) -> bool:
    """'said', 'had said', 'has said': a reporting verb in a past tense."""
    return tok.tag_ == "VBD" or tok.tag_ == "VBN" and any(
        c.lower_ in ("had", "has", "have", "'d", "was", "were", "been") for c in tok.children)


_GROUP_DEPS = frozenset({"aux", "aux:pass", "advmod"})
# sentence adverbs and question words that are no part of the verb group
_NOT_GROUP = frozenset({"when", "where", "why", "how", "then", "so", "however", "meanwhile",
                        "later", "earlier", "now", "here", "there", "as",
                        # quantifiers the tagger reads as adverbs are the subject: 'Most say …'
                        "most", "half", "more", "fewer", "many", "some", "all", "both"})


def _verb_group_start(doc: Doc, m: CueMatch, sent: Span) -> int:
    """First token of the cue as a reader quotes it: a reporting verb with its auxiliaries,
    negation and adverbs right before it ('has denied', 'did not say', 'also warned')."""
    i = m.cue[0]
    verb = doc[i]
    if not verb.tag_.startswith("VB") or m.cue[1] - m.cue[0] > 2 and doc[
            m.cue[1] - 1].pos_ not in ("NOUN", "ADJ"):  # but 'has made repeated calls'
        return i
    k = i
    while k - 1 >= sent.start and doc[k - 1].head.i == i and doc[k - 1].dep_.lower() in _GROUP_DEPS \
            and doc[k - 1].pos_ in ("AUX", "PART", "ADV") and doc[k - 1].lower_ not in _NOT_GROUP:
        k -= 1
    be = progressive_be(verb) if verb.tag_ == "VBG" and k == i else 0
    if be:
        # 'is warning', 'has been urging': the parse hung the form of 'be' elsewhere
        k = be
        while k - 1 >= sent.start and doc[k - 1].pos_ == "AUX" and doc[k - 1].lower_ not in _NOT_GROUP:
            k -= 1
    return k





def _participle_after_comma(doc: Doc, m: CueMatch) -> bool:
    i = m.cue[0]
    return doc[i].tag_ == "VBG" and i > 0 and doc[i - 1].text in (",", "—", "–") \
        and m.lemma != "according to"  # a preposition, with a source of its own


_NOT_CONTENT_OPENERS = frozenset({"by", "for", "from", "to", "with", "up"})


_TIME_LEADS = frozenset({"on", "this", "last", "next", "early", "late", "earlier", "later"})
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                   "today", "yesterday"})


def _time_lead(doc: Doc, a: int, b: int) -> int | None:
    """Where a content opening with a time ('on Monday plans to …', 'this week a plan to …')
    goes on with what was said; None when it opens otherwise."""
    day = doc[a].lower_ in _DAYS  # 'announced Monday plans to …'
    if not day and doc[a].lower_ not in _TIME_LEADS:
        return None
    j = a + 1
    while j < b and j - a <= 3 and (doc[j].lower_ in TEMPORAL_WORDS or doc[j].like_num):
        j += 1
    if j == a + 1 and not day and doc[a].lower_ not in ("earlier", "later") or b - j < 2:
        return None
    if not is_temporal(doc[a:j]) or doc[j].is_punct or doc[j].pos_ in ("ADP", "PART") \
            or doc[j].tag_ == "POS" or doc[j].lower_ == "that":
        return None  # "Monday's closure"; 'said Monday that …' is read as a clause
    return j


def _starts_with_preposition(doc: Doc, i: int) -> bool:
    """A content never opens with the cue's own preposition: the passive agent, a particle,
    a verb's prepositional object ('responded to the letter')."""
    tok = doc[i]
    if tok.lower_ == "to" and i + 1 < len(doc) and doc[i + 1].tag_ == "VB" \
            and dep(tok) == "mark":
        return False  # 'is seeking to contrast …': an infinitive the tagger read as 'to' the preposition
    return tok.pos_ == "ADP" and tok.lower_ in _NOT_CONTENT_OPENERS


def _description(doc: Doc, rng: tuple[int, int], cue_at: int) -> tuple[int, int] | None:
    """The apposition or parenthesis right after a source ('Ana Ruiz, a lawyer for the
    union, said', 'said Ana Ruiz, a lawyer who …', 'Rep. Jo Hale (D-Ore.) said')."""
    a, b = rng
    if b >= len(doc) or b == cue_at:
        return None
    if doc[b].text == "(":
        for k in range(b + 1, min(b + 10, len(doc))):
            if doc[k].text == ")":
                return (b + 1, k) if k > b + 1 else None
        return None
    if doc[b].text not in (",", "—", "–"):
        return None
    for t in doc[b + 1 : min(b + 4, len(doc))]:
        if t.dep_ == "appos" and a <= t.head.i < b and t.left_edge.i in (b, b + 1):
            end = t.right_edge.i + 1
            if t.left_edge.i <= cue_at < end or end - b > 40:
                return None
            while end > b + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            return (b + 1, end) if end > b + 1 else None
    # the parse made both subjects ('Kessaria's interior minister, Dusan Orveld, has
    # argued'): a name alone between two commas, then only the verb group before the cue
    k = b + 1
    while k < min(b + 6, len(doc)) and doc[k].pos_ == "PROPN" and doc[k].is_title:
        k += 1
    if k > b + 1 and k < cue_at and doc[k].text == "," and all(
            t.pos_ in ("AUX", "ADV", "PART") for t in doc[k + 1 : cue_at]):
        return b + 1, k
    return None


_ANONYMITY_TAIL = re.compile(r"(?:not )?to (?:be (?:named|identified|quoted)|remain anonymous)"
                             r"(?: by name)?\b")


def _anonymity_terms(doc: Doc, rng: tuple[int, int], cue_at: int) -> tuple[int, int]:
    """'A diplomat who asked not to be named said': the parse may end the source at 'asked';
    the terms of its anonymity belong to it."""
    a, b = rng
    if b >= cue_at or b - a < 3 or doc[b - 1].lower_ not in ("asked", "requested", "wanted",
                                                              "agreed", "declined"):
        return rng
    m = _ANONYMITY_TAIL.match(doc[b:cue_at].text.lower())
    if not m:
        return rng
    end = b
    while end < cue_at and doc[end].idx + len(doc[end].text) - doc[b].idx <= m.end():
        end += 1
    return a, end


_GIVEN_NAME = re.compile(
    r"^,? *(?:who|and) (?:gave|would give|asked to be identified|asked to be named|"
    r"identified (?:herself|himself|themselves))(?: only)?(?: by)?(?: (?:her|his|their))?"
    r"(?: first| last)?(?: name)?(?: only)?(?: as)?,? +([A-Z][\w'’-]+)[,.]? *(?:[,—–]|$)")


def _given_name(between: str) -> str | None:
    """'…, who gave only her first name, Mira, said' / '…, who gave his name as Ilan, said':
    the name an unnamed speaker gave, from the words between the speaker and the cue."""
    m = _GIVEN_NAME.match(between.strip())
    return m.group(1) if m else None


def _is_name(doc: Doc, a: int, b: int) -> bool:
    """'Omar Qassem', 'Lina de Varga': a short run of capitalised proper nouns."""
    toks = [t for t in doc[a:b]]
    return 1 <= len(toks) <= 4 and toks[0].is_title and toks[-1].is_title and all(
        t.pos_ == "PROPN" or t.lower_ in ("de", "al", "bin", "van", "von", "la", "el")
        for t in toks)


def _sentence_ends(text: str) -> int:
    """How many sentences end in ``text`` (a period after an abbreviation or an initial does
    not count)."""
    n = 0
    for m in _STOP.finditer(text):
        word = m.group(1).lower()
        if word in _ABBREVIATIONS or len(word) == 1 or "." in text[max(m.start() - 2, 0) : m.start()]:
            continue
        n += 1
    return n


def _reporting_form(word: str) -> bool:
    from accordwatch.attribution import lexicons as lx

    return lx.reporting_verbs().lemma(word) is not None


def _words(text: str, s: int, e: int) -> int:
    return sum(1 for _ in _WORD.finditer(text, s, e))


def _stop_before_trailing_cues(claims: list[Claim], text: str) -> list[Claim]:
    """'The deal calls for a pause in attacks, two officials said …': a claim inside what a
    trailing cue reports ends where that report ends, never in its speaker."""
    trailing = [e for e in claims if e.content.end is not None and e.source.start is not None
                and e.cue.start is not None and e.content.end <= e.source.start < e.cue.start]
    for c in claims:
        if c.content.start is None or c.cue.start is None or c.content_parts:
            continue
        for e in trailing:
            if e is c or not (e.content.start <= c.cue.start < e.content.end):
                continue
            if c.content.start < e.content.end < c.content.end <= e.cue.end + 40:
                end = e.content.end
                c.content = c.content.model_copy(update={
                    "text": text[c.content.start : end], "end": end})
    return claims


def _drop_nested_positions(claims: list[Claim]) -> list[Claim]:
    """'A source said several commanders refused to leave': the refusal is the source's claim
    about the commanders, inside its content, not a claim of the commanders."""
    outer = [(c.content.start, c.content.end) for c in claims if c.cue_class != "position"]
    return [c for c in claims if c.cue_class != "position" or not any(
        s <= (c.cue.start or 0) < e for s, e in outer)]


_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
# a clause joined to what was said, its subject right after: 'X, and Varga believes …'
_JOINED = re.compile(r"(?:[,;]\s*(?:and|but|while|whereas|yet)|;)\s*$")


def _nested_via(claims: list[Claim]) -> list[Claim]:
    """'Palestinian sources said Hamas had told the mediators that …': Hamas's claim reaches the
    article through the sources, so they head its ``via`` (after their own intermediaries).
    A claim inside the content of another with the very same source mention ('Parliament
    voted to reject the accord'), and a belief inside what someone said, are part of that
    claim and are dropped."""
    def inside(c: Claim, e: Claim) -> bool:
        s, t = e.content.start, e.content.end
        if c is e or s is None or c.cue.start is None or (c.cue.start, c.cue.end) == (
                e.cue.start, e.cue.end) or not (s <= c.cue.start and s <= c.content.start
                                                and c.content.end <= t + 40) or (
                e.cue.start is not None and e.cue.start > s and c.source.start != s) \
                or c.cue.start >= t:  # 'Orn, whom Ruiz praised, said …': after, not inside
            # only the content a cue leads ('X said that Y told Z') or whose clause a nested
            # cue's subject opens ('Varga thinks …, her aides said'); in 'After Y reported Z,
            # …, X said' the writer frames X's claim with Y's report
            return False
        if c.content.end > t and not (e.cue.start is not None and t <= e.cue.start
                                      and c.content.end <= e.cue.end + 30):
            return False  # a content running on through the outer cue, and only that
        return not e.content_parts or any(p.start <= c.cue.start < p.end
                                          for p in e.content_parts)

    drop = set()
    for c in sorted(claims, key=lambda c: -((c.content.end or 0) - (c.content.start or 0))):
        outer = [e for e in claims if inside(c, e)]
        if not outer:
            continue
        e = min(outer, key=lambda e: e.content.end - e.content.start)
        if c.content.end > e.content.end > c.content.start and e.cue.start is not None \
                and e.cue.start >= e.content.end and not c.content_parts:
            # 'Ruiz said the plan failed, officials added': what Ruiz said ends where the
            # officials' content does, before their cue
            cut = c.content.text[: e.content.end - c.content.start].rstrip(" ,;—–-\n")
            if cut:
                c.content = CharSpan(text=cut, start=c.content.start,
                                     end=c.content.start + len(cut))
        src = e.source
        if src.start is not None and (src.start, src.end) == (c.source.start, c.source.end):
            drop.add(id(c))  # 'Parliament voted to reject the accord': one claim, not two
            continue
        if c.cue_class == "belief" and e.cue_class == "speech" and c.source.start is not None \
                and not _JOINED.search(e.content.text[: max(0, c.source.start - e.content.start)]):
            # 'Ruiz said she thinks the bridge should reopen', 'Ruiz said the plan, which Varga
            # thinks is flawed, …': a belief inside what was told is the teller's claim (as a
            # stance is, in _drop_nested_positions); 'Ruiz said X, and Varga believes Y'
            # joins a belief of Varga's, which keeps its via
            drop.add(id(c))
            continue
        if e.cue_class == "position":
            continue  # 'declined to say whether X, who was reported to …': passes nothing on
        if e.modality.negated and e.source.start is not None and e.source.start > c.cue.start:
            continue  # 'The army said X, a claim Hamas denied': the denial passes nothing on
        if c.source.start is not None and c.content.end <= c.source.start and c.cue.start > c.source.start:
            continue  # 'rejected the cuts Varga announced': a noun the outer claim is about
        if src.start is None or (
                src.name == c.source.name and (src.name or c.source.text.lower() in _PRONOUNS)
        ) or any(
                v.start == src.start for v in c.via):
            continue
        link = Intermediary(text=src.text, start=src.start, end=src.end, name=src.name,
                            type=src.type)
        c.via = [*e.via, link, *c.via]
    return [c for c in claims if id(c) not in drop]


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per content span: when two cues produce the same content, keep the surer.
    A cue inside the other's content is a claim within it, not a copy ('pointed to files
    that he said would need …')."""
    best: dict[tuple, Claim] = {}
    kept: list[Claim] = []
    for c in claims:
        key = (c.content.start, c.content.end)
        old = best.get(key)
        if old is not None and (_cue_inside(c, old) or _cue_inside(old, c)
                                or _other_party(c, old)):
            kept.append(c)
        elif old is None or (c.confidence or 0) > (old.confidence or 0):
            best[key] = c
    return sorted([*best.values(), *kept], key=lambda c: (c.content.start or 0, c.cue.start or 0))


def _other_party(c: Claim, e: Claim) -> bool:
    """'The envoy proposed a truce, which Hamas rejected': two parties, each with a claim on
    the same words."""
    a, b = c.source, e.source
    return a.start is not None and b.start is not None and (a.end <= b.start or b.end <= a.start) \
        and (a.name or a.text).lower() != (b.name or b.text).lower() \
        and (c.cue.start, c.cue.end) != (e.cue.start, e.cue.end) \
        and c.kind != "direct" and e.kind != "direct"  # a quotation has one speaker


def _cue_inside(c: Claim, e: Claim) -> bool:
    return c.cue.start is not None and e.content.start is not None \
        and e.content.start < c.cue.start < e.content.end


# -- public entry points ----------------------------------------------------------------------

# No-break and thin spaces are parsed as plain spaces: the tokenizer makes a word of them
# ('has\u00a0acknowledged' gives the subject 'has' a noun neighbour). One character for one,
# so offsets into the text stay the same; spans are always cut from the text itself. (A Doc
# parsed elsewhere and given to the pipeline component is taken as it is.)
_SPACES = str.maketrans({c: " " for c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
                                         "\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"})


def extract_claims(text: str, doc: str | None = None, nlp: Language | None = None,
                   options: ExtractOptions | None = None) -> list[Claim]:
    """Every attributed claim in ``text``; offsets are character offsets into ``text``."""
    return next(extract_claims_batch([(text, doc)], nlp=nlp, options=options))


def extract_claims_batch(
    texts: Iterable[tuple[str, str | None]],
    nlp: Language | None = None,
    batch_size: int = 64,
    options: ExtractOptions | None = None,
) -> Iterator[list[Claim]]:
    """Claims of many texts, one list per input, in order; paragraphs are parsed with
    ``nlp.pipe`` in batches across texts."""
    nlp = nlp or default_nlp()
    pending: list[tuple[ArticleExtractor, int]] = []  # extractor, paragraphs still to come

    def paragraphs():
        for text, name in texts:
            spans = paragraph_spans(text) or [(0, 0)]
            pending.append((ArticleExtractor(text, name, options), len(spans)))
            for s, e in spans:
                yield text[s:e].translate(_SPACES), s

    docs = nlp.pipe(paragraphs(), as_tuples=True, batch_size=batch_size)
    current: ArticleExtractor | None = None
    remaining = 0
    for parsed, offset in docs:
        while remaining == 0:
            if current is not None:
                yield current.finish()
            current, remaining = pending.pop(0)
        current.add(parsed, offset)
        remaining -= 1
        if remaining == 0:
            yield current.finish()
            current = None
