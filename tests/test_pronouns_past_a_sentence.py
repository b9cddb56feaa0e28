"""Case table: `he` or `she` stands for the fact's `who` named two sentences back when the
sentence between names no one: `Carlineo faces ten years in prison. Sentencing is scheduled for
Feb. 14. He was arrested in April.` is Carlineo's arrest, in April.

* The sentence between names no entity and no capitalised word the story does not know (its
  first word, a date's words and the nationality of an age's description opening it aside: `The
  48-year-old Australian was evicted`), opens with no `A`, `An`, `Another` or `One`, quotes
  nothing and holds no pronoun of the other gender; the sentence two back names the `who` and
  no other person; no title in the `who`'s names gives the other gender.
* Such a mention only confirms: a date, a place or a number of it that does not fit is shown as
  a doubtful clash, never failed, and the fact stays omitted (the sentence between may tell of
  someone it only implies: the judge who sets a sentencing date).
* Left alone: a sentence between that names someone (`Judge Ward set sentencing for Feb. 14.`,
  `The lawyer plans to appeal.`, a description of another person of the story)
  or brings in a person (`A neighbour called police.`), a `she` for a `Mr`, a pronoun of the
  other gender between (`Her lawyer plans to appeal.`), another person named with the `who` two
  sentences back, and a `who` three sentences back.

First run of this table on the checker before the rule: 7 of 11 rows as wanted; the 2 rows
marked `rule` and the 2 whose clash is shown as doubtful were omitted with nothing shown.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

STORY = """
story: plea
date: 2019-11-18
about: [hale]
entities:
  hale: {name: Dana Hale, aliases: [Hale, Mr Hale], kind: person}
  reed: {name: Tom Reed, aliases: [Reed], kind: person, mention_only: [the lawyer]}
places: {}
facts:
  - id: arrested
    who: hale
    what: arrested
    when: 2019-04
  - id: recovered
    who: hale
    what: fully recovered
"""

PUBLISHED = dt.date(2019, 11, 18)
NAMED = "Hale faces ten years in prison. "
NONE: set[str] = set()

CASES = [
    # rule: past a sentence that names no one
    (
        NAMED + "Sentencing is scheduled for Feb. 14. He was arrested in April.",
        "arrested",
        ("consistent", NONE),
    ),
    # rule: past a sentence whose own `he` is the same person
    (
        "Hale was given steroids. His symptoms improved within a month, and he felt well again. "
        "After a year, he is fully recovered.",
        "recovered",
        ("consistent", NONE),
    ),
    # another date: shown, never failed
    (
        NAMED + "Sentencing is scheduled for Feb. 14. He was arrested in March.",
        "arrested",
        ("omitted", {"when"}),
    ),
    # another actor named between
    (
        NAMED + "Judge Ward set sentencing for Feb. 14. He was arrested in April.",
        "arrested",
        ("omitted", NONE),
    ),
    # another person of the story between, by a description
    (
        NAMED + "The lawyer plans to appeal. He was arrested in April.",
        "arrested",
        ("omitted", NONE),
    ),
    # a person brought in between
    (NAMED + "A neighbour called police. He was arrested in April.", "arrested", ("omitted", NONE)),
    # the other gender: by the `who`'s title, or by a pronoun between
    (
        NAMED + "Sentencing is scheduled for Feb. 14. She was arrested in April.",
        "arrested",
        ("omitted", NONE),
    ),
    (
        NAMED + "Her lawyer plans to appeal. He was arrested in April.",
        "arrested",
        ("omitted", NONE),
    ),
    # another person named with the `who`
    (
        "Hale and Reed left court. Sentencing is scheduled for Feb. 14. He was arrested in April.",
        "arrested",
        ("omitted", NONE),
    ),
    # three sentences back
    (
        NAMED + "Sentencing is scheduled for Feb. 14. The hearing lasted an hour. "
        "He was arrested in April.",
        "arrested",
        ("omitted", NONE),
    ),
    # the sentence between opens with the person's age and nationality: a description of them
    (
        NAMED + "The 48-year-old Australian was evicted in March. He was arrested in April.",
        "arrested",
        ("consistent", NONE),
    ),
    # but another capitalised word there, or a nationality that opens no such description, may
    # name someone else
    (
        NAMED + "The 48-year-old Australian met Ward in March. He was arrested in April.",
        "arrested",
        ("omitted", NONE),
    ),
    (
        NAMED + "Police said an Australian had called them. He was arrested in April.",
        "arrested",
        ("omitted", NONE),
    ),
    # negated: the denial only shows
    (
        NAMED + "Sentencing is scheduled for Feb. 14. He was not arrested.",
        "arrested",
        ("omitted", {"what"}),
    ),
]


@pytest.mark.parametrize("text, fact, expected", CASES)
def test_a_pronoun_past_a_sentence_naming_no_one(
    text: str, fact: str, expected: tuple[str, set[str]]
) -> None:
    (result,) = [r for r in check_on(text, STORY, PUBLISHED) if r.fact == fact]
    doubtful = {s.slot for s in result.slots if s.status == "doubtful"}
    assert (result.status, doubtful) == expected
