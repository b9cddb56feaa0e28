"""Case table: a name after a preposition, `the`/`a`/`an` and one lower-case word that
describes it (`in the journal JAMA Psychiatry`, `of the local Harbour City Police`) is that
preposition's object, as it is right after `in the`: it never speaks the quote of the speech
verb after it. Newsweek's `The authors of the research published in the journal JAMA Psychiatry
argued that while the policies have provided "important social benefits, ..."` gave the
authors' words to the journal (`quote/who.speaker`, a false contradiction at the article's first
run); the authors stand too far from `argued` to be read as its speaker, so the `who` is now not
judged.

The rows marked `changed` are the ones the rule changes. Near-misses it must leave alone: the
preposition opening the sentence, or a clause after a comma, a conjunction or a subordinator
(`After the review JAMA Psychiatry said`: a phrase fronted before the subject, which speaks); a
name after the speech verb; a name opening the sentence; an apposition's head before the
described name; a name right after the preposition (already no speaker).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

STORY = """
story: cannabis-study
date: 2019-11-13
about: [martins]
entities:
  martins: {name: Silvia S. Martins, aliases: [Martins], kind: person}
  jama: {name: JAMA Psychiatry, kind: organisation}
places: {}
facts:
  - id: prevention-quote
    who: martins
    quote: legalization efforts should coincide with prevention and treatment
"""
QUOTE = "legalization efforts should coincide with prevention and treatment"
PUBLISHED = dt.date(2019, 11, 13)


def speaker(text: str) -> tuple[str, str]:
    """The `who` slot of the quote fact on ``text``: status and rule."""
    (result,) = check_on(text, STORY, PUBLISHED)
    assert result.status != "omitted", "the quote is not found"
    (slot,) = [s for s in result.slots if s.slot == "who"]
    return slot.status, slot.rule


UNSTATED = ("unstated", "")
CLASH = ("contradicted", "quote/who.speaker")
FITS = ("confirmed", "who.speaker")
CASES = [
    # changed: the name described by the noun before it was read as the speaker
    pytest.param(
        "The authors of the research published in the journal JAMA Psychiatry argued that "
        f'"{QUOTE}."',
        UNSTATED,
        id="changed-in-the-journal",
    ),
    pytest.param(
        f'The lead author of a paper in the monthly JAMA Psychiatry said "{QUOTE}."',
        UNSTATED,
        id="changed-in-the-monthly",
    ),
    pytest.param(
        f'Martins in the journal JAMA Psychiatry said "{QUOTE}."',
        FITS,
        id="changed-the-subject-speaks",
    ),
    pytest.param(
        f'Martins of the study in the journal JAMA Psychiatry said "{QUOTE}."',
        UNSTATED,
        id="changed-the-subject-out-of-reach",
    ),
    # near-misses: a phrase fronted before the subject, or no describing word alone
    pytest.param(
        f'After the review JAMA Psychiatry said "{QUOTE}."',
        CLASH,
        id="preposition-opens-the-sentence",
    ),
    pytest.param(
        f'In a statement, after the review JAMA Psychiatry said "{QUOTE}."',
        CLASH,
        id="preposition-after-a-comma",
    ),
    pytest.param(
        f'The paper was praised and after the review JAMA Psychiatry said "{QUOTE}."',
        CLASH,
        id="preposition-after-and",
    ),
    pytest.param(
        f'Critics were heard while after the review JAMA Psychiatry said "{QUOTE}."',
        CLASH,
        id="preposition-after-a-subordinator",
    ),
    pytest.param(
        f'Martins said "{QUOTE}," writing in the journal JAMA Psychiatry.',
        FITS,
        id="name-after-the-verb",
    ),
    pytest.param(
        f'JAMA Psychiatry, the journal, said "{QUOTE}."',
        ("contradicted", "quote/who.apposition"),
        id="name-opens-the-sentence",
    ),
    pytest.param(
        f'Martins, whose work appeared in the journal JAMA Psychiatry, said "{QUOTE}."',
        ("confirmed", "who.apposition"),
        id="apposition-head-before-it",
    ),
    pytest.param(
        f'Martins, published in JAMA Psychiatry, said "{QUOTE}."',
        ("confirmed", "who.apposition"),
        id="right-after-the-preposition",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_described_object_does_not_speak(text: str, expected: tuple[str, str]) -> None:
    assert speaker(text) == expected
