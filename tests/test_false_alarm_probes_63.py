"""Case table of false alarms looked for in invented stories told through sports transfers and
contracts (a striker's move from a Portuguese club to an English one, a midfielder's move from
Copenhagen to Madrid): a player's move for a fee (`£45m`, `€50 million plus add-ons`), the length
of the contract (`a five-year deal`, `until 2031`), previous clubs and fees, goals and appearances
last season, the selling club's record sale, a medical on one day and the signing on another,
release clauses and loan spells. The facts were written first (`factcheck validate` followed:
the goals and appearances tied to the season, `league goals last season`, not `league goals`,
which any season's share), then the sentences that state nothing contrary to them
(``FIRST_RUN``) and those that state a wrong value for the fact's own event (``CONTRADICTIONS``),
each to clash on its slot, all before the checker first ran on them.

First run (at d45a83f): 1 false contradiction in 180 cells (40 sentences, each checked against
every fact of its story: four facts of the striker's move, five of the midfielder's), and 6 of
the 8 contradictions caught on their slot. The false contradiction is now left unjudged by its
own rule (table below): a medical told as a step of another move that failed (`Holm underwent a
medical in Copenhagen in January before a move to Germany fell through`, which clashed on the
medical's date and place). The misses of the first run, the fee told with the signing
(`Kingsbridge signed Varga for a fee of £54m`: the count's phrase follows `for a` after another
verb), are now judged (``FEES_WITH_THE_SIGNING``, ``tests/test_fees_told_with_the_signing.py``).

A second round of 20 sentences (``SECOND_ROUND``), written the same way after the first run and
before the checker ran on them (at 7d5146e), raised no false contradiction in 90 cells: signings
hoped for, tried and counterfactual (`Kingsbridge had hoped to sign Mateo Varga in January`,
`Kingsbridge would have signed Mateo Varga in May had Alvor accepted a £40m fee`), the phrase
with an owner after it (`Kingsbridge signed Mateo Varga's younger brother Tomas for £2m in
2026`), another club's signing of the player (`Nordhavn signed Jonas Holm from Odense in 2019`),
a teammate's medical and counts (`Holm's teammate Erik Lund passed a medical in Madrid on
Tuesday`, `Holm's teammate Lund made 44 appearances last season`), a medical that was due
(`Holm was due to have a medical on Sunday`), a fronted place of another act (`In Portugal,
Alvor's fans protested ... as Kingsbridge signed Mateo Varga`) and appearances for another team
(`12 appearances for Denmark's under-21 side last season`).

A third round of 20 sentences (``THIRD_ROUND``), each naming the fact's `who` and phrase with
other values beside them, written the same way after the second (at f455f60), raised 2 false
contradictions in 90 cells. Each is now left unjudged by its own rule (tables below): a figure
after a multiple or a part of it (`half the €100 million fee their Madrid rivals paid for
Petrov`: the figure compared with) and a fee for an object named by capitalised words that name
nothing the story knows (`Kingsbridge paid a loan fee of £1.5m for Famalicao striker Joao
Neves`).

A fourth round of 20 sentences (``FOURTH_ROUND``), written the same way after the third (at
1633d74), raised 2 false contradictions in 90 cells, both a second fee coordinated with the
first and paid for a teammate (`Kingsbridge paid a £45m fee for Varga and a £9m fee for his
Alvor teammate Dias`). The rule for a fee for another named thing now reads the name that ends
the object as well as the one that opens it (``UNKNOWN_OBJECTS``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on, verdict

VARGA = """
story: varga-transfer
date: 2027-07-08
about: [kingsbridge, varga]
entities:
  kingsbridge: {name: Kingsbridge United, aliases: [Kingsbridge], kind: team}
  alvor: {name: Sporting Alvor, aliases: [Alvor], kind: team}
  varga: {name: Mateo Varga, aliases: [Varga], kind: person}
  doyle: {name: Sean Doyle, aliases: [Doyle], kind: person}
places:
  uk: {name: United Kingdom, country: GB}
  england: {name: England, in: uk}
  devon: {name: Devon, in: england}
facts:
  - id: signing
    who: kingsbridge
    what: [signed Mateo Varga, completed the signing of Mateo Varga]
    where: devon
    when: 2027-07-08
  - id: fee
    who: kingsbridge
    what: [fee, transfer fee]
    count: 45000000
    unit: GBP
  - id: league-goals
    who: varga
    what: [league goals last season, league goals for Alvor last season]
    count: 27
  - id: doyle-striker
    who: doyle
    quote: Mateo is exactly the kind of striker we have been looking for
