"""Case table of false alarms found by checking invented stories of kinds the tests lacked (a
bridge collapse, a medicine's approval, a mountain rescue, a stock-market listing): the facts
were written first, then sentences that real outlets write about such stories and that state
nothing contrary to the facts (earlier events of the same kind with their own dates, places
and numbers, other people's numbers, forecasts, captions, quotes of others, rates and totals),
all before the checker first ran on them (``FIRST_RUN``).

First run (at d231ebe): 3 false alarms in 100 sentences. In the medicine's approval, `The FDA
approved a rival drug from Novacor in 2023` dated the approval of another drug; in the listing,
`The company raised 6.2bn kroner, selling shares at 145 kroner a share` found the phrase `kroner
a share` in `kroner, selling shares`, across a comma, and read 6.2bn as the share price, and
`Nordvik had considered a London listing in 2022 but dropped the plan` dated a listing only
considered. Now an object that is another of the kind or a rival's (`approved a rival drug`,
`approved two other drugs`) tells another occurrence, a number before a phrase whose words run
across one comma into the next clause is not its count, and a phrase in the object of a verb
of intending (`considered a London listing`, `planned a merger`) is not said to be done; the
near-misses in ``NEAR_MISSES`` still clash.

The other tables hold sentences of other stories that clashed though they state nothing
contrary: the members a whole includes (``INCLUDED``), a count at each of other or earlier
occasions (``OTHER_OCCASIONS``), an irregular past verb after an owned subject
(``OWNED_SUBJECTS``) and a relative clause told again (``TOLD_AGAIN``), each with the near-misses
that are still judged."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.match import PAST_FORMS, stem
from tests.cases import clashes_on
from tests.test_false_alarm_probes_7 import STORIES as STORIES_7

BRIDGE = """
story: varna-bridge-collapse
date: 2025-09-02
about: [bridge]
entities:
  bridge: {name: Kamchia Bridge, aliases: [the Kamchia bridge], kind: product,
    mention_only: [the bridge, the span]}
  ministry: {name: Ministry of Regional Development, kind: organisation}
  petrov: {name: Ivan Petrov, aliases: [Petrov, Minister Ivan Petrov], kind: person}
  stroymost: {name: Stroymost, kind: organisation}
places:
  bulgaria: {name: Bulgaria}
  varna: {name: Varna, in: bulgaria}
  burgas: {name: Burgas, in: bulgaria}
  sofia: {name: Sofia, in: bulgaria}
  italy: {name: Italy}
  genoa: {name: Genoa, in: italy}
facts:
  - id: collapsed
    who: bridge
    what: [collapsed, gave way, fell]
    when: 2025-09-02
    where: varna
  - id: killed
    who: bridge
    what: [people were killed, people died, dead, killed]
    count: 9
  - id: injured
    who: bridge
    what: [injured, hurt]
    count: 23
  - id: built
    who: bridge
    what: [built, opened]
    when: 1974
  - id: length
    who: bridge
    what: [long]
    count: 240
    unit: m
  - id: minister-quote
    who: petrov
    quote: Whoever is responsible for this will answer for it
"""

DRUG = """
story: lumora-approval
date: 2025-11-20
about: [approval]
entities:
  approval: {name: Lumora approval, kind: event}
  lumora: {name: Lumora, kind: product, mention_only: [the drug, the medicine, the treatment]}
  halvern: {name: Halvern Pharma, aliases: [Halvern], kind: organisation,
    mention_only: [the company, the drugmaker]}
  fda: {name: Food and Drug Administration, aliases: [FDA, the FDA], kind: organisation,
    mention_only: [the agency, the regulator]}
  ortiz: {name: Maria Ortiz, aliases: [Ortiz, Dr Maria Ortiz], kind: person}
  kessler: {name: Paul Kessler, aliases: [Kessler], kind: person}
places:
  usa: {name: United States, aliases: [US]}
  boston: {name: Boston, in: usa}
  europe: {name: Europe}
facts:
  - id: approved
    who: fda
    what: [approved, approval, cleared]
    when: 2025-11-20
  - id: trial-patients
    who: lumora
    what: [patients]
    count: 1800
  - id: reduction
    who: lumora
    what: [reduced the risk, cut the risk]
    count: 31
    unit: "%"
  - id: price
    who: halvern
    what: [list price, priced]
    count: 42000
  - id: ceo-quote
    who: kessler
    quote: This is the day we have worked towards for twelve years
