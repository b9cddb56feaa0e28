"""Five more invented stories of kinds the other tables do not hold (a mayoral election, a
software company's acquisition, a rocket launch, a nurses' strike, a mine rescue), each told by
two or three outlets in their own phrasing, with planted contradictions. The fact files were
written first, as a curator would, then every (article, fact) cell was labelled by reading the
text, and the planted edits written, all before the checker first ran on them.

First run (commit 93e774f, the checker of 2d94c9b): 58 of 82 facts stated found consistent,
5 of 5 omissions found, 30 of 50 planted contradictions caught on the right slot, and 1 false
contradiction (1 of 87 cells: `Corvid launched its first Kestrel from the Cape in 2021` dated
the story's launch), which also showed on 2 planted articles.

After the rules these misses taught (an earlier member of the kind the story names as the
phrase's object, `after` opening a span of time in a sentence that implies the event, a
negator between the phrase's words, a sentence ending with a clock time, a tally's value after
a verb of being or reaching, a date between the phrase's words, a measure before money after
`to`, a name past a comma after the phrase is no object, the year of the figure a change is
measured from, a place after `of` and an office noun ending the phrase): 64 of 82 found, 5 of
5 omissions, 36 of 50 planted contradictions caught, no false contradiction.
What is left: paraphrases (`swept to victory`, `After three scrubbed attempts`, `postponed
three times`, `6,500 of its members`, `trapped for four days`, `after 96 hours` for days),
nouns of the act (`began the walkout`), a subject the sentence names only inside another
phrase (`All seven men trapped in the San Telmo copper mine ... have been rescued`, `Members
of the Nursing Workers' Union ..., after turning down`), an act on another entity the fact's
`who` does not list (`will acquire Clearpath Analytics`), approximate numbers further off
than 25% (`about 12 minutes`), a city within 50 km of the fact's, and a quote reworded at the
end of its first piece.

A cell the checker gets wrong is listed in ``KNOWN`` with what it says and why: the table
asserts that it still says so, so a fix shows (and must move the entry out).
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import parse_story
from tests import story_tables as tables

ELECTION = """
story: winnipeg-mayor-2025
title: Grace Okonkwo elected mayor of Winnipeg
date: 2025-10-22
about: [okonkwo, election]
entities:
  okonkwo:
    name: Grace Okonkwo
    aliases: [Okonkwo, Ms. Okonkwo]
    kind: person
    mention_only: [the mayor-elect]
  dubois:
    name: Marc Dubois
    aliases: [Dubois, Mr. Dubois]
    kind: person
  election:
    name: Winnipeg mayoral election
    kind: event
    mention_only: [the election, the mayoral election]
places:
  canada: {name: Canada, country: CA}
  manitoba: {name: Manitoba, in: canada}
  winnipeg: {name: Winnipeg, in: manitoba}
facts:
  - id: elected
    who: okonkwo
    what: [won the mayoral election, won the election, won the race, was elected mayor,
      elected mayor]
    where: winnipeg
    when: 2025-10-22
    required: true
    exclusive: true
  - id: vote-share
    who: okonkwo
    what: [of the vote, of the votes]
    count: 52.4
    unit: "%"
  - id: turnout
    who: election
    what: [turnout]
    count: 41
    unit: "%"
  - id: okonkwo-age
    who: okonkwo
    what: [year-old, aged]
    count: 44
  - id: conceded
    who: dubois
    what: [conceded, conceded defeat]
    when: 2025-10-22
  - id: okonkwo-quote
    who: okonkwo
    quote: Tonight Winnipeg chose to build a city that works for everyone, and I will not let
      you down
"""

DEAL = """
story: norhaven-clearpath-deal
title: Norhaven Software to buy Clearpath Analytics for $4.2 billion
date: 2025-03-10
about: [norhaven, clearpath]
entities:
  norhaven:
    name: Norhaven Software
    aliases: [Norhaven]
    kind: organisation
    mention_only: [the company, the buyer]
  clearpath:
    name: Clearpath Analytics
    aliases: [Clearpath]
    kind: organisation
  lindqvist:
    name: Ingrid Lindqvist
    aliases: [Lindqvist, Ms. Lindqvist]
    kind: person
  mehta:
    name: Arjun Mehta
    aliases: [Mehta, Mr. Mehta]
    kind: person
places:
  us: {name: United States, aliases: [U.S., US], country: US}
  texas: {name: Texas, in: us}
  austin: {name: Austin, in: texas}
  colorado: {name: Colorado, in: us}
  denver: {name: Denver, in: colorado}
