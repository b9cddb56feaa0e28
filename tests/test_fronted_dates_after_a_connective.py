"""Case table: a date fronted before the subject after a connective that opens the sentence
(`For example, in 2005, Shirazi-Beechey showed`, `However, on Monday, the court ruled`, `But in
2010, ...`) dates the phrase as a date opening the sentence does (rule
`when.date-fronted-after-connective`). The connectives: `for example`, `for instance`,
`however`, `but`, `and`, `indeed`, `in fact`, `moreover`, `furthermore`, `similarly`,
`likewise`, `in addition`, `separately`, `meanwhile`, with or without their comma.

Still not judged: an opener that tells a time or another occurrence (`Later,`, `Then,`,
`Earlier,`, `Also,`), a clause break between the date and the phrase (`However, in 2008, the
biochemist, who had moved to Leeds, showed`), a subject tag (`For example, on Sept. 3, Moravec,
61, showed`: only the plain shape is read past a connective), a verb of saying after `in`
(`However, in 2008, a review said Moravec showed`), a subject named by a description in a clause
of another year (`However, in 2008, the lab showed`), and a date with no comma after it
(`For example in 2008 Moravec showed`), as before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on, verdict

STORY = """
story: taste-receptors
date: 2019-11-15
about: [moravec]
entities:
  moravec:
    name: Ilse Moravec
    aliases: [Moravec]
    kind: person
  lab:
    name: Moravec lab
    aliases: [the lab]
    kind: organisation
facts:
  - id: showed-in-paper
    who: moravec
    what: [showed in a paper]
    when: 2005
"""
DAY_STORY = """
story: crop-burning
date: 2019-11-08
about: [court]
entities:
  court:
    name: Supreme Court
    kind: organisation
facts:
  - id: injunction
    who: court
    what: [issued an injunction against crop burning]
    when: 2019-11-04
"""
PUBLISHED = dt.date(2019, 11, 15)
DAY_PUBLISHED = dt.date(2019, 11, 8)

CASES = [
    # judged past the connective
    ("For example, in 2008, Ilse Moravec showed in a paper that taste receptors exist.", "when"),
    ("For example, in 2005, Ilse Moravec showed in a paper that taste receptors exist.", ""),
    ("For instance, in 2008, Moravec showed in a paper that the gut tastes sugar.", "when"),
    ("However, in 2008, Moravec showed in a paper that the gut tastes sugar.", "when"),
    ("But in 2008, Moravec showed in a paper that the gut tastes sugar.", "when"),
    ("In fact, in 2008, Moravec showed in a paper that the gut tastes sugar.", "when"),
    ("Meanwhile in 2008, Moravec showed in a paper that the gut tastes sugar.", "when"),
    (
        "For example, in 2008, the University of Liverpool biochemist Ilse Moravec showed in a "
        "paper that taste receptors exist.",
        "when",
    ),
    # as before, with no connective
    ("In 2008, Moravec showed in a paper that the gut tastes sugar.", "when"),
    # still not judged
    ("Later, in 2008, Moravec showed in a paper that the gut tastes sugar.", ""),
    ("Then, in 2008, Moravec showed in a paper that the gut tastes sugar.", ""),
    ("Earlier, in 2008, Moravec showed in a paper that the gut tastes sugar.", ""),
    ("Also, in 2008, Moravec showed in a paper that the gut tastes sugar.", ""),
    (
        "However, in 2008, the biochemist, who had moved to Leeds, Moravec showed in a paper "
        "that the gut tastes sugar.",
        "",
    ),
    ("However, in 2008, a review said Moravec showed in a paper that the gut tastes sugar.", ""),
]

DAY_CASES = [
    ("However, on Tuesday, the Supreme Court issued an injunction against crop burning.", "when"),
    ("However, on Monday, the Supreme Court issued an injunction against crop burning.", ""),
    ("Separately, on Nov. 5, the Supreme Court issued an injunction against crop burning.", "when"),
    ("And on Tuesday, the Supreme Court issued an injunction against crop burning.", "when"),
    # still not judged
    ("Later, on Tuesday, the Supreme Court issued an injunction against crop burning.", ""),
    (
        "For example, on Tuesday, the Supreme Court, 9-0, issued an injunction against crop "
        "burning.",
        "",
    ),
]


@pytest.mark.parametrize(("text", "clash"), CASES)
def test_fronted_year_after_a_connective(text: str, clash: str) -> None:
    assert verdict(text, STORY, PUBLISHED) == ("contradicted" if clash else "consistent", clash)


@pytest.mark.parametrize(("text", "clash"), DAY_CASES)
def test_fronted_day_after_a_connective(text: str, clash: str) -> None:
    expected = ("contradicted" if clash else "consistent", clash)
    assert verdict(text, DAY_STORY, DAY_PUBLISHED) == expected


def test_a_description_of_another_year_stays_unjudged() -> None:
    story = STORY.replace("who: moravec", "who: lab").replace("about: [moravec]", "about: [lab]")
    text = "However, in 2008, the lab showed in a paper that the gut tastes sugar."
    assert verdict(text, story, PUBLISHED) == ("consistent", "")


def test_no_comma_after_the_date_stays_unjudged() -> None:
    text = "For example in 2008 Moravec showed in a paper that the gut tastes sugar."
    assert verdict(text, STORY, PUBLISHED) == ("consistent", "")


@pytest.mark.parametrize(
    "text",
    [
        "For example, in 2008, Ilse Moravec showed in a paper that taste receptors exist.",
        "But in 2005, Moravec showed in a paper that the gut tastes sugar.",
    ],
)
def test_the_rule_is_named(text: str) -> None:
    (result,) = check_on(text, STORY, PUBLISHED)
    (when,) = [s for s in result.slots if s.slot == "when"]
    assert when.rule.endswith("when.date-fronted-after-connective")
