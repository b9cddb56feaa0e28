"""The `count` slot: the number that quantifies the fact's phrase (`seven trips abroad`)."""

from __future__ import annotations

from factcheck.facts import Fact
from factcheck.numbers import NumberMention, find_numbers
from factcheck.reading import Mention, Reading
from factcheck.results import CONFIRMED, CONTRADICTED, SlotResult

SLOT = "count"
REACH = 2
"""How many words (adjectives, `just`, `foreign`) may stand between the number and the phrase."""
APPROXIMATE_TOLERANCE = 0.25
"""`about 70` fits 70 within this fraction; further off, an approximate number is not judged."""


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
    expected = fact.expected(SLOT)
    evidence = reading.document.evidence(mention.index, marks=[(number.start, number.end)])
    if number.value == fact.count:
        return SlotResult(SLOT, CONFIRMED, expected, number.text, evidence)
    if number.approximate:
        if abs(number.value - fact.count) <= APPROXIMATE_TOLERANCE * abs(fact.count):
            return SlotResult(SLOT, CONFIRMED, expected, number.text, evidence, "approximate")
        return None
    return SlotResult(SLOT, CONTRADICTED, expected, number.text, evidence)
