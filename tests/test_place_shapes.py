"""Case table of the shapes in which a place after the phrase is read besides `in X`
(`factcheck/checks/where.py`, `factcheck/world.py`):

* after words naming a part of it: `in downtown New York City` (`where.place-after-area-word`);
* after `the`, the place ending its noun phrase: `outside the Javits Center in`
  (`where.place-after-article`);
* a county or council area of the United Kingdom (`where.world-area`), after a town no
  gazetteer holds (`in Dunmurry, County Antrim`: `-of-town`);
* a country, region or area in a text written all in one case (`-one-case`).

Each clash needs the rule; each case that is not judged needs the guard it names. A place
that is another fact's place, of the same `who`, is that fact's event and is not judged.
"""

from __future__ import annotations

import datetime as dt

import pytest
from cases import check_on

SHOOTING = """
story: shooting-2016
date: 2016-11-09
about: [smith]
entities:
  smith: {name: Jon Smith, aliases: [Smith]}
places:
  us: {name: United States, aliases: [U.S.]}
  washington-state: {name: Washington state, in: us}
  seattle: {name: Seattle, in: washington-state}
  third-and-pine: {name: Third Avenue and Pine Street, in: seattle}
  new-york: {name: New York City, aliases: [New York], in: us}
  uk: {name: United Kingdom}
  ireland: {name: Ireland}
  belfast: {name: Belfast, in: uk}
facts:
  - id: smith-opened-fire
    who: smith
    what: [opened fire]
    where: third-and-pine
"""
PROTEST = """
story: protest-2016
date: 2016-11-09
about: [gaga]
entities:
  gaga: {name: Lady Gaga, aliases: [Gaga]}
places:
  us: {name: United States}
  nyc: {name: New York City, aliases: [New York], in: us}
  trump-tower: {name: Trump Tower, in: nyc}
  javits: {name: Javits Center, in: nyc}
  pentagon: {name: Pentagon, in: us}
  capitol: {name: Capitol, in: us}
facts:
  - id: gaga-protested
    who: gaga
    what: [protested, met]
    where: trump-tower
  - id: gaga-met-ryan
    who: gaga
    what: [met Ryan]
    where: capitol
  - id: gaga-sang-in-new-york
    who: gaga
    what: [sang]
    where: nyc
"""
FIRE = """
story: fire-2017
about: [fire]
entities:
  fire: {name: fire}
places:
  scotland: {name: Scotland}
  highlands: {name: Highlands, in: scotland}
  durness: {name: Durness, in: highlands}
facts:
  - id: fire-at-house
    who: fire
    what: [at a house]
    where: durness
"""
BELFAST = """
story: shooting-2017
about: [smith]
entities:
  smith: {name: Jon Smith, aliases: [Smith]}
places:
  belfast: {name: Belfast, country: GB}
facts:
  - id: smith-opened-fire
    who: smith
    what: [opened fire, arrived in Belfast]
    where: belfast
"""
STORIES = {
    "shooting": SHOOTING,
    "protest": PROTEST,
    "fire": FIRE,
    "belfast": BELFAST,
    "scotland": FIRE.replace("where: durness", "where: scotland"),
}
FACT = {
    "shooting": "smith-opened-fire",
    "protest": "gaga-protested",
    "fire": "fire-at-house",
    "belfast": "smith-opened-fire",
    "scotland": "fire-at-house",
}


def where_of(story: str, text: str) -> tuple[str, str]:
    """The `where` verdict of the story's first fact on ``text`` and its rule path's check."""
    results = check_on(text, STORIES[story], dt.date(2016, 11, 10))
    (result,) = (r for r in results if r.fact == FACT[story])
    slot = next((s for s in result.slots if s.slot == "where"), None)
    if slot is None or slot.status == "unstated":
        return "unstated", ""
    return slot.status, slot.rule.rsplit("/", 1)[-1]


