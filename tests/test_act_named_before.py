"""Case table: a sentence that opens with `The` and a noun of the act (`The recall, covering 1.2
million cars, ...`) and names no one states the act of the one who did it in the sentence
before (`... after the carmaker announced a recall yesterday.`). Near-misses, not judged:
another company's act in the sentence before (`Rival Norda announced a recall last week.`),
no act in the sentence before, the act two sentences back, and a sentence that does not open
with the noun (`A second recall, covering ...`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on, verdict

RECALL = """
story: valdor-crest-recall
date: 2025-10-07
about: [valdor]
entities:
  valdor:
    name: Valdor Motors
    aliases: [Valdor]
    kind: organisation
    mention_only: [the carmaker, the company]
  norda:
    name: Norda Automotive
    aliases: [Norda]
    kind: organisation
places: {}
facts:
  - id: vehicles
    who: valdor
    what: [recalled cars, recalling cars]
    count: 1200000
"""
PUBLISHED = dt.date(2025, 10, 8)
BEFORE = "Owners are being told to return their cars after the carmaker announced a recall. "
C = {"vehicles:count"}

CASES = [
    (BEFORE + "The recall, covering 1.2 million cars, follows 14 crashes.", "consistent", set()),
    (BEFORE + "The recall, covering 2.1 million cars, follows 14 crashes.", "contradicted", C),
    (
        "Valdor is recalling cars. The recall, covering 2.1 million cars, is its biggest.",
        "contradicted",
        C,
    ),
    ("Valdor's recall, covering 2.1 million cars, follows 14 crashes.", "contradicted", C),
    # near-misses: not judged
    ("Valdor's recall covering 2.1 million cars follows 14 crashes.", "omitted", set()),
    (
        "Rival Norda announced a recall last week. The recall, covering 2.1 million cars, follows "
        "14 crashes.",
        "omitted",
        set(),
    ),
    (
        "Owners are being told to return their cars. The recall, covering 2.1 million cars, "
        "follows 14 crashes.",
        "omitted",
        set(),
    ),
    (
        BEFORE + "Shares fell. The recall, covering 2.1 million cars, follows 14 crashes.",
        "omitted",
        set(),
    ),
    (BEFORE + "A second recall, covering 2.1 million cars, follows 14 crashes.", "omitted", set()),
]

KNOWN: dict[str, tuple[str, str]] = {
    # a sentence of CASES the checker reads otherwise: the status it says instead, and why
}


@pytest.mark.parametrize("text, status, clashes", CASES)
def test_an_act_named_in_the_sentence_before(text: str, status: str, clashes: set[str]) -> None:
    expected = (KNOWN[text][0], set()) if text in KNOWN else (status, clashes)
    found = (verdict(text, RECALL, PUBLISHED)[0], clashes_on(text, RECALL, PUBLISHED))
    assert found == expected