"""

RESCUE = """
story: eiger-rescue
date: 2025-02-11
about: [climbers]
entities:
  climbers: {name: the stranded climbers, kind: person,
    mention_only: [the climbers, the two climbers, the pair]}
  rega: {name: Rega, aliases: [Swiss Air-Rescue], kind: organisation,
    mention_only: [rescuers, the rescue service]}
  baumann: {name: Lukas Baumann, aliases: [Baumann], kind: person}
  frei: {name: Anna Frei, aliases: [Frei], kind: person}
places:
  switzerland: {name: Switzerland}
  bern: {name: Bern, in: switzerland}
  grindelwald: {name: Grindelwald, in: switzerland}
  eiger: {name: Eiger, in: switzerland}
  interlaken: {name: Interlaken, in: switzerland}
  france: {name: France}
  chamonix: {name: Chamonix, in: france}
facts:
  - id: rescued
    who: climbers
    what: [were rescued, were airlifted, rescued]
    when: 2025-02-11
    where: eiger
  - id: nights
    who: climbers
    what: [nights]
    count: 3
  - id: altitude
    who: climbers
    what: [metres]
    count: 3400
  - id: climbers
    who: climbers
    what: [climbers]
    count: 2
  - id: spokesman-quote
    who: frei
    quote: They were very lucky, the weather gave us a window of two hours
"""

LISTING = """
story: nordvik-listing
date: 2025-05-15
about: [nordvik]
entities:
  nordvik: {name: Nordvik Energy, aliases: [Nordvik], kind: organisation,
    mention_only: [the company, the group]}
  lindqvist: {name: Sara Lindqvist, aliases: [Lindqvist], kind: person}
  exchange: {name: Oslo Bors, aliases: [Oslo Stock Exchange], kind: organisation}
places:
  norway: {name: Norway}
  oslo: {name: Oslo, in: norway}
  sweden: {name: Sweden}
  stockholm: {name: Stockholm, in: sweden}
  uk: {name: United Kingdom, aliases: [UK]}
  london: {name: London, in: uk}
facts:
  - id: listed
    who: nordvik
    what: [listed, made its debut, debuted, floated]
    when: 2025-05-15
    where: oslo
  - id: raised
    who: nordvik
    what: [raised]
    count: 6200000000
  - id: offer-price
    who: nordvik
    what: [kroner a share, crowns a share, offer price]
    count: 145
  - id: rise
    who: nordvik
    what: [shares rose, shares jumped]
    count: 12
    unit: "%"
  - id: founded
    who: nordvik
    what: [founded]
    when: 2011
  - id: ceo-quote
    who: lindqvist
    quote: Today is a milestone for everyone who has built this company
"""

STORIES = {
    "bridge": (BRIDGE, dt.date(2025, 9, 3)),
    "drug": (DRUG, dt.date(2025, 11, 21)),
    "rescue": (RESCUE, dt.date(2025, 2, 12)),
    "listing": (LISTING, dt.date(2025, 5, 15)),
}

FIRST_RUN = [
    # a bridge collapse: earlier collapses, inspections, other bridges, the toll
    (
        "bridge",
        "Nine people were killed and 23 injured when the Kamchia Bridge near Varna collapsed "
        "on Tuesday.",
    ),
    ("bridge", "The 240m bridge, built in 1974, carried about 15,000 vehicles a day."),
    (
        "bridge",
        "A 60m section of the span gave way at about 5.40pm, sending four cars into the river.",
    ),
    ("bridge", "Rescuers pulled 11 people from the water, the fire service said."),
    ("bridge", "In 2018, 43 people died when the Morandi bridge in Genoa collapsed."),
    (
        "bridge",
        "The bridge was last inspected in 2021, when engineers found cracks in two pillars.",
    ),
    (
        "bridge",
        '"Whoever is responsible for this will answer for it," Minister Ivan Petrov told '
        "reporters in Varna.",
    ),
    ("bridge", "Petrov said 80 bridges across Bulgaria would be inspected within a month."),
    ("bridge", "Stroymost, which repaired the bridge in 2019, declined to comment."),
    ("bridge", "Three of the injured are in a critical condition in Varna's main hospital."),
    ("bridge", "The dead included a family of four from Sofia."),
    (
        "bridge",
        "Another bridge on the same road, near Burgas, was closed in 2023 after a pillar cracked.",
    ),
    ("bridge", "The government declared Wednesday a day of national mourning."),
    (
        "bridge",
        "Photo: Rescue workers search the wreckage of the Kamchia Bridge on Tuesday evening.",
    ),
    ("bridge", "Prosecutors have opened an investigation into the collapse."),
    (
        "bridge",
        "About a third of Bulgaria's 6,700 bridges need urgent repairs, a 2022 audit found.",
    ),
    ("bridge", "Traffic is being diverted through Provadia, adding 40 minutes to journeys."),
    ("bridge", "Witnesses said they heard a loud crack seconds before the bridge fell."),
    ("bridge", "A similar bridge over the Iskar river was demolished in 2015."),
    ("bridge", "The death toll rose from seven to nine overnight as divers found two more bodies."),
    ("bridge", "The Ministry of Regional Development said it had set aside 12m leva for repairs."),
    ("bridge", "Heavy rain had fallen in the region for three days before the collapse."),
    ("bridge", "The European Commission offered help, saying it was shocked by the disaster."),
    ("bridge", "The bridge was the longest on the road between Varna and Burgas."),
    ("bridge", "Drivers had complained about potholes on the bridge for years."),
    # a medicine's approval: trials, other drugs, other regulators, prices, forecasts
    (
        "drug",
        "The US Food and Drug Administration approved Halvern Pharma's heart drug Lumora on "
        "Thursday.",
    ),
    ("drug", "In a trial of 1,800 patients, Lumora reduced the risk of heart attack by 31%."),
    ("drug", "The drug will have a list price of $42,000 a year, Halvern said."),
    (
        "drug",
        '"This is the day we have worked towards for twelve years," chief executive Paul Kessler '
        "said.",
    ),
    ("drug", "The FDA approved a rival drug from Novacor in 2023."),
    ("drug", "That drug cut the risk by 20% in a trial of 4,000 patients."),
    ("drug", "An FDA advisory panel voted 11 to 2 in September to recommend the approval."),
    ("drug", "European regulators are expected to decide on the drug next year."),
    ("drug", "Halvern shares rose 8% in after-hours trading."),
    ("drug", "About 18 million Americans have coronary heart disease, according to the CDC."),
    (
        "drug",
        "Dr Maria Ortiz, a cardiologist in Boston who led the trial, called the results striking.",
    ),
    ("drug", "Ortiz said 4% of patients stopped taking the drug because of side effects."),
    ("drug", "Analysts expect Lumora to reach sales of $3bn a year by 2030."),
    ("drug", "Halvern was founded in Boston in 2009 and employs 2,300 people."),
    ("drug", "The company spent $1.2bn developing the drug."),
    ("drug", "Insurers have said they will negotiate the price."),
    ("drug", "The FDA rejected an earlier version of the drug in 2021, citing liver problems."),
    ("drug", "Patients in the trial were followed for an average of 3.5 years."),
    ("drug", "Photo: Halvern's headquarters in Boston."),
    ("drug", "The approval covers adults who have already had a heart attack."),
    ("drug", "The agency approved 55 new drugs last year."),
    ("drug", "Generic statins cost less than $100 a year."),
    ("drug", "Halvern said it would apply for approval in Europe in the first half of 2026."),
    ("drug", "The trial's second phase, involving 300 patients, ended in 2020."),
    ("drug", "Kessler said the company would offer the drug free to 5,000 uninsured patients."),
    # a mountain rescue: earlier rescues, the route, the weather, other climbers
    (
        "rescue",
        "Two climbers who spent three nights stranded at 3,400 metres on the Eiger were rescued "
        "on Tuesday.",
    ),
    (
        "rescue",
        "A Rega helicopter airlifted the pair from a ledge on the north face after the weather "
        "cleared.",
    ),
    (
        "rescue",
        '"They were very lucky, the weather gave us a window of two hours," Rega spokeswoman '
        "Anna Frei said.",
    ),
    ("rescue", "The climbers, both aged 28, were taken to hospital in Interlaken with frostbite."),
    ("rescue", "They had set out from Grindelwald on Saturday morning."),
    ("rescue", "Winds of up to 120km/h had kept helicopters on the ground since Sunday."),
    (
        "rescue",
        "The Eiger's north face, 1,800 metres high, is one of the most dangerous climbs in the "
        "Alps.",
    ),
    ("rescue", "More than 60 climbers have died on the face since 1935."),
    ("rescue", "In 2023, a climber was rescued after two nights at 3,000 metres on the same face."),
    ("rescue", "Rega carried out 1,200 mountain rescues last year."),
    ("rescue", "Temperatures on the mountain fell to minus 20C at night."),
    ("rescue", "Mountain guide Lukas Baumann said the pair had been well equipped."),
    ("rescue", "Baumann climbed the north face 14 times before retiring in 2019."),
    ("rescue", "The climbers, from Bern, had sent a text message to a friend on Saturday night."),
    ("rescue", "Photo: A Rega helicopter above Grindelwald on Tuesday."),
    ("rescue", "Five climbers died in the Swiss Alps last weekend, police said."),
    ("rescue", "A rescue attempt on Monday was abandoned because of fog."),
    ("rescue", "The summit of the Eiger is 3,967 metres above sea level."),
    ("rescue", "In 1936, four climbers died during an attempt on the north face."),
    ("rescue", "Near Chamonix, rescuers found the bodies of two climbers on Sunday."),
    ("rescue", "The pair were in good spirits despite their ordeal, Frei said."),
    ("rescue", "Avalanche risk in the region was raised to level four on Monday."),
    ("rescue", "The climbers were expected to be released from hospital within a week."),
    ("rescue", "About 30 people a year attempt the north face in winter."),
    ("rescue", "Rega was founded in 1952 and has 20 helicopter bases."),
    # a stock-market listing: other listings, market figures, forecasts, the company's past
    (
        "listing",
        "Nordvik Energy shares jumped 12% on their debut on the Oslo Stock Exchange on Thursday.",
    ),
    ("listing", "The company raised 6.2bn kroner, selling shares at 145 kroner a share."),
    (
        "listing",
        '"Today is a milestone for everyone who has built this company," chief executive Sara '
        "Lindqvist said.",
    ),
    ("listing", "It is the largest listing in Oslo since 2021."),
    ("listing", "Nordvik, founded in 2011, builds offshore wind farms in the North Sea."),
    ("listing", "The offer was seven times oversubscribed, the banks running it said."),
    ("listing", "The shares had been offered at 130 to 150 kroner each."),
    (
        "listing",
        "Rival Vindkraft's shares fell 25% in their first year after listing in Stockholm in 2021.",
    ),
    ("listing", "The company made a profit of 410m kroner last year on sales of 3.1bn."),
    ("listing", "Nordvik plans to double its capacity to 4 gigawatts by 2030."),
    ("listing", "The benchmark index rose 0.4% on Thursday."),
    ("listing", "Lindqvist, 47, has led the company since 2016."),
    ("listing", "The company's founders will keep a 35% stake."),
    ("listing", "Photo: Nordvik chief executive Sara Lindqvist rings the bell at the Oslo Bors."),
    ("listing", "The Norwegian state pension fund bought 5% of the shares on offer."),
    ("listing", "Nordvik had considered a London listing in 2022 but dropped the plan."),
    ("listing", "Only nine companies listed in Oslo last year, down from 47 in 2021."),
    ("listing", "The listing values Nordvik at about 24bn kroner."),
    ("listing", "Analysts at DNB expect the shares to reach 180 kroner within a year."),
    ("listing", "Employees were offered shares at a 10% discount."),
    ("listing", "The shares closed at 162.40 kroner, up 12% on the offer price."),
    ("listing", "Equinor's listing in 2001 raised 12.9bn kroner."),
    ("listing", "Nordvik employs 850 people in Norway, Sweden and the UK."),
    ("listing", "The company postponed a planned listing in 2022 because of market turmoil."),
    ("listing", "Trading in the shares opened at 9am."),
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_a_sentence_that_states_nothing_contrary_does_not_clash(story: str, text: str) -> None:
    yaml, published = STORIES[story]
    assert clashes_on(text, yaml, published) == set()


NEAR_MISSES = [
    # an object that is another of the kind, or a rival's: another occurrence
    ("drug", "The FDA approved a rival drug from Novacor in 2023.", set()),
    ("drug", "The FDA approved two other drugs in 2023.", set()),
    ("drug", "The FDA approved another heart drug in 2023.", set()),
    # near-misses: the act with no other object, or none at all
    ("drug", "The FDA approved it in 2023.", {"approved:when"}),
    ("drug", "The FDA approved a heart drug in 2023.", {"approved:when"}),
    ("drug", "The FDA approved the heart drug in 2023.", {"approved:when"}),
    # a phrase whose words run across one comma into the next clause
    ("listing", "The company raised 6.2bn kroner, selling shares at 145 kroner a share.", set()),
    ("listing", "The company raised 6.2bn kroner, selling shares at 150 kroner each.", set()),
    # near-misses: the phrase in one clause, or around an aside between two commas
    (
        "listing",
        "The company raised 6.2bn kroner, selling shares at 150 kroner a share.",
        {"offer-price:count"},
    ),
    ("listing", "The company sold shares at 150 kroner a share.", {"offer-price:count"}),
    # a phrase in the object of a verb of intending or trying
    ("listing", "Nordvik had considered a London listing in 2022 but dropped the plan.", set()),
    ("listing", "Nordvik planned a listing in 2022.", set()),
    ("listing", "Nordvik sought a listing in Stockholm in 2022.", set()),
    # near-misses: the act done, or told with no verb of intending
    ("listing", "Nordvik completed a London listing in 2022.", {"listed:when"}),
    ("listing", "Nordvik listed in 2022.", {"listed:when"}),
]


@pytest.mark.parametrize("story, text, expected", NEAR_MISSES)
def test_the_rules_first_run_taught_and_their_near_misses(
    story: str, text: str, expected: set[str]
) -> None:
    yaml, published = STORIES[story]
    assert clashes_on(text, yaml, published) == expected


VICTIMS = """
story: market-attack
date: 2025-05-01
about: [victims]
entities:
  victims: {name: victims of the market attack, kind: person,
    mention_only: [the victims, the dead]}
