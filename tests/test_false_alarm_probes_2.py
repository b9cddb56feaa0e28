"""Case table of false alarms found by probing invented stories of more kinds (a protest, a
study, a tower-block fire, a takeover, a train crash): a sentence that tells another occurrence
of the act (`Another fire broke out`, `again`, `as well`), a price that is a part of a sum
(`plus`) and an age that is an owner's (`the 34-year-old conductor's father`) must not clash,
and the near-misses that state a wrong value for the fact's own event still must."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

STORY = """
story: probes-2
date: 2024-06-22
about: [groen-front, lind, harewood-court, brightwater, novak]
entities:
  groen-front: {name: Groen Front, kind: organisation}
  lind: {name: Kristiina Lind, aliases: [Lind, Dr Lind], kind: person}
  harewood-court: {name: Harewood Court, kind: event}
  brightwater: {name: Brightwater Capital, aliases: [Brightwater], kind: organisation}
  novak: {name: Pavel Novak, aliases: [Novak], kind: person}
places:
  netherlands: {name: Netherlands}
  rotterdam: {name: Rotterdam, in: netherlands}
  amsterdam: {name: Amsterdam, in: netherlands}
  coolsingel: {name: Coolsingel, in: rotterdam}
  uk: {name: United Kingdom}
  leeds: {name: Leeds, in: uk}
  chapeltown: {name: Chapeltown, in: leeds}
  bradford: {name: Bradford, in: uk}
facts:
  - id: protest-held
    who: groen-front
    what: [blocked the Coolsingel, blockade of the Coolsingel, marched on the Coolsingel]
    when: 2024-06-22
    where: coolsingel
  - id: study-published
    who: lind
    what: [published in Sleep Health]
    when: 2024-06-18
  - id: fire-broke-out
    who: harewood-court
    what: [fire broke out]
    when: 2024-06-21
    where: chapeltown
  - id: price-per-share
    who: brightwater
    what: [pence a share, pence per share]
    count: 412
  - id: driver-age
    who: novak
    what: [year-old]
    count: 58
"""

PUBLISHED = dt.date(2024, 6, 23)


def clashes(text: str) -> set[str]:
    return clashes_on(text, STORY, PUBLISHED)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a word of another occurrence right before the phrase, past articles and auxiliaries
        ("Another fire broke out at Harewood Court in 2017.", set()),
        ("An earlier fire broke out at Harewood Court in 2017.", set()),
        ("A previous fire broke out at Harewood Court in Bradford.", set()),
        ("A similar fire broke out at Harewood Court in 2017.", set()),
        ("Groen Front first marched on the Coolsingel in 2019.", set()),
        ("Groen Front also marched on the Coolsingel in 2022.", set()),
        ("Groen Front's previous blockade of the Coolsingel in 2022 ended peacefully.", set()),
        # after the owner of the phrase's subject
        ("Lind's previous study was published in Sleep Health in 2020.", set()),
        ("Lind's earlier study, published in Sleep Health in 2020, followed 1,100 nurses.", set()),
        # after the phrase, in its clause
        ("Groen Front marched on the Coolsingel again in 2022.", set()),
        ("Groen Front marched on the Coolsingel in 2022 as well.", set()),
        ("A fire broke out at Harewood Court in 2017 as well, when a kitchen caught fire.", set()),
        ("Groen Front marched on the Coolsingel in 2022, too.", set()),
        ("A fire broke out at Harewood Court in Bradford too.", set()),
        ("A fire also broke out at Harewood Court in Bradford.", set()),
        # near-misses: the fact's own occurrence, stated wrongly
        ("A fire broke out at Harewood Court in 2017.", {"fire-broke-out:when"}),
        ("The fire broke out at Harewood Court in Bradford.", {"fire-broke-out:where"}),
        ("Groen Front's latest blockade of the Coolsingel on Friday ended.", {"protest-held:when"}),
        ("Groen Front's blockade of the Coolsingel on Friday ended.", {"protest-held:when"}),
        ("Lind's study was published in Sleep Health in 2020.", {"study-published:when"}),
        (
            "Lind's study, published in Sleep Health in 2020, followed 1,100 nurses.",
            {"study-published:when"},
        ),
        ("Groen Front marched on the Coolsingel in 2022.", {"protest-held:when"}),
        (
            "Groen Front marched on the Coolsingel on Friday, too late for the vote.",
            {"protest-held:when"},
        ),
        # `earlier` after a name that owns nothing: the same day's act
        (
            "Groen Front earlier in the day marched on the Coolsingel on Friday.",
            {"protest-held:when"},
        ),
        # `too` before a word, not ending the clause
        (
            "Groen Front marched on the Coolsingel on Friday too early for the police.",
            {"protest-held:when"},
        ),
        (
            "Groen Front marched on the Coolsingel on Friday as well as the Maasboulevard.",
            {"protest-held:when"},
        ),
        (
            "Groen Front marched on the Coolsingel on Friday and will march again in July.",
            {"protest-held:when"},
        ),
        (
            "Groen Front, which has many members, marched on the Coolsingel on Friday.",
            {"protest-held:when"},
        ),
    ],
)
def test_another_occurrence_dates_and_places_nothing(text: str, expected: set[str]) -> None:
    assert clashes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part of a sum: `plus` after the phrase in its clause, or before the number
        ("Brightwater will pay 400 pence a share in cash plus a 12 pence a share dividend.", set()),
        ("Brightwater will pay 400 pence a share plus a dividend of 12 pence per share.", set()),
        # near-misses: no sum, or `plus` in another clause
        ("Brightwater will pay 380 pence a share in cash.", {"price-per-share:count"}),
        (
            "Brightwater will pay 380 pence a share in cash, the board said, plus costs.",
            {"price-per-share:count"},
        ),
        # an age followed by an owner's `'s` is the owner's
        ("Novak, the 34-year-old conductor's father, was unhurt.", set()),
        ("Novak, the 34-year-old's father, was unhurt.", set()),
        ("Novak, the 34-year-old conductors' instructor, was unhurt.", set()),
        # near-misses: the age of the name itself
        ("Novak, the 48-year-old driver, was unhurt.", {"driver-age:count"}),
        ("Novak, the 48-year-old driver of the train, was unhurt.", {"driver-age:count"}),
        ("The 48-year-old Pavel Novak was unhurt.", {"driver-age:count"}),
    ],
)
def test_sums_and_owners_ages_do_not_clash(text: str, expected: set[str]) -> None:
    assert clashes(text) == expected
