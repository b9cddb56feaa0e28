"""A subject given as an age (`The six-year-old fell into the well`) refers back to the one
person named before it; for an age fact it states that person's age.

Case table: each negative case is a positive one with one condition taken away (a second person
named before, `a` for `the`, a thing or an organisation as the only entity, quotation marks, the
person named too far back, a noun that is none of the person's names, words between the
description and the phrase that are not auxiliaries), so that it fails when that condition is
not checked.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import Article, check_article, parse_story
from factcheck.diagnose import MENTION, dropped_sentences
from factcheck.reading import CompiledStory, Document, Reading

STORY = """
story: well-2016
date: 2016-11-06
about: [boy, song, well, acme, kim, gaga]
entities:
  boy: {name: Zhao Zicong, aliases: [Zhao, little boy]}
  song: {name: Song Jiandang, aliases: [Song]}
  well: {name: well, aliases: [dry well]}
  acme: {name: Acme, kind: organisation}
  kim: {name: Kim Lee, kind: person}
  gaga: {name: Lady Gaga, aliases: [Gaga, Poker Face singer]}
places: {}
facts:
  - id: boy-fell
    who: boy
    what: [fell into]
  - id: boy-aged-five
    who: boy
    what: year-old
    count: 5
  - id: boy-fell-metres
    who: boy
    what: [fell]
    count: 40
  - id: kim-arrested
    who: kim
    what: [arrested]
    when: 2016-11-07
  - id: gaga-truck
    who: gaga
    what: [stood on a truck]
