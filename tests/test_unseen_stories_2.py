"""Five more invented stories of kinds the labelled corpus does not hold (a passenger jet's
emergency landing, a football cup final, a carmaker's recall, a minister's resignation, a
wildfire evacuation), each told by three outlets in their own phrasing, with planted
contradictions. The fact files were written first, as a curator would, then every (article,
fact) cell was labelled by reading the text, and the planted edits written, all before the
checker first ran on them.

First run (commit 6e9a4c5, the checker of 3b06737): 49 of 69 facts stated found consistent,
9 of 9 omissions found, 30 of 40 planted contradictions caught on the right slot, and 3 false
contradictions (3 of 78 cells: `Four passengers were treated ... after leaving the aircraft`,
`the second a header in the 90th minute`, a recall in March told as another's), which also
showed on 8 planted articles.

After the rules these misses taught (the object of a participle is no subject, an ordinal
between a phrase's words, a sentence counting another occurrence leaves its date and place
unjudged, a description with a hyphened modifier, a number right before its own noun after
another group, an apposition closed by its maker, a number as one word of a phrase's gap, an
infinitive after a beaten object, a tally's value after `of`, a measure after `at speeds
above`): 59 of 69 found, 9 of 9 omissions, 37 of 40 planted contradictions caught (one with
a second, true clash: `has not recalled 1,200,000 Crest SUVs` denies the vehicles' recall
too), no false contradiction. With a noun of the act that opens a sentence carried from the
sentence before (`... the carmaker announced a recall. The recall, covering 1.2 million cars`):
60 of 69 found, the rest unchanged. With a place read past a count whose digits a comma
groups (`the evacuation of 8,000 residents in San Diego`): 38 of 40 planted contradictions
caught, the rest unchanged. With a description as the subject of a relative clause (`The
48-year-old, who had spent 14 months in the post`): 61 of 69 found, the rest unchanged.
What is left: nouns of the act (`Saturday's 2-1 win`, `The recall ... follows 14 crashes`),
subjects the sentence does not name (`a crowd of 84,312` with other names before, `four of
them were hurt`), and another city inside a region that holds the fact's.

A cell the checker gets wrong is listed in ``KNOWN`` with what it says and why: the table
asserts that it still says so, so a fix shows (and must move the entry out).
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import parse_story
from tests import story_tables as tables

PLANE = """
story: skylark-sk412-diversion
title: Skylark Airways jet makes emergency landing at Shannon after engine fire
date: 2025-09-17
about: [flight, skylark]
entities:
  flight:
    name: Flight SK412
    aliases: [SK412, Skylark Airways Flight 412]
    kind: event
    mention_only: [the flight, the jet, the plane, the aircraft]
  skylark:
    name: Skylark Airways
    aliases: [Skylark]
    kind: organisation
    mention_only: [the airline, the carrier]
  hale:
    name: Dana Hale
    aliases: [Hale, Ms Hale]
    kind: person
  moreau:
    name: Luc Moreau
    aliases: [Moreau, Captain Luc Moreau, Captain Moreau]
    kind: person
    mention_only: [the captain, the pilot]
places:
  ireland: {name: Ireland, country: IE}
  shannon: {name: Shannon, in: ireland}
  shannon-airport: {name: Shannon Airport, in: shannon}
facts:
  - id: landed
    who: [flight, skylark]
    what: [made an emergency landing at Shannon, landed in Shannon, diverted to Shannon]
    where: shannon
    when: 2025-09-17
  - id: passengers
    who: [flight, skylark]
    what: [passengers]
    count: 186
  - id: crew
    who: [flight, skylark]
    what: [crew members, crew]
    count: 7
  - id: injured
    who: [flight, skylark]
    what: [treated for minor injuries, injured, hurt]
    count: 4
  - id: moreau-age
    who: moreau
    what: [year-old, aged]
    count: 52
  - id: hale-quote
    who: hale
    quote: The crew followed every procedure and the safety of our passengers was never in doubt