facts:
  - id: deal
    who: norhaven
    what: [agreed to buy, agreed to acquire, will buy, will acquire, is buying, is acquiring]
    when: 2025-03-10
    required: true
    exclusive: true
  - id: price
    who: norhaven
    what: [deal worth, deal valued at, all-cash deal, deal]
    count: 4200000000
  - id: employees
    who: clearpath
    what: [employees, staff]
    count: 1300
  - id: share-jump
    who: clearpath
    what: [shares rose, shares jumped, shares climbed, shares closed up, stock rose]
    count: 18
    unit: "%"
  - id: lindqvist-quote
    who: lindqvist
    quote: "Clearpath gives our customers the one thing they keep asking us for: answers they
      can trust"
"""

LAUNCH = """
story: corvid-meridian-launch
title: Corvid Space launches 24 Meridian satellites from Cape Canaveral
date: 2025-11-04
about: [corvid, kestrel]
entities:
  corvid:
    name: Corvid Space
    aliases: [Corvid]
    kind: organisation
    mention_only: [the company]
  kestrel:
    name: Kestrel 9
    aliases: [Kestrel 9 rocket, Kestrel]
    kind: product
    mention_only: [the rocket, the booster]
  ramos:
    name: Elena Ramos
    aliases: [Ramos]
    kind: person
  kerr:
    name: Nathan Kerr
    aliases: [Kerr]
    kind: person
places:
  us: {name: United States, aliases: [U.S., US], country: US}
  florida: {name: Florida, aliases: [Fla.], in: us}
  cape: {name: Cape Canaveral, aliases: [the Cape], in: florida}
  ccsfs: {name: Cape Canaveral Space Force Station, in: cape}
facts:
  - id: launched
    who: [kestrel, corvid]
    what: [lifted off, launched, blasted off]
    where: cape
    when: 2025-11-04
    required: true
  - id: satellites
    who: [kestrel, corvid]
    what: [satellites]
    count: 24
  - id: landing-minutes
    who: kestrel
    what: [minutes after liftoff, minutes after launch]
    count: 8
  - id: delays
    who: [corvid, kestrel]
    what: [delays, scrubs]
    count: 3
  - id: ramos-quote
    who: ramos
    quote: Every one of the 24 satellites is healthy and talking to us
"""

STRIKE = """
story: manchester-nurses-strike
title: 6,500 nurses strike at 14 Manchester hospitals over pay
date: 2025-02-03
about: [union, strike]
entities:
  union:
    name: Nursing Workers' Union
    aliases: [NWU]
    kind: organisation
    mention_only: [the union]
  strike:
    name: Manchester nurses' strike
    kind: event
    mention_only: [the strike, the walkout]
  carr:
    name: Helen Carr
    aliases: [Carr, Ms Carr]
    kind: person
  whitcombe:
    name: Simon Whitcombe
    aliases: [Whitcombe, Mr Whitcombe]
    kind: person
places:
  uk: {name: Britain, aliases: [UK, United Kingdom], country: GB}
  england: {name: England, in: uk}
  greater-manchester: {name: Greater Manchester, in: england}
  manchester: {name: Manchester, in: greater-manchester}
facts:
  - id: walked-out
    who: [union, strike]
    what: [walked out, went on strike, began a strike, staged a walkout]
    where: manchester
    when: 2025-02-03
    required: true
  - id: nurses
    who: [union, strike]
    what: [nurses]
    count: 6500
  - id: hospitals
    who: [union, strike]
    what: [hospitals]
    count: 14
  - id: hours
    who: [union, strike]
    what: [hour strike, hour walkout]
    count: 48
  - id: pay-offer
    who: union
    what: [pay offer, pay rise]
    count: 3.5
    unit: "%"
  - id: carr-quote
    who: carr
    quote: Nobody becomes a nurse to stand on a picket line, but we have been left with no
      choice
  - id: whitcombe-quote
    who: whitcombe
    quote: Patients who need urgent care will still receive it
"""

MINE = """
story: san-telmo-mine-rescue
title: Seven miners rescued after four days trapped in Chilean copper mine
date: 2025-07-19
about: [rescue, mine]
entities:
  rescue:
    name: San Telmo mine rescue
    kind: event
    mention_only: [the rescue, the rescue operation]
  mine:
    name: San Telmo mine
    aliases: [San Telmo]
    kind: organisation
    mention_only: [the mine]
  rojas:
    name: Diego Rojas
    aliases: [Rojas]
    kind: person
  vidal:
    name: Carolina Vidal
    aliases: [Vidal, Minister Carolina Vidal]
    kind: person
places:
  chile: {name: Chile, country: CL}
  atacama: {name: Atacama, aliases: [Atacama region], in: chile}
  copiapo: {name: Copiapó, aliases: [Copiapo], in: atacama}
facts:
  - id: rescued
    who: [rescue, mine]
    what: [were rescued, were brought to the surface, were pulled out, rescued, emerged]
    where: copiapo
    when: 2025-07-19
    required: true
  - id: miners
    who: [rescue, mine]
    what: [miners]
    count: 7
  - id: days
    who: [rescue, mine]
    what: [days underground, days trapped]
    count: 4
  - id: depth
    who: [rescue, mine]
    what: [metres below the surface, metres underground]
    count: 320
    unit: m
  - id: rojas-age
    who: rojas
    what: [year-old, aged]
    count: 19
  - id: vidal-quote
    who: vidal
    quote: Seven families will sleep tonight with their loved ones at home
