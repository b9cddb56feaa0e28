"""Case table of false alarms looked for in invented stories told through crime and policing
reports (a shop robbery in Bradford, a burglary arrest in Portland, Oregon): an arrest on one day
and a charge on another, a court appearance, suspects' and victims' ages, other incidents in the
same area, police appeals with phone numbers and reference numbers, a previous conviction, bail
and its conditions, and numbers of officers deployed. The facts were written first (`factcheck
validate` followed), then the sentences that state nothing contrary to them (``FIRST_RUN``), each
naming the fact's `who` and phrase with other values beside them, and those that state a wrong
value for the fact's own event (``CONTRADICTIONS``), each to clash on its slot, all before the
checker first ran on them.

First run (at 58a1415): 1 false contradiction in 200 cells (40 sentences, each checked against
every fact of its story: five facts of the robbery, five of the burglary arrest), and 7 of the 8
contradictions caught on their slot. The false contradiction is now left unjudged by its own
rule (table below): a count told in a clause whose subject is someone of the `who`'s (`Marcus
Reed was released on bail on Tuesday, the same day his co-defendant was released on $20,000
bail`, which clashed on the bail). The miss is in ``MISSED``: a quote with two of its words
changed (`... a shopkeeper who was simply closing his shop`, for `doing his job`: read as
another quote; one word changed, `doing his work`, is caught).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

CARVER = """
story: bradford-robbery-charge
date: 2027-04-15
about: [police, carver]
entities:
  police: {name: West Yorkshire Police, kind: organisation}
  carver: {name: Liam Carver, aliases: [Carver], kind: person}
  okoye:
    name: Detective Inspector Helen Okoye
    aliases: [Helen Okoye, Okoye, DI Okoye]
    kind: person
places:
  uk: {name: United Kingdom, country: GB}
  england: {name: England, in: uk}
  bradford: {name: Bradford, in: england}
  leeds: {name: Leeds, in: england}
