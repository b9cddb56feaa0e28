"""Case table: an infinitive after the object of a verb of beating is done by that verb's
subject also past the contest the object was beaten in (`Thatcher defeated Heath in the
Conservative Party leadership election to become Leader of the Opposition`, `beat Roth in the
final to win the title`): a noun of a contest ends that complement. Near-misses: a manner, not
a contest (`in straight sets`), another subject, a verb that makes the object the doer, a
clause of its own, an aside between."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

FINAL = """
story: varga-open-2025
date: 2025-06-01
about: [varga]
entities:
  varga: {name: Lena Varga, aliases: [Varga], kind: person}
  roth: {name: Ines Roth, aliases: [Roth], kind: person}
places: {}
facts:
  - id: title
    who: varga
    what: [won the title, become champion]
    when: 2025-06-01
"""
PUBLISHED = dt.date(2025, 6, 2)

CASES = [
    ("Varga beat Roth in the final to win the title on Sunday.", ("consistent", "")),
    ("Varga defeated Roth in the Madrid Open final to become champion.", ("consistent", "")),
    ("Varga beat Roth 6-3 in the third round to win the title on Sunday.", ("consistent", "")),
    ("Varga beat Roth in the final to win the title on Saturday.", ("contradicted", "when")),
    # near-misses: a manner, another subject, the object made the doer, a clause, an aside
    ("Varga beat Roth in straight sets to win the title on Saturday.", ("omitted", "")),
    ("Roth beat Varga in the final to win the title on Saturday.", ("omitted", "")),
    ("Varga helped Roth in the final to win the title on Saturday.", ("omitted", "")),
    ("Varga beat Roth in the final, who went on to win the title on Saturday.", ("omitted", "")),
    (
        "Varga beat Roth in the final, and Roth went on to win the title on Saturday.",
        ("omitted", ""),
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_an_infinitive_after_a_contest(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, FINAL, PUBLISHED) == expected
