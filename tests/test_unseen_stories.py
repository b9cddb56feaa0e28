"""Five invented stories of kinds the labelled corpus does not hold (an earthquake with its
magnitude and toll, a film's opening weekend, a fraudster's sentence, an airline's quarterly
results, a literary prize), each told by three outlets in their own phrasing, with planted
contradictions. The fact files were written first, as a curator would, then every (article,
fact) cell was labelled by reading the text, and the planted edits written, all before the
checker first ran on them.

First run (commit c5c913a, the checker of fb2779a): 48 of 71 facts stated found consistent,
4 of 4 omissions found, 14 of 35 planted contradictions caught on the right slot, and no false
contradiction (0 of 75 cells, none on the other facts of the planted articles).

After the rules these misses taught (a source named only in a closing attribution, a count
after an active verb or inside the phrase or after `magnitude`, a name inside the phrase after
`in`/`of`/`at`, a date between the subject and the phrase, a place as a verb's object or past
an apposition, a city that names a court, a title before a speaker, `his`/`her` as the owner,
an apposition or an owner before the subject, an opening sentence's description): 58 of 71
found, 4 of 4 omissions, 27 of 35 planted contradictions caught (28 before the rule that a
sentence naming no one with places only in another country tells another event: `struck
northern Chile`), still no false contradiction. With a death toll read as stating a fact of
deaths (`The death toll ... rose to 47`): 59 of 71 found, the rest unchanged. With money as a
fact's unit, the four facts of money given their currency once it could be declared (`unit:
$`, `€`, `£`: `debuted with $26 million`, `Revenue rose 14 per cent to €1.48bn`, `won the
£40,000 Aurelia Prize`): 60 of 71 found, 31 of 35 planted contradictions caught, the rest
unchanged.
What is left: paraphrases (`wowed fans at the premiere`, `The award, worth £50,000`), definite
descriptions (`The former financial adviser`), estimates, a place far past the phrase, and
another entity's act in a dated sentence.

A cell the checker gets wrong is listed in ``KNOWN`` with what it says and why: the table
asserts that it still says so, so a fix shows (and must move the entry out).
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import parse_story
from tests import story_tables as tables

QUAKE = """
story: arequipa-quake-2025
title: Magnitude 6.8 earthquake kills 47 in southern Peru
date: 2025-02-11
about: [quake, salas]
entities:
  quake:
    name: Arequipa earthquake
    kind: event
    mention_only: [the earthquake, the quake, the tremor]
  salas:
    name: Rosa Salas
    aliases: [Salas, Ms Salas]
    kind: person
  boluarte:
    name: Dina Boluarte
    aliases: [Boluarte, President Boluarte]
    kind: person
  indeci:
    name: National Civil Defence Institute
    aliases: [INDECI, civil defence institute, civil defense institute]
    kind: organisation
places:
  peru: {name: Peru}
  arequipa-region: {name: Arequipa region, in: peru}
  caraveli: {name: Caravelí, aliases: [Caraveli], in: arequipa-region}
facts:
  - id: quake-struck
    who: quake
    what: [struck, hit]
    where: caraveli
    when: 2025-02-11
  - id: quake-magnitude
    who: quake
    what: [magnitude, measured]
    count: 6.8
  - id: quake-toll
    who: quake
    what: [killed, dead, died]
    count: 47
  - id: quake-injured
    who: quake
    what: [injured]
    count: 312
  - id: salas-quote
    who: salas
    quote: We are still pulling people from the rubble and the number of dead will rise
"""

FILM = """
story: harbour-lights-opening
title: Harbour Lights opens at No 1 with $62m
date: 2025-03-09
about: [film, okonjo, vale]
entities:
  film:
    name: Harbour Lights
    kind: product
    mention_only: [the film, the movie, the drama]
  okonjo:
    name: Maya Okonjo
    aliases: [Okonjo, Ms Okonjo]
    kind: person
    mention_only: [the star]
  vale:
    name: Teodor Vale
    aliases: [Vale]
    kind: person
    mention_only: [the director]
  meridian:
    name: Meridian Pictures
    aliases: [Meridian]
    kind: organisation
    mention_only: [the studio, the distributor]
