"""Case table of false alarms found by checking invented stories of kinds the tests lacked (a
hospital strike ending, a volcanic eruption, a shipwreck salvage, a trade deal signing), written
as scraped news pages: the facts were written first, then sentences that real outlets print and
that state nothing contrary to the facts (embedded social posts, photo captions and credits,
live-blog timestamps, `Read more:` lines, datelines, correction notes, other people's numbers,
earlier events with their own dates and places, rates, totals, ranges and forecasts), all
before the checker first ran on them (``FIRST_RUN``).

First run (at be5f609): 2 false alarms in 100 sentences. In the eruption, the correction note
`This article was amended on 15 January 2026: an earlier version said Katla last erupted in
1981.` dated the volcano's last eruption by what the note retracts; in the trade deal, `The EU
and Mercosur signed their deal in 2024 after 25 years of talks.` dated the signing by another
deal, the EU's with a party the story does not know. Now a phrase in what a correction says the
text said before (`an earlier version said`, `wrongly stated`) is not judged, and a subject
coordinated with an unknown name before an object the pair owns (`signed their deal`) tells
another occurrence; the near-misses in ``RETRACTED`` and ``UNKNOWN_PARTNERS`` still clash."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

STRIKE = """
story: leeds-nurses-strike
date: 2026-03-04
about: [strike]
entities:
  strike: {name: Leeds nurses' strike, kind: event, mention_only: [the strike, the walkout]}
  rcn: {name: Royal College of Nursing, aliases: [RCN, the RCN], kind: organisation,
    mention_only: [the union]}
  trust: {name: Leeds Teaching Hospitals NHS Trust, aliases: [Leeds Teaching Hospitals],
    kind: organisation, mention_only: [the trust]}
  okafor: {name: Grace Okafor, aliases: [Okafor], kind: person}
  hale: {name: Simon Hale, aliases: [Hale], kind: person}
places:
  uk: {name: United Kingdom, aliases: [UK, Britain]}
  england: {name: England, in: uk}
  leeds: {name: Leeds, in: england}
  bradford: {name: Bradford, in: england}
  scotland: {name: Scotland, in: uk}
facts:
  - id: ended
    who: rcn
    what: [called off the strike, ended the strike, ended its strike]
    when: 2026-03-04
    where: leeds
  - id: nurses
    who: rcn
    what: [nurses]
    count: 4200
  - id: pay-rise
    who: trust
    what: [pay rise]
    count: 6.5
    unit: "%"
  - id: days
    who: strike
    what: [days]
    count: 19
  - id: leader-quote
    who: okafor
    quote: Our members have shown that they will not be taken for granted
"""

VOLCANO = """
story: katla-eruption
date: 2026-01-14
about: [katla]
entities:
  katla: {name: Katla, aliases: [the Katla volcano], kind: product,
    mention_only: [the volcano]}
  imo: {name: Icelandic Meteorological Office, aliases: [IMO, the Met Office], kind: organisation}
  jonsdottir: {name: Helga Jonsdottir, aliases: [Jonsdottir], kind: person}
  evacuees: {name: the evacuees, kind: person, mention_only: [residents]}
places:
  iceland: {name: Iceland}
  vik: {name: Vik, in: iceland}
  reykjavik: {name: Reykjavik, in: iceland}
  myrdalsjokull: {name: Myrdalsjokull, in: iceland}
  italy: {name: Italy}
  sicily: {name: Sicily, in: italy}
facts:
  - id: erupted
    who: katla
    what: [erupted, began erupting]
    when: 2026-01-14
    where: myrdalsjokull
  - id: evacuated
    who: evacuees
    what: [were evacuated, evacuated]
    count: 800
  - id: plume
    who: katla
    what: [ash plume, plume of ash]
    count: 9
    unit: km
  - id: last
    who: katla
    what: [last erupted]
    when: 1918
  - id: quote
    who: jonsdottir
    quote: We cannot say how long this eruption will last
"""

SALVAGE = """
story: san-telmo-salvage
date: 2026-06-22
about: [wreck]
entities:
  wreck: {name: San Telmo, aliases: [the San Telmo], kind: product,
    mention_only: [the wreck, the galleon, the ship]}
  marisub: {name: Marisub, kind: organisation, mention_only: [the salvage company, the firm]}
  ruiz: {name: Elena Ruiz, aliases: [Ruiz], kind: person}
  ministry: {name: Ministry of Culture, kind: organisation}
places:
  spain: {name: Spain}
  cadiz: {name: Cadiz, in: spain}
  madrid: {name: Madrid, in: spain}
  colombia: {name: Colombia}
  cartagena: {name: Cartagena, in: colombia}
facts:
  - id: raised
    who: marisub
    what: [raised, lifted, brought up]
    when: 2026-06-22
    where: cadiz
  - id: sank
    who: wreck
    what: [sank, went down]
    when: 1719
  - id: coins
    who: marisub
    what: [coins]
    count: 3100
  - id: depth
    who: wreck
    what: [metres]
    count: 38
  - id: cost
    who: marisub
    what: [cost]
    count: 14000000
  - id: quote
    who: ruiz
    quote: Every piece tells us something about the people who sailed on her
"""

TRADE = """
story: eu-andes-deal
date: 2026-09-10
about: [deal]
entities:
  deal: {name: EU-Andes trade agreement, aliases: [the trade agreement], kind: event,
    mention_only: [the deal, the agreement, the pact]}
  eu: {name: European Union, aliases: [EU, the EU], kind: organisation}
  andes: {name: Andean Community, aliases: [the Andean bloc], kind: organisation}
  moreau: {name: Claire Moreau, aliases: [Moreau], kind: person}
  quispe: {name: Luis Quispe, aliases: [Quispe], kind: person}
places:
  belgium: {name: Belgium}
  brussels: {name: Brussels, in: belgium}
  peru: {name: Peru}
  lima: {name: Lima, in: peru}
  canada: {name: Canada}
facts:
  - id: signed
    who: eu
    what: [signed, signed the deal]
    when: 2026-09-10
    where: brussels
  - id: tariffs
    who: deal
    what: [tariffs, of tariffs]
    count: 94
    unit: "%"
  - id: years
    who: deal
    what: [years of talks, years of negotiations]
    count: 11
  - id: savings
    who: deal
    what: [save exporters, savings]
    count: 2100000000
  - id: quote
    who: moreau
    quote: This agreement shows that open trade still has friends
"""

STORIES = {
    "strike": (STRIKE, dt.date(2026, 3, 5)),
    "volcano": (VOLCANO, dt.date(2026, 1, 15)),
    "salvage": (SALVAGE, dt.date(2026, 6, 23)),
    "trade": (TRADE, dt.date(2026, 9, 10)),
}

FIRST_RUN = [
    # a hospital strike ending: ballots, earlier strikes, other trusts, pay, posts, captions
    (
        "strike",
        "LEEDS (PA) - The Royal College of Nursing called off the strike at Leeds Teaching "
        "Hospitals on Wednesday after 19 days.",
    ),
    ("strike", "About 4,200 nurses had walked out over pay and staffing."),
    ("strike", "The trust offered a 6.5 per cent pay rise, backdated to April."),
    (
        "strike",
        '"Our members have shown that they will not be taken for granted," RCN regional '
        "secretary Grace Okafor said.",
    ),
    ("strike", "The union had asked for a rise of 10 per cent."),
    ("strike", "Members voted 78 per cent to 22 per cent to accept the offer, on a 61% turnout."),
    ("strike", "Nurses in Bradford ended a 12-day strike in 2024 after a 5% offer."),
    ("strike", "About 11,000 operations were postponed during the walkout, the trust said."),
    ("strike", "Pictured: Nurses on the picket line outside Leeds General Infirmary on Monday."),
    ("strike", "(Getty Images)"),
    (
        "strike",
        "Back to work tomorrow, proud of every one of you -- Grace Okafor (@GraceOkaforRCN) "
        "March 4, 2026",
    ),
    ("strike", "Read more: Nurses in Scotland accept 7% deal"),
    ("strike", "14:32 GMT: The RCN confirms members have accepted the offer."),
    ("strike", "The last national nurses' strike, in December 2022, lasted two days."),
    ("strike", "Chief executive Simon Hale said the pay deal would cost the trust 18m a year."),
    ("strike", "Hale said waiting lists could take six to nine months to recover."),
    ("strike", "Agency staff cost the trust 2.3m during the first week of the strike."),
    ("strike", "The trust employs about 20,000 people across seven hospitals."),
    ("strike", "Nurse vacancies in England stand at about 40,000, or 11 per cent."),
    (
        "strike",
        "This article was amended on 5 March 2026 to correct the number of hospitals run by the "
        "trust.",
    ),
    ("strike", "The union first balloted members in Leeds in November, when 82% backed action."),
    ("strike", "Junior doctors at the trust will strike for three days next month."),
    ("strike", "Okafor, 51, has been a nurse for 30 years."),
    ("strike", "Unison members at the trust accepted a 6% offer in February."),
    ("strike", "The strike was the longest by nurses in the NHS's history."),
    # a volcanic eruption: earlier eruptions, other volcanoes, flights, forecasts, posts
    (
        "volcano",
        "REYKJAVIK (AP) - Iceland's Katla volcano erupted under the Myrdalsjokull glacier on "
        "Wednesday.",
    ),
    ("volcano", "About 800 residents were evacuated from Vik and nearby farms."),
    ("volcano", "The eruption sent an ash plume 9km into the sky, the Met Office said."),
    ("volcano", "Katla last erupted in 1918, when floodwater swept away farms."),
    (
        "volcano",
        '"We cannot say how long this eruption will last," said Helga Jonsdottir, a volcanologist '
        "at the IMO.",
    ),
    ("volcano", "Eyjafjallajokull's eruption in 2010 grounded 100,000 flights across Europe."),
    ("volcano", "Katla has erupted about 20 times since 930."),
    ("volcano", "Pictured: A plume of ash rises over Myrdalsjokull on Wednesday. (Reuters)"),
    (
        "volcano",
        "Ash is falling on the road to Vik, drive carefully -- Icelandic Road Administration "
        "(@vegagerdin) January 14, 2026",
    ),
    ("volcano", "09:15 GMT: Flights from Reykjavik are running normally, Isavia says."),
    ("volcano", "Read more: Why Iceland's volcanoes keep erupting"),
    (
        "volcano",
        "Scientists recorded more than 300 earthquakes in the 24 hours before the eruption.",
    ),
    ("volcano", "The ice cap above the volcano is up to 700 metres thick."),
    ("volcano", "Floods from the 1918 eruption carried 25 times the flow of the Amazon."),
    ("volcano", "Mount Etna in Sicily erupted twice last year."),
    ("volcano", "The plume could reach 12 to 15km if the eruption strengthens, Jonsdottir said."),
    ("volcano", "Evacuees were housed in a school in Hvolsvollur, 70km to the west."),
    ("volcano", "Iceland has about 30 active volcanic systems."),
    (
        "volcano",
        "This article was amended on 15 January 2026: an earlier version said Katla last erupted "
        "in 1981.",
    ),
    ("volcano", "Tourism brings Iceland about 2.3m visitors a year."),
    ("volcano", "The Grindavik eruptions forced 3,700 people from their homes in 2023."),
    ("volcano", "Residents were allowed to return to some farms on Thursday."),
    ("volcano", "Jonsdottir said the volcano had been inflating since 2024."),
    ("volcano", "Sulphur dioxide levels in Vik reached 600 micrograms per cubic metre."),
    ("volcano", "The eruption is expected to last days to weeks, the IMO said."),
    # a shipwreck salvage: the sinking, other wrecks, the finds, the cost, the dispute
    (
        "salvage",
        "CADIZ (Reuters) - Divers from Marisub raised the San Telmo from the seabed off Cadiz on "
        "Monday.",
    ),
    ("salvage", "The galleon sank in a storm in 1719 with 400 sailors on board."),
    ("salvage", "It lay at a depth of 38 metres."),
    ("salvage", "The firm has recovered 3,100 gold and silver coins from the wreck."),
    ("salvage", "The operation cost 14 million euros, paid by the Ministry of Culture."),
    (
        "salvage",
        '"Every piece tells us something about the people who sailed on her," archaeologist '
        "Elena Ruiz said.",
    ),
    ("salvage", "The San Jose, which sank off Cartagena in 1708, may carry $17bn in treasure."),
    ("salvage", "Colombia plans to raise items from the San Jose next year."),
    ("salvage", "Pictured: A diver examines a cannon from the San Telmo. (Marisub/AFP)"),
    (
        "salvage",
        "She's up! 300 years under the sea -- Elena Ruiz (@ElenaRuizArq) June 22, 2026",
    ),
    ("salvage", "Read more: The galleons Spain lost to the Atlantic"),
    ("salvage", "11:02 CET: The first section of the hull breaks the surface."),
    ("salvage", "Divers spent 2,400 hours on the wreck over three summers."),
    ("salvage", "The wreck was discovered by fishermen in 2019."),
    ("salvage", "The coins could be worth 2m to 3m euros, experts estimate."),
    ("salvage", "Spain won a legal battle in 2012 over 17 tonnes of coins from another wreck."),
    ("salvage", "The hull will be kept in a tank of fresh water for at least five years."),
    ("salvage", "About 600 Spanish ships sank in the Americas between 1500 and 1800."),
    ("salvage", "Ruiz, 44, has dived on wrecks for 20 years."),
    (
        "salvage",
        "This article was amended on 23 June 2026 to correct the name of the salvage company.",
    ),
    ("salvage", "The Mary Rose was raised in 1982 off Portsmouth."),
    ("salvage", "The museum in Madrid expects 500,000 visitors a year once the hull is shown."),
    ("salvage", "Marisub was founded in 2005 and has raised 11 wrecks."),
    ("salvage", "Only 40 of the ship's crew survived the sinking."),
    ("salvage", "Visibility at the site was often less than two metres."),
    # a trade deal signing: talks, tariffs, other deals, protests, forecasts
    (
        "trade",
        "BRUSSELS (Reuters) - The European Union signed a trade agreement with the Andean "
        "Community on Thursday after 11 years of talks.",
    ),
    ("trade", "The deal removes 94% of tariffs on goods traded between the two blocs."),
    ("trade", "It will save exporters 2.1bn euros a year, the Commission says."),
    (
        "trade",
        '"This agreement shows that open trade still has friends," trade commissioner Claire '
        "Moreau said.",
    ),
    ("trade", "The EU signed a similar deal with Canada in 2016."),
    ("trade", "Trade between the blocs was worth 46bn euros last year."),
    ("trade", "Farmers protested outside the building, where 3,000 tractors blocked roads."),
    ("trade", "Pictured: Claire Moreau and Luis Quispe shake hands in Brussels. (EPA)"),
    (
        "trade",
        "A good day for Peru and for Europe -- Luis Quispe (@LuisQuispeEC) September 10, 2026",
    ),
    ("trade", "Read more: What the Andes deal means for your shopping"),
    ("trade", "10:45 CET: Moreau and Quispe sign the text in the Berlaymont building."),
    ("trade", "Tariffs on wine will fall from 15% to zero over seven years."),
    ("trade", "Talks began in Lima in 2015 and stalled twice."),
    ("trade", "The European Parliament is expected to vote on the deal in 2027."),
    ("trade", "The EU and Mercosur signed their deal in 2024 after 25 years of talks."),
    ("trade", "Exports of cars could rise 30 to 40 per cent, economists estimate."),
    ("trade", "The Andean bloc has about 110 million people."),
    (
        "trade",
        "This article was amended on 11 September 2026 to correct the value of trade between the "
        "blocs.",
    ),
    ("trade", "Quispe said Peru would ratify the agreement within a year."),
    ("trade", "France opposed the deal until June, citing beef imports."),
    ("trade", "The pact will cut tariffs on Peruvian coffee to zero."),
    ("trade", "The EU has 42 trade agreements with 74 countries."),
    ("trade", "Beef imports will be capped at 50,000 tonnes a year."),
    ("trade", "Moreau, 56, was previously France's trade minister."),
    ("trade", "The deal must still be ratified by all 27 member states."),
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_a_sentence_that_states_nothing_contrary_does_not_clash(story: str, text: str) -> None:
    yaml, published = STORIES[story]
    assert clashes_on(text, yaml, published) == set()


RETRACTED = [
    # what a correction says the text said before: retracted, not stated
    ("An earlier version of this article said Katla last erupted in 1981.", set()),
    ("An earlier version of this article wrongly said Katla last erupted in 1981.", set()),
    (
        "This article was amended on 15 January 2026: an earlier version incorrectly stated that "
        "900 residents were evacuated.",
        set(),
    ),
    # near-misses: the statement told plainly, by someone, as the amended text, or past the
    # correction's clause
    ("Katla last erupted in 1981.", {"last:when"}),
    ("Jonsdottir said Katla last erupted in 1981.", {"last:when"}),
    (
        "This article was amended on 15 January 2026 to say that Katla last erupted in 1981.",
        {"last:when"},
    ),
    ("An earlier version said the plume reached 12km; Katla last erupted in 1981.", {"last:when"}),
    ("The Met Office said 900 residents were evacuated.", {"evacuated:count"}),
    (
        "An earlier version of this article said 800 residents were evacuated, but 900 residents "
        "were evacuated.",
        {"evacuated:count"},
    ),
]


@pytest.mark.parametrize("text, expected", RETRACTED)
def test_what_a_correction_retracts_is_not_judged(text: str, expected: set[str]) -> None:
    yaml, published = STORIES["volcano"]
    assert clashes_on(text, yaml, published) == expected


UNKNOWN_PARTNERS = [
    # the subject and a name the story does not know, before an object the pair owns
    ("The EU and Mercosur signed their deal in 2024 after 25 years of talks.", set()),
    ("Mercosur and the EU signed their deal in 2024.", set()),
    ("The EU and Mercosur have signed their deal in 2024.", set()),
    ("The European Union and South Korea signed their agreement in 2010.", set()),
    ("The EU and Mercosur signed their deal in Lima.", set()),
    # near-misses: a partner the story knows, no partner, or no object the pair owns
    ("The EU and Peru signed their deal in 2024.", {"signed:when"}),
    ("The EU and Peru signed their deal in Lima.", {"signed:where"}),
    ("The EU signed their deal in 2024.", {"signed:when"}),
    ("The EU signed their deal in Lima.", {"signed:where"}),
    ("The EU and Mercosur signed in 2024.", {"signed:when"}),
]


@pytest.mark.parametrize("text, expected", UNKNOWN_PARTNERS)
def test_a_pair_with_a_partner_the_story_does_not_know_is_another_occurrence(
    text: str, expected: set[str]
) -> None:
    yaml, published = STORIES["trade"]
    assert clashes_on(text, yaml, published) == expected
