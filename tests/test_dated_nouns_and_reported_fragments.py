"""Case tables: two shapes of the real news articles added last (`tests/corpus/real-news/`) that
made false contradictions at their first run, with the near-misses that are still judged.

* A calendar day between a preposition's determiner and a lower-case noun after the phrase
  (`testified about a July 10 meeting`) is that noun's date, as a bare year there is (`into a
  2010 rape allegation`).
* A quoted fragment that opens on a modal verb where the fact's words have its tense twin
  (`warned that the government “will not sit on our hands”` for `would not sit on our hands`)
  renders those words in the tense of the sentence that reports them: no misquote.
* `planned` between a determiner or `of` and a lower-case noun (`four rounds of planned outages
  in October`) is an adjective, no future marker: the month is last October after a past verb.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.text.dates import find_dates
from tests.cases import check_on
from tests.test_real_news_shapes import slot_of

HEARING = """
story: hearing
date: 2019-11-19
about: [vale]
entities:
  vale: {name: Adrian Vale, aliases: [Vale], kind: person}
places: {}
facts:
  - id: testified
    who: vale
    what: [testified]
    when: 2019-11-19
"""
HEARING_PUBLISHED = dt.date(2019, 11, 20)  # a Wednesday: `Tuesday` is the 19th

UNSTATED = ("unstated", "")
CLASH_AFTER = ("contradicted", "when.date-after-phrase")
FITS_AFTER = ("confirmed", "when.date-after-phrase")

DATED_NOUN_CASES = [
    # a calendar day between `about a`, `after the`... and a lower-case noun: the noun's date
    ("Vale testified about a July 10 meeting at the White House.", UNSTATED),
    ("Vale testified about the 10 July meeting with the delegation.", UNSTATED),
    ("Vale testified after the Nov. 5 deposition of a colleague.", UNSTATED),
    ("Vale testified about a July 10, 2019 meeting in Kyiv.", UNSTATED),
    # still judged: the date right after the phrase, or after the noun, or after `on`
    ("Vale testified on July 10 about the meeting.", CLASH_AFTER),
    ("Vale testified about the meeting on July 10.", CLASH_AFTER),
    ("Vale testified on a July 10 visit to the Capitol.", CLASH_AFTER),
    ("Vale testified about a meeting on Nov. 19.", FITS_AFTER),
    ("Vale testified on Nov. 19 about a July 10 meeting.", FITS_AFTER),
]


@pytest.mark.parametrize("text, expected", DATED_NOUN_CASES)
def test_a_calendar_day_before_a_noun_dates_the_noun(text: str, expected: tuple[str, str]) -> None:
    assert slot_of(text, HEARING, HEARING_PUBLISHED, "testified", "when") == expected


WARNING = """
story: warning
date: 2019-11-18
about: [lund]
entities:
  lund: {name: Mara Lund, aliases: [Lund], kind: person}
places: {}
facts:
  - id: hands
    who: lund
    quote: >-
      If the situation becomes uncontrollable, the central government certainly would not sit on
      our hands and watch.
"""

FRAGMENT_CASES = [
    # a fragment opening on a modal in the reporting sentence's tense: the same words
    ("Lund warned that the government “will not sit on our hands” if it worsens.", "consistent"),
    ("Lund said the government “will not sit on our hands and watch”.", "consistent"),
    # still judged: a modal changed inside the quote, the denial dropped, another modal
    (
        "Lund said: “The central government certainly will not sit on our hands and watch.”",
        "contradicted",
    ),
    ("Lund warned that the government “will sit on our hands” if it worsens.", "contradicted"),
    ("Lund warned that the government “must not sit on our hands” if it worsens.", "contradicted"),
    ("Lund said the government “can not sit on our hands” any longer.", "contradicted"),
    # word for word: a faithful part, as before
    ("Lund warned that the government “would not sit on our hands” if it worsens.", "consistent"),
]


@pytest.mark.parametrize("text, status", FRAGMENT_CASES)
def test_a_fragment_opening_on_a_modal_of_the_reporting_tense(text: str, status: str) -> None:
    (result,) = check_on(text, WARNING, HEARING_PUBLISHED)
    assert result.status == status


PLANNED_CASES = [
    # `planned` between a determiner or `of` and the noun it describes: no future marker
    ("PG&E initiated four rounds of planned outages in October.", 2019),
    ("It carried out the planned blackouts in October.", 2019),
    ("The company said a planned merger closed in October.", 2019),
    # still a verb of the future: after a subject, before `to`, or with `will`
    ("PG&E planned outages in October.", 2020),
    ("PG&E planned to cut power in October.", 2020),
    ("PG&E has planned outages in October.", 2020),
    ("The planned outages will start in October.", 2020),
    # a past verb alone: last October, as before
    ("PG&E started outages in October.", 2019),
]


@pytest.mark.parametrize("text, year", PLANNED_CASES)
def test_planned_describing_a_noun_is_no_future_marker(text: str, year: int) -> None:
    (date,) = find_dates(text, dt.date(2019, 11, 20))
    assert (date.month, date.year) == (10, year)
