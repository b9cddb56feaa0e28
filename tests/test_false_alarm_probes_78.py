"""Case table of false alarms looked for in invented stories told through housing market and
prices copy (a building society's monthly house price index, a central bank's rate cut reported
through a lender cutting its mortgage rates the next day): annual and monthly changes, the
country's average price beside the regions', earlier peaks and troughs with their dates,
forecasts for next year, other lenders' rates and other products (five-year fixes, trackers,
savings), approvals and transactions for other months, rates by deposit size, and an economist's
and a broker's words, one of them said on another day. The facts were written first (`factcheck
validate` raised nothing), then the sentences that state nothing contrary to them
(``FIRST_RUN``) and those that state a wrong value for the fact's own event
(``CONTRADICTIONS``), all before the checker first ran on them.

First run (at fe21afa): 1 false contradiction in 180 cells (40 sentences, each checked against
every fact of its story: four facts of the building society, five of the rate cut), and 9 of the
10 contradictions caught on their slot. The false one is now left unjudged by its rule: the
phrase again in a clause joined by `, and` whose own subject stands right before it
(`Northgate cut mortgage rates on Friday ..., and its Scottish arm will cut mortgage rates on
Monday`, ``JOINED_CLAUSES``). The miss is in ``MISSED``: a count told with a month of its own in
a fact with no `when` (`annual house price growth of 3.8% in March`: the figure may be another
month's).

A second round of 20 sentences per story (``SECOND_ROUND``), written the same way after the first
run and before the checker ran on them (at 2d85889), raised 3 false contradictions in 180 cells.
Each is now left unjudged by its own rule (tables below): a place told as a region before `, with`
and the phrase (`London remains the weakest region, with annual house price growth of 0.8%`,
``REGIONS``), what some members of a body voted for (`two of its nine policymakers had voted to
cut interest rates to 3.25%`, ``MEMBERS_VOTES``) and an act told in the future with a later day,
in an article of the fact's very day (`Northgate will cut mortgage rates for buy-to-let
landlords on February 12`, ``LATER_PLANS``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

HARTFIELD = """story: hartfield-house-prices
date: 2027-04-01
about: [hartfield]
entities:
  hartfield: {name: Hartfield Building Society, aliases: [Hartfield], kind: organisation}
  marsh: {name: Helen Marsh, aliases: [Marsh, Ms Marsh], kind: person}
places:
  england: {name: England, country: GB}
  leeds: {name: Leeds, in: england}
facts:
  - id: index-published
    who: hartfield
    what: [published its house price index, house price index for March]
    where: leeds
    when: 2027-04-01
  - id: annual-growth
    who: hartfield
    what: [annual house price growth, annual rate of house price growth]
    count: 3.2
    unit: '%'
  - id: average-price
    who: hartfield
    what: [average UK house price, average price of a UK home]
    count: 271400
    unit: £
  - id: marsh-quote
    who: marsh
    quote: Buyers are returning as mortgage rates ease, but affordability is still stretched
"""

RATES = """story: boe-rate-cut-lenders
date: 2027-02-05
about: [boe, northgate]
entities:
  boe: {name: Bank of England, aliases: [the Bank, BoE], kind: organisation}
  northgate: {name: Northgate Bank, aliases: [Northgate], kind: organisation}
  okafor: {name: Daniel Okafor, aliases: [Okafor, Mr Okafor], kind: person}
places:
  england: {name: England, country: GB}
  london: {name: London, in: england}
facts:
  - id: bank-cut
    who: boe
    what: [cut interest rates, cut Bank Rate, cut its base rate]
    where: london
    when: 2027-02-04
  - id: new-rate
    who: boe
    what: [cut interest rates to, cut Bank Rate to, cut its base rate to]
    count: 3.5
    unit: '%'
  - id: lender-cut
    who: northgate
    what: [cut its mortgage rates, cut mortgage rates]
    when: 2027-02-05
  - id: two-year-fix
    who: northgate
    what: [two-year fixed rate, two-year fix]
    count: 4.19
    unit: '%'
  - id: okafor-quote
    who: okafor
    quote: Lenders are now competing hard for borrowers with big deposits