facts:
  - id: dead
    who: victims
    what: [men]
    count: 6
"""

INCLUDED = [
    # the subject, a whole the fact counts in, `include`s some of its members
    ("The dead included three men and a woman.", set()),
    ("The victims included three men.", set()),
    ("The victims have included three men.", set()),
    # near-misses: the whole told by `were` or `comprised`
    ("The dead were three men and a woman.", {"dead:count"}),
    ("The victims were three men.", {"dead:count"}),
    ("The dead comprised three men and a woman.", {"dead:count"}),
]


@pytest.mark.parametrize("text, expected", INCLUDED)
def test_members_a_whole_includes_are_not_its_count(text: str, expected: set[str]) -> None:
    assert clashes_on(text, VICTIMS, dt.date(2025, 5, 2)) == expected


YALE = """
story: yale-alumni
about: [yale]
entities:
  yale: {name: Yale University, aliases: [Yale], kind: organisation}
facts:
  - id: presidents
    who: yale
    what: [U.S. Presidents]
    count: 5
"""


@pytest.mark.parametrize(
    "text",
    [
        "Yale has graduated many notable alumni, including zero U.S. Presidents.",
        "Yale University's alumni includes zero U.S. Presidents.",
    ],
)
def test_a_part_included_in_another_noun_than_the_subject_is_still_the_count(text: str) -> None:
    """The whole is the alumni, not Yale: the fact's count is the part `include` lists."""
    assert clashes_on(text, YALE, None) == {"presidents:count"}


