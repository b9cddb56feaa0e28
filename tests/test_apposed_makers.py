"""Case table: a phrase that opens an apposition right after a name and is closed by a known
name after `from`/`by` (`The drama, the second feature from director Ada Lind, opened`)
belongs to that name: the maker whose thing the phrase's noun is, as `her second feature`
would (rule path `owner/...`). Near-misses: more than three words or a preposition between
`from`/`by` and the name (`from the studio of Ada Lind`), a name that owns another noun
(`from Ada Lind's studio`), an apposition closed before `from` (`, the second feature, came
from`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

FILM = """
story: moonrise-opening
date: 2025-03-09
about: [moonrise]
entities:
  moonrise: {name: Moonrise, kind: product, mention_only: [the film, the drama]}
  lind: {name: Ada Lind, aliases: [Lind], kind: person}
places: {}
facts:
  - id: third-feature
    who: lind
    what: [feature, film]
    count: 3
    ordinal: true
"""
PUBLISHED = dt.date(2025, 3, 10)


def verdict(text: str) -> tuple[str, str]:
    (result,) = check_on(text, FILM, PUBLISHED)
    clashes = ",".join(s.rule for s in result.slots if s.status == "contradicted")
    return result.status, clashes


OMITTED = ("omitted", "")
FITS = ("consistent", "")
CLASH = ("contradicted", "owner/count.number-before-phrase")

CASES = [
    ("The drama, the third feature from director Ada Lind, opened on Friday.", FITS),
    ("The drama, the second feature from director Ada Lind, opened on Friday.", CLASH),
    ("Moonrise, the second film by Ada Lind, opened on Friday.", CLASH),
    ("The slow-burning drama, the second feature from Ada Lind, opened.", CLASH),
    # near-misses: a preposition or too many words between, another noun owned, closed early
    ("The drama, the second feature from the studio of Ada Lind, opened.", OMITTED),
    ("The drama, the second feature from a studio run by Ada Lind, opened.", OMITTED),
    ("The drama, the second feature from Ada Lind's studio, opened.", OMITTED),
    ("The drama, the second feature, came from Ada Lind.", OMITTED),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_an_apposition_closed_by_its_maker(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text) == expected
