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

First run (at a848f95): 4 false contradictions in 100 cells (20 sentences, each checked against
the story's five facts), and 4 of 5 contradictions caught on their slot. The false ones: the
containment of other days (`was 0% contained on Thursday`, `up from 5% contained on Friday`),
whose share and day both clashed; a denial of the fire's cause (`the fire did not break out from
a lightning strike`), read as denying that it broke out; and a night's growth (`The fire's
perimeter grew by 6,000 acres`), read as the acres burned. Each is now left unjudged by its own
rule (tables below): a share told on a day (`unit: '%'` and a `when` to the day) that clashes on
both its value and its day is another day's reading (``OTHER_DAYS_SHARES``; one clash alone is
judged, ``SHARES_JUDGED``); a number after a verb of growing or shrinking and `by` is a change
(``GROWTH``; the total after `to` or `has burned` is judged, ``TOTALS``); and `from a`/`from an`
right after a denied phrase is a source the denial may be about, as `in a` already was
(``DENIED_SOURCES``; a place, a day, `because of` or nothing after it is judged,
``DENIALS_JUDGED``). The missed one, a town the checker knows nothing of (`near Bend, Oregon`),
is in ``MISSED``.
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
    ("The Pine Ridge Fire has burned 14,800 acres.", {"acres:count"}),
    ("The Pine Ridge Fire has destroyed 73 homes.", {"homes:count"}),
    ("The Pine Ridge Fire was 25% contained on Saturday.", {"containment:count"}),
]


@pytest.mark.parametrize("text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_fire_clashes(text: str, expected: set[str]) -> None:
    assert clashes_on(text, FIRE, PUBLISHED) == expected


MISSED = [
    # a town in the fact's state that neither the story nor the world gazetteer holds: its
    # place is not known, so it is not judged (the story's own town, Chiloquin, is no city the
    # gazetteer holds either, so a well-known city of the same state is not set against it)
    "The Pine Ridge Fire broke out near Bend, Oregon, on Wednesday.",
]


@pytest.mark.parametrize("text", MISSED)
def test_contradictions_still_missed(text: str) -> None:
    assert clashes_on(text, FIRE, PUBLISHED) == set()


OTHER_DAYS_SHARES = [
    # a share that clashes on both its value and its day: that day's reading
    "The Pine Ridge Fire was 0% contained on Thursday.",
    "The fire was 15% contained on Saturday, up from 5% contained on Friday.",
    "The Pine Ridge Fire was 10 percent contained on Friday morning.",
    "On Friday the Pine Ridge Fire was 5% contained.",
]


@pytest.mark.parametrize("text", OTHER_DAYS_SHARES)
def test_another_day_s_share_is_that_day_s(text: str) -> None:
    assert clashes_on(text, FIRE, PUBLISHED) == set()


SHARES_JUDGED = [
    # a clash on the value or on the day alone, or no day: judged; and a count of no share
    ("The Pine Ridge Fire was 25% contained on Saturday.", {"containment:count"}),
    ("The Pine Ridge Fire was 15% contained on Friday.", {"containment:when"}),
    ("The Pine Ridge Fire was 25% contained.", {"containment:count"}),
    ("The Pine Ridge Fire has destroyed 73 homes since Thursday.", {"homes:count"}),
]


@pytest.mark.parametrize("text, expected", SHARES_JUDGED)
def test_a_share_s_value_or_day_alone_is_judged(text: str, expected: set[str]) -> None:
    assert clashes_on(text, FIRE, PUBLISHED) == expected


GROWTH = [
    # a verb of growing and `by` before the number: the change
    "The fire's perimeter grew by 6,000 acres on Friday night alone, officials said.",
    "The Pine Ridge Fire grew by 2,500 acres on Thursday.",
    "The Pine Ridge Fire has grown by 2,500 acres since Friday.",
    "The Pine Ridge Fire expanded by 2,100 acres on Saturday.",
]


@pytest.mark.parametrize("text", GROWTH)
def test_a_growth_by_a_number_is_a_change(text: str) -> None:
    assert clashes_on(text, FIRE, PUBLISHED) == set()


TOTALS = [
    # the total after `to`, a verb of burning, or growth told with no number: judged
    ("The Pine Ridge Fire grew to 14,800 acres.", {"acres:count"}),
    ("The Pine Ridge Fire has burned 14,800 acres.", {"acres:count"}),
    ("The Pine Ridge Fire grew by 6,000 acres to 14,800 acres.", {"acres:count"}),
    ("The Pine Ridge Fire, which grew overnight, has burned 14,800 acres.", {"acres:count"}),
    (
        "The Pine Ridge Fire has destroyed 73 homes, and officials said it grew by 6,000 acres.",
        {"homes:count"},
    ),
]


@pytest.mark.parametrize("text, expected", TOTALS)
def test_the_total_burned_is_judged(text: str, expected: set[str]) -> None:
    assert clashes_on(text, FIRE, PUBLISHED) == expected


DENIED_SOURCES = [
    # `from a`/`from an` right after the denied phrase: the source is denied, not the act
    "Officials said the fire did not break out from a lightning strike.",
    "The Pine Ridge Fire did not break out from a campfire, investigators said.",
    "The Pine Ridge Fire did not break out from an arc in a power line.",
]


@pytest.mark.parametrize("text", DENIED_SOURCES)
def test_a_denied_source_leaves_the_act_told(text: str) -> None:
    assert clashes_on(text, FIRE, PUBLISHED) == set()


DENIALS_JUDGED = [
    # a place, a day, `because of`, a name after `from`, or nothing after it: the act denied
    "The Pine Ridge Fire did not break out near Chiloquin.",
    "The Pine Ridge Fire did not break out on Wednesday.",
    "The Pine Ridge Fire did not break out because of a lightning strike.",
    "The Pine Ridge Fire did not break out from Chiloquin.",
    "The Pine Ridge Fire did not break out.",
]


@pytest.mark.parametrize("text", DENIALS_JUDGED)
def test_the_fire_s_denied_outbreak_is_judged(text: str) -> None:
    assert clashes_on(text, FIRE, PUBLISHED) == {"broke-out:what"}
