"""Case table of a death toll stating a fact of deaths that has a `when` and a `where` (`The
death toll from the earthquake rose to 53`): its count is judged as the toll's value, as for a
fact with neither, while the toll's sentence judges no date or place (`rose to 47 on Thursday`,
`announced in Lima`): they are the count's, not the deaths'."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on, verdict

QUAKE = """
story: dated-tolls
date: 2025-02-11
about: [quake]
entities:
  quake: {name: Arequipa earthquake, kind: event, mention_only: [the earthquake, the quake]}
places:
  peru: {name: Peru, country: PE}
  arequipa: {name: Arequipa, in: peru}
  lima: {name: Lima, in: peru}
  chile: {name: Chile, country: CL}
facts:
  - id: toll
    who: quake
    what: [killed, dead, died]
    count: 47
    when: 2025-02-11
    where: arequipa
"""
PUBLISHED = dt.date(2025, 2, 14)


@pytest.mark.parametrize(
    "text, status, clashes",
    [
        ("The death toll from the earthquake rose to 53.", "contradicted", {"toll:count"}),
        ("The death toll from the earthquake rose to 47 on Thursday.", "consistent", set()),
        ("The quake's death toll stands at 47 in Lima, officials said.", "consistent", set()),
        ("The death toll from the earthquake stood at 47 in Chile.", "consistent", set()),
        # near-misses: another event's toll, a forecast
        ("The death toll from the 2010 quake rose to 300.", "omitted", set()),
        ("The death toll from the earthquake could rise to 60.", "omitted", set()),
    ],
)
def test_a_toll_of_a_dated_fact(text: str, status: str, clashes: set[str]) -> None:
    found = (verdict(text, QUAKE, PUBLISHED)[0], clashes_on(text, QUAKE, PUBLISHED))
    assert found == (status, clashes)
