"""Case table of false alarms looked for in invented stories (a peanut butter recall, a measles
outbreak) told as health and public-safety notices: a product recall notice (batch and lot codes,
best-before dates, pack sizes, a customer phone line with its opening hours, symptoms and their
onset in hours, an agency's notice reference, an earlier recall of the same product) and a weekly
outbreak bulletin (weekly case counts, counts by district and age band, vaccination rates,
exposure sites with dates and times, clinics to come, an earlier outbreak, another quote of the
health officer's). The facts were written first (`factcheck validate` raised no warning), then
the sentences that state nothing contrary to them (``FIRST_RUN``) and those that state a wrong
value for the fact's own event (``CONTRADICTIONS``), each to clash on its slot, all before the
checker first ran on them.

First run (at 241f054): no false contradiction in 120 cells (40 sentences, each checked against
every fact of its story), and 8 of the 8 contradictions caught on their slot. No rule was added.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

RECALL = """
story: brookvale-recall
date: 2027-06-08
about: [hartfield]
entities:
  hartfield: {name: Hartfield Foods, aliases: [Hartfield], kind: organisation}
  spread: {name: Brookvale Smooth Peanut Butter, kind: product}
  fsa: {name: Food Standards Agency, aliases: [FSA], kind: organisation}
  okafor: {name: Grace Okafor, aliases: [Okafor, Ms Okafor], kind: person}
places:
  uk: {name: United Kingdom, aliases: [UK], country: GB}
facts:
  - id: recall
    who: hartfield
    what:
      - recalled Brookvale Smooth Peanut Butter
      - recalling Brookvale Smooth Peanut Butter
      - recall of Brookvale Smooth Peanut Butter
    when: 2027-06-08
    where: uk
  - id: jars
    who: hartfield
    what: [jars of Brookvale Smooth Peanut Butter]
    count: 48000
  - id: okafor-quote
    who: okafor
    quote: We are recalling these jars as a precaution and we are sorry for the worry this causes
"""

MEASLES = """
story: kestrel-measles
date: 2027-02-03
about: [dept]
entities:
  dept:
    name: Kestrel County Health Department
    aliases: [Kestrel County Health]
    kind: organisation
    mention_only: [the health department, the department]
  singh: {name: Amara Singh, aliases: [Dr. Singh, Dr. Amara Singh, Singh], kind: person}
places:
  us: {name: United States, aliases: [US], country: US}
  oregon: {name: Oregon, in: us}
  kestrel: {name: Kestrel County, in: oregon}
facts:
  - id: outbreak
    who: dept
    what: [declared a measles outbreak, declared an outbreak of measles]
    when: 2027-02-03
    where: kestrel
  - id: cases
    who: dept
    what: [measles cases in the outbreak, cases in the outbreak]
    count: 63
  - id: singh-quote
    who: singh
    quote: Vaccination is the best protection we have, and it is never too late to get it
