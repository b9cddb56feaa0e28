"""Shapes a fact is stated in that the plain rules miss: a phrase across an aside, `it`
referring to an organisation named earlier in its sentence, and percentages as a unit.

Case tables: what each rule finds, what it must not find, and the rule path of a clash it gives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import Article, check_article, parse_story
from factcheck.text.numbers import find_numbers, unit_name

STORY = """
story: retail-2016
date: 2016-11-09
about: [acme]
entities:
  acme: {name: Acme, kind: organisation}
places: {}
facts:
  - id: acme-more-likely
    who: acme
    what: more likely to win
    count: 25
    unit: "%"
  - id: acme-stores-closed
    who: acme
    what: stores closed
    count: 25
  - id: acme-percent-rise
    who: acme
    what: per cent rise in sales
    count: 25
"""


def verdict(text: str, fact: str, story: str = STORY) -> tuple[str, str]:
    """The fact's status on ``text`` and the rules of its slots (a clash's with its path)."""
    article = Article("a.md", "a.md", text, published=dt.date(2016, 11, 9))
    results = {r.fact: r for r in check_article(article, [parse_story(story, "s.yaml")])}
    result = results[fact]
    return result.status, ",".join(s.rule for s in result.slots if s.rule)


ASIDE_STORY = """
story: firms-2016
date: 2016-11-09
about: [acme]
entities:
  acme: {name: Acme, kind: organisation}
places: {}
facts:
  - id: firms-asked
    who: acme
    what: firms asked to declare
    count: 7
  - id: firms-told
    who: acme
    what: firms told to declare
    when: 2016-11-03
"""

LONG = " ".join(["big"] * 24)
ACROSS_AN_ASIDE = [
    # a phrase may run across one aside besides its two-word gaps
    ("Acme said seven firms, including two banks, were asked to declare.", "consistent", ""),
    ("Acme said seven firms - two banks and five shops - were asked to declare.", "consistent", ""),
    ("Acme said seven firms (among them two banks) were asked to declare.", "consistent", ""),
    (
        "Acme said nine firms, including two banks, were asked to declare.",
        "contradicted",
        "named/count.number-before-phrase",
    ),
    # a number in the aside counts something else
    ("Acme said firms, including seven banks, were asked to declare.", "omitted", ""),
    # a name in the aside is no subject
    ("Seven firms, including Acme, were asked to declare.", "omitted", ""),
    # no aside: a list between commas, an aside too long, two asides in one gap
    ("Acme said seven firms, two banks and five shops, were asked to declare.", "omitted", ""),
    (f"Acme said seven firms, including {LONG} banks, were asked to declare.", "omitted", ""),
    ("Acme said seven firms (two banks), including shops, were asked to declare.", "omitted", ""),
]


@pytest.mark.parametrize("text, status, rules", ACROSS_AN_ASIDE)
def test_a_phrase_runs_across_an_aside(text: str, status: str, rules: str) -> None:
    found = verdict(text, "firms-asked", ASIDE_STORY)
    assert found[0] == status
    if rules:
        assert rules in found[1]


def test_a_date_in_the_aside_is_not_the_facts() -> None:
    text = "Acme said the firms, which were told in 2014, were told to declare on Thursday."
    assert verdict(text, "firms-told", ASIDE_STORY)[0] == "consistent"
    text = text.replace("Thursday", "Friday")
    assert verdict(text, "firms-told", ASIDE_STORY)[0] == "contradicted"
    text = "Acme said the firms (which were set up in 2014) were told to declare."
    assert verdict(text, "firms-told", ASIDE_STORY) == ("consistent", "who.subject,what.phrase")


PERCENTAGES = [
    # a fact in `%`: `25%`, `25 per cent`, `25 percent` state it
    ("Acme is 25% more likely to win.", "acme-more-likely", "consistent", ""),
    ("Acme is 25 per cent more likely to win.", "acme-more-likely", "consistent", ""),
    ("Acme is twenty-five percent more likely to win.", "acme-more-likely", "consistent", ""),
    (
        "Acme is 30% more likely to win.",
        "acme-more-likely",
        "contradicted",
        "named/count.number-before-phrase",
    ),
    (
        "Acme is 30 per cent more likely to win.",
        "acme-more-likely",
        "contradicted",
        "named/count.number-before-phrase",
    ),
    # a bare number, or a number in another unit, is no percentage
    ("Acme is 30 more likely to win.", "acme-more-likely", "omitted", ""),
    ("Acme is 30 times more likely to win.", "acme-more-likely", "omitted", ""),
    ("Acme is 30 percentage points more likely to win.", "acme-more-likely", "omitted", ""),
    # a fact of things never reads a percentage as its count
    ("Acme had 25 stores closed.", "acme-stores-closed", "consistent", ""),
    (
        "Acme had 30 stores closed.",
        "acme-stores-closed",
        "contradicted",
        "named/count.number-before-phrase",
    ),
    ("Acme had 30% stores closed.", "acme-stores-closed", "omitted", ""),
    ("Acme had 30 per cent stores closed.", "acme-stores-closed", "omitted", ""),
    # ... unless its phrase says `per cent`
    ("Acme reported a 25 per cent rise in sales.", "acme-percent-rise", "consistent", ""),
]


@pytest.mark.parametrize("text, fact, status, rules", PERCENTAGES)
def test_a_percentage_is_a_unit(text: str, fact: str, status: str, rules: str) -> None:
    found = verdict(text, fact)
    assert found[0] == status
    if rules:
        assert rules in found[1]


def test_a_percentage_is_read_with_its_unit() -> None:
    assert [n.unit for n in find_numbers("25%, 25 per cent, 25-per-cent, 25 percent")] == ["%"] * 4
    assert [n.unit for n in find_numbers("25 percentage points")] == [""]
    assert unit_name("per cent") == unit_name("percent") == unit_name("%") == "%"


REGIMENT = """
story: mascot-2015
about: [derby]
entities:
  derby: {name: Private Derby}
  smith: {name: John Smith, kind: person}
  regiment: {name: Mercian Regiment, kind: organisation}
  club: {name: Derby County, kind: team}