"""

HOLM = """
story: holm-transfer
date: 2027-08-11
about: [serrano, holm]
entities:
  serrano: {name: Atletico Serrano, aliases: [Serrano], kind: team}
  nordhavn: {name: FC Nordhavn, aliases: [Nordhavn], kind: team}
  holm: {name: Jonas Holm, aliases: [Holm], kind: person}
  ibarra: {name: Lucia Ibarra, aliases: [Ibarra], kind: person}
places:
  spain: {name: Spain, country: ES}
  madrid: {name: Madrid, in: spain}
  denmark: {name: Denmark, country: DK}
  copenhagen: {name: Copenhagen, in: denmark}
facts:
  - id: signing
    who: serrano
    what: [signed Jonas Holm, completed the signing of Jonas Holm]
    where: madrid
    when: 2027-08-11
  - id: medical
    who: holm
    what: [had a medical, passed a medical, underwent a medical]
    where: madrid
    when: 2027-08-09
  - id: fee
    who: serrano
    what: [fee, transfer fee]
    count: 50000000
    unit: EUR
  - id: appearances
    who: holm
    what: [appearances last season, appearances for Nordhavn last season]
    count: 41
  - id: ibarra-holm
    who: ibarra
    quote: Jonas brings energy and intelligence to our midfield
