"""Tests of how a mention is read: who does what (possessives, back references), and where."""

from __future__ import annotations

import datetime as dt

import pytest
from cases import verdict

from factcheck import Article, Checker, parse_story

STORY = """
story: war-2022
date: 2023-09-12
about: [russia]
entities:
  russia: {name: Russia, aliases: [Moscow]}
  north-korea: {name: North Korea}
  us: {name: United States, aliases: [US]}
places: {}
facts:
  - id: war-began
    who: russia
    what: ["war against Ukraine, which started"]
    when: 2022-02-24
"""


def status(
    text: str, story: str = STORY, published: dt.date = dt.date(2023, 9, 12)
) -> tuple[str, str]:
    """The status of the story's one fact on ``text``, and the slots it clashes on."""
    return verdict(text, story, published)


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # `the latter` is the last entity named before it: Russia
            "North Korea supplies arms to Russia for the latter's ongoing war against Ukraine, "
            "which started in March 2022.",
            ("contradicted", "when"),
        ),
        (
            "North Korea supplies arms to Russia for the latter's ongoing war against Ukraine, "
            "which started in February 2022.",
            ("consistent", ""),
        ),
        (  # `the former` is North Korea: not the fact's who, so not a mention
            "North Korea supplies arms to Russia for the former's ongoing war against Ukraine, "
            "which started in March 2022.",
            ("omitted", ""),
        ),
        (  # the owner may stand one word before the phrase
            "Moscow's ongoing war against Ukraine, which started in March 2022, goes on.",
            ("contradicted", "when"),
        ),
    ],
)
def test_who_is_found_through_possessives_and_back_references(
    text: str, expected: tuple[str, str]
) -> None:
    assert status(text) == expected


NOV_10 = dt.date(2016, 11, 10)
MEETING = """
story: meeting-2016
date: 2016-11-10
about: [trump]
entities:
  trump: {name: Donald Trump, aliases: [Trump]}
  ryan: {name: Paul Ryan, aliases: [Ryan]}
places:
  washington: {name: Washington}
  white-house: {name: White House, in: washington}
  capitol-hill: {name: Capitol Hill, in: washington}
  new-york: {name: New York}
facts:
  - id: trump-meets-obama
    who: trump
    what: [meeting]
    where: white-house
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Trump held the meeting at Capitol Hill.", ("contradicted", "where")),
        ("Trump held the meeting in New York.", ("contradicted", "where")),
        ("Trump left the meeting at the White House.", ("consistent", "")),
        (  # the place is where the motion goes, not where the meeting was
            "Trump followed up the meeting by heading to Capitol Hill to meet Ryan.",
            ("consistent", ""),
        ),
        ("Trump ended the meeting, then flew to New York.", ("consistent", "")),
    ],
)
def test_a_place_after_a_verb_of_motion_is_not_the_event_s_place(
    text: str, expected: tuple[str, str]
) -> None:
    assert status(text, MEETING, NOV_10) == expected


QUOTES = """
story: quotes-2016
date: 2016-11-10
about: [trump, obama]
entities:
  trump: {name: Donald Trump, aliases: [Trump]}
  obama: {name: Barack Obama, aliases: [Obama]}
places: {}
facts:
  - id: trump-look-forward
    who: trump
    quote: I very much look forward to dealing with the president in the future
"""
LINE = "I very much look forward to dealing with the president in the future"


@pytest.mark.parametrize(
    "text, expected",
    [
        (f"'{LINE},' Obama said.", ("contradicted", "who")),
        (f"'{LINE},' according to Obama.", ("contradicted", "who")),
        (f"According to Trump, '{LINE}.'", ("consistent", "")),
        (  # the speech verb nearest the quote decides, not the first in the sentence
            f"Obama said he was encouraged, and Trump told reporters: '{LINE}.'",
            ("consistent", ""),
        ),
        (
            f"Trump said the talks went well, Obama told reporters: '{LINE}.'",
            ("contradicted", "who"),
        ),
        (  # after the quote, a name before the quote is not the speaker of `adding`
            f"Trump has said that Obama's welcome was '{LINE}', adding that it was an honour.",
            ("consistent", ""),
        ),
        (  # a participle (`, adding`) does not name its speaker: the clause's subject does
            "Trump said that Obama's welcome went well, adding that it was an honour. "
            f"'{LINE},' he said.",
            ("consistent", ""),
        ),
        (  # `he said` takes the speaker nearest the end of the sentence before
            "Obama said that he was encouraged Trump told reporters that it was an honour. "
            f"'{LINE},' he said.",
            ("consistent", ""),
        ),
    ],
)
def test_a_quote_s_speaker_is_at_the_speech_verb_nearest_to_it(
    text: str, expected: tuple[str, str]
) -> None:
    assert status(text, QUOTES, NOV_10) == expected


TOUR = """
story: tour-2016
date: 2016-11-10
about: [melania]
entities:
  melania: {name: Melania Trump, aliases: [Melania]}
  michelle: {name: Michelle Obama, aliases: [Michelle]}
  ryan: {name: Paul Ryan, aliases: [House Speaker Paul Ryan]}
