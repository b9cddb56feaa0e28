"""Case table of false alarms found by checking invented stories (a rugby league win, a film's
premiere at a festival) told in pieces written around them, not about them: a preview of the
next match (fixtures to come, the last meeting, form guides, `will face`, team news) and a film
review (the director's earlier films and their festivals, release dates in other countries,
running time, box office, other films in competition). The facts were written first, then the
sentences that state nothing contrary to them (``FIRST_RUN``) and those that state a wrong
value for the fact's own event (``CONTRADICTIONS``), each to clash on its slot, all before the
checker first ran on them. `factcheck validate` warned that a count of bare `points` judges
any number of points: the phrasing became `points against Wigan` before the first run.

First run (at d199225): 3 false contradictions in 120 cells (40 sentences, each checked against
every fact of its story), and 7 of the 9 contradictions caught on their slot. `Leeds Rhinos will
face Castleford Tigers on Friday after beating Wigan on Saturday` took Saturday as the coming
one; `The film will premiere in North America at Toronto on September 16` placed the premiere
in Toronto; `The Quiet Shore did not premiere at Cannes, which Vidal had hoped for` denied the
premiere. Now a weekday in a clause of `after`/`before`/`since`/`while` and an -ing verb, under
a future main clause, is no date; a phrase told in the future in an article dated after the
fact's `when` places nothing, as it already dated nothing; and a denied phrase followed by a
name after `at`/`in`/`near` that is not the fact's `where`, in a place the checker does not know,
denies the place, not the act (``AROUND_THE_EVENT``). The contradictions still missed are in
``MISSED``: venues and towns the checker does not know (`at the DW Stadium`, `in Cannes`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

MATCH = """
story: leeds-wigan
date: 2027-03-13
about: [leeds]
entities:
  leeds: {name: Leeds Rhinos, aliases: [Leeds, the Rhinos], kind: team}
  wigan: {name: Wigan Warriors, aliases: [Wigan], kind: team}
  carr: {name: Sam Carr, aliases: [Carr], kind: person}
places:
  uk: {name: United Kingdom, aliases: [UK], country: GB}
  headingley: {name: Headingley, in: uk}
facts:
  - id: beat
    who: leeds
    what: [beat Wigan, defeated Wigan]
    when: 2027-03-13
    where: headingley
  - id: points
    who: leeds
    what: [points against Wigan]
    count: 30
  - id: carr-quote
    who: carr
    quote: We showed what this group can do when it believes
"""

FILM = """
story: quiet-shore-premiere
date: 2027-09-02
about: [film]
entities:
  film: {name: The Quiet Shore, kind: product, mention_only: [the film]}
  vidal: {name: Elena Vidal, aliases: [Vidal], kind: person}
places:
  italy: {name: Italy, country: IT}
  venice: {name: Venice, in: italy}
facts:
  - id: premiered
    who: film
    what: [premiered, had its premiere, world premiere]
    when: 2027-09-02
    where: venice
  - id: runtime
    who: film
    what: [minutes long, minute running time, runs for]
    count: 128
  - id: vidal-quote
    who: vidal
    quote: I wanted a film about the silence after a storm