"""

CUP = """
story: national-cup-final-2025
title: Ashbourne United beat Castleford Town 2-1 to win the National Cup
date: 2025-05-24
about: [ashbourne, castleford]
entities:
  ashbourne:
    name: Ashbourne United
    aliases: [Ashbourne]
    kind: team
    mention_only: [the club]
  castleford:
    name: Castleford Town
    aliases: [Castleford]
    kind: team
  final:
    name: National Cup final
    kind: event
    mention_only: [the final]
  brandt:
    name: Leo Brandt
    aliases: [Brandt]
    kind: person
  okafor:
    name: Sam Okafor
    aliases: [Okafor]
    kind: person
  kovacs:
    name: Nina Kovacs
    aliases: [Kovacs]
    kind: person
places:
  england: {name: England, country: GB}
  london: {name: London, in: england}
  wembley: {name: Wembley Stadium, aliases: [Wembley], in: london}
facts:
  - id: cup-won
    who: ashbourne
    what: [won the National Cup, won the cup, won the final, lifted the cup, beat]
    where: wembley
    when: 2025-05-24
    exclusive: true
  - id: winner-minute
    who: brandt
    what: [in the minute]
    count: 90
    ordinal: true
  - id: brandt-age
    who: brandt
    what: [year-old, aged]
    count: 23
  - id: crowd
    who: final
    what: [crowd, attendance, fans]
    count: 84312
  - id: kovacs-quote
    who: kovacs
    quote: This club has waited 41 years for this day and my players gave everything
"""

RECALL = """
story: valdor-crest-recall
title: Valdor recalls 1.2 million Crest SUVs over stalling engines
date: 2025-10-07
about: [valdor, crest]
entities:
  valdor:
    name: Valdor Motors
    aliases: [Valdor]
    kind: organisation
    mention_only: [the carmaker, the automaker, the company]
  nhtsa:
    name: National Highway Traffic Safety Administration
    aliases: [NHTSA]
    kind: organisation
    mention_only: [the agency, the regulator]
  crest:
    name: Valdor Crest
    aliases: [Crest]
    kind: product
  sandvik:
    name: Erik Sandvik
    aliases: [Sandvik]
    kind: person
  ortiz:
    name: Rachel Ortiz
    aliases: [Ortiz]
    kind: person
places:
  us: {name: United States, aliases: [U.S., US, USA], country: US}
  sweden: {name: Sweden, country: SE}
facts:
  - id: recall
    who: valdor
    what: [recalling, recalled, recall]
    where: us
    when: 2025-10-07
  - id: vehicles
    who: valdor
    what: [recalling vehicles, recalled vehicles, recalled cars, recalled SUVs]
    count: 1200000
  - id: crashes
    who: valdor
    what: [crashes]
    count: 14
  - id: stall-speed
    who: crest
    what: [stall, stalling]
    count: 12
    unit: mph
  - id: sandvik-quote
    who: sandvik
    quote: We are deeply sorry and we will repair every affected vehicle free of charge
"""

MINISTER = """
story: aldane-resignation
title: Health minister Claire Aldane resigns over contract report
date: 2025-06-12
about: [aldane]
entities:
  aldane:
    name: Claire Aldane
    aliases: [Aldane, Ms Aldane]
    kind: person
    mention_only: [the minister, the health minister]
  hartley:
    name: Tom Hartley
    aliases: [Hartley, Mr Hartley, Prime Minister Tom Hartley]
    kind: person
    mention_only: [the prime minister]
  penrose:
    name: Ruth Penrose
    aliases: [Penrose]
    kind: person
places:
  uk: {name: Britain, aliases: [UK, United Kingdom], country: GB}
  london: {name: London, in: uk}
  westminster: {name: Westminster, in: london}
facts:
  - id: resigned
    who: aldane
    what: [resigned, quit, stepped down, resignation]
    where: london
    when: 2025-06-12
    exclusive: true
  - id: months
    who: aldane
    what: [months in the job, months in office, months in the post]
    count: 14
  - id: age
    who: aldane
    what: [year-old, aged]
    count: 48
  - id: aldane-statement
    who: aldane
    quote: I have always acted in good faith, but I will not let this matter distract from the
      work of the government
  - id: hartley-reply
    who: hartley
    quote: Claire has served this country with distinction and I respect her decision
