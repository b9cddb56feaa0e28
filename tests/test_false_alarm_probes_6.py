"""Case table of false alarms found by probing invented stories of kinds the tests lacked (an
obituary, a nurses' strike, a lunar landing, a sentencing): the facts were written first, then
sentences that real outlets write about such stories and that state nothing contrary to the
facts (backgrounds, earlier events, other people's numbers and dates, captions, quotes of
others, forecasts), all before the checker first ran on them (``FIRST_RUN``).

First run (at 91bce8c): 2 false alarms in 102 sentences, both in the obituary. `Her mother,
a church organist, died in 1952 when Brandauer was 15` gave the mother's death to Brandauer,
named after the phrase but as the subject of a clause of its own (and with the sentence before
naming her, `Her mother died in 1952` was hers through the possessive `Her`); `"...," her son
Tomas Brandauer said` gave the son's words to his mother, because his alias `her son Tomas`
ended inside his full name and left `Brandauer`, hers. Now a name right after a word that
opens a clause (`when`, `which`) is that clause's subject, a possessive that owns a noun before
a verb phrase carries no subject (`Her mother died`), `he` or `she` carries none to a `who`
whose names give the other gender by a title (`Ms Brandauer ... He died in 2004`), and a name
runs on into a longer name of the same entity that starts inside it; the near-misses in
``NEAR_MISSES`` still clash."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.match import Gazetteer, tokenize
from tests.cases import clashes_on

OBITUARY = """
story: brandauer-dies
date: 2025-02-11
about: [brandauer]
entities:
  brandauer: {name: Ilse Brandauer, aliases: [Brandauer, Ms Brandauer], kind: person}
  tomas: {name: Tomas Brandauer, aliases: [her son Tomas], kind: person}
  heusinger: {name: Karl Heusinger, aliases: [Heusinger], kind: person}
  trio: {name: Blue Danube Trio, kind: organisation}
places:
  austria: {name: Austria}
  vienna: {name: Vienna, in: austria}
  linz: {name: Linz, in: austria}
  usa: {name: United States, aliases: [US]}
  new-york: {name: New York, in: usa}
  france: {name: France}
  paris: {name: Paris, in: france}
facts:
  - id: died
    who: brandauer
    what: [died, passed away]
    when: 2025-02-11
    where: vienna
  - id: age
    who: brandauer
    what: [aged, year-old]
    count: 87
  - id: born
    who: brandauer
    what: [was born, born in]
    when: 1937-06-03
    where: linz
  - id: albums
    who: brandauer
    what: [albums]
    count: 42
  - id: grammys
    who: brandauer
    what: [Grammy Awards, Grammys]
    count: 2
  - id: son-tribute
    who: tomas
    quote: She played every night as if the room were full, even when it was empty
