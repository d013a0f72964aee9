"""The claim as it leaves the program (see DESIGN.md, "The claim, as it leaves the program").

Every offset is a character offset into the article's main text, so that
``text[span.start:span.end] == span.text`` holds for every span that has offsets.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

SourceType = Literal[
    "person", "organization", "government", "outlet", "document", "anonymous", "unknown"
]
ClaimKind = Literal["direct", "indirect", "mixed"]
# what the cue reports: words said or written, a belief, or a stance or intention
CueClass = Literal["speech", "belief", "position"]


class Span(BaseModel):
    text: str
    start: int | None
    end: int | None


class Source(Span):
    name: str | None = None
    type: SourceType = "unknown"
    count: int | None = None
    # who the source is, as the text says right after the mention ('Ana Ruiz, a lawyer for the
    # union,', 'Rep. Jo Hale (D-Ore.)'); null when there is none
    description: Span | None = None


class Intermediary(Span):
    """An outlet, document or person the claim passed through on its way to the article."""

    name: str | None = None
    type: SourceType = "unknown"


class Modality(BaseModel):
    hedged: bool = False
    negated: bool = False
    future: bool = False
    conditional: bool = False


class Claim(BaseModel):
    doc: str | None = None
    source: Source
    cue: Span
    content: Span
    # when the content encloses its own cue ('“We won,” she said. “Now we govern.”', 'Turkey,
    # they said, remains the option'): the pieces that are the source's words, in order
    content_parts: list[Span] = Field(default_factory=list)
    kind: ClaimKind = "indirect"
    cue_class: CueClass = "speech"
    via: list[Intermediary] = Field(default_factory=list)
    modality: Modality = Field(default_factory=Modality)
    sentence: int | None = None
    confidence: float | None = None

    def to_json_dict(self) -> dict:
        return self.model_dump(mode="json")