OTHER_OCCASIONS = [
    # a count at each of several occasions, or at an earlier one
    (
        "The Reserve Bank had cut rates by 50 basis points at each of its previous three meetings.",
        set(),
    ),
    ("The Reserve Bank cut rates by 50 basis points at its previous meeting.", set()),
    ("The Reserve Bank cut rates by 50 basis points in each of the past two years.", set()),
    # near-misses: the count of the fact's own act, past perfect alone included
    ("The Reserve Bank cut rates by 50 basis points on Wednesday.", {"size:count"}),
    ("The Reserve Bank had cut rates by 50 basis points.", {"size:count"}),
    ("The Reserve Bank cut rates by 50 basis points at its meeting on Wednesday.", {"size:count"}),
    (
        "The Reserve Bank cut rates by 50 basis points, more than at its previous meeting.",
        {"size:count"},
    ),
]


@pytest.mark.parametrize("text, expected", OTHER_OCCASIONS)
def test_a_count_at_other_occasions_is_not_judged(text: str, expected: set[str]) -> None:
    yaml, published = STORIES_7["rates"]
    assert clashes_on(text, yaml, published) == expected


MARCH = """
story: dockers-march
date: 2025-03-01
about: [union]
entities:
  union: {name: Dockers Union, aliases: [the union], kind: organisation}
facts:
  - id: march
    who: union
    what: [led the march]
    when: 2025-03-01
"""

