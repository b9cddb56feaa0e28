"""Case table of `where.world-place`: a well-known place the story's gazetteer does not hold,
judged against the fact's place through the world gazetteer (`factcheck/world.py`).

Each clash needs the rule; each case that is not judged needs the guard it names.
"""

from __future__ import annotations

import datetime as dt

import pytest
from cases import verdict

from factcheck import Article, FactFileError, check_article, parse_story, world

SUMMIT = """
story: summit-2023
date: 2023-09-12
about: [putin]
entities:
  putin: {name: Vladimir Putin, aliases: [Putin]}
  rubin: {name: Rubin Kazan, aliases: [Kazan]}
places:
  russia: {name: Russia}
  far-east: {name: Far East, in: russia}
  vladivostok: {name: Vladivostok, in: far-east}
facts:
"""
ARRIVED_IN = (
    SUMMIT
    + """
  - id: putin-arrives
    who: putin
    what: [arrived in Vladivostok, visited Vladivostok]
    where: vladivostok
"""
)
ARRIVED = (
    SUMMIT
    + """
  - id: putin-arrives
    who: putin
    what: [arrived, held talks]
    where: vladivostok
"""
)
COUNTRY_KEY = """
story: summit-2023
date: 2023-09-12
about: [putin]
entities:
  putin: {name: Vladimir Putin, aliases: [Putin]}
places:
  vladivostok: {name: Vladivostok, country: RU}
facts:
  - id: putin-arrives
    who: putin
    what: [arrived in Vladivostok]
    where: vladivostok
"""
NO_COUNTRY = """
story: summit-2023
date: 2023-09-12
about: [putin]
entities:
  putin: {name: Vladimir Putin, aliases: [Putin]}
places:
  vladivostok: {name: Vladivostok}
facts:
  - id: putin-arrives
    who: putin
    what: [arrived in Vladivostok]
    where: vladivostok
"""
TRAM = """
story: tram-2016
date: 2016-11-10
about: [tram]
entities:
  tram: {name: tram}
places:
  uk: {name: UK}
  croydon: {name: Croydon, in: uk}
  sandilands: {name: Sandilands, in: croydon}
facts:
  - id: tram-derailed
    who: tram
    what: [derailed]
    where: sandilands
"""
LONDON_ONLY = """
story: tram-2016
date: 2016-11-10
about: [tram]
entities:
  tram: {name: tram}
places:
  london: {name: London}
  croydon: {name: Croydon, in: london}
facts:
  - id: tram-derailed
    who: tram
    what: [derailed]
    where: croydon
"""
VILLAGE = """
story: crash-2016
date: 2016-06-01
about: [rider]
entities:
  rider: {name: motorcyclist}
places:
  lincolnshire: {name: Lincolnshire}
  thornton: {name: Thornton, in: lincolnshire}
facts:
  - id: rider-killed
    who: rider
    what: [killed]
    where: thornton
"""
SHOOTING = """
story: shooting-2016
date: 2016-11-10
about: [gunman]
entities:
  gunman: {name: gunman}
places:
  us: {name: United States}
  washington-state: {name: Washington state, in: us}
  seattle: {name: Seattle, in: washington-state}
facts:
  - id: gunman-opened-fire
    who: gunman
    what: [opened fire]
    where: seattle
"""
FINAL = """
story: final-2018
date: 2018-05-26
about: [zenit]
entities:
  zenit: {name: Zenit}
places:
  russia: {name: Russia}
  st-petersburg: {name: Saint Petersburg, aliases: [St Petersburg], in: russia}
facts:
  - id: zenit-lost
    who: zenit
    what: [lost]
    where: st-petersburg
"""

CLASH = ("contradicted", "where")
CONSISTENT = ("consistent", "")
UNSEEN = ("omitted", "")
"""A place in the phrase's own slot that is not read leaves the phrase unmatched."""


def status(text: str, story: str) -> tuple[str, str]:
    return verdict(text, story, dt.date(2023, 9, 12))