facts:
  - id: arrest
    who: police
    what: [arrested Liam Carver]
    where: bradford
    when: 2027-04-12
  - id: charge
    who: carver
    what: [was charged with robbery, has been charged with robbery]
    when: 2027-04-14
  - id: court
    who: carver
    what: [appeared at Bradford Magistrates' Court, appeared before magistrates]
    where: bradford
    when: 2027-04-15
  - id: officers
    who: police
    what: [officers to the search, officers in the search]
    count: 60
  - id: okoye-shopkeeper
    who: okoye
    quote: This was a terrifying attack on a shopkeeper who was simply doing his job
"""

REED = """
story: portland-reed-arrest
date: 2027-10-05
about: [ppb, reed]
entities:
  ppb: {name: Portland Police Bureau, aliases: [Portland police], kind: organisation}
  reed: {name: Marcus Reed, aliases: [Reed], kind: person}
  whitfield: {name: Chief Dana Whitfield, aliases: [Dana Whitfield, Whitfield], kind: person}
places:
  us: {name: United States, country: US}
  oregon: {name: Oregon, in: us}
  portland: {name: Portland, in: oregon}
  salem: {name: Salem, in: oregon}
facts:
  - id: arrest
    who: ppb
    what: [arrested Marcus Reed]
    where: portland
    when: 2027-10-03
  - id: release
    who: reed
    what: [was released on bail, was freed on bail]
    when: 2027-10-05
  - id: bail
    who: reed
    what: [bail, in bail]
    count: 50000
    unit: USD
  - id: burglary-conviction
    who: reed
    what: [was convicted of burglary]
    when: 2019
  - id: whitfield-neighbours
    who: whitfield
    quote: Our neighbourhoods deserve to feel safe at night
"""

PUBLISHED = {
    CARVER: dt.date(2027, 4, 16),  # a Friday: arrested Monday, charged Wednesday, in court Thursday
    REED: dt.date(2027, 10, 6),  # a Wednesday: arrested Sunday, released on bail Tuesday
}

FIRST_RUN = [
    (CARVER, s)
    for s in (
        "West Yorkshire Police arrested Liam Carver, 34, in Bradford on Monday, two days after the"
        " robbery on Saturday.",
        "Liam Carver was charged with robbery on Wednesday; a 17-year-old boy arrested on Tuesday"
        " was released without charge.",
        "Carver appeared at Bradford Magistrates' Court on Thursday and will appear at Bradford"
        " Crown Court on May 10.",
        "West Yorkshire Police sent 60 officers to the search, and a helicopter from Leeds.",
        "The shopkeeper, 58, suffered a broken arm; Carver was charged with robbery and with"
        " causing grievous bodily harm.",
        "West Yorkshire Police arrested Liam Carver at an address in Bradford; officers also"
        " arrested a woman, 29, in Leeds on Tuesday.",
        "West Yorkshire Police asked anyone with information to call 101, quoting reference"
        " 13270412.",
        "Carver, who was convicted of robbery in 2019 and jailed for four years, was charged with"
        " robbery on Wednesday.",
        "Carver appeared before magistrates on Thursday and was remanded in custody until May 10.",
        "Three other shops in Bradford were robbed in March, and West Yorkshire Police arrested a"
        " man, 41, on March 28.",
        'Detective Inspector Helen Okoye said: "This was a terrifying attack on a shopkeeper who'
        ' was simply doing his job."',
        "West Yorkshire Police arrested Liam Carver on Monday, 48 hours after launching an appeal"
        " on Saturday night.",
        "Carver appeared at Bradford Magistrates' Court on Thursday, where his lawyer said he would"
        " plead not guilty at a hearing on May 10.",
        "Okoye said 60 officers in the search had checked 200 homes and 14 garages.",
        "Liam Carver was charged with robbery on Wednesday, and a second man, 22, was charged with"
        " handling stolen goods on Thursday.",
        "West Yorkshire Police arrested Liam Carver in Bradford, 11 miles from Leeds, where he had"
        " been arrested in 2018.",
        "Carver was charged with robbery on Wednesday, the third man charged with robbery in"
        " Bradford this year.",
        "Anyone who saw a silver Ford Focus in Manningham Lane between 9pm and 10pm on Saturday"
        " should call West Yorkshire Police on 101.",
        "Carver appeared before magistrates on Thursday, a day after West Yorkshire Police"
        " charged him.",
        "West Yorkshire Police had 60 officers in the search on Sunday and 25 on Monday.",
    )
] + [
    (REED, s)
    for s in (
        "Portland Police Bureau arrested Marcus Reed, 27, in Portland on Sunday after a break-in on"
        " Friday.",
        "Marcus Reed was released on bail on Tuesday, on condition that he stay away from"
        " Northeast Alberta Street.",
        "Reed was released on bail of $50,000 on Tuesday and must wear an ankle monitor until his"
        " trial in January.",
        "Reed, who was convicted of burglary in 2019, was arrested by Portland police on Sunday.",
        "A judge set Reed's bail at $50,000; prosecutors had asked for $100,000 in bail.",
        "Portland Police Bureau arrested Marcus Reed in Portland, and Salem police arrested a"
        " second man, 31, on Monday.",
        "Anyone with information should call Portland Police Bureau at 503-823-3333, referring"
        " to case 27-281734.",
        "The homeowner, 72, was not hurt; Portland Police Bureau arrested Marcus Reed two days"
        " later.",
        "Reed was convicted of burglary in 2019 and released from prison in 2023.",
        "Marcus Reed was released on bail on Tuesday, the same day his co-defendant was released"
        " on $20,000 bail.",
        'Chief Dana Whitfield said: "Our neighbourhoods deserve to feel safe at night."',
        "Portland Police Bureau arrested Marcus Reed on Sunday, a week after 12 burglaries in"
        " the Alberta Arts District.",
        "Reed was freed on bail on Tuesday and is due in court on November 8.",
        "Whitfield said 40 officers had worked on the case since the first burglary in September.",
        "Reed's brother, who was convicted of burglary in 2021, was not arrested.",
        "Portland Police Bureau arrested Marcus Reed in Portland; Salem police had arrested him in"
        " 2018.",
        "Reed posted $50,000 in bail, 10% of it in cash.",
        "Marcus Reed was released on bail on Tuesday; under its conditions he must stay in Portland"
        " and report to police every Monday.",
        "Reed was convicted of burglary in 2019 in Salem, and of theft in 2016.",
        "Portland Police Bureau arrested Marcus Reed on Sunday and another suspect on Monday in"
        " Salem.",
    )
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_crime_and_policing_reports_raise_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


CONTRADICTIONS = [
    (
        CARVER,
        "West Yorkshire Police arrested Liam Carver in Bradford on Tuesday.",
        {"arrest:when"},
    ),
    (CARVER, "Liam Carver was charged with robbery on Monday.", {"charge:when"}),
    (
        CARVER,
        "Carver appeared at Bradford Magistrates' Court on Friday.",
        {"court:when"},
    ),
    (
        CARVER,
        'Okoye said: "This was a terrifying attack on a shopkeeper who was simply doing his work."',
        {"okoye-shopkeeper:quote"},
    ),
    (REED, "Portland Police Bureau arrested Marcus Reed in Salem on Sunday.", {"arrest:where"}),
    (REED, "Marcus Reed was released on bail on Monday.", {"release:when"}),
    (REED, "Reed was convicted of burglary in 2017.", {"burglary-conviction:when"}),
    (REED, "Reed was released on $75,000 bail.", {"bail:count"}),
]


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_case_clashes(story: str, text: str, expected: set[str]) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


MISSED = [
    # two words of the quote changed: read as another quote, not a misquote of the fact's
    (
        CARVER,
        'Okoye said: "This was a terrifying attack on a shopkeeper who was simply closing his'
        ' shop."',
    ),
]


@pytest.mark.parametrize("story, text", MISSED)
def test_contradictions_still_missed(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


RELATIVES = [
    # (text, the clashes expected): between the named `who` and the phrase, a clause whose
    # subject is the `who`'s possessive and a noun, then its verb: that person's count
    (
        "Marcus Reed was released on bail on Tuesday, the same day his co-defendant was released"
        " on $20,000 bail.",
        set(),
    ),
    ("Reed was freed on bail on Tuesday, and his brother was released on $5,000 bail.", set()),
    ("Marcus Reed was released on bail; his girlfriend was held on $10,000 bail.", set()),
    ("Reed said his lawyer had asked for $75,000 in bail.", set()),
    # the cost: bail posted for the `who` by someone of his is not judged either
    ("Marcus Reed was released on Tuesday, after his family had posted $75,000 in bail.", set()),
    # the `who`'s own count, a `whose` aside, or the clause before the `who`, is judged
    ("Reed was released on $75,000 bail.", {"bail:count"}),
    ("Reed's lawyer said Reed was released on $75,000 bail.", {"bail:count"}),
    ("Marcus Reed, whose co-defendant was freed, was released on $75,000 bail.", {"bail:count"}),
    ("His co-defendant was freed, and Marcus Reed was released on $75,000 bail.", {"bail:count"}),
]


@pytest.mark.parametrize("text, expected", RELATIVES)
def test_a_count_in_a_relatives_clause_is_theirs(text: str, expected: set[str]) -> None:
    assert clashes_on(text, REED, PUBLISHED[REED]) == expected
