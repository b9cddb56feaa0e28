"""Case table of false alarms looked for in invented stories told through education reporting
(an exam board's A-level results day, a teachers' union's national strike that closed schools):
the share of top grades nationally, by nation, region, subject and school type, against last year
and before the pandemic, counts of entries for other subjects, ages and year groups, other
results days and strike days, other unions' strikes and offers, pay offers of other years, and a
head's and a general secretary's words, one of them said on another day. The facts were written
first (`factcheck validate` advised listing `the union` under `mention_only` and dropping the
common phrasing `went on strike`; both done, then it raised nothing), then the sentences that
state nothing contrary to them (``FIRST_RUN``) and those that state a wrong value for the fact's
own event (``CONTRADICTIONS``), all before the checker first ran on them.

First run (at 09904c9): no false contradiction in 160 cells (40 sentences, each checked against
every fact of its story: four facts of the results, four of the strike), and 8 of the 10
contradictions caught on their slot. The two misses are in ``MISSED``: a share told before `of`
with the phrase split by `were` (`26.9% of entries were awarded A or A*`: the phrase is not
found), and a count whose phrase is the subject of a clause the who reports (`A-level entries
rose to 854,000, the JCQ said`).

A second round of 20 sentences per story (``SECOND_ROUND``), written the same way after the first
run and before the checker ran on them (at 09904c9), raised 6 false contradictions in 160 cells.
Each is now left unjudged by its own rule (tables below): a count for an age or a school year
group opening the sentence or in a named place (`For 19-year-olds resitting, the JCQ had 14,500
A-level entries`, `A-level entries from Year 13 pupils in the North West and London combined`,
``AGE_GROUPS``, two of the six), what a part accounted for (`Academies accounted for 410,000
A-level entries, the JCQ said`, ``ACCOUNTED_FOR``), a number opening a clause joined after the
who's (`The NEU closed schools in Liverpool and Leeds on Wednesday, and 300 schools in Wales closed
on Friday`, ``JOINED_COUNTS``), the phrase in a `, after` clause whose main clause is dated by a
year before the fact's (`Mr Ward ... became NEU general secretary in 2026, after the NEU staged a
national strike in 2023`, ``AFTER_EARLIER_YEARS``), and a day told with `last year` right after it
in another place (`The JCQ published A-level results in Belfast on August 17 last year`: its
place and its day both clashed, ``LAST_YEAR_ELSEWHERE``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

RESULTS = """story: alevel-results-day
date: 2027-08-19
about: [jcq]
entities:
  jcq: {name: Joint Council for Qualifications, aliases: [JCQ, the JCQ], kind: organisation}
  hale: {name: Priya Hale, aliases: [Hale, Ms Hale], kind: person}
places:
  england: {name: England, country: GB}
  london: {name: London, in: england}
