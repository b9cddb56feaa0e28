"""The `where` slot: places named for the event, compared through the story's `in:` hierarchy.

A place's role in the article (origin after `from`, destination after `for`/`to`/`into`/
`toward`, or where it happens) must be the role the fact's phrase gives its place: a departure
fact (`left Pyongyang`, `set off`) states an origin, so `left for Russia` names a destination
and is not judged, and `from Wonsan` is; any other fact states where it happens or where it
goes, so an origin (`from Pyongyang`) is never judged.
"""

from __future__ import annotations

import functools

from factcheck import world
from factcheck.facts import Fact, Story
from factcheck.match import PLACE, Pattern, Span, Token, normalize_word
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


DEPARTURE = frozenset(
    map(normalize_word, "leave left depart quit flee fled exit escape evacuate".split())
)
"""Verbs whose place is where the motion starts: a fact phrased with one states an origin."""
_SETTING_OFF = frozenset(map(normalize_word, ("off", "out")))
ORIGIN_WORDS = frozenset({"from"})
DESTINATION_WORDS = frozenset(map(normalize_word, "for to toward towards into onto".split()))
"""Words before a place that make it where a motion goes (`left for Russia`, `bound for`)."""
ORIGIN, DESTINATION, LOCATION = "origin", "destination", "location"
_TEAM_LOCATIVES = frozenset(map(normalize_word, "to for toward towards".split()))
"""After the phrase, a world place after these is not judged (`lost to Leeds`, `played for
Chicago`): a city's name is also its clubs'."""
_ORIGIN_LOCATIVES = (LOCATIVES - DESTINATION_WORDS) | ORIGIN_WORDS
"""For a departure: where it starts (`from`, `in`, `at`), not where it goes (`to`)."""


def _departure(elements: tuple[str, ...]) -> bool:
    """Whether a phrase's words are those of a departure (`left`, `set off`)."""
    pairs = zip(elements, (*elements[1:], ""), strict=True)
    return any(e in DEPARTURE or (e == "set" and n in _SETTING_OFF) for e, n in pairs)


def fact_role(pattern: Pattern) -> str:
    """The role the fact's phrase gives its place: origin, destination or location."""
    return _role_of(pattern.elements)


@functools.lru_cache(maxsize=4096)
def _role_of(elements: tuple[str, ...]) -> str:
    if PLACE in elements:
        before = elements[: elements.index(PLACE)]
        word = next((e for e in reversed(before) if e not in ("the", "a")), "")
        if word in ORIGIN_WORDS:
            return ORIGIN
        if word in DESTINATION_WORDS:
            return DESTINATION
        return ORIGIN if _departure((word,)) else LOCATION
    return ORIGIN if _departure(elements) else LOCATION


def article_role(tokens: list[Token], span: Span) -> str:
    """The role the word before a place gives it in the article (`from X`, `for X`, `in X`)."""
    k = span.first - 1
    while k >= 0 and tokens[k].norm in ("the", "a"):
        k -= 1
    word = tokens[k].norm if k >= 0 else ""
    if word in ORIGIN_WORDS:
        return ORIGIN
    if word in DESTINATION_WORDS or word == "bound":
        return DESTINATION
    return ORIGIN if word in DEPARTURE else LOCATION


_DEPARTURE_LINKS = frozenset(
    map(
        normalize_word,
        """for to toward towards into the a bound early late on this yesterday today
        monday tuesday wednesday thursday friday saturday sunday morning afternoon evening
        night""".split(),
    )
)
"""Words that may stand between a departure and its `from` (`set off for Russia on Sunday from`)."""


def _from_the_departure(tokens: list[Token], end: int, at: int, places: list[Span]) -> bool:
    """Whether the `from` at token ``at`` belongs to the departure phrase ending at ``end``:
    only a destination, time words or place names stand between them."""
    named = {k for p in places for k in range(p.first, p.last)}
    return all(k in named or tokens[k].norm in _DEPARTURE_LINKS for k in range(end, at))