places:
  london: {name: London, country: GB}
  leicester-square: {name: Leicester Square, in: london}
facts:
  - id: opening-gross
    who: film
    what: [grossed, grossing, took in, debuted with, opening weekend]
    count: 62000000
    unit: $
  - id: theaters
    who: film
    what: [theaters, theatres, cinemas]
    count: 3850
  - id: okonjo-premiere
    who: okonjo
    what: [attended the premiere, walked the red carpet]
    where: london
    when: 2025-03-05
  - id: vale-quote
    who: vale
    quote: I made this film for my mother and for every kid who grew up by the sea
  - id: vale-second-feature
    who: vale
    what: [feature]
    count: 2
    ordinal: true
"""

COURT = """
story: pryce-fraud-sentence
title: Fraudster Daniel Pryce jailed for nine years
date: 2025-05-16
about: [pryce]
entities:
  pryce:
    name: Daniel Pryce
    aliases: [Pryce, Mr Pryce]
    kind: person
    mention_only: [the fraudster]
  marr:
    name: Judge Helen Marr
    aliases: [Helen Marr, Judge Marr]
    kind: person
  lyle:
    name: Amanda Lyle
    aliases: [Lyle, Ms Lyle]
    kind: person
places:
  london: {name: London, country: GB}
  southwark: {name: Southwark Crown Court, in: london}
facts:
  - id: pryce-jailed
    who: pryce
    what: [jailed, sentenced]
    where: southwark
    when: 2025-05-16
  - id: pryce-years
    who: pryce
    what: [jailed for years, sentenced to years]
    count: 9
  - id: pryce-age
    who: pryce
    what: [year-old, aged]
    count: 34
  - id: pryce-investors
    who: pryce
    what: [investors]
    count: 212
  - id: marr-remarks
    who: marr
    quote: You preyed on the trust of ordinary people and you showed not a shred of remorse
"""

RESULTS = """
story: corvid-air-q2-2025
title: Corvid Air profit jumps as passenger numbers hit a record
date: 2025-07-24
about: [corvid]
entities:
  corvid:
    name: Corvid Air
    aliases: [Corvid]
    kind: organisation
    mention_only: [the airline, the carrier]
  bakshi:
    name: Priya Bakshi
    aliases: [Bakshi, Ms Bakshi]
    kind: person
  fenwick:
    name: Oliver Fenwick
    aliases: [Fenwick]
    kind: person
places:
  dublin: {name: Dublin, country: IE}
facts:
  - id: pretax-profit
    who: corvid
    what: [pre-tax profit, profit before tax]
    count: 212000000
    unit: €
  - id: passengers
    who: corvid
    what: [passengers]
    count: 14200000
  - id: revenue
    who: corvid
    what: [revenue]
    count: 1480000000
    unit: €
  - id: shares-rose
    who: corvid
    what: [shares rose, shares jumped]
    count: 8
    unit: "%"
    when: 2025-07-24
  - id: bakshi-quote
    who: bakshi
    quote: Summer demand has never been stronger and we are adding seats on every route we fly
"""

PRIZE = """
story: aurelia-prize-2025
title: Ines Moravec wins the Aurelia Prize for The Salt Orchard
date: 2025-11-03
about: [moravec, prize]
entities:
  moravec:
    name: Ines Moravec
    aliases: [Moravec, Ms Moravec]
    kind: person
    mention_only: [the novelist, the author]
  reyes:
    name: Tomas Reyes
    aliases: [Reyes]
    kind: person
  dunmore:
    name: Callum Dunmore
    aliases: [Dunmore]
    kind: person
  prize:
    name: Aurelia Prize
    aliases: [Aurelia Prize for Fiction]
    kind: event
  orchard:
    name: The Salt Orchard
    kind: product
places:
  uk: {name: UK, aliases: [Britain]}
  scotland: {name: Scotland, in: uk}
  edinburgh: {name: Edinburgh, in: scotland}
  usher-hall: {name: Usher Hall, in: edinburgh}
