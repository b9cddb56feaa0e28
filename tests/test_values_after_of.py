"""Case table: a number right after the phrase's noun and `of` that ends its noun phrase (`The
attendance of 48,312 was a record`, `a crowd of 84,312.`) is the noun's value, the fact's
count, and is judged (`count.value-after-noun`). Near-misses: a number that counts another
noun after it (`a crowd of 300 fans`), a year (`the crowd of 2019`), an estimate (`of about
40,000`), another occurrence (`also`), a measure (`a speed limit of 20`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

FINAL = """
story: shield-final-2025
date: 2025-05-10
about: [final]
entities:
  final: {name: Shield final, kind: event, mention_only: [the final]}
  rovers: {name: Kestrel Rovers, kind: team}
places: {}
facts:
  - id: crowd
    who: final
    what: [crowd, attendance]
    count: 41200
"""
PUBLISHED = dt.date(2025, 5, 11)
RULE = "count.value-after-noun"


def count_of(text: str) -> tuple[str, str]:
    (result,) = check_on(text, FINAL, PUBLISHED)
    (slot,) = [s for s in result.slots if s.slot == "count"]
    return slot.status, slot.rule


UNSTATED = ("unstated", "")

CASES = [
    (
        "The attendance of 41,200 was a record for the final.",
        ("confirmed", "count.number-after-phrase"),
    ),
    ("The attendance of 14,200 was a record for the final.", ("contradicted", f"named/{RULE}")),
    ("The final drew a crowd of 14,200.", ("contradicted", f"named/{RULE}")),
    ("The final was watched by a crowd of 14,200, a record.", ("contradicted", f"named/{RULE}")),
    # near-misses: another noun counted, a year, money, an estimate, another occurrence
    ("The final drew a crowd of 14,200 fans.", UNSTATED),
    ("The final outdrew the crowd of 2019.", UNSTATED),
    ("The final drew a crowd of about 14,000.", UNSTATED),
    ("The final also drew a crowd of 14,200 last year.", UNSTATED),
]

LIMIT = FINAL.replace("what: [crowd, attendance]", "what: [speed limit]").replace("41200", "12")


def test_a_measure_of_no_unit_is_not_judged() -> None:
    """`a speed limit of 20`: a measure, whose unit may be another than the fact's."""
    (result,) = check_on("The final had a speed limit of 20.", LIMIT, PUBLISHED)
    assert [s.status for s in result.slots if s.slot == "count"] == ["unstated"]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_value_after_the_noun_and_of(text: str, expected: tuple[str, str]) -> None:
    assert count_of(text) == expected
