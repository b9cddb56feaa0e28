"""Case table: a price told after the phrase past the fact's own day and `at` (`Alibaba shares
closed in New York on Tuesday at $185.25, up 0.35%`) is the fact's measure, judged; past another
day, a month or more words, or as one of a list, it is left unjudged.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_real_news_shapes import slot_of

LISTING = """
story: listing
date: 2019-11-20
about: [alibaba]
entities:
  alibaba: {name: Alibaba, kind: organisation}
places:
  us: {name: United States}
  new-york: {name: New York, in: us}
facts:
  - id: close
    who: alibaba
    what: [shares closed in New York]
    count: 185.25
    unit: $
    when: 2019-11-19
"""
PUBLISHED = dt.date(2019, 11, 20)  # a Wednesday: `Tuesday` is the 19th

UNSTATED = ("unstated", "")
FITS = ("confirmed", "count.measure-after-phrase")
CLASH = ("contradicted", "count.measure-after-phrase")

CASES = [
    # the fact's own day, then `at` and the price: the fact's measure
    ("Alibaba shares closed in New York on Tuesday at $185.25, up 0.35%.", FITS),
    ("Alibaba shares closed in New York Tuesday at $185.25.", FITS),
    ("Alibaba shares closed in New York on Tuesday at $190.10, up 0.35%.", CLASH),
    ("Alibaba shares closed in New York on Nov. 19 at $190.10.", CLASH),
    # not judged: another day, a month, more words before the price, a list of prices
    ("Alibaba shares closed in New York on Monday at $180.10.", UNSTATED),
    ("Alibaba shares closed in New York in November at $180.10.", UNSTATED),
    ("Alibaba shares closed in New York on Tuesday at a price of $190.10.", UNSTATED),
    ("Alibaba shares closed in New York on Tuesday at $190.10, $185.25 and $180.", UNSTATED),
    # right after the phrase, as before
    ("Alibaba shares closed in New York at $190.10 on Tuesday.", CLASH),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_price_past_the_facts_own_day(text: str, expected: tuple[str, str]) -> None:
    assert slot_of(text, LISTING, PUBLISHED, "close", "count") == expected
