"""Case table: a noun of the act of an event (`the derailment`, `the evacuation`) with its own
date, place or count states the event's fact, in a sentence that names no other actor (`The
derailment on Wednesday injured 19 people`, `the evacuation of 8,000 residents in San Diego on
Friday`). Near-misses, not judged: an earlier derailment, another's act named in the sentence,
an evacuation that is only forecast."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on, verdict

DERAILMENT = """
story: sandilands-derailment
date: 2025-03-05
about: [tram]
entities:
  tram:
    name: Sandilands tram derailment
    kind: event
  tramlink:
    name: Tramlink
    kind: organisation
places:
  croydon: {name: Croydon}
  sandilands: {name: Sandilands, in: croydon}
  wimbledon: {name: Wimbledon}
facts:
  - id: derailed
    who: tram
    what: [derailed]
    where: sandilands
    when: 2025-03-05
"""
FIRE = """
story: cedar-ridge-fire
date: 2025-06-13
about: [fire]
entities:
  fire:
    name: Cedar Ridge fire
    kind: event
    mention_only: [the fire, the blaze]
  calfire:
    name: Cal Fire
    kind: organisation
places:
  california: {name: California}
  san-diego: {name: San Diego, in: california}
  fresno: {name: Fresno, in: california}
facts:
  - id: evacuated
    who: fire
    what: [evacuated residents]
    count: 8000
    where: san-diego
    when: 2025-06-13
"""
FIRE_ACT = FIRE.replace("what: [evacuated residents]", "what: [evacuated]")
"""The act alone: the count and the place stand after the phrase (`evacuation of 8,000
residents in San Diego`)."""
THURSDAY = dt.date(2025, 3, 6)  # the Wednesday before is 2025-03-05
SATURDAY = dt.date(2025, 6, 14)  # the Friday before is 2025-06-13
RAIL = (DERAILMENT, THURSDAY)
EVAC = (FIRE, SATURDAY)
EVACUATION = "the evacuation of 8,000 residents in San Diego on Friday"

CASES = [
    (RAIL, "The derailment on Wednesday injured 19 people.", "consistent", set()),
    (RAIL, "The derailment on Tuesday injured 19 people.", "contradicted", {"derailed:when"}),
    (RAIL, "The derailment near Sandilands injured 19 people.", "consistent", set()),
    (RAIL, "The derailment near Wimbledon injured 19 people.", "contradicted", {"derailed:where"}),
    (EVAC, f"The fire forced {EVACUATION}.", "consistent", set()),
    (EVAC, f"The Cedar Ridge fire forced {EVACUATION}.", "consistent", set()),
    (
        EVAC,
        f"The fire forced {EVACUATION.replace('8,000', '9,000')}.",
        "contradicted",
        {"evacuated:count"},
    ),
    (
        EVAC,
        f"The fire forced {EVACUATION.replace('San Diego', 'Fresno')}.",
        "contradicted",
        {"evacuated:where"},
    ),
    (
        EVAC,
        f"The fire forced {EVACUATION.replace('Friday', 'Thursday')}.",
        "contradicted",
        {"evacuated:when"},
    ),
    (
        EVAC,
        "The evacuation of 9,000 residents in San Diego on Friday was orderly.",
        "contradicted",
        {"evacuated:count"},
    ),
    (
        (FIRE_ACT, SATURDAY),
        f"The blaze forced {EVACUATION.replace('San Diego', 'Fresno')}.",
        "contradicted",
        {"evacuated:where"},
    ),
    ((FIRE_ACT, SATURDAY), f"The blaze forced {EVACUATION}.", "consistent", set()),
    # near-misses: not judged
    (RAIL, "An earlier derailment on Tuesday injured 19 people.", "omitted", set()),
    (RAIL, "A previous derailment near Wimbledon injured 19 people.", "omitted", set()),
    (RAIL, "Tramlink blamed the derailment on Tuesday on speed.", "omitted", set()),
    (
        EVAC,
        "Cal Fire forced the evacuation of 9,000 residents in Fresno on Thursday.",
        "omitted",
        set(),
    ),
    (
        EVAC,
        "The fire could force the evacuation of 9,000 residents in Fresno on Thursday.",
        "omitted",
        set(),
    ),
    (
        EVAC,
        "Officials lifted the evacuation of 9,000 residents in Fresno on Thursday.",
        "omitted",
        set(),
    ),
    (
        EVAC,
        "Cal Fire lifted the fire's evacuation of 9,000 residents on Thursday.",
        "omitted",
        set(),
    ),
    (
        EVAC,
        "Officials forecast the evacuation of 9,000 residents in Fresno on Thursday.",
        "omitted",
        set(),
    ),
]

KNOWN: dict[str, tuple[str, str]] = {
    # a sentence of CASES the checker reads otherwise: the status it says instead, and why
}


@pytest.mark.parametrize("story, text, status, clashes", CASES)
def test_an_event_act_named_by_its_noun(
    story: tuple[str, dt.date], text: str, status: str, clashes: set[str]
) -> None:
    found = (verdict(text, *story)[0], clashes_on(text, *story))
    if text in KNOWN:  # still read otherwise: a fix shows here
        assert found[0] == KNOWN[text][0]
    else:
        assert found == (status, clashes)
