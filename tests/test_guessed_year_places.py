"""Case table: a month and day with no year (`October 10th`) has its year guessed from the
article's date; guessed one year off the fact's `when`, it fits the fact's date (``fits``),
so it tells no other occurrence either: the place of its sentence is judged (`The tour
concludes October 10th in Austin`, for a last date in Houston on 10 October 2020, in an
article of November 2019 that guesses October 10th as 2019's). Near-misses: a year written
out (`October 10th, 2019`), a guess two years off, a year of its own after `in`."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import Article, check_article, parse_story

STORY = """
story: tour
about: [tour]
entities:
  tour: {name: the 50th anniversary tour, aliases: [the tour, the trek], kind: event}
places:
  usa: {name: United States, aliases: [US]}
  texas: {name: Texas, in: usa}
  houston: {name: Houston, in: texas}
  austin: {name: Austin, in: texas}
facts:
  - id: concludes
    who: tour
    what: [concludes]
    where: houston
    when: WHEN
"""
PUBLISHED = dt.date(2019, 11, 19)


def where_of(text: str, when: str = "2020-10-10") -> tuple[str, str]:
    article = Article("a.md", "a.md", text, published=PUBLISHED)
    story = parse_story(STORY.replace("WHEN", when), "story.yaml")
    (result,) = check_article(article, [story])
    (where,) = [s for s in result.slots if s.slot == "where"]
    return where.status, where.rule


CLASH = ("contradicted", "named/where.place-after-phrase")
FITS = ("confirmed", "where.place-after-phrase")
UNSTATED = ("unstated", "")

CASES = [
    ("The trek concludes October 10th in Austin.", "2020-10-10", CLASH),
    ("The trek opens in June and concludes October 10th in Austin, Texas.", "2020-10-10", CLASH),
    ("The trek concludes in Austin on October 10th.", "2020-10-10", CLASH),
    ("The trek concludes October 10th in Houston.", "2020-10-10", FITS),
    # a year written out, or a guess further off: another occurrence
    ("The trek concludes October 10th, 2019 in Austin.", "2020-10-10", UNSTATED),
    ("The trek concludes October 10th in Austin.", "2021-10-10", UNSTATED),
    ("The trek concludes in Austin in 2018.", "2020-10-10", UNSTATED),
]


@pytest.mark.parametrize("text, when, expected", CASES)
def test_a_guessed_year_tells_no_other_occurrence(
    text: str, when: str, expected: tuple[str, str]
) -> None:
    assert where_of(text, when) == expected