CASES = [
    # --- area words between the locative and the place ------------------------------------
    (
        "shooting",
        "Smith opened fire in downtown New York City on Wednesday.",
        ("contradicted", "where.place-after-area-word"),
    ),
    (
        "shooting",
        "Smith opened fire in south-east New York City on Wednesday.",
        ("contradicted", "where.place-after-area-word"),
    ),
    (
        "shooting",
        "Smith opened fire in downtown Seattle on Wednesday.",
        ("confirmed", "where.place-after-area-word"),
    ),
    (
        "shooting",
        "smith opened fire in downtown new york city on wednesday.",
        ("contradicted", "where.place-after-area-word"),
    ),
    (
        "belfast",
        "Smith opened fire in northern Dublin on Wednesday.",
        ("contradicted", "where.world-place-after-area-word"),
    ),
    # guard: written in lower case (`Downtown New York City` may be a name of its own)
    ("shooting", "Smith opened fire in Downtown New York City on Wednesday.", ("unstated", "")),
    # guard: in a text all in one case, a direction may begin a name (`north berwick`)
    ("shooting", "smith opened fire in north new york city on wednesday.", ("unstated", "")),
    # guard: the area word and the place make one name (`northern Ireland`)
    ("shooting", "Smith opened fire in northern Ireland on Wednesday.", ("unstated", "")),
    ("belfast", "Smith opened fire in northern Ireland on Wednesday.", ("unstated", "")),
    ("belfast", "Smith arrived in northern Ireland on Wednesday.", ("unstated", "")),
    # guard: only a space or a hyphen between the area word and the place
    ("shooting", "Smith opened fire in downtown: New York City police said.", ("unstated", "")),
    # guard: at most two area words
    ("shooting", "Smith opened fire in north south east New York City.", ("unstated", "")),
    # --- `the` between the locative and the place ------------------------------------------
    (
        "protest",
        "Gaga protested outside the Javits Center in the early hours.",
        ("contradicted", "where.place-after-article"),
    ),
    (
        "protest",
        "Gaga protested outside the Javits Center.",
        ("contradicted", "where.place-after-article"),
    ),
    (
        "protest",
        "Gaga protested outside the Trump Tower on Wednesday.",
        ("confirmed", "where.place-after-article"),
    ),
    (
        "protest",
        "Gaga protested at the Pentagon, her aides said.",
        ("contradicted", "where.place-after-article"),
    ),
    # guard: the place must end its noun phrase (`the Pentagon talks` is a topic)
    ("protest", "Gaga protested at the Pentagon talks on Wednesday.", ("unstated", "")),
    # guard: not inside a longer name (`the New York Times`)
    ("shooting", "Smith opened fire at the New York Times on Wednesday.", ("unstated", "")),
    # guard: not before a hyphen (`the New York-based firm`)
    ("shooting", "Smith opened fire at the New York-based firm on Wednesday.", ("unstated", "")),
    # guard: another fact's place, of the same `who`, is that fact's event
    ("protest", "Gaga met Paul Ryan at the Capitol on Wednesday.", ("unstated", "")),
    ("protest", "Gaga met Paul Ryan at Capitol on Wednesday.", ("unstated", "")),
    # --- counties and council areas of the United Kingdom -----------------------------------
    (
        "fire",
        "The fire at a house in County Antrim was not suspicious.",
        ("contradicted", "where.world-area"),
    ),
    (
        "fire",
        "The fire at a house in Co Antrim was not suspicious.",
        ("contradicted", "where.world-area"),
    ),
    (
        "fire",
        "The fire at a house in Dunmurry, County Antrim, was not suspicious.",
        ("contradicted", "where.world-area-of-town"),
    ),
    (
        "fire",
        "The fire at a house in Devon on Sunday was not suspicious.",
        ("contradicted", "where.world-area"),
    ),
    (
        "scotland",
        "The fire at a house in Fife was not suspicious.",
        ("confirmed", "where.place-after-phrase"),
    ),
    (
        "fire",
        "The fire broke out at a house in Dunmurry, Antrim.",
        ("contradicted", "where.world-area-of-town"),
    ),
    # guard: an area of the fact's own nation is not judged (`Croydon, Surrey`)
    ("fire", "The fire at a house in West Lothian was not suspicious.", ("unstated", "")),
    # guard: an area's name ends its noun phrase (`Antrim town centre`)
    ("fire", "The fire at a house in Antrim town centre was not suspicious.", ("unstated", "")),
    # guard: the town and its area are joined by a comma (`New England` is no England)
    ("shooting", "Smith opened fire in New England.", ("unstated", "")),
    # guard: the town's area ends with a comma, a full stop or the sentence (`Antrim police`)
    ("fire", "The fire at a house in Dunmurry, Antrim police said.", ("unstated", "")),
    # --- a text all in one case --------------------------------------------------------------
    (
        "fire",
        "police are investigating a fire at a house in county antrim.",
        ("contradicted", "where.world-area-one-case"),
    ),
    (
        "fire",
        "a fire at a house in dunmurry, county antrim, is to be investigated.",
        ("contradicted", "where.world-area-of-town-one-case"),
    ),
    (
        "fire",
        "a fire at a house in wales on sunday was not suspicious.",
        ("contradicted", "where.world-place-one-case"),
    ),
    ("fire", "a fire at a house in scotland on sunday.", ("confirmed", "where.place-after-phrase")),
    # guard: followed by a word that may go on the name (`in county antrim countryside`)
    ("fire", "a fire at a house in county antrim countryside.", ("unstated", "")),
    # guard: a list after the town is no area of it
    ("fire", "a fire at a house in dunmurry, county antrim and county down.", ("unstated", "")),
    # guard: no `the` before a place in a text all in one case (`in the jersey`)
    ("fire", "a fire at a house in the jersey.", ("unstated", "")),
    # guard: the town is a word (`in 2016, county antrim`)
    ("fire", "a fire at a house in 2016, county antrim.", ("unstated", "")),
    # guard: no city is read in a text all in one case (`in reading`, `in bath`)
    ("fire", "a fire at a house in cardiff on sunday.", ("unstated", "")),
]


@pytest.mark.parametrize(("story", "text", "expected"), CASES)
def test_place_shapes(story: str, text: str, expected: tuple[str, str]) -> None:
    assert where_of(story, text) == expected
