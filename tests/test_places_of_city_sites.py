"""Case table of a well-known city written as the possessive of a site's name after the phrase
(`treated in isolation at Edinburgh's Western General Hospital`): a hospital, an airport, a
stadium or such a site stands in its city, so the city is the place named, as `at Western
General Hospital in Edinburgh` says. Not read for a country's possessive (`France's Bichat
Hospital`), before a word for something that may stand elsewhere (`Moscow's Embassy`,
`Edinburgh's request`), or with another place after the site (`... Hospital in Glasgow`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

STORY = """
story: city-sites
date: 2014-12-29
about: [worker]
entities:
  worker: {name: the healthcare worker, aliases: [healthcare worker, The patient], kind: person}
places:
  uk: {name: United Kingdom}
  scotland: {name: Scotland, in: uk}
  glasgow: {name: Glasgow, in: scotland}
  gartnavel: {name: Gartnavel Hospital, in: glasgow}
facts:
  - id: treated
    who: worker
    what: [treated in isolation]
    where: gartnavel
"""

PUBLISHED = dt.date(2014, 12, 29)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a city's site: the city is the place named
        (
            "The patient is being treated in isolation at Edinburgh's Western General Hospital.",
            {"treated:where"},
        ),
        (
            "The patient is being treated in isolation at Edinburgh’s Royal Infirmary, officials "
            "said.",
            {"treated:where"},
        ),
        (
            "The patient is being treated in isolation at Paris's Pitie-Salpetriere Hospital.",
            {"treated:where"},
        ),
        # the fact's own city: no clash
        ("The patient is being treated in isolation at Glasgow's Gartnavel Hospital.", set()),
        # near-misses: a country, no site, another place after the site
        ("The patient is being treated in isolation at France's Bichat Hospital.", set()),
        ("The patient is being treated in isolation at Moscow's Embassy.", set()),
        ("The patient is being treated in isolation at Edinburgh's request.", set()),
        (
            "The patient is being treated in isolation at Edinburgh's Western General Hospital "
            "in Glasgow.",
            set(),
        ),
    ],
)
def test_a_city_written_as_its_site_s_owner(text: str, expected: set[str]) -> None:
    assert clashes_on(text, STORY, PUBLISHED) == expected
