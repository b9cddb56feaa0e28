"""Case table: an approximate number right after the fact's phrase (`together for the first
time in nearly 25 years`, `in more than 25 years`) whose value is the count states it: it
confirms, and another value is never judged (it may count something else). Near-misses:
another value, another band, a quote, no phrase, words between."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

TOUR = """
story: vale-tour
date: 2025-03-02
about: [vale]
entities:
  vale: {name: The Vale Brothers, aliases: [Vale Brothers], kind: organisation}
  harbour: {name: Harbour Lights, kind: organisation}
facts:
  - id: first-time-in-25-years
    who: vale
    what: [together for the first time in]
    count: 25
"""
PUBLISHED = dt.date(2025, 3, 3)

CASES = [
    ("The Vale Brothers will tour together for the first time in nearly 25 years.", "consistent"),
    (
        "The Vale Brothers will play together for the first time in more than 25 years.",
        "consistent",
    ),
    (
        "The Vale Brothers will tour together for the first time in less than 25 years.",
        "consistent",
    ),
    # near-misses: far off, another band, a quote, no phrase, words between
    ("The Vale Brothers will tour together for the first time in nearly 40 years.", "omitted"),
    ("The Vale Brothers will tour together for the first time in about 12 years.", "omitted"),
    ("The Vale Brothers will tour together for the first time in about 24 years.", "omitted"),
    ("Harbour Lights will tour together for the first time in nearly 25 years.", "omitted"),
    (
        'Harbour Lights said: "The Vale Brothers will tour together for the first time in nearly 25'
        ' years."',
        "omitted",
    ),
    ("The Vale Brothers will tour for the first time in nearly 25 years.", "omitted"),
    (
        "The Vale Brothers will tour together for the first time in the US in nearly 25 years.",
        "omitted",
    ),
]


@pytest.mark.parametrize("text, status", CASES)
def test_approximate_count_after_the_phrase(text: str, status: str) -> None:
    assert verdict(text, TOUR, PUBLISHED) == (status, "")
