"""Case table: a denial of the act at a date that is not the fact's (`did not sign ... in 2018`,
the signing being in 2014) states nothing of the fact; the sentence is no mention of it."""

from __future__ import annotations

import pytest
from cases import verdict

HALSEY = """
story: halsey-2014
about: [halsey]
entities:
  halsey: {name: Halsey}
facts:
  - id: halsey-first-contract
    who: halsey
    what: [signed her first recording contract, first recording contract]
    when: 2014
"""
NO_DATE = """
story: halsey-contract
about: [halsey]
entities:
  halsey: {name: Halsey}
facts:
  - id: halsey-first-contract
    who: halsey
    what: [signed her first recording contract, first recording contract]
"""


@pytest.mark.parametrize(
    "text, story, expected",
    [
        # a denial of another date's act: true of the fact, no mention of it
        ("Halsey did not sign her first recording contract in 2018.", HALSEY, ("omitted", "")),
        ("Halsey never signed her first recording contract in 2016.", HALSEY, ("omitted", "")),
        # the denial is of the fact's own date: the act is denied
        (
            "Halsey did not sign her first recording contract in 2014.",
            HALSEY,
            ("contradicted", "what"),
        ),
        # no date: the act is denied
        ("Halsey did not sign her first recording contract.", HALSEY, ("contradicted", "what")),
        # no negation: the date is the signing's, and it is wrong
        ("Halsey signed her first recording contract in 2018.", HALSEY, ("contradicted", "when")),
        # the fact has no date: a dated denial still denies the act
        (
            "Halsey did not sign her first recording contract in 2018.",
            NO_DATE,
            ("contradicted", "what"),
        ),
        # only the denying sentence stops being a mention: another one still states the fact
        (
            "Halsey did not sign her first recording contract in 2018. "
            "Halsey signed her first recording contract in 2014.",
            HALSEY,
            ("consistent", ""),
        ),
    ],
)
def test_a_denial_of_another_date(text: str, story: str, expected: tuple[str, str]) -> None:
    assert verdict(text, story, None) == expected