"""

STRIKE = """
story: manitoba-nurses-strike
date: 2025-04-07
about: [union, whitford]
entities:
  union: {name: Prairie Nurses' Union, aliases: [PNU], kind: organisation}
  whitford: {name: Dana Whitford, aliases: [Whitford, Ms Whitford], kind: person}
  kaminski: {name: Rob Kaminski, aliases: [Kaminski, Health Minister Rob Kaminski], kind: person}
  government: {name: Manitoba government, aliases: [provincial government], kind: organisation}
places:
  canada: {name: Canada}
  manitoba: {name: Manitoba, in: canada}
  winnipeg: {name: Winnipeg, in: manitoba}
  brandon: {name: Brandon, in: manitoba}
  ontario: {name: Ontario, in: canada}
  saskatchewan: {name: Saskatchewan, in: canada}
facts:
  - id: strike-began
    who: union
    what: [went on strike, walked out, began a strike]
    when: 2025-04-07
    where: manitoba
  - id: nurses-out
    who: union
    what: [nurses walked out, members walked out]
    count: 4200
  - id: pay-demand
    who: union
    what: [pay rise]
    count: 12
    unit: "%"
  - id: pay-offer
    who: [government, kaminski]
    what: [offered]
    count: 6
    unit: "%"
  - id: whitford-quote
    who: whitford
    quote: Nobody becomes a nurse to walk out on patients, but we have been pushed to the edge
"""

LANDING = """
story: astris-landing
date: 2025-11-19
about: [astris, nosa]
entities:
  astris: {name: Astris, aliases: [Astris lander], kind: product,
    mention_only: [the lander, the probe]}
  nosa: {name: Nordic Space Agency, aliases: [NOSA], kind: organisation}
  lunde: {name: Sigrid Lunde, aliases: [Lunde], kind: person}
places:
  moon: {name: Moon, aliases: [the Moon, lunar surface]}
  south-pole: {name: lunar south pole, aliases: [the Moon's south pole], in: moon}
  shackleton: {name: Shackleton crater, in: south-pole}
  norway: {name: Norway}
  andoya: {name: Andøya, aliases: [Andoya], in: norway}
  oslo: {name: Oslo, in: norway}
facts:
  - id: landed
    who: astris
    what: [landed, touched down, landing]
    when: 2025-11-19
    where: shackleton
  - id: launched
    who: astris
    what: [launched, lifted off]
    when: 2025-10-02
    where: andoya
  - id: instruments
    who: astris
    what: [instruments]
    count: 9
  - id: cost
    who: nosa
    what: [mission]
    count: 340000000
  - id: lunde-quote
    who: lunde
    quote: We are on the Moon, and we are on it in one piece
"""

SENTENCING = """
story: greaves-jailed
date: 2025-09-26
about: [greaves]
entities:
  greaves: {name: Martin Greaves, aliases: [Greaves, Mr Greaves], kind: person}
  lister: {name: Paul Lister, aliases: [Lister], kind: person}
  carver: {name: Helen Carver, aliases: [Judge Helen Carver, Judge Carver], kind: person}
  council: {name: Wakefield District Council, aliases: [the council], kind: organisation}
places:
  uk: {name: United Kingdom, aliases: [UK]}
  england: {name: England, in: uk}
  yorkshire: {name: Yorkshire, in: england}
  leeds: {name: Leeds, in: yorkshire}
  wakefield: {name: Wakefield, in: yorkshire}
  bradford: {name: Bradford, in: yorkshire}
facts:
  - id: jailed
    who: greaves
    what: [was jailed, jailed for, sentenced to]
    when: 2025-09-26
    where: leeds
  - id: term
    who: greaves
    what: [years in prison, year sentence, year jail term]
    count: 6
  - id: convicted
    who: greaves
    what: [found guilty, convicted]
    when: 2025-08
    where: leeds
  - id: fraud
    who: greaves
    what: [fraud]
    count: 1200000
  - id: judge-remarks
    who: carver
    quote: You treated the public purse as your own private account
"""

STORIES = {
    "obituary": (OBITUARY, dt.date(2025, 2, 12)),
    "strike": (STRIKE, dt.date(2025, 4, 8)),
    "landing": (LANDING, dt.date(2025, 11, 20)),
    "sentencing": (SENTENCING, dt.date(2025, 9, 27)),
}

FIRST_RUN = [
    # an obituary: the life, earlier deaths of others, ages at other times, later events
    (
        "obituary",
        "Ilse Brandauer, the Austrian jazz pianist whose recordings with the Blue Danube Trio "
        "defined a generation, has died in Vienna. She was 87.",
    ),
    ("obituary", "Brandauer died on Tuesday at her home in the city's Wieden district."),
    ("obituary", "Born in Linz in 1937, she began playing the piano at the age of four."),
    (
        "obituary",
        "Brandauer moved to New York in 1961, where she played at the Village Vanguard for six "
        "years.",
    ),
    ("obituary", "Her mother, a church organist, died in 1952 when Brandauer was 15."),
    ("obituary", "Brandauer recorded 42 albums over a career of more than six decades."),
    ("obituary", "Her 1968 album Donaukind sold more than 500,000 copies."),
    ("obituary", "She won two Grammy Awards, in 1979 and 1994, and was nominated for nine."),
    (
        "obituary",
        "Her longtime collaborator, the bassist Karl Heusinger, died in 2019 at the age of 90.",
    ),
    (
        "obituary",
        'In 2012, Brandauer told the Guardian: "I play every night as if it were my last."',
    ),
    (
        "obituary",
        '"She played every night as if the room were full, even when it was empty," her son '
        "Tomas Brandauer said.",
    ),
    ("obituary", "The pianist had been treated for heart disease since 2021."),
    (
        "obituary",
        "Brandauer gave her last public concert at the Vienna Konzerthaus in November 2023, aged "
        "86.",
    ),
    ("obituary", "Brandauer is survived by her son and two grandchildren."),
    ("obituary", "Her husband, the photographer Emil Sauer, died in Paris in 2004."),
    ("obituary", "Photo: Ilse Brandauer performing in Paris in 1975."),
    ("obituary", "A memorial concert will be held at the Konzerthaus on 2 March."),
    ("obituary", "Brandauer, who was 87, died peacefully, her family said."),
    ("obituary", "She was the first woman to win the Hans Koller Prize, in 1970."),
    ("obituary", "Her funeral will take place in Linz next week."),
    (
        "obituary",
        "Tributes came on Wednesday from musicians including the saxophonist Lena Ortiz, 54, "
        'who called her "a teacher to all of us".',
    ),
    ("obituary", "Brandauer, then 31, toured Japan in 1968 with a quintet."),
    ("obituary", "She had suffered a stroke in 2022 from which she never fully recovered."),
    (
        "obituary",
        'In a 2017 interview she said she had recorded "maybe 40 albums, I stopped counting".',
    ),
    ("obituary", "The Blue Danube Trio, which she founded in 1959, recorded 17 albums."),
    ("obituary", "Heusinger, who was eight years her senior, was born in Graz in 1929."),
    # a strike: other groups' walkouts, the union's figures, earlier strikes, forecasts
    (
        "strike",
        "About 4,200 nurses walked out across Manitoba on Monday in the province's first "
        "health-care strike in 30 years.",
    ),
    (
        "strike",
        "The Prairie Nurses' Union went on strike at 7am after talks with the provincial "
        "government broke down on Sunday night.",
    ),
    (
        "strike",
        "The union is seeking a 12% pay rise over three years; the government has offered 6%.",
    ),
    ("strike", "Nurses in Ontario staged a one-day walkout in 2023 over similar demands."),
    ("strike", "The last nurses' strike in Manitoba, in 1991, lasted 14 days."),
    ("strike", "At Brandon Regional Health Centre, 320 nurses joined picket lines."),
    (
        "strike",
        "Paramedics, who walked out for two days in March, have said they will not join the "
        "action.",
    ),
    (
        "strike",
        '"Nobody becomes a nurse to walk out on patients, but we have been pushed to the edge," '
        "union president Dana Whitford said.",
    ),
    ("strike", 'Health Minister Rob Kaminski said the 6% offer was "fair and affordable".'),
    ("strike", "Kaminski said 1,100 surgeries had been postponed this week."),
    ("strike", "The union represents 13,000 nurses, of whom about a third were called out."),
    ("strike", "Whitford, 52, has led the union since 2019."),
    ("strike", "In 2019, when Whitford took over, the PNU had 11,500 members."),
    (
        "strike",
        "The strike is expected to last 72 hours, although the union has warned it could be "
        "extended.",
    ),
    ("strike", "Photo: Nurses walk out of St Boniface Hospital in Winnipeg on Monday morning."),
    ("strike", "Teachers in Saskatchewan went on strike in February and won an 8% rise."),
    ("strike", "The government said 85% of emergency staffing had been maintained."),
    ("strike", "PNU members voted 94% in favour of strike action last month."),
    ("strike", "The PNU last went on strike in 1991."),
    (
        "strike",
        "The union had threatened to walk out in January but postponed the action to allow talks.",
    ),
    (
        "strike",
        '"We will not be moved until there is a serious offer on the table," said Karen Olson, '
        "a nurse for 23 years.",
    ),
    (
        "strike",
        "Premier Leah Moreau called the walkout regrettable and urged the union to return to "
        "talks.",
    ),
    ("strike", "Nurses in Alberta are due to vote on strike action next month."),
    (
        "strike",
        "Whitford said the PNU had offered to accept a 9% rise in talks last week, but the "
        "government refused.",
    ),
    (
        "strike",
        "The government offered 4% in January and raised its offer to 6% on Friday.",
    ),
    # a lunar landing: other missions' landings, the launch, plans for later landers
    (
        "landing",
        "The Astris lander touched down near Shackleton crater at 16:42 GMT on Wednesday, the "
        "Nordic Space Agency said.",
    ),
    ("landing", "Astris landed about 150 metres from its target, close to the Moon's south pole."),
    (
        "landing",
        "India's Chandrayaan-3 landed near the south pole in August 2023, the first mission to "
        "do so.",
    ),
    ("landing", "Japan's SLIM probe landed on its nose in January 2024 but survived."),
    ("landing", "The lander lifted off from Andøya in Norway on 2 October."),
    ("landing", "It spent five weeks travelling to the Moon and 12 days in lunar orbit."),
    (
        "landing",
        "Astris carries nine instruments, including a drill that can reach two metres below the "
        "surface.",
    ),
    ("landing", "The €340m mission is NOSA's first beyond Earth orbit."),
    (
        "landing",
        '"We are on the Moon, and we are on it in one piece," mission director Sigrid Lunde told '
        "reporters in Oslo.",
    ),
    (
        "landing",
        "Lunde, 47, previously worked on the European Space Agency's Rosetta mission, which "
        "landed a probe on a comet in 2014.",
    ),
    ("landing", "An earlier attempt by the Israeli spacecraft Beresheet crashed in 2019."),
    ("landing", "The lander will operate for about 14 Earth days, until the lunar night sets in."),
    ("landing", "Astris's descent engine fired for 11 minutes before touchdown."),
    ("landing", "Its first images, released on Thursday, show a boulder-strewn plain."),
    (
        "landing",
        "NOSA had planned to land in 2024, but a fault in the guidance software delayed the "
        "launch by a year.",
    ),
    ("landing", "The Astris team hopes to land a second lander, Astris-2, in 2028."),
    (
        "landing",
        "Only five countries have soft-landed on the Moon: the Soviet Union, the US, China, "
        "India and Japan.",
    ),
    ("landing", "Caption: An artist's impression of Astris on the lunar surface."),
    ("landing", "The landing was watched by 2.3 million people on NOSA's livestream."),
    ("landing", "Lunde said the drill would begin work on Saturday."),
    (
        "landing",
        "The US lander Odysseus tipped over after touching down in February 2024.",
    ),
    ("landing", "NOSA said Astris had touched down at 16:42 GMT (17:42 CET)."),
    ("landing", "The probe, which was launched from Andøya in October, touched down on Wednesday."),
    (
        "landing",
        "China's Chang'e-6 mission landed on the far side of the Moon in June 2024 and returned "
        "samples to Earth.",
    ),
    ("landing", "NOSA's budget for 2025 is €1.1bn, of which the Astris mission took a third."),
    # a sentencing: the co-defendant's term, earlier cases, the conviction, what comes next
    (
        "sentencing",
        "Martin Greaves, the former leader of Wakefield District Council, was jailed for six "
        "years at Leeds Crown Court on Friday.",
    ),
    ("sentencing", "Greaves, 61, was found guilty in August of defrauding the council of £1.2m."),
    ("sentencing", "His co-defendant, the contractor Paul Lister, 55, was jailed for three years."),
    ("sentencing", "Lister had pleaded guilty in May."),
    (
        "sentencing",
        '"You treated the public purse as your own private account," Judge Helen Carver told him.',
    ),
    ("sentencing", 'The judge said Greaves had shown "not a flicker of remorse".'),
    (
        "sentencing",
        "Greaves led the council from 2011 until 2021, when he stood down citing ill health.",
    ),
    ("sentencing", "He was first elected as a councillor in 1998."),
    (
        "sentencing",
        "In 2015, Greaves was named council leader of the year by the Local Government Chronicle.",
    ),
    (
        "sentencing",
        "A previous leader of the council, Derek Hollis, was jailed in 1996 for accepting bribes.",
    ),
    ("sentencing", "The court heard that the fraud ran from 2014 to 2019."),
    ("sentencing", "Prosecutors had sought a sentence of eight years."),
    (
        "sentencing",
        "Greaves will serve half of his sentence in custody before being released on licence.",
    ),
    ("sentencing", "The maximum sentence for fraud by abuse of position is 10 years in prison."),
    (
        "sentencing",
        "Outside court, council chief executive Amira Shah said the authority had recovered "
        "£400,000 of the money.",
    ),
    ("sentencing", "Greaves's lawyer, Nicholas Penrose KC, said his client would appeal."),
    ("sentencing", "Photo: Martin Greaves arriving at Leeds Crown Court in August."),
    ("sentencing", "Greaves was convicted by a jury of 11 after a seven-week trial."),
    ("sentencing", "He was cleared of a further charge of money laundering."),
    (
        "sentencing",
        "The £1.2m fraud is the largest ever uncovered at a council in Yorkshire, police said.",
    ),
    (
        "sentencing",
        "Lister, who was jailed for three years, had admitted inflating invoices.",
    ),
    (
        "sentencing",
        "In 2019, a council officer in Bradford was jailed for four years for a £300,000 fraud.",
    ),
    ("sentencing", "Greaves had been suspended by his party in 2020."),
    (
        "sentencing",
        "He faces a confiscation hearing in January, when the court will decide how much he "
        "must repay.",
    ),
    (
        "sentencing",
        "The council's former finance director, Jean Marsh, 64, told the trial she had raised "
        "concerns in 2016.",
    ),
    ("sentencing", "Greaves, who denied the charges, showed no emotion as he was sentenced."),
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_a_sentence_that_states_nothing_contrary_does_not_clash(story: str, text: str) -> None:
    yaml, published = STORIES[story]
    assert clashes_on(text, yaml, published) == set()


SON = "She played every night as if the room were full, even when it was empty"
NEAR_MISSES = [
    # a name right after a word that opens a clause is that clause's subject
    ("obituary", "Her mother died in 1952 when Brandauer was 15.", set()),
    ("obituary", "Her mother, who died in 1952 when Brandauer was 15, was an organist.", set()),
    # near-miss: the fact's who named after the phrase in its own clause
    ("obituary", "Died in Vienna on Monday: Ilse Brandauer, jazz pianist.", {"died:when"}),
    # a possessive that owns the subject of a verb phrase carries no subject
    ("obituary", "Brandauer was born in Linz. Her mother died in 1952.", set()),
    (
        "obituary",
        "Brandauer was born in Linz. Her longtime collaborator, the bassist Karl Stein, died in "
        "2019.",
        set(),
    ),
    # near-misses: a subject pronoun, one before the possessive, a possessive owning the phrase
    ("obituary", "Brandauer was born in Linz. She died in 2019.", {"died:when"}),
    (
        "obituary",
        "Brandauer was born in Linz. She and her husband moved to Vienna, where she died on "
        "Monday.",
        {"died:when"},
    ),
    ("obituary", "Brandauer was born in Linz. Her 40 albums sold well.", {"albums:count"}),
    # `he` is not a woman whose names carry the title `Ms`: another person's act
    (
        "obituary",
        "Ms Brandauer married the photographer Emil Sauer in 1965. He died in 2004.",
        set(),
    ),
    ("sentencing", "Mr Greaves hired Jean Marsh in 2010. She was jailed in 2019.", set()),
    # near-misses: the pronoun of the title's gender
    (
        "obituary",
        "Ms Brandauer married the photographer Emil Sauer in 1965. She died in 2004.",
        {"died:when"},
    ),
    ("sentencing", "Mr Greaves hired Jean Marsh in 2010. He was jailed in 2019.", {"jailed:when"}),
    # a name runs on into a longer name of the same entity that starts inside it
    ("obituary", f'"{SON}," her son Tomas Brandauer said.', set()),
    ("obituary", f'"{SON}," her son Tomas Brandauer, 60, said.', set()),
    # near-miss: the words given to the mother
    ("obituary", f'"{SON}," Brandauer said.', {"son-tribute:who"}),
]


@pytest.mark.parametrize("story, text, expected", NEAR_MISSES)
def test_the_rules_first_run_taught_and_their_near_misses(
    story: str, text: str, expected: set[str]
) -> None:
    yaml, published = STORIES[story]
    assert clashes_on(text, yaml, published) == expected


@pytest.mark.parametrize(
    "text, found",
    [
        ("her son Tomas Brandauer said", [("tomas", 0, 4)]),
        # near-misses: a name of another entity after it, or no name running on
        ("her son Tomas and Brandauer said", [("tomas", 0, 3), ("brandauer", 4, 5)]),
        ("her son Tomas said", [("tomas", 0, 3)]),
    ],
)
def test_a_name_runs_on_into_a_longer_name_of_its_entity(
    text: str, found: list[tuple[str, int, int]]
) -> None:
    gazetteer = Gazetteer.build(
        [("tomas", "her son Tomas"), ("tomas", "Tomas Brandauer"), ("brandauer", "Brandauer")]
    )
    assert [(s.ref, s.first, s.last) for s in gazetteer.find(tokenize(text))] == found
