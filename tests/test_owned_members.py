"""Case table of an object that is the subject's own earlier member of a kind the story names
(`Corvid launched its first Kestrel from the Cape in 2021`, the story's rocket being a
Kestrel): the act done to that one is another occurrence, whose date and place are not judged;
the near-misses that tell the fact's own act still clash."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

STORY = """
story: owned-members
date: 2025-11-04
about: [corvid, kestrel]
entities:
  corvid: {name: Corvid Space, aliases: [Corvid], kind: organisation}
  kestrel: {name: Kestrel 9, aliases: [Kestrel], kind: product}
places:
  us: {name: United States, country: US}
  florida: {name: Florida, in: us}
  cape: {name: Cape Canaveral, aliases: [the Cape], in: florida}
  california: {name: California, in: us}
  vandenberg: {name: Vandenberg, in: california}
facts:
  - id: launch
    who: [kestrel, corvid]
    what: [launched, lifted off]
    where: cape
    when: 2025-11-04
"""

PUBLISHED = dt.date(2025, 11, 5)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the subject's own earlier member of the kind: another launch
        ("Corvid launched its first Kestrel from the Cape in 2021.", set()),
        ("Corvid launched its previous Kestrel from Vandenberg in March.", set()),
        ("Corvid launched its maiden Kestrel 9 from Vandenberg on Monday.", set()),
        # near-misses: no ordinal, a noun the story does not name, `latest`, lower case
        ("Corvid launched its Kestrel from the Cape on Monday.", {"launch:when"}),
        ("Corvid launched its first satellites from the Cape on Monday.", {"launch:when"}),
        ("Corvid launched its latest Kestrel on Monday.", {"launch:when"}),
        ("Corvid launched its first rocket from the Cape on Monday.", {"launch:when"}),
    ],
)
def test_owned_member_object(text: str, expected: set[str]) -> None:
    assert clashes_on(text, STORY, PUBLISHED) == expected
