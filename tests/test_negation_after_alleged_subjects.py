"""Case table of `alleged` after a determiner before a denial (`The alleged slasher, Rodolfo
Lopez, has not surrendered to the NYPD`): there `alleged` describes the noun after it, a name for
the subject, and keeps no account at a distance, so the inserted negation is judged. `alleged` as
a verb (`Prosecutors alleged Lopez had not surrendered`), or `allegedly`, still keeps the account
at a distance and the denial is not judged."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

STORY = """
story: alleged-subjects
date: 2014-12-28
about: [lopez]
entities:
  lopez: {name: Rodolfo Lopez, aliases: [Lopez], kind: person}
facts:
  - id: lopez-surrendered
    who: lopez
    what: [surrendered to the NYPD]
"""

PUBLISHED = dt.date(2015, 1, 2)


@pytest.mark.parametrize(
    "text, expected",
    [
        # `alleged` after a determiner describes the subject: the denial is judged
        (
            "The alleged slasher, Rodolfo Lopez, fled the scene and has not surrendered"
            " to the NYPD.",
            {"lopez-surrendered:what"},
        ),
        ("The alleged gunman, Lopez, has not surrendered to the NYPD.", {"lopez-surrendered:what"}),
        (
            "An alleged gang member, Lopez, never surrendered to the NYPD.",
            {"lopez-surrendered:what"},
        ),
        # `alleged` as a verb, or `allegedly`: an account kept at a distance, not judged
        ("Prosecutors alleged Lopez had not surrendered to the NYPD.", set()),
        ("Lopez allegedly did not surrender to the NYPD.", set()),
        # as published: no clash
        (
            "The alleged slasher, Rodolfo Lopez, fled the scene and later surrendered to the NYPD.",
            set(),
        ),
    ],
)
def test_alleged_before_the_subject(text: str, expected: set[str]) -> None:
    assert clashes_on(text, STORY, PUBLISHED) == expected
