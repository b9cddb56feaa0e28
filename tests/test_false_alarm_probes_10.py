"""Case table of false alarms found by checking invented stories of kinds the tests lacked (a
murder conviction quashed on appeal, a football transfer, a telecoms data breach, a record
painting sale at auction): the facts were written first, then sentences that real outlets
print about such stories and that state nothing contrary to the facts (other events' dates,
numbers that count something else, earlier and later occurrences, places of origin, embedded
posts, captions, quotes of other speakers, denials of another predicate, modals, coordinated
values, rankings, partitives, rates and the boilerplate of scraped pages), all before the
checker first ran on them (``FIRST_RUN``), with sentences that do state a wrong value for the
fact's own event (``CONTRADICTIONS``), each to clash on its slot.

First run (at 00a2a5d): 3 false contradictions in 572 cells (104 sentences, each checked
against every fact of its story), and 6 of the 12 contradictions caught on their slot. In the
appeal, `Dunmore's co-defendant, Andrew Pike, was convicted in 2020` dated Dunmore's conviction
by his co-defendant's; in the transfer, `Okonjo made 112 appearances for Valmar, scoring 48
goals` read a tally over his 112 games as his goals of last season; in the breach, `Shadowfen
accessed the systems of two hospitals in 2025` dated the attack on the operator by attacks on
two hospitals. Now a person owned by a tie to the fact's `who` (`Dunmore's brother`,
`Dunmore's co-defendant, Andrew Pike,`) is the subject of a passive after them
(``OWNED_RELATIONS``), an object that is a number of things no fact of the story counts
(`accessed the systems of two hospitals`, `quashed 31 convictions`) tells other occurrences
(``COUNTED_OTHERS``), and a count tallied over a number of occasions the sentence gives (`in
112 appearances`, `made 112 appearances, scoring 48 goals`) is not judged (``TALLIES``); each
table holds the near-misses still judged. The contradictions the checker still misses are in
``MISSED``."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

APPEAL = """
story: dunmore-appeal
date: 2026-02-12
about: [dunmore]
entities:
  dunmore: {name: Peter Dunmore, aliases: [Dunmore], kind: person}
  court: {name: Court of Appeal, aliases: [the Court of Appeal, the appeal court],
    kind: organisation, mention_only: [the court, the judges]}
  cps: {name: Crown Prosecution Service, aliases: [CPS, the CPS], kind: organisation,
    mention_only: [prosecutors]}
  ccrc: {name: Criminal Cases Review Commission, aliases: [CCRC, the CCRC],
    kind: organisation}
  holt: {name: Dame Sarah Holt, aliases: [Lady Justice Holt, Holt], kind: person}
  webb: {name: Marcus Webb, aliases: [Webb], kind: person}
places:
  uk: {name: United Kingdom, aliases: [UK, Britain]}
  england: {name: England, in: uk}
  london: {name: London, in: england}
  essex: {name: Essex, in: england}
  chelmsford: {name: Chelmsford, in: essex}
facts:
  - id: quashed
    who: court
    what: [quashed, overturned, quashed his conviction, overturned his conviction]
    when: 2026-02-12
    where: london
  - id: convicted
    who: dunmore
    what: [was convicted, convicted]
    when: 2019
    where: chelmsford
  - id: sentence
    who: dunmore
    what: [jailed for, sentenced to]
    count: 14
    note: jailed for 14 years for manslaughter
  - id: served
    who: dunmore
    what: [served]
    count: 6
    note: served six years before his release
  - id: lawyer-quote
    who: webb
    quote: Peter has waited seven years to hear those words
"""

TRANSFER = """
story: okonjo-transfer
date: 2026-08-31
about: [okonjo]
entities:
  okonjo: {name: Daniel Okonjo, aliases: [Okonjo], kind: person}
  northbridge: {name: Northbridge City, aliases: [Northbridge], kind: team,
    mention_only: [the club]}
  valmar: {name: Sporting Valmar, aliases: [Valmar], kind: team}
  reyes: {name: Tomas Reyes, aliases: [Reyes], kind: person}
places:
  england: {name: England}
  portugal: {name: Portugal}
  lisbon: {name: Lisbon, in: portugal}
  nigeria: {name: Nigeria}
  lagos: {name: Lagos, in: nigeria}
facts:
  - id: signed
    who: northbridge
    what: [signed, completed the signing of]
    when: 2026-08-31
  - id: fee
    who: northbridge
    what: [fee, paid]
    count: 62000000
    note: 62m euros, a club record
  - id: contract
    who: okonjo
    what: [year contract, year deal]
    count: 5
  - id: goals
    who: okonjo
    what: [goals]
    count: 21
    note: for Valmar in all competitions last season
  - id: joined-valmar
    who: okonjo
    what: [joined Valmar, joined Sporting Valmar]
    when: 2023
  - id: quote
    who: okonjo
    quote: This is the club I dreamed of playing for as a boy
"""

BREACH = """
story: tallis-breach
date: 2026-04-07
about: [tallis]
entities:
  tallis: {name: Tallis Mobile, aliases: [Tallis], kind: organisation,
    mention_only: [the company, the operator, the firm]}
  ico: {name: Information Commissioner's Office, aliases: [ICO, the ICO], kind: organisation,
    mention_only: [the regulator]}
  kerr: {name: Anna Kerr, aliases: [Kerr], kind: person}
  shadowfen: {name: Shadowfen, kind: organisation, mention_only: [the hackers, the gang]}
places:
  uk: {name: United Kingdom, aliases: [UK, Britain]}
facts:
  - id: disclosed
    who: tallis
    what: [disclosed a data breach, revealed a data breach, disclosed the breach,
      announced the breach]
    when: 2026-04-07
  - id: customers
    who: tallis
    what: [customers]
    count: 2300000
    note: customers whose data was taken
  - id: accessed
    who: shadowfen
    what: [accessed, stole data, gained access]
    when: 2026-03
  - id: ransom
    who: shadowfen
    what: [ransom, demanded]
    count: 5000000
    note: five million dollars
  - id: quote
    who: kerr
    quote: We are deeply sorry that this happened