"""

PUBLISHED = {
    MATCH: dt.date(2027, 3, 18),  # a Thursday preview: the win was on Saturday, March 13
    FILM: dt.date(2027, 9, 14),  # a Tuesday review: the premiere was on Thursday, September 2
}

FIRST_RUN = [
    (MATCH, s)
    for s in (
        "Leeds Rhinos will face Castleford Tigers on Friday after beating Wigan on Saturday.",
        "Leeds beat Wigan 30-12 at Headingley.",
        "The Rhinos last met Castleford in September, losing 18-16 at Wheldon Road.",
        "Wigan host St Helens on Sunday.",
        "Leeds have won four of their last five matches.",
        "Leeds beat Wigan in the 2015 Grand Final at Old Trafford.",
        "Leeds will beat Castleford on Friday, says our tipster.",
        "Carr, who scored two tries against Wigan, is doubtful with a knee injury.",
        "Team news: Leeds are unchanged from the side that beat Wigan.",
        "Castleford have scored 112 points in five games.",
        "Leeds sit third in Super League with 8 points.",
        "Kick-off at the Jungle is at 8pm on Friday.",
        "Form guide: Leeds WWLWW, Castleford LWLLW.",
        "The sides drew 20-20 in 2025.",
        "Wigan beat Leeds 24-6 at the DW Stadium in August.",
        "Leeds did not beat Wigan at home in 2026.",
        "Tickets for Friday's game start at 22 pounds.",
        "Carr has scored 41 points this season.",
        "Could Leeds beat Castleford by 30 points on Friday?",
        "Next week: Leeds v Hull FC, Headingley, Friday 26 March.",
    )
] + [
    (FILM, s)
    for s in (
        "The Quiet Shore, which premiered in Venice, opens in UK cinemas on Friday.",
        "Vidal's last film, Salt Wind, premiered at Cannes in 2024.",
        "The film will premiere in North America at Toronto on September 16.",
        "At 128 minutes, it never drags.",
        "The Quiet Shore opened in Italy on September 9 and in Spain on October 1.",
        "Her debut, Low Tide, ran for 94 minutes and premiered at Berlin in 2019.",
        "The film took 2.1 million euros in its first weekend in Italy.",
        "Fifteen other films competed for the Golden Lion.",
        "The Quiet Shore is released in the US on November 12.",
        "Vidal was born in Bilbao in 1981.",
        "The film was shot on the coast of Galicia in 2025.",
        "The Quiet Shore did not premiere at Cannes, which Vidal had hoped for.",
        "Rated 15; 128 minutes; in Spanish with English subtitles.",
        "The Venice festival ran from September 1 to September 11.",
        "A director's cut running to 151 minutes will be released on streaming in 2028.",
        "The film cost 6 million euros.",
        "Its lead, Marta Rios, won best actress at Venice on Saturday.",
        "The Quiet Shore premiered on a stormy night, fittingly.",
        "Vidal said the story came to her in 2020.",
        "Four stars. In cinemas from Friday.",
    )
]

MISSED = [
    (MATCH, "Leeds Rhinos beat Wigan Warriors at the DW Stadium."),
    (FILM, "The Quiet Shore had its premiere in Cannes."),
]

CONTRADICTIONS = [
    (MATCH, "Leeds Rhinos beat Wigan Warriors on Sunday.", {"beat:when"}),
    (MATCH, "Leeds Rhinos scored 26 points against Wigan.", {"points:count"}),
    (
        MATCH,
        '"We showed what this group can do when it fights," Sam Carr said.',
        {"carr-quote:quote"},
    ),
    (FILM, "The Quiet Shore premiered in Venice on Friday, September 3.", {"premiered:when"}),
    (FILM, "The Quiet Shore is 118 minutes long.", {"runtime:count"}),
    (FILM, "The Quiet Shore did not premiere in Venice.", {"premiered:what"}),
    (
        FILM,
        '"I wanted a film about the noise after a storm," Elena Vidal said.',
        {"vidal-quote:quote"},
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


@pytest.mark.parametrize("story, text", MISSED)
def test_contradictions_the_checker_misses_raise_nothing_else(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


AROUND_THE_EVENT = [
    (MATCH, "Leeds will face Castleford on Friday after beating Wigan on Saturday.", set()),
    (FILM, "The film will premiere in North America at Toronto on September 16.", set()),
    (FILM, "The Quiet Shore did not premiere at Cannes, which Vidal had hoped for.", set()),
    # still judged: a past main clause, the act told in the past, the fact's own place denied
    (MATCH, "Leeds beat Wigan on Sunday after trailing at half-time.", {"beat:when"}),
    (FILM, "The Quiet Shore premiered at Toronto.", {"premiered:where"}),
    (FILM, "The Quiet Shore did not premiere in Venice.", {"premiered:what"}),
]


@pytest.mark.parametrize("story, text, expected", AROUND_THE_EVENT)
def test_what_a_preview_or_a_review_tells_around_the_event_is_not_judged(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected
