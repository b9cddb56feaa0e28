"""Case table: a sentence that opens with `The` and a noun of the act (`The order is valued at
$8.8 billion`) tells the act of the `who` that an earlier sentence, not only the one right
before, tells doing it.

* When the sentence right before has no word of the noun's stem and does not name one
  organisation only, the nearest of the five sentences before it that has such a word decides,
  read as that sentence's phrase would be: `Emirates inks order for 30 Boeing 787 jets. The
  mid-size 787-9 jet is a variant of Boeing's Dreamliner. The order is valued at $8.8 billion`
  is Emirates' order: a sum that fits confirms it; one that does not is shown as a doubtful
  clash, never failed (the sentences between may tell another order in other words).
* A name after a preposition, and a thing a known name owns (`Boeing's Dreamliner`), are no
  names the story does not know between the two sentences.
* Left alone: a nearer sentence where someone else does the act (`Boeing also won an order
  from Dubai.`), an act told by another than the fact's `who` (`Boeing inks order`), an act
  told more than five sentences back, and a name the story does not know between the two
  sentences (`Qatar Airways is expected to follow.`: the order may be its own).

First run of this table on the checker before the rule: 6 of 8 rows as wanted; the two rows
marked `rule` when the table was committed were omitted. Two rows were changed after that run:
`Analysts at Jefferies expect more.` became `Analysts said Qatar Airways may follow.` (a name
after `at` is set aside as a place or an object, so the row tested nothing), and the row
`Boeing's Dreamliner seats 300.` was added (a third `rule` row, omitted on the checker before
the rule): 6 of 9.
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
NONE: set[str] = set()
COUNT = {"count"}  # a clash shown as doubtful, never failed

ACT_CASES = [
    # rule: the order told two sentences back is Emirates'
    (LEDE + BETWEEN + "The order is valued at $8.8 billion at list prices.", ("consistent", NONE)),
    # a sum that does not fit is only shown (doubtful), never failed: the fact stays omitted
    (LEDE + BETWEEN + "The order is valued at $9.8 billion at list prices.", ("omitted", COUNT)),
    # rule: a thing a known name owns (`Boeing's Dreamliner`) is no name the story does not know
    (
        LEDE + "Boeing's Dreamliner seats 300. The order is valued at $8.8 billion.",
        ("consistent", NONE),
    ),
    # already read: the act told in the sentence right before
    (LEDE + "The order is valued at $9.8 billion at list prices.", ("contradicted", NONE)),
    # a nearer sentence where another does the act
    (
        LEDE + "Boeing also won an order from Dubai. The order is valued at $9.8 billion.",
        ("omitted", NONE),
    ),
    # the act told by another than the fact's `who`
    (
        "Boeing inks order for 30 jets. " + BETWEEN + "The order is valued at $9.8 billion.",
        ("omitted", NONE),
    ),
    # more than five sentences back
    (LEDE + BETWEEN + FILLER * 5 + "The order is valued at $9.8 billion.", ("omitted", NONE)),
    # a name the story does not know between: the order may be its own
    (
        LEDE + "Qatar Airways is expected to follow. The order is valued at $9.8 billion.",
        ("omitted", NONE),
    ),
    (
        LEDE
        + BETWEEN
        + "Analysts said Qatar Airways may follow. The order is valued at $9.8 billion.",
        ("omitted", NONE),
    ),
]


@pytest.mark.parametrize("text, expected", ACT_CASES)
def test_an_act_told_further_back(text: str, expected: tuple[str, set[str]]) -> None:
    (result,) = check_on(text, ORDER, PUBLISHED)
    doubtful = {s.slot for s in result.slots if s.status == "doubtful"}
    assert (result.status, doubtful) == expected
