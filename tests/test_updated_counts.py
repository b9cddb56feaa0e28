"""Case table: a count the article updates later. An earlier figure that clashes is superseded
when a later sentence states the fact's count as an update (`The death toll has since risen to
23`, `now stands at`, `Updated 11:15: 23 people are now known to have died`): the article's
last word is the later figure. A later clash is still judged, and so is an earlier one when the
later figure is no update."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

QUAKE = """
story: kestria-quake-2026
date: 2026-03-02
about: [quake]
entities:
  quake: {name: Kestria earthquake, aliases: [the quake], kind: event}
places: {}
facts:
  - id: killed
    who: quake
    what: [killed, dead, died]
    count: 23
"""
PUBLISHED = dt.date(2026, 3, 4)


def count_of(text: str) -> str:
    (result,) = check_on(text, QUAKE, PUBLISHED)
    (count,) = [s for s in result.slots if s.slot == "count"]
    return count.status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kestria earthquake killed 12 people, officials said on Monday. "
            "The death toll from the Kestria earthquake has since risen to 23.",
            "confirmed",
        ),
        (
            "The Kestria earthquake killed 12 people. "
            "The Kestria earthquake has now killed 23 people.",
            "confirmed",
        ),
        # still judged
        (
            "The Kestria earthquake killed 12 people. The Kestria earthquake killed 23 people.",
            "contradicted",
        ),
        (
            "The death toll from the Kestria earthquake has risen to 23. "
            "The Kestria earthquake killed 31 people.",
            "contradicted",
        ),
        ("The Kestria earthquake killed 12 people.", "contradicted"),
    ],
)
def test_an_updated_count(text: str, expected: str) -> None:
    assert count_of(text) == expected
