"""Subjects a sentence does not name: the story's event implied, `the company` referred back.

Case tables: what each rule finds, what it must not find (another event, a comparison, a
hypothesis, a quotation, another entity of the kind), and the rule path of a clash it gives.
"""

from __future__ import annotations

import datetime as dt

import pytest
from cases import check_on

STORY = """
story: crash-2016
date: 2016-11-09
about: [crash, acme]
entities:
  crash: {name: tram crash, aliases: [crash, derailment], kind: event}
  acme: {name: Acme, kind: organisation}
  rivalco: {name: Rivalco, kind: organisation}
  rovers: {name: Rovers, kind: team}
places: {}
facts:
  - id: seven-killed
    who: crash
    what: [killed, died]
    count: 7
  - id: acme-prices
    who: acme
    what: raised prices
    when: 2016-11-08
"""


def verdict(text: str, fact: str, story: str = STORY) -> tuple[str, str]:
    """The fact's status on ``text`` and the rules of its slots (a clash's with its path)."""
    results = {r.fact: r for r in check_on(text, story, dt.date(2016, 11, 9))}
    result = results[fact]
    return result.status, ",".join(s.rule for s in result.slots if s.rule)


IMPLIED = [
    ("The crash happened at 6am. Seven people were killed.", "consistent", ""),
    # a pronoun whose clause is not the phrase's does not carry the subject either
    ("It is the worst since 2004, when nine people were killed near Ufton Nervet.", "omitted", ""),
    (
        "The crash happened at 6am. Nine people were killed.",
        "contradicted",
        "implied/count.number-before-phrase",
    ),
    ("Seven people died.", "consistent", ""),
    # another event, a comparison or a hypothesis: not the story's event
    ("This is the worst since 2004, when nine people were killed near Ufton.", "omitted", ""),
    ("Nine people were killed in a similar accident.", "omitted", ""),
    ("Nine people were killed in 1959.", "omitted", ""),
    ("Nine people could have been killed.", "omitted", ""),
    ("Were nine people killed?", "omitted", ""),
    ('"Nine people were killed," a witness said.', "omitted", ""),
    # someone else is named: not implied
    ("Rivalco said nine people were killed.", "omitted", ""),
]


@pytest.mark.parametrize("text, status, rules", IMPLIED)
def test_the_story_event_is_the_implied_subject(text: str, status: str, rules: str) -> None:
    found = verdict("The crash shocked Croydon. " + text, "seven-killed")
    assert found[0] == status
    if rules:
        assert rules in found[1]


def test_only_an_event_entity_is_implied() -> None:
    no_kind = STORY.replace(", kind: event}", "}")
    text = "The crash shocked Croydon. Nine people were killed."
    assert verdict(text, "seven-killed")[0] == "contradicted"
    assert verdict(text, "seven-killed", no_kind)[0] == "omitted"


REFERRED = [
    (
        "Acme sells chocolate. The company raised prices on Tuesday.",
        "consistent",
        "who.referred",
    ),
    (
        "Acme sells chocolate. The company raised prices on Monday.",
        "contradicted",
        "referred/when.date-after-phrase",
    ),
    (
        "Acme sells chocolate. Sales fell. The company raised prices on Monday.",
        "contradicted",
        "referred/when.date-after-phrase",
    ),
    # the last organisation named is another one
    (
        "Acme sells chocolate. Rivalco sells toffee. The company raised prices on Monday.",
        "omitted",
        "",
    ),
    # a team is not a company
    ("Acme sells chocolate. The team raised prices on Monday.", "omitted", ""),
    # too far back
    (
        "Acme sells chocolate. Sales fell. Costs rose. The company raised prices on Monday.",
        "omitted",
        "",
    ),
    # `it` refers back to a thing
    (
        "Acme sells chocolate. Sales fell and it raised prices on Monday.",
        "contradicted",
        "carried/when.date-after-phrase",
    ),
]


@pytest.mark.parametrize("text, status, rules", REFERRED)
def test_a_kind_noun_refers_back(text: str, status: str, rules: str) -> None:
    found = verdict(text, "acme-prices")
    assert found[0] == status
    assert rules in found[1]


def test_without_a_kind_nothing_is_referred() -> None:
    no_kind = STORY.replace("{name: Acme, kind: organisation}", "{name: Acme}")
    text = "Acme sells chocolate. Sales fell. The company raised prices on Monday."
    assert verdict(text, "acme-prices")[0] == "contradicted"
    assert verdict(text, "acme-prices", no_kind)[0] == "omitted"
