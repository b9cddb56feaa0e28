"""Case table: a sentence that opens with `The` and a noun of the act (`The order is valued at
$8.8 billion`) tells the act of the `who` that an earlier sentence, not only the one right
before, tells doing it.

* When the sentence right before has no word of the noun's stem and does not name one
  organisation only, the nearest of the five sentences before it that has such a word decides,
  read as that sentence's phrase would be: `Emirates inks order for 30 Boeing 787 jets. The
  mid-size 787-9 jet is a variant of Boeing's Dreamliner. The order is valued at $8.8 billion`
  is Emirates' order, its sum judged.
* Left alone: a nearer sentence where someone else does the act (`Boeing also won an order
  from Qatar Airways.`), an act told by another than the fact's `who` (`Boeing inks order`),
  an act told more than five sentences back, and a name the story does not know between the
  two sentences (`Qatar Airways is expected to follow.`: the order may be its own).

First run of this table on the checker before the rule: 6 of 8 rows as wanted; the two rows
marked `rule` were omitted (`today`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

ORDER = """
story: order
date: 2019-11-20
about: [emirates]
entities:
  emirates: {name: Emirates, kind: organisation}
  boeing: {name: Boeing, kind: organisation}
places: {}
facts:
  - id: order-value
    who: emirates
    what: [order is valued at]
    count: 8800000000
    unit: $
"""

PUBLISHED = dt.date(2019, 11, 20)
LEDE = "Emirates inks order for 30 Boeing 787 jets. "
BETWEEN = "The mid-size 787-9 jet is a larger variant of Boeing's Dreamliner. "
FILLER = "The jet seats 300 passengers. "

ACT_CASES = [
    # rule: the order told two sentences back is Emirates'
    (LEDE + BETWEEN + "The order is valued at $8.8 billion at list prices.", "omitted"),  # today
    (LEDE + BETWEEN + "The order is valued at $9.8 billion at list prices.", "omitted"),  # today
    # already read: the act told in the sentence right before
    (LEDE + "The order is valued at $9.8 billion at list prices.", "contradicted"),
    # a nearer sentence where another does the act
    (
        LEDE + "Boeing also won an order from Dubai. The order is valued at $9.8 billion.",
        "omitted",
    ),
    # the act told by another than the fact's `who`
    (
        "Boeing inks order for 30 jets. " + BETWEEN + "The order is valued at $9.8 billion.",
        "omitted",
    ),
    # more than five sentences back
    (LEDE + BETWEEN + FILLER * 5 + "The order is valued at $9.8 billion.", "omitted"),
    # a name the story does not know between: the order may be its own
    (
        LEDE + "Qatar Airways is expected to follow. The order is valued at $9.8 billion.",
        "omitted",
    ),
    (
        LEDE + BETWEEN + "Analysts at Jefferies expect more. The order is valued at $9.8 billion.",
        "omitted",
    ),
]


@pytest.mark.parametrize("text, status", ACT_CASES)
def test_an_act_told_further_back(text: str, status: str) -> None:
    (result,) = check_on(text, ORDER, PUBLISHED)
    assert result.status == status
