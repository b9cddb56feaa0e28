"""Case table of false alarms found by checking invented stories of kinds the tests lacked (a
fraudster's sentencing, a ferry sinking), written as court reports and wire copy: the crimes'
years and places, other defendants and their terms, earlier convictions, the judge's and the
victims' words, appeals; the ferry's route, port of departure and destination, passengers,
crew, the rescued, the missing and the dead, earlier sinkings, other ships, rescuers' counts.
The facts were written first, then the sentences that state nothing contrary to them
(``FIRST_RUN``) and those that state a wrong value for the fact's own event
(``CONTRADICTIONS``), each to clash on its slot, all before the checker first ran on them.

First run (at 3ee84a3): 3 false contradictions in 200 cells (40 sentences, each checked against
every fact of its story), and 7 of the 10 contradictions caught on their slot. `Pryce was
previously jailed for 18 months in 2014` dated the fact's jailing (`previously` stood between
the phrase's words), `The vessel did not sink in the harbour but three miles off the coast`
denied the sinking, and `The coastguard has rescued more than 1,000 migrants this year` counted
the year's total as the rescue's. Now a word of an earlier time between the phrase's words
(``EARLIER_INSIDE``), a denial of one complement for another after `but` (``NOT_THERE_BUT``) and
a count of `this year` (``THIS_YEAR``) state nothing of the fact; each table holds the
near-misses still judged. The contradictions the checker still misses are in ``MISSED``: a term
after a phrase without its unit (`jailed for` with the years in a note: write `jailed for
years`), a place after `off`, and a quote given to someone the story does not name.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

SENTENCING = """
story: pryce-fraud-sentencing
date: 2026-06-09
about: [pryce]
entities:
  pryce: {name: Daniel Pryce, aliases: [Pryce, Mr Pryce], kind: person}
  osei: {name: Judge Amara Osei, aliases: [Judge Osei, Osei], kind: person}
  walsh: {name: Kerry Walsh, aliases: [Walsh, Ms Walsh], kind: person}
places:
  uk: {name: United Kingdom, aliases: [UK, Britain]}
  england: {name: England, in: uk}
  london: {name: London, in: england}
  bristol: {name: Bristol, in: england}
  southwark: {name: Southwark Crown Court, aliases: [Southwark], in: london}
facts:
  - id: jailed
    who: pryce
    what: [was jailed, was sentenced]
    where: southwark
    when: 2026-06-09
  - id: term
    who: pryce
    what: [jailed for, sentenced to]
    count: 9
    note: years
  - id: investors
    who: pryce
    what: [investors, conned]
    count: 212
  - id: age
    who: pryce
    what: year-old
    count: 34
  - id: judge-quote
    who: osei
    quote: You preyed on people who trusted you with their savings
"""

FERRY = """
story: aster-ferry-sinking
date: 2026-06-13
about: [ferry]
entities:
  ferry: {name: MV Aster, aliases: [Aster, the Aster], kind: product,
    mention_only: [the ferry, the vessel, the ship]}
  coastguard: {name: Hellenic Coast Guard, aliases: [coastguard, coast guard], kind: organisation}
  rallis: {name: Nikos Rallis, aliases: [Rallis], kind: person}
places:
  greece: {name: Greece}
  piraeus: {name: Piraeus, in: greece}
  naxos: {name: Naxos, in: greece}
  paros: {name: Paros, in: greece}
facts:
  - id: sank
    who: ferry
    what: [sank, capsized, went down]
    where: paros
    when: 2026-06-13
  - id: passengers
    who: ferry
    what: [passengers, carrying]
    count: 214
  - id: dead
    who: ferry
    what: [killed, dead, died]
    count: 11
  - id: rescued
    who: coastguard
    what: [rescued, pulled from the water]
    count: 196
  - id: rallis-quote
    who: rallis
    quote: The water came in faster than anyone could have imagined
