"""Case table of a negator standing between a phrase's words, right after its first word, an
auxiliary (`Seven miners were not pulled out` for `were pulled out`) or the modal (`will`, `should`,
`must`...) a phrase of three words or more opens with (`will not be sworn in` for `will be sworn
in`): the phrase is denied (`what.negator-inside-phrase`), under the same conditions as a negator
before it: not in a condition, a quotation, a possibility or about another time."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

STORY = """
story: negators-inside
date: 2025-10-22
about: [okonkwo, rescue]
entities:
  okonkwo: {name: Grace Okonkwo, aliases: [Okonkwo], kind: person}
  rescue: {name: San Telmo mine rescue, kind: event}
facts:
  - id: elected
    who: okonkwo
    what: [was elected mayor]
  - id: rescued
    who: rescue
    what: [were pulled out]
  - id: plan
    who: okonkwo
    what: [will be sworn in as mayor]
  - id: short-plan
    who: okonkwo
    what: [will resign]
  - id: advice
    who: okonkwo
    what: [should keep the curfew in place]
"""


def rules(text: str) -> set[str]:
    return {
        f"{r.fact}:{s.rule}"
        for r in check_on(text, STORY, dt.date(2025, 10, 23))
        for s in r.slots
        if s.status == "contradicted"
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Okonkwo was not elected mayor.", {"elected:named/what.negator-inside-phrase"}),
        ("Okonkwo was never elected mayor.", {"elected:named/what.negator-inside-phrase"}),
        (
            "Seven miners were not pulled out alive.",
            {"rescued:implied/what.negator-inside-phrase"},
        ),
        # near-misses: no negator, a condition, a quotation, another time, a word between
        ("Okonkwo was elected mayor.", set()),
        ("If Okonkwo was not elected mayor, Dubois would be.", set()),
        ('Okonkwo said: "I was not elected mayor to sit still."', set()),
        ("Okonkwo was not elected mayor again until 2030.", set()),
        ("Okonkwo was not then elected mayor.", set()),
        # a fact whose phrase opens with `will`: a negator right after it denies the plan
        ("Okonkwo will not be sworn in as mayor.", {"plan:named/what.negator-inside-phrase"}),
        ("Okonkwo will never be sworn in as mayor.", {"plan:named/what.negator-inside-phrase"}),
        ("Okonkwo will be sworn in as mayor.", set()),
        ("If Okonkwo will not be sworn in as mayor, Dubois will.", set()),
        ("Okonkwo will not be sworn in as mayor until 2030.", set()),
        ("Okonkwo will not be sworn in as mayor on Sundays, and will be on weekdays.", set()),
        (
            "Okonkwo will not be sworn in as mayor, her office said.",
            {"plan:named/what.negator-inside-phrase"},
        ),
        ("Critics claimed Okonkwo will not be sworn in as mayor.", set()),
        # a plan's phrase of two words: its object and a place after it are not read, so a
        # denial may be of another post or another place's
        ("Okonkwo will not resign her seat in Lagos.", set()),
        # any modal the fact's phrase opens with: the denial has the fact's own modality
        (
            "Okonkwo should not keep the curfew in place.",
            {"advice:named/what.negator-inside-phrase"},
        ),
        ("Okonkwo should keep the curfew in place.", set()),
        ("Okonkwo should not keep the curfew in place after May.", set()),
    ],
)
def test_negator_between_the_phrase_words(text: str, expected: set[str]) -> None:
    assert rules(text) == expected
