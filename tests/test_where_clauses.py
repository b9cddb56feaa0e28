"""Case table: a phrase in a `where` clause (`fled to Japan, where he currently lives as a
refugee`) takes the place right before `, where` as its place, unless another clause begins
between `where` and the phrase."""

from __future__ import annotations

import pytest
from cases import check_on, verdict

DALAI_LAMA = """
story: dalai-lama
about: [dalai-lama]
entities:
  dalai-lama: {name: Dalai Lama, kind: person}
places:
  india: {name: India}
  dharamshala: {name: Dharamshala, in: india}
facts:
  - id: lives-in-exile
    who: dalai-lama
    what: [lives as a refugee]
    where: india
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Dalai Lama fled to India, where he lives as a refugee.", ("consistent", "")),
        ("The Dalai Lama moved to Dharamshala, where he lives as a refugee.", ("consistent", "")),
        ("The Dalai Lama fled to Japan, where he lives as a refugee.", ("contradicted", "where")),
        (
            "The Dalai Lama fled to Japan , where he currently lives as a refugee .",
            ("contradicted", "where"),
        ),
        # the clause's own place, after the phrase, is the one read
        (
            "The Dalai Lama flew to Japan, where he said he lives as a refugee in India.",
            ("consistent", ""),
        ),
        # another clause begins between `where` and the phrase
        (
            "The Dalai Lama fled to Japan, where he was met, and he lives as a refugee.",
            ("consistent", ""),
        ),
        (
            "The Dalai Lama visited Japan, where officials met him while he lives as a refugee.",
            ("consistent", ""),
        ),
        # no comma before `where`, or no place before it
        ("The Dalai Lama fled to Japan where he lives as a refugee.", ("consistent", "")),
        ("The Dalai Lama spoke in 2019, where he lives as a refugee.", ("consistent", "")),
    ],
)
def test_a_phrase_in_a_where_clause(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, DALAI_LAMA, None) == expected


def test_the_place_before_where_confirms_the_fact() -> None:
    (result,) = check_on(
        "The Dalai Lama moved to Dharamshala, where he lives as a refugee.", DALAI_LAMA
    )
    (where,) = [s for s in result.slots if s.slot == "where"]
    assert (where.status, where.found, where.rule) == (
        "confirmed",
        "Dharamshala",
        "where.place-before-where",
    )
