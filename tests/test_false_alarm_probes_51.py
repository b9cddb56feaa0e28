"""Case table of false alarms looked for in invented stories (a ferry fire off Oban, a crush at
a football ground's turnstiles) told through eyewitness and survivor accounts: long first-person
quotes by passengers, fans, rescuers and relatives full of their own numbers, times, places and
days (`I counted maybe 30 people`, `We left Leeds at six on Saturday`), paraphrased testimony
(`One witness said the ferry was doing 15 knots`), accounts that conflict, and a reporter's own
summary among them. The facts were written first, then the sentences that state nothing
contrary to them (``FIRST_RUN``) and those that state a wrong value for the fact's own event
(``CONTRADICTIONS``), each to clash on its slot, all before the checker first ran on them.

First run (at bdf6856): 2 false contradictions in 120 cells (40 sentences, each checked against
every fact of its story), and 5 of the 8 contradictions caught on their slot. The witnesses' own
days, times and towns (`We left Leeds at six on Sunday morning`) raised none. The two, each now
left unjudged by its own rule (tables below): `A coastguard spokesman said 12 people were
rescued from the water and the rest were taken off by lifeboat` (a count with the others of the
whole told apart after it, `and the rest`, `, the remaining 45`, is a part), and a steward's `It
was worse than the crush outside the Kop in 1998` (the phrase after `than`, past an article and
`when`, is the occurrence compared with, whose date and place are its own). The misses are in
``MISSED``: a wrong town for a fact's place the gazetteer does not hold (`Oban`: its country
alone places no other town outside it), and the crush told with its phrase alone as the subject,
which the event's implied subject does not reach.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

FERRY = """
story: saltire-star-fire
date: 2027-08-14
about: [ferry]
entities:
  ferry: {name: MV Saltire Star, aliases: [Saltire Star, the Saltire Star], kind: product,
    mention_only: [the ferry, the vessel]}
  coastguard: {name: HM Coastguard, aliases: [coastguard, the coastguard], kind: organisation}
  reid: {name: Captain Moira Reid, aliases: [Captain Reid, Reid], kind: person}
places:
  oban: {name: Oban, country: GB}
facts:
  - id: fire
    who: ferry
    what: [caught fire]
    where: oban
    when: 2027-08-14
  - id: rescued
    who: coastguard
    what: [people were rescued, rescued]
    count: 183
  - id: reid-quote
    who: reid
    quote: Every single passenger got off that ship alive
"""

CRUSH = """
story: hallam-park-crush
date: 2027-04-17
about: [crush]
entities:
  crush: {name: Hallam Park crush, kind: event, mention_only: [the crush]}
  garside: {name: Chief Superintendent Tom Garside, aliases: [Tom Garside, Garside], kind: person}
places:
  sheffield: {name: Sheffield, country: GB}
  ground: {name: Hallam Park, in: sheffield}
facts:
  - id: crush
    who: crush
    what: [crush at the Kop turnstiles, crush outside the Kop]
    where: ground
    when: 2027-04-17
  - id: injured
    who: crush
    what: [people were injured, were injured]
    count: 47
  - id: garside-quote
    who: garside
    quote: We will find out exactly what went wrong at that gate
