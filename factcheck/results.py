"""What a check returns: evidence, slot results and the result of one fact on one article.

They are slots dataclasses, treated as values (hashable, never changed once made), but not
``frozen``: a frozen one costs six times as much to build, and an article makes a hundred.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CONSISTENT = "consistent"
CONTRADICTED = "contradicted"
OMITTED = "omitted"
ERROR = "error"
ACCEPTED = "accepted"
"""A contradiction an editor accepted in a baseline file (``--facts-baseline``)."""

CONFIRMED = "confirmed"
UNSTATED = "unstated"
DOUBTFUL = "doubtful"
"""A clash found by a rule that is not reliable enough to fail a test: shown, never failed."""


@dataclass(slots=True, unsafe_hash=True)
class Evidence:
    """A sentence of the article, its file line and the character spans to mark in it."""

    sentence: str
    line: int
    marks: tuple[tuple[int, int], ...] = ()

    def marked(self, left: str = "«", right: str = "»") -> str:
        """The sentence with the marked spans wrapped in ``left``/``right``."""
        out, pos = [], 0
        for start, end in sorted(set(self.marks)):
            if start < pos:
                continue
            out += [self.sentence[pos:start], left, self.sentence[start:end], right]
            pos = end
        out.append(self.sentence[pos:])
        return "".join(out)


@dataclass(slots=True, unsafe_hash=True)
class SlotResult:
    """The verdict on one slot of one mention: confirmed, contradicted or unstated."""

    slot: str
    status: str
    expected: str
    found: str | None = None
    evidence: Evidence | None = None
    detail: str = ""
    rule: str = ""
    """The rule path that gave the verdict: how the mention was found, then the check's rule
    (``named/count.number-before-phrase``)."""

    def to_json(self) -> dict[str, Any]:
        ev = self.evidence
        return {
            "status": self.status,
            "expected": self.expected,
            "found": self.found,
            "line": ev.line if ev else None,
            "evidence": ev.marked() if ev else None,
            "detail": self.detail or None,
            "rule": self.rule or None,
        }


@dataclass(slots=True, unsafe_hash=True)
class FactResult:
    """The result of one fact on one article, with the slot verdicts and every mention found."""

    article: str
    story: str
    fact: str
    status: str
    source: str = ""
    fact_line: int = 0
    fact_path: str = ""
    slots: tuple[SlotResult, ...] = ()
    mentions: tuple[Evidence, ...] = field(default=())
    required: bool = False

    @property
    def contradictions(self) -> tuple[SlotResult, ...]:
        return tuple(s for s in self.slots if s.status == CONTRADICTED)

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "source": self.source or None,
            "story": self.story,
            "fact": self.fact,
            "status": self.status,
            "required": self.required,
            "slots": {s.slot: s.to_json() for s in self.slots},
            "mentions": [{"line": m.line, "sentence": m.sentence} for m in self.mentions],
        }
