"""Case table of the `where` check: a place is judged in the role the fact's phrase gives it."""

from __future__ import annotations

import datetime as dt

import pytest
from cases import verdict

from factcheck import Article, check_article, parse_story

PLACES = """
story: ferry-2016
date: 2016-05-23
about: [ferry]
entities:
  ferry: {name: ferry, aliases: [Spirit of Kent]}
places:
  uk: {name: Britain}
  france: {name: France}
  dover: {name: Dover, in: uk}
  folkestone: {name: Folkestone, in: uk}
  calais: {name: Calais, in: france}
  boulogne: {name: Boulogne, in: france}
facts:
"""
DEPARTS = (
    PLACES
    + """
  - id: ferry-departs
    who: ferry
    what: [left Dover, set off]
    where: dover
"""
)
ARRIVES = (
    PLACES
    + """
  - id: ferry-arrives
    who: ferry
    what: [arrived in Calais]
    where: calais
"""
)
LEAVES_FOR = (
    PLACES
    + """
  - id: ferry-leaves-for
    who: ferry
    what: [left for Calais]
    where: calais
"""
)


def status(text: str, story: str) -> tuple[str, str]:
    """The status of the story's one fact on ``text``, and the slots it clashes on."""
    return verdict(text, story, dt.date(2016, 5, 23))


CONSISTENT = ("consistent", "")
CLASH = ("contradicted", "where")


@pytest.mark.parametrize(
    "text, story, expected",
    [
        # a departure fact states an origin: a destination is not its place
        ("The ferry left Dover.", DEPARTS, CONSISTENT),
        ("The ferry left Folkestone.", DEPARTS, CLASH),
        ("The ferry left from Folkestone.", DEPARTS, CLASH),
        ("The ferry left for Calais.", DEPARTS, CONSISTENT),
        ("The ferry left Dover bound for Calais.", DEPARTS, CONSISTENT),
        ("The ferry set off for Calais from Dover.", DEPARTS, CONSISTENT),
        ("The ferry set off to Calais.", DEPARTS, CONSISTENT),
        ("The ferry set off towards France.", DEPARTS, CONSISTENT),
        ("The ferry set off for Calais from Folkestone.", DEPARTS, CLASH),
        ("The ferry set off from Folkestone.", DEPARTS, CLASH),
        ("The ferry set off on Monday from Folkestone.", DEPARTS, CLASH),
        # `from` of another noun is not the departure's origin
        ("The ferry set off with lorries from Folkestone.", DEPARTS, CONSISTENT),
        # an arrival fact states a destination: an origin is not its place
        ("The ferry arrived in Calais from Dover.", ARRIVES, CONSISTENT),
        ("The ferry arrived in Boulogne.", ARRIVES, CLASH),
        ("The ferry arrived in France.", ARRIVES, CONSISTENT),
        # a departure phrased with its destination states the destination
        ("The ferry left for Calais from Dover.", LEAVES_FOR, CONSISTENT),
        ("The ferry left for Boulogne.", LEAVES_FOR, CLASH),
    ],
)
def test_a_place_is_judged_in_the_role_the_fact_gives_it(
    text: str, story: str, expected: tuple[str, str]
) -> None:
    assert status(text, story) == expected


def test_an_origin_judged_for_a_departure_has_its_own_rule() -> None:
    article = Article("a.md", "a.md", "The ferry set off from Folkestone.")
    (result,) = check_article(article, [parse_story(DEPARTS, "story.yaml")])
    (clash,) = result.contradictions
    assert (clash.rule, clash.found) == ("named/where.origin-after-phrase", "Folkestone")