def _same_role(fact: str, found: str) -> bool:
    """Whether a place in the ``found`` role can be the place of a fact in the ``fact`` role."""
    if fact == ORIGIN:
        return found != DESTINATION  # `left Pyongyang`: not `left for Russia`
    return found != ORIGIN  # `arrived in Russia`: not `from Pyongyang`


def applies(fact: Fact) -> bool:
    return fact.where is not None


def fits(story: Story, expected: str, found: str) -> bool:
    """A place fits when it lies inside the expected place or contains it."""
    return found in story.ancestors(expected) or expected in story.ancestors(found)


def _event_places(mention: Mention, reading: Reading, role: str) -> tuple[list[Span], list[Span]]:
    """Places that fill the phrase's place slot, or follow it after `in`, `at`, `of`...

    Where one found place lies inside another (`Russia's capital city of Moscow`), only the
    inner one is kept: it is the more precise claim.
    """
    assert mention.phrase is not None
    tokens = reading.document.tokens[mention.index]
    slot = mention.phrase.places
    places = [p for p in slot if _same_role(role, article_role(tokens, p))] if slot else []
    filled = list(places)
    sentence = reading.sentence_text(mention.index)
    end = mention.phrase.last
    locatives = _ORIGIN_LOCATIVES if role == ORIGIN else LOCATIVES
    for span in reading.slot_places(mention.index):
        if not end <= span.first <= end + REACH or span in mention.phrase.places:
            continue
        if world.is_world(span.ref) and tokens[span.first - 1].norm in _TEAM_LOCATIVES:
            continue  # `lost to Leeds`: after the phrase, a city after `to` may be its club
        if any(c in sentence[tokens[end - 1].end : span.start] for c in ",;:()"):
            continue
        if any(t.norm in MOTION for t in tokens[end : span.first]):
            continue
        if tokens[span.first - 1].norm not in locatives:
            continue
        if tokens[span.first - 1].norm in ORIGIN_WORDS and not _from_the_departure(
            tokens, end, span.first - 1, reading.places[mention.index]
        ):
            continue  # `set off with aides from Moscow's embassy`: the aides' origin
        places.append(span)
    story = reading.story
    outer = {a for p in places if p.ref in story.places for a in story.ancestors(p.ref)[1:]}
    return [p for p in places if p.ref not in outer], filled


def _world(anchor: world.Anchor | None, ref: str) -> bool | None:
    """Whether a world place fits the fact's place (True), clashes (False) or is not judged."""
    if anchor is None or not world.is_world(ref):
        return None
    return world.judge(anchor, world.readings(ref))


def check(fact: Fact, mention: Mention, reading: Reading) -> SlotResult | None:
    if mention.phrase is None or fact.where is None:
        return None
    role = fact_role(mention.phrase.pattern)
    places, filled = _event_places(mention, reading, role)
    if not places:
        return None
    story = reading.story
    sentence = reading.sentence_text(mention.index)
    anchor = reading.compiled.anchors.get(fact.where)
    verdicts = {
        p.ref: fits(story, fact.where, p.ref) if p.ref in story.places else _world(anchor, p.ref)
        for p in places
    }
    fitting = [p for p in places if verdicts[p.ref]]
    clashing = [p for p in places if verdicts[p.ref] is False]
    if not fitting and not clashing:
        return None
    chosen = fitting or clashing
    status = CONFIRMED if fitting else CONTRADICTED
    found = "; ".join(sentence[p.start : p.end] for p in chosen)
    marks = [(p.start, p.end) for p in chosen]
    evidence = reading.document.evidence(mention.index, marks=marks)
    rule = "where.phrase-place" if all(p in filled for p in chosen) else "where.place-after-phrase"
    tokens = reading.document.tokens[mention.index]
    if role == ORIGIN and any(
        p not in filled and article_role(tokens, p) == ORIGIN for p in chosen
    ):
        rule = "where.origin-after-phrase"  # `set off from Wonsan`, for a departure fact
    if not fitting and any(world.is_world(p.ref) for p in chosen):
        rule = "where.world-place"  # a well-known place the story's gazetteer does not hold
    return SlotResult(SLOT, status, story.places[fact.where].name, found, evidence, rule=rule)
