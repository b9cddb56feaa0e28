"""Case table: the number before a plural noun whose relative clause the fact's phrase stands
in counts those who did the phrase's act (`28 people who he came into contact with`). It only
confirms: another value is not judged (the noun may count more, or other, people). Near-misses:
a part (`28 of those who`), another value, `that` opening what was told (`told 28 people that
he came into contact with them`), a quote, another clause between, a denial, another person as
the clause's subject."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

PLAGUE = """
story: huade-plague
date: 2025-11-14
about: [patient]
entities:
  patient: {name: the patient, aliases: [the hunter], kind: person}
  commission: {name: Huade Health Commission, aliases: [the commission], kind: organisation}
facts:
  - id: contacts-quarantined
    who: [commission, patient]
    what: [came into contact with]
    count: 28
"""
PUBLISHED = dt.date(2025, 11, 15)

CASES = [
    ("The patient was isolated, along with 28 people who he came into contact with.", "consistent"),
    (
        "The patient was isolated, along with 28 people who he had come into contact with.",
        "consistent",
    ),
    ("The hunter was quarantined with 28 villagers who he came into contact with.", "consistent"),
    (
        "The patient was isolated, along with about 28 people who he came into contact with.",
        "consistent",
    ),
    # near-misses: a part, another value, `that` opening what was told, a quote, another
    # clause between, a denial, another person
    ("The patient was isolated, along with 28 of those who he came into contact with.", "omitted"),
    ("The patient was isolated, along with 40 people who he came into contact with.", "omitted"),
    (
        "The patient was isolated; officials told 28 people that he came into contact with them.",
        "omitted",
    ),
    ('The patient was isolated, along with "28 people who he came into contact with".', "omitted"),
    (
        "The patient was isolated, along with 28 people, and nurses who he came into contact with.",
        "omitted",
    ),
    (
        "The patient was isolated, along with 28 people who he never came into contact with.",
        "omitted",
    ),
    ("The patient was isolated, along with 28 people who Dr Wu came into contact with.", "omitted"),
]


@pytest.mark.parametrize("text, status", CASES)
def test_count_before_a_relative_clause(text: str, status: str) -> None:
    assert verdict(text, PLAGUE, PUBLISHED) == (status, "")