"""

FIRE = """
story: cedar-ridge-fire
title: Cedar Ridge Fire forces 8,000 from their homes near Santa Clarita
date: 2025-08-13
about: [fire]
entities:
  fire:
    name: Cedar Ridge Fire
    aliases: [Cedar Ridge fire]
    kind: event
    mention_only: [the fire, the blaze, the wildfire]
  quint:
    name: Dolores Quint
    aliases: [Quint, Chief Quint]
    kind: person
  marsh:
    name: Lena Marsh
    aliases: [Marsh, Mayor Lena Marsh]
    kind: person
  calfire:
    name: Cal Fire
    kind: organisation
places:
  california: {name: California, aliases: [Calif.], country: US}
  la-county: {name: Los Angeles County, in: california}
  santa-clarita: {name: Santa Clarita, in: la-county}
facts:
  - id: evacuated
    who: fire
    what: [evacuated, evacuation, evacuating, evacuate, fled]
    where: santa-clarita
    when: 2025-08-13
  - id: residents
    who: fire
    what: [residents, evacuation of, ordered to leave]
    count: 8000
  - id: acres
    who: fire
    what: [acres]
    count: 4500
  - id: winds
    who: fire
    what: [winds, gusts, gusted]
    count: 45
    unit: mph
  - id: quint-quote
    who: quint
    quote: If you are told to leave, leave now, because this fire is moving faster than we
      can chase it
