"""Case table: a denial the article attributes to someone whose account it keeps at a distance
(`Critics claimed Vale had not arrived`, `alleged`, `insisted`, `suggested`, `speculated`) is a
disputed claim, not the article's own: not judged. A denial the article states, or reports
plainly (`Officials said Vale had not arrived`), is still judged."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

VISIT = """
story: vale-visit-2026
date: 2026-03-03
about: [vale]
entities:
  vale: {name: Rosa Vale, aliases: [Vale], kind: person}
places:
  lisbon: {name: Lisbon}
facts:
  - id: arrived
    who: vale
    what: [arrived in Lisbon]
"""
PUBLISHED = dt.date(2026, 3, 4)


def what_of(text: str) -> str:
    """The status of the `what` slot on an article of ``text``."""
    (result,) = check_on(text, VISIT, PUBLISHED)
    (what,) = [s for s in result.slots if s.slot == "what"]
    return what.status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Critics claimed Vale had not arrived in Lisbon, but officials confirmed she had.",
            "unstated",
        ),
        ("Opponents alleged that Vale never arrived in Lisbon.", "unstated"),
        ("Her rivals insisted Vale had not arrived in Lisbon.", "unstated"),
        ("Some reports suggested Vale did not arrive in Lisbon.", "unstated"),
        ("Officials said Vale had not arrived in Lisbon.", "contradicted"),
        ("Vale did not arrive in Lisbon.", "contradicted"),
        ("Vale arrived in Lisbon.", "confirmed"),
    ],
)
def test_denial_of_the_act(text: str, expected: str) -> None:
    assert what_of(text) == expected
