"""Case table of counts told as they stood by a time (`Hale, who had nine previous convictions by
the age of 18, now has 17`): `by` and an age, `then` or `the time` right
after the phrase, or opening the sentence before a comma, gives the count back then, not the
fact's, and it is not judged (``BY_A_TIME``). `by` and no time (`by the prosecution's count`,
`by now`), no `by`, or a fronted time with no comma after it are judged (``JUDGED``). Found by
the sentencing table (tests/test_false_alarm_probes_89.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

STORY = """story: hale-convictions
date: 2027-03-12
about: [hale]
entities:
  hale: {name: Connor Hale, aliases: [Hale], kind: person}
facts:
  - id: convictions
    who: hale
    what: [previous convictions]
    count: 17
"""
PUBLISHED = dt.date(2027, 3, 13)

BY_A_TIME = [
    # the count as it stood by an age, a year or another time: not judged
    "Hale, who had nine previous convictions by the age of 18, now has 17.",
    "Hale had nine previous convictions by the age of eighteen.",
    "Hale had 12 previous convictions by then, the court heard.",
    "Hale had 12 previous convictions by the time he met Doyle.",
    "By the age of 18, Hale had nine previous convictions.",
    "By the time he was 18, Hale had nine previous convictions.",
]


@pytest.mark.parametrize("text", BY_A_TIME)
def test_a_count_by_a_time_is_not_judged(text: str) -> None:
    assert clashes_on(text, STORY, PUBLISHED) == set()


JUDGED = [
    # `by` and no time, no `by`, or a fronted time with no comma: the count now, judged
    "Hale has 19 previous convictions by the prosecution's count.",
    "Hale has 19 previous convictions by now.",
    "Hale has 19 previous convictions.",
    "By then Hale had 12 previous convictions.",
]


@pytest.mark.parametrize("text", JUDGED)
def test_a_count_now_is_judged(text: str) -> None:
    assert clashes_on(text, STORY, PUBLISHED) == {"convictions:count"}