"""

STORIES = {
    "election": ELECTION,
    "deal": DEAL,
    "launch": LAUNCH,
    "strike": STRIKE,
    "mine": MINE,
}

ARTICLES: dict[tuple[str, str], tuple[dt.date, str]] = {
    ("election", "wire"): (
        dt.date(2025, 10, 23),
        "WINNIPEG, Manitoba (CP) \u2014 Grace Okonkwo was elected mayor of Winnipeg on "
        "Wednesday, taking 52.4% of the vote to become the first Black woman to lead the "
        "city.\n\n"
        "The 44-year-old former school principal defeated two-term councillor Marc Dubois, who "
        "conceded shortly after 10 p.m. Turnout was 41%, up from 37% in 2022, Elections "
        "Winnipeg said.\n\n"
        '"Tonight Winnipeg chose to build a city that works for everyone," Okonkwo told '
        'supporters at a downtown hotel. "And I will not let you down."\n\n'
        "She takes office on Nov. 4.",
    ),
    ("election", "local"): (
        dt.date(2025, 10, 23),
        "Winnipeg has a new mayor. Grace Okonkwo swept to victory in Wednesday's election, "
        "winning 52.4 per cent of the votes cast and carrying 11 of the city's 15 wards.\n\n"
        "Okonkwo, 44, will be the city's first Black mayor. Marc Dubois conceded defeat in a "
        "brief speech to supporters in St. Boniface late Wednesday night.\n\n"
        '"Tonight Winnipeg chose to build a city that works for everyone, and I will not let '
        'you down," she said.\n\n'
        "Turnout in the election was 41 per cent, the highest since 2010.",
    ),
    ("election", "national"): (
        dt.date(2025, 10, 24),
        "Voters in Winnipeg have handed the mayor's office to a political newcomer. Grace "
        "Okonkwo, a 44-year-old former teacher, won Wednesday's election with 52 per cent of "
        "the vote, ahead of Marc Dubois on 39 per cent.\n\n"
        'Dubois conceded on Wednesday night, telling supporters the result was "clear and '
        'fair".\n\n'
        'Okonkwo, who came to Canada from Nigeria as a child, promised to "build a city that '
        'works for everyone".\n\n'
        "About 41 per cent of eligible voters cast a ballot.",
    ),
    ("deal", "wire"): (
        dt.date(2025, 3, 10),
        "March 10 (Reuters) - Norhaven Software agreed on Monday to buy data analytics firm "
        "Clearpath Analytics for $4.2 billion in cash, betting that demand for tools that make "
        "sense of corporate data will keep growing.\n\n"
        "Clearpath shares jumped 18% to $41.30 in morning trading, while Norhaven's stock was "
        "little changed.\n\n"
        "The deal, which values Clearpath at a 25% premium to its Friday close, is expected to "
        "close in the second half of the year, the companies said. Denver-based Clearpath has "
        "about 1,300 employees.\n\n"
        '"Clearpath gives our customers the one thing they keep asking us for: answers they can '
        'trust," Norhaven Chief Executive Ingrid Lindqvist said in a statement.',
    ),
    ("deal", "trade"): (
        dt.date(2025, 3, 11),
        "Norhaven Software will acquire Clearpath Analytics in a deal worth $4.2 billion, the "
        "Austin-based company announced Monday, its largest purchase since it was founded in "
        "2009.\n\n"
        "The all-cash transaction values Clearpath at $41 a share. Clearpath, which employs "
        "1,300 people in Denver and London, will become a unit of Norhaven's cloud division.\n\n"
        "Investors cheered the news: Clearpath shares closed up 18 percent on Monday.\n\n"
        '"Answers they can trust" is what customers want, Lindqvist told analysts on a call. '
        "Clearpath co-founder Arjun Mehta will stay on to run the business.",
    ),
    ("deal", "blog"): (
        dt.date(2025, 3, 12),
        "Norhaven is buying Clearpath. The Texas software maker said on Monday it had agreed "
        "to acquire the Denver analytics startup for $4.2bn, paying $41 for each share.\n\n"
        "It is a big bet for Norhaven chief Ingrid Lindqvist, who told investors: \u201cClearpath "
        "gives our customers the one thing they keep asking us for: answers they can "
        "trust.\u201d\n\n"
        "Clearpath's 1,300 employees will join Norhaven's cloud unit once the deal closes. "
        "Clearpath stock rose 18% on the news.",
    ),
    ("launch", "wire"): (
        dt.date(2025, 11, 5),
        "CAPE CANAVERAL, Fla. (AP) \u2014 A Corvid Space rocket carrying 24 internet satellites "
        "blasted off from Florida on Tuesday evening after three delays caused by bad weather "
        "and a faulty valve.\n\n"
        "The Kestrel 9's first-stage booster landed on a drone ship in the Atlantic about eight "
        "minutes after liftoff, the company's 11th landing this year.\n\n"
        "All 24 satellites were released into orbit roughly an hour later, Corvid said.\n\n"
        '"Every one of the 24 satellites is healthy and talking to us," mission director Elena '
        "Ramos said.",
    ),
    ("launch", "local"): (
        dt.date(2025, 11, 5),
        "After three scrubbed attempts, Corvid Space finally launched its Kestrel 9 rocket from "
        "Cape Canaveral Space Force Station at 6:14 p.m. Tuesday, lighting up the sky over the "
        "Space Coast.\n\n"
        "The rocket carried 24 Meridian broadband satellites, the largest batch Corvid has "
        "flown.\n\n"
        "Eight minutes after liftoff, the booster touched down on the drone ship Still Waters "
        "about 400 miles offshore.\n\n"
        "Corvid launched its first Kestrel from the Cape in 2021.",
    ),
    ("launch", "science"): (
        dt.date(2025, 11, 7),
        "Corvid Space's Meridian constellation grew by 24 satellites this week, after a Kestrel "
        "9 rocket lifted off from Cape Canaveral on Tuesday.\n\n"
        "The launch had been postponed three times. Ramos, Corvid's mission director, said every "
        'spacecraft was healthy: "Every one of the 24 satellites is healthy and talking to '
        'us."\n\n'
        "The booster landed about eight minutes after launch.",
    ),
    ("strike", "wire"): (
        dt.date(2025, 2, 3),
        "MANCHESTER, England (Reuters) - About 6,500 nurses at 14 hospitals in Greater "
        "Manchester walked out on Monday at the start of a 48-hour strike over pay, the biggest "
        "action by nurses in the region in a decade.\n\n"
        "The Nursing Workers' Union rejected a 3.5% pay offer last month, saying it did not "
        "keep pace with inflation.\n\n"
        '"Nobody becomes a nurse to stand on a picket line, but we have been left with no '
        'choice," union general secretary Helen Carr said outside Manchester Royal '
        "Infirmary.\n\n"
        "Hospital bosses said urgent care would continue.",
    ),
    ("strike", "bbc"): (
        dt.date(2025, 2, 4),
        "Thousands of nurses across Greater Manchester are on the second day of a 48-hour "
        "strike over pay.\n\n"
        "Members of the Nursing Workers' Union (NWU) at 14 hospital sites began the walkout at "
        "07:00 GMT on Monday, after turning down a pay rise of 3.5%.\n\n"
        'Union leader Helen Carr said nobody became a nurse "to stand on a picket line".\n\n'
        "Simon Whitcombe, chief executive of the Manchester University NHS Foundation Trust, "
        'said: "Patients who need urgent care will still receive it."\n\n'
        "The NWU says 6,500 of its members are taking part.",
    ),
    ("strike", "paper"): (
        dt.date(2025, 2, 4),
        "Nurses picketed outside hospitals across Manchester yesterday as the first strike by "
        "the Nursing Workers' Union in the city's history got under way.\n\n"
        "Some 6,500 nurses walked out at 14 hospitals, with the walkout due to end at 7am "
        "tomorrow.\n\n"
        "The union turned down a 3.5 per cent pay rise, which ministers called fair.\n\n"
        "Helen Carr, the NWU's general secretary, said: 'Nobody becomes a nurse to stand on a "
        "picket line, but we have been left with no choice.'",
    ),
    ("mine", "wire"): (
        dt.date(2025, 7, 19),
        "COPIAPO, Chile (Reuters) - Seven miners trapped for four days in a collapsed copper "
        "mine in northern Chile were brought to the surface on Saturday, to cheers from "
        "relatives who had kept vigil at the site.\n\n"
        "The men had been trapped 320 metres below the surface of the San Telmo mine, near "
        "Copiapo, since a tunnel caved in on Tuesday.\n\n"
        "The youngest, 19-year-old Diego Rojas, waved to the crowd as he was lifted out in a "
        "metal capsule.\n\n"
        '"Seven families will sleep tonight with their loved ones at home," Mining Minister '
        "Carolina Vidal said.",
    ),
    ("mine", "local"): (
        dt.date(2025, 7, 20),
        "All seven men trapped in the San Telmo copper mine in Chile's Atacama region have been "
        "rescued after four days underground.\n\n"
        "Rescuers reached the miners late on Friday and began hoisting them up a 320m shaft one "
        "by one. The last man emerged shortly after 3am on Saturday.\n\n"
        "Diego Rojas, 19, the youngest of the group, was the first out. His mother said he had "
        "asked for a hamburger.\n\n"
        'Mining Minister Carolina Vidal said: "Seven families will sleep tonight with their '
        'loved ones at home."',
    ),
    ("mine", "tabloid"): (
        dt.date(2025, 7, 20),
        "They're out! Seven Chilean miners were pulled out alive yesterday after 96 hours "
        "entombed deep underground.\n\n"
        "The men, aged 19 to 58, were winched up one at a time through a narrow shaft at the "
        "San Telmo mine near Copiapo.\n\n"
        "Youngster Diego Rojas, 19, punched the air as he stepped out of the rescue capsule.\n\n"
        "Minister Carolina Vidal told waiting families: 'Seven families will sleep tonight with "
        "their loved ones at home.'",
    ),
}

C, OM = "consistent", "omitted"
LABELS: dict[tuple[str, str], dict[str, str]] = {
    # `Grace Okonkwo was elected mayor of Winnipeg on Wednesday, taking 52.4% of the vote`,
    # `The 44-year-old former school principal`, `Marc Dubois, who conceded`, `Turnout was
    # 41%`, the quote in two pieces
    ("election", "wire"): {
        "elected": C,
        "vote-share": C,
        "turnout": C,
        "okonkwo-age": C,
        "conceded": C,
        "okonkwo-quote": C,
    },
    # `swept to victory in Wednesday's election, winning 52.4 per cent of the votes cast`,
    # `Okonkwo, 44,`, `Marc Dubois conceded defeat ... late Wednesday night`, `Turnout in the
    # election was 41 per cent`
    ("election", "local"): {
        "elected": C,
        "vote-share": C,
        "turnout": C,
        "okonkwo-age": C,
        "conceded": C,
        "okonkwo-quote": C,
    },
    # `Grace Okonkwo, a 44-year-old former teacher, won Wednesday's election with 52 per cent
    # of the vote` (52 is 52.4 rounded), `Dubois conceded on Wednesday night`, `About 41 per
    # cent of eligible voters cast a ballot`, a fragment of the quote
    ("election", "national"): {
        "elected": C,
        "vote-share": C,
        "turnout": C,
        "okonkwo-age": C,
        "conceded": C,
        "okonkwo-quote": C,
    },
    # `Norhaven Software agreed on Monday to buy ... Clearpath Analytics for $4.2 billion`,
    # `Clearpath shares jumped 18%`, `Denver-based Clearpath has about 1,300 employees`
    ("deal", "wire"): {
        "deal": C,
        "price": C,
        "employees": C,
        "share-jump": C,
        "lindqvist-quote": C,
    },
    # `will acquire Clearpath Analytics in a deal worth $4.2 billion, the Austin-based company
    # announced Monday`, `Clearpath, which employs 1,300 people`, `Clearpath shares closed up
    # 18 percent`, a four-word fragment of the quote
    ("deal", "trade"): {
        "deal": C,
        "price": C,
        "employees": C,
        "share-jump": C,
        "lindqvist-quote": C,
    },
    # `The Texas software maker said on Monday it had agreed to acquire the Denver analytics
    # startup for $4.2bn`, `Clearpath's 1,300 employees`, `Clearpath stock rose 18%`
    ("deal", "blog"): {
        "deal": C,
        "price": C,
        "employees": C,
        "share-jump": C,
        "lindqvist-quote": C,
    },
    # `A Corvid Space rocket carrying 24 internet satellites blasted off from Florida on
    # Tuesday evening after three delays`, `landed ... about eight minutes after liftoff`
    ("launch", "wire"): {
        "launched": C,
        "satellites": C,
        "landing-minutes": C,
        "delays": C,
        "ramos-quote": C,
    },
    # `After three scrubbed attempts, Corvid Space finally launched its Kestrel 9 rocket from
    # Cape Canaveral Space Force Station at 6:14 p.m. Tuesday`, `The rocket carried 24 Meridian
    # broadband satellites`, `Eight minutes after liftoff, the booster touched down`; the 2021
    # launch is another
    ("launch", "local"): {
        "launched": C,
        "satellites": C,
        "landing-minutes": C,
        "delays": C,
        "ramos-quote": OM,
    },
    # `grew by 24 satellites this week, after a Kestrel 9 rocket lifted off from Cape
    # Canaveral on Tuesday`, `postponed three times`, `The booster landed about eight minutes
    # after launch`
    ("launch", "science"): {
        "launched": C,
        "satellites": C,
        "landing-minutes": C,
        "delays": C,
        "ramos-quote": C,
    },
    # `About 6,500 nurses at 14 hospitals in Greater Manchester walked out on Monday at the
    # start of a 48-hour strike`, `The Nursing Workers' Union rejected a 3.5% pay offer`; the
    # hospital bosses are paraphrased
    ("strike", "wire"): {
        "walked-out": C,
        "nurses": C,
        "hospitals": C,
        "hours": C,
        "pay-offer": C,
        "carr-quote": C,
        "whitcombe-quote": OM,
    },
    # `a 48-hour strike`, `Members of the Nursing Workers' Union (NWU) at 14 hospital sites
    # began the walkout at 07:00 GMT on Monday, after turning down a pay rise of 3.5%`, `6,500
    # of its members`, a fragment of Carr's quote
    ("strike", "bbc"): {
        "walked-out": C,
        "nurses": C,
        "hospitals": C,
        "hours": C,
        "pay-offer": C,
        "carr-quote": C,
        "whitcombe-quote": C,
    },
    # `the first strike by the Nursing Workers' Union ... got under way` yesterday, `Some
    # 6,500 nurses walked out at 14 hospitals`, `The union turned down a 3.5 per cent pay
    # rise`; the strike's length is not given
    ("strike", "paper"): {
        "walked-out": C,
        "nurses": C,
        "hospitals": C,
        "hours": OM,
        "pay-offer": C,
        "carr-quote": C,
        "whitcombe-quote": OM,
    },
    # `Seven miners trapped for four days ... were brought to the surface on Saturday` under a
    # Copiapo dateline, `trapped 320 metres below the surface of the San Telmo mine`,
    # `19-year-old Diego Rojas`
    ("mine", "wire"): {
        "rescued": C,
        "miners": C,
        "days": C,
        "depth": C,
        "rojas-age": C,
        "vidal-quote": C,
    },
    # `All seven men trapped in the San Telmo copper mine in Chile's Atacama region have been
    # rescued after four days underground`, `a 320m shaft`, `The last man emerged shortly after
    # 3am on Saturday`, `Diego Rojas, 19,`
    ("mine", "local"): {
        "rescued": C,
        "miners": C,
        "days": C,
        "depth": C,
        "rojas-age": C,
        "vidal-quote": C,
    },
    # `Seven Chilean miners were pulled out alive yesterday after 96 hours` (four days), `at
    # the San Telmo mine near Copiapo`, `Diego Rojas, 19,`; no depth
    ("mine", "tabloid"): {
        "rescued": C,
        "miners": C,
        "days": C,
        "depth": OM,
        "rojas-age": C,
        "vidal-quote": C,
    },
}

PLANTED: list[tuple[str, str, str, str, str]] = [
    # (story, article, words replaced, replacement, the fact:slot it contradicts)
    ("election", "wire", "on Wednesday, taking", "on Tuesday, taking", "elected:when"),
    (
        "election",
        "wire",
        "taking 52.4% of the vote",
        "taking 54.2% of the vote",
        "vote-share:count",
    ),
    ("election", "wire", "mayor of Winnipeg on", "mayor of Calgary on", "elected:where"),
    ("election", "wire", "Turnout was 41%", "Turnout was 44%", "turnout:count"),
    (
        "election",
        "wire",
        'works for everyone," Okonkwo',
        'works for all of us," Okonkwo',
        "okonkwo-quote:quote",
    ),
    ("election", "local", "Okonkwo, 44,", "Okonkwo, 47,", "okonkwo-age:count"),
    (
        "election",
        "local",
        "Marc Dubois conceded defeat",
        "Marc Dubois did not concede defeat",
        "conceded:what",
    ),
    ("election", "local", 'down," she said', 'down," Dubois said', "okonkwo-quote:who"),
    (
        "election",
        "national",
        "conceded on Wednesday night",
        "conceded on Thursday night",
        "conceded:when",
    ),
    (
        "election",
        "national",
        "a 44-year-old former teacher",
        "a 41-year-old former teacher",
        "okonkwo-age:count",
    ),
    ("deal", "wire", "agreed on Monday to buy", "agreed on Tuesday to buy", "deal:when"),
    ("deal", "wire", "shares jumped 18%", "shares jumped 28%", "share-jump:count"),
    ("deal", "wire", "about 1,300 employees", "about 3,100 employees", "employees:count"),
    ("deal", "wire", "answers they can trust", "answers they can afford", "lindqvist-quote:quote"),
    ("deal", "trade", "a deal worth $4.2 billion", "a deal worth $2.4 billion", "price:count"),
    (
        "deal",
        "trade",
        "Norhaven Software will acquire",
        "Norhaven Software will not acquire",
        "deal:what",
    ),
    ("deal", "trade", "closed up 18 percent", "closed up 8 percent", "share-jump:count"),
    (
        "deal",
        "blog",
        "Norhaven chief Ingrid Lindqvist",
        "Clearpath co-founder Arjun Mehta",
        "lindqvist-quote:who",
    ),
    (
        "deal",
        "blog",
        "Clearpath's 1,300 employees",
        "Clearpath's 1,700 employees",
        "employees:count",
    ),
    ("launch", "wire", "on Tuesday evening", "on Monday evening", "launched:when"),
    ("launch", "wire", "carrying 24 internet", "carrying 42 internet", "satellites:count"),
    ("launch", "wire", "about eight minutes", "about 12 minutes", "landing-minutes:count"),
    ("launch", "wire", "after three delays", "after five delays", "delays:count"),
    (
        "launch",
        "wire",
        "healthy and talking to us",
        "healthy and talking to each other",
        "ramos-quote:quote",
    ),
    (
        "launch",
        "local",
        "from Cape Canaveral Space Force Station",
        "from Vandenberg Space Force Base in California",
        "launched:where",
    ),
    ("launch", "local", "carried 24 Meridian", "carried 34 Meridian", "satellites:count"),
    (
        "launch",
        "science",
        "Cape Canaveral on Tuesday",
        "Cape Canaveral on Wednesday",
        "launched:when",
    ),
    (
        "launch",
        "science",
        "Ramos, Corvid's mission director,",
        "Kerr, Corvid's chief executive,",
        "ramos-quote:who",
    ),
    (
        "launch",
        "science",
        "The booster landed about eight",
        "The booster landed about 18",
        "landing-minutes:count",
    ),
    ("strike", "wire", "walked out on Monday", "walked out on Tuesday", "walked-out:when"),
    ("strike", "wire", "walked out on Monday", "did not walk out on Monday", "walked-out:what"),
    ("strike", "wire", "at 14 hospitals", "at 41 hospitals", "hospitals:count"),
    ("strike", "wire", "a 48-hour strike", "a 24-hour strike", "hours:count"),
    ("strike", "wire", "rejected a 3.5% pay offer", "rejected a 5.3% pay offer", "pay-offer:count"),
    ("strike", "wire", "left with no choice", "left with little choice", "carr-quote:quote"),
    (
        "strike",
        "bbc",
        "Simon Whitcombe, chief executive of the Manchester University NHS Foundation Trust,",
        "Helen Carr, the union's general secretary,",
        "whitcombe-quote:who",
    ),
    ("strike", "bbc", "07:00 GMT on Monday", "07:00 GMT on Sunday", "walked-out:when"),
    ("strike", "bbc", "a pay rise of 3.5%", "a pay rise of 4.5%", "pay-offer:count"),
    (
        "strike",
        "paper",
        "walked out at 14 hospitals,",
        "walked out at 14 hospitals in Liverpool,",
        "walked-out:where",
    ),
    ("strike", "paper", "Some 6,500 nurses", "Some 5,600 nurses", "nurses:count"),
    ("mine", "wire", "on Saturday, to cheers", "on Sunday, to cheers", "rescued:when"),
    ("mine", "wire", "Seven miners trapped", "Nine miners trapped", "miners:count"),
    ("mine", "wire", "19-year-old Diego Rojas", "21-year-old Diego Rojas", "rojas-age:count"),
    ("mine", "wire", "loved ones at home", "loved ones at their side", "vidal-quote:quote"),
    ("mine", "local", "after four days underground", "after five days underground", "days:count"),
    ("mine", "local", "in Chile's Atacama region", "in Peru's Arequipa region", "rescued:where"),
    (
        "mine",
        "local",
        "Mining Minister Carolina Vidal said:",
        "Diego Rojas said:",
        "vidal-quote:who",
    ),
    (
        "mine",
        "tabloid",
        "pulled out alive yesterday",
        "pulled out alive on Thursday",
        "rescued:when",
    ),
    ("mine", "tabloid", "were pulled out alive", "were not pulled out alive", "rescued:what"),
    ("mine", "tabloid", "Diego Rojas, 19,", "Diego Rojas, 18,", "rojas-age:count"),
]

KNOWN: dict[tuple[str, str, str], tuple[str, str]] = {
    # (story, article, fact) of a labelled cell, or (story, article, fact:slot) of a planted
    # edit: what the checker says instead ("status" or the clashes "fact:slot,...") and why
    ("election", "wire", "okonkwo-age"): (
        "omitted",
        "`The 44-year-old former school principal defeated`: more than one noun after the age",
    ),
    ("election", "local", "elected"): (
        "omitted",
        "`swept to victory in Wednesday's election`: a paraphrase, no phrasing",
    ),
    ("election", "national", "turnout"): (
        "omitted",
        "`About 41 per cent of eligible voters cast a ballot`: a paraphrase, no phrasing",
    ),
    ("deal", "wire", "price"): (
        "omitted",
        "`agreed ... to buy ... Clearpath Analytics for $4.2 billion`: no phrasing of the price",
    ),
    ("deal", "trade", "deal"): (
        "omitted",
        "`Norhaven Software will acquire Clearpath Analytics`: the phrase acts on Clearpath, "
        "another entity, which the fact's `who` does not list",
    ),
    ("deal", "trade", "price"): (
        "omitted",
        "`... Clearpath Analytics in a deal worth $4.2 billion`: Clearpath is the nearest name "
        "before the phrase (and the fact names no currency `unit:`, so money is not judged)",
    ),
    ("deal", "blog", "price"): (
        "omitted",
        "`for $4.2bn`: no phrasing; `once the deal closes` gives no number",
    ),
    ("launch", "science", "delays"): (
        "omitted",
        "`The launch had been postponed three times`: a paraphrase, no phrasing",
    ),
    ("strike", "bbc", "walked-out"): (
        "omitted",
        "`began the walkout at 07:00 GMT on Monday`: a noun of the act, no phrasing",
    ),
    ("strike", "bbc", "nurses"): (
        "omitted",
        "`The NWU says 6,500 of its members are taking part`: members, not nurses",
    ),
    ("strike", "bbc", "pay-offer"): (
        "omitted",
        "`..., after turning down a pay rise of 3.5%`: the participle's subject is not carried "
        "past `, after`",
    ),
    ("mine", "wire", "days"): (
        "omitted",
        "`trapped for four days`: the phrase's words in the other order",
    ),
    ("mine", "local", "rescued"): (
        "omitted",
        "`All seven men trapped in the San Telmo copper mine ... have been rescued`: the mine "
        "is named after `in`, so no subject, and the event is not implied where a name stands",
    ),
    ("mine", "local", "miners"): (
        "omitted",
        "`All seven men`: men, not miners; `the miners` has no number",
    ),
    ("mine", "local", "days"): (
        "omitted",
        "`... have been rescued after four days underground`: no subject (see `rescued`)",
    ),
    ("mine", "local", "depth"): (
        "omitted",
        "`a 320m shaft`: no phrasing of the depth",
    ),
    ("mine", "tabloid", "days"): (
        "omitted",
        "`after 96 hours`: hours are not converted to days",
    ),
    ("election", "wire", "okonkwo-quote:quote"): (
        "",
        "the first piece of a quote in two, reworded at its end, is read as a part of it",
    ),
    ("deal", "wire", "employees:count"): (
        "",
        "`about 3,100 employees`: an approximate number further off than 25% is not judged",
    ),
    ("deal", "trade", "price:count"): ("", "`a deal worth $2.4 billion`: see the `price` cell"),
    ("deal", "trade", "deal:what"): (
        "",
        "`will not acquire Clearpath Analytics`: see the `deal` cell",
    ),
    ("launch", "wire", "landing-minutes:count"): (
        "",
        "`about 12 minutes`: an approximate number further off than 25% is not judged",
    ),
    ("launch", "local", "launched:where"): (
        "",
        "`launched its Kestrel 9 rocket from Vandenberg Space Force Base in California`: a "
        "place after the object's name is not read",
    ),
    ("launch", "science", "landing-minutes:count"): (
        "",
        "`about 18 minutes`: an approximate number further off than 25% is not judged",
    ),
    ("strike", "wire", "pay-offer:count"): (
        "",
        "`rejected a 5.3% pay offer last month`: a sentence dated at another time than the "
        "event gives another number",
    ),
    ("strike", "bbc", "walked-out:when"): (
        "",
        "`began the walkout at 07:00 GMT on Sunday`: see the `walked-out` cell",
    ),
    ("strike", "bbc", "pay-offer:count"): ("", "`a pay rise of 4.5%`: see the `pay-offer` cell"),
    ("strike", "paper", "walked-out:where"): (
        "",
        "`walked out at 14 hospitals in Liverpool`: a city within 50 km of the fact's city is "
        "not judged",
    ),
    ("strike", "paper", "nurses:count"): (
        "",
        "`Some 5,600 nurses`: an approximate number within 25% of 6,500 fits",
    ),
    ("mine", "local", "days:count"): ("", "`after five days underground`: see the `days` cell"),
    ("mine", "local", "rescued:where"): (
        "",
        "`in Peru's Arequipa region have been rescued`: see the `rescued` cell",
    ),
}


@pytest.mark.parametrize("story", sorted(STORIES))
def test_fact_files_load(story: str) -> None:
    assert parse_story(STORIES[story], f"{story}.yaml").facts


@pytest.mark.parametrize("cell", tables.cells(LABELS))
def test_labelled_cell(cell: tuple[str, str, str, str]) -> None:
    expected, status, clashes = tables.cell_status(STORIES, ARTICLES, KNOWN, cell)
    assert status == expected, clashes


@pytest.mark.parametrize("edit", PLANTED)
def test_planted_contradiction(edit: tuple[str, str, str, str, str]) -> None:
    expected, clashes = tables.planted_clashes(STORIES, ARTICLES, KNOWN, edit)
    assert clashes == expected


def test_explain_agrees_with_the_reading() -> None:
    """On every sentence of these articles, `factcheck explain` calls a phrase match a mention
    exactly when the reading does."""
    judged, wrong = tables.explain_disagreements(STORIES, ARTICLES, PLANTED)
    assert wrong == []
    assert judged > 100