"""
PUBLISHED = dt.date(2026, 6, 14)  # a Sunday: Saturday is June 13, Tuesday June 9

FIRST_RUN = [
    (SENTENCING, s)
    for s in (
        "A financial adviser who conned 212 investors out of their savings was jailed for nine "
        "years on Tuesday.",
        "Daniel Pryce, 34, of Bristol, was sentenced at Southwark Crown Court.",
        "Pryce ran the scheme from an office in Bristol between 2019 and 2023.",
        "His co-defendant Kerry Walsh was jailed for four years in 2025.",
        "Walsh, 41, had admitted conspiracy to defraud.",
        "Pryce was previously jailed for 18 months in 2014 for theft.",
        "The scheme took £14 million from investors aged between 60 and 85.",
        "One investor, a 78-year-old widow from Bath, lost £240,000.",
        '"You preyed on people who trusted you with their savings," Judge Osei told him.',
        'Judge Osei said Pryce had "preyed on people who trusted you with their savings".',
        "Pryce will serve half of his sentence before being released on licence.",
        "Prosecutors had asked for a sentence of 12 years.",
        "Pryce plans to appeal against his sentence, his lawyer said.",
        "He was arrested at his home in Bristol in March 2024.",
        "Three other advisers were sentenced to between two and five years last month.",
        "More than 40 investors attended the hearing.",
        "The trial at Southwark lasted 11 weeks.",
        "The 34-year-old showed no emotion as the sentence was read out.",
        "Pryce was not jailed for the full 14 years the charges carry.",
        "Read more: Adviser who conned 80 investors jailed in Leeds",
    )
] + [
    (FERRY, s)
    for s in (
        "The MV Aster sank off Paros early on Saturday with 214 passengers on board.",
        "The ferry had left Piraeus on Friday night and was bound for Naxos.",
        "Eleven people died and three are still missing, the coastguard said.",
        "The Hellenic Coast Guard rescued 196 people, 40 of them children.",
        "Fishing boats pulled another four survivors from the water.",
        "The Aster was carrying 214 passengers and 31 crew.",
        "In 2019 a ferry sank off Naxos, killing 7 people.",
        "The death toll could rise to 14, officials warned.",
        "The Aster, built in 1998, had passed an inspection in Piraeus in May.",
        '"The water came in faster than anyone could have imagined," said Rallis, a '
        "passenger from Athens.",
        "Rallis, 56, swam for two hours before he was rescued.",
        "The vessel did not sink in the harbour but three miles off the coast.",
        "Survivors were taken to hospitals in Paros and Piraeus.",
        "The sister ship MV Iris went down in the same waters in 2011.",
        "Nine of the dead were Greek nationals.",
        "At least 20 of the rescued were treated for hypothermia.",
        "The ship sank in less than 40 minutes.",
        "It was the worst ferry disaster in Greece since 2000, when 80 people died.",
        "Photo: Rescuers carry a survivor ashore in Paros on Saturday (Reuters)",
        "The coastguard has rescued more than 1,000 migrants this year.",
    )
]

MISSED = [
    (SENTENCING, "Daniel Pryce was jailed for seven years."),
    (FERRY, "The MV Aster sank off Naxos early on Saturday."),
    (
        FERRY,
        '"The water came in faster than anyone could have imagined," said a coastguard officer.',
    ),
]

CONTRADICTIONS = [
    (SENTENCING, "Daniel Pryce was jailed at Southwark Crown Court on Monday.", {"jailed:when"}),
    (SENTENCING, "Pryce conned 221 investors.", {"investors:count"}),
    (SENTENCING, "Daniel Pryce, 43, was jailed on Tuesday.", {"age:count"}),
    (
        SENTENCING,
        '"You preyed on people who trusted you with their homes," Judge Osei said.',
        {"judge-quote:quote"},
    ),
    (FERRY, "The MV Aster sank on Friday.", {"sank:when"}),
    (FERRY, "The MV Aster was carrying 241 passengers.", {"passengers:count"}),
    (FERRY, "The coastguard rescued 169 people.", {"rescued:count"}),
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_a_sentence_that_states_nothing_contrary_does_not_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED) == set()


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_for_the_fact_s_own_event_clashes_on_its_slot(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED) == expected


@pytest.mark.parametrize("story, text", MISSED)
def test_contradictions_the_checker_misses_raise_nothing_else(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED) == set()


EARLIER_INSIDE = [
    (SENTENCING, "Pryce was previously jailed for 18 months in 2014 for theft.", set()),
    (SENTENCING, "Daniel Pryce was once jailed in Bristol.", set()),
    # still judged: another word between
    (SENTENCING, "Daniel Pryce was finally jailed on Monday.", {"jailed:when"}),
]
NOT_THERE_BUT = [
    (FERRY, "The vessel did not sink in the harbour but three miles off the coast.", set()),
    (FERRY, "The MV Aster did not sink near Naxos but off Paros.", set()),
    (FERRY, "The MV Aster did not sink on Friday but on Saturday.", set()),
    # still judged: the act denied, the place of the act told
    (FERRY, "The MV Aster did not sink, but was towed to Piraeus.", {"sank:what"}),
    (FERRY, "The MV Aster did not sink in the harbour.", {"sank:what"}),
    (FERRY, "The MV Aster sank near Naxos but off the coast.", {"sank:where"}),
]
THIS_YEAR = [
    (FERRY, "The coastguard has rescued more than 1,000 migrants this year.", set()),
    (FERRY, "The coastguard has rescued 169 people this year.", set()),
    # still judged: the event's count, a ranking in another clause
    (FERRY, "The coastguard rescued 169 people on Saturday.", {"rescued:count"}),
    (FERRY, "The coastguard rescued 169 people, the most this year.", {"rescued:count"}),
    (
        FERRY,
        "The Hellenic Coast Guard rescued 169 people, its biggest rescue this year.",
        {"rescued:count"},
    ),
]


@pytest.mark.parametrize("story, text, expected", EARLIER_INSIDE + NOT_THERE_BUT + THIS_YEAR)
def test_what_is_not_the_fact_s_act_does_not_clash(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED) == expected