"""

DESCRIBED = ("consistent", "who.described")
AGE = ("consistent", "count.age-description")
AGE_CLASH = ("contradicted", "described/count.age-description")
OMITTED = ("omitted", "")


def verdict(text: str, fact: str) -> tuple[str, str]:
    """The fact's status on ``text``, and the rule of its clash or of its `who` (for a fact
    without a count) or its count."""
    article = Article("a.md", "a.md", text, published=dt.date(2016, 11, 8))
    results = {r.fact: r for r in check_article(article, [parse_story(STORY, "s.yaml")])}
    result = results[fact]
    if result.status == "omitted":
        return OMITTED
    slot = "count" if any(s.slot == "count" for s in result.slots) else "who"
    clash = next((s for s in result.slots if s.status == "contradicted"), None)
    found = clash or next(s for s in result.slots if s.slot == slot)
    return result.status, found.rule


CASES = [
    # the one person named in the sentence before, or the one before that
    ("Zhao went out. The six-year-old fell into the well.", "boy-fell", DESCRIBED),
    ("Zhao went out. It rained. The six-year-old fell into the well.", "boy-fell", DESCRIBED),
    # the one person named before it in its own sentence (after a preposition: no subject)
    ("It rained on Zhao, and the six-year-old fell into the well.", "boy-fell", DESCRIBED),
    ("It rained on Zhao and Song, and the six-year-old fell into the well.", "boy-fell", OMITTED),
    # auxiliaries and adverbs between; a noun of the person's names after the age
    ("Zhao went out. The six-year-old had reportedly fell into it.", "boy-fell", DESCRIBED),
    ("Gaga sang. The 30-year-old singer stood on a truck.", "gaga-truck", DESCRIBED),
    # a thing or an organisation named besides is no person
    ("Zhao saw the dry well. The six-year-old fell into it.", "boy-fell", DESCRIBED),
    ("Zhao and Acme. The six-year-old fell into it.", "boy-fell", DESCRIBED),
    # a person of `kind: person`
    ("Police met Kim Lee. The 42-year-old was arrested on Monday.", "kim-arrested", DESCRIBED),
    (
        "Police met Kim Lee. The 42-year-old was arrested on Sunday.",
        "kim-arrested",
        ("contradicted", "described/when.date-after-phrase"),
    ),
    # the one person named is another: the fact's who does not do it here
    ("Song went out. The six-year-old fell into the well.", "boy-fell", OMITTED),
    # two persons named before: no one is referred to
    ("Zhao met Song. The six-year-old fell into the well.", "boy-fell", OMITTED),
    ("Zhao went out. Song stayed. The six-year-old fell into the well.", "boy-fell", OMITTED),
    # `a` introduces a new person
    ("Zhao went out. A six-year-old fell into the well.", "boy-fell", OMITTED),
    # no person named before: only a thing, only an organisation
    ("The dry well was open. The six-year-old fell into it.", "boy-fell", OMITTED),
    ("Acme dug it. The six-year-old fell into the well.", "boy-fell", OMITTED),
    # inside quotation marks: someone's words
    ('Zhao went out. "The six-year-old fell into the well," she said.', "boy-fell", OMITTED),
    # too far back
    ("Zhao went out. It rained. It was cold. The six-year-old fell into it.", "boy-fell", OMITTED),
    # a noun that is none of the person's names: another person
    ("Gaga sang. The 30-year-old dancer stood on a truck.", "gaga-truck", OMITTED),
    # other words between the description and the phrase: not its subject
    ("Zhao went out. The six-year-old saw Kim, who fell into it.", "boy-fell", OMITTED),
]


@pytest.mark.parametrize("text, fact, expected", CASES)
def test_an_age_description_refers_back(text: str, fact: str, expected: tuple[str, str]) -> None:
    assert verdict(text, fact) == expected


AGE_CASES = [
    # the description states the age of the person it refers to
    ("Zhao went out. The six-year-old fell into the well.", AGE_CLASH),
    ("Zhao went out. The five-year-old fell into the well.", AGE),
    ("Zhao went out. The 6-year-old had fallen.", AGE_CLASH),
    ("Zhao went out. The six-year-old, who was lost, was found.", AGE_CLASH),
    ("Zhao went out. It rained. The six-year-old was found.", AGE_CLASH),
    # two persons, `a`, quotation marks, too far back, no person: not judged
    ("Zhao met Song. The six-year-old fell into the well.", OMITTED),
    ("Zhao went out. A six-year-old fell into the well.", OMITTED),
    ('Zhao went out. "The six-year-old fell into the well," she said.', OMITTED),
    ("Zhao went out. It rained. It was cold. The six-year-old was found.", OMITTED),
    ("The dry well was open. The six-year-old fell into it.", OMITTED),
    # a noun after the age that is none of the boy's names: another person's age
    ("Zhao went out. The 45-year-old doctor arrived.", OMITTED),
    # no verb after it: not a subject
    ("Zhao went out. Police found the six-year-old.", OMITTED),
]


@pytest.mark.parametrize("text, expected", AGE_CASES)
def test_an_age_description_states_the_age(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, "boy-aged-five") == expected


def test_a_fact_of_another_kind_does_not_judge_the_age() -> None:
    # the description is only the subject: its six is no count of `fell`
    text = "Zhao went out. The six-year-old fell into the well."
    assert verdict(text, "boy-fell-metres") == OMITTED
    assert verdict(text, "boy-fell") == DESCRIBED


@pytest.mark.parametrize(
    "text, fact, reason",
    [
        ("Zhao went out. The six-year-old fell into the well.", "boy-fell", None),
        ("Song went out. The six-year-old fell into the well.", "boy-fell", "refers back to song"),
        ("Zhao met Song. The six-year-old fell into the well.", "boy-fell", "(here: boy, song)"),
    ],
)
def test_explain_gives_the_reading_s_reason(text: str, fact: str, reason: str | None) -> None:
    article = Article("a.md", "a.md", text, published=dt.date(2016, 11, 8))
    story = parse_story(STORY, "s.yaml")
    reading = Reading(Document(article, article.published), CompiledStory.build(story))
    the_fact = next(f for f in story.facts if f.id == fact)
    found = {d.index: d.reason for d in dropped_sentences(reading, the_fact)}
    if reason is None:
        assert MENTION in found[1]
    else:
        assert reason in found[1]