facts:
  - id: moravec-won
    who: moravec
    what: [won the Aurelia Prize, won the prize, named the winner]
    where: edinburgh
    when: 2025-11-03
    exclusive: true
  - id: prize-money
    who: moravec
    what: [won the Aurelia Prize, won the prize, prize money]
    count: 50000
    unit: £
  - id: third-novel
    who: moravec
    what: [novel]
    count: 3
    ordinal: true
  - id: shortlist
    who: prize
    what: [books shortlisted, books were shortlisted, shortlist of books]
    count: 6
  - id: dunmore-quote
    who: dunmore
    quote: This is a novel that will outlive all of us
"""

STORIES = {"quake": QUAKE, "film": FILM, "court": COURT, "results": RESULTS, "prize": PRIZE}

ARTICLES: dict[tuple[str, str], tuple[dt.date, str]] = {
    ("quake", "wire"): (
        dt.date(2025, 2, 11),
        "LIMA (Reuters) - A magnitude 6.8 earthquake struck southern Peru early on Tuesday, "
        "killing at least 47 people and injuring 312, the National Civil Defence Institute "
        "said.\n\n"
        "The quake hit at 2:14 a.m. local time (0714 GMT) near the town of Caravelí in the "
        "Arequipa region, at a depth of 35 km, the U.S. Geological Survey said.\n\n"
        '"We are still pulling people from the rubble and the number of dead will rise," Civil '
        "Defence chief Rosa Salas told reporters.\n\n"
        'Peru sits on the Pacific "Ring of Fire". A magnitude 8.0 quake in 2007 killed more than '
        "500 people near Pisco.",
    ),
    ("quake", "broadcaster"): (
        dt.date(2025, 2, 11),
        "A powerful earthquake in southern Peru has killed at least 47 people, officials say.\n\n"
        "The tremor, which measured 6.8, hit near the Caravelí valley in the early hours of "
        "Tue., shaking buildings as far away as Lima.\n\n"
        "More than 300 people were injured.\n\n"
        "Rosa Salas, head of the civil defence institute, said: \u201cWe are still pulling "
        "people from the rubble and the number of dead will rise.\u201d\n\n"
        "President Dina Boluarte is expected to visit the area on Wednesday.",
    ),
    ("quake", "agency"): (
        dt.date(2025, 2, 12),
        "CARAVELÍ, Peru (AP) \u2014 Rescuers were still searching collapsed adobe homes in "
        "Caravelí on Wednesday, the day after the quake struck.\n\n"
        "The death toll from Tuesday's magnitude 6.8 earthquake rose to 47.\n\n"
        "The quake, centered near Caravelí, injured 312 people and left more than 2,000 "
        "homeless, according to the civil defense institute.\n\n"
        '"We are still pulling people from the rubble," said Rosa Salas, the agency\'s chief. '
        '"And the number of dead will rise."\n\n'
        "It was the deadliest earthquake in Peru since 2007, when 519 people died in Pisco.",
    ),
    ("film", "trade"): (
        dt.date(2025, 3, 9),
        'Meridian Pictures\' "Harbour Lights" sailed to the top of the domestic box office this '
        "weekend, grossing an estimated $62 million from 3,850 theaters, according to studio "
        "estimates on Sunday.\n\n"
        "The coming-of-age drama, the second feature from Norwegian director Teodor Vale, beat "
        "expectations of $45 million.\n\n"
        '"I made this film for my mother and for every kid who grew up by the sea," Vale said '
        "at the film's London premiere Wed.\n\n"
        "Star Maya Okonjo walked the red carpet in Leicester Square alongside Vale.",
    ),
    ("film", "wire"): (
        dt.date(2025, 3, 10),
        'LOS ANGELES (Reuters) - "Harbour Lights," a coming-of-age drama starring Maya Okonjo, '
        "debuted with $62 million in U.S. and Canadian theaters over the weekend, topping the "
        "box office, distributor Meridian Pictures said on Sunday.\n\n"
        "The film played in 3,850 cinemas. It is director Teodor Vale's second feature.\n\n"
        "Okonjo attended the premiere of the film, her first leading role, in London last "
        "Wednesday.",
    ),
    ("film", "tabloid"): (
        dt.date(2025, 3, 10),
        "Maya Okonjo's new film has stormed the US box office. Harbour Lights took in $62m in "
        "its opening weekend.\n\n"
        "The star, 29, wowed fans at the film's premiere in London last week.\n\n"
        'Director Teodor Vale told the crowd: "I made this film for my mother and for every kid '
        'who grew up by the sea."\n\n'
        "The movie opened in 3,850 cinemas across North America.",
    ),
    ("court", "broadcaster"): (
        dt.date(2025, 5, 16),
        "A financial adviser who conned 212 investors out of \u00a314.6m has been jailed for "
        "nine years.\n\n"
        "Daniel Pryce, 34, of Bromley, south-east London, was sentenced at Southwark Crown Court "
        "on Friday after being convicted of fraud in March.\n\n"
        "Judge Helen Marr told him: \u201cYou preyed on the trust of ordinary people and you "
        "showed not a shred of remorse.\u201d\n\n"
        "Pryce spent the money on a yacht and a villa in Spain, the court heard.",
    ),
    ("court", "evening"): (
        dt.date(2025, 5, 17),
        "A fraudster who spent investors' savings on a superyacht was jailed yesterday for nine "
        "years.\n\n"
        "Pryce, 34, defrauded 212 investors of \u00a314.6 million through a bogus property "
        "fund.\n\n"
        "At his sentencing at Southwark Crown Court yesterday, Pryce showed no emotion.\n\n"
        'Prosecutor Amanda Lyle said he had "lied to everyone who trusted him".\n\n'
        'Judge Marr said Pryce had "preyed on the trust of ordinary people" and "showed not a '
        'shred of remorse".',
    ),
    ("court", "tabloid"): (
        dt.date(2025, 5, 17),
        "Conman Daniel Pryce, 34, who blew \u00a314.6million of his victims' money on a yacht, a "
        "Spanish villa and a fleet of supercars, was jailed for nine years on Friday.\n\n"
        "The former financial adviser targeted 212 investors, many of them pensioners, "
        "Southwark Crown Court in London heard.\n\n"
        "Jailing him, Judge Helen Marr said: 'You preyed on the trust of ordinary people and "
        "you showed not a shred of remorse.'\n\n"
        "Pryce, from Bromley, had denied 11 counts of fraud.",
    ),
    ("results", "wire"): (
        dt.date(2025, 7, 24),
        "DUBLIN (Reuters) - Corvid Air reported a 31% jump in second-quarter pre-tax profit to "
        "212 million euros on Thursday as record summer demand offset higher fuel costs, and "
        "its shares rose 8% in early trading.\n\n"
        "The airline carried 14.2 million passengers in the three months to June, up 9% from a "
        "year earlier, while revenue climbed to 1.48 billion euros.\n\n"
        '"Summer demand has never been stronger and we are adding seats on every route we '
        'fly," Chief Executive Priya Bakshi told reporters.\n\n'
        "Analysts had forecast a profit of 195 million euros.",
    ),
    ("results", "paper"): (
        dt.date(2025, 7, 25),
        "Corvid Air lifted its full-year outlook yesterday after the Dublin-based carrier "
        "posted a pre-tax profit of \u20ac212m for the second quarter, beating forecasts.\n\n"
        "Revenue rose 14 per cent to \u20ac1.48bn. Passenger numbers rose to 14.2mn.\n\n"
        'Priya Bakshi, chief executive, said: "Summer demand has never been stronger and we are '
        'adding seats on every route we fly."\n\n'
        "Shares in the carrier rose 8 per cent yesterday. Oliver Fenwick, an analyst at "
        'Barclays, said the figures were "solid rather than spectacular".',
    ),
    ("results", "local"): (
        dt.date(2025, 7, 24),
        "Shares in Corvid Air jumped 8% on Thursday after the Irish airline said record summer "
        "bookings had pushed its quarterly profit before tax up to \u20ac212 million.\n\n"
        "Corvid carried 14.2 million passengers between April and June and posted revenue of "
        "\u20ac1.48 billion.\n\n"
        '"Summer demand has never been stronger," chief executive Priya Bakshi said. "We are '
        'adding seats on every route we fly."\n\n'
        "Rival Aer Lingus reported a 6% fall in profit last week.",
    ),
    ("prize", "paper"): (
        dt.date(2025, 11, 4),
        "Ines Moravec has won the \u00a350,000 Aurelia Prize for Fiction for The Salt Orchard, "
        "her third novel, at a ceremony in Edinburgh on Monday night.\n\n"
        "The chair of judges, critic Callum Dunmore, said: \u201cThis is a novel that will "
        "outlive all of us.\u201d\n\n"
        "Moravec, 41, beat five other books on the shortlist, including Tomas Reyes's debut "
        "Glasswork.\n\n"
        "Last year's prize went to the Irish poet Aoife Brennan.",
    ),
    ("prize", "broadcaster"): (
        dt.date(2025, 11, 4),
        "Czech-born writer Ines Moravec was named the winner of the Aurelia Prize last night.\n\n"
        "The award, worth \u00a350,000, was presented at the Usher Hall in Edinburgh.\n\n"
        "Moravec's third novel, The Salt Orchard, follows three generations of a fishing "
        "family.\n\n"
        "Six books were shortlisted for this year's prize.\n\n"
        'Judge Callum Dunmore described it as "a novel that will outlive all of us".',
    ),
    ("prize", "agency"): (
        dt.date(2025, 11, 3),
        "EDINBURGH, Scotland (AP) \u2014 Novelist Ines Moravec on Monday won the Aurelia Prize, "
        'one of Britain\'s richest literary awards, for "The Salt Orchard."\n\n'
        "The prize carries 50,000 pounds ($65,000).\n\n"
        "The 41-year-old author, who was born in Brno and moved to Glasgow in 2009, was chosen "
        "from a shortlist of six books.\n\n"
        '"This is a novel that will outlive all of us," said Callum Dunmore, who chaired the '
        "judging panel.",
    ),
}

C, OM = "consistent", "omitted"
LABELS: dict[tuple[str, str], dict[str, str]] = {
    # `struck southern Peru early on Tuesday`, `magnitude 6.8`, `killing at least 47 people and
    # injuring 312`; the 2007 quake near Pisco is another event
    ("quake", "wire"): {
        "quake-struck": C,
        "quake-magnitude": C,
        "quake-toll": C,
        "quake-injured": C,
        "salas-quote": C,
    },
    # `hit near the Caravelí valley in the early hours of Tue.`, `measured 6.8`, `has killed at
    # least 47 people`, `More than 300 people were injured` (a bound that fits 312)
    ("quake", "broadcaster"): {
        "quake-struck": C,
        "quake-magnitude": C,
        "quake-toll": C,
        "quake-injured": C,
        "salas-quote": C,
    },
    # `the day after the quake struck` (Wednesday's day before: Tuesday), `Tuesday's magnitude
    # 6.8 earthquake`, `The death toll ... rose to 47`, `injured 312 people`, the quote in two
    # sentences; 519 died in Pisco in 2007, another quake
    ("quake", "agency"): {
        "quake-struck": C,
        "quake-magnitude": C,
        "quake-toll": C,
        "quake-injured": C,
        "salas-quote": C,
    },
    # `grossing an estimated $62 million from 3,850 theaters` after the film's name in quotation
    # marks; `the second feature from ... Teodor Vale`; the premiere on `Wed.` is Vale's
    # sentence, Okonjo's `walked the red carpet in Leicester Square` has no date
    ("film", "trade"): {
        "opening-gross": C,
        "theaters": C,
        "okonjo-premiere": C,
        "vale-quote": C,
        "vale-second-feature": C,
    },
    # `debuted with $62 million`, `The film played in 3,850 cinemas`, `Teodor Vale's second
    # feature`, `attended the premiere ..., in London last Wednesday` (a place far from the phrase)
    ("film", "wire"): {
        "opening-gross": C,
        "theaters": C,
        "okonjo-premiere": C,
        "vale-quote": OM,
        "vale-second-feature": C,
    },
    # `took in $62m`, `The movie opened in 3,850 cinemas`, `The star ... wowed fans at the film's
    # premiere in London last week` (she was there: a paraphrase of attending)
    ("film", "tabloid"): {
        "opening-gross": C,
        "theaters": C,
        "okonjo-premiere": C,
        "vale-quote": C,
        "vale-second-feature": OM,
    },
    # `A financial adviser who conned 212 investors ... has been jailed for nine years`: the
    # adviser is Pryce, named in the next sentence
    ("court", "broadcaster"): {
        "pryce-jailed": C,
        "pryce-years": C,
        "pryce-age": C,
        "pryce-investors": C,
        "marr-remarks": C,
    },
    # `A fraudster ... was jailed yesterday for nine years`, `At his sentencing at Southwark
    # Crown Court yesterday`, the quote in two pieces
    ("court", "evening"): {
        "pryce-jailed": C,
        "pryce-years": C,
        "pryce-age": C,
        "pryce-investors": C,
        "marr-remarks": C,
    },
    # `Conman Daniel Pryce, 34, who blew ..., was jailed for nine years on Friday`; `The former
    # financial adviser targeted 212 investors`
    ("court", "tabloid"): {
        "pryce-jailed": C,
        "pryce-years": C,
        "pryce-age": C,
        "pryce-investors": C,
        "marr-remarks": C,
    },
    # `pre-tax profit to 212 million euros`, `The airline carried 14.2 million passengers`,
    # `revenue climbed to 1.48 billion euros`, `its shares rose 8%` (on Thursday); the analysts'
    # forecast is no result
    ("results", "wire"): {
        "pretax-profit": C,
        "passengers": C,
        "revenue": C,
        "shares-rose": C,
        "bakshi-quote": C,
    },
    # `the Dublin-based carrier posted a pre-tax profit of €212m`, `Revenue rose 14 per cent to
    # €1.48bn`, `Passenger numbers rose to 14.2mn`, `Shares in the carrier rose 8 per cent
    # yesterday`
    ("results", "paper"): {
        "pretax-profit": C,
        "passengers": C,
        "revenue": C,
        "shares-rose": C,
        "bakshi-quote": C,
    },
    # `Shares in Corvid Air jumped 8% on Thursday`, `its quarterly profit before tax up to €212
    # million`, `Corvid carried 14.2 million passengers ... and posted revenue of €1.48 billion`;
    # Aer Lingus's fall is another company's
    ("results", "local"): {
        "pretax-profit": C,
        "passengers": C,
        "revenue": C,
        "shares-rose": C,
        "bakshi-quote": C,
    },
    # `has won the £50,000 Aurelia Prize ... at a ceremony in Edinburgh on Monday night`, `The
    # Salt Orchard, her third novel`; `beat five other books on the shortlist` does not say six
    ("prize", "paper"): {
        "moravec-won": C,
        "prize-money": C,
        "third-novel": C,
        "shortlist": OM,
        "dunmore-quote": C,
    },
    # `was named the winner of the Aurelia Prize last night`, `The award, worth £50,000`,
    # `Moravec's third novel`, `Six books were shortlisted`, a fragment of the quote
    ("prize", "broadcaster"): {
        "moravec-won": C,
        "prize-money": C,
        "third-novel": C,
        "shortlist": C,
        "dunmore-quote": C,
    },
    # `on Monday won the Aurelia Prize` under an Edinburgh dateline, `The prize carries 50,000
    # pounds`, `chosen from a shortlist of six books`; Glasgow and 2009 are her move
    ("prize", "agency"): {
        "moravec-won": C,
        "prize-money": C,
        "third-novel": OM,
        "shortlist": C,
        "dunmore-quote": C,
    },
}

PLANTED: list[tuple[str, str, str, str, str]] = [
    # (story, article, words replaced, replacement, the fact:slot it contradicts)
    ("quake", "wire", "early on Tuesday", "early on Wednesday", "quake-struck:when"),
    ("quake", "wire", "struck southern Peru", "struck northern Chile", "quake-struck:where"),
    ("quake", "wire", "A magnitude 6.8", "A magnitude 7.1", "quake-magnitude:count"),
    ("quake", "broadcaster", "at least 47 people", "at least 53 people", "quake-toll:count"),
    ("quake", "broadcaster", "dead will rise", "dead will not rise", "salas-quote:quote"),
    (
        "quake",
        "agency",
        "said Rosa Salas, the agency's chief",
        "said President Dina Boluarte",
        "salas-quote:who",
    ),
    ("quake", "agency", "injured 312 people", "injured 213 people", "quake-injured:count"),
    ("film", "wire", "debuted with $62 million", "debuted with $26 million", "opening-gross:count"),
    ("film", "tabloid", "opened in 3,850 cinemas", "opened in 3,580 cinemas", "theaters:count"),
    (
        "film",
        "wire",
        "in London last Wednesday",
        "in Paris last Wednesday",
        "okonjo-premiere:where",
    ),
    ("film", "wire", "in London last Wednesday", "in London last Thursday", "okonjo-premiere:when"),
    ("film", "trade", 'the sea," Vale said', 'the sea," Okonjo said', "vale-quote:who"),
    ("film", "wire", "Vale's second feature", "Vale's third feature", "vale-second-feature:count"),
    (
        "court",
        "broadcaster",
        "Crown Court on Friday",
        "Crown Court on Thursday",
        "pryce-jailed:when",
    ),
    ("court", "broadcaster", "Daniel Pryce, 34,", "Daniel Pryce, 43,", "pryce-age:count"),
    (
        "court",
        "broadcaster",
        "was sentenced at Southwark",
        "was sentenced at Manchester",
        "pryce-jailed:where",
    ),
    (
        "court",
        "broadcaster",
        "Judge Helen Marr told him",
        "Prosecutor Amanda Lyle told him",
        "marr-remarks:who",
    ),
    ("court", "broadcaster", "was sentenced at", "was not sentenced at", "pryce-jailed:what"),
    ("court", "tabloid", "jailed for nine years", "jailed for seven years", "pryce-years:count"),
    (
        "court",
        "tabloid",
        "not a shred of remorse",
        "not a flicker of remorse",
        "marr-remarks:quote",
    ),
    (
        "court",
        "evening",
        "defrauded 212 investors",
        "defrauded 221 investors",
        "pryce-investors:count",
    ),
    ("results", "wire", "to 212 million euros", "to 221 million euros", "pretax-profit:count"),
    ("results", "wire", "never been stronger and", "never been weaker and", "bakshi-quote:quote"),
    ("results", "local", "carried 14.2 million", "carried 12.4 million", "passengers:count"),
    ("results", "local", "jumped 8% on Thursday", "jumped 8% on Wednesday", "shares-rose:when"),
    ("results", "paper", "rose 8 per cent", "rose 5 per cent", "shares-rose:count"),
    ("results", "paper", "to \u20ac1.48bn", "to \u20ac1.84bn", "revenue:count"),
    (
        "results",
        "paper",
        "Priya Bakshi, chief executive, said",
        "Oliver Fenwick, an analyst, said",
        "bakshi-quote:who",
    ),
    ("prize", "paper", "in Edinburgh on Monday", "in Glasgow on Monday", "moravec-won:where"),
    ("prize", "paper", "her third novel", "her fourth novel", "third-novel:count"),
    ("prize", "paper", "the \u00a350,000 Aurelia", "the \u00a340,000 Aurelia", "prize-money:count"),
    ("prize", "agency", "on Monday won", "on Sunday won", "moravec-won:when"),
    (
        "prize",
        "agency",
        "said Callum Dunmore, who chaired the judging panel",
        "said Tomas Reyes, the runner-up",
        "dunmore-quote:who",
    ),
    ("prize", "broadcaster", "Six books were", "Eight books were", "shortlist:count"),
    (
        "prize",
        "broadcaster",
        "Czech-born writer Ines Moravec was named",
        "Tomas Reyes was named",
        "moravec-won:who",
    ),
]

KNOWN: dict[tuple[str, str, str], tuple[str, str]] = {
    # (story, article, fact) of a labelled cell, or (story, article, fact:slot) of a planted
    # edit: what the checker says instead ("status" or the clashes "fact:slot,...") and why
    ("quake", "wire", "quake-struck:where"): (
        "",
        "`struck northern Chile`, in a sentence that names no one: a place only in another "
        "country than the event's tells another event, which is not implied",
    ),
    ("film", "trade", "opening-gross"): (
        "omitted",
        "`grossing an estimated $62 million ..., according to studio estimates`: an estimate "
        "is not judged, and an approximate number after the phrase does not confirm",
    ),
    ("film", "trade", "theaters"): (
        "omitted",
        "`grossing an estimated $62 million from 3,850 theaters, according to studio "
        "estimates`: a count in an estimate is not judged",
    ),
    ("film", "tabloid", "okonjo-premiere"): (
        "omitted",
        "`wowed fans at the film's premiere`: a paraphrase of attending",
    ),
    ("court", "broadcaster", "pryce-investors"): (
        "omitted",
        "`A financial adviser who conned 212 investors`: a description the next sentence names",
    ),
    ("court", "tabloid", "pryce-investors"): (
        "omitted",
        "`The former financial adviser targeted 212 investors`: a description of the person",
    ),
    ("results", "paper", "passengers"): (
        "omitted",
        "`Passenger numbers rose to 14.2mn.`: no name, two sentences after the carrier's",
    ),
    ("results", "local", "pretax-profit"): (
        "omitted",
        "`the Irish airline said ... its quarterly profit before tax up to \u20ac212 million`: "
        "the owner `its` (with the airline's name it is read, `up to €212 million` too)",
    ),
    ("prize", "broadcaster", "prize-money"): (
        "omitted",
        "`The award, worth \u00a350,000`: a paraphrase of the prize money",
    ),
    ("prize", "agency", "prize-money"): (
        "omitted",
        "`The prize carries 50,000 pounds`: a paraphrase of the prize money",
    ),
    ("prize", "agency", "shortlist"): (
        "omitted",
        "`The 41-year-old author, who ... moved to Glasgow in 2009, was chosen from a shortlist "
        "of six books`: the author's act, a year in the sentence",
    ),
    ("results", "local", "passengers:count"): (
        "",
        "`carried 12.4 million passengers between April and June`: a sentence dated at another "
        "time than the story's is not judged on its count",
    ),
    ("prize", "paper", "moravec-won:where"): (
        "",
        "`won the \u00a350,000 Aurelia Prize for Fiction for The Salt Orchard, her third novel, "
        "at a ceremony in Glasgow`: a place far after the phrase",
    ),
    ("prize", "broadcaster", "moravec-won:who"): (
        "",
        "`Tomas Reyes was named the winner ... last night`: another entity's act is judged only "
        "in a sentence with no date",
    ),
}


@pytest.mark.parametrize("story", sorted(STORIES))
def test_fact_files_load(story: str) -> None:
    assert parse_story(STORIES[story], f"{story}.yaml").facts


@pytest.mark.parametrize("cell", tables.cells(LABELS))
def test_labelled_cell(cell: tuple[str, str, str, str]) -> None:
    expected, status, clashes = tables.cell_status(STORIES, ARTICLES, KNOWN, cell)
    assert status == expected, clashes


@pytest.mark.parametrize("edit", PLANTED)
def test_planted_contradiction(edit: tuple[str, str, str, str, str]) -> None:
    expected, clashes = tables.planted_clashes(STORIES, ARTICLES, KNOWN, edit)
    assert clashes == expected


def test_explain_agrees_with_the_reading() -> None:
    """On every sentence of these articles, `factcheck explain` calls a phrase match a mention
    exactly when the reading does (the rules behind the misses above included)."""
    judged, wrong = tables.explain_disagreements(STORIES, ARTICLES, PLANTED)
    assert wrong == []
    assert judged > 100