facts:
  - id: results-published
    who: jcq
    what: [published A-level results, published this year's A-level results]
    where: london
    when: 2027-08-19
  - id: top-grades
    who: jcq
    what: [entries awarded A or A*, entries given an A or A*]
    count: 27.9
    unit: '%'
  - id: entries
    who: jcq
    what: [A-level entries, entries for A-levels]
    count: 845000
  - id: hale-quote
    who: hale
    quote: Students have worked incredibly hard and these grades are richly deserved
"""

STRIKE = """story: teachers-strike
date: 2027-03-11
about: [neu]
entities:
  neu: {name: National Education Union, aliases: [NEU], mention_only: [the union],
    kind: organisation}
  ward: {name: Martin Ward, aliases: [Ward, Mr Ward], kind: person}
places:
  england: {name: England, country: GB}
  manchester: {name: Manchester, in: england}
facts:
  - id: strike
    who: neu
    what: [staged a national strike, held a national strike]
    where: england
    when: 2027-03-10
  - id: schools-closed
    who: neu
    what: [closed schools, schools closed]
    count: 4300
  - id: pay-offer
    who: neu
    what: [rejected a pay offer of, turned down a pay rise of]
    count: 4.5
    unit: '%'
  - id: ward-quote
    who: ward
    quote: Teachers do not want to strike, but the government has left us no choice
"""

PUBLISHED = {
    RESULTS: dt.date(2027, 8, 19),  # a Thursday: results day
    STRIKE: dt.date(2027, 3, 11),  # a Thursday: the strike was on Wednesday
}

FIRST_RUN = [
    (RESULTS, s)
    for s in (
        "The JCQ said 27.9% of entries were awarded A or A*, down from 28.4% in 2026 and 25.4% in"
        " 2019, before the pandemic.",
        "The Joint Council for Qualifications published A-level results in London on Thursday,"
        " a week before GCSE results on August 26.",
        "In London, 33.2% of entries were awarded A or A*, against 22.1% in the North East, the"
        " JCQ said.",
        "The JCQ said 44.8% of entries were given an A or A* in 2021, when grades were set by"
        " teachers during the pandemic.",
        "A-level entries rose to 845,000, the JCQ said, as more 18-year-olds stayed in education.",
        "The JCQ said A-level entries in maths reached 98,000, making it the most popular"
        " subject for a 12th year.",
        "In Wales, 30.2% of entries were awarded A or A*, and in Northern Ireland 36.1%, the JCQ"
        " figures show.",
        "The JCQ published this year's A-level results on Thursday, when 290,000 Year 13 pupils"
        " in England collected their grades.",
        "Private schools saw 49% of entries awarded A or A*, compared with 22% at comprehensives,"
        " the JCQ said.",
        'Priya Hale, head of Northfield Academy in Leeds, said: "Students have worked incredibly'
        ' hard and these grades are richly deserved."',
        'Hale said last year: "The grades are fair, but the system is still under strain."',
        "The JCQ said 9.3% of entries were given an A*, the highest grade, up from 9.0% last year.",
        "Entries for A-levels from 17-year-olds taking exams a year early fell to 12,000, the"
        " JCQ said.",
        "Boys outperformed girls at the top grade for a third year, with 28.3% of their entries"
        " awarded A or A*, the JCQ said.",
        "The JCQ last published A-level results on August 14, 2026, when 28.4% of entries got"
        " A or A*.",
        "Entries for A-levels in computing rose 12% to 19,000, the JCQ's figures show.",
        "Ms Hale, who has been a head teacher for 15 years, said her pupils had been hit hardest"
        " by the pandemic.",
        "The education secretary said the 27.9% of entries awarded A or A* showed standards were"
        " back to normal.",
        "Ucas said 246,000 students had a university place confirmed on Thursday, after the JCQ"
        " published A-level results.",
        "The JCQ said the share of entries awarded A or A* in the East Midlands fell to 23.8%,"
        " the lowest of any region.",
    )
] + [
    (STRIKE, s)
    for s in (
        "The National Education Union staged a national strike on Wednesday, its first since"
        " July 2023.",
        "The NEU's walkout on Wednesday closed schools across England, with 4,300 shut fully and"
        " 9,800 more partly closed.",
        "The NEU, which has 460,000 members, rejected a pay offer of 4.5% last month.",
        "The NEU held a national strike on Wednesday, and the NASUWT will strike in Wales on"
        " March 24.",
        "In Manchester alone, the strike closed schools for 61,000 pupils, the council said.",
        "The NEU rejected a pay offer of 4.5%, after accepting 6.5% in 2023 and 5.5% in 2024.",
        "The NEU said 91% of members who voted had backed the strike, on a turnout of 53%.",
        "Martin Ward, the NEU's general secretary, said: \"Teachers do not want to strike, but"
        ' the government has left us no choice."',
        'Ward said in January: "We will strike if we must."',
        "The NEU has staged a national strike four times since 2023, and plans two more days in"
        " April.",
        "Year 11 pupils, who sit GCSEs in May, were among those kept at home when the NEU closed"
        " schools on Wednesday.",
        "The government said 4,300 schools closed, but only 1,100 of them in full, after the NEU"
        " staged a national strike.",
        "The NEU turned down a pay rise of 4.5%, saying inflation had been 5.1% over the past"
        " year.",
        "The NEU will hold a national strike again on April 21 and April 22 unless ministers"
        " improve the offer.",
        "Schools in Scotland, where the EIS union settled for 5% last year, were not affected"
        " when the NEU held a national strike.",
        "Mr Ward, a former maths teacher, said 16-year-olds had lost too many days to strikes.",
        "The NEU staged a national strike in England on Wednesday; teachers in Wales did not"
        " strike.",
        "Ofsted said 22,000 schools in England would normally be open on a Wednesday in March, when"
        " the NEU closed schools.",
        "The NASUWT union has not rejected a pay offer of 4.5%, and will ballot its 300,000"
        " members next month.",
        "The education secretary said the NEU had rejected a pay offer of 4.5% that was the"
        " highest in Europe.",
    )
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_education_reports_raise_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


CONTRADICTIONS = [
    (
        RESULTS,
        "The JCQ published A-level results in London on Wednesday.",
        {"results-published:when"},
    ),
    (
        RESULTS,
        "The JCQ published A-level results in Cardiff on Thursday.",
        {"results-published:where"},
    ),
    (
        RESULTS,
        'Priya Hale said: "Students have worked incredibly hard but these grades are not'
        ' deserved."',
        {"hale-quote:quote"},
    ),
    (STRIKE, "The NEU staged a national strike on Tuesday.", {"strike:when"}),
    (STRIKE, "The NEU staged a national strike in Scotland on Wednesday.", {"strike:where"}),
    (STRIKE, "The NEU rejected a pay offer of 5.5%.", {"pay-offer:count"}),
    (STRIKE, "The NEU did not stage a national strike on Wednesday.", {"strike:what"}),
    (
        STRIKE,
        'Martin Ward said: "Teachers want to strike, and the government has left us no choice."',
        {"ward-quote:quote"},
    ),
]


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_education_facts_clashes(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


MISSED = [
    # the share told before `of` and the phrase split by `were`: the phrase is not found
    (RESULTS, "The JCQ said 26.9% of entries were awarded A or A*."),
    # the count told in a clause the who reports (`..., the JCQ said`) whose subject is the
    # phrase: the who is not found as the phrase's subject, and the fact is not read
    (RESULTS, "A-level entries rose to 854,000, the JCQ said."),
]


@pytest.mark.parametrize("story, text", MISSED)
def test_contradictions_still_missed(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


SECOND_ROUND = [
    (RESULTS, s)
    for s in (
        "The JCQ's 27.9% of entries awarded A or A* compares with 25.4% of entries awarded A or"
        " A* in 2019.",
        "Entries awarded A or A* in Northern Ireland made up 36.1%, the highest share of any"
        " nation, the JCQ said.",
        "The JCQ counted 845,000 A-level entries this year, while Scotland's exam board counted"
        " 140,000 Higher entries.",
        "The JCQ published A-level results for Wales in Cardiff on Thursday, where 30.2% of"
        " entries awarded A or A* went to girls.",
        "In 2020, when exams were cancelled, the JCQ had 780,000 A-level entries and 38.5% of"
        " entries awarded A or A*.",
        "The JCQ published A-level results on Thursday; BTec results for 20,000 students came out"
        " on Tuesday.",
        "Only 18.2% of entries awarded A or A* went to pupils on free school meals, the JCQ said.",
        "The JCQ will publish GCSE results on August 26, a week after it published A-level"
        " results.",
        "The JCQ had 302,000 A-level entries from Year 13 pupils in the North West and London"
        " combined.",
        "The JCQ said entries awarded A or A* in further maths were 61.2%, the highest of any"
        " subject.",
        "The JCQ has not published A-level results in Scotland since 1999, when Higher results"
        " moved to SQA.",
        "For 19-year-olds resitting, the JCQ had 14,500 A-level entries, with 11% of entries"
        " awarded A or A*.",
        "The JCQ published A-level results in Belfast on August 17 last year, two days earlier"
        " than in England.",
        'Hale said: "Students have worked incredibly hard," and added that funding had fallen'
        " by 9% since 2010.",
        "The JCQ reported 845,000 A-level entries, of which 42,000 were in psychology, up 3%.",
        "Academies accounted for 410,000 A-level entries, the JCQ said, and private schools for"
        " 96,000.",
        "The JCQ said entries awarded A or A* fell to 27.9% from 28.4%, the third fall in a row,"
        " with 22.3% in Yorkshire.",
        "The JCQ published A-level results on Thursday after 2,100 appeals were lodged against"
        " last summer's grades.",
        "The JCQ expects A-level entries to reach 880,000 by 2030, as the number of 18-year-olds"
        " peaks.",
        'Ms Hale told the BBC in June: "Students are anxious and exhausted after the exams."',
    )
] + [
    (STRIKE, s)
    for s in (
        "The NEU staged a national strike on Wednesday, a week after the EIS staged a national"
        " strike in Scotland on March 3.",
        "The NEU's members in Wales staged a national strike on February 2, over a separate pay"
        " offer.",
        "The NEU closed schools in 4,300 places across England, and the NASUWT closed schools in"
        " 900 more.",
        "In Manchester, the NEU closed schools for 210 of the city's 240 state schools, the"
        " council said.",
        "The NEU rejected a pay offer of 4.5% for teachers, and a pay offer of 3% for support"
        " staff.",
        "The NEU rejected a pay offer of 3.5% in 2022, and teachers then staged a national strike"
        " over eight days.",
        "The NEU held a national strike on Wednesday in England, while teachers in Northern"
        " Ireland held a national strike in January.",
        "The NEU staged a national strike on Wednesday, and said Year 11 and Year 13 pupils"
        " should stay home on April 21.",
        "The NEU has closed schools on 14 days since 2023, costing 16-year-olds 70 hours of"
        " teaching.",
        "The NEU did not close schools for pupils with special needs, of whom 1.2 million were in"
        " school on Wednesday.",
        "The government said the NEU had rejected a pay offer of 4.5%, although it was the"
        " biggest since 1990, when teachers got 9.5%.",
        "Ward said the NEU had rejected a pay offer of 4.5% because nine in ten members had"
        " voted against it.",
        "Head teachers said the NEU's strike closed schools for 2.1 million pupils in England.",
        'Ward said on Monday: "A strike is the last thing any teacher wants."',
        "Mr Ward, 54, became NEU general secretary in 2026, after the NEU staged a national"
        " strike in 2023.",
        "The NEU will hold a national strike in Manchester on March 25, if ministers do not"
        " return to talks.",
        "The NEU staged a national strike on Wednesday, closing schools for 61% of pupils, up from"
        " 44% in 2023.",
        "Parents in London, where 800 schools closed, were told to expect two more strike days in"
        " April.",
        "The NEU closed schools in Liverpool and Leeds on Wednesday, and 300 schools in Wales"
        " closed on Friday.",
        "The NEU rejected a pay offer of 4.5%, saying teachers' pay had fallen 11% in real terms"
        " since 2010.",
    )
]


@pytest.mark.parametrize("story, text", SECOND_ROUND)
def test_a_second_round_of_education_reports_raises_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


AGE_GROUPS = [
    # an age or a school year group opening the sentence, or in a named place: the group's count
    "For 19-year-olds resitting, the JCQ had 14,500 A-level entries.",
    "Among 17-year-olds, the JCQ counted 12,000 A-level entries.",
    "The JCQ had 302,000 A-level entries from Year 13 pupils in the North West and London"
    " combined.",
]


@pytest.mark.parametrize("text", AGE_GROUPS)
def test_an_age_or_year_group_s_count_is_not_the_whole_s(text: str) -> None:
    assert clashes_on(text, RESULTS, PUBLISHED[RESULTS]) == set()


WHOLE_COUNTS = [
    # another opening, or a group in no place: judged
    "For the first time, the JCQ had 854,000 A-level entries.",
    "The JCQ had 854,000 A-level entries from Year 13 pupils.",
    "The JCQ had 854,000 A-level entries from 18-year-olds.",
]


@pytest.mark.parametrize("text", WHOLE_COUNTS)
def test_the_whole_s_count_is_judged(text: str) -> None:
    assert clashes_on(text, RESULTS, PUBLISHED[RESULTS]) == {"entries:count"}


ACCOUNTED_FOR = [
    # what a part accounted for: the part's share of the whole
    "Academies accounted for 410,000 A-level entries, the JCQ said, and private schools for"
    " 96,000.",
    "The JCQ said academies accounted for 410,000 A-level entries.",
    "The JCQ said girls accounted for about 470,000 A-level entries.",
]


@pytest.mark.parametrize("text", ACCOUNTED_FOR)
def test_what_a_part_accounted_for_is_not_the_whole(text: str) -> None:
    assert clashes_on(text, RESULTS, PUBLISHED[RESULTS]) == set()


COUNTED = [
    # the who's own count: judged
    "The JCQ counted 410,000 A-level entries.",
    "The JCQ said it received 410,000 A-level entries.",
]


@pytest.mark.parametrize("text", COUNTED)
def test_the_who_s_own_count_is_judged(text: str) -> None:
    assert clashes_on(text, RESULTS, PUBLISHED[RESULTS]) == {"entries:count"}


JOINED_COUNTS = [
    # a number opening a clause joined after the who's: that clause's own subject
    "The NEU closed schools in Leeds on Wednesday, and 300 schools in Wales closed on Friday.",
    "The NEU closed schools on Wednesday, while 300 schools closed in Wales.",
]


@pytest.mark.parametrize("text", JOINED_COUNTS)
def test_a_count_opening_a_joined_clause_is_its_subject_s(text: str) -> None:
    assert clashes_on(text, STRIKE, PUBLISHED[STRIKE]) == set()


WHO_S_COUNTS = [
    # the number inside the who's clause, after the verb of a joined one, or opening a joined
    # clause that tells the closures for the first time: judged
    "The NEU closed 300 schools on Wednesday.",
    "The NEU staged a national strike on Wednesday, and 300 schools closed.",
    "The NEU closed schools on Wednesday, and closed 300 schools on Thursday.",
    "The NEU, which closed 300 schools, staged a national strike.",
]


@pytest.mark.parametrize("text", WHO_S_COUNTS)
def test_the_who_s_count_of_schools_is_judged(text: str) -> None:
    assert clashes_on(text, STRIKE, PUBLISHED[STRIKE]) == {"schools-closed:count"}


AFTER_EARLIER_YEARS = [
    # after `, after`, when the main clause's year is before the fact's: an earlier occurrence
    "Mr Ward became NEU general secretary in 2026, after the NEU staged a national strike in 2023.",
    "Ward joined the union in 2019, shortly after the NEU held a national strike in 2018.",
]


@pytest.mark.parametrize("text", AFTER_EARLIER_YEARS)
def test_an_act_before_an_earlier_year_is_another_occurrence(text: str) -> None:
    assert clashes_on(text, STRIKE, PUBLISHED[STRIKE]) == set()


AFTER_STILL_JUDGED = [
    # a main clause of the fact's year, no main clause, or a date after the main clause's year
    "Mr Ward became NEU general secretary in 2027, after the NEU staged a national strike in 2023.",
    "The NEU staged a national strike in 2023.",
    "Ward resigned in 2026, after the NEU staged a national strike on Tuesday.",
]


@pytest.mark.parametrize("text", AFTER_STILL_JUDGED)
def test_the_strike_s_other_dates_are_still_judged(text: str) -> None:
    assert clashes_on(text, STRIKE, PUBLISHED[STRIKE]) == {"strike:when"}


LAST_YEAR_ELSEWHERE = [
    # a day told with `last year` right after it, and another place: last year's act
    "The JCQ published A-level results in Belfast on August 17 last year.",
    "The JCQ published A-level results in Belfast on August 17 last year, two days earlier than"
    " in England.",
]


@pytest.mark.parametrize("text", LAST_YEAR_ELSEWHERE)
def test_a_day_of_last_year_elsewhere_is_another_occurrence(text: str) -> None:
    assert clashes_on(text, RESULTS, PUBLISHED[RESULTS]) == set()


THIS_YEAR_OR_HERE = [
    # the day alone, `this year`, or no other place: judged
    (
        "The JCQ published A-level results in Belfast on August 17.",
        {"results-published:where", "results-published:when"},
    ),
    # `this year` fits only at the year: the day inside it clashes
    # (``tests/test_dates_refined_by_a_clash.py``)
    (
        "The JCQ published A-level results in Belfast on August 17 this year.",
        {"results-published:where", "results-published:when"},
    ),
    ("The JCQ published A-level results on August 17 last year.", {"results-published:when"}),
]


@pytest.mark.parametrize("text, expected", THIS_YEAR_OR_HERE)
def test_this_year_s_day_or_place_is_judged(text: str, expected: set[str]) -> None:
    assert clashes_on(text, RESULTS, PUBLISHED[RESULTS]) == expected
