"""Rule paths: every clash says which rule found it, and an unreliable rule never fails a test."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import Article, check_article, parse_story
from factcheck import engine as engine_module
from factcheck.results import FactResult

STORY = """
story: kim-2023
date: 2023-09-12
about: [kim]
entities:
  kim: {name: Kim Jong Un, aliases: [Kim]}
  miller: {name: Matthew Miller, aliases: [Miller]}
  peskov: {name: Dmitry Peskov, aliases: [Peskov]}
places:
  russia: {name: Russia}
  china: {name: China}
facts:
  - id: trips
    who: kim
    what: trips abroad
    count: 7
  - id: arrives
    who: kim
    what: arrived in Russia
    where: russia
    when: 2023-09-12
  - id: warning
    who: miller
    quote: any transfer of arms would be a violation of resolutions
"""


def results(text: str) -> dict[str, FactResult]:
    article = Article("a.md", "a.md", text, published=dt.date(2023, 9, 12))
    return {r.fact: r for r in check_article(article, [parse_story(STORY, "story.yaml")])}


@pytest.mark.parametrize(
    "text, fact, slot, rule",
    [
        ("Kim has made nine trips abroad.", "trips", "count", "named/count.number-before-phrase"),
        ("Kim has made at least nine trips abroad.", "trips", "count", "named/count.bound"),
        ("Kim has not arrived in Russia.", "arrives", "what", "named/what.negator-before-phrase"),
        ("Kim arrived in China on Tuesday.", "arrives", "where", "named/where.phrase-place"),
        ("Kim arrived in Russia on Monday.", "arrives", "when", "named/when.date-after-phrase"),
        ("On Monday, Kim arrived in Russia.", "arrives", "when", "named/when.date-fronted"),
        (
            "Kim met Putin. He arrived in Russia on Monday.",
            "arrives",
            "when",
            "carried/when.date-after-phrase",
        ),
        (
            'Kim arrived. "Any transfer of arms would be a breach of resolutions," Miller said.',
            "warning",
            "quote",
            "quote/quote.words",
        ),
        (
            'Kim arrived. "Any transfer of arms would be a violation of resolutions," Peskov said.',
            "warning",
            "who",
            "quote/who.speaker",
        ),
    ],
)
def test_each_clash_names_its_rule_path(text: str, fact: str, slot: str, rule: str) -> None:
    result = results(text)[fact]
    assert result.status == "contradicted"
    (clash,) = result.contradictions
    assert (clash.slot, clash.rule) == (slot, rule)
    assert clash.to_json()["rule"] == rule


def test_a_clash_by_an_unreliable_rule_is_doubtful_and_does_not_fail(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Kim has made nine trips abroad."
    assert results(text)["trips"].status == "contradicted"
    monkeypatch.setattr(engine_module, "UNRELIABLE", frozenset({"count.number-before-phrase"}))
    result = results(text)["trips"]
    assert result.status == "consistent"
    (slot,) = [s for s in result.slots if s.slot == "count"]
    assert (slot.status, slot.found, slot.rule) == (
        "doubtful",
        "nine",
        "named/count.number-before-phrase",
    )


def test_a_full_rule_path_can_be_marked_unreliable_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "UNRELIABLE", frozenset({"carried/when.date-after-phrase"}))
    carried = results("Kim met Putin. He arrived in Russia on Monday.")["arrives"]
    named = results("Kim arrived in Russia on Monday.")["arrives"]
    assert carried.status == "consistent"
    assert [s.status for s in carried.slots if s.slot == "when"] == ["doubtful"]
    assert named.status == "contradicted"


def test_a_confirmed_mention_outweighs_a_doubtful_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "UNRELIABLE", frozenset({"count.number-before-phrase"}))
    result = results("Kim has made nine trips abroad. Kim has made seven trips abroad.")["trips"]
    assert [(s.status, s.found) for s in result.slots if s.slot == "count"] == [
        ("confirmed", "seven")
    ]