@pytest.mark.parametrize(
    "text, story, expected",
    [
        # a city of the same country, far from the fact's city
        ("Putin arrived in Khabarovsk.", ARRIVED_IN, CLASH),
        ("Putin arrived in Ussuriysk on Monday.", ARRIVED_IN, CLASH),
        # a city, or a country, elsewhere
        ("Putin arrived in Beijing.", ARRIVED_IN, CLASH),
        ("Putin arrived in Japan.", ARRIVED_IN, CLASH),
        # a qualifier after a comma narrows the name, and is part of it
        ("Putin arrived in Tokyo, Japan.", ARRIVED_IN, CLASH),
        ("Putin arrived in Khabarovsk, Russia.", ARRIVED_IN, CLASH),
        # after the phrase, after a locative, as for the story's own places
        ("Putin arrived in the morning in Khabarovsk.", ARRIVED, CLASH),
        ("Putin held talks in Khabarovsk.", ARRIVED, CLASH),
        # the place is the fact's own (another spelling) or contains it: it fits
        ("Putin arrived in Vladivostok.", ARRIVED_IN, CONSISTENT),
        ("Putin arrived in Russia.", COUNTRY_KEY, CONSISTENT),
        # the curator's `country:` anchors a place whose chain names no country
        ("Putin arrived in Khabarovsk.", COUNTRY_KEY, CLASH),
        ("Putin arrived in Khabarovsk.", NO_COUNTRY, UNSEEN),
        # not judged: names that are also people's names, words or several places
        ("Putin arrived in Georgia.", ARRIVED_IN, UNSEEN),
        ("Putin arrived in Jordan.", ARRIVED_IN, UNSEEN),
        ("Putin arrived in Victoria.", ARRIVED_IN, UNSEEN),
        ("Putin arrived in Washington.", ARRIVED_IN, UNSEEN),
        # not judged: another capitalised word follows (a longer name) or a possessive
        ("Putin arrived in Paris Hilton's hotel.", ARRIVED_IN, UNSEEN),
        ("Putin arrived in Khabarovsk's airport.", ARRIVED_IN, UNSEEN),
        ("Putin arrived in Khabarovsk, Peskov said.", ARRIVED_IN, UNSEEN),
        # not judged: a name of the story (a club named after its city)
        ("Putin arrived in Kazan.", ARRIVED_IN, UNSEEN),
        # not judged: lower case, or not after a locative; a verb whose object is a place
        # counts as one (`visited Khabarovsk`: tests/test_place_objects.py)
        ("Putin arrived in khabarovsk.", ARRIVED_IN, UNSEEN),
        ("Putin visited Khabarovsk.", ARRIVED_IN, CLASH),
        # not judged: an origin for a fact that states where it happens
        ("Putin arrived from Khabarovsk.", ARRIVED, CONSISTENT),
        # not judged after the phrase: `to` a city may be to its club
        ("Zenit lost to Barcelona.", FINAL, CONSISTENT),
        ("Zenit lost in Barcelona.", FINAL, CLASH),
        # regions of the fact's country: England holds Croydon, Scotland does not
        ("The tram derailed in England.", TRAM, CONSISTENT),
        ("The tram derailed in Scotland.", TRAM, CLASH),
        ("The tram derailed in Manchester.", TRAM, CLASH),
        # not judged: a city near the fact's city may hold it or be part of it
        ("The tram derailed in London.", TRAM, CONSISTENT),
        # not judged: the fact's place is not anchored (London is also in Canada; a
        # village's name is not read as the city of that name)
        ("The tram derailed in Manchester.", LONDON_ONLY, CONSISTENT),
        ("The motorcyclist was killed in England.", VILLAGE, CONSISTENT),
        # US states hold their cities
        ("The gunman opened fire in Dallas.", SHOOTING, CLASH),
        ("The gunman opened fire in Texas.", SHOOTING, CLASH),
        ("The gunman opened fire in the U.S.", SHOOTING, CONSISTENT),
        ("The gunman opened fire in Bellevue.", SHOOTING, CONSISTENT),
    ],
)
def test_a_well_known_place_outside_the_gazetteer_is_judged_only_when_clear(
    text: str, story: str, expected: tuple[str, str]
) -> None:
    assert status(text, story) == expected


def test_the_clash_has_its_own_rule() -> None:
    article = Article("a.md", "a.md", "Putin arrived in Khabarovsk.", published=None)
    (result,) = check_article(article, [parse_story(ARRIVED_IN, "story.yaml")])
    (clash,) = result.contradictions
    assert (clash.rule, clash.found) == ("named/where.world-place", "Khabarovsk")


def test_an_unknown_country_code_is_a_fact_file_error() -> None:
    with pytest.raises(FactFileError, match="unknown country code 'XX'"):
        parse_story(COUNTRY_KEY.replace("country: RU", "country: XX"), "story.yaml")


def test_the_world_gazetteer_is_read_once() -> None:
    world.world.cache_clear()
    data = world.world()
    assert world.world() is data
    (khabarovsk,) = data.readings(("khabarovsk",))
    assert (khabarovsk.kind, khabarovsk.country) == (world.CITY, "RU")
    assert {r.country for r in data.readings(("london",))} == {"GB", "CA"}


MIXED = """
story: summit-2023
date: 2023-09-12
about: [putin]
entities:
  putin: {name: Vladimir Putin, aliases: [Putin]}
places:
  russia: {name: Russia}
  vladivostok: {name: Vladivostok, in: russia}
  dacha: {name: the dacha}
facts:
  - id: putin-arrives
    who: putin
    what: [arrived in Vladivostok]
    where: vladivostok
  - id: putin-talks
    who: putin
    what: [held talks at the dacha]
    where: dacha
    when: 2023-09-10
"""


def test_a_world_place_finds_no_mention_of_a_fact_whose_place_it_cannot_judge() -> None:
    article = Article(
        "a.md", "a.md", "Putin held talks at Khabarovsk on Monday.", published=dt.date(2023, 9, 12)
    )
    results = check_article(article, [parse_story(MIXED, "story.yaml")])
    assert {r.fact: r.status for r in results} == {
        "putin-arrives": "omitted",
        "putin-talks": "omitted",  # not a clash on Monday's date: Khabarovsk is no dacha
    }
