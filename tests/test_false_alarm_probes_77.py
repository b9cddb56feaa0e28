"""Case table of false alarms looked for in invented stories told through royal, papal and
ceremonial copy (a pope's first visit to Ireland in 48 years, with a Mass before a crowd in
Phoenix Park; a king crowned in Uppsala Cathedral before guests and heads of state, with a gun
salute): regnal and papal numerals, titles that change (`the then Crown Prince Oskar`), earlier
visits and coronations with their own dates and places, crowds estimated by different sources,
counts of guests, heads of state, bells and salutes, the length of a reign, ages, the routes of
processions, and quotes by the monarch or pope, clergy and well-wishers. The facts were written
first (`factcheck validate` followed: descriptions of the pope and the king listed under
`mention_only`), then the sentences (``FIRST_RUN``, ``CONTRADICTIONS``), all before the checker
first ran on them.

First run (at 1254735): 3 false contradictions in 180 cells (40 sentences, each checked against
its story's four or five facts), and 8 of the 12 contradictions caught on their slot. Two are
now left unjudged by their rule: a date after the phrase told again with a capitalised name of
its own right after `when`, `after`, `before`, `since` or `until` (`nine years to the day after
Pope Francis landed in Dublin on August 25, 2018`, `"I was there when Gustaf VII was crowned in
1973"`, ``TIME_CLAUSES``). The third by its own: the phrase told again in a later clause of a
sentence that first gave it with the fact's count (`A 21-gun salute was fired in Stockholm as
Oskar III was crowned, and a 42-gun salute followed from Uppsala Castle`, ``SALUTES``). One
miss is now caught: a number right after a phrase that ends in `before` and before a noun of
people, the audience (`celebrated Mass before 400,000 people`, ``AUDIENCES``). Three misses are
left (``MISSED``): a place after the place inside the phrase (`arrived in Ireland in Cork`), an
approximate count far from the fact's (`Some 3,000 guests`), and a quote whose end is changed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

VISIT = """story: pope-visits-ireland
date: 2027-08-25
about: [pope]
entities:
  pope: {name: Pope Clement XV, aliases: [Clement XV, Clement, Pontiff], kind: person,
    mention_only: [the pope, the pontiff]}
places:
  ireland: {name: Ireland, country: IE}
  dublin: {name: Dublin, in: ireland}
  phoenix: {name: Phoenix Park, in: dublin}
facts:
  - id: arrived
    who: pope
    what: [arrived in Ireland, landed in Dublin, began a visit to Ireland]
    where: dublin
    when: 2027-08-25
  - id: mass-crowd
    who: pope
    what: [celebrated Mass before, said Mass before]
    where: phoenix
    count: 250000
  - id: visit-days
    who: pope
    what: [day visit to Ireland]
    count: 3
  - id: pope-quote
    who: pope
    quote: Ireland has carried its faith through storms, and it will carry it still
"""
VISIT_PUBLISHED = dt.date(2027, 8, 26)  # a Thursday: the pope landed on Wednesday, August 25

CORONATION = """story: oskar-iii-crowned
date: 2027-06-06
about: [oskar]
entities:
  oskar: {name: King Oskar III, aliases: [Oskar III, Oskar], kind: person,
    mention_only: [the king, the monarch]}
  astrid: {name: Archbishop Astrid Lund, aliases: [Lund, the archbishop], kind: person}
places:
  sweden: {name: Sweden, country: SE}
  uppsala: {name: Uppsala, in: sweden}
  cathedral: {name: Uppsala Cathedral, in: uppsala}
facts:
  - id: crowned
    who: oskar
    what: [was crowned, crowned king, coronation]
    where: cathedral
    when: 2027-06-06
  - id: guests
    who: oskar
    what: [guests at the coronation, coronation guests]
    count: 2000
  - id: salute
    who: oskar
    what: [gun salute]
    count: 21
  - id: heads
    who: oskar
    what: [heads of state attended the coronation]
    count: 40
  - id: king-quote
    who: oskar
    quote: I will serve every Swede, whatever their faith and wherever they live
