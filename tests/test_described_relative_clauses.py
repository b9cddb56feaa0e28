"""Case table of an age description (`the 48-year-old`) as the subject of a count fact's phrase
past the phrase's own number and the verb it is the object of (`The 48-year-old had spent 14
months in the post`), and as the subject of a relative clause (`The 48-year-old, who had spent
14 months in the post, resigned`): it refers back to the one person named before, as it does
right before a phrase (rule path `described/...`). After `a`, before a noun that is none of
the person's names, with `whose`, or with two persons named before, it does not."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

STORY = """
story: described-relative
date: 2025-06-12
about: [aldane]
entities:
  aldane: {name: Claire Aldane, aliases: [Aldane], kind: person}
  hartley: {name: Tom Hartley, aliases: [Hartley], kind: person}
facts:
  - id: months
    who: aldane
    what: [months in the post]
    count: 14
"""

BEFORE = "Claire Aldane quit on Thursday. "


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The 48-year-old, who had spent 16 months in the post, said sorry.", {"months:count"}),
        ("The 48-year-old had spent 16 months in the post.", {"months:count"}),
        ("The 48-year-old, who had 16 months in the post, said sorry.", {"months:count"}),
        ("The 48-year-old, who had spent 14 months in the post, said sorry.", set()),
        # near-misses: a new person, another noun, `whose`, a word between, two persons
        ("A 48-year-old, who had spent 16 months in the post, said sorry.", set()),
        ("The 48-year-old aide, who had spent 16 months in the post, said sorry.", set()),
        ("The 48-year-old, whose aide had spent 16 months in the post, said sorry.", set()),
        ("The 48-year-old, who thinks Hartley spent 16 months in the post, said sorry.", set()),
        (
            "Hartley thanked her. The 48-year-old, who had spent 16 months in the post, left.",
            set(),
        ),
    ],
)
def test_description_before_a_relative_clause(text: str, expected: set[str]) -> None:
    assert clashes_on(BEFORE + text, STORY, dt.date(2025, 6, 13)) == expected
