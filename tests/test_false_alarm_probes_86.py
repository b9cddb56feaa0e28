"""Case table of false alarms looked for in an invented story told as a wildfire and evacuation
report (a fire that broke out near a town in a county on a date, the acres it burned, the homes
it destroyed, its containment on the day of the report, a fire chief's words): evacuation orders
with their own times and places, containment on other days, the area in hectares, earlier fires'
sizes and years, wind speeds and forecasts, `no deaths have been reported`, towns the fire moved
towards, other fires burning elsewhere, a caption. The facts were written first (`factcheck
validate` advised naming this fire's start in the phrase rather than `started`/`began`, and the
fact was written that way), then the sentences that state nothing contrary to them
(``FIRST_RUN``) and those that state a wrong value for the fact's own event
(``CONTRADICTIONS``), all before the checker first ran on them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

FIRE = """story: pine-ridge-fire
date: 2027-08-14
about: [pine-ridge-fire]
entities:
  pine-ridge-fire: {name: Pine Ridge Fire, aliases: [the Pine Ridge Fire], kind: event}
  delgado: {name: Marco Delgado, aliases: [Delgado, Chief Delgado], kind: person}
places:
  us: {name: United States, country: US}
  oregon: {name: Oregon, in: us}
  klamath-county: {name: Klamath County, in: oregon}
  chiloquin: {name: Chiloquin, in: klamath-county}
facts:
  - id: broke-out
    who: pine-ridge-fire
    what: [broke out, erupted]
    where: chiloquin
    when: 2027-08-11
  - id: acres
    who: pine-ridge-fire
    what: [acres]
    count: 18400
  - id: homes
    who: pine-ridge-fire
    what: [homes destroyed, destroyed homes, has destroyed homes]
    count: 37
  - id: containment
    who: pine-ridge-fire
    what: [contained, percent contained, per cent contained]
    count: 15
    unit: '%'
    when: 2027-08-14
  - id: delgado-quote
    who: delgado
    quote: The wind turned on us overnight and pushed the fire straight at the ridge
"""
PUBLISHED = dt.date(2027, 8, 15)  # a Sunday: the fire broke out on Wednesday, August 11

FIRST_RUN = [
    "The Pine Ridge Fire broke out near Chiloquin in Klamath County, Oregon, on Wednesday"
    " afternoon and has burned 18,400 acres.",
    "The fire has destroyed 37 homes and was 15% contained on Saturday, up from 5% contained on"
    " Friday.",
    "The Pine Ridge Fire was 0% contained on Thursday, when gusts of 45mph drove it across"
    " Highway 97.",
    "Evacuation orders were issued for Sprague River at 2am on Friday and for Beatty at 6pm on"
    " Saturday.",
    "The Pine Ridge Fire, which broke out near Chiloquin, has moved east towards Sprague River"
    " and Beatty.",
    'Fire chief Marco Delgado said: "The wind turned on us overnight and pushed the fire'
    ' straight at the ridge."',
    "No deaths have been reported, but two firefighters were treated for heat exhaustion in"
    " Klamath Falls.",
    "The fire has burned about 7,450 hectares, an area larger than the city of Portland.",
    "The Bootleg Fire, which broke out in Klamath County in July 2021, burned 413,765 acres and"
    " destroyed 161 homes.",
    "In 2020 the Archie Creek Fire broke out east of Roseburg and destroyed 109 homes.",
    "Forecasters expect winds of 25mph on Sunday and a 20 percent chance of thunderstorms on"
    " Monday.",
    "More than 900 firefighters and 12 helicopters are working on the fire, which is expected to"
    " be 40% contained by Wednesday.",
    'Chief Delgado told reporters on Thursday: "We are not going to contain this fire this week."',
    "Smoke from the Pine Ridge Fire rises over Chiloquin on Friday (Oregon Department of Forestry)",
    "About 2,300 people have been told to leave their homes, and 410 homes in Beatty are under a"
    " level 3 order.",
    "In California, the Dixon Fire has burned 52,000 acres and was 60% contained on Saturday.",
    "Officials said the fire did not break out from a lightning strike, and its cause is under"
    " investigation.",
    "Delgado, who has fought fires in Klamath County for 26 years, said 37 homes was the most he"
    " had seen destroyed in a week.",
    "A red flag warning is in effect until 8pm on Monday, with humidity as low as 8 percent.",
    "The fire's perimeter grew by 6,000 acres on Friday night alone, officials said.",
]


@pytest.mark.parametrize("text", FIRST_RUN)
def test_a_wildfire_report_raises_no_clash(text: str) -> None:
    assert clashes_on(text, FIRE, PUBLISHED) == set()


CONTRADICTIONS = [
    ("The Pine Ridge Fire broke out near Chiloquin on Thursday.", {"broke-out:when"}),
    ("The Pine Ridge Fire broke out near Bend, Oregon, on Wednesday.", {"broke-out:where"}),
    ("The Pine Ridge Fire has burned 14,800 acres.", {"acres:count"}),
    ("The Pine Ridge Fire has destroyed 73 homes.", {"homes:count"}),
    ("The Pine Ridge Fire was 25% contained on Saturday.", {"containment:count"}),
]


@pytest.mark.parametrize("text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_fire_clashes(text: str, expected: set[str]) -> None:
    assert clashes_on(text, FIRE, PUBLISHED) == expected
