"""Case table of a run's length given by a verb of extending (`to extend their unbeaten streak
to 15 games`): when the fact's phrase ends in `streak` or `run`, the verb and an owner stand right
before it and `to`, the number and a noun of games, matches or wins right after it, the number
is the run's new length and is judged (`count.streak-extended`). A run is as long as its last
day: a sentence that dates anything on another day, or speaks of another time or run (`last
season`, `the club record`), is not judged, and neither is a plan, a possibility or a quote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

STREAK = """story: islanders-streak
date: 2019-11-19
about: [islanders]
entities:
  islanders: {name: New York Islanders, aliases: [Islanders], kind: team}
  penguins: {name: Pittsburgh Penguins, aliases: [Penguins], kind: team}
facts:
  - id: unbeaten-streak
    who: islanders
    what: unbeaten streak
    count: 15
"""
PUBLISHED = dt.date(2019, 11, 19)  # a Tuesday

CASES = [
    # the length after `extend ... to`: judged
    ("The Islanders extended their unbeaten streak to 15 games.", ("consistent", "")),
    ("The Islanders extended their unbeaten streak to 16 games.", ("contradicted", "count")),
    (
        "Nelson scored in overtime to lift the Islanders over the Penguins 5-4 Tuesday night to "
        "extend their unbeaten streak to 14 games.",
        ("contradicted", "count"),
    ),
    ("The Islanders stretched their unbeaten streak to 16 matches.", ("contradicted", "count")),
    # another day, another time or another run: not judged
    ("The Islanders extended their unbeaten streak to 14 games on Saturday.", ("omitted", "")),
    ("Last season the Islanders extended their unbeaten streak to 17 games.", ("omitted", "")),
    (
        "The Islanders extended their unbeaten streak to 16 games, one short of the club record.",
        ("omitted", ""),
    ),
    # a plan, a possibility, a quotation: not judged
    ("The Islanders hope to extend their unbeaten streak to 16 games.", ("omitted", "")),
    ("The Islanders could extend their unbeaten streak to 16 games.", ("omitted", "")),
    ('"The Islanders extended their unbeaten streak to 16 games," a fan said.', ("omitted", "")),
    # no verb of extending, no noun of games, another shape: not judged
    ("The Islanders' unbeaten streak ended at 16 games.", ("omitted", "")),
    ("The Islanders extended their unbeaten streak to 16.", ("omitted", "")),
    ("The Islanders took their unbeaten streak to 16 games.", ("omitted", "")),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_run_extended_to_a_length_is_judged(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, STREAK, PUBLISHED) == expected
