"""Case table of false alarms looked for in invented stories (a food group's takeover of a
dairy, a battery start-up's funding round) told as deals and money are: currency conversions
(`£1.2bn ($1.5bn)`, `€900m (£780m)`), prices a share and premiums, earlier and rival bids,
valuations with and without debt, break fees, share moves in per cent, `up to` and `as much as`
figures, advisers' fees. The facts were written first, then the sentences that state nothing
contrary to them (``FIRST_RUN``) and those that state a wrong value for the fact's own event
(``CONTRADICTIONS``), each to clash on its slot, all before the checker first ran on them.

First run (at bdf6856): no false contradiction in 140 cells (40 sentences, each checked against
every fact of its story), and all 10 contradictions caught on their slot. No rule was added.
None of the converted, earlier, rival or bounded figures was judged: a figure in another
currency is not read for a fact in pounds or euros (`$1.5bn` in brackets, `In dollar terms,
Voltra has raised $1.6bn`); a rival's deal names no `who` of the fact (`Crestmoor walked away
from a rival deal worth $1.3bn`); the value with debt follows another entity's name and is
taken as theirs (`Including Linton's £250m of debt, the deal was valued at as much as
£1.45bn`); an earlier premium is read only before or right after the phrase (`a premium of 15%`
after `an earlier offer`); and the 2019 agreement to buy Linton's cheese business does not date
the takeover.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

TAKEOVER = """
story: harrow-linton-takeover
date: 2027-03-09
about: [harrow, linton]
entities:
  harrow: {name: Harrow Foods, aliases: [Harrow], kind: organisation}
  linton: {name: Linton Dairies, aliases: [Linton], kind: organisation}
  okafor: {name: Grace Okafor, aliases: [Okafor, Ms Okafor], kind: person}
places:
  london: {name: London, country: GB}
facts:
  - id: agreed
    who: harrow
    what: [agreed to buy Linton, agreed to buy Linton Dairies, agreed a takeover of Linton]
    where: london
    when: 2027-03-09
  - id: value
    who: harrow
    what: [deal worth, deal valued at, takeover worth]
    count: 1200000000
    unit: £
  - id: premium
    who: harrow
    what: [premium]
    count: 34
    unit: '%'
  - id: okafor-quote
    who: okafor
    quote: Linton is exactly the business we have wanted to own for a decade
"""

FUNDING = """
story: voltra-funding-round
date: 2027-10-12
about: [voltra]
entities:
  voltra: {name: Voltra, aliases: [Voltra GmbH], kind: organisation}
  brenner: {name: Lukas Brenner, aliases: [Brenner, Mr Brenner], kind: person}
places:
  berlin: {name: Berlin, country: DE}
facts:
  - id: raised
    who: voltra
    what: [raised, has raised]
    count: 900000000
    unit: €
    where: berlin
    when: 2027-10-12
  - id: valuation
    who: voltra
    what: [valued at, valuation of]
    count: 4500000000
    unit: €
  - id: brenner-quote
    who: brenner
    quote: This money lets us build the factory Europe has been waiting for
