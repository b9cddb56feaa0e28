"""The `count` slot: the number that quantifies the fact's phrase (`seven trips abroad`)."""

from __future__ import annotations

import re

from factcheck.facts import Fact
from factcheck.reading import Mention, Reading
from factcheck.results import CONFIRMED, CONTRADICTED, SlotResult
from factcheck.text.numbers import NumberMention, find_numbers

SLOT = "count"
REACH = 2
"""How many words (adjectives, `just`, `foreign`) may stand between the number and the phrase."""
APPROXIMATE_TOLERANCE = 0.25
"""`about 70` fits 70 within this fraction; further off, an approximate number is not judged."""


_BOUNDS = re.compile(
    r"\b(?:(?P<lower>at\s+least|more\s+than|over|upwards\s+of|no\s+fewer\s+than|no\s+less\s+than)"
    r"|(?P<upper>at\s+most|up\s+to|fewer\s+than|less\s+than|under|no\s+more\s+than))\s+$",
    re.I,
)


_RANGE = re.compile(r"\d\s*(?:to|-|–|—|or)\s*$|\bbetween\s+\S+\s+and\s+$", re.I)
_UNREAL = re.compile(
    r"\b(?:expect\w*|suppos\w*|plann\w*|schedul\w*|due|slated|would|could|might|may|hop\w*|"
    r"aim\w*|intend\w*|estimat\w*|predict\w*)\b",
    re.I,
)
"""Words that make a number an expectation or a plan, not what happened."""
_RULE = "count.number-before-phrase"


def applies(fact: Fact) -> bool:
    return fact.count is not None


def _bound(mention: Mention, reading: Reading, fact: Fact) -> NumberMention | None:
    """The number standing just before the phrase, of the kind the fact counts."""
    assert mention.phrase is not None
    sentence = reading.sentence_text(mention.index)
    tokens = reading.document.tokens[mention.index]
    phrase_start = tokens[mention.phrase.first].start
    bound = None
    for number in find_numbers(sentence):
        if number.end > phrase_start or number.ordinal != fact.ordinal:
            continue
        gap = sentence[number.end : phrase_start]
        if (
            any(c in gap for c in ",;:()")
            or sum(1 for t in tokens if number.end <= t.start < phrase_start) > REACH
        ):
            continue
        bound = number
    return bound


def check(fact: Fact, mention: Mention, reading: Reading) -> SlotResult | None:
    if mention.phrase is None or fact.count is None:
        return None
    number = _bound(mention, reading, fact)
    if number is None:
        return None
    before = reading.sentence_text(mention.index)[: number.start]
    if _RANGE.search(before) or _UNREAL.search(before[-80:]):
        return None  # `10 to 15 minutes`, `was expected to last 15 minutes`: not judged
    expected = fact.expected(SLOT)
    evidence = reading.document.evidence(mention.index, marks=[(number.start, number.end)])
    if number.value == fact.count:
        return SlotResult(SLOT, CONFIRMED, expected, number.text, evidence, rule=_RULE)
    bound = _BOUNDS.search(reading.sentence_text(mention.index)[: number.start])
    if bound is not None:  # `at least nine` rules out seven; `up to nine` does not
        lower = bound.group("lower") is not None
        fits = fact.count >= number.value if lower else fact.count <= number.value
        found = f"{bound.group().strip()} {number.text}"
        status = CONFIRMED if fits else CONTRADICTED
        return SlotResult(SLOT, status, expected, found, evidence, rule="count.bound")
    if number.approximate:
        if abs(number.value - fact.count) <= APPROXIMATE_TOLERANCE * abs(fact.count):
            return SlotResult(
                SLOT, CONFIRMED, expected, number.text, evidence, "approximate", "count.approximate"
            )
        return None
    return SlotResult(SLOT, CONTRADICTED, expected, number.text, evidence, rule=_RULE)