places:
  washington: {name: Washington}
  white-house: {name: White House, in: washington}
  capitol-hill: {name: Capitol Hill, in: washington}
facts:
  - id: michelle-meets-melania
    who: [michelle, melania]
    what: [gave a tour]
    where: white-house
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Melania was given a tour of Capitol Hill.", ("contradicted", "where")),
        ("Melania was given a tour of the White House by Michelle.", ("consistent", "")),
        (  # the passive agent is another entity: another tour
            "Melania was given a tour of Capitol Hill by House Speaker Paul Ryan.",
            ("omitted", ""),
        ),
        (  # `by` after a comma opens another clause
            "Melania was given a tour of Capitol Hill, escorted by Paul Ryan.",
            ("contradicted", "where"),
        ),
    ],
)
def test_a_phrase_done_by_another_entity_in_the_passive_is_another_event(
    text: str, expected: tuple[str, str]
) -> None:
    assert status(text, TOUR, NOV_10) == expected


TOLL = """
story: toll-2016
date: 2016-11-10
about: [victims]
entities:
  taliban: {name: Taliban}
  victims: {name: victims, aliases: [civilians, people]}
  strikes: {name: US air strikes, aliases: [air strikes]}
  police: {name: police}
places: {}
facts:
  - id: six-killed
    who: [victims, taliban]
    what: [killed, dead]
    count: 6
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The bombing left 32 civilians dead.", ("contradicted", "count")),
        (  # a relative clause about another entity tells that entity's event
            "It was revenge for US air strikes this month in Kunduz that left 32 civilians dead.",
            ("omitted", ""),
        ),
        (
            "It was revenge for air strikes near Kunduz in which more than 30 people were killed.",
            ("omitted", ""),
        ),
        ("Police said that 32 civilians were killed.", ("contradicted", "count")),
        (  # the subject stands in a later clause, not in the relative clause
            "Air strikes hit the town, which was quiet until 32 civilians were killed.",
            ("contradicted", "count"),
        ),
    ],
)
def test_a_relative_clause_about_another_entity_is_another_event(
    text: str, expected: tuple[str, str]
) -> None:
    assert status(text, TOLL, NOV_10) == expected


OMITTED = ("omitted", "")
CLASH = ("contradicted", "count")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a clause after `since <time>,` tells the earlier event the sentence compares with
        ("It is the deadliest attack since 2009, when 32 civilians were killed.", OMITTED),
        ("It is the worst since the 2004 bombing, in which 32 civilians were killed.", OMITTED),
        ("The worst attack since March, where 32 people were killed, shook the city.", OMITTED),
        # near misses: the sentence's own event, or `since` without a clause of its own
        ("Since Monday, 32 civilians were killed.", CLASH),
        ("On Monday, when 32 civilians were killed, the city shook.", CLASH),
        ("Since 2009 the town was quiet; 32 civilians were killed on Monday.", CLASH),
        ("Since 2009, when it was quiet, 32 civilians were killed.", CLASH),
    ],
)
def test_a_clause_about_the_event_compared_with_is_another_event(
    text: str, expected: tuple[str, str]
) -> None:
    assert status(text, TOLL, NOV_10) == expected


def test_routing_finds_a_story_named_only_in_the_title_in_any_case() -> None:
    checker = Checker([parse_story(QUOTES, "quotes.yaml")])
    named = Article("a.md", "a.md", "Talks went well.", title="\u212aIND WORDS FROM TRUMP")
    unnamed = Article("b.md", "b.md", "Talks went well.", title="Kind words")
    assert checker.route(named) == ["quotes-2016"]
    assert checker.route(unnamed) == []
