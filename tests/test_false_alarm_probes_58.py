"""Case table of false alarms looked for in invented stories told through journeys (a
president's state visit to Lisbon, a rescue ship docking in Catania): the places a traveller left,
flew over, stopped in, was due at or went back to, beside the place of the fact's arrival;
earlier and later legs of a tour, other ships' and other people's arrivals, a return home. The
facts were written first, then the sentences that state nothing contrary to them
(``FIRST_RUN``) and those that state a wrong value for the fact's own event
(``CONTRADICTIONS``), each to clash on its slot, all before the checker first ran on them.

First run (at d565267): 3 false contradictions in 80 cells (40 sentences, each checked against
every fact of its story), and 8 of the 10 contradictions caught on their slot. The three, each
now left unjudged by its own rule (tables below): a plan told in the past (`Diallo was due to
arrive in Porto on Wednesday`), the return home (`Diallo arrived back in Dakar on Thursday`),
and a relative clause about others whose sentence names the `who` after it (`Reporters who
arrived in Lisbon on Saturday waited for Diallo`), read as Diallo's arrival. The misses are in
``MISSED``: a town the gazetteer does not hold (Augusta) and a count whose subject is not named
(`The ship was carrying 203 rescued migrants`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on, verdict

DIALLO = """
story: diallo-visit
date: 2027-03-08
about: [diallo]
entities:
  diallo: {name: President Amara Diallo, aliases: [Amara Diallo, Diallo, Mr Diallo], kind: person}
  ribeiro: {name: Ana Ribeiro, aliases: [Ribeiro], kind: person}
places:
  portugal: {name: Portugal, country: PT}
  lisbon: {name: Lisbon, aliases: [Portuguese capital], in: portugal}
  senegal: {name: Senegal, country: SN}
  dakar: {name: Dakar, in: senegal}
facts:
  - id: arrived
    who: diallo
    what: [arrived in Lisbon, arrived in Portugal, landed in Lisbon]
    where: lisbon
    when: 2027-03-08
  - id: business-leaders
    who: diallo
    what: [business leaders]
    count: 60
"""

VIKING = """
story: ocean-viking-catania
date: 2027-06-10
about: [ocean-viking]
entities:
  ocean-viking: {name: Ocean Viking, aliases: [the Ocean Viking], kind: organisation}
  sos: {name: SOS Mediterranee, kind: organisation}
places:
  italy: {name: Italy, country: IT}
  sicily: {name: Sicily, in: italy}
  catania: {name: Catania, in: sicily}
  libya: {name: Libya, country: LY}
facts:
  - id: docked
    who: ocean-viking
    what: [docked in Catania, docked, arrived in Catania]
    where: catania
    when: 2027-06-10
  - id: migrants
    who: ocean-viking
    what: [migrants on board, rescued migrants, migrants]
    count: 230
