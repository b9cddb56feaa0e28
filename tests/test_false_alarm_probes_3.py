"""Case table of false alarms found by probing invented stories of more kinds (a state visit, an
earthquake, a hostage release): one party of a joint act doing it `with` someone the fact does
not name, other members of the kind (`Two other hostages were released`) and an increment
before a running total (`bringing the toll to 37`) and a sentence that opens with an
indefinite subject of its own (`A 4.9 aftershock struck`) must not clash, and the near-misses that
state a wrong value for the fact's own event still must."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

STORY = """
story: probes-3
date: 2025-03-04
about: [halvorsen, tanabe, hostages, quake]
entities:
  halvorsen: {name: Ingrid Halvorsen, aliases: [Halvorsen], kind: person}
  tanabe: {name: Kenji Tanabe, aliases: [Tanabe], kind: person}
  hostages: {name: Gao hostages, mention_only: [hostages, aid workers], kind: event}
  quake: {name: Ermenek earthquake, mention_only: [the earthquake], kind: event}
places:
  japan: {name: Japan}
  tokyo: {name: Tokyo, in: japan}
  osaka: {name: Osaka, in: japan}
  mali: {name: Mali}
  gao: {name: Gao, in: mali}
  bamako: {name: Bamako, in: mali}
facts:
  - id: talks
    who: [halvorsen, tanabe]
    what: [held talks, met in Tokyo]
    when: 2025-03-05
    where: tokyo
  - id: hostages-released
    who: hostages
    what: [were released, were freed]
    when: 2025-03-04
    where: gao
  - id: quake-toll
    who: quake
    what: [people died]
    count: 37
  - id: quake-depth
    who: quake
    what: [depth]
    count: 12
    unit: km
"""

PUBLISHED = dt.date(2025, 3, 6)


def clashes(text: str) -> set[str]:
    return clashes_on(text, STORY, PUBLISHED)


@pytest.mark.parametrize(
    "text, expected",
    [
        # one party of a joint act does it with someone the fact does not name: another meeting
        ("Tanabe held talks with the Chinese premier in Beijing last month.", set()),
        ("Tanabe met in Tokyo with the Indian prime minister on 20 February.", set()),
        ("Halvorsen held talks with business leaders in Osaka on Thursday.", set()),
        # near-misses: both parties named, no `with`, `with` far after the phrase
        ("Halvorsen and Tanabe held talks in Osaka on Wednesday.", {"talks:where"}),
        ("Halvorsen held talks with Tanabe in Osaka on Wednesday.", {"talks:where"}),
        ("Tanabe held talks in Osaka on Wednesday.", {"talks:where"}),
        ("Tanabe held talks on 20 February in Tokyo with the premier.", {"talks:when"}),
        (
            "Tanabe held talks in Osaka on Wednesday after a lunch with the premier.",
            {"talks:where"},
        ),
        # near-miss: a fact of one `who` is no joint act
        (
            "The hostages were freed with help from diplomats in Bamako.",
            {"hostages-released:where"},
        ),
        # other members of the kind before the subject: another occurrence
        ("Two other hostages were released in Bamako in 2023.", set()),
        ("Other hostages were freed in Bamako last year.", set()),
        ("Two earlier hostages were freed in Bamako in 2023.", set()),
        # near-misses: no other-word, or one that is not right before the subject
        ("Two hostages were released in Bamako on Tuesday.", {"hostages-released:where"}),
        ("The hostages were freed in Bamako on Monday.", {"hostages-released:when,where"}),
        (
            "Unlike other kidnappings, the hostages were freed in Bamako.",
            {"hostages-released:where"},
        ),
        # an increment before a running total
        ("Three people died in hospital on Friday, bringing the toll to 37.", set()),
        ("Two people died overnight, taking the death toll to 37.", set()),
        ("Two people died overnight, raising the total to 37.", set()),
        # near-misses: no running total after the phrase
        ("Thirty people died, officials said.", {"quake-toll:count"}),
        ("Thirty people died, bringing the town to a standstill.", {"quake-toll:count"}),
        # an indefinite subject that shares no word with the event's names: a new thing
        ("A 4.9 aftershock struck near Ermenek at a depth of 7 km.", set()),
        ("An aftershock struck at a depth of 7 km.", set()),
        # near-misses: a word of the event's name, a passive
        ("A magnitude 6.4 earthquake struck at a depth of 7 km.", {"quake-depth:count"}),
        ("A powerful earthquake struck at a depth of 7 km.", {"quake-depth:count"}),
        ("A woman was killed and 30 people died.", {"quake-toll:count"}),
    ],
)
def test_probe(text: str, expected: set[str]) -> None:
    assert clashes(text) == {c for e in expected for c in _split(e)}


def _split(entry: str) -> list[str]:
    fact, slots = entry.split(":")
    return [f"{fact}:{slot}" for slot in slots.split(",")]