"""

PUBLISHED = {
    TAKEOVER: dt.date(2027, 3, 10),  # a Wednesday: Tuesday is March 9
    FUNDING: dt.date(2027, 10, 13),  # a Wednesday: Tuesday is October 12
}

FIRST_RUN = [
    (TAKEOVER, s)
    for s in (
        "Harrow Foods agreed to buy Linton Dairies in a deal worth £1.2bn ($1.5bn).",
        "The takeover worth £1.2bn, or about $1.52bn, is the biggest in the UK food sector since"
        " 2021.",
        "Harrow's offer of 410p a share is a premium of 34% to Linton's closing price on Monday.",
        "Linton shares jumped 28% to 398p in London on Tuesday.",
        "Harrow had made an earlier offer of 350p a share in January, a premium of 15%, which"
        " Linton's board rejected.",
        "Crestmoor walked away from a rival deal worth $1.3bn (£1.03bn) in February.",
        "Linton would have to pay Harrow a break fee of up to £12m if it accepts another offer.",
        "Including Linton's £250m of debt, the deal was valued at as much as £1.45bn.",
        "Advisers stand to share fees of about £30m on the deal, according to Refinitiv estimates.",
        "Harrow's shares fell 4.2% on the news.",
        "Grace Okafor, Harrow's chief executive, said: \"Linton is exactly the business we have"
        ' wanted to own for a decade."',
        "Analysts at Peel Hunt said Harrow could be forced to raise its offer by as much as 10% if"
        " Crestmoor returns.",
        "The 34% premium compares with an average of 41% for UK takeovers last year, according to"
        " Dealogic.",
        "Linton, founded in 1952 in Cumbria, employs 4,100 people.",
        "Harrow will fund the deal with £800m of new debt and a £400m share placing.",
        "In 2019 Harrow agreed to buy Linton's cheese business for £95m, but the deal collapsed.",
        "Lazard and Rothschild are advising Harrow; Linton is advised by Goldman Sachs, which could"
        " earn up to $8m (£6.3m).",
        "The deal worth 1.2 billion pounds needs the approval of 75% of Linton shareholders.",
        "For Linton's Irish investors the deal is worth €1.4bn (£1.2bn) at current exchange rates.",
        "The Competition and Markets Authority could take up to 40 working days to review the"
        " takeover.",
    )
] + [
    (FUNDING, s)
    for s in (
        "Voltra has raised €900m (£780m) in a round led by Norwegian fund Fjell Capital.",
        "The Berlin battery start-up raised €900m, or about $1.05bn, on Tuesday.",
        "Voltra raised €250m in its previous round in 2025, when it was valued at €1.1bn.",
        "The round values Voltra at €4.5bn ($5.2bn), up from €1.1bn two years ago.",
        "Rival Northcell raised $600m (€515m) in June at a valuation of $3bn.",
        "Investors could add as much as €150m to the round by the end of the year, Brenner said.",
        "Voltra will spend up to €600m of the money on a factory near Leipzig.",
        'Mr Brenner said: "This money lets us build the factory Europe has been waiting for."',
        "The valuation of €4.5bn makes Voltra Germany's most valuable start-up after Celonis.",
        "Shares in listed rival Accuvolt rose 6% in Frankfurt on the news.",
        "Fjell Capital put in €300m, the biggest single cheque, with the rest from 11 other"
        " investors.",
        "In dollar terms, Voltra has raised $1.6bn since it was founded in 2021.",
        "A person familiar with the talks said some investors had pushed for a valuation of €5bn.",
        "The round, announced in Berlin, had been expected to raise only €700m.",
        "Voltra employs 1,300 people and hopes to reach 5,000 by 2030.",
        "Bankers at JPMorgan, which advised Voltra, could earn fees of up to 2% of the amount"
        " raised.",
        "The company was valued at about €4.4bn on a post-money basis, according to PitchBook.",
        "Voltra raised another €50m in debt from the European Investment Bank last month.",
        "Brenner, 38, founded Voltra after eight years at Siemens.",
        "Including the new money, Voltra has raised more than €1.3bn in total.",
    )
]

CONTRADICTIONS = [
    (TAKEOVER, "Harrow Foods agreed to buy Linton Dairies on Monday.", {"agreed:when"}),
    (
        TAKEOVER,
        "Harrow Foods agreed to buy Linton Dairies in Edinburgh on Tuesday.",
        {"agreed:where"},
    ),
    (TAKEOVER, "Harrow Foods agreed a deal worth £2.1bn for Linton.", {"value:count"}),
    (TAKEOVER, "Harrow Foods is paying a premium of 43% for Linton.", {"premium:count"}),
    (
        TAKEOVER,
        '"Linton is exactly the business we have never wanted to own," said Grace Okafor.',
        {"okafor-quote:quote"},
    ),
    (FUNDING, "Voltra raised €900m on Monday.", {"raised:when"}),
    (FUNDING, "Voltra raised €900m in Munich on Tuesday.", {"raised:where"}),
    (FUNDING, "Voltra raised €600m in its latest funding round.", {"raised:count"}),
    (FUNDING, "The funding round means Voltra is now valued at €5.4bn.", {"valuation:count"}),
    (
        FUNDING,
        '"This money lets us build the factory America has been waiting for," said Lukas Brenner.',
        {"brenner-quote:quote"},
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
