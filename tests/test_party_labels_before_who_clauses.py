"""Case table: a party and state between commas after a name, right before `who` (`Sen. Ted
Cruz, R-Texas, who leads the pack`, `Sen. Ted Cruz, R-TX, who`), is the name's label, not a name
of its own: the `who` clause is the name's, as with a dotted label (`Sen. Rand Paul, R-Ky.,
who`), which was read so before. Before, `R-Texas` was read as a name the story does not know,
and the clause as that one's act.

So the clause of a name the story does not know stays that one's act when a label stands after
it, dotted or not (`Cruz praised Sen. John Barrasso, R-Wyo., who made 15 trips`: before, the
dotted label hid the unknown name and the trips were read as Cruz's). Left alone: a label of two
words (`D-New York`), a state with no party (`Wyoming`), another name between commas
(`DeSantis`), another entity of the story before the label (`Rep. Nita Lowey, D-N.Y., who`), and
a label that ends a name coordinated with another (`Ted Cruz, R-Texas, and Sen. John Barrasso,
who`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.diagnose import MENTION
from tests.cases import kept_and_reasons, verdict

STORY = """
story: iowa-visits
date: 2014-10-31
about: [cruz]
entities:
  cruz: {name: Ted Cruz, aliases: [Cruz, Sen. Ted Cruz], kind: person}
  lowey: {name: Nita Lowey, aliases: [Lowey], kind: person}
places:
  usa: {name: United States}
  iowa: {name: Iowa, in: usa}
facts:
  - id: cruz-trips
    who: cruz
    what: [trips to Iowa]
    count: 12
"""
PUBLISHED = dt.date(2014, 10, 31)

CASES = [
    # the label is the name's: the `who` clause is the name's (before: omitted, all four)
    (
        "In this overall category, it's GOP Sen. Ted Cruz, R-Texas, who made 12 trips to Iowa.",
        ("consistent", ""),
    ),
    (
        "In this overall category, it's GOP Sen. Ted Cruz, R-Texas, who made 15 trips to Iowa.",
        ("contradicted", "count"),
    ),
    (
        "Sen. Ted Cruz, R-Texas, who has made 15 trips to Iowa, leads the pack.",
        ("contradicted", "count"),
    ),
    (
        "Sen. Ted Cruz, R-TX, who has made 15 trips to Iowa, leads the pack.",
        ("contradicted", "count"),
    ),
    # an unknown name before a dotted label: that one's act (before: the trips read as Cruz's)
    ("Cruz praised Sen. John Barrasso, R-Wyo., who made 15 trips to Iowa.", ("omitted", "")),
    # read so before: a dotted label after the name
    (
        "Sen. Ted Cruz, R-Tex., who has made 15 trips to Iowa, leads the pack.",
        ("contradicted", "count"),
    ),
    # near-misses, left as they were
    ("Cruz praised Sen. John Barrasso, R-Wyoming, who made 15 trips to Iowa.", ("omitted", "")),
    ("Cruz praised Sen. John Barrasso, Wyoming, who made 15 trips to Iowa.", ("omitted", "")),
    ("Cruz praised his rival, DeSantis, who made 15 trips to Iowa.", ("omitted", "")),
    ("Cruz praised Rep. Nita Lowey, D-N.Y., who made 15 trips to Iowa.", ("omitted", "")),
    ("Cruz praised Rep. Nita Lowey, D-New York, who made 15 trips to Iowa.", ("omitted", "")),
    (
        "Sen. Ted Cruz, R-Texas, and Sen. John Barrasso, who made 15 trips to Iowa, spoke.",
        ("omitted", ""),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_party_label_before_who_clause(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, STORY, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "In this overall category, it's GOP Sen. Ted Cruz, R-Texas, who made 15 trips to Iowa.",
            True,
        ),
        ("Sen. Ted Cruz, R-TX, who has made 15 trips to Iowa, leads the pack.", True),
        ("Cruz praised Sen. John Barrasso, R-Wyo., who made 15 trips to Iowa.", False),
        ("Cruz praised Sen. John Barrasso, R-Wyoming, who made 15 trips to Iowa.", False),
    ],
)
def test_explain_agrees(text: str, mention: bool) -> None:
    ((kept, reason),) = kept_and_reasons(text, STORY, PUBLISHED)
    assert kept is mention
    assert (reason == MENTION) is mention