"""

PUBLISHED = {
    FERRY: dt.date(2027, 8, 15),  # a Sunday: Saturday is August 14
    CRUSH: dt.date(2027, 4, 18),  # a Sunday: Saturday is April 17
}

FIRST_RUN = [
    (FERRY, s)
    for s in (
        '"I counted maybe 30 people in our lifeboat, and there were children crying," said Ellen'
        " Marsh, 44, from Glasgow.",
        '"We left Leeds at six on Friday and drove through the night to catch the first sailing,"'
        " said passenger Tom Barr.",
        '"The ferry caught fire about 20 minutes after we left Craignure," said passenger Dan'
        " Hooper.",
        'One witness said the Saltire Star caught fire "in seconds, not minutes".',
        "Another passenger, Sandra Kerr, said she saw smoke coming from the car deck at about"
        " 4.15pm.",
        '"They rescued 40 of us from the water, the rest went straight onto the lifeboats," said'
        " crewman Alan Petrie.",
        "A coastguard spokesman said 12 people were rescued from the water and the rest were taken"
        " off by lifeboat.",
        "Accounts differed: one passenger said the fire started in the engine room, another that it"
        " began in a lorry on the car deck.",
        '"I have done this crossing every Saturday for 15 years and never seen anything like it,"'
        " said lorry driver Gary Mowat.",
        'Captain Reid told the BBC: "Every single passenger got off that ship alive."',
        "Iain Campbell, coxswain of the Tobermory lifeboat, said his crew rescued 64 people in"
        " three trips.",
        "Mrs Kerr's daughter, who was waiting at the pier, said: \"I got the call at half four on"
        ' Saturday and thought the worst."',
        "By the coastguard's count, 183 people were rescued.",
        "One witness said the ferry was doing 15 knots when the alarm sounded; another put it"
        " closer to 10.",
        '"When the old Isle of Mull ferry caught fire in 2009 it took two hours to get everyone'
        ' off," said retired skipper Hamish Gray.',
        "All of the passengers were rescued within 90 minutes, according to the coastguard.",
        "Taken together, the accounts of the dozen survivors we spoke to describe a calm crew and"
        " a fire that spread in minutes.",
        '"We were told to go to muster station B. I think there were 200 of us on that deck," said'
        " student Priya Shah, 19.",
        '"My daughter rang me from the lifeboat at ten past four on Saturday," said her father, who'
        " drove up from Manchester on Sunday.",
        "The MV Saltire Star caught fire off Oban on Saturday afternoon.",
    )
] + [
    (CRUSH, s)
    for s in (
        '"I counted maybe 30 people on the ground by the turnstiles," said Rovers fan Kevin Doyle,'
        " 52.",
        '"We left Leeds at six on Sunday morning, so I was still shaking when I got home," said'
        " Doyle's son Liam.",
        "One witness said the crush at the Kop turnstiles started at 2.40pm; police put it at"
        " 2.52pm.",
        "Another fan said 12 people were injured in front of him alone.",
        '"It was worse than the crush outside the Kop in 1998," said steward Pat Hughes, who has'
        " worked at Hallam Park for 30 years.",
        "Paramedic Joanne Fell said she treated 19 people at the scene.",
        "Police said 47 people were injured, three of them seriously.",
        'Chief Superintendent Tom Garside said: "We will find out exactly what went wrong at that'
        ' gate."',
        "Fans said the crush outside the Kop was at Gate 6, not Gate 4 as the club first said.",
        '"My husband rang me from the hospital in Rotherham on Sunday morning," said Claire Doyle.',
        "Witness accounts conflict: some fans say a gate was opened, others insist it stayed shut.",
        "One witness said 5,000 fans were outside the turnstiles at 2.45pm; the club said fewer"
        " than 3,000.",
        '"Nobody was injured where I was standing, but you could hear the screams," said'
        " season-ticket holder Anne Walsh.",
        "Two fans were injured at the same gate in 2019, supporters' groups said.",
        "The crush at the Kop turnstiles happened before Saturday's 3pm kick-off against Barnsley.",
        'Liam Doyle, 24, said he was pulled over a barrier by a steward "with about ten seconds to'
        ' spare".',
        "Our reporter, who was at the ground, saw at least a dozen people being treated on the"
        " pitch.",
        "Fans had travelled from as far as Plymouth for the match, which was abandoned.",
        '"Four of my mates were injured, one has a broken leg," said Rovers fan Sam Kaye.',
        "Garside said officers would interview 200 witnesses over the next two weeks.",
    )
]

MISSED = [
    # Oban is not in the gazetteer: no other town is known to lie outside it
    (FERRY, "MV Saltire Star caught fire in Aberdeen on Saturday."),
    # the phrase alone as the subject, with `took place`/`happened`: no mention is found
    (CRUSH, "The crush at the Kop turnstiles took place on Friday."),
    (CRUSH, "The crush outside the Kop happened in Leeds on Saturday."),
]

CONTRADICTIONS = [
    (FERRY, "MV Saltire Star caught fire off Oban on Friday.", {"fire:when"}),
    (FERRY, "HM Coastguard said 138 people were rescued.", {"rescued:count"}),
    (
        FERRY,
        '"Every single passenger got off that ship injured," Captain Moira Reid said.',
        {"reid-quote:quote"},
    ),
    (CRUSH, "Police said 74 people were injured in the Hallam Park crush.", {"injured:count"}),
    (
        CRUSH,
        'Chief Superintendent Tom Garside said: "We will not find out exactly what went wrong at'
        ' that gate."',
        {"garside-quote:quote"},
    ),
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_a_sentence_that_states_nothing_contrary_does_not_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_for_the_fact_s_own_event_clashes_on_its_slot(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


@pytest.mark.parametrize("story, text", MISSED)
def test_contradictions_the_checker_misses_raise_nothing_else(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


PARTS_AND_COMPARISONS = [
    # (story, text, the clashes expected): a count with the others of the whole told after it
    (
        FERRY,
        "A coastguard spokesman said 12 people were rescued from the water and the rest were"
        " taken off by lifeboat.",
        set(),
    ),
    (
        FERRY,
        "HM Coastguard said 138 people were rescued from the water, the rest by lifeboat.",
        set(),
    ),
    (
        FERRY,
        "HM Coastguard said 138 people were rescued from the water and the remaining 45 by"
        " lifeboat.",
        set(),
    ),
    (
        FERRY,
        "138 people were rescued by HM Coastguard while the others were still missing.",
        set(),
    ),
    (FERRY, "HM Coastguard said 138 people were rescued.", {"rescued:count"}),
    (FERRY, "HM Coastguard said 138 people were rescued, the most in a decade.", {"rescued:count"}),
    (
        FERRY,
        "HM Coastguard said 138 people were rescued and the rest centre in Oban was full.",
        {"rescued:count"},
    ),
    # the phrase after `than`: the occurrence compared with, dated as its own
    (
        CRUSH,
        '"It was worse than the crush outside the Kop in 1998," said steward Pat Hughes, who has'
        " worked at Hallam Park for 30 years.",
        set(),
    ),
    (CRUSH, "It was more frightening than the crush at the Kop turnstiles in 2019.", set()),
    (
        FERRY,
        "The fire spread faster than when the ferry caught fire in 2009, the skipper said.",
        set(),
    ),
    (
        CRUSH,
        "It was the crush at the Kop turnstiles on Friday that frightened fans most.",
        {"crush:when"},
    ),
    (FERRY, "It was worse than feared when MV Saltire Star caught fire on Friday.", {"fire:when"}),
    (
        FERRY,
        "MV Saltire Star caught fire on Friday, more than an hour after leaving port.",
        {"fire:when"},
    ),
]


@pytest.mark.parametrize("story, text, expected", PARTS_AND_COMPARISONS)
def test_a_part_of_the_count_or_an_occurrence_compared_with_is_not_the_fact_s(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected
