"""Case tables: a number right before the fact's phrase (`count.number-before-phrase`) that
differs from the fact's count is judged as surely as one that fits, unless something says it
counts another thing or another time.

* The time a change is measured from, after the change, its size and `from` (`down 10 percent
  from a year ago`, `down 5 percent from the year-to-date period last year`, `an increase of
  2 percent from 2017`), is the earlier figure's time: it does not date the act, so it does not
  make the sentence tell another occurrence whose number is its own. A date of the act itself
  (`sold 31,054 new cars last year`), a date after `from` with no change before it (`from
  October 2018`), and the earlier figure's time after `up from ... in` still do as before.
* A bound stands before the currency sign of a sum (`more than $8 billion`): the sum is judged
  as a bound, as `more than 8,000` is, not as an approximate figure left unjudged beyond 25%.
  Another currency (`£`, `C$`) and a yearly share (`$8 billion a year`) are still not judged.
* The fact's `who` named after the phrase past a comma, opening the next clause (`Three United
  States service members have been killed in a helicopter crash, the US military said`), tells
  the phrase: it is not its subject, so the number before the phrase counts the phrase's noun.
  A `who` after the phrase in its clause (`killed by the US military`) still is.
* `factcheck explain` names the number it reads right before the phrase and leaves unjudged.
* `other` or `remaining` right after the number (`three other service members`) counts others
  than those told: a part, not judged.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.cli import main
from tests.cases import verdict

SALES = """
story: sales
date: 2019-11-20
about: [dealers]
entities:
  dealers:
    name: Harlow-area auto dealers
    mention_only: [Local auto dealers, auto dealers, Dealers]
    kind: organisation
  consumers:
    name: Harlow-area consumers
    mention_only: [Consumers]
places: {}
facts:
  - id: october-sales
    who: dealers
    what: [new cars]
    count: 30154
    when: 2019-10
  - id: year-to-date-sales
    who: consumers
    what: [new vehicles this year]
    count: 208560
"""
PUBLISHED = dt.date(2019, 11, 20)

CHANGE_CASES = [
    # the time a change is measured from is not the act's: the number is judged
    (
        "october-sales",
        "Local auto dealers sold 31,054 new cars in October, the second-highest volume of the "
        "year but still down 10 percent from a year ago.",
        ("contradicted", "count"),
    ),
    (
        "october-sales",
        "Local auto dealers sold 30,154 new cars in October, the second-highest volume of the "
        "year but still down 10 percent from a year ago.",
        ("consistent", ""),
    ),
    (
        "year-to-date-sales",
        "Consumers have purchased 218,560 new vehicles this year, down 5 percent from the "
        "year-to-date period last year.",
        ("contradicted", "count"),
    ),
    (
        "year-to-date-sales",
        "Consumers have purchased 208,560 new vehicles this year, down 5 percent from the "
        "year-to-date period last year.",
        ("consistent", ""),
    ),
    (
        "year-to-date-sales",
        "Consumers have purchased 218,560 new vehicles this year, an increase of just 2 percent "
        "from 2018.",
        ("contradicted", "count"),
    ),
    # a date of the act itself: another year's sales, not judged
    (
        "october-sales",
        "Local auto dealers sold 31,054 new cars last year, down 10 percent from 2017.",
        ("omitted", ""),
    ),
    (
        "october-sales",
        "Local auto dealers sold 31,054 new cars in October 2018, down 10 percent from a year "
        "before.",
        ("omitted", ""),
    ),
    # `from` with no change before it opens a stretch: the date is the act's
    (
        "october-sales",
        "Local auto dealers sold 31,054 new cars from October 2018 to March.",
        ("omitted", ""),
    ),
    (
        "year-to-date-sales",
        "Consumers have purchased 218,560 new vehicles this year, according to figures from last "
        "year.",
        ("omitted", ""),
    ),
]


@pytest.mark.parametrize("fact, text, expected", CHANGE_CASES)
def test_the_time_a_change_is_measured_from_dates_no_other_occurrence(
    fact: str, text: str, expected: tuple[str, str]
) -> None:
    assert verdict(text, SALES, PUBLISHED, fact) == expected


SPENDING = """
story: spending
date: 2019-11-13
about: [orbis]
entities:
  orbis: {name: Orbis Media, aliases: [Orbis], kind: organisation}
