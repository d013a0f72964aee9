"""Turn the treebanks in ``../shared/data`` into spaCy training corpora (``.spacy`` DocBins).

What goes where (see ``shared/data/README.md``; PolNeAR, CofeNet and UD PUD never train):

=========  ===================================================================================
train      UD EWT train (tags, lemmas, parse; NER *missing*), GUM train docs (tags, lemmas,
           parse, NER derived from ``Entity=``), UNER dev (NER only, over EWT dev words);
           present-tense copies of EWT and GUM train sentences (off: ``--no-present-tense``)
dev        UD EWT dev (tags, lemmas, parse; NER missing), GUM dev docs (all layers)
test       UD EWT test + UNER test NER, GUM test docs, UD PUD test (evaluation only)
=========  ===================================================================================

Entity labels: ``PERSON``, ``ORG``, ``LOC``. GUM's ``person`` -> PERSON, ``organization`` -> ORG,
``place`` -> LOC; UNER's ``PER`` -> PERSON, ``ORG`` -> ORG, ``LOC`` -> LOC, ``OTH`` -> not an
entity. GUM marks every mention (pronouns, "the spokesman", nested ones); a mention becomes a
named entity only when its syntactic head is a proper noun, and the entity span is that head
plus its name-internal dependents (``flat``, ``compound``, ``fixed`` proper nouns and numbers,
and "of"-modifiers as in "Bank of America"), so "NASA Administrator Charles Bolden" gives
PERSON "Charles Bolden" and, from its own nested mention, ORG "NASA". Neither treebank separates
countries and cities (GPE) from other places, so there is one ``LOC`` label.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from accordwatch.nlp.conllu import Sentence, read_conllu, read_uner

GUM_LABELS = {"person": "PERSON", "organization": "ORG", "place": "LOC"}
UNER_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}  # OTH: not an entity here
NEWS_GENRES = ("news", "interview")
SENTS_PER_DOC = 10


def gum_splits(gum_dir: Path) -> dict[str, str]:
    """Document name -> split, from ``gum/splits.md``."""
    split = ""
    out: dict[str, str] = {}
    for line in (gum_dir / "splits.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            split = line[3:].strip()
        elif line.strip().startswith("* "):
            out[line.strip()[2:].strip()] = split
    return out


def gum_files(data_dir: Path, split: str, genres: Iterable[str] | None = None) -> list[Path]:
    gum = data_dir / "gum"
    splits = gum_splits(gum)
    files = []
    for path in sorted((gum / "dep").glob("*.conllu")):
        if splits.get(path.stem) != split:
            continue
        if genres is not None and path.stem.split("_")[1] not in genres:
            continue
        files.append(path)
    return files


_NAME_DEPS = {"flat", "flat:name", "flat:foreign", "compound", "fixed", "goeswith"}


def named_entity_span(sent: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """The proper-name core of the mention [start, end), or None if it is not a name."""
    inside = range(start, end)
    heads = [i for i in inside if not (start <= sent.heads[i] < end) or sent.heads[i] == i]
    if not heads:
        return None
    head = heads[0]
    if sent.upos[head] != "PROPN" or not sent.words[head][:1].isupper():
        return None
    children: dict[int, list[int]] = {}
    for i in inside:
        if sent.heads[i] != i:
            children.setdefault(sent.heads[i], []).append(i)
    keep = {head}
    todo = [head]
    while todo:
        tok = todo.pop()
        for child in children.get(tok, []):
            dep = sent.deps[child]
            name_like = sent.upos[child] in ("PROPN", "NUM") or sent.words[child][:1].isupper()
            if (dep in _NAME_DEPS or dep == "amod") and name_like:
                keep.add(child)
                todo.append(child)
            elif dep == "nmod" and sent.upos[child] == "PROPN" and child > tok:
                grand = children.get(child, [])
                if any(sent.deps[g] == "case" and sent.words[g].lower() == "of" for g in grand):
                    keep.add(child)
                    todo.append(child)
                    keep.update(g for g in grand if sent.deps[g] in ("case", "det") and g < child)
    lo, hi = min(keep), max(keep) + 1
    # Fill gaps with what hangs below the kept words ("Air and Space", "Udvar - Hazy").
    for i in range(lo, hi):
        j = i
        while j not in keep and sent.heads[j] != j and start <= sent.heads[j] < end:
            j = sent.heads[j]
        if j in keep:
            keep.add(i)
    if all(i in keep for i in range(lo, hi)):
        return lo, hi
    # Still not contiguous: fall back to the unbroken run around the head.
    lo = hi = head
    while lo - 1 >= start and lo - 1 in keep:
        lo -= 1
    while hi + 1 < end and hi + 1 in keep:
        hi += 1
    return lo, hi + 1


# A person mention headed by one of these ("the Secretary", "Emperor of the United States")
# is a role, not a name; UNER does not tag titles either.
TITLES = frozenset(
    [
        "president",
        "vice",
        "minister",
        "secretary",
        "emperor",
        "empress",
        "king",
        "queen",
        "prince",
        "princess",
        "duke",
        "chairman",
        "chairwoman",
        "chair",
        "governor",
        "senator",
        "mayor",
        "judge",
        "justice",
        "general",
        "colonel",
        "captain",
        "director",
        "chief",
        "commissioner",
        "ambassador",
        "administrator",
        "pope",
        "bishop",
        "cardinal",
        "sheikh",
        "premier",
        "chancellor",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "professor",
        "doctor",
        "dr.",
        "mr.",
        "mrs.",
        "ms.",
        "lord",
        "lady",
        "sir",
        "saint",
        "st.",
        "officer",
        "inspector",
        "sergeant",
        "lieutenant",
        "admiral",
        "commander",
    ]
)
_BAD_CHARS = set('[](){}<>"“”|')


def gum_entities(sent: Sentence) -> list[tuple[int, int, str]]:
    spans = []
    for m in sent.mentions:
        label = GUM_LABELS.get(m.etype)
        if label is None:
            continue
        core = named_entity_span(sent, m.start, m.end)
        if core is None:
            continue
        words = sent.words[core[0] : core[1]]
        if any(ch in _BAD_CHARS for w in words for ch in w):
            continue
        if label == "PERSON" and (
            all(w.lower() in TITLES for w in words) or "of" in (w.lower() for w in words)
        ):
            continue
        spans.append((core[0], core[1], label))
    return spans


def iob_entities(tags: list[str]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if start >= 0 and not (tag.startswith("I-") and tag[2:] == label):
            if label in UNER_LABELS:
                spans.append((start, i, UNER_LABELS[label]))
            start, label = -1, ""
        if tag.startswith("B-") or (tag.startswith("I-") and start < 0):
            start, label = i, tag[2:]
    return spans


def make_doc(
    vocab: Vocab,
    sents: list[Sentence],
    *,
    syntax: bool = True,
    ner: str = "none",
) -> Doc:
    """Build one Doc from consecutive sentences.

    ``syntax`` False leaves tags, lemmas and the parse unset (missing, not wrong).
    ``ner``: "none" leaves every entity tag unset, i.e. *missing* annotation (EWT has no NER);
    "gum" derives entities from the mentions; "uner" reads the attached IOB2 tags. With "gum"
    or "uner" every token outside an entity is an explicit O.
    """
    words: list[str] = []
    spaces: list[bool] = []
    sent_starts: list[bool] = []
    ents: list[tuple[int, int, str]] = []
    unknown: list[tuple[int, int]] = []  # sentences without NER annotation: left missing
    for k, s in enumerate(sents):
        offset = len(words)
        words.extend(s.words)
        spaces.extend(s.spaces)
        if k < len(sents) - 1 and spaces:
            spaces[-1] = True
        sent_starts.extend([True] + [False] * (len(s.words) - 1))
        if ner == "gum":
            found = gum_entities(s)
        elif ner == "uner" and s.iob is not None:
            found = iob_entities(s.iob)
        else:
            found = []
            unknown.append((offset, offset + len(s.words)))
        ents.extend((a + offset, b + offset, lab) for a, b, lab in found)
    kwargs: dict = {"words": words, "spaces": spaces}
    if syntax:
        heads: list[int] = []
        deps: list[str] = []
        for s in sents:
            offset = len(heads)
            heads.extend(h + offset for h in s.heads)
            deps.extend(s.deps)
        kwargs.update(
            tags=[x for s in sents for x in s.xpos],
            pos=[x for s in sents for x in s.upos],
            morphs=[x for s in sents for x in s.feats],
            lemmas=[x for s in sents for x in s.lemmas],
            heads=heads,
            deps=deps,
        )
    else:
        kwargs["sent_starts"] = sent_starts
    doc = Doc(vocab, **kwargs)
    if ner != "none":
        spans = filter_spans([Span(doc, a, b, label=lab) for a, b, lab in ents])
        missing = [Span(doc, a, b) for a, b in unknown]
        doc.set_ents(spans, missing=missing, default="outside")
    return doc


_THIRD_SINGULAR = {"be": "is", "have": "has", "do": "does"}


def third_singular(lemma: str) -> str:
    """The present third person singular of a verb lemma ("say" -> "says", "carry" -> "carries")."""
    if lemma in _THIRD_SINGULAR:
        return _THIRD_SINGULAR[lemma]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if len(lemma) > 1 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def present_tense(sent: Sentence) -> Sentence | None:
    """A copy of ``sent`` with its third person singular past verbs in the present, or None.

    News ledes and headlines are in the present ("the ministry denies", "Egypt backs the
    plan"), the treebanks' narratives mostly in the past, and a tagger trained on them reads
    a name followed by "backs" or "plans" as a noun compound. Only the word form, the tag
    (VBD -> VBZ) and ``Tense`` change; lemma and parse stay, which is right for English
    finite verbs. "were" with a singular subject (a subjunctive) and non-word lemmas are left
    alone, and a sentence with nothing to change gives None.
    """
    words = list(sent.words)
    xpos = list(sent.xpos)
    feats = list(sent.feats)
    changed = False
    for i, (tag, feat) in enumerate(zip(sent.xpos, sent.feats)):
        if tag != "VBD" or "Person=3" not in feat or "Number=Sing" not in feat:
            continue
        lemma = sent.lemmas[i].lower()
        word = words[i]
        if not lemma.isalpha() or not word.isalpha() or word.lower() == "were":
            continue
        form = third_singular(lemma)
        if word.isupper() and len(word) > 1:
            form = form.upper()
        elif word[:1].isupper():
            form = form[:1].upper() + form[1:]
        words[i] = form
        xpos[i] = "VBZ"
        feats[i] = feat.replace("Tense=Past", "Tense=Pres")
        changed = True
    if not changed:
        return None
    return Sentence(
        sent_id=sent.sent_id + "-present",
        doc_id=sent.doc_id + "-present",
        new_par=sent.new_par,
        words=words,
        spaces=list(sent.spaces),
        lemmas=list(sent.lemmas),
        upos=list(sent.upos),
        xpos=xpos,
        feats=feats,
        heads=list(sent.heads),
        deps=list(sent.deps),
        mentions=list(sent.mentions),
        iob=sent.iob,
    )


def chunk(sents: Iterable[Sentence], size: int = SENTS_PER_DOC) -> Iterator[list[Sentence]]:
    """Group sentences into training docs: within one source document, up to ``size``."""
    batch: list[Sentence] = []
    for s in sents:
        if batch and (s.doc_id != batch[0].doc_id or len(batch) >= size):
            yield batch
            batch = []
        batch.append(s)
    if batch:
        yield batch


def ewt_sentences(data_dir: Path, split: str, *, with_uner: bool = False) -> list[Sentence]:
    sents = list(read_conllu(data_dir / "ud-english-ewt" / f"en_ewt-ud-{split}.conllu"))
    if with_uner:
        tags = read_uner(data_dir / "uner-english-ewt" / f"en_ewt-ud-{split}.iob2")
        for s in sents:
            t = tags.get(s.sent_id)
            if t is not None and len(t) == len(s.words):
                s.iob = t
    return sents


def gum_sentences(files: Iterable[Path]) -> list[Sentence]:
    return [s for f in files for s in read_conllu(f)]


def write(docs: Iterable[Doc], path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = DocBin(store_user_data=False)
    n = 0
    for doc in docs:
        db.add(doc)
        n += 1
    db.to_disk(path)
    return n


def convert(data_dir: Path, out_dir: Path, *, present: bool = False) -> dict[str, int]:
    """Write train/dev/test DocBins under ``out_dir``; returns doc counts per file.

    ``present`` adds the present-tense copies of the train sentences (``present_tense``); the
    shipped model was trained without them (see docs/MODEL.md)."""
    vocab = Vocab()
    counts: dict[str, int] = {}

    def docs(sents: list[Sentence], **kw) -> Iterator[Doc]:
        for group in chunk(sents):
            yield make_doc(vocab, group, **kw)

    ewt_train = ewt_sentences(data_dir, "train")
    ewt_dev = ewt_sentences(data_dir, "dev", with_uner=True)
    gum_train = gum_sentences(gum_files(data_dir, "train"))
    ner_train = [
        *docs(gum_train, ner="gum"),
        *docs([s for s in ewt_dev if s.iob is not None], syntax=False, ner="uner"),
    ]
    # Present-tense copies of the past-tense sentences (see ``present_tense``), syntax only.
    copies = [p for s in [*ewt_train, *gum_train] if (p := present_tense(s)) is not None] \
        if present else []
    counts["present-tense copies"] = len(copies)
    train = [*docs(ewt_train, ner="none"), *ner_train, *docs(copies, ner="none")]
    counts["train"] = write(train, out_dir / "train.spacy")
    # The NER-only model trains on the documents that have entity annotation.
    counts["train-ner"] = write(ner_train, out_dir / "train-ner.spacy")
    gum_dev = list(docs(gum_sentences(gum_files(data_dir, "dev")), ner="gum"))
    counts["dev"] = write([*docs(ewt_dev, ner="none"), *gum_dev], out_dir / "dev.spacy")
    counts["dev-ner"] = write(gum_dev, out_dir / "dev-ner.spacy")
    # Evaluation sets (never used for training or model selection).
    counts["ewt-test"] = write(
        docs(ewt_sentences(data_dir, "test", with_uner=True), ner="uner"),
        out_dir / "ewt-test.spacy",
    )
    counts["gum-test"] = write(
        docs(gum_sentences(gum_files(data_dir, "test")), ner="gum"), out_dir / "gum-test.spacy"
    )
    counts["gum-test-news"] = write(
        docs(gum_sentences(gum_files(data_dir, "test", NEWS_GENRES)), ner="gum"),
        out_dir / "gum-test-news.spacy",
    )
    pud = data_dir / "ud-english-pud" / "en_pud-ud-test.conllu"
    counts["pud-test"] = write(docs(list(read_conllu(pud)), ner="none"), out_dir / "pud-test.spacy")
    return counts