"""

PUBLISHED = {
    VARGA: dt.date(2027, 7, 9),  # a Friday: Kingsbridge signed Varga on Thursday, July 8
    HOLM: dt.date(2027, 8, 12),  # a Thursday: the medical was on Monday, the signing on Wednesday
}

FIRST_RUN = [
    (VARGA, s)
    for s in (
        "Kingsbridge United signed Mateo Varga from Sporting Alvor on Thursday for a fee of £45m.",
        "The striker has agreed a five-year deal, with the option of a further year, until 2032.",
        "Varga scored 27 league goals last season and 34 in all competitions.",
        "The £45m fee is a record sale for Alvor, beating the £38m they got for Rui Teles in 2025.",
        "Varga joined Alvor from Boavista for £6m in 2024.",
        "He had a loan spell at Famalicao in 2023, scoring 8 league goals.",
        "Kingsbridge completed the signing of Mateo Varga after he passed a medical in Devon on"
        " Wednesday.",
        "Varga's contract at Alvor had a release clause of £80m.",
        "Kingsbridge's previous record signing was Ollie Quinn, who cost £32m in 2026.",
        "The fee could rise to £52m with add-ons linked to appearances and trophies.",
        'Manager Sean Doyle said: "Mateo is exactly the kind of striker we have been looking for."',
        "Varga, 24, has 11 caps for Uruguay and scored 4 goals at the Copa America.",
        "Kingsbridge signed Mateo Varga a year after a £30m bid for him was rejected.",
        "In the 2025-26 season, Varga scored 15 league goals in 31 games.",
        "Alvor will receive 10% of any future transfer fee above £45m.",
        "Kingsbridge have spent £110m on four players this summer.",
        "Varga will wear the number 9 shirt and could make his debut at Brentford on August 14.",
        "The deal runs until June 2032, Kingsbridge said on their website.",
        "Varga is the third Uruguayan to play for Kingsbridge, after Lopez in 2009 and Suarez in"
        " 2014.",
        "Sporting Alvor paid a transfer fee of £6m for Varga three years ago.",
    )
] + [
    (HOLM, s)
    for s in (
        "Atletico Serrano signed Jonas Holm from FC Nordhavn on Wednesday for a fee of €50"
        " million plus add-ons.",
        "Holm had a medical in Madrid on Monday before signing a contract until 2032.",
        "The Denmark midfielder made 41 appearances last season and scored 6 goals.",
        "The fee is a record sale for Nordhavn, who sold Emil Strand to Ajax for €22 million in"
        " 2024.",
        "Holm's contract at Nordhavn had a release clause of €60 million.",
        "Add-ons could take the fee to €58 million.",
        "Holm spent the 2024-25 season on loan at Brondby, making 29 appearances.",
        'Sporting director Lucia Ibarra said: "Jonas brings energy and intelligence to our'
        ' midfield."',
        "Holm, 22, joined Nordhavn's academy at the age of 11.",
        "Serrano paid €35 million for Portuguese midfielder Tiago Reis last summer.",
        "Nordhavn rejected a €40 million bid from Serrano in July.",
        "Holm flew to Madrid on Sunday and passed a medical the next day.",
        "Atletico Serrano completed the signing of Jonas Holm two days after his medical.",
        "Holm has signed a five-year contract and will wear the number 8 shirt.",
        "In 2025-26 Holm made 38 appearances for Nordhavn in all competitions.",
        "Nordhavn will keep a 15% sell-on clause on any future transfer fee.",
        "Holm is Serrano's fourth signing of the summer, after they spent €90 million on three"
        " players.",
        "Holm could make his debut against Sevilla on August 22.",
        "Holm underwent a medical in Copenhagen in January before a move to Germany fell through.",
        "Serrano's club-record signing remains striker Luka Petrov, who cost €72 million in 2026.",
    )
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_transfers_and_contracts_raise_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


CONTRADICTIONS = [
    (VARGA, "Kingsbridge signed Mateo Varga on Tuesday.", {"signing:when"}),
    (VARGA, "Varga scored 22 league goals last season.", {"league-goals:count"}),
    (
        VARGA,
        'Doyle said: "Mateo is exactly the kind of defender we have been looking for."',
        {"doyle-striker:quote"},
    ),
    (HOLM, "Holm passed a medical in Barcelona on Monday.", {"medical:where"}),
    (HOLM, "Holm had a medical on Tuesday.", {"medical:when"}),
    (HOLM, "Holm made 14 appearances last season.", {"appearances:count"}),
]


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_transfer_clashes(story: str, text: str, expected: set[str]) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


FEES_WITH_THE_SIGNING = [
    # the fee after `for a fee of`, told with the signing: its subject is the signing's
    (VARGA, "Kingsbridge signed Varga for a fee of £54m."),
    (HOLM, "Atletico Serrano signed Jonas Holm for a fee of €45 million."),
]


@pytest.mark.parametrize("story, text", FEES_WITH_THE_SIGNING)
def test_the_fee_told_with_the_signing_is_judged(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == {"fee:count"}


def test_the_fee_with_its_own_verb_is_judged() -> None:
    assert clashes_on("Kingsbridge paid a fee of £54m for Varga.", VARGA, PUBLISHED[VARGA]) == {
        "fee:count"
    }


FAILED_ATTEMPTS = [
    # (text, the clashes expected): after the phrase, `before` or `but` and something that then
    # fell through or collapsed: the act was a step of an attempt that failed, whose date and
    # place are its own
    (
        "Holm underwent a medical in Copenhagen in January before a move to Germany fell through.",
        set(),
    ),
    ("Holm passed a medical in Hamburg on June 2, but the transfer collapsed over add-ons.", set()),
    ("Holm had a medical in Lisbon in May before the deal was called off.", set()),
    # an attempt that went through, or one that failed before the act, leaves them judged
    ("Holm had a medical in Copenhagen on Monday before the move went through.", {"medical:where"}),
    (
        "After a move to Germany fell through, Holm had a medical in Copenhagen on Monday.",
        {"medical:where"},
    ),
    ("Holm had a medical on Tuesday before the deal was completed.", {"medical:when"}),
]


@pytest.mark.parametrize("text, expected", FAILED_ATTEMPTS)
def test_a_step_of_a_failed_attempt_is_another_occurrence(text: str, expected: set[str]) -> None:
    assert clashes_on(text, HOLM, PUBLISHED[HOLM]) == expected


SECOND_ROUND = [
    (VARGA, s)
    for s in (
        "Kingsbridge signed Mateo Varga on Thursday, two days after agreeing the £45m fee with"
        " Alvor on Tuesday.",
        "Kingsbridge had hoped to sign Mateo Varga in January, but Alvor refused to sell.",
        "Teammate Rui Teles scored 19 league goals last season.",
        "Alvor's previous record fee was the £38m Kingsbridge's rivals paid for Teles in 2025.",
        "Kingsbridge signed Mateo Varga's younger brother Tomas for £2m in 2026.",
        "Kingsbridge first tried to sign Mateo Varga in 2025, when he scored 15 league goals.",
        "Varga, who scored 27 league goals last season, was presented to fans at Kingsbridge's"
        " ground in Devon on Friday.",
        "In Portugal, Alvor's fans protested outside their stadium on Thursday as Kingsbridge"
        " signed Mateo Varga.",
        "Kingsbridge would have signed Mateo Varga in May had Alvor accepted a £40m fee.",
        "Varga's release clause of £80m was higher than the £45m fee Kingsbridge paid.",
    )
] + [
    (HOLM, s)
    for s in (
        "Holm's teammate Erik Lund passed a medical in Madrid on Tuesday before joining Getafe.",
        "Holm, who had a medical in Madrid on Monday, watched Serrano's friendly against Leganes on"
        " Tuesday night.",
        "Holm was due to have a medical on Sunday, but his flight was delayed.",
        "Holm's teammate Lund made 44 appearances last season.",
        "Serrano paid a €12 million fee for Holm's Nordhavn teammate Lund in 2025.",
        "The €50 million fee will be paid in three instalments, the last in August 2029.",
        "Holm passed a medical in Madrid on Monday, his second since failing one in Copenhagen in"
        " 2024.",
        "Atletico Serrano signed Jonas Holm on Wednesday, 11 years after signing his father, Peter"
        " Holm, from Nordhavn in 2016.",
        "Nordhavn signed Jonas Holm from Odense in 2019 for a fee of €500,000.",
        "Holm also made 12 appearances for Denmark's under-21 side last season.",
    )
]


@pytest.mark.parametrize("story, text", SECOND_ROUND)
def test_a_second_round_of_transfers_raises_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


THIRD_ROUND = [
    (VARGA, s)
    for s in (
        "Kingsbridge signed Mateo Varga for the second time on Thursday, having first signed him"
        " as a teenager in 2019.",
        "Kingsbridge paid Alvor a £45m fee, plus £7m in add-ons.",
        "Kingsbridge paid a £3m fee to Varga's agent.",
        "Kingsbridge paid a loan fee of £1.5m for Famalicao striker Joao Neves last season.",
        "Varga scored 27 league goals last season; his strike partner Teles scored 19 league goals"
        " last season.",
        "Kingsbridge signed Mateo Varga in Devon on Thursday, and Alvor signed his replacement in"
        " Lisbon on Friday.",
        "Kingsbridge signed Mateo Varga on Thursday, the day after he passed a medical on"
        " Wednesday.",
        "Kingsbridge's £45m fee for Varga is the second-highest paid for a Uruguayan, after the"
        " £64m fee for Suarez.",
        "Kingsbridge will pay the £45m fee in three instalments of £15m.",
        "Varga scored 27 league goals last season, 9 more than Kingsbridge's top scorer Ollie"
        " Quinn.",
    )
] + [
    (HOLM, s)
    for s in (
        "Serrano paid Nordhavn a €50 million fee, and Holm's agent a fee of €4 million.",
        "Holm made 41 appearances last season, 12 of them as a substitute.",
        "Holm made 41 appearances last season, against 29 appearances for Brondby the season"
        " before.",
        "Holm had a medical in Madrid on Monday; Serrano's other summer signing, Tiago Reis, had a"
        " medical in Lisbon in June.",
        "Holm passed a medical in Madrid on Monday, a year after he had a medical in Copenhagen for"
        " Brondby.",
        "Serrano signed Jonas Holm on Wednesday and will sign his teammate Lund on Friday.",
        "Serrano paid a fee of €50 million, half the €100 million fee their Madrid rivals paid for"
        " Petrov.",
        "Holm underwent a medical in Madrid on Monday and a second medical in Valencia on Tuesday"
        " at the national team's request.",
        "Holm had a medical in Madrid on Monday, as Serrano's fans gathered in Barcelona for a"
        " friendly.",
        "Serrano signed Jonas Holm in Madrid on Wednesday, after talks in Copenhagen on Monday.",
    )
]


@pytest.mark.parametrize("story, text", THIRD_ROUND)
def test_a_third_round_of_transfers_raises_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


MULTIPLES = [
    # (text, the clashes expected): a multiple or a part right before the number (`half the`,
    # `twice the`, `a third of the`): the figure compared with, not the fee itself
    (
        "Serrano paid a fee of €50 million, half the €100 million fee their Madrid rivals paid for"
        " Petrov.",
        set(),
    ),
    ("Serrano paid a third of the €150 million fee that Petrov cost.", set()),
    ("Serrano paid twice the €25 million fee that Nordhavn paid.", set()),
    ("Serrano paid double the €25 million fee.", set()),
    # the number told as the fee, with the multiple elsewhere, is judged
    ("Serrano paid a €100 million fee for Holm.", {"fee:count"}),
    ("Serrano paid a €45 million fee, half the amount Petrov cost.", {"fee:count"}),
]


@pytest.mark.parametrize("text, expected", MULTIPLES)
def test_a_figure_compared_with_is_not_the_fee(text: str, expected: set[str]) -> None:
    assert clashes_on(text, HOLM, PUBLISHED[HOLM]) == expected


UNKNOWN_OBJECTS = [
    # (text, the clashes expected): `for` and an object named by capitalised words that name
    # nothing the story knows, after the number told after the phrase or after the phrase
    # with its number before it: another thing's count
    ("Kingsbridge paid a loan fee of £1.5m for Famalicao striker Joao Neves last season.", set()),
    ("Kingsbridge paid a £12m fee for Bruno Dias.", set()),
    ("Kingsbridge paid a fee of £20m for Ollie Quinn.", set()),
    ("Kingsbridge paid a £45m fee for Varga and a £9m fee for his Alvor teammate Dias.", set()),
    ("Kingsbridge paid a £2m fee for Famalicao youngsters.", set()),
    # an object the story names, or one named by no name, is judged
    ("Kingsbridge paid a fee of £54m for Varga.", {"fee:count"}),
    ("Kingsbridge paid a fee of £54m for Alvor's striker.", {"fee:count"}),
    ("Kingsbridge paid a £54m fee for the striker.", {"fee:count"}),
    ("Kingsbridge paid a fee of £54m for him in July.", {"fee:count"}),
    ("Kingsbridge paid a £54m fee for Varga on Thursday.", {"fee:count"}),
    ("Kingsbridge paid a fee of £54m for July's signing.", {"fee:count"}),
    ("Kingsbridge paid a £54m fee for treatment Varga needed.", {"fee:count"}),
    ("Kingsbridge paid a £54m fee for Alvor striker Varga.", {"fee:count"}),
    ("Kingsbridge paid a £54m fee for the Alvor striker.", {"fee:count"}),
]


@pytest.mark.parametrize("text, expected", UNKNOWN_OBJECTS)
def test_a_fee_for_another_named_thing_is_not_judged(text: str, expected: set[str]) -> None:
    assert clashes_on(text, VARGA, PUBLISHED[VARGA]) == expected


def test_a_fee_for_another_named_thing_still_confirms() -> None:
    # only a clash is held back: a bound the fee is within still confirms it
    text = "Kingsbridge paid a fee of more than £40m for Ollie Quinn's strike partner."
    assert verdict(text, VARGA, PUBLISHED[VARGA], "fee") == ("consistent", "")


FOURTH_ROUND = [
    (VARGA, s)
    for s in (
        "Kingsbridge paid a £45m fee, £5m more than the fee Alvor had asked for in May.",
        "Kingsbridge paid a fee of £45m, a third of it up front.",
        "Kingsbridge paid £15m of the £45m fee on signing.",
        "Kingsbridge paid a £45m fee, or about €52m.",
        "Varga scored 27 league goals last season, 9 of them penalties.",
        "Varga's 27 league goals last season were 6 more than Teles managed.",
        "Kingsbridge signed Mateo Varga on Thursday, having agreed terms with Alvor in Lisbon on"
        " Monday.",
        "Kingsbridge signed Mateo Varga at their training ground in Devon, two days after his"
        " medical in London.",
        "Kingsbridge paid a £45m fee for Varga and a £9m fee for his Alvor teammate Dias.",
        "Varga scored 27 league goals last season; Kingsbridge's strikers managed 31 league goals"
        " last season between them.",
    )
] + [
    (HOLM, s)
    for s in (
        "Holm made 41 appearances last season, the most of any Nordhavn outfield player since"
        " Strand made 45 in 2023.",
        "Serrano paid a €50 million fee, €10 million less than the release clause.",
        "Serrano paid a fee of €50 million, or about £43 million.",
        "Holm had a medical in Madrid on Monday, while Serrano's new goalkeeper had a medical in"
        " Seville.",
        "Serrano paid €20 million of the €50 million fee up front.",
        "Serrano signed Jonas Holm on Wednesday, 48 hours after he had a medical in Madrid on"
        " Monday.",
        "Holm made 41 appearances last season and 35 appearances the season before.",
        "Serrano paid a €50 million fee for Holm and a €4 million fee for his Nordhavn teammate"
        " Lund.",
        "Holm passed a medical in Madrid on Monday; in 2024 he passed a medical at Brondby's ground"
        " in Copenhagen.",
        "Serrano signed Jonas Holm in Madrid on Wednesday, and Nordhavn signed his replacement in"
        " Copenhagen the same day.",
    )
]


@pytest.mark.parametrize("story, text", FOURTH_ROUND)
def test_a_fourth_round_of_transfers_raises_no_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()
