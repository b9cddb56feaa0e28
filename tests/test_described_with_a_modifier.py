"""Case table: a description of two or more words that the story lists (`mention_only: [the
financial adviser]`) is found with one plain lower-case modifier between its `the` and its
words (`The disgraced financial adviser`), and states the entity's facts as the bare
description does. Near-misses: a modifier that sets the person apart (`the other financial
adviser`, `the former financial adviser`, `the rival financial adviser`) or makes it another
role (`the deputy financial adviser`), a number (`the two financial advisers`), a capitalised
modifier (`the Scottish financial adviser`, which may be another person), two modifiers, and
a one-word description (`the disgraced fraudster` for `the fraudster` stays unread: one word
names a kind too loosely)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on, verdict

COURT = """
story: pryce-fraud-sentence
date: 2025-05-16
about: [pryce]
entities:
  pryce:
    name: Daniel Pryce
    aliases: [Pryce, Mr Pryce]
    kind: person
    mention_only: [the fraudster, the financial adviser]
places: {}
facts:
  - id: investors
    who: pryce
    what: [targeted investors, conned investors]
    count: 212
"""
PUBLISHED = dt.date(2025, 5, 16)

C = {"investors:count"}
CASES = [
    ("The disgraced financial adviser targeted 212 investors.", "consistent", set()),
    ("The disgraced financial adviser targeted 221 investors.", "contradicted", C),
    ("The jailed financial adviser conned 200 investors.", "contradicted", C),
    ("The financial adviser targeted 221 investors.", "contradicted", C),
    # near-misses: not judged
    ("The other financial adviser targeted 221 investors.", "omitted", set()),
    ("The former financial adviser targeted 221 investors.", "omitted", set()),
    ("The rival financial adviser targeted 221 investors.", "omitted", set()),
    ("The deputy financial adviser targeted 221 investors.", "omitted", set()),
    ("The acting financial adviser targeted 221 investors.", "omitted", set()),
    ("The Scottish financial adviser targeted 221 investors.", "omitted", set()),
    ("The two financial advisers targeted 221 investors.", "omitted", set()),
    ("The young disgraced financial adviser targeted 221 investors.", "omitted", set()),
    ("The disgraced fraudster targeted 221 investors.", "omitted", set()),
]


@pytest.mark.parametrize("text, status, clashes", CASES)
def test_a_description_with_a_plain_modifier(text: str, status: str, clashes: set[str]) -> None:
    assert (verdict(text, COURT, PUBLISHED)[0], clashes_on(text, COURT, PUBLISHED)) == (
        status,
        clashes,
    )
