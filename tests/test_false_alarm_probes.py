"""Case table of false alarms found by probing invented stories of kinds the labelled corpus
lacks (a final in extra innings, a shrunk product, an election count, a storm's landfall):
sentences that state other events' numbers, dates and places must not clash, and the
near-misses that state a wrong value for the fact's own event still must."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

STORY = """
story: probes
date: 2021-10-03
about: [mariners, brindle, renewal, helga]
entities:
  mariners: {name: Harbor City Mariners, aliases: [Mariners], kind: team}
  brindle: {name: Brindle Foods, aliases: [Brindle], kind: organisation}
  renewal: {name: Renewal Party, aliases: [Renewal], kind: organisation}
  helga: {name: Storm Helga, aliases: [Helga], kind: event}
places:
  canada: {name: Canada}
  ontario: {name: Ontario, in: canada}
  redvale: {name: Redvale, in: ontario}
  philippines: {name: Philippines, aliases: [the Philippines]}
  aurora: {name: Aurora province, in: philippines}
facts:
  - id: mariners-win-title
    who: mariners
    what: [won the title, won the championship]
    when: 2021-10-03
    where: redvale
  - id: mariners-final
    who: mariners
    what: [league final appearance]
    count: 5
    ordinal: true
  - id: bar-cut-to
    who: brindle
    what: [cut the bar to]
    count: 180
    unit: g
  - id: renewal-vote-share
    who: renewal
    what: [of the vote]
    count: 38.4
    unit: "%"
  - id: helga-landfall
    who: helga
    what: [made landfall]
    when: 2021-10-01
    where: aurora
"""

PUBLISHED = dt.date(2021, 10, 4)


def clashes(text: str) -> set[str]:
    return clashes_on(text, STORY, PUBLISHED)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a possibility or a forecast on the phrase's verb: its date and place are a guess
        ("The Mariners could win the title again next year, bookmakers say.", set()),
        ("The Mariners might win the championship in Chicago next season.", set()),
        ("Helga is expected to make landfall in Vietnam on Saturday.", set()),
        ("Helga is likely to make landfall in Vietnam on Saturday.", set()),
        # near-misses: the act is asserted, or only planned (`will`), and still judged
        ("The Mariners won the title on Saturday.", {"mariners-win-title:when"}),
        ("The Mariners won the title in Chicago.", {"mariners-win-title:where"}),
        (
            "Helga made landfall in Vietnam on Saturday.",
            {"helga-landfall:where", "helga-landfall:when"},
        ),
        # a landfall told in the future in an article dated after the fact's: another one
        ("Helga will make landfall in Vietnam.", set()),
        # a count in a sentence dated at another time is another event's
        ("Brindle cut the bar to 200g in 2015, from 230g.", set()),
        ("In 2019 Brindle cut the bar to 190g.", set()),
        ("Renewal won 29.1% of the vote in 2015.", set()),
        ("Renewal won 29.1% of the vote last year.", set()),
        # near-misses: no date, or the event's own date, or a day within a week of it
        ("Brindle cut the bar to 170g.", {"bar-cut-to:count"}),
        ("Brindle cut the bar to 170g on Friday.", {"bar-cut-to:count"}),
        ("In 2019 the plant closed; Brindle cut the bar to 170g.", {"bar-cut-to:count"}),
        ("Renewal won 41.2% of the vote in 2021.", {"renewal-vote-share:count"}),
        ("Renewal won 41.2% of the vote in October 2021.", {"renewal-vote-share:count"}),
        # an ordinal places the event among earlier ones, which the sentence may date
        (
            "It was the Mariners' fourth league final appearance, after they lost in 2019.",
            {"mariners-final:count"},
        ),
    ],
)
def test_other_events_and_guesses_do_not_clash(text: str, expected: set[str]) -> None:
    assert clashes(text) == expected


def test_a_future_place_is_judged_in_an_article_dated_before_the_event() -> None:
    before = dt.date(2021, 9, 30)  # the landfall was on October 1
    assert clashes_on("Helga will make landfall in Vietnam.", STORY, before) == {
        "helga-landfall:where"
    }
