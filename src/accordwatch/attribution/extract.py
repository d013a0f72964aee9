"""From text to claims: parse paragraphs in batches, find cues, build and resolve claims."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from accordwatch.attribution.claim import Claim, Intermediary, Modality, Source
from accordwatch.attribution.claim import Span as CharSpan
from accordwatch.attribution.cues import CueMatch, find_cues
from accordwatch.attribution.modality import modality_of_tokens, modality_of_words
from accordwatch.attribution.quotes import QuoteIndex, paragraph_spans
from accordwatch.attribution.sources import Resolved, SourceResolver
from accordwatch.attribution.spans import char_range, clean_content, dep

_WORD = re.compile(r"\w+")
MIN_QUOTE_WORDS = 3


@cache
def default_nlp() -> Language:
    from accordwatch import nlp as nlp_pkg

    return nlp_pkg.load()


class ArticleExtractor:
    """Claims of one article, fed its parsed paragraphs in reading order."""

    def __init__(self, text: str, doc_name: str | None = None):
        self.text = text
        self.doc_name = doc_name
        self.quotes = QuoteIndex(text)
        self.resolver = SourceResolver()
        self.claims: list[Claim] = []
        self._group_via: list[Intermediary] = []
        self._sentence = 0
        self._paragraphs: list[tuple[int, int]] = []
        self._sentence_source: tuple[Source, Resolved] | None = None

    # -- feeding ----------------------------------------------------------------------------

    def add(self, doc: Doc, offset: int) -> None:
        """Process one parsed paragraph whose text starts at ``offset`` in the article."""
        self._paragraphs.append((offset, offset + len(doc.text)))
        for sent in doc.sents:
            self._sentence_source = None
            self.resolver.observe(sent)
            for m in sorted(find_cues(sent), key=lambda m: m.cue[0]):
                for claim in self._claims_from(m, doc, sent, offset):
                    self.claims.append(claim)
            self._sentence += 1

    def finish(self) -> list[Claim]:
        self._continued_quotes()
        return _dedupe(self.claims)

    # -- building a claim -------------------------------------------------------------------

    def _claims_from(self, m: CueMatch, doc: Doc, sent: Span, offset: int) -> list[Claim]:
        contents = self._content_spans(m, doc, sent, offset)
        if not contents:
            return []
        cs, ce = char_range(doc, *m.cue)
        cue = CharSpan(text=self.text[offset + cs : offset + ce], start=offset + cs,
                       end=offset + ce)
        source, resolved = self._source(m, doc, offset)
        if resolved is None and self._sentence_source is not None:
            # "He said ..., citing X": a cue without a subject of its own shares the speaker
            # of the sentence's previous cue
            source, resolved = self._sentence_source
        if resolved is not None:
            self._sentence_source = (source, resolved)
        via = [self._intermediary(h, r, doc, offset) for h, r in m.via]
        via = self._carry_group_via(resolved, source, via)
        out = []
        for s, e in contents:
            if cs + offset < e and s < ce + offset and not m.enclosing:
                continue  # the content may not swallow its own cue
            kind = self.quotes.kind(s, e)
            if kind == "mixed":
                s, e, kind = self._leading_article(s, e)
            out.append(Claim(
                doc=self.doc_name,
                source=source,
                cue=cue,
                content=CharSpan(text=self.text[s:e], start=s, end=e),
                kind=kind,
                via=via,
                modality=self._modality(doc, offset, s, e, m),
                sentence=self._sentence,
                confidence=m.confidence,
            ))
        return out

    def _content_spans(self, m: CueMatch, doc: Doc, sent: Span, offset: int):
        text = self.text
        if m.content is not None and m.content[1] > m.content[0]:
            s, e = char_range(doc, *m.content)
            s, e = clean_content(text, offset + s, offset + e, self.quotes)
            if m.enclosing:
                parts = self._split_quote_around(s, e, offset + doc[m.cue[0]].idx)
                if parts:
                    return parts
            if _words(text, s, e) >= 2 or self.quotes.kind(s, e) == "direct":
                return [(s, e)]
            return []
        q = None
        if m.quote_after is not None:
            q = self.quotes.starting_near(offset + m.quote_after + 1, max_gap=3)
        if q is None and m.quote_before is not None:
            q = self.quotes.ending_near(offset + m.quote_before, max_gap=3)
        if q is None or _words(text, q.start, q.end) < 1:
            return []
        return [clean_content(text, q.start, q.end, self.quotes)]

    def _split_quote_around(self, s: int, e: int, cue_at: int):
        """'"We will win," she said, "because ..."': two direct claims, not one mixed span."""
        before = [q for q in self.quotes.overlapping(s, cue_at) if q.end <= cue_at]
        after = [q for q in self.quotes.overlapping(cue_at, e) if q.start >= cue_at]
        if not before or not after:
            return None
        qb, qa = before[0], after[-1]
        if _words(self.text, s, qb.start) or _words(self.text, qa.end, e):
            return None
        return [(qb.start, qb.end), (qa.start, qa.end)]

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
        if m.source is None or m.source_head is None or m.source[1] <= m.source[0]:
            return Source(text="", start=None, end=None, type="unknown"), None
        r = self.resolver.resolve(doc, m.source[0], m.source[1], m.source_head, offset, self.text)
        return Source(text=r.text, start=r.start, end=r.end, name=r.name, type=r.type,
                      count=r.count), r

    def _intermediary(self, head, rng, doc: Doc, offset: int) -> Intermediary:
        r = self.resolver.resolve(doc, rng[0], rng[1], head, offset, self.text)
        return Intermediary(text=r.text, start=r.start, end=r.end, name=r.name, type=r.type)

    def _carry_group_via(self, r: Resolved | None, source: Source, via: list[Intermediary]):
        """Sources reported by an outlet keep that outlet as their intermediary while the
        article keeps talking about them ("One source said ...", "According to the sources")."""
        if r is None:
            return via
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
        ds, de = s - offset, e - offset
        if 0 <= ds and de <= len(doc.text):
            span = doc.char_span(ds, de, alignment_mode="expand")
            if span is not None:
                return modality_of_tokens(span, m.lemma, cue_negated)
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
            if _words(self.text, q.start, q.end) < MIN_QUOTE_WORDS:
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

    def _paragraph_of(self, offset: int) -> tuple[int, int] | None:
        for p in self._paragraphs:
            if p[0] <= offset < p[1]:
                return p
        return None


@cache
def _negative_lemmas() -> frozenset[str]:
    from accordwatch.attribution import lexicons as lx

    return lx.reporting_verbs().negative


def _words(text: str, s: int, e: int) -> int:
    return sum(1 for _ in _WORD.finditer(text, s, e))


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per content span: when two cues produce the same content, keep the surer."""
    best: dict[tuple, Claim] = {}
    for c in claims:
        key = (c.content.start, c.content.end)
        old = best.get(key)
        if old is None or (c.confidence or 0) > (old.confidence or 0):
            best[key] = c
    return sorted(best.values(), key=lambda c: (c.content.start or 0, c.cue.start or 0))


# -- public entry points ----------------------------------------------------------------------


def extract_claims(text: str, doc: str | None = None, nlp: Language | None = None) -> list[Claim]:
    """Every attributed claim in ``text``; offsets are character offsets into ``text``."""
    return next(extract_claims_batch([(text, doc)], nlp=nlp))


def extract_claims_batch(
    texts: Iterable[tuple[str, str | None]],
    nlp: Language | None = None,
    batch_size: int = 64,
) -> Iterator[list[Claim]]:
    """Claims of many texts, one list per input, in order; paragraphs are parsed with
    ``nlp.pipe`` in batches across texts."""
    nlp = nlp or default_nlp()
    pending: list[tuple[ArticleExtractor, int]] = []  # extractor, paragraphs still to come

    def paragraphs():
        for text, name in texts:
            spans = paragraph_spans(text) or [(0, 0)]
            pending.append((ArticleExtractor(text, name), len(spans)))
            for s, e in spans:
                yield text[s:e], s

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