places:
  chester: {name: Chester}
facts:
  - id: regiment-formed
    who: regiment
    what: formed
    when: 2007
  - id: smith-formed
    who: smith
    what: formed
    when: 2007
"""

IT_IN_THE_SENTENCE: list[tuple[str, ...]] = [
    # `it` right before the phrase: the one organisation named before it in the sentence,
    # after a preposition too
    (
        "Private Derby became the mascot of the Mercian Regiment when it formed in 2007.",
        "consistent",
    ),
    (
        "Private Derby became the mascot of the Mercian Regiment after it was formed in 2007.",
        "consistent",
    ),
    (
        "Private Derby became the mascot of the Mercian Regiment when it formed in 2006.",
        "contradicted",
    ),
    # another entity of a non-person kind named in the sentence: `it` may be either
    (
        "Private Derby was the mascot of Derby County and of the Mercian Regiment when it "
        "formed in 2006.",
        "omitted",
    ),
    # a place or another name between: `it` may be that
    (
        "Private Derby was the mascot of the Mercian Regiment in Chester when it formed in 2006.",
        "omitted",
    ),
    ("The Mercian Regiment took Private Derby when it formed in 2006.", "omitted"),
    # never a person: John Smith is the last name before `it`
    ("The Mercian Regiment hired John Smith when it formed in 2006.", "omitted"),
    ("The Mercian Regiment gave a ram to John Smith when it formed in 2006.", "omitted", "smith"),
    # `it` not right before the phrase
    (
        "Private Derby was the mascot of the Mercian Regiment when it grew and formed in 2006.",
        "omitted",
    ),
]


@pytest.mark.parametrize("case", IT_IN_THE_SENTENCE)
def test_it_refers_to_the_one_organisation_of_its_sentence(case: tuple[str, ...]) -> None:
    text, status, who = (*case, "regiment")[:3]
    found = verdict("Private Derby is a ram. " + text, f"{who}-formed", REGIMENT)
    assert found[0] == status
    if status == "contradicted":
        assert "referred/when.date-after-phrase" in found[1]
