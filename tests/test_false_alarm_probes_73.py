"""Case table of false alarms looked for in invented stories told through technology incident
reporting (a retailer's data breach disclosed weeks after it was discovered, with a ransom
demanded by the gang behind it; a cloud provider's outage in Virginia that took down other
companies' services): several dates for one incident (when it began, was discovered, disclosed,
fixed), counts of other things (customers notified against records exposed and card numbers,
earlier breaches, `one of the largest since Yahoo's 3 billion accounts`), durations in hours,
times in several time zones (`from 07:40 GMT`), companies hit by another's failure, ransoms
demanded and paid, regulators' fines for other breaches, version numbers and products with
digits (`iOS 18.2`, `Log4j 2.14`, `Windows Server 2019`), and quotes by the company, security
researchers and regulators. The facts were written first (`factcheck validate` raised nothing
once the outage's length, in no unit the schema knows, was counted as `hour outage`), then the
sentences, all before the checker first ran on them.

First run (at 165fd8c): no false contradiction in 200 cells (``FIRST_RUN``: 40 sentences, each
checked against its story's five facts), and all 10 contradictions caught on their slot
(``CONTRADICTIONS``). A second, harder round of twenty sentences a story (``SECOND_RUN``,
``SECOND_CONTRADICTIONS``, also written before its first run, at 165fd8c) raised 3 false
contradictions in 200 cells, in 3 sentences, and caught all 8 of its contradictions. All three are
now left unjudged by their rules (tables below): a day told in a named time zone, one day off the
fact's (`disclosed a data breach at 9pm on Thursday New York time, in the early hours of Friday in
London`, ``TIME_ZONES``), a denial for a number of days or hours, which tells a delay (`did not
disclose the breach for 23 days`, ``DELAYS``), and an intent told in the pluperfect (`had planned
to disclose the breach on March 26, but disclosed it on Friday`, ``INTENTS``). Contradictions
written after both runs, in other shapes of the same copy, found four misses (``MISSED``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

BREACH = """
story: harlow-finch-data-breach
date: 2027-04-02
about: [harlow, lantern]
entities:
  harlow: {name: Harlow & Finch, aliases: [Harlow and Finch], kind: organisation}
  lantern: {name: Black Lantern, kind: organisation}
  ico: {name: Information Commissioner's Office, aliases: [ICO], kind: organisation}
  greaves: {name: Martin Greaves, aliases: [Greaves], kind: person}
places:
  uk: {name: United Kingdom, country: GB}
  england: {name: England, in: uk}
  leicester: {name: Leicester, in: england}
facts:
  - id: disclosed
    who: harlow
    what: [disclosed a data breach, revealed a data breach, disclosed the breach]
    when: 2027-04-02
  - id: discovered
    who: harlow
    what: [discovered the breach, detected the breach]
    where: leicester
    when: 2027-03-10
  - id: notified
    who: harlow
    what: [customers were notified, customers had been notified]
    count: 4200000
  - id: ransom
    who: lantern
    what: [demanded a ransom of]
    count: 15000000
    unit: $
  - id: greaves-apology
    who: greaves
    quote: We let our customers down, and we are deeply sorry
"""

OUTAGE = """
story: nimbus-cloud-outage
date: 2027-07-14
about: [nimbus]
entities:
  nimbus: {name: Nimbus Cloud, aliases: [Nimbus], kind: organisation}
  okafor: {name: Adaeze Okafor, aliases: [Okafor], kind: person}
places:
  us: {name: United States, country: US}
  virginia: {name: Virginia, in: us}
  ashburn: {name: Ashburn, in: virginia}
facts:
  - id: outage
    who: nimbus
    what: [suffered an outage, suffered a major outage]
    where: virginia
    when: 2027-07-14
  - id: duration
    who: nimbus
    what: [hour outage, hours of disruption]
    count: 7
  - id: companies
    who: nimbus
    what: [companies were affected, companies were hit]
    count: 2300
  - id: restored
    who: nimbus
    what: [restored service, restored services]
    when: 2027-07-14
  - id: okafor-quote
    who: okafor
    quote: A single configuration change cascaded across our network
"""

PUBLISHED = {
    BREACH: dt.date(2027, 4, 3),  # a Saturday: the breach was disclosed on Friday, April 2
    OUTAGE: dt.date(2027, 7, 15),  # a Thursday: Nimbus's outage was on Wednesday, July 14
}

FIRST_RUN = [
    (BREACH, s)
    for s in (
        "Harlow & Finch disclosed a data breach on Friday, more than seven weeks after hackers"
        " first broke into its systems on February 3.",
        "Harlow & Finch discovered the breach at its data centre in Leicester on March 10 but"
        " waited 23 days to tell customers.",
        "Harlow & Finch said 4.2 million customers were notified by email, while the records of"
        " 6.8 million accounts were exposed and 380,000 card numbers were stolen.",
        "Harlow & Finch revealed a data breach on Friday, one of the largest since Yahoo's 3"
        " billion accounts were exposed in 2013.",
        "Black Lantern demanded a ransom of $15 million in bitcoin, which Harlow & Finch refused"
        " to pay; in 2025 the gang was paid $4.5 million by a US pharmacy chain.",
        "Black Lantern, which demanded a ransom of $15 million from Harlow & Finch, demanded a"
        " ransom of $22 million from a Dutch logistics firm in January.",
        'Chief executive Martin Greaves said: "We let our customers down, and we are deeply'
        ' sorry. We are working around the clock with the ICO."',
        "Harlow & Finch disclosed the breach at 18:30 BST on Friday, or 17:30 GMT, after markets"
        " closed in London.",
        "The ICO, which fined the retailer's rival Brightmart £14 million in 2024 for a breach"
        " that exposed 9 million customers, said Harlow & Finch had disclosed the breach within"
        " the legal deadline.",
        "Harlow & Finch detected the breach on March 10 when a security tool running Windows"
        " Server 2019 flagged unusual traffic from an IP address in Romania.",
        "Security researcher Tom Ashby said attackers exploited a flaw in Log4j 2.14 that Harlow"
        " & Finch had not patched, and that 1.1 million customers had been notified of an"
        " earlier breach in 2021.",
        "Harlow & Finch said 4.2 million customers had been notified, up from the 2.9 million it"
        " estimated on March 24.",
        "Black Lantern first demanded a ransom of $15 million on March 12, then cut it to $8"
        " million a week later.",
        "Harlow & Finch discovered the breach on March 10, 35 days after the intrusion began on"
        " February 3, and disclosed it on April 2.",
        'In a statement, Greaves said the company had "let our customers down", and that'
        " none of its 1,200 stores in England had been affected.",
        "Harlow & Finch, which disclosed a data breach on Friday, said its app, version 7.4 for"
        " iOS 18.2 and Android 15, was not affected.",
        "About 4.2 million customers were notified, Harlow & Finch said, of whom 600,000 live in"
        " Scotland.",
        "Harlow & Finch's shares fell 6% on Friday after it disclosed the breach, wiping £310"
        " million off its market value.",
        "Harlow and Finch was not the only retailer hit: Black Lantern demanded a ransom of $9"
        " million from a French chain in February.",
        "Harlow & Finch, which discovered the breach in Leicester on March 10, could face a fine"
        " of up to 4% of global turnover, the ICO said; TalkTalk was fined £400,000 in 2016.",
    )
] + [
    (OUTAGE, s)
    for s in (
        "Nimbus Cloud suffered an outage in Virginia on Wednesday that took down apps run by"
        " Spotlight, Kiva Bank and 2,300 other companies for much of the day.",
        "Nimbus suffered a major outage from 07:40 GMT on Wednesday, or 3:40am in Virginia, where"
        " its US-East region is based in Ashburn.",
        "Nimbus Cloud's seven-hour outage was its longest since a 14-hour outage in March 2021,"
        " when a storm cut power to a data centre in Ohio.",
        "About 2,300 companies were affected, Nimbus said, including 40 banks and the payments"
        " firm Tallypay, whose 18 million users could not pay for five hours.",
        "Nimbus restored service at 14:40 GMT on Wednesday, seven hours after the outage began,"
        " though some customers in Europe were still reporting errors on Thursday.",
        'Nimbus chief technology officer Adaeze Okafor said: "A single configuration change'
        ' cascaded across our network. We have rolled it back and will publish a full report."',
        "Nimbus Cloud restored services to 90% of customers by 11:00 ET, and to all of them by"
        " 15:00 BST on Wednesday.",
        "Nimbus suffered an outage in Virginia on Wednesday, a month after rival Stratus suffered"
        " an outage in Oregon that lasted three hours.",
        "Nimbus Cloud, which suffered an outage in Virginia on Wednesday, also suffered a major"
        " outage in Dublin in 2024.",
        "The outage, caused by a faulty update to Nimbus's load balancer software version 4.12,"
        " meant 2,300 companies were affected, from airlines to the NHS app.",
        "Security researcher Lena Brandt said the 7-hour outage showed how much of the internet"
        " depends on Nimbus, which hosts 31% of the world's cloud workloads.",
        "Nimbus said 2,300 companies were hit, against 1,100 companies in its outage of 2025.",
        "Nimbus Cloud suffered a major outage on Wednesday, its third this year after outages in"
        " Frankfurt in January and Singapore in May.",
        "Nimbus's customers faced seven hours of disruption on Wednesday, while those of Stratus,"
        " which hosts a backup, faced two hours of disruption.",
        'Okafor told analysts: "A single configuration change cascaded across our network,"'
        " adding that Nimbus would pay customers $120 million in service credits.",
        "Nimbus restored service on Wednesday afternoon, and said on Thursday that it would"
        " publish a full report by July 28.",
        "The US Cybersecurity and Infrastructure Security Agency said it had no evidence of an"
        " attack after Nimbus suffered an outage in Virginia on Wednesday.",
        "Nimbus Cloud suffered an outage in Virginia on Wednesday; in London, where it was"
        " 12:40pm, trains and banks were hit by the disruption.",
        "Nimbus restored services at 10:40am in Virginia on Wednesday, 3:40pm in London and"
        " 11:40pm in Tokyo.",
        "In 2021, Nimbus was fined $3 million by the Federal Communications Commission after 911"
        " calls failed during a 9-hour outage, and it restored service after a day.",
    )
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_technology_incident_reports_raise_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


CONTRADICTIONS = [
    (BREACH, "Harlow & Finch disclosed a data breach on Thursday.", {"disclosed:when"}),
    (
        BREACH,
        "Harlow & Finch discovered the breach at its offices in Manchester.",
        {"discovered:where"},
    ),
    (BREACH, "Harlow & Finch said 2.4 million customers were notified.", {"notified:count"}),
    (BREACH, "Black Lantern demanded a ransom of $25 million.", {"ransom:count"}),
    (
        BREACH,
        'Greaves said: "We let our customers down, and we are not sorry."',
        {"greaves-apology:quote"},
    ),
    (OUTAGE, "Nimbus Cloud suffered an outage in Oregon on Wednesday.", {"outage:where"}),
    (OUTAGE, "Nimbus suffered a major outage in Virginia on Tuesday.", {"outage:when"}),
    (OUTAGE, "Nimbus Cloud's nine-hour outage disrupted thousands of apps.", {"duration:count"}),
    (OUTAGE, "Nimbus said 3,200 companies were affected.", {"companies:count"}),
    (
        OUTAGE,
        'Okafor said: "A single configuration change spread across our network."',
        {"okafor-quote:quote"},
    ),
]


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_incident_clashes(story: str, text: str, expected: set[str]) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


SECOND_RUN = [
    (BREACH, s)
    for s in (
        "Harlow & Finch disclosed a data breach on Friday; the last time it disclosed a data"
        " breach, in November 2022, 800,000 customers were notified.",
        "Harlow & Finch, which first disclosed a data breach in 2019, discovered the breach in"
        " Leicester on March 10.",
        "Black Lantern demanded a ransom of $15 million, equal to about £11.8 million, and"
        " threatened to publish the data on its leak site on April 9.",
        "Black Lantern demanded a ransom of £11.8 million, or $15 million, from Harlow & Finch.",
        "Harlow & Finch disclosed a data breach at 9pm on Thursday New York time, in the early"
        " hours of Friday in London.",
        "Harlow & Finch said 4.2 million customers were notified, of 11 million whose names were"
        " exposed, and 3.1 million customers were notified by post.",
        "Harlow & Finch did not disclose the breach for 23 days, the ICO said, although it"
        " discovered the breach on March 10.",
        "Harlow & Finch disclosed a data breach on Friday, three days after the ICO was told on"
        " Tuesday.",
        'Greaves, who joined Harlow & Finch from Tesco in 2023, said: "We let our customers down,'
        ' and we are deeply sorry."',
        'Asked whether Harlow & Finch would pay, Greaves said: "We will not pay criminals." Black'
        " Lantern had demanded a ransom of $15 million.",
        'Ashby said Greaves\'s line, "we let our customers down", was "an understatement when 4.2'
        ' million customers were notified".',
        "Harlow & Finch discovered the breach on March 10, the same day that Marlow Foods"
        " discovered the breach of its own systems in Leeds.",
        "Harlow & Finch detected the breach on Wednesday March 10 at 16:05 GMT, according to a"
        " timeline it published on Friday.",
        "Harlow & Finch was fined £1.2 million in 2023 after a previous breach, when 900,000"
        " customers were notified.",
        "Black Lantern also demanded a ransom of $40 million from the hospital group Meridian"
        " Health in 2026.",
        "The 4.2 million customers who were notified by Harlow & Finch include 1.3 million"
        " customers notified by text message on Saturday.",
        "Harlow & Finch disclosed the breach on Friday in a filing to the London Stock Exchange"
        " timed at 07:00, and in a notice to the SEC in Washington.",
        "Harlow & Finch had planned to disclose the breach on March 26, but disclosed it on"
        " Friday after police asked for more time.",
        "Had Harlow & Finch disclosed the breach within 72 hours, as the law requires, customers"
        " would have known by March 13.",
        "Harlow & Finch said 4.2 million customers were notified in the UK, Ireland and Spain,"
        " and that 1.4 million were in Spain alone.",
    )
] + [
    (OUTAGE, s)
    for s in (
        "Nimbus suffered an outage in Virginia that, for its customers in Hawaii, began at"
        " 9:40pm on Tuesday.",
        "Nimbus Cloud suffered a major outage across its US-East region, which runs from data"
        " centres in Ashburn, Virginia, and Columbus, Ohio.",
        "Nimbus suffered an outage in Virginia on Wednesday, and Stratus suffered an outage in"
        " Oregon on Thursday.",
        "Nimbus Cloud restored service on Wednesday but did not restore services in Europe until"
        " Thursday morning.",
        "Nimbus said 2,300 companies were affected on Wednesday, and 140 companies were hit again"
        " on Thursday when a fix failed.",
        "Of the 2,300 companies that were affected, 610 companies were hit for the whole seven"
        " hours, Nimbus said.",
        "Downdetector logged 1.9 million reports; Nimbus said 2,300 companies were affected.",
        "Nimbus Cloud suffered an outage in Virginia on Wednesday, two years after a CrowdStrike"
        " update crashed 8.5 million Windows machines in July 2024.",
        "The seven-hour outage at Nimbus cost its customers an estimated $1.4 billion, Lloyd's"
        " said, less than the $5.4 billion of the CrowdStrike outage in 2024.",
        "Nimbus restored service to Tallypay first, at 12:10 GMT, and restored services to the"
        " last of its customers at 14:40 GMT on Wednesday.",
        "Nimbus's 2025 outage, a four-hour outage in Frankfurt, affected 600 companies.",
        'Okafor, who was hired from Google in 2024, said: "A single configuration change cascaded'
        ' across our network."',
        'Brandt disagreed: "It was not a single configuration change that cascaded across the'
        ' network, but years of neglect."',
        "Nimbus Cloud suffered an outage in Virginia on Wednesday, after suffering a major outage"
        " in Ireland on Monday that lasted 40 minutes.",
        "Nimbus restored service by 10:40 EDT, or 14:40 GMT, on July 14.",
        "Nimbus suffered an outage in Virginia at 07:40 UTC on 14 July, according to its status"
        " page, which itself went down because it too is hosted in Ashburn.",
        "Nimbus, whose outage lasted seven hours, said 2,300 companies were affected; Stratus said"
        " 800 companies were affected by its own outage in May.",
        "Nimbus Cloud said it would not have suffered an outage in Virginia if engineers had run"
        " the update in Ohio first.",
        "Nimbus Cloud suffered an outage in Virginia on Wednesday, the 14th, an hour after a"
        " routine update was pushed at 06:40 GMT.",
        "More than 2,000 companies were affected by Nimbus's outage, according to the monitoring"
        " firm Catchpoint, which counted 2,341.",
    )
]


@pytest.mark.parametrize("story, text", SECOND_RUN)
def test_harder_technology_incident_reports_raise_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


SECOND_CONTRADICTIONS = [
    (BREACH, "Harlow & Finch disclosed the breach on April 1.", {"disclosed:when"}),
    (BREACH, "Harlow & Finch discovered the breach on February 3.", {"discovered:when"}),
    (BREACH, "Harlow & Finch said 4.8 million customers had been notified.", {"notified:count"}),
    (
        BREACH,
        'Greaves said: "We let our shareholders down, and we are deeply sorry."',
        {"greaves-apology:quote"},
    ),
    (OUTAGE, "Nimbus Cloud did not suffer an outage in Virginia on Wednesday.", {"outage:what"}),
    (OUTAGE, "Nimbus restored service on Thursday.", {"restored:when"}),
    (OUTAGE, "Nimbus Cloud's five-hour outage hit banks and airlines.", {"duration:count"}),
    (OUTAGE, "Nimbus said 1,300 companies were hit.", {"companies:count"}),
]


@pytest.mark.parametrize("story, text, expected", SECOND_CONTRADICTIONS)
def test_a_wrong_value_told_harder_clashes(story: str, text: str, expected: set[str]) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


TIME_ZONES = [
    # a day one day either side of the fact's, told in a named time zone: that zone's day
    ("Harlow & Finch disclosed a data breach at 9pm on Thursday New York time.", set()),
    ("Harlow & Finch disclosed a data breach at 9pm ET on Thursday.", set()),
    ("Harlow & Finch disclosed the breach on Saturday, Tokyo time.", set()),
    ("Harlow & Finch disclosed the breach at 8pm Pacific time on Thursday.", set()),
    ("Harlow & Finch disclosed a data breach at 4pm PT on April 1.", set()),
    # no zone, a local time, the universal clock, or two days off: judged
    ("Harlow & Finch disclosed a data breach at 9pm on Thursday.", {"disclosed:when"}),
    (
        "Harlow & Finch disclosed a data breach at 9pm local time on Thursday.",
        {"disclosed:when"},
    ),
    ("Harlow & Finch disclosed a data breach on Wednesday New York time.", {"disclosed:when"}),
    ("Harlow & Finch disclosed a data breach at 9pm ET on March 30.", {"disclosed:when"}),
    ("Harlow & Finch disclosed a data breach at 23:30 GMT on Thursday.", {"disclosed:when"}),
]


@pytest.mark.parametrize("text, expected", TIME_ZONES)
def test_a_day_told_in_a_time_zone_may_be_a_day_off(text: str, expected: set[str]) -> None:
    assert clashes_on(text, BREACH, PUBLISHED[BREACH]) == expected


DELAYS = [
    # a denial with a number of days or hours after `for`, `in` or `within`: a delay
    ("Harlow & Finch did not disclose the breach for 23 days.", set()),
    ("Harlow & Finch did not disclose the breach within 72 hours, as the law requires.", set()),
    ("Harlow & Finch did not disclose the breach for more than three days.", set()),
    # no span, or another complement: the act denied
    ("Harlow & Finch did not disclose the breach.", {"disclosed:what"}),
    ("Harlow & Finch did not disclose the breach to its customers.", {"disclosed:what"}),
    ("Harlow & Finch did not disclose the breach, and 23 days passed.", {"disclosed:what"}),
]


@pytest.mark.parametrize("text, expected", DELAYS)
def test_a_denial_for_a_number_of_days_tells_a_delay(text: str, expected: set[str]) -> None:
    assert clashes_on(text, BREACH, PUBLISHED[BREACH]) == expected


INTENTS = [
    # an intent told in the pluperfect: what was meant to happen, its date the plan's
    ("Harlow & Finch had planned to disclose the breach on March 26.", set()),
    (
        "Harlow & Finch had originally intended to disclose the breach on March 26, but police"
        " asked it to wait.",
        set(),
    ),
    ("Harlow & Finch had intended to disclose the breach on March 26.", set()),
    # the act told, or an intent still standing: judged
    ("Harlow & Finch disclosed the breach on March 26.", {"disclosed:when"}),
    ("Harlow & Finch had disclosed the breach on March 26.", {"disclosed:when"}),
    ("Harlow & Finch planned to disclose the breach on March 26.", {"disclosed:when"}),
]


@pytest.mark.parametrize("text, expected", INTENTS)
def test_an_intent_in_the_pluperfect_is_not_the_act(text: str, expected: set[str]) -> None:
    assert clashes_on(text, BREACH, PUBLISHED[BREACH]) == expected


MISSED = [
    # the act told in a relative clause whose object, the breach, stands before it: the phrase
    # is not found
    (
        BREACH,
        "The breach, which Harlow & Finch disclosed on Thursday, exposed 6.8 million records.",
    ),
    # money between the phrase's words (`a $25 million ransom`): no phrasing of the fact
    (BREACH, "Black Lantern demanded a $25 million ransom."),
    # a place that modifies a noun (`its Manchester data centre`) is not read as the act's
    (BREACH, "Harlow & Finch discovered the breach at its Manchester data centre on March 10."),
    # a length told by `lasted`: the fact counts `hour outage`, and the schema has no unit of time
    (OUTAGE, "Nimbus's outage lasted nine hours."),
]


@pytest.mark.parametrize("story, text", MISSED)
def test_contradictions_still_missed(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()
