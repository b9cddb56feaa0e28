"""Case tables of two count shapes whose number was left unread: a clause told an exact span of
days before the story's event, that span landing on the fact's own day (`The crash comes a day
after the Taliban swapped two hostages for three of its commanders`), and the most a penalty can
be after a modal (`could face up to 10 years in prison`). Each table: sentences whose count is
judged, and near-misses that stay unjudged."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

SWAP = """
story: swap-then-crash
date: 2019-11-20
about: [crash]
entities:
  crash: {name: helicopter crash, kind: event}
  taliban: {name: Taliban, aliases: [the Taliban]}
places: {}
facts:
  - id: swap
    who: taliban
    what: [of its commanders]
    count: 3
    when: 2019-11-19
"""
UNDATED_SWAP = SWAP.replace("    when: 2019-11-19\n", "")
PUBLISHED = dt.date(2019, 11, 20)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the span counted back from the story's 20 November lands on the fact's 19th
        (
            "The crash comes a day after the Taliban swapped two hostages for three of its "
            "commanders.",
            ("consistent", ""),
        ),
        (
            "The crash comes one day after the Taliban swapped two hostages for four of its "
            "commanders.",
            ("contradicted", "count"),
        ),
        (
            "The crash came 1 day after the Taliban freed five of its commanders.",
            ("contradicted", "count"),
        ),
        # another day: two days, a week, `before`: another occurrence, not judged
        (
            "The crash comes two days after the Taliban swapped two hostages for four of its "
            "commanders.",
            ("omitted", ""),
        ),
        (
            "The crash comes a week after the Taliban swapped two hostages for four of its "
            "commanders.",
            ("omitted", ""),
        ),
        (
            "The crash comes a day before the Taliban swapped two hostages for four of its "
            "commanders.",
            ("omitted", ""),
        ),
        # a rounded span, a span of years, `since`, a sentence with a date of its own
        (
            "The crash comes nearly a day after the Taliban swapped two hostages for four of its "
            "commanders.",
            ("omitted", ""),
        ),
        (
            "The crash comes a year after the Taliban swapped two hostages for four of its "
            "commanders.",
            ("omitted", ""),
        ),
        (
            "It is a day since the Taliban swapped two hostages for four of its commanders.",
            ("omitted", ""),
        ),
        (
            "The crash on Wednesday comes a day after the Taliban swapped two hostages for four "
            "of its commanders.",
            ("omitted", ""),
        ),
    ],
)
def test_a_span_clause_on_the_facts_own_day_states_its_count(
    text: str, expected: tuple[str, str]
) -> None:
    assert verdict(text, SWAP, PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The crash comes a day after the Taliban swapped two hostages for four of its commanders.",
        "The crash comes a day after the Taliban swapped two hostages for three of its commanders.",
    ],
)
def test_a_span_clause_is_not_the_facts_day_when_the_fact_has_no_date(text: str) -> None:
    assert verdict(text, UNDATED_SWAP, PUBLISHED) == ("omitted", "")


THREAT = """
story: threat-plea
about: [carlineo]
entities:
  carlineo: {name: Patrick Carlineo, aliases: [Carlineo]}
places: {}
facts:
  - id: most
    who: carlineo
    what: [years in prison]
    count: 10
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Carlineo could face up to 10 years in prison.", ("consistent", "")),
        (
            "Carlineo, 55, could face up to ten years in prison after pleading guilty.",
            ("consistent", ""),
        ),
        ("Carlineo would face up to 10 years in prison.", ("consistent", "")),
        ("Carlineo could still face up to 10 years in prison.", ("consistent", "")),
        ("Carlineo may face a maximum of up to 10 years in prison.", ("consistent", "")),
        # another most after a modal may be one charge's: not judged
        ("Carlineo could face up to 20 years in prison.", ("omitted", "")),
        ("Carlineo could face up to 5 years in prison.", ("omitted", "")),
        # without `up to` or with a plan word before the modal's verb: still an expectation
        ("Carlineo could face 10 years in prison.", ("omitted", "")),
        ("Carlineo is expected to face up to 10 years in prison.", ("omitted", "")),
        ("Carlineo could get up to 10 years in prison.", ("omitted", "")),
        # no modal: a bound, judged as before
        ("Carlineo faces up to 5 years in prison.", ("contradicted", "count")),
    ],
)
def test_the_most_a_penalty_can_be_after_a_modal(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, THREAT, None) == expected


FLEET = """
story: fleet
about: [emirates]
entities:
  emirates: {name: Emirates, kind: organisation}
  renewal: {name: Renewal, kind: organisation}
places: {}
facts:
  - id: a380s
    who: emirates
    what: [of the planes in its fleet]
    count: 123
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        # a `with` phrase after a comma that the fact's phrase closes, ending the sentence
        (
            "Emirates is the number one buyer of the A380, with 123 of the planes in its fleet.",
            ("consistent", ""),
        ),
        (
            "Emirates is the number one buyer of the A380, with 125 of the planes in its fleet.",
            ("contradicted", "count"),
        ),
        (
            "Emirates flies the A380 more than any airline, with 123 of the planes in its fleet.",
            ("consistent", ""),
        ),
        # the scene set: the `with` phrase opens the sentence, or a state follows the phrase
        (
            "With 125 of the planes in its fleet, Emirates is the number one buyer of the A380.",
            ("omitted", ""),
        ),
        (
            "Emirates is the number one buyer of the A380, with 125 of the planes in its fleet "
            "grounded.",
            ("omitted", ""),
        ),
        # a word between the number and the phrase
        (
            "Emirates is the number one buyer of the A380, with 125 more of the planes in its "
            "fleet.",
            ("omitted", ""),
        ),
    ],
)
def test_a_with_phrase_closing_the_sentence_counts_the_subjects_things(
    text: str, expected: tuple[str, str]
) -> None:
    assert verdict(text, FLEET, None) == expected