"""

AUCTION = """
story: halden-auction
date: 2026-05-14
about: [painting]
entities:
  painting: {name: Harbour at Dusk, aliases: [the Halden painting], kind: product,
    mention_only: [the painting, the canvas, the work]}
  halden: {name: Marta Halden, aliases: [Halden], kind: person}
  lambert: {name: Lambert & Co, aliases: [Lambert's], kind: organisation,
    mention_only: [the auction house]}
  fisk: {name: Oliver Fisk, aliases: [Fisk], kind: person}
places:
  usa: {name: United States, aliases: [US]}
  new-york: {name: New York, in: usa}
  uk: {name: United Kingdom, aliases: [UK, Britain]}
  london: {name: London, in: uk}
  norway: {name: Norway}
  bergen: {name: Bergen, in: norway}
facts:
  - id: sold
    who: painting
    what: [sold, was sold, fetched]
    when: 2026-05-14
    where: new-york
  - id: price
    who: painting
    what: [sold for, fetched]
    count: 48500000
    note: dollars, with the buyer's premium
  - id: estimate
    who: painting
    what: [estimate, estimated at]
    count: 30000000
  - id: bidding
    who: painting
    what: [minutes of bidding]
    count: 12
  - id: painted
    who: halden
    what: [painted]
    when: 1911
  - id: quote
    who: fisk
    quote: I have never seen a room hold its breath like that
"""

STORIES = {
    "appeal": (APPEAL, dt.date(2026, 2, 12)),
    "transfer": (TRANSFER, dt.date(2026, 8, 31)),
    "breach": (BREACH, dt.date(2026, 4, 7)),
    "auction": (AUCTION, dt.date(2026, 5, 14)),
}

FIRST_RUN = [
    # a conviction quashed on appeal: the trial, earlier appeals, other cases, the release
    (
        "appeal",
        "LONDON (PA) - The Court of Appeal quashed Peter Dunmore's manslaughter conviction on "
        "Thursday.",
    ),
    ("appeal", "Dunmore, 47, was convicted at Chelmsford Crown Court in 2019."),
    ("appeal", "He was jailed for 14 years."),
    ("appeal", "Dunmore has served six years of his sentence."),
    ("appeal", "His first appeal was dismissed in 2021."),
    (
        "appeal",
        "The CCRC referred the case back to the Court of Appeal in 2024 after new DNA evidence "
        "emerged.",
    ),
    ("appeal", "The court quashed 31 convictions referred by the CCRC last year."),
    ("appeal", "Lady Justice Holt said the conviction was unsafe."),
    ("appeal", "Prosecutors said they would not seek a retrial."),
    ("appeal", "The CPS could still apply for a retrial within 28 days."),
    (
        "appeal",
        '"Peter has waited seven years to hear those words," his solicitor Marcus Webb said '
        "outside the court.",
    ),
    ("appeal", '"We respect the court\'s decision," a CPS spokesperson said.'),
    (
        "appeal",
        "Pictured: Peter Dunmore leaves the Royal Courts of Justice in London on Thursday. (PA)",
    ),
    (
        "appeal",
        "Free at last. Thank you to everyone who never stopped believing -- Peter Dunmore "
        "(@FreePeterD) February 12, 2026",
    ),
    ("appeal", "Dunmore was born in Colchester and grew up in Essex."),
    ("appeal", "Three judges heard the appeal over two days in January."),
    ("appeal", "The jury at his trial convicted him by a majority of 10 to 2."),
    (
        "appeal",
        "Dunmore's co-defendant, Andrew Pike, was convicted in 2020 and remains in prison.",
    ),
    (
        "appeal",
        "It is the second conviction overturned by the Court of Appeal this year after a CCRC "
        "referral.",
    ),
    (
        "appeal",
        "Compensation is capped at 1m pounds, or 500,000 pounds for those jailed for less than "
        "10 years.",
    ),
    ("appeal", "Miscarriages of justice cost the taxpayer 12m pounds a year, the ministry says."),
    ("appeal", "Dunmore did not give evidence at his 2019 trial."),
    (
        "appeal",
        "Webb said his client had been released from HMP Whitemoor on Thursday evening.",
    ),
    ("appeal", "If the conviction had stood, Dunmore would have been eligible for parole in 2027."),
    ("appeal", "Holt, Mr Justice Carr and Mrs Justice Nwosu heard the appeal."),
    ("appeal", "Sign up for our daily newsletter. Copyright 2026 PA Media. All rights reserved."),
    # a football transfer: the fee, earlier clubs, other deals, goals, posts and captions
    (
        "transfer",
        "Northbridge City have signed striker Daniel Okonjo from Sporting Valmar for a "
        "club-record fee of 62m euros.",
    ),
    ("transfer", "The Nigeria international, 24, has agreed a five-year contract."),
    ("transfer", "Okonjo scored 21 goals in all competitions for Valmar last season."),
    (
        "transfer",
        "He joined Valmar from Lagos side Remo Stars in 2023 for 1.5m euros.",
    ),
    ("transfer", "The fee could rise to 70m euros with add-ons."),
    (
        "transfer",
        "Northbridge's previous record signing was defender Luca Bianchi, who cost 45m euros in "
        "2024.",
    ),
    ("transfer", "Reyes said the club had tracked Okonjo for two years."),
    (
        "transfer",
        '"This is the club I dreamed of playing for as a boy," Okonjo told the club\'s website.',
    ),
    ("transfer", '"He is a special talent and he will score goals for us," Reyes said.'),
    (
        "transfer",
        "Valmar signed Okonjo's replacement, Brazilian forward Caio Lima, for 18m euros on Friday.",
    ),
    ("transfer", "Okonjo had rejected a move to Germany in January."),
    (
        "transfer",
        "He is the third Nigerian to join Northbridge, after Emeka Obi in 2011 and Sam Ade in "
        "2019.",
    ),
    ("transfer", "Northbridge finished fourth in the league last season with 71 points."),
    (
        "transfer",
        "Pictured: Daniel Okonjo holds up a Northbridge shirt at the club's training ground on "
        "Monday. (Northbridge City FC)",
    ),
    (
        "transfer",
        "Okonjo to Northbridge, 62m euros fee agreed, medical tomorrow -- Marco Ricci "
        "(@MarcoRicciFM) August 27, 2026",
    ),
    ("transfer", "Okonjo made 112 appearances for Valmar, scoring 48 goals."),
    ("transfer", "He scored twice on his Nigeria debut in 2024."),
    ("transfer", "Valmar will receive a further 10% of any future sale."),
    (
        "transfer",
        "The deal was completed minutes before the window closed at 11pm on Monday.",
    ),
    ("transfer", "Okonjo, who was born in Lagos, moved to Portugal at 17."),
    (
        "transfer",
        "Northbridge have paid a total of 180m euros for six players this summer.",
    ),
    ("transfer", "Okonjo scored 14 of his 21 goals in the league."),
    ("transfer", "Valmar did not confirm the fee."),
    ("transfer", "Northbridge and two Italian clubs bid for the striker in January."),
    ("transfer", "Read more: Every deadline-day deal, club by club"),
    ("transfer", "Northbridge sold midfielder Jonas Falk to Valmar for 9m euros in 2022."),
    # a data breach: the customers, the attackers, the ransom, the regulator, earlier breaches
    (
        "breach",
        "Tallis Mobile disclosed a data breach on Tuesday affecting 2.3 million customers.",
    ),
    (
        "breach",
        "Hackers accessed names, addresses and bank details in March, the company said.",
    ),
    ("breach", "A group calling itself Shadowfen has demanded a ransom of $5m."),
    ("breach", "Tallis has about 9 million customers in the UK."),
    ("breach", '"We are deeply sorry that this happened," chief executive Anna Kerr said.'),
    (
        "breach",
        '"Customers should be alert to phishing emails," the ICO said in a statement.',
    ),
    ("breach", "The company said it would not pay the ransom."),
    (
        "breach",
        "Tallis was fined 1.2m pounds by the ICO in 2021 after a smaller breach affecting "
        "40,000 customers.",
    ),
    ("breach", "Shadowfen accessed the systems of two hospitals in 2025."),
    ("breach", "About 600,000 of the affected customers had their bank details taken."),
    ("breach", "Shares in Tallis fell 8% on Tuesday."),
    ("breach", "Pictured: A Tallis Mobile shop in Reading. (Getty Images)"),
    (
        "breach",
        "We are aware of reports and are investigating. Updates here -- Tallis Mobile "
        "(@TallisHelp) April 7, 2026",
    ),
    (
        "breach",
        "The breach is the largest at a UK telecoms firm since TalkTalk in 2015, when 157,000 "
        "customers were affected.",
    ),
    ("breach", "Cyber attacks on British businesses cost an estimated 27bn pounds a year."),
    (
        "breach",
        "Tallis said the attackers may have had access for up to three weeks before they were "
        "detected.",
    ),
    ("breach", "The company first noticed unusual activity on March 28."),
    ("breach", "Customers affected will be offered 12 months of free credit monitoring."),
    ("breach", "Kerr, who joined Tallis from BT in 2022, said no passwords were taken."),
    ("breach", "The National Crime Agency and the ICO are investigating."),
    ("breach", "Ransom demands to UK firms averaged $1.5m last year, according to Sophos."),
    ("breach", "Tallis did not say how the hackers gained access."),
    (
        "breach",
        "Under data protection law, the ICO can fine a company up to 4% of its global turnover.",
    ),
    ("breach", "Tallis reported profits of 310m pounds in 2025."),
    ("breach", "Shadowfen demanded $2m from a Dutch retailer in January."),
    ("breach", "This story has been updated with a statement from the ICO."),
    # a record sale at auction: the price, the estimate, earlier sales, other paintings
    (
        "auction",
        "NEW YORK (AP) - Marta Halden's Harbour at Dusk sold for $48.5m at Lambert & Co in New "
        "York on Thursday.",
    ),
    ("auction", "The painting had been estimated at $30m."),
    ("auction", "Bidding lasted 12 minutes, with four collectors competing by phone."),
    ("auction", "Halden painted the harbour in Bergen in 1911."),
    ("auction", "The work last sold in 1987, for $2.2m, to a Swiss collector."),
    ("auction", "Her previous auction record was $19m, set at Lambert's in London in 2021."),
    (
        "auction",
        "The price is the second highest paid for a Scandinavian painting, after Munch's The "
        "Scream.",
    ),
    ("auction", "The Scream sold for $119.9m in 2012."),
    (
        "auction",
        '"I have never seen a room hold its breath like that," auctioneer Oliver Fisk said.',
    ),
    (
        "auction",
        '"It is a museum-quality picture," said Karin Moe, a curator at the National Museum in '
        "Oslo.",
    ),
    ("auction", "The buyer, who bid by telephone, did not wish to be named."),
    ("auction", "Lambert & Co sold 41 lots in the evening sale for a total of $212m."),
    ("auction", "The price includes the buyer's premium; the hammer price was $42m."),
    (
        "auction",
        "Pictured: Harbour at Dusk on display at Lambert & Co's Park Avenue saleroom. (Lambert "
        "& Co)",
    ),
    (
        "auction",
        "The hammer falls: $48.5m for Halden's Harbour at Dusk -- Art Market Live "
        "(@artmarketlive) May 14, 2026",
    ),
    ("auction", "Halden, who was born in Bergen in 1879, painted more than 400 canvases."),
    ("auction", "Only three of her paintings have ever sold for more than $10m."),
    (
        "auction",
        "The painting could be lent to the National Museum in Oslo, the buyer's adviser said.",
    ),
    ("auction", "Art sales at auction fell 12% in 2025, to $23bn."),
    ("auction", "Halden's Fjord in Winter fetched $9m at Lambert's in 2019."),
    ("auction", "The sale had been postponed from November because of a dispute over ownership."),
    ("auction", "The canvas measures 120cm by 180cm."),
    ("auction", "Prices for Nordic painters have doubled since 2015, according to ArtTactic."),
    ("auction", "Lambert & Co was founded in London in 1796."),
    ("auction", "Halden did not sell a single painting in her lifetime."),
    ("auction", "Sign up to our arts newsletter. (c) 2026 The Associated Press."),
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_a_sentence_that_states_nothing_contrary_does_not_clash(story: str, text: str) -> None:
    yaml, published = STORIES[story]
    assert clashes_on(text, yaml, published) == set()


CONTRADICTIONS = [
    # the fact's own event told with a wrong value: each clashes on its slot
    ("appeal", "Dunmore was convicted in 2017.", {"convicted:when"}),
    ("transfer", "Okonjo scored 18 goals for Valmar last season.", {"goals:count"}),
    ("transfer", "Okonjo joined Valmar in 2021.", {"joined-valmar:when"}),
    ("breach", "Tallis Mobile disclosed the breach in February.", {"disclosed:when"}),
    ("breach", "Tallis said 3.1 million customers were affected.", {"customers:count"}),
    ("auction", "Harbour at Dusk was sold in London on Thursday.", {"sold:where"}),
    # `quashed` alone acts on Dunmore; the phrasing `quashed his conviction` is the fact's act
    ("appeal", "The Court of Appeal quashed Dunmore's conviction in 2025.", {"quashed:when"}),
]


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_for_the_fact_s_own_event_clashes_on_its_slot(
    story: str, text: str, expected: set[str]
) -> None:
    yaml, published = STORIES[story]
    assert clashes_on(text, yaml, published) == expected


MISSED = [
    # contradictions written with the table that the checker does not catch: an amount of
    # money after the phrase (`a fee of 55m euros`, `a ransom of $8m`, `sold for $38.5m`: its
    # currency may not be the fact's), a number of years after `jailed for`, and an act whose
    # object is another known entity (`painted Harbour at Dusk`), read as another event, as
    # `met Paul Ryan` is for a meeting with Obama
    ("appeal", "Dunmore was jailed for 12 years."),
    ("transfer", "Northbridge paid a fee of 55m euros for Okonjo."),
    ("breach", "Shadowfen demanded a ransom of $8m."),
    ("auction", "Harbour at Dusk sold for $38.5m."),
    ("auction", "Halden painted Harbour at Dusk in 1921."),
]


@pytest.mark.parametrize("story, text", MISSED)
def test_contradictions_the_checker_misses_raise_nothing_else(story: str, text: str) -> None:
    """What the checker still misses, kept to see it change: no clash, not even a wrong one."""
    yaml, published = STORIES[story]
    assert clashes_on(text, yaml, published) == set()


OWNED_RELATIONS = [
    # a person owned by a tie to the fact's `who` (`Dunmore's brother`) is the subject of a
    # passive after them, named in apposition or not: the brother was convicted, not Dunmore
    ("Dunmore's co-defendant, Andrew Pike, was convicted in 2020.", set()),
    ("Dunmore's co-defendant Andrew Pike was convicted in 2020.", set()),
    ("Dunmore's brother was convicted in 2020.", set()),
    ("Dunmore's two sons were convicted in 2020.", set()),
    ("Dunmore's brother-in-law was convicted in 2020.", set()),
    # near-misses: the fact's `who` is the subject, the tie in apposition after it
    ("Dunmore was convicted in 2020.", {"convicted:when"}),
    ("Dunmore, Pike's co-defendant, was convicted in 2020.", {"convicted:when"}),
    ("Dunmore, a father of two, was convicted in 2020.", {"convicted:when"}),
]


@pytest.mark.parametrize("text, expected", OWNED_RELATIONS)
def test_a_person_owned_by_a_tie_is_the_subject_of_a_passive(text: str, expected: set[str]) -> None:
    yaml, published = STORIES["appeal"]
    assert clashes_on(text, yaml, published) == expected


COUNTED_OTHERS = [
    # the act's object is a number of things no fact of the story counts: the act done to
    # each of them is another occurrence, dated on its own
    ("breach", "Shadowfen accessed the systems of two hospitals in 2025.", set()),
    ("breach", "Shadowfen accessed two hospitals in 2025.", set()),
    ("appeal", "The Court of Appeal quashed 31 convictions last year.", set()),
    # near-misses: things the story counts, a share, a date or a stretch of time after the
    # phrase, no number
    ("breach", "Shadowfen accessed the data of 300 customers in February.", {"accessed:when"}),
    ("breach", "Shadowfen accessed 40% of the records in February.", {"accessed:when"}),
    ("breach", "Shadowfen gained access three years ago.", {"accessed:when"}),
    ("breach", "Shadowfen accessed two years of records in February.", {"accessed:when"}),
    ("breach", "Shadowfen accessed the systems in 2025.", {"accessed:when"}),
    ("appeal", "The Court of Appeal quashed the conviction last year.", {"quashed:when"}),
]


@pytest.mark.parametrize("story, text, expected", COUNTED_OTHERS)
def test_a_counted_object_the_story_does_not_count_is_another_occurrence(
    story: str, text: str, expected: set[str]
) -> None:
    yaml, published = STORIES[story]
    assert clashes_on(text, yaml, published) == expected


TALLIES = [
    # a count tallied over a number of occasions the sentence gives: a stretch the fact does
    # not give, not judged
    ("Okonjo made 112 appearances for Valmar, scoring 48 goals.", set()),
    ("Okonjo scored 48 goals in 112 appearances.", set()),
    ("Okonjo scored 48 goals in his 112 games for Valmar.", set()),
    ("Okonjo scored 48 goals in forty-one games.", set()),
    # near-misses: no number of occasions
    ("Okonjo scored 48 goals for Valmar.", {"goals:count"}),
    ("Okonjo made his debut, scoring 48 goals.", {"goals:count"}),
    ("Okonjo scored 48 goals in friendlies.", {"goals:count"}),
    ("Okonjo scored 48 goals in many games.", {"goals:count"}),
]


@pytest.mark.parametrize("text, expected", TALLIES)
def test_a_tally_over_a_number_of_occasions_is_not_judged(text: str, expected: set[str]) -> None:
    yaml, published = STORIES["transfer"]
    assert clashes_on(text, yaml, published) == expected
