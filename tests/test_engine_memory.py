"""Tests of how the engine treats memory: names found per sentence when asked, readings freed
without the cyclic garbage collector, and the collector's state left as the caller set it."""

from __future__ import annotations

import datetime as dt
import gc
import weakref
from collections.abc import Iterator

import pytest

from factcheck import Article, Checker, UnknownStory, parse_story
from factcheck.reading import CompiledStory, Document, Reading

STORY = parse_story(
    """
story: visit-2023
date: 2023-09-12
about: [kim]
entities:
  kim: {name: Kim Jong Un, aliases: [Kim]}
  putin: {name: Vladimir Putin, aliases: [Putin]}
places:
  vostochny: {name: Vostochny Cosmodrome}
facts:
  - id: kim-arrived
    who: kim
    what: [arrived]
    where: vostochny
    when: 2023-09-13
""",
    "story.yaml",
)
TEXT = (
    "Kim Jong Un arrived at the Vostochny Cosmodrome on Wednesday to meet Vladimir Putin. "
    "The talks lasted four hours. "
    "Putin and Kim spoke of the latter's train."
)


def article(stories: tuple[str, ...] = ()) -> Article:
    return Article("a.md", "a.md", TEXT, published=dt.date(2023, 9, 13), stories=stories)


@pytest.fixture
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off: what is freed is freed by reference counting."""
    was = gc.isenabled()
    gc.disable()
    yield
    if was:
        gc.enable()


@pytest.mark.parametrize("enabled", [True, False])
@pytest.mark.parametrize("stories", [(), ("visit-2023",), ("no-such-story",)])
def test_check_leaves_the_collector_as_it_found_it(enabled: bool, stories: tuple[str, ...]) -> None:
    checker = Checker([STORY])
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        if stories == ("no-such-story",):  # an error inside the check restores it too
            with pytest.raises(UnknownStory):
                checker.check(article(stories))
        else:
            assert checker.check(article(stories))
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


@pytest.mark.usefixtures("collector_paused")
def test_a_reading_is_freed_as_soon_as_it_is_dropped() -> None:
    document = Document(article(), dt.date(2023, 9, 13))
    reading = Reading(document, CompiledStory.build(STORY))
    assert reading.entities[0] and reading.places[0]  # names found when asked for
    assert reading.mentions(STORY.facts[0])
    freed = [weakref.ref(document), weakref.ref(reading)]
    del document, reading
    assert [ref() for ref in freed] == [None, None]  # no reference cycle kept them


def test_names_are_found_per_sentence_when_asked() -> None:
    reading = Reading(Document(article(), None), CompiledStory.build(STORY))
    assert len(reading.entities) == 3
    assert not dict.__len__(reading.entities)  # nothing found before it is asked for
    last = reading.entities[-1]  # from the end, as a list
    assert [s.ref for s in last] == ["putin", "kim", "kim"]  # `the latter` is Kim
    assert reading.entities[2] is last
    assert (
        reading.entities.every()
        == list(reading.entities)
        == [reading.entities[i] for i in range(3)]
    )
    assert [[s.ref for s in spans] for spans in reading.places] == [["vostochny"], [], []]
    with pytest.raises(IndexError):
        reading.entities[3]
    with pytest.raises(IndexError):
        reading.places[-4]
