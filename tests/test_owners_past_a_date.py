"""Case table: a possessive owner whose noun a date stands between (`President Trump's July 25
call with Zelensky`, `Russia's February 2022 invasion`) still owns the phrase, as with no date
(`Russia's full-scale invasion`); the date before the phrase clashes only doubtfully. Near-misses:
other words between, an owner that is no possessive, another entity as the owner."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on, verdict

CALL = """
story: call
date: 2019-11-19
about: [trump]
entities:
  trump: {name: Donald Trump, aliases: [President Trump, Trump], kind: person}
  morrison: {name: Tim Morrison, aliases: [Morrison], kind: person}
  putin: {name: Vladimir Putin, aliases: [Putin], kind: person}
places: {}
facts:
  - id: call
    who: trump
    what: [call with Ukrainian President Volodymyr Zelensky]
    when: 2019-07-25
"""
PUBLISHED = dt.date(2019, 11, 20)
_FOUND = ("consistent", "")
_NONE = ("omitted", "")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Morrison listened in on President Trump's July 25 call with Ukrainian President "
            "Volodymyr Zelensky.",
            _FOUND,
        ),
        (
            "Morrison listened in on Trump's July 2019 call with Ukrainian President Volodymyr "
            "Zelensky.",
            _FOUND,
        ),
        (
            "Morrison listened in on Trump’s July 25 call with Ukrainian President Volodymyr "
            "Zelensky.",
            _FOUND,
        ),
        # another date before the phrase: a mention, its clash only doubtful
        (
            "Morrison listened in on Trump's June 25 call with Ukrainian President Volodymyr "
            "Zelensky.",
            _FOUND,
        ),
        # other words between, no possessive, another owner
        (
            "Morrison listened in on Trump's controversial July 25 phone call with Ukrainian "
            "President Volodymyr Zelensky.",
            _NONE,
        ),
        (
            "Morrison listened in on the Trump July 25 call with Ukrainian President Volodymyr "
            "Zelensky.",
            _NONE,
        ),
        (
            "Morrison listened in on Putin's July 25 call with Ukrainian President Volodymyr "
            "Zelensky.",
            _NONE,
        ),
    ],
)
def test_an_owner_past_a_date_owns_the_phrase(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, CALL, PUBLISHED) == expected


def test_the_date_between_clashes_only_doubtfully() -> None:
    text = (
        "Morrison listened in on Trump's June 25 call with Ukrainian President Volodymyr Zelensky."
    )
    (result,) = check_on(text, CALL, PUBLISHED)
    (when,) = [s for s in result.slots if s.slot == "when"]
    assert (when.status, when.found) == ("doubtful", "June 25 (2019-06-25)")
