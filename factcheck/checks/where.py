"""The `where` slot: places named for the event, compared through the story's `in:` hierarchy."""

from __future__ import annotations

from factcheck.facts import Fact, Story
from factcheck.match import Span, normalize_word
from factcheck.reading import Mention, Reading
from factcheck.results import CONFIRMED, CONTRADICTED, SlotResult

SLOT = "where"
LOCATIVES = frozenset({"in", "at", "into", "to", "near", "insid", "outsid", "toward", "of"})
"""Words (stemmed) that introduce the place where something happens."""
REACH = 5
"""How many words after the phrase a place may start and still be the event's place."""
MOTION = frozenset(
    map(
        normalize_word,
        """head heads heading headed go goes going went gone travel travels travelling traveling
        travelled traveled fly flies flying flew flown drive drives driving drove driven return
        returns returning returned leave leaves leaving left come comes coming came move moves
        moving moved sail sailing sailed walk walking walked continue continuing continued
        proceed proceeding proceeded""".split(),
    )
)
"""Verbs of motion: a place after one (`the meeting, then heading to Capitol Hill`) is where
that motion goes, not where the phrase before it happened."""


def applies(fact: Fact) -> bool:
    return fact.where is not None


def fits(story: Story, expected: str, found: str) -> bool:
    """A place fits when it lies inside the expected place or contains it."""
    return found in story.ancestors(expected) or expected in story.ancestors(found)


def _event_places(mention: Mention, reading: Reading) -> tuple[list[Span], list[Span]]:
    """Places that fill the phrase's place slot, or follow it after `in`, `at`, `of`...

    Where one found place lies inside another (`Russia's capital city of Moscow`), only the
    inner one is kept: it is the more precise claim.
    """
    assert mention.phrase is not None
    places = list(mention.phrase.places)
    filled = list(places)
    tokens = reading.document.tokens[mention.index]
    sentence = reading.sentence_text(mention.index)
    end = mention.phrase.last
    for span in reading.places[mention.index]:
        if not end <= span.first <= end + REACH or span in places:
            continue
        if any(c in sentence[tokens[end - 1].end : span.start] for c in ",;:()"):
            continue
        if any(t.norm in MOTION for t in tokens[end : span.first]):
            continue
        if tokens[span.first - 1].norm in LOCATIVES:
            places.append(span)
    story = reading.story
    outer = {a for p in places for a in story.ancestors(p.ref)[1:]}
    return [p for p in places if p.ref not in outer], filled


def check(fact: Fact, mention: Mention, reading: Reading) -> SlotResult | None:
    if mention.phrase is None or fact.where is None:
        return None
    places, filled = _event_places(mention, reading)
    if not places:
        return None
    story = reading.story
    sentence = reading.sentence_text(mention.index)
    fitting = [p for p in places if fits(story, fact.where, p.ref)]
    chosen = fitting or places
    status = CONFIRMED if fitting else CONTRADICTED
    found = "; ".join(sentence[p.start : p.end] for p in chosen)
    marks = [(p.start, p.end) for p in chosen]
    evidence = reading.document.evidence(mention.index, marks=marks)
    rule = "where.phrase-place" if all(p in filled for p in chosen) else "where.place-after-phrase"
    return SlotResult(SLOT, status, story.places[fact.where].name, found, evidence, rule=rule)