"""

STORIES = {"plane": PLANE, "cup": CUP, "recall": RECALL, "minister": MINISTER, "fire": FIRE}

ARTICLES: dict[tuple[str, str], tuple[dt.date, str]] = {
    ("plane", "wire"): (
        dt.date(2025, 9, 18),
        "SHANNON, Ireland (Reuters) - A Skylark Airways jet flying from Boston to Frankfurt made "
        "an emergency landing at Shannon Airport late on Wednesday after the crew reported a "
        "fire in one of its engines, the airline said.\n\n"
        "Flight SK412 was carrying 186 passengers and seven crew members. Four passengers were "
        "treated for minor injuries after leaving the aircraft by the emergency slides, airport "
        "officials said.\n\n"
        '"The crew followed every procedure and the safety of our passengers was never in '
        'doubt," Skylark spokeswoman Dana Hale said in a statement.\n\n'
        "Ireland's Air Accident Investigation Unit said it had opened an inquiry. In 2019 a "
        "Skylark jet diverted to Gander with 210 passengers on board.",
    ),
    ("plane", "us"): (
        dt.date(2025, 9, 18),
        "A transatlantic Skylark Airways flight with 193 people on board landed safely in "
        "Ireland at 12:47 a.m. Thursday after one of its engines caught fire over the Atlantic, "
        "the carrier said.\n\n"
        "The Boeing 787, bound for Frankfurt from Boston, diverted to Shannon about 90 minutes "
        "after the crew first saw flames, according to flight-tracking data.\n\n"
        "Passengers slid down emergency chutes. The airline said four of them were hurt, none "
        "seriously.\n\n"
        '"The crew followed every procedure," said Dana Hale, a spokeswoman for the airline. '
        '"The safety of our passengers was never in doubt."\n\n'
        "The captain, Luc Moreau, 52, has flown for Skylark since 1998.",
    ),
    ("plane", "tabloid"): (
        dt.date(2025, 9, 18),
        "Terrified passengers screamed as flames poured from an engine of a Skylark Airways jet "
        "over the Atlantic last night.\n\n"
        "The Boston-to-Frankfurt flight, carrying 186 passengers, made an emergency landing at "
        "Shannon in the west of Ireland shortly before 1am.\n\n"
        "Captain Luc Moreau was hailed a hero. The 52-year-old had told passengers to brace "
        "minutes before touchdown.\n\n"
        "Four were hurt as they fled down the slides.\n\n"
        "Spokeswoman Dana Hale said: 'The crew followed every procedure and the safety of our "
        "passengers was never in doubt.'",
    ),
    ("cup", "wire"): (
        dt.date(2025, 5, 24),
        "LONDON (Reuters) - Leo Brandt struck in the 90th minute as Ashbourne United beat "
        "Castleford Town 2-1 to win the National Cup at Wembley on Saturday, ending the club's "
        "41-year wait for a major trophy.\n\n"
        "Sam Okafor had cancelled out Ashbourne's first-half opener from Brandt before the "
        "23-year-old forward headed in a corner in front of a crowd of 84,312.\n\n"
        '"This club has waited 41 years for this day," Ashbourne manager Nina Kovacs said. '
        '"My players gave everything."\n\n'
        "Castleford last won the cup in 2011, beating Ashbourne 3-0 at Wembley.",
    ),
    ("cup", "broadcaster"): (
        dt.date(2025, 5, 25),
        "Ashbourne United won the National Cup for the first time in 41 years as Leo Brandt's "
        "late header sank Castleford Town at Wembley.\n\n"
        "Brandt, 23, nodded in from a corner in the 90th minute to seal a 2-1 win after Sam "
        "Okafor's equaliser.\n\n"
        "The club's manager, Nina Kovacs, said: \u201cThis club has waited 41 years for this "
        "day and my players gave everything.\u201d\n\n"
        "The attendance of 84,312 was a record for the final.\n\n"
        "Saturday's victory was Ashbourne's first trophy since the 1984 league title.",
    ),
    ("cup", "local"): (
        dt.date(2025, 5, 26),
        "Ashbourne United are National Cup winners at last. Saturday's 2-1 win over Castleford "
        "Town at Wembley ended 41 years of waiting, and the 84,312 fans inside the stadium saw "
        "it settled at the death.\n\n"
        "Leo Brandt, the 23-year-old signed from Castleford two summers ago, scored both goals, "
        "the second a header in the 90th minute.\n\n"
        '"This club has waited 41 years for this day," said Kovacs, who played in Ashbourne\'s '
        "last final, in 1984.\n\n"
        '"And my players gave everything."',
    ),
    ("recall", "wire"): (
        dt.date(2025, 10, 7),
        "WASHINGTON (Reuters) - Valdor Motors is recalling 1.2 million vehicles in the United "
        "States because a faulty fuel pump can cause engines to stall, the National Highway "
        "Traffic Safety Administration said on Tuesday.\n\n"
        "The Swedish carmaker said it was aware of 14 crashes but no injuries linked to the "
        "problem, which affects 2021-2024 Valdor Crest SUVs.\n\n"
        "The pumps can fail when the fuel tank is low, causing the Crest to stall at speeds "
        "above 12mph, the agency said.\n\n"
        "Valdor recalled 340,000 vehicles in Europe in March for a seat-belt fault.",
    ),
    ("recall", "trade"): (
        dt.date(2025, 10, 8),
        "Valdor has recalled 1,200,000 Crest SUVs after reports of engines stalling on the "
        "highway.\n\n"
        "The automaker told NHTSA in a filing dated Tue. that dealers would replace the fuel "
        "pump. Owners will be notified by mail from Nov. 24.\n\n"
        "The company knows of 14 crashes tied to the defect.\n\n"
        '"We are deeply sorry," Erik Sandvik, Valdor\'s head of quality, said in a statement. '
        '"We will repair every affected vehicle free of charge."',
    ),
    ("recall", "local"): (
        dt.date(2025, 10, 8),
        "Owners of more than a million Valdor cars are being told to return them to dealers "
        "after the carmaker announced a recall yesterday.\n\n"
        "The recall, covering 1.2 million cars in the US, follows 14 crashes in which engines "
        "cut out, some stalling at just 12mph.\n\n"
        "Erik Sandvik, the company's head of quality, said: \u201cWe are deeply sorry and we "
        "will repair every affected vehicle free of charge.\u201d\n\n"
        "Valdor's shares fell 3% in Stockholm.",
    ),
    ("minister", "wire"): (
        dt.date(2025, 6, 12),
        "LONDON (Reuters) - British health minister Claire Aldane resigned on Thursday, hours "
        "after an independent report found she had broken the ministerial code over a \u00a32 "
        "million contract awarded to a firm run by a friend.\n\n"
        '"I have always acted in good faith," Aldane, 48, said in her resignation letter, "but '
        'I will not let this matter distract from the work of the government."\n\n'
        'Prime Minister Tom Hartley said he had accepted the resignation with regret. "Claire '
        'has served this country with distinction and I respect her decision," he said.\n\n'
        "Aldane is the third minister to leave Hartley's cabinet since January.",
    ),
    ("minister", "broadcaster"): (
        dt.date(2025, 6, 12),
        "The health minister, Claire Aldane, has quit after 14 months in the job.\n\n"
        "Her resignation on Thursday came after a report by the government's ethics adviser "
        "found she had failed to declare her links to a firm that won a \u00a32m NHS "
        "contract.\n\n"
        "In a statement, Ms Aldane said: \u201cI have always acted in good faith, but I will not "
        "let this matter distract from the work of the government.\u201d\n\n"
        "Mr Hartley replied that she had served the country with distinction.\n\n"
        'Opposition leader Ruth Penrose said the prime minister had "waited far too long" to '
        "act.",
    ),
    ("minister", "paper"): (
        dt.date(2025, 6, 13),
        "Embattled health minister Claire Aldane finally quit last night after a damning report "
        "into a \u00a32m contract.\n\n"
        "The 48-year-old, who had spent 14 months in the post, resigned the day before she was "
        "due to face a grilling from MPs.\n\n"
        "'I have always acted in good faith,' she said. 'But I will not let this matter "
        "distract from the work of the government.'\n\n"
        "Tom Hartley, who appointed her in April last year, said: 'Claire has served this "
        "country with distinction and I respect her decision.'",
    ),
    ("fire", "wire"): (
        dt.date(2025, 8, 14),
        "SANTA CLARITA, Calif. (AP) \u2014 A fast-moving wildfire forced the evacuation of 8,000 "
        "residents late Wednesday as it raced through the hills north of Los Angeles, pushed by "
        "gusts of up to 45 mph.\n\n"
        "The Cedar Ridge Fire had burned 4,500 acres by 12:47 a.m. Thursday and was 0% "
        "contained, Cal Fire said.\n\n"
        '"If you are told to leave, leave now," Los Angeles County Fire Chief Dolores Quint '
        'said. "This fire is moving faster than we can chase it."\n\n'
        "The 2019 Tick Fire forced 40,000 people from their homes in the same area.",
    ),
    ("fire", "local"): (
        dt.date(2025, 8, 13),
        "Firefighters battled a wind-driven brush fire in Santa Clarita on Wednesday evening, "
        "evacuating thousands of homes as the flames jumped Highway 14.\n\n"
        "By nightfall the Cedar Ridge fire had scorched 4,500 acres. Winds gusted at 45mph.\n\n"
        "About 8,000 people were ordered to leave, officials said.\n\n"
        '"If you are told to leave, leave now, because this fire is moving faster than we can '
        'chase it," said Chief Quint.',
    ),
    ("fire", "paper"): (
        dt.date(2025, 8, 14),
        "Thousands of people fled their homes in southern California overnight as a wildfire "
        "tore through the hills above Santa Clarita.\n\n"
        "The blaze, fanned by 45mph winds, has already burned through 4,500 acres.\n\n"
        "Officials said 8,000 residents had been told to evacuate by the early hours of "
        "Thursday.\n\n"
        'Fire chief Dolores Quint urged residents to heed the warnings. "If you are told to '
        'leave, leave now," she said.\n\n'
        "It is the second major fire in the county this summer after the Canyon fire burned "
        "2,300 acres in July.",
    ),
}

C, OM = "consistent", "omitted"
LABELS: dict[tuple[str, str], dict[str, str]] = {
    # `A Skylark Airways jet ... made an emergency landing at Shannon Airport late on
    # Wednesday`, `Flight SK412 was carrying 186 passengers and seven crew members`, `Four
    # passengers were treated for minor injuries`; the 2019 diversion to Gander is another
    ("plane", "wire"): {
        "landed": C,
        "passengers": C,
        "crew": C,
        "injured": C,
        "moreau-age": OM,
        "hale-quote": C,
    },
    # `landed safely in Ireland at 12:47 a.m. Thursday` (the Wednesday night), `193 people on
    # board` counts crew too, `four of them were hurt`, the quote in two pieces, `Luc Moreau, 52`
    ("plane", "us"): {
        "landed": C,
        "passengers": OM,
        "crew": OM,
        "injured": C,
        "moreau-age": C,
        "hale-quote": C,
    },
    # `The Boston-to-Frankfurt flight, carrying 186 passengers, made an emergency landing at
    # Shannon`, `The 52-year-old had told passengers`, `Four were hurt`
    ("plane", "tabloid"): {
        "landed": C,
        "passengers": C,
        "crew": OM,
        "injured": C,
        "moreau-age": C,
        "hale-quote": C,
    },
    # `Ashbourne United beat Castleford Town 2-1 to win the National Cup at Wembley on
    # Saturday`, `struck in the 90th minute`, `the 23-year-old forward`, `a crowd of 84,312`;
    # Castleford's win in 2011 is another final
    ("cup", "wire"): {
        "cup-won": C,
        "winner-minute": C,
        "brandt-age": C,
        "crowd": C,
        "kovacs-quote": C,
    },
    # `Ashbourne United won the National Cup ... at Wembley`, `Brandt, 23, nodded in ... in the
    # 90th minute`, `The attendance of 84,312`
    ("cup", "broadcaster"): {
        "cup-won": C,
        "winner-minute": C,
        "brandt-age": C,
        "crowd": C,
        "kovacs-quote": C,
    },
    # `Saturday's 2-1 win over Castleford Town at Wembley` (a noun of winning), `the 84,312
    # fans`, `Leo Brandt, the 23-year-old`, `a header in the 90th minute`, the quote across two
    # paragraphs with the speaker named after it
    ("cup", "local"): {
        "cup-won": C,
        "winner-minute": C,
        "brandt-age": C,
        "crowd": C,
        "kovacs-quote": C,
    },
    # `Valdor Motors is recalling 1.2 million vehicles in the United States`, `The Swedish
    # carmaker said it was aware of 14 crashes`, `causing the Crest to stall at speeds above
    # 12mph`; the March recall in Europe is another
    ("recall", "wire"): {
        "recall": C,
        "vehicles": C,
        "crashes": C,
        "stall-speed": C,
        "sandvik-quote": OM,
    },
    # `Valdor has recalled 1,200,000 Crest SUVs`, `The company knows of 14 crashes`, the quote
    # in two pieces with the speaker between
    ("recall", "trade"): {
        "recall": C,
        "vehicles": C,
        "crashes": C,
        "stall-speed": OM,
        "sandvik-quote": C,
    },
    # `the carmaker announced a recall yesterday`, `The recall, covering 1.2 million cars in the
    # US, follows 14 crashes`, `some stalling at just 12mph`
    ("recall", "local"): {
        "recall": C,
        "vehicles": C,
        "crashes": C,
        "stall-speed": C,
        "sandvik-quote": C,
    },
    # `LONDON (Reuters) - ... Claire Aldane resigned on Thursday`, `Aldane, 48, said`, both
    # quotes (Aldane's in two pieces, Hartley's with `he said` after it)
    ("minister", "wire"): {
        "resigned": C,
        "months": OM,
        "age": C,
        "aldane-statement": C,
        "hartley-reply": C,
    },
    # `has quit after 14 months in the job`, `Her resignation on Thursday`; Hartley's reply is
    # reported, not quoted
    ("minister", "broadcaster"): {
        "resigned": C,
        "months": C,
        "age": OM,
        "aldane-statement": C,
        "hartley-reply": OM,
    },
    # `finally quit last night`, `The 48-year-old, who had spent 14 months in the post`, `the
    # day before she was due to face` dates the hearing, not the resignation
    ("minister", "paper"): {
        "resigned": C,
        "months": C,
        "age": C,
        "aldane-statement": C,
        "hartley-reply": C,
    },
    # `A fast-moving wildfire forced the evacuation of 8,000 residents late Wednesday` under a
    # Santa Clarita dateline, `gusts of up to 45 mph`, `had burned 4,500 acres`; the 2019 Tick
    # Fire is another
    ("fire", "wire"): {
        "evacuated": C,
        "residents": C,
        "acres": C,
        "winds": C,
        "quint-quote": C,
    },
    # `a wind-driven brush fire in Santa Clarita on Wednesday evening, evacuating thousands of
    # homes`, `scorched 4,500 acres`, `Winds gusted at 45mph`, `About 8,000 people`
    ("fire", "local"): {
        "evacuated": C,
        "residents": C,
        "acres": C,
        "winds": C,
        "quint-quote": C,
    },
    # `fled their homes ... overnight as a wildfire tore through the hills above Santa
    # Clarita`, `fanned by 45mph winds`, `has already burned through 4,500 acres`, `8,000
    # residents had been told to evacuate`, a fragment of the quote; the Canyon fire is another
    ("fire", "paper"): {
        "evacuated": C,
        "residents": C,
        "acres": C,
        "winds": C,
        "quint-quote": C,
    },
}

PLANTED: list[tuple[str, str, str, str, str]] = [
    # (story, article, words replaced, replacement, the fact:slot it contradicts)
    ("plane", "wire", "late on Wednesday", "late on Tuesday", "landed:when"),
    ("plane", "wire", "seven crew members", "nine crew members", "crew:count"),
    ("plane", "wire", "was never in doubt", "was always in doubt", "hale-quote:quote"),
    ("plane", "us", "at 12:47 a.m. Thursday", "at 12:47 a.m. Friday", "landed:when"),
    ("plane", "us", "Luc Moreau, 52,", "Luc Moreau, 25,", "moreau-age:count"),
    (
        "plane",
        "us",
        "said Dana Hale, a spokeswoman for the airline",
        "said Captain Luc Moreau",
        "hale-quote:who",
    ),
    ("plane", "tabloid", "landing at Shannon", "landing at Dublin", "landed:where"),
    ("plane", "tabloid", "carrying 186 passengers", "carrying 168 passengers", "passengers:count"),
    ("cup", "wire", "at Wembley on Saturday", "at Wembley on Sunday", "cup-won:when"),
    ("cup", "wire", "in the 90th minute", "in the 88th minute", "winner-minute:count"),
    ("cup", "broadcaster", "Brandt, 23,", "Brandt, 21,", "brandt-age:count"),
    ("cup", "broadcaster", "The attendance of 84,312", "The attendance of 48,312", "crowd:count"),
    (
        "cup",
        "broadcaster",
        "my players gave everything",
        "my players gave nothing",
        "kovacs-quote:quote",
    ),
    (
        "cup",
        "broadcaster",
        "Ashbourne United won the National Cup",
        "Castleford Town won the National Cup",
        "cup-won:who",
    ),
    (
        "cup",
        "local",
        "Castleford Town at Wembley",
        "Castleford Town in Birmingham",
        "cup-won:where",
    ),
    ("cup", "local", "said Kovacs, who played", "said Okafor, who played", "kovacs-quote:who"),
    ("recall", "wire", "in the United States", "in Canada", "recall:where"),
    ("recall", "wire", "recalling 1.2 million", "recalling 2.1 million", "vehicles:count"),
    ("recall", "wire", "above 12mph", "above 21mph", "stall-speed:count"),
    ("recall", "trade", "knows of 14 crashes", "knows of 41 crashes", "crashes:count"),
    ("recall", "trade", "Valdor has recalled", "Valdor has not recalled", "recall:what"),
    (
        "recall",
        "trade",
        "Erik Sandvik, Valdor's head of quality, said",
        "NHTSA administrator Rachel Ortiz said",
        "sandvik-quote:who",
    ),
    ("recall", "local", "a recall yesterday", "a recall on Sunday", "recall:when"),
    ("recall", "local", "we will repair every", "we will inspect every", "sandvik-quote:quote"),
    ("minister", "wire", "resigned on Thursday", "resigned on Tuesday", "resigned:when"),
    (
        "minister",
        "wire",
        "served this country with distinction",
        "served this country with honour",
        "hartley-reply:quote",
    ),
    (
        "minister",
        "broadcaster",
        "Her resignation on Thursday",
        "Her resignation in Edinburgh on Thursday",
        "resigned:where",
    ),
    ("minister", "broadcaster", "14 months in the job", "16 months in the job", "months:count"),
    ("minister", "broadcaster", "but I will not let", "but I will let", "aldane-statement:quote"),
    ("minister", "paper", "The 48-year-old", "The 46-year-old", "age:count"),
    (
        "minister",
        "paper",
        "'I have always acted in good faith,' she said",
        "'I have always acted in good faith,' Hartley said",
        "aldane-statement:who",
    ),
    ("minister", "paper", "Aldane finally quit", "Aldane did not quit", "resigned:what"),
    ("fire", "wire", "late Wednesday", "late Tuesday", "evacuated:when"),
    ("fire", "wire", "evacuation of 8,000", "evacuation of 9,000", "residents:count"),
    ("fire", "wire", "had burned 4,500 acres", "had burned 5,400 acres", "acres:count"),
    (
        "fire",
        "wire",
        "residents late Wednesday",
        "residents in San Diego late Wednesday",
        "evacuated:where",
    ),
    ("fire", "local", "Winds gusted at 45mph", "Winds gusted at 54mph", "winds:count"),
    ("fire", "local", "said Chief Quint", "said Mayor Lena Marsh", "quint-quote:who"),
    ("fire", "paper", "leave, leave now", "leave, leave tonight", "quint-quote:quote"),
    ("fire", "paper", "fanned by 45mph winds", "fanned by 65mph winds", "winds:count"),
]

KNOWN: dict[tuple[str, str, str], tuple[str, str]] = {
    # (story, article, fact) of a labelled cell, or (story, article, fact:slot) of a planted
    # edit: what the checker says instead ("status" or the clashes "fact:slot,...") and why
    ("plane", "wire", "injured"): (
        "omitted",
        "`Four passengers were treated for minor injuries`: the number counts the passengers, "
        "before the phrase, and the aircraft is named after it",
    ),
    ("plane", "us", "injured"): (
        "omitted",
        "`The airline said four of them were hurt`: a part (`four of them`) before the phrase",
    ),
    ("cup", "wire", "brandt-age"): (
        "omitted",
        "`... from Brandt before the 23-year-old forward headed`: two persons named before",
    ),
    ("cup", "wire", "crowd"): (
        "omitted",
        "`in front of a crowd of 84,312`: the final is not named, and other names stand before",
    ),
    ("cup", "local", "cup-won"): (
        "omitted",
        "`Saturday's 2-1 win over Castleford Town at Wembley`: a noun of winning, read for "
        "`beat`, whose doer only the sentence before names",
    ),
    ("cup", "local", "crowd"): (
        "omitted",
        "`the 84,312 fans inside the stadium`: the final is not named",
    ),
    ("recall", "local", "crashes"): (
        "omitted",
        "`The recall ... follows 14 crashes`: no name of the carmaker in the sentence",
    ),
    ("recall", "local", "stall-speed"): (
        "omitted",
        "`engines cut out, some stalling at just 12mph`: the Crest is not named",
    ),
    ("plane", "tabloid", "landed:where"): (
        "",
        "`made an emergency landing at Dublin in the west of Ireland`: Ireland, which holds "
        "Shannon, confirms the place",
    ),
    ("cup", "local", "cup-won:where"): (
        "",
        "`Saturday's 2-1 win over Castleford Town in Birmingham`: a noun of winning (see above)",
    ),
    ("recall", "trade", "recall:what"): (
        "recall:what,vehicles:what",
        "`Valdor has not recalled 1,200,000 Crest SUVs` denies the vehicles' recall too: a "
        "second clash, and a true one",
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
    exactly when the reading does."""
    judged, wrong = tables.explain_disagreements(STORIES, ARTICLES, PLANTED)
    assert wrong == []
    assert judged > 100
