"""Case table: a full calendar date alone in brackets right after a relative day or a weekday
with a part of the day (`today (Dec. 27)`, `yesterday (Nov. 9)`, `Wednesday night (Nov. 9)`) is
the writer's own date for that day: it is read instead of the day counted from the publication
date, so a bracketed date that is not the fact's clashes even when the relative day would fit.
Rule `when.bracketed-day` (a weekday right before the brackets, `on Wednesday (Nov. 9)`, was
already joined to its date and keeps its rule). Near-misses, where the relative day alone is
read: brackets holding more than the date (`(Nov. 8 in Europe)`, `(see the Nov. 8 report)`), a
month in brackets, a date in brackets after a word that is no day.

At the first run `today (Dec. 26)` (tests/corpus/real-news/edits.yaml, for a game on 27
December, the article's day) was read as `today` and confirmed; the bracketed date was cut off by
its bracket. It is now read, though that one stands in an embedded post and so clashes only
doubtfully."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import slot_verdict

DERBY = """
story: derby-2016
date: 2016-11-09
about: [rovers]
entities:
  rovers: {name: Rovers, aliases: [Bristol Rovers], kind: organisation}
places: {}
facts:
  - id: rovers-won-derby
    who: rovers
    what: [won the derby]
    when: 2016-11-09
"""
THU = dt.date(2016, 11, 10)
"""Published on Thursday 10 November; the derby was won on Wednesday 9 November."""
WED = dt.date(2016, 11, 9)

CONFIRMED = ("consistent", "confirmed", "when.bracketed-day")
CLASH = ("contradicted", "contradicted", "named/when.bracketed-day")
RELATIVE_FITS = ("consistent", "confirmed", "when.date-after-phrase")


def when_slot(text: str, published: dt.date) -> tuple[str, str, str]:
    """The fact's status, its `when` slot's status and the rule that read it."""
    return slot_verdict(text, DERBY, published, "when")


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the bracketed date is read, whether or not the relative day fits
        ("Rovers won the derby yesterday (Nov. 9).", THU, CONFIRMED),
        ("Rovers won the derby yesterday (Nov. 8).", THU, CLASH),
        ("Rovers won the derby today (Nov. 9).", WED, CONFIRMED),
        ("Rovers won the derby today (Nov. 8).", WED, CLASH),
        ("Rovers won the derby last night (Nov. 8).", THU, CLASH),
        ("Rovers won the derby Wednesday night (Nov. 9) at the Memorial Stadium.", THU, CONFIRMED),
        ("Rovers won the derby Wednesday night (Nov. 8) at the Memorial Stadium.", THU, CLASH),
        ("Rovers won the derby today (Nov. 9, 2016).", WED, CONFIRMED),
        # a weekday right before the brackets was joined to its date already
        (
            "Rovers won the derby on Wednesday (Nov. 8).",
            THU,
            ("contradicted", "contradicted", "named/when.date-after-phrase"),
        ),
        # more than the date in the brackets, a month, no day before them: the day alone is read
        ("Rovers won the derby yesterday (Nov. 8 in Europe).", THU, RELATIVE_FITS),
        ("Rovers won the derby yesterday (see the Nov. 8 report).", THU, RELATIVE_FITS),
        ("Rovers won the derby yesterday (November).", THU, RELATIVE_FITS),
        ("Rovers won the derby yesterday.", THU, RELATIVE_FITS),
        (
            "Rovers won the derby at the stadium (Nov. 8).",
            THU,
            ("consistent", "unstated", ""),
        ),
    ],
)
def test_a_bracketed_date_is_the_days_own(
    text: str, published: dt.date, expected: tuple[str, str, str]
) -> None:
    assert when_slot(text, published) == expected
