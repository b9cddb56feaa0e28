"""Case table: `she` or `he` after an organisation's speech verb (`Big Machine, says she will be
allowed to play`) is not the organisation (``tests/test_false_alarm_probes*`` keep it from
being read as its act); it stands for the person the sentence before names, when that one is
the fact's `who` and the only person named there, and this sentence names no person before
the phrase (``Reading.reported_person``): the sentence is a mention, found as `carried`.
Near-misses: another person named in the sentence before, or in this one before the phrase;
a pronoun whose gender a title in the person's names rules out; a reporter that is a person
(`Braun says she will`: the reported clause has a subject of its own, still unread)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

STORY = """
story: awards-row
date: 2026-11-17
about: [singer, label]
entities:
  singer: {name: Tessa Vale, aliases: [Vale], kind: person}
  rival: {name: Mara Quinn, aliases: [Quinn], kind: person}
  manager: {name: Ms Jo Hart, aliases: [Hart], kind: person}
  label: {name: Northgate Records, aliases: [Northgate], kind: organisation}
places: {}
facts:
  - id: allowed
    who: singer
    what: [will be allowed to perform]
    when: 2026-11-22
  - id: hart-allowed
    who: manager
    what: [will be allowed to attend]
"""
PUBLISHED = dt.date(2026, 11, 17)  # a Tuesday


def status_of(text: str, fact: str = "allowed") -> tuple[str, str]:
    (result,) = [r for r in check_on(text, STORY, PUBLISHED) if r.fact == fact]
    who = next(s for s in result.slots if s.slot == "who")
    return result.status, who.rule


BEFORE = "A row involving Tessa Vale and her former label is coming to an end. "
FOUND = [
    BEFORE + "Northgate Records says she will be allowed to perform on Sunday.",
    BEFORE + "The label that owns her songs, Northgate, says she will be allowed to perform.",
    BEFORE + "Northgate said that she will be allowed to perform at the awards.",
]
NOT_FOUND = [
    # another person named in the sentence before, or in this one
    "Tessa Vale and Mara Quinn are at odds. Northgate says she will be allowed to perform.",
    BEFORE + "Mara Quinn's label, Northgate, says she will be allowed to perform.",
    # no sentence before names her
    "A row is coming to an end. Northgate says she will be allowed to perform.",
    # the reporter is a person: `she` may be the reporter herself
    BEFORE + "Mara Quinn says she will be allowed to perform.",
]


@pytest.mark.parametrize("text", FOUND)
def test_she_reported_by_an_organisation_is_the_person_named_before(text: str) -> None:
    assert status_of(text) == ("consistent", "who.carried")


@pytest.mark.parametrize("text", NOT_FOUND)
def test_she_is_not_read_when_unsure(text: str) -> None:
    assert status_of(text)[0] == "omitted"


def test_a_weekday_in_the_reported_future_is_judged() -> None:
    result = [r for r in check_on(FOUND[0].replace("Sunday", "Saturday"), STORY, PUBLISHED)]
    (allowed,) = [r for r in result if r.fact == "allowed"]
    assert allowed.status == "contradicted"
    assert [s.slot for s in allowed.slots if s.status == "contradicted"] == ["when"]


def test_a_title_of_the_other_gender_rules_the_pronoun_out() -> None:
    text = "Ms Jo Hart spoke for the label. Northgate says he will be allowed to attend."
    assert status_of(text, "hart-allowed")[0] == "omitted"
    assert status_of(text.replace(" he ", " she "), "hart-allowed") == (
        "consistent",
        "who.carried",
    )