"""

PUBLISHED = {
    HARTFIELD: dt.date(2027, 4, 1),  # a Thursday: the index came out that day
    RATES: dt.date(2027, 2, 5),  # a Friday: the Bank cut on Thursday, Northgate on Friday
}

FIRST_RUN = [
    (HARTFIELD, s)
    for s in (
        "Hartfield Building Society said annual house price growth picked up to 3.2% in March,"
        " from 2.8% in February, while prices rose 0.4% on the month.",
        "The average UK house price was £271,400 in March, Hartfield said, up from £262,900 a"
        " year earlier.",
        "Hartfield's house price index for March put the average price of a UK home at £271,400,"
        " still below the peak of £276,000 reached in August 2022.",
        "Prices averaged £538,000 in London and £165,000 in the North East, according to"
        " Hartfield's house price index for March.",
        "Annual house price growth in Northern Ireland was 7.1%, the strongest of any region,"
        " Hartfield said.",
        "Hartfield, which published its house price index in Leeds on Thursday, expects annual"
        " house price growth of 2% to 4% next year.",
        "Hartfield's annual rate of house price growth hit a low of minus 5.3% in July 2023, when"
        " mortgage rates peaked.",
        "The average UK house price of £271,400 compares with £298,000 in the South East and"
        " £185,000 in Wales, Hartfield said.",
        "Helen Marsh, Hartfield's chief economist, said: \"Buyers are returning as mortgage rates"
        ' ease, but affordability is still stretched."',
        "Ms Marsh added that a typical first-time buyer now spends 34% of take-home pay on"
        " mortgage payments, against a long-run average of 29%.",
        "Hartfield's figure was above that of rival lender Crownway, which said last week that"
        " annual house price growth was 2.1% in March.",
        "Mortgage approvals rose to 65,000 in February from 61,000 in January, central bank"
        " figures showed, ahead of Hartfield's house price index for March.",
        "Hartfield published its house price index on Thursday, a day before Land Registry"
        " figures for January put annual house price growth at 1.9%.",
        "Economists polled by Reuters had expected Hartfield to report annual house price growth"
        " of 2.9%.",
        "Before the pandemic, the average price of a UK home was £215,000, Hartfield's data show.",
        "Hartfield's annual house price growth of 3.2% was the fastest since December 2022, when"
        " it was 4.1%.",
        "Hartfield said the average UK house price had risen by £8,500 over the past year, or"
        " about £700 a month.",
        "Hartfield published its house price index for March on April 1, as it does on the first"
        " working day of each month.",
        "Transactions fell to 82,000 in March, and Hartfield expects annual house price growth to"
        " slow to 2.5% by December.",
        'Marsh said in February: "Buyers are cautious, and affordability is stretched."',
    )
] + [
    (RATES, s)
    for s in (
        "The Bank of England cut interest rates to 3.5% on Thursday, its third cut in a year, and"
        " Northgate Bank cut its mortgage rates the next day.",
        "Northgate cut mortgage rates by up to 0.25 percentage points on Friday, taking its"
        " two-year fixed rate to 4.19% and its five-year fix to 4.05%.",
        "Northgate's two-year fixed rate of 4.19% compares with 5.89% at the peak in July 2023,"
        " according to Moneyfacts.",
        "Northgate followed Crownway, which cut its mortgage rates on Wednesday and now offers a"
        " two-year fix at 4.09%.",
        "The Bank of England last cut Bank Rate in November, to 3.75%, after holding it at 5.25%"
        " for a year until August 2024.",
        "Markets expect the Bank to cut interest rates to 3.25% by the summer, and to 3% by the"
        " end of next year.",
        "The Bank of England cut interest rates by 0.25 percentage points in London on Thursday,"
        " in a 6-3 vote.",
        "Northgate's two-year fixed rate for borrowers with a 40% deposit is now 4.19%, while"
        " buyers with a 10% deposit pay 4.89%.",
        'Daniel Okafor, a mortgage broker at Homefirst, said: "Lenders are now competing hard for'
        ' borrowers with big deposits."',
        'Okafor said in December: "Lenders are still pricing cautiously."',
        "The average two-year fixed rate across the market fell to 4.71% from 4.78%, Moneyfacts"
        " said, though Northgate's two-year fix, at 4.19%, is among the cheapest.",
        "Mortgage approvals rose to 66,000 in December, the Bank of England said a week before it"
        " cut interest rates.",
        "Northgate cut mortgage rates on Friday for the fourth time since October, when its"
        " two-year fix stood at 4.69%.",
        "The Bank of England, which cut Bank Rate to 3.5% on Thursday, expects inflation to fall"
        " to 2.1% next year.",
        "Northgate Bank, which will cut its mortgage rates again on February 19 for remortgage"
        " customers, said its tracker rate would follow Bank Rate down to 4.24%.",
        "Economists had expected the Bank of England to cut interest rates to 3.25%.",
        "Northgate's five-year fixed rate fell to 3.99%, below its two-year fixed rate of 4.19%,"
        " for the first time since 2022.",
        "The Bank of England cut its base rate to 3.5% on Thursday, and Northgate's savings rates"
        " fell to 3.1% the same day.",
        "Two years ago, Northgate's two-year fix was 5.29%, and the Bank of England had not cut"
        " interest rates since March 2020.",
        "Northgate cut mortgage rates on Friday for buyers in England and Wales, and its Scottish"
        " arm will cut mortgage rates on Monday.",
    )
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_housing_market_reports_raise_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


CONTRADICTIONS = [
    (
        HARTFIELD,
        "Hartfield published its house price index in Leeds on Wednesday.",
        {"index-published:when"},
    ),
    (
        HARTFIELD,
        "Hartfield published its house price index in Manchester on Thursday.",
        {"index-published:where"},
    ),
    (HARTFIELD, "Hartfield put the average UK house price at £281,400.", {"average-price:count"}),
    (
        HARTFIELD,
        'Helen Marsh said: "Buyers are returning as mortgage rates ease, and affordability is no'
        ' longer stretched."',
        {"marsh-quote:quote"},
    ),
    (RATES, "The Bank of England cut interest rates in London on Wednesday.", {"bank-cut:when"}),
    (RATES, "The Bank of England cut interest rates to 3.25% on Thursday.", {"new-rate:count"}),
    (RATES, "Northgate cut its mortgage rates on Monday.", {"lender-cut:when"}),
    (
        RATES,
        "Northgate's 4.39% two-year fixed rate is the cheapest on the market.",
        {"two-year-fix:count"},
    ),
    (RATES, "The Bank of England did not cut interest rates on Thursday.", {"bank-cut:what"}),
]


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_housing_facts_clashes(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


MISSED = [
    # a count told with a month of its own, in a fact with no `when`: the figure may be that of
    # another month, and is not read
    (HARTFIELD, "Hartfield reported annual house price growth of 3.8% in March."),
]


@pytest.mark.parametrize("story, text", MISSED)
def test_contradictions_still_missed(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


JOINED_CLAUSES = [
    # a clause joined by `, and` whose own subject stands right before the phrase: that
    # subject's act
    "Northgate cut mortgage rates on Friday, and its Scottish arm will cut mortgage rates on "
    "Monday.",
    "Northgate cut mortgage rates on Friday, and Crownway will cut mortgage rates on Monday.",
    "Northgate cut mortgage rates on Friday, and the rival lender cut mortgage rates on Tuesday.",
    "Northgate cut mortgage rates on Friday, and its rival Crownway will cut mortgage rates on "
    "Monday.",
]


@pytest.mark.parametrize("text", JOINED_CLAUSES)
def test_the_subject_of_a_joined_clause_does_its_act(text: str) -> None:
    assert clashes_on(text, RATES, PUBLISHED[RATES]) == set()


STILL_JUDGED = [
    # the fact's who alone, a pronoun or a time after `and`: the who's act, judged
    ("Northgate cut mortgage rates on Monday.", {"lender-cut:when"}),
    ("Northgate cut mortgage rates on Monday, and it will cut them again.", {"lender-cut:when"}),
    (
        "Northgate cut mortgage rates on Monday, and a week later cut mortgage rates again.",
        {"lender-cut:when"},
    ),
    (
        "Northgate cut mortgage rates on Monday, and Crownway will cut mortgage rates on Friday.",
        {"lender-cut:when"},
    ),
    (
        "Northgate cut mortgage rates on Friday and then cut mortgage rates on Monday.",
        {"lender-cut:when"},
    ),
]


@pytest.mark.parametrize("text, expected", STILL_JUDGED)
def test_the_who_s_own_clause_is_still_judged(text: str, expected: set[str]) -> None:
    assert clashes_on(text, RATES, PUBLISHED[RATES]) == expected


SECOND_ROUND = [
    (HARTFIELD, s)
    for s in (
        "Hartfield's house price index for March, published in Leeds on Thursday, showed prices"
        " up 0.4% on the month and 3.2% on a year earlier.",
        "The annual rate of house price growth has now risen for five months in a row, from 0.9%"
        " in October, Hartfield said.",
        "On Hartfield's measure, the average UK house price is still £4,600 below its August 2022"
        " peak.",
        "London remains the weakest region, with annual house price growth of 0.8%, Hartfield"
        " said, while the North West led with 5.6%.",
        "Hartfield, whose house price index for February showed annual house price growth of"
        " 2.8%, said March's figure beat forecasts.",
        "Halden Building Society will publish its house price index on April 7, a week after"
        " Hartfield's.",
        "Hartfield's average UK house price has doubled since 2007, when it stood at £135,700.",
        "Detached houses rose 4.1% and flats 1.2% over the year, Hartfield said, against annual"
        " house price growth of 3.2% for all types.",
        "Adjusted for inflation, annual house price growth was just 0.6%, Hartfield's figures"
        " show.",
        "A first-time buyer on a salary of £38,000 would need a deposit of £40,700 to buy a home"
        " at Hartfield's average UK house price.",
        "Hartfield last published its house price index from its old head office in Halifax in"
        " 2019.",
        "'Affordability is still stretched,' Marsh said, though she expects annual house price"
        " growth to ease to 2% by the end of 2028.",
        "Marsh, who joined Hartfield in 2021, said last month that buyers were returning.",
        "In 2007, the average price of a UK home was 5.4 times average earnings; today it is 5.8"
        " times, Hartfield said.",
        "The average UK house price rose £1,100 in March alone, Hartfield said.",
        "Annual house price growth of 3.2% in Hartfield's house price index for March was the"
        " 14th month of growth in a row.",
        "Hartfield did not change how it calculates the average UK house price, despite"
        " criticism from economists last year.",
        "Hartfield's index has risen in all but three months since it published its house price"
        " index for March 2024.",
        "Over the past decade, annual house price growth has averaged 4.3%, Hartfield said.",
        'Marsh told the BBC on Wednesday: "Rates are easing, but not fast enough for many buyers."',
    )
] + [
    (RATES, s)
    for s in (
        "Northgate cut its mortgage rates on Friday, a day after the Bank of England cut interest"
        " rates to 3.5% in London.",
        "Since the Bank first cut interest rates in August 2024, when it lowered them to 5%,"
        " Northgate has cut its two-year fix 11 times.",
        "Northgate's two-year fixed rate, which was 4.39% on Thursday, fell to 4.19% on Friday.",
        "The Bank of England, which cut its base rate to 3.5%, said two of its nine policymakers"
        " had voted to cut interest rates to 3.25%.",
        "Northgate's cheapest two-year fix, at 3.99%, is for remortgage customers with a 40%"
        " deposit; its headline two-year fixed rate is 4.19%.",
        "Crownway's two-year fixed rate of 4.09% undercuts Northgate by 0.1 points.",
        "Northgate will cut mortgage rates for buy-to-let landlords on February 12, a week after"
        " it cut its mortgage rates for homebuyers.",
        "Halifax and Nationwide cut mortgage rates on Thursday evening, hours before Northgate cut"
        " its mortgage rates on Friday morning.",
        "The Bank of England has cut interest rates five times since August 2024, from a peak of"
        " 5.25%.",
        "The Bank of England cut interest rates to 0.1% in March 2020, at the start of the"
        " pandemic.",
        "Northgate said it would not cut mortgage rates further until the Bank cuts interest"
        " rates again in May.",
        "Okafor, who has worked as a broker since 2009, said rates had never fallen so fast.",
        'Mr Okafor said: "Lenders are now competing hard for borrowers with big deposits, less so'
        ' for first-time buyers."',
        "Northgate's two-year fix now costs a borrower with a £200,000 mortgage £1,070 a month,"
        " £160 less than a year ago.",
        "The Bank's decision to cut interest rates, taken by a 7-2 vote in London on Thursday,"
        " was its first this year.",
        "The Bank of England held Bank Rate at 3.75% in December, before it cut interest rates on"
        " Thursday.",
        "Northgate's two-year fix was 4.19% for new customers and 4.29% for existing borrowers"
        " moving deals.",
        "Lenders including Northgate cut mortgage rates on Friday, following Barclays, which cut"
        " its mortgage rates on Thursday.",
        "Northgate cut mortgage rates by 0.15 points on Friday and will cut them again by 0.1"
        " points on Monday.",
        "The Bank of England's Monetary Policy Committee next meets on March 18, when markets"
        " expect it to cut interest rates to 3.25%.",
    )
]


@pytest.mark.parametrize("story, text", SECOND_ROUND)
def test_a_second_round_of_housing_reports_raises_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


LATER_PLANS = [
    # told in the future, in an article of the fact's very day, with a later day: another cut
    "Northgate will cut mortgage rates for buy-to-let landlords on February 12.",
    "Northgate will cut mortgage rates on Monday for remortgage customers.",
    "Northgate is due to cut its mortgage rates on February 19.",
]


@pytest.mark.parametrize("text", LATER_PLANS)
def test_a_later_plan_told_on_the_fact_s_day_is_another_act(text: str) -> None:
    assert clashes_on(text, RATES, PUBLISHED[RATES]) == set()


PLANS_STILL_JUDGED = [
    # a day before the article's, a month, a cut told in the past, or an article of a day
    # before the fact's: judged
    ("Northgate will cut mortgage rates on February 4.", RATES, dt.date(2027, 2, 5)),
    ("Northgate will cut mortgage rates in March.", RATES, dt.date(2027, 2, 5)),
    ("Northgate cut mortgage rates on February 12.", RATES, dt.date(2027, 2, 5)),
    ("Northgate will cut mortgage rates on February 12.", RATES, dt.date(2027, 2, 3)),
]


@pytest.mark.parametrize("text, story, published", PLANS_STILL_JUDGED)
def test_other_days_of_the_cut_are_still_judged(text: str, story: str, published: dt.date) -> None:
    assert clashes_on(text, story, published) == {"lender-cut:when"}


MEMBERS_VOTES = [
    # members of the body voting for the act: their vote, not the body's act
    "The Bank of England said two of its nine policymakers had voted to cut interest rates to"
    " 3.25%.",
    "Two Bank of England policymakers voted to cut interest rates to 3.25%.",
]


@pytest.mark.parametrize("text", MEMBERS_VOTES)
def test_what_members_voted_for_is_not_the_body_s_act(text: str) -> None:
    assert clashes_on(text, RATES, PUBLISHED[RATES]) == set()


BODY_VOTES = [
    # the body's own vote, or the act itself: judged
    "The Bank of England voted to cut interest rates to 3.25%.",
    "The Bank of England's policymakers cut interest rates to 3.25%.",
]


@pytest.mark.parametrize("text", BODY_VOTES)
def test_the_body_s_own_vote_is_judged(text: str) -> None:
    assert clashes_on(text, RATES, PUBLISHED[RATES]) == {"new-rate:count"}


REGIONS = [
    # a place told as a region before `, with` and the phrase: the region's figure
    "London remains the weakest region, with annual house price growth of 0.8%, Hartfield said,"
    " while the North West led with 5.6%.",
    "Hartfield said London was the weakest region, with annual house price growth of 0.8%.",
    "Hartfield said Wales was the strongest nation, with annual house price growth of 5.6%.",
]


@pytest.mark.parametrize("text", REGIONS)
def test_a_region_s_figure_is_not_the_country_s(text: str) -> None:
    assert clashes_on(text, HARTFIELD, PUBLISHED[HARTFIELD]) == set()


COUNTRY_FIGURES = [
    # the story's own place, the fact's who, or no place before `with`: judged
    "Hartfield said Leeds was the strongest city, with annual house price growth of 5.6%.",
    "Hartfield was the most upbeat lender, with annual house price growth of 0.8%.",
    "Hartfield reported annual house price growth of 0.8%.",
]


@pytest.mark.parametrize("text", COUNTRY_FIGURES)
def test_the_country_s_figure_is_judged(text: str) -> None:
    assert clashes_on(text, HARTFIELD, PUBLISHED[HARTFIELD]) == {"annual-growth:count"}