"""

PUBLISHED = {
    DIALLO: dt.date(2027, 3, 9),  # a Tuesday: the arrival was on Monday, March 8
    VIKING: dt.date(2027, 6, 11),  # a Friday: the ship docked on Thursday, June 10
}

FIRST_RUN = [
    (DIALLO, s)
    for s in (
        "Diallo left Dakar on Sunday evening and arrived in Lisbon on Monday morning.",
        "Diallo, who flew in from Madrid, arrived in Lisbon on Monday.",
        "After stopping in Madrid on Sunday, Diallo arrived in Lisbon on Monday.",
        "Diallo will travel on to Porto on Wednesday.",
        "Diallo arrived in Lisbon from Brussels, where he had attended an EU summit on Friday.",
        "Diallo's plane took off from Dakar at 7am and landed in Lisbon shortly after noon.",
        "Diallo last visited Portugal in 2019, when he arrived in Porto for a trade fair.",
        "Before arriving in Lisbon, Diallo spent the weekend in Madrid.",
        "Diallo arrived in the Portuguese capital on Monday, his first stop on a tour that also"
        " takes him to Spain and France.",
        "The delegation, which arrived in Lisbon on Sunday, prepared the visit.",
        "Diallo headed for Lisbon after a stopover in the Canary Islands.",
        "Diallo was due to arrive in Porto on Wednesday.",
        "Diallo arrived back in Dakar on Thursday.",
        "Portuguese President Marcelo Costa arrived in Dakar in 2025 for a state visit.",
        "Diallo arrived in Lisbon a day after his foreign minister arrived in Madrid.",
        "Diallo, arriving from Dakar, was greeted in Lisbon by Prime Minister Ana Ribeiro.",
        "On his way to Lisbon, Diallo flew over Morocco.",
        "Diallo had been expected to arrive in Lisbon on Sunday, but bad weather in Dakar delayed"
        " his departure.",
        "Diallo arrived in Lisbon with 60 business leaders, half of whom had flown from Paris.",
        "Reporters who arrived in Lisbon on Saturday waited for Diallo at Figo Maduro airbase.",
    )
] + [
    (VIKING, s)
    for s in (
        "The Ocean Viking, which left Marseille on June 1, docked in Catania on Thursday.",
        "The ship had rescued the migrants off Libya, 180 km from Tripoli, on Monday.",
        "Italian authorities had first assigned the ship the port of Ravenna, 1,500 km to the"
        " north.",
        "The Ocean Viking docked in Catania with 230 migrants on board, after a request to dock in"
        " Malta was refused.",
        "Another ship, the Geo Barents, docked in Augusta on Wednesday with 94 migrants.",
        "The migrants, most of them from Eritrea and Sudan, had set off from Zuwara in Libya.",
        "Since January, 48,000 migrants have arrived in Italy by sea.",
        "The Ocean Viking is expected to sail back to Marseille on Saturday.",
        "In 2022 the Ocean Viking docked in Toulon after Italy refused it entry.",
        "The ship, operated by SOS Mediterranee from Marseille, docked at 7.30am on Thursday.",
        "Of the 230 migrants, 57 are unaccompanied minors.",
        "Three migrants were airlifted to Lampedusa on Tuesday for treatment.",
        "The boat carrying the migrants had left Libya with about 250 people; 20 are missing.",
        "The Ocean Viking, flagged in Norway, docked in Catania on Thursday.",
        "A week ago the ship docked in Palermo with 112 migrants.",
        "The migrants will be taken from Catania to reception centres in Calabria.",
        "The ship asked to dock in Lampedusa, but was sent to Catania.",
        '"We docked in Catania at dawn," said Captain Erik Olsen, speaking from the bridge.',
        "The Ocean Viking had been at sea for five days before it docked in Sicily.",
        "Humanitarian ships rescued 1,200 migrants in the central Mediterranean last month.",
    )
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_journeys_beside_the_fact_s_arrival_raise_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


CONTRADICTIONS = [
    (DIALLO, "Diallo arrived in Lisbon on Tuesday.", {"arrived:when"}),
    (DIALLO, "Diallo arrived in Madrid on Monday for a state visit.", {"arrived:where"}),
    (DIALLO, "Diallo arrived in Lisbon with 80 business leaders.", {"business-leaders:count"}),
    (DIALLO, "Diallo arrived in Porto on Monday for the state visit.", {"arrived:where"}),
    (DIALLO, "Diallo did not arrive in Lisbon on Monday.", {"arrived:what"}),
    (VIKING, "The Ocean Viking docked in Catania on Wednesday.", {"docked:when"}),
    (VIKING, "The Ocean Viking docked in Palermo on Thursday with the migrants.", {"docked:where"}),
    (VIKING, "The Ocean Viking docked in Catania with 320 migrants on board.", {"migrants:count"}),
]


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_arrival_clashes(story: str, text: str, expected: set[str]) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


MISSED = [
    (VIKING, "The Ocean Viking docked in Augusta on Thursday."),  # a town not in the gazetteer
    (VIKING, "The ship was carrying 203 rescued migrants."),  # its subject is not named
]


@pytest.mark.parametrize("story, text", MISSED)
def test_contradictions_still_missed(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


PAST_PLANS = [
    # (text, published, the clashes expected): a plan told in the past is what was to happen,
    # its date and place the plan's
    ("Diallo was due to arrive in Porto on Wednesday.", dt.date(2027, 3, 9), set()),
    ("Diallo was originally scheduled to land in Lisbon on Sunday.", dt.date(2027, 3, 9), set()),
    ("The presidents were set to arrive in Porto on Monday.", dt.date(2027, 3, 9), set()),
    # the act told, or a plan told in the present before the event, is judged
    (
        "Diallo arrived in Porto on Wednesday.",
        dt.date(2027, 3, 9),
        {"arrived:where", "arrived:when"},
    ),
    ("Diallo is due to arrive in Porto on Monday.", dt.date(2027, 3, 5), {"arrived:where"}),
    ("Diallo is due to arrive in Lisbon on Tuesday.", dt.date(2027, 3, 5), {"arrived:when"}),
]


@pytest.mark.parametrize("text, published, expected", PAST_PLANS)
def test_a_plan_told_in_the_past_is_not_the_act(
    text: str, published: dt.date, expected: set[str]
) -> None:
    assert clashes_on(text, DIALLO, published) == expected


RETURNS = [
    # (text, the clashes expected): `back` between the phrase's words tells the return
    ("Diallo arrived back in Dakar on Thursday.", set()),
    ("Diallo landed back in Dakar on Thursday.", set()),
    # without it, or with it outside the phrase, the arrival is judged
    ("Diallo arrived in Dakar on Thursday.", {"arrived:where", "arrived:when"}),
    ("Diallo flew back and arrived in Dakar on Thursday.", {"arrived:where", "arrived:when"}),
]


@pytest.mark.parametrize("text, expected", RETURNS)
def test_the_return_is_another_journey(text: str, expected: set[str]) -> None:
    assert clashes_on(text, DIALLO, PUBLISHED[DIALLO]) == expected


RELATIVE_CLAUSES = [
    # (text, the clashes expected): a phrase opening a relative clause is its antecedent's act,
    # never that of a name after it
    ("Reporters who arrived in Lisbon on Saturday waited for Diallo at the airbase.", set()),
    ("The advance team that landed in Lisbon on Sunday met Diallo.", set()),
    ("Guards who arrived in Porto with Diallo on Monday were armed.", set()),
    # the `who` as the antecedent is judged
    ("Diallo, who arrived in Lisbon on Saturday, met Ribeiro.", {"arrived:when"}),
]


@pytest.mark.parametrize("text, expected", RELATIVE_CLAUSES)
def test_a_relative_clause_is_its_antecedent_s(text: str, expected: set[str]) -> None:
    assert clashes_on(text, DIALLO, PUBLISHED[DIALLO]) == expected


SUBORDINATE_CLAUSES = [
    # (text, the clashes expected, the verdict): `he` opening a subordinate clause tells an act
    # that is background to the main clause, maybe of another occasion: it only confirms
    (
        "Diallo last visited Portugal in 2019, when he arrived in Porto for a trade fair.",
        set(),
        None,
    ),
    ("Diallo said that when he arrived in Porto he was tired.", set(), None),
    ("Diallo spoke to reporters after he arrived in Lisbon.", set(), "consistent"),
    # a clause joined by `and` or `but` tells the `who`'s own act, and is judged
    ("Diallo left Dakar, and he arrived in Porto on Monday.", {"arrived:where"}, None),
]


@pytest.mark.parametrize("text, expected, status", SUBORDINATE_CLAUSES)
def test_a_subordinate_clause_only_confirms(
    text: str, expected: set[str], status: str | None
) -> None:
    assert clashes_on(text, DIALLO, PUBLISHED[DIALLO]) == expected
    if status is not None:
        assert verdict(text, DIALLO, PUBLISHED[DIALLO], "arrived")[0] == status
