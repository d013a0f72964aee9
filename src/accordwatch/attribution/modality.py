"""How sure, how real: hedged, negated, future and conditional flags of a claim.

The markers are data (``lexicons/hedges.txt``, ``negators.txt``, ``future_markers.txt``,
``conditional_markers.txt``).  A marker counts when it sits in the content's main clause (or
its direct arguments): "officials who may leave said the talks ended" is not hedged.  Without a
parse the whole content is searched.
"""

from __future__ import annotations

from collections.abc import Sequence

from accordwatch.attribution import lexicons as lx
from accordwatch.attribution.claim import Modality
from accordwatch.attribution.spans import dep

# Dependents that open a clause of their own; markers inside them do not qualify the claim.
EMBEDDED = frozenset({"acl", "advcl", "csubj", "ccomp", "parataxis"})
WOULD = frozenset({"would", "'d"})
CUE_HEDGES = frozenset({"claim", "allege", "suggest", "hint", "speculate", "estimate", "predict"})


def _match_phrases(words: Sequence[str], name: str) -> list[int]:
    """Positions in ``words`` where a phrase of lexicon ``name`` starts."""
    phrases = lx.phrase_tuples(name)
    firsts = {p[0] for p in phrases}
    hits = []
    for i, w in enumerate(words):
        if w not in firsts:
            continue
        for p in phrases:
            if tuple(words[i : i + len(p)]) == p:
                hits.append(i)
                break
    return hits


def modality_of_words(words: Sequence[str], cue_lemma: str = "") -> Modality:
    """Modality from a plain word sequence (lowercase), for text without a parse."""
    words = [w.replace("’", "'") for w in words]
    return Modality(
        hedged=bool(_match_phrases(words, "hedges.txt")) or cue_lemma in CUE_HEDGES,
        negated=bool(_match_phrases(words, "negators.txt"))
        or cue_lemma in lx.reporting_verbs().negative,
        future=bool(_match_phrases(words, "future_markers.txt")),
        conditional=bool(_match_phrases(words, "conditional_markers.txt")) or _would(words),
    )


def _would(words: Sequence[str]) -> bool:
    return any(w in WOULD for w in words)


def modality_of_tokens(tokens, cue_lemma: str = "", cue_negated: bool = False,
                       cue_past: bool = False) -> Modality:
    """Modality of content ``tokens`` (a contiguous slice of a parsed Doc).

    Markers are searched on the main clause only: tokens reached from the content's root(s)
    without passing into an embedded clause.

    "would" is read against the cue's tense: after a past reporting verb it is the reported
    "will" shifted back ("said the road would reopen" reports "the road will reopen"), so the
    claim is about the future unless a condition comes with it ("would reopen if ...").  After a
    present cue, or with no verb at all ("according to ..."), it is hypothetical: conditional.
    """
    tokens = list(tokens)
    if not tokens:
        return Modality(negated=cue_negated)
    lo, hi = tokens[0].i, tokens[-1].i + 1
    main = [t for t in tokens if _in_main_clause(t, lo, hi)]
    words = [t.lower_.replace("’", "'") for t in main]
    all_words = [t.lower_.replace("’", "'") for t in tokens]
    m = modality_of_words(words, cue_lemma)
    # hedges are worth flagging wherever they are in the content ("unclear whether" ...)
    if not m.hedged and _match_phrases(all_words, "hedges.txt"):
        m.hedged = any(w in ("reportedly", "allegedly", "unclear", "possibly", "perhaps")
                       for w in all_words)
    # a condition usually sits in an adverbial clause of its own ("if the plan moves forward")
    has_condition = bool(_match_phrases(all_words, "conditional_markers.txt"))
    would = _would(words)
    if would and cue_past and not has_condition:
        m.future, m.conditional = True, False
    else:
        m.conditional = has_condition or would
    if cue_negated:
        m.negated = True
    return m


def _in_main_clause(tok, lo: int, hi: int) -> bool:
    """Whether ``tok`` hangs from the content root without crossing an embedded clause."""
    cur = tok
    for _ in range(40):
        head = cur.head
        if head == cur or not (lo <= head.i < hi):
            return True
        if dep(cur) in EMBEDDED or cur.dep_.lower() == "acl:relcl":
            return False
        cur = head
    return True
