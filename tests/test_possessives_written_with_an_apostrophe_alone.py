"""Case table: a name ending in `s` whose possessive is an apostrophe alone (`Vantis’ rival`,
`Vantis' surprise bid`) is read as a possessive, as `Vantis's` is: it owns the noun after it.

So it does the act its noun names when the phrase follows it, even after a preposition
(`caught off guard by Vantis’ surprise bid for Corbel on March 1`: the bid's date is judged),
and it is not the subject of a phrase whose subject is the noun it owns (`Vantis’ rival made a
surprise bid`: the rival's bid, not Vantis's; `Vantis’ advisers said the bid came`: what the
advisers said). Before, `Vantis’` was read as a bare name: an object after `by`, and the subject
of its rival's act.

Left alone: a name with no possessive (`Vantis made a surprise bid`), one with `'s` (read so
before), an apostrophe with no space and word after it (`Vantis’, the bidder,`), and a name
that does not end in `s`.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.diagnose import MENTION
from tests.cases import kept_and_reasons, verdict

STORY = """
story: vantis-takeover
date: 2024-03-08
about: [vantis]
entities:
  vantis: {name: Vantis, kind: organisation}
  corbel: {name: Corbel, kind: organisation}
  marlo: {name: Marlo Group, aliases: [Marlo], kind: organisation}
facts:
  - id: surprise-bid
    who: vantis
    what: [surprise bid for Corbel]
    when: 2024-03-05
"""
PUBLISHED = dt.date(2024, 3, 8)

CHANGED = [
    # the owner does the act its noun names, after a preposition too
    (
        "Investors were caught off guard by Vantis’ surprise bid for Corbel on March 1.",
        ("contradicted", "when"),
    ),
    (
        "Investors were caught off guard by Vantis' surprise bid for Corbel on March 5.",
        ("consistent", ""),
    ),
    # the noun it owns is the subject: another's act, not judged
    ("Vantis’ rival made a surprise bid for Corbel on March 1.", ("omitted", "")),
    ("Vantis' rival made a surprise bid for Corbel on March 1.", ("omitted", "")),
    ("Vantis’ advisers said the surprise bid for Corbel came on March 1.", ("omitted", "")),
]

UNCHANGED = [
    # as with `'s`, read so before
    (
        "Investors were caught off guard by Vantis's surprise bid for Corbel on March 1.",
        ("contradicted", "when"),
    ),
    ("Vantis's rival made a surprise bid for Corbel on March 1.", ("omitted", "")),
    # a name with no possessive
    ("Vantis made a surprise bid for Corbel on March 1.", ("contradicted", "when")),
    ("Investors were caught off guard by Vantis on March 1.", ("omitted", "")),
    # an apostrophe with no space and word after it: no owned noun
    ("Vantis’, the bidder, made a surprise bid for Corbel on March 1.", ("contradicted", "when")),
    # a name not ending in `s`: another entity's possessive, unread as before
    (
        "Investors were caught off guard by Marlo’ surprise bid for Corbel on March 1.",
        ("omitted", ""),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHANGED + UNCHANGED)
def test_a_possessive_written_with_an_apostrophe_alone(
    text: str, expected: tuple[str, str]
) -> None:
    assert verdict(text, STORY, PUBLISHED) == expected


def _kept_and_reasons(text: str) -> list[tuple[bool, str]]:
    """(kept by the reading, reason `factcheck explain` gives) for each match of the phrase."""
    return kept_and_reasons(text, STORY, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Investors were caught off guard by Vantis’ surprise bid for Corbel on March 1.", True),
        ("Vantis’ rival made a surprise bid for Corbel on March 1.", False),
        ("Vantis' rival made a surprise bid for Corbel on March 1.", False),
    ],
)
def test_explain_agrees(text: str, mention: bool) -> None:
    ((kept, reason),) = _kept_and_reasons(text)
    assert kept is mention
    assert (reason == MENTION) is mention