OWNED_SUBJECTS = [
    # an irregular past verb after a subject its owner owns: the owned one's act
    ("ferry", "The Santa Lucia's sister ship sank in 1998.", set()),
    ("march", "The Dockers Union's youth wing led the march in 2019.", set()),
    # near-misses: the owner is the subject
    ("ferry", "The Santa Lucia sank in 1998.", {"sank:when"}),
    ("march", "The Dockers Union led the march in 2019.", {"march:when"}),
]


@pytest.mark.parametrize("story, text, expected", OWNED_SUBJECTS)
def test_an_irregular_past_verb_after_an_owned_subject(
    story: str, text: str, expected: set[str]
) -> None:
    yaml, published = (MARCH, dt.date(2025, 3, 2)) if story == "march" else STORIES_7[story]
    assert clashes_on(text, yaml, published) == expected


@pytest.mark.parametrize(
    "past",
    """sank sunk struck fled fell rose shot hit led won lost swept stole froze told kept grew
    knew sought drove threw broke stood caught fought built withdrew overtook""".split(),
)
def test_common_irregular_past_forms_are_verbs(past: str) -> None:
    assert past in PAST_FORMS


@pytest.mark.parametrize(
    "past, present",
    [("sank", "sink"), ("sunk", "sink"), ("told", "tell"), ("withdrew", "withdraw")],
)
def test_a_phrase_in_the_past_finds_the_present(past: str, present: str) -> None:
    assert stem(past) == stem(present)


@pytest.mark.parametrize("past, noun", [("led", "lead"), ("drew", "draw"), ("stole", "steal")])
def test_a_past_form_whose_present_is_a_noun_is_not_stemmed_to_it(past: str, noun: str) -> None:
    """`led the march` does not find `took the lead`."""
    assert stem(past) != stem(noun)


CUP = """
story: rovers-cup
date: 2016-05-21
about: [rovers]
entities:
  rovers: {name: Rovers, kind: team}
facts:
  - id: cup
    who: rovers
    what: [won the cup]
    when: 2016-05-21
"""

TOLD_AGAIN = [
    # a relative clause whose main clause says its subject did it `again`: an earlier time
    ("Rovers, who won the cup in 2014 and 2015, won it again on Saturday.", set()),
    ("Rovers, who won the cup in 2015, have done it again.", set()),
    # near-misses: no `again` in the main clause's first words
    ("Rovers, who won the cup in 2015, celebrated on Saturday.", {"cup:when"}),
    ("Rovers, who won the cup in 2015, said they would never play again.", {"cup:when"}),
    # coordinated years of the fact's own act, none of them the event's: a list of other
    # times the cup was won, not judged (one such year, or alternatives, still clash)
    ("Rovers won the cup in 2014 and 2015.", set()),
    ("Rovers won the cup in 2015.", {"cup:when"}),
    ("Rovers won the cup in 2014 or 2015.", {"cup:when"}),
    ("Rovers also won the cup in 2014 and 2015.", set()),
    ("Rovers had previously won the cup in 2014 and 2015.", set()),
]


@pytest.mark.parametrize("text, expected", TOLD_AGAIN)
def test_a_relative_clause_told_again_is_another_occurrence(text: str, expected: set[str]) -> None:
    assert clashes_on(text, CUP, dt.date(2016, 5, 22)) == expected
