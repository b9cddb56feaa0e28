"""Case table of a phrase of going off (`lifted off`, `blasted off`, `took off`) as a departure:
the place after `from` is where the act happened and is judged (`The Kestrel 9 blasted off from
California`: `where.origin-after-phrase`), as for `left` or `set off`; a place it goes `to` is
not its place, and other verbs before `off` (`cut off from`, `sealed off from`) tell no
departure."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

STORY = """
story: lift-off-places
date: 2025-11-04
about: [kestrel]
entities:
  kestrel: {name: Kestrel 9, aliases: [Kestrel], kind: product}
places:
  us: {name: United States, country: US}
  florida: {name: Florida, in: us}
  cape: {name: Cape Canaveral, in: florida}
facts:
  - id: launched
    who: kestrel
    what: [lifted off, blasted off, took off]
    where: cape
  - id: cut
    who: kestrel
    what: [was cut off]
    where: cape
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Kestrel 9 blasted off from California on Tuesday.", {"launched:where"}),
        ("The Kestrel 9 lifted off from Texas.", {"launched:where"}),
        ("The Kestrel 9 took off from California.", {"launched:where"}),
        ("The Kestrel 9 lifted off from Cape Canaveral on Tuesday.", set()),
        # near-misses: where it goes, another verb before `off`
        ("The Kestrel 9 lifted off to California.", set()),
        ("The Kestrel 9 was cut off from California.", set()),
    ],
)
def test_a_place_after_from(text: str, expected: set[str]) -> None:
    assert clashes_on(text, STORY, dt.date(2025, 11, 5)) == expected
