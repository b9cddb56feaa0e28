"""Case table: another entity's act that is not the `exclusive` fact's own. A ban from doing
something (`Holt was banned from driving`) bars another act; a date of another year than the
story's (`Holt was banned in 2021`) tells another occasion. Neither contradicts the fact's `who`;
the plain shape still does (`Holt was banned for four years on Tuesday`). A person named by a
tie to the fact's `who` (`Holt, Rana's rival, was banned`, `Rana's coach was banned`) is the
subject, not the `who`: no mention of the `who`'s act."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

BAN = """
story: rana-ban-2026
date: 2026-03-03
about: [rana]
entities:
  rana: {name: Mira Rana, aliases: [Rana], kind: person}
  holt: {name: Jess Holt, aliases: [Holt], kind: person}
  wada: {name: World Anti-Doping Agency, aliases: [Wada], kind: organisation}
facts:
  - id: banned
    who: rana
    what: [was banned, has been banned]
    exclusive: true
"""
PUBLISHED = dt.date(2026, 3, 4)


def verdict(text: str) -> tuple[str, tuple[str, ...]]:
    (result,) = check_on(text, BAN, PUBLISHED)
    return result.status, tuple(s.slot for s in result.contradictions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Holt has been banned from commenting on the case.", ("omitted", ())),
        ("Holt was banned from driving for a year.", ("omitted", ())),
        ("Holt was banned in 2021 for two years.", ("omitted", ())),
        ("Wada said Holt was banned for two years in 2021.", ("omitted", ())),
        # still judged
        ("Holt was banned for four years on Tuesday.", ("contradicted", ("who",))),
        ("Holt was banned from competition for four years.", ("contradicted", ("who",))),
        ("Holt was banned in March for four years.", ("contradicted", ("who",))),
        ("Rana was banned in 2021.", ("consistent", ())),
    ],
)
def test_another_act_of_another_entity(text: str, expected: tuple[str, tuple[str, ...]]) -> None:
    assert verdict(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Holt, Rana's rival, was banned.", ("omitted", ())),
        ("Holt, Rana's rival, was banned in 2019.", ("omitted", ())),
        ("Rana's coach was banned for two years.", ("omitted", ())),
        ("Rana's teammate, Jess Holt, was banned.", ("omitted", ())),
        ("Rana, Holt's rival, was banned.", ("consistent", ())),
        ("Rana, the world champion, was banned.", ("consistent", ())),
    ],
)
def test_a_person_tied_to_the_who_is_the_subject(
    text: str, expected: tuple[str, tuple[str, ...]]
) -> None:
    assert verdict(text) == expected
