"""Routing: which names say an article is about a story (`mention_only` names never do)."""

from __future__ import annotations

from factcheck.articles import Article
from factcheck.engine import Checker
from factcheck.facts import parse_story

STORY = """\
story: gaga-protest
about: [gaga]
entities:
  gaga:
    name: Lady Gaga
    {names}
places:
  trump-tower: {{name: Trump Tower}}
facts:
  - id: gaga-protests
    who: gaga
    what: protested outside Trump Tower
    where: trump-tower
"""
BUILDING = Article(
    key="building.txt",
    path="building.txt",
    title="The Singer Building, a lost skyscraper",
    text="The Singer Building stood on Broadway until 1968. The singer sewing machine firm"
    " built it.",
)
PROTEST = Article(
    key="protest.txt",
    path="protest.txt",
    title="Lady Gaga at Trump Tower",
    text="Lady Gaga spoke to fans on Tuesday. Later the singer protested outside Trump Tower.",
)


def checker(names: str) -> Checker:
    return Checker([parse_story(STORY.format(names=names))])


def test_a_mention_only_name_does_not_route_an_unrelated_article() -> None:
    assert checker("mention_only: [The singer]").route(BUILDING) == []


def test_the_same_name_as_an_alias_routes_it() -> None:
    assert checker("aliases: [The singer]").route(BUILDING) == ["gaga-protest"]


def test_a_mention_only_name_still_finds_mentions() -> None:
    only = checker("mention_only: [The singer]")
    assert only.route(PROTEST) == ["gaga-protest"]
    (result,) = only.check(PROTEST)
    assert result.status == "consistent"
    assert [s.found for s in result.slots if s.slot == "who"] == ["the singer"]


def test_without_the_name_the_fact_is_omitted() -> None:
    (result,) = checker("aliases: [Gaga]").check(PROTEST)
    assert result.status == "omitted"


def test_a_name_in_both_lists_does_not_route() -> None:
    both = checker("aliases: [The singer]\n    mention_only: [The singer]")
    assert both.route(BUILDING) == []
    assert both.compiled["gaga-protest"].story.entities["gaga"].routing_names == ("Lady Gaga",)
