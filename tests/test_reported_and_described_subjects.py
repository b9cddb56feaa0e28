"""Case tables of subjects found where a clause seemed to stand between: a person's report
after `that` of what `he`/`she` did (`Castro tells the paper that he fought with the shirtless
man`); `he`/`she` opening the phrase's own clause, standing for the one person named before it
(`Castro was questioned, but he fought with the shirtless man`) or, with no person named before
it, carried from the sentence before (`Police arrived after he fought with the shirtless man`);
and `the 48-year-old` opening a sentence whose predicate is joined by `and` to the phrase's
(`The 48-year-old Australian was evicted in April and sentenced to 50 weeks in jail`). Each
table: sentences that are mentions, and near-misses that stay none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

FIGHT = """
story: train-fight
date: 2019-11-19
about: [castro]
entities:
  castro: {name: Steve Castro, aliases: [Castro], kind: person}
  bart: {name: BART, kind: organisation}
places: {}
facts:
  - id: fought
    who: castro
    what: [fought with the shirtless man]
    when: 2019-11-19
"""
PUBLISHED = dt.date(2019, 11, 20)
_FOUND = ("consistent", "")
_NONE = ("omitted", "")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Employee Steve Castro tells the paper that he fought with the shirtless man.", _FOUND),
        ("Castro said that he fought with the shirtless man.", _FOUND),
        ("Castro told reporters that he had fought with the shirtless man.", _FOUND),
        ("Castro has also said that he fought with the shirtless man.", _FOUND),
        ("Castro said Tuesday that he fought with the shirtless man.", _FOUND),
        # its date after the phrase is the act's, as with no `that`
        (
            "Castro said that he fought with the shirtless man on Monday.",
            ("contradicted", "when"),
        ),
        # a name the `he` may be, another gender, another subject, no person
        ("Castro told Alvarez that he fought with the shirtless man.", _NONE),
        ("Mr Castro said that she fought with the shirtless man.", _NONE),
        ("Castro said that the guard fought with the shirtless man.", _NONE),
        ("Castro said that they fought with the shirtless man.", _NONE),
        ("BART said that he fought with the shirtless man.", _NONE),
    ],
)
def test_a_persons_report_of_their_own_act_after_that(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, FIGHT, PUBLISHED) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the one person named before the pronoun, past a clause start
        ("Castro doesn't remember the day, but he fought with the shirtless man.", _FOUND),
        ("Castro claims that when he fought with the shirtless man he was scared.", _FOUND),
        # no person before it: carried from the sentence before, which names Castro
        (
            "Castro works at the station. BART closed the line after he fought with the "
            "shirtless man.",
            _FOUND,
        ),
        # another person, two persons, a name the story does not know, another gender
        ("Alvarez doesn't remember the day, but he fought with the shirtless man.", _NONE),
        ("Castro met Alvarez, and he fought with the shirtless man.", _NONE),
        ("Castro told Lopez that he fought with the shirtless man.", _NONE),
        ("Mr Castro doesn't remember the day, but she fought with the shirtless man.", _NONE),
        # a condition, an earlier time, no one named in the sentence before
        ("Castro doesn't remember the day, but if he fought with the shirtless man.", _NONE),
        ("Castro doesn't remember the day, since he fought with the shirtless man.", _NONE),
        ("BART closed the line after he fought with the shirtless man.", _NONE),
    ],
)
def test_he_opening_the_phrases_clause(text: str, expected: tuple[str, str]) -> None:
    story = FIGHT.replace(
        "  bart:", "  alvarez: {name: Ed Alvarez, aliases: [Alvarez], kind: person}\n  bart:"
    )
    assert verdict(text, story, PUBLISHED) == expected


def test_an_organisation_is_never_the_he_of_its_report() -> None:
    story = FIGHT.replace("who: castro", "who: bart")
    text = "BART said that he fought with the shirtless man."
    assert verdict(text, story, PUBLISHED) == _NONE
    assert verdict("BART said it fought with the shirtless man.", story, PUBLISHED) == _FOUND


JAILED = """
story: bail
about: [assange]
entities:
  assange: {name: Julian Assange, aliases: [Assange], kind: person}
places:
  london: {name: London, country: GB}
facts:
  - id: jailed
    who: assange
    what: [sentenced to 50 weeks]
    count: 50
"""
NAMED = "Assange, who denies the accusation, has avoided extradition to Sweden for seven years. "


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The 48-year-old Australian was evicted in April and sentenced to 50 weeks.", _FOUND),
        ("The 48-year-old was arrested and sentenced to 50 weeks.", _FOUND),
        ("The 48-year-old was arrested in London and then sentenced to 50 weeks.", _FOUND),
        # a comma, another name, a clause, a second `and`, a new person, too far
        ("The 48-year-old was arrested, and sentenced to 50 weeks.", _NONE),
        ("The 48-year-old met Smith and sentenced to 50 weeks.", _NONE),
        ("The 48-year-old was arrested after police came and sentenced to 50 weeks.", _NONE),
        ("The 48-year-old was arrested and charged and sentenced to 50 weeks.", _NONE),
        ("A 48-year-old was arrested and sentenced to 50 weeks.", _NONE),
        ("The 48-year-old officer was arrested and sentenced to 50 weeks.", _NONE),
        (
            "The 48-year-old was arrested at the door of the old embassy building by the police"
            " and sentenced to 50 weeks.",
            _NONE,
        ),
    ],
)
def test_a_description_opening_a_predicate_joined_by_and(
    text: str, expected: tuple[str, str]
) -> None:
    assert verdict(NAMED + text, JAILED, None) == expected