"""
CORONATION_PUBLISHED = dt.date(2027, 6, 7)  # a Monday: the king was crowned on Sunday, June 6

FIRST_RUN = [
    (VISIT, s)
    for s in [
        "Pope Clement XV arrived in Ireland on Wednesday, the first pope to visit Ireland since "
        "John Paul II in 1979.",
        "Clement XV landed in Dublin on Wednesday, 48 years after John Paul II landed in Dublin "
        "on September 29, 1979.",
        "Pope Clement XV celebrated Mass before 250,000 people in Phoenix Park, police said, "
        "though organisers put the crowd at 400,000.",
        "Clement XV celebrated Mass before 250,000 people in the park where John Paul II said "
        "Mass before more than a million people in 1979.",
        "The pope's three-day visit to Ireland, the first by a pontiff in eight years, ends on "
        "Friday in Knock.",
        "Clement XV's three-day visit to Ireland is longer than the two-day visit to Ireland "
        "Pope Francis made in 2018.",
        "Clement XV, 71, the second Latin American pope after Francis, arrived in Ireland on "
        "Wednesday afternoon.",
        'Clement XV told the crowd: "Ireland has carried its faith through storms, and it will '
        'carry it still."',
        'Clement XV, who quoted John Paul II\'s words "Young people of Ireland, I love you," '
        "arrived in Ireland on Wednesday.",
        "Pope Clement XV landed in Dublin at 11.30 on Wednesday on a flight from Rome, where he "
        "was elected pope in May 2025.",
        "Clement XV landed in Dublin on Wednesday, nine years to the day after Pope Francis "
        "landed in Dublin on August 25, 2018.",
        "Clement XV celebrated Mass before a crowd that police put at 250,000 and the Vatican at "
        "320,000.",
        "Church bells rang out as Clement XV arrived in Ireland on Wednesday, with the 12 bells "
        "of Christ Church Cathedral pealing for 30 minutes.",
        "Clement XV, who was 69 when he was elected, arrived in Ireland aged 71, older than John "
        "Paul II was when he arrived in Ireland at 59.",
        "From Dublin Airport the popemobile carried Clement XV 14 km to Phoenix Park, where he "
        "celebrated Mass before 250,000 people on Thursday.",
        "Clement XV began a visit to Ireland on Wednesday that will take him from Dublin to Knock "
        "and on to Armagh, in Northern Ireland, on Friday.",
        "Some 1,500 guests, including the president and 40 bishops, greeted Clement XV when he "
        "landed in Dublin on Wednesday.",
        "Clement XV, the 268th pope, arrived in Ireland on Wednesday, 12 years after his "
        "predecessor cancelled a visit to Ireland planned for 2015.",
        "Francis made a 36-hour visit in 2018; John Paul II's 1979 trip, like Clement XV's, was "
        "a three-day visit to Ireland.",
        'Mary Byrne, 82, who saw John Paul II in 1979, said as Clement XV landed in Dublin: "I '
        'never thought I would see another pope in Ireland."',
    ]
] + [
    (CORONATION, s)
    for s in [
        "King Oskar III was crowned in Uppsala Cathedral on Sunday, 54 years after his father, "
        "Gustaf VII, was crowned in the same cathedral in 1973.",
        "Oskar III, who became king on the death of his mother, Queen Sofia II, in September "
        "2026, was crowned on Sunday.",
        "Some 2,000 guests at the coronation on Sunday included 40 heads of state, compared with "
        "1,200 coronation guests for his mother's crowning in 1998.",
        "Forty heads of state attended the coronation of Oskar III, among them King Harald VI of"
        " Norway.",
        "Oskar III, 47, was crowned king 14 months after the death of Queen Sofia II, who reigned"
        " for 29 years.",
        'The king told the congregation: "I will serve every Swede, whatever their faith and '
        'wherever they live."',
        "Archbishop Astrid Lund, who placed the crown on Oskar III's head, said: \"Today the king"
        ' gives himself to his people, as his mother did before him."',
        "The coronation of Oskar III was the first in Uppsala Cathedral since Sofia II was "
        "crowned there on September 15, 1998.",
        "The procession carried Oskar III 3 km from Uppsala Castle to the cathedral, where he was"
        " crowned at 11 a.m. on Sunday, through streets lined by 120,000 people, police said; "
        "organisers said 150,000.",
        "The bells of all 1,300 parish churches in Sweden rang for 15 minutes after Oskar III was"
        " crowned on Sunday.",
        "Oskar III is the first king to be crowned in Uppsala Cathedral since Gustaf VII in 1973.",
        "A 21-gun salute was fired in Stockholm as Oskar III was crowned, and a 42-gun salute "
        "followed from Uppsala Castle.",
        "Twelve heads of state attended the coronation of Sofia II in 1998; 40 heads of state "
        "attended the coronation of Oskar III on Sunday.",
        "Oskar III was crowned king in Uppsala Cathedral on Sunday, Sweden's National Day, June 6.",
        "A 21-gun salute for the coronation of Oskar III was followed by a fly-past of 24 jets, "
        "and in the evening 300,000 people watched fireworks in Stockholm.",
        "Oskar III was not crowned in Stockholm, where Gustaf V refused a coronation in 1907, but"
        " in Uppsala Cathedral.",
        "The coronation of Oskar III, first planned for May but moved to June, cost 240 million "
        "kronor, the government said.",
        "Sofia II's silver jubilee in 2023 drew 25 heads of state; her son Oskar III was crowned "
        "on Sunday before 2,000 guests at the coronation.",
        'Karin Ek, 91, said after Oskar III was crowned: "I was there when Gustaf VII was '
        'crowned in 1973, and I cried then too."',
        "Oskar III's reign began on September 12, 2026, when his mother died, but he was crowned"
        " only on Sunday, after nine months of mourning.",
    ]
]

PUBLISHED = {VISIT: VISIT_PUBLISHED, CORONATION: CORONATION_PUBLISHED}


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_royal_and_papal_reports_raise_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


CONTRADICTIONS = [
    (VISIT, "Pope Clement XV arrived in Ireland on Tuesday.", {"arrived:when"}),
    (
        VISIT,
        "Pope Clement XV celebrated Mass before 400,000 people in Phoenix Park.",
        {"mass-crowd:count"},
    ),
    (VISIT, "Pope Clement XV is on a four-day visit to Ireland.", {"visit-days:count"}),
    (
        VISIT,
        'Clement XV said: "Ireland has carried its faith through storms, and it will lose it '
        'still."',
        {"pope-quote:quote"},
    ),
    (CORONATION, "King Oskar III was crowned in Uppsala Cathedral on Saturday.", {"crowned:when"}),
    (CORONATION, "King Oskar III was crowned in Stockholm on Sunday.", {"crowned:where"}),
    (CORONATION, "A 42-gun salute was fired for Oskar III.", {"salute:count"}),
    (CORONATION, "Sixty heads of state attended the coronation of Oskar III.", {"heads:count"}),
    (
        CORONATION,
        "King Oskar III was not crowned in Uppsala Cathedral on Sunday.",
        {"crowned:what"},
    ),
]


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_ceremony_clashes(story: str, text: str, expected: set[str]) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


MISSED = [
    # the place inside the phrase (`arrived in Ireland`) is read as the arrival's, and holds
    # Dublin: the place after it is not read
    (VISIT, "Pope Clement XV arrived in Ireland in Cork on Wednesday."),
    # `some` makes the count approximate, and an approximate figure far from the count is not
    # judged
    (CORONATION, "Some 3,000 guests at the coronation watched Oskar III crowned."),
    # a quote sharing 10 of the fact's 12 words, its end changed, does not align with the
    # fact's and is not read as it
    (
        CORONATION,
        'Oskar III said: "I will serve every Swede, whatever their faith and however they vote."',
    ),
]


@pytest.mark.parametrize("story, text", MISSED)
def test_contradictions_still_missed(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


SALUTES = [
    # the phrase told again in a later clause of a sentence that first gave it with the fact's
    # count: another occurrence, counted apart
    (
        CORONATION,
        "A 21-gun salute was fired in Stockholm as Oskar III was crowned, and a 42-gun salute "
        "followed from Uppsala Castle.",
        set(),
    ),
    (
        CORONATION,
        "A 21-gun salute was fired for Oskar III; a 62-gun salute followed at the Tower.",
        set(),
    ),
    # the fact's count not given first, or no later clause: judged
    (
        CORONATION,
        "A 42-gun salute was fired in Stockholm for Oskar III, and a 21-gun salute followed "
        "from Uppsala Castle.",
        {"salute:count"},
    ),
    (CORONATION, "A 42-gun salute was fired for Oskar III.", {"salute:count"}),
    (
        CORONATION,
        "A 10-gun salute and a 42-gun salute were fired for Oskar III.",
        {"salute:count"},
    ),
]


@pytest.mark.parametrize("story, text, expected", SALUTES)
def test_a_later_clause_s_count_of_the_phrase_is_another_occurrence(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


TIME_CLAUSES = [
    # the phrase told again with a capitalised name of its own after `when`, `after`, `before`,
    # `since` or `until`: that name's act, its date and place its own
    (
        VISIT,
        "Clement XV landed in Dublin on Wednesday, nine years to the day after Pope Francis "
        "landed in Dublin on August 25, 2018.",
        set(),
    ),
    (
        CORONATION,
        'Karin Ek said after Oskar III was crowned: "I was there when Gustaf VII was crowned in '
        '1973."',
        set(),
    ),
    (
        CORONATION,
        "Oskar III was crowned on Sunday, 54 years after Gustaf VII was crowned in 1973.",
        set(),
    ),
    # the fact's subject named again, or no opener of a clause of time: judged
    (VISIT, "Clement XV landed in Dublin on Tuesday.", {"arrived:when"}),
    (CORONATION, "Crowds cheered after Oskar III was crowned in 1973.", {"crowned:when"}),
    (CORONATION, "Oskar III, the son of Sofia II, was crowned in 1973.", {"crowned:when"}),
]


@pytest.mark.parametrize("story, text, expected", TIME_CLAUSES)
def test_the_act_of_another_name_in_a_clause_of_time_is_its_own(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


AUDIENCES = [
    # a number right after a phrase ending in `before` and before a noun of people: the
    # audience's size
    (
        VISIT,
        "Pope Clement XV celebrated Mass before 400,000 people in Phoenix Park.",
        {"mass-crowd:count"},
    ),
    (VISIT, "Pope Clement XV said Mass before 90,000 pilgrims.", {"mass-crowd:count"}),
    (VISIT, "Pope Clement XV celebrated Mass before 250,000 people in Phoenix Park.", set()),
    # a year, another noun, an approximate figure, a possibility, another pope: not judged
    (VISIT, "Pope Clement XV celebrated Mass before 2030.", set()),
    (VISIT, "Pope Clement XV celebrated Mass before 40 bishops.", set()),
    (VISIT, "Pope Clement XV celebrated Mass before about 400,000 people.", set()),
    (VISIT, "Pope Clement XV could celebrate Mass before 400,000 people.", set()),
    (VISIT, "John Paul II said Mass before 1,000,000 people in 1979.", set()),
]


@pytest.mark.parametrize("story, text, expected", AUDIENCES)
def test_a_number_after_a_phrase_ending_in_before_is_its_audience(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected
