"""Case table of money as a fact's unit (`unit: $`, `USD`, `£`, `GBP`, `€`, `EUR`): a number with
the currency's sign before it states the count, after the phrase as a measure (`Harbour Lights
grossed $24 million`: `count.measure-after-phrase`; past a change in per cent and `to`: `Revenue
rose 14 per cent to €1.48bn`), before it (`a $2.4 billion deal`, `€1.84bn in revenue`) and between
its words (`won the £40,000 prize`); the currency's name after the number does too (`212 million
euros`); a bare number, another currency (`£20m`, `C$24m`: other dollars), a range, a rate, an
estimate, and any money for a fact with no currency unit are not judged."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import parse_story
from tests.cases import clashes_on

STORY = """
story: money-units
date: 2025-03-10
about: [film, norhaven]
entities:
  film: {name: Harbour Lights, kind: product}
  norhaven: {name: Norhaven Software, aliases: [Norhaven], kind: organisation}
facts:
  - id: gross
    who: film
    what: [grossed]
    count: 26000000
    unit: $
  - id: price
    who: norhaven
    what: [deal worth, deal]
    count: 4200000000
    unit: USD
  - id: fine
    who: norhaven
    what: [was fined]
    count: 3000000
    unit: £
  - id: revenue
    who: norhaven
    what: [revenue]
    count: 1480000000
    unit: €
  - id: prize
    who: film
    what: [won the prize]
    count: 50000
    unit: £
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Harbour Lights grossed $24 million in its opening weekend.", {"gross:count"}),
        ("Harbour Lights grossed US$24m.", {"gross:count"}),
        ("Harbour Lights grossed $26 million.", set()),
        ("Norhaven agreed a deal worth $2.4bn.", {"price:count"}),
        ("Norhaven agreed a $2.4 billion deal.", {"price:count"}),
        ("Norhaven was fined £5m.", {"fine:count"}),
        ("Norhaven was fined 5 million pounds.", {"fine:count"}),
        # the value after a change in per cent and `to`; a currency's name after the number
        ("Norhaven's revenue rose 14 per cent to €1.84bn.", {"revenue:count"}),
        ("Norhaven's revenue rose 14% to 1.84 billion euros.", {"revenue:count"}),
        ("Norhaven's revenue rose 14 per cent to €1.48bn.", set()),
        # between the phrase's words
        ("Harbour Lights won the £40,000 prize.", {"prize:count"}),
        ("Harbour Lights won the $40,000 prize.", set()),
        ("Harbour Lights won the 40,000 prize.", set()),
        ("Norhaven's revenue rose 14 per cent to $1.84bn.", set()),
        ("Norhaven's revenue rose 14 per cent to 20 million Canadian dollars.", set()),
        # an amount in the currency, `in` and the phrase: the phrase's value
        ("Norhaven reported €1.84bn in revenue for the year.", {"revenue:count"}),
        ("Norhaven reported €1.48bn in revenue for the year.", set()),
        ("Norhaven reported $1.84bn in revenue for the year.", set()),
        ("Norhaven reported 1.84 in revenue for the year.", set()),
        ("Norhaven reported €1.84bn in Spain in revenue.", set()),
        ("Norhaven's cloud unit reported €1.84bn in revenue.", set()),
        # near-misses: another currency, other dollars, a bare number, a range, a rate, an
        # estimate
        ("Harbour Lights grossed £20m ($26m).", set()),
        ("Harbour Lights grossed C$24m.", set()),
        ("Harbour Lights grossed 24 million.", set()),
        ("Norhaven agreed a £2.4 billion deal.", set()),
        ("Norhaven was fined $5m.", set()),
        ("Harbour Lights grossed $24 million to $26 million.", set()),
        ("Harbour Lights grossed $24 million a week.", set()),
        ("Harbour Lights grossed an estimated $24m.", set()),
    ],
)
def test_money_unit(text: str, expected: set[str]) -> None:
    assert clashes_on(text, STORY, dt.date(2025, 3, 10)) == expected


def test_currency_names_are_their_signs() -> None:
    units = {f.id: f.unit for f in parse_story(STORY, "money.yaml").facts}
    assert units == {"gross": "$", "price": "$", "fine": "£", "revenue": "€", "prize": "£"}


NO_UNIT = """
story: money-no-unit
date: 2025-03-10
about: [film]
entities:
  film: {name: Harbour Lights, kind: product}
facts:
  - id: gross
    who: film
    what: [grossed]
    count: 26000000
"""


def test_money_without_a_currency_unit_is_not_judged() -> None:
    """Its currency may be a conversion: only a fact that names its currency judges money."""
    text = "Harbour Lights grossed $24 million in its opening weekend."
    assert clashes_on(text, NO_UNIT, dt.date(2025, 3, 10)) == set()
