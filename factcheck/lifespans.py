"""A person's life span in brackets after their name: the first date is the birth, the second
the death (`Bessie Smith (April 15, 1894 – September 26, 1937) was an American blues singer`).

Encyclopedias and obituaries give birth and death this way, with no verb: the sentence states a
birth fact (`born`) and a death fact (`died`) all the same. Only this shape is read:

* the bracket opens right after the name, or after one apposition between commas (`Maurice
  Harold Macmillan, 1st Earl of Stockton, (10 February 1894 – 29 December 1986)`); `(` and the
  tokenised `-LRB-` open a bracket, `)` and `-RRB-` close it;
* it ends with two dates joined by a dash (`-`, `–`, `—`, `−`, `--`), the second right before
  the bracket closes; the first opens the bracket or follows a semicolon (`(born Edward
  Alexander Crowley; 12 October 1875 – 1 December 1947)`, a pronunciation in square brackets
  before it);
* both dates give at least a month, the death falls in a later year than the birth and at most
  ``MAX_YEARS`` after it. Two years alone (`Barack Obama (2009–2017)`) are as often a term of
  office as a life: not read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.match import Pattern, Span, normalize_word
from factcheck.text.dates import DateMention

BIRTH, DEATH = "birth", "death"
_BIRTH_WORDS = frozenset(map(normalize_word, ("born", "birth")))
_DEATH_WORDS = frozenset(map(normalize_word, ("died", "death")))
MAX_YEARS = 125
"""A span longer than this is no life."""
_OPEN = re.compile(r"\s*(?:,\s*[^,;()]{1,60}?\s*,\s*)?(?:\(|-LRB-)")
"""After a name: the bracket that opens a life span, past one apposition between commas."""
_CLOSE = re.compile(r"\)|-RRB-")
_NESTED_OPEN = re.compile(r"\(|-LRB-")
_DASH = re.compile(r"\s*(?:--|[-–—−])\s*")
_LEAD = re.compile(r"(?:^|;)\s*$")
"""Before the birth date, inside the bracket: nothing, or a semicolon ending a name of birth."""
_BEFORE_CLOSE = re.compile(r"\s*$")


@dataclass(frozen=True)
class LifeSpan:
    """The dates of a life span in brackets after ``name``."""

    name: Span
    birth: DateMention
    death: DateMention

    def date(self, event: str) -> DateMention:
        """The date of ``event`` (BIRTH or DEATH)."""
        return self.birth if event == BIRTH else self.death


def life_event(patterns: Sequence[Pattern]) -> str | None:
    """BIRTH when a fact's phrasings say a birth (`born`, `was born`, `birth`), DEATH when they
    say a death (`died`, `death`), None otherwise (or when they say both)."""
    words = {e for p in patterns for e in p.elements}
    birth, death = not words.isdisjoint(_BIRTH_WORDS), not words.isdisjoint(_DEATH_WORDS)
    if birth == death:
        return None
    return BIRTH if birth else DEATH


def find(text: str, names: Sequence[Span], dates: Sequence[DateMention]) -> list[LifeSpan]:
    """The life spans in brackets after the ``names`` of one sentence (see the module's notes)."""
    found: list[LifeSpan] = []
    for name in names:
        opening = _OPEN.match(text, name.end)
        if opening is None:
            continue
        closing = _CLOSE.search(text, opening.end())
        if closing is None or _NESTED_OPEN.search(text, opening.end(), closing.start()):
            continue
        inside = [d for d in dates if opening.end() <= d.start and d.end <= closing.start()]
        if len(inside) < 2:
            continue
        birth, death = inside[-2], inside[-1]
        if not (
            _DASH.fullmatch(text, birth.end, death.start)
            and _BEFORE_CLOSE.fullmatch(text, death.end, closing.start())
            and _LEAD.search(text[opening.end() : birth.start]) is not None
            and "year" not in (birth.precision, death.precision)
            and birth.year is not None
            and death.year is not None
            and 0 < death.year - birth.year <= MAX_YEARS
        ):
            continue
        found.append(LifeSpan(name, birth, death))
    return found
