"""Case table: a death toll that rose to or stands at a number states a fact of deaths (`what:
[killed, dead, died]`): `The death toll from Tuesday's earthquake rose to 47`, `the death toll
stands at 47`, `bringing the death toll to 47` with no other count before. Near-misses, not
judged: another event's toll (`the toll from the 2010 quake`), a forecast (`could rise to
60`), an earlier figure (`had risen to 30 by Monday`), an increment before a running total
(`Three more people died, bringing the death toll to 37`: the three are not the toll), a toll
of another thing (`the injury toll`) and a toll with no number after `to`/`at`."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on, verdict

QUAKE = """
story: arequipa-quake-2025
date: 2025-02-11
about: [quake]
entities:
  quake:
    name: Arequipa earthquake
    kind: event
    mention_only: [the earthquake, the quake, the tremor]
places:
  peru: {name: Peru}
facts:
  - id: toll
    who: quake
    what: [killed, dead, died]
    count: 47
"""
PUBLISHED = dt.date(2025, 2, 12)
C = {"toll:count"}

CASES = [
    ("The death toll from Tuesday's magnitude 6.8 earthquake rose to 47.", "consistent", set()),
    ("The death toll from Tuesday's magnitude 6.8 earthquake rose to 53.", "contradicted", C),
    ("The death toll from the earthquake has risen to 53.", "contradicted", C),
    ("The quake's death toll climbed to 53 on Wednesday.", "contradicted", C),
    ("The death toll stands at 53, officials said.", "contradicted", C),
    ("Rescuers found six more bodies, bringing the death toll to 53.", "omitted", set()),
    ("Rescuers found more bodies, bringing the death toll to 53.", "contradicted", C),
    ("The death toll reached 47 on Wednesday.", "consistent", set()),
    # near-misses: not judged
    ("The death toll from the 2010 quake rose to 300.", "omitted", set()),
    ("Officials said the death toll could rise to 60.", "omitted", set()),
    ("The death toll is expected to rise to 60.", "omitted", set()),
    ("The death toll had risen to 30 by Monday night.", "omitted", set()),
    ("Three more people died, bringing the death toll to 37.", "omitted", set()),
    ("The injury toll from the earthquake rose to 300.", "omitted", set()),
    ("The death toll from the earthquake is still rising.", "omitted", set()),
    ("In Ecuador, the death toll from the floods rose to 12.", "omitted", set()),
    ("The death toll from last month's floods rose to 12.", "omitted", set()),
    ("The death toll in the bus crash rose to 12.", "omitted", set()),
]


@pytest.mark.parametrize("text, status, clashes", CASES)
def test_a_death_toll(text: str, status: str, clashes: set[str]) -> None:
    found = (verdict(text, QUAKE, PUBLISHED)[0], clashes_on(text, QUAKE, PUBLISHED))
    assert found == (status, clashes)