places: {}
facts:
  - id: spent
    who: orbis
    what: [on technology and programming]
    count: 3000000000
    unit: $
"""
SPENT_ON = dt.date(2019, 11, 13)

BOUND_CASES = [
    # a bound before the sign of a sum is judged as a bound
    ("more than $8 billion", ("contradicted", "count")),
    ("more than $3 billion", ("consistent", "")),
    ("more than $2 billion", ("consistent", "")),
    ("less than $8 billion", ("consistent", "")),
    ("less than $2 billion", ("contradicted", "count")),
    ("at least US$5 billion", ("contradicted", "count")),
    # another currency, other dollars, a yearly share: not judged
    ("more than £8 billion", ("omitted", "")),
    ("more than C$8 billion", ("omitted", "")),
    ("more than $8 billion a year", ("omitted", "")),
    # an approximate sum far from the count is still not judged
    ("about $8 billion", ("omitted", "")),
]


@pytest.mark.parametrize("sum_spent, expected", BOUND_CASES)
def test_a_bound_before_the_sign_of_a_sum(sum_spent: str, expected: tuple[str, str]) -> None:
    text = f"Orbis has made a bet, spending {sum_spent} on technology and programming."
    assert verdict(text, SPENDING, SPENT_ON) == expected


CRASH = """
story: crash
date: 2019-11-20
about: [military]
entities:
  military:
    name: US military
    aliases: [U.S. military, United States military]
    kind: organisation
places: {}
facts:
  - id: killed
    who: military
    what: [service members have been killed, service members]
    count: 2
"""
CRASH_DAY = dt.date(2019, 11, 20)
TOLD = "in a helicopter crash in Afghanistan, the US military said in a statement on Wednesday."

REPORTER_CASES = [
    # the `who` after the phrase past a comma tells it: the number before the phrase is judged
    (f"Three United States service members have been killed {TOLD}", ("contradicted", "count")),
    (f"Two United States service members have been killed {TOLD}", ("consistent", "")),
    # a number of others, or of a list of other things, still counts something else
    (f"Three other service members have been killed {TOLD}", ("omitted", "")),
    (f"Three Afghan soldiers and service members have been killed {TOLD}", ("omitted", "")),
    (
        "The US military said three other service members have been killed in a helicopter "
        "crash in Afghanistan.",
        ("omitted", ""),
    ),
    # the `who` after the phrase in its own clause is not the subject of the number's noun
    (
        "Three Afghan service members have been killed by the US military in Afghanistan.",
        ("omitted", ""),
    ),
]


@pytest.mark.parametrize("text, expected", REPORTER_CASES)
def test_a_who_that_tells_the_phrase_after_a_comma(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, CRASH, CRASH_DAY) == expected


def test_explain_names_the_number_read_and_left_unjudged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`factcheck explain` tells a number read right before the phrase but not judged apart
    from no number at all."""
    (tmp_path / "s.yaml").write_text(SALES, encoding="utf-8")
    article = tmp_path / "a.md"
    article.write_text(
        "---\nstories: [sales]\npublished: 2019-11-20\n---\n"
        "Local auto dealers sold 31,054 new cars last year.\n",
        encoding="utf-8",
    )
    assert main(["explain", f"{article}::october-sales", "--facts", str(tmp_path / "s.yaml")]) == 0
    out = capsys.readouterr().out
    assert "it reads `31,054` right before the phrase and leaves it unjudged" in out
    assert "finds no number for it" not in out


INJURED = """
story: balloon
date: 2005-11-24
about: [balloon]
entities:
  balloon: {name: M&Ms balloon, kind: product}
places: {}
facts:
  - id: hurt
    who: balloon
    what: [other people were hurt in a similar incident]
    count: 2
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        # `other` is the phrase's own first word: the number before it is judged
        (
            "In 2005, three other people were hurt in a similar incident involving the M&Ms"
            " balloon.",
            ("contradicted", "count"),
        ),
        (
            "In 2005, two other people were hurt in a similar incident involving the M&Ms balloon.",
            ("consistent", ""),
        ),
    ],
)
def test_the_phrase_s_own_other_counts_the_fact_s_thing(
    text: str, expected: tuple[str, str]
) -> None:
    assert verdict(text, INJURED, dt.date(2005, 11, 25)) == expected