"""

PUBLISHED = {
    RECALL: dt.date(2027, 6, 10),  # a Thursday notice: the recall was on Tuesday, June 8
    MEASLES: dt.date(2027, 2, 19),  # a Friday bulletin: the outbreak was declared on February 3
}

FIRST_RUN = [
    (RECALL, s)
    for s in (
        "Hartfield Foods has recalled Brookvale Smooth Peanut Butter because it may contain "
        "salmonella.",
        "Product: Brookvale Smooth Peanut Butter, 340g jar.",
        "Batch codes: L7112, L7113 and L7119.",
        "Best before: 14 March 2028 and 21 March 2028.",
        "The recall of Brookvale Smooth Peanut Butter covers jars with best-before dates in March "
        "2028.",
        "Hartfield recalled Brookvale Smooth Peanut Butter on Tuesday.",
        "Customers should not eat it and should return it to the store for a full refund.",
        "For more information, call the Hartfield customer line on 0800 123 4567, open 9am to "
        "5pm, Monday to Friday.",
        "No other Hartfield products or batch codes are affected.",
        "Hartfield last recalled Brookvale Smooth Peanut Butter in 2025, over undeclared sesame.",
        "The Food Standards Agency said 3 people had reported symptoms.",
        "Lot codes L7112 to L7119 were packed between 2 and 9 May 2027 at the Leyland plant.",
        "Hartfield is recalling Brookvale Smooth Peanut Butter in 340g and 1kg jars sold in the "
        "UK and Ireland.",
        "Jars bought after 20 June 2027 are not affected.",
        "Salmonella symptoms usually appear 6 to 72 hours after eating contaminated food.",
        "The FSA issued a Product Recall Information Notice on 8 June 2027 (reference "
        "FSA-PRIN-31-2027).",
        "If you have 2 jars or more at home, check the lot code on the lid.",
        "Around 48,000 jars of Brookvale Smooth Peanut Butter were sold in the UK.",
        "Retailers including Tesco and Asda have removed the product from shelves since Wednesday.",
        "Ms Okafor said: 'We are recalling these jars as a precaution and we are sorry for the "
        "worry this causes.'",
    )
] + [
    (MEASLES, s)
    for s in (
        "Kestrel County Health Department declared a measles outbreak on February 3 after five "
        "linked cases.",
        "Week 7 (February 13-19): 14 new cases, bringing the total to 63 cases in the outbreak.",
        "Week 6: 19 cases; week 5: 16 cases; week 4: 9 cases; week 3: 5 cases.",
        "By district: Northgate 27, Riverside 18, Eastbrook 11, Hollins 7.",
        "Ages: under 5, 29 cases; 5 to 17, 22 cases; 18 and over, 12 cases.",
        "Of the 63 people, 57 were unvaccinated or had unknown vaccination status.",
        "MMR coverage at age 2 is 81% in Northgate, against 93% countywide.",
        "Nine people have been admitted to hospital; no deaths have been reported.",
        "The department declared its previous measles outbreak in 2019, when 11 cases were "
        "confirmed.",
        "Exposure sites: Northgate Public Library, February 10, 2 pm to 5 pm; Riverside Walmart, "
        "February 12, 10 am to 1 pm.",
        "Anyone exposed who is not immune should stay home for 21 days after exposure.",
        "Free MMR clinics run Saturday, February 20, at Eastbrook High School, 9 am to 3 pm.",
        "Dr. Amara Singh, the county health officer, said: 'Two doses of MMR vaccine are 97% "
        "effective at preventing measles.'",
        "Measles is so contagious that 9 out of 10 unvaccinated close contacts will catch it.",
        "Neighbouring Ash County has reported 4 cases linked to the outbreak.",
        "The outbreak will be declared over after 42 days with no new cases.",
        "Oregon has recorded 71 measles cases so far this year, most of them in Kestrel County.",
        "Kestrel County Health will publish its next bulletin on Friday, February 26.",
        "Cases by date of rash onset peaked in the week of February 8.",
        "Kindergarten vaccination rate in Northgate School District: 78.4% (2026-27 school year).",
    )
]

CONTRADICTIONS = [
    (
        RECALL,
        "Hartfield Foods recalled Brookvale Smooth Peanut Butter on 18 June 2027.",
        {"recall:when"},
    ),
    (
        RECALL,
        "Hartfield Foods recalled 84,000 jars of Brookvale Smooth Peanut Butter.",
        {"jars:count"},
    ),
    (
        RECALL,
        '"We are recalling these jars as a precaution and we are sorry for the delay this causes,"'
        " Grace Okafor said.",
        {"okafor-quote:quote"},
    ),
    (
        RECALL,
        "Hartfield Foods recalled Brookvale Smooth Peanut Butter in France.",
        {"recall:where"},
    ),
    (
        MEASLES,
        "Kestrel County Health Department declared a measles outbreak on January 3.",
        {"outbreak:when"},
    ),
    (
        MEASLES,
        "Kestrel County Health Department has confirmed 36 cases in the outbreak.",
        {"cases:count"},
    ),
    (
        MEASLES,
        '"Vaccination is the best protection we have, and it is never too early to get it,"'
        " Dr. Amara Singh said.",
        {"singh-quote:quote"},
    ),
    (
        MEASLES,
        "Kestrel County Health Department declared a measles outbreak in Texas.",
        {"outbreak:where"},
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
