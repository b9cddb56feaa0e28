"""Case table: a number right after the phrase's active verb counts its object, what the fact
counts (`The quake killed 52 people`, `has killed at least 52 people`, `killing 47 people and
injuring 300`: `count.number-after-verb`), when the subject is the fact's who named before the
phrase or the story's event implied. Near-misses: a span of time, `times`, a part (`more`,
`of`), another entity's number, money, a passive, a rate, a negation, a plan, a quotation and
another event's time are not judged."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

QUAKE = """
story: ermenek-quake
date: 2025-04-08
about: [quake]
entities:
  quake: {name: Ermenek earthquake, kind: event, mention_only: [the quake, the earthquake]}
  police: {name: police, aliases: [officers]}
places: {}
facts:
  - id: toll
    who: quake
    what: [killed, killing]
    count: 47
  - id: injured
    who: quake
    what: [injured, injuring]
    count: 312
"""
COMPANY = """
story: acme-cuts
date: 2025-04-08
about: [acme]
entities:
  acme: {name: Acme Motors, aliases: [Acme], kind: organisation}
places: {}
facts:
  - id: jobs
    who: acme
    what: [axed]
    count: 1200
  - id: sold
    who: acme
    what: [sold]
    count: 40000
"""
PLAYER = """
story: cup-final
date: 2025-05-17
about: [okafor]
entities:
  okafor: {name: Tunde Okafor, aliases: [Okafor], kind: person}
  city: {name: Ashdown City, kind: team}
places: {}
facts:
  - id: goals
    who: okafor
    what: [scored]
    count: 3
  - id: earned
    who: okafor
    what: [earned]
    count: 4
  - id: jailed
    who: okafor
    what: [banned]
    count: 6
"""
PUBLISHED = dt.date(2025, 4, 9)
RULE = "count.number-after-verb"


def count_of(text: str, story: str, fact: str) -> tuple[str, str]:
    """The count slot's status and rule on ``text`` ('unstated' when nothing judges it)."""
    for result in check_on(text, story, PUBLISHED):
        if result.fact == fact:
            for slot in result.slots:
                if slot.slot == "count":
                    return slot.status, slot.rule
    raise AssertionError(fact)


UNSTATED = ("unstated", "")


def clash(path: str = f"named/{RULE}") -> tuple[str, str]:
    return "contradicted", path


FITS = ("confirmed", RULE)

TOLL = [
    # the number right after the verb, before a noun: the count of its object
    ("The quake killed 52 people.", clash()),
    ("The quake killed 47 people.", FITS),
    ("The quake has killed at least 52 people.", clash()),
    ("The quake has killed at least 40 people.", ("confirmed", RULE)),
    ("The quake killed about 45 people.", ("confirmed", "count.approximate")),
    ("The earthquake killed 52 villagers and destroyed 300 homes.", clash()),
    # the story's event implied, also with a source named only in a closing attribution
    (
        "A powerful earthquake has killed at least 52 people, officials say.",
        clash(f"implied/{RULE}"),
    ),
    (
        "A strong earthquake killed 52 people, the national disaster agency said.",
        clash(f"implied/{RULE}"),
    ),
    # a part, a word between, another entity's number
    ("The quake killed 52 more people.", UNSTATED),
    ("The quake killed two of the 52 people on board.", UNSTATED),
    ("The quake killed 52 officers.", UNSTATED),
    ("The quake killed 52 people and 12 soldiers.", UNSTATED),
    # another part of the same whole after it, or an increment
    ("The quake killed 40 people in Arequipa and 7 in Cusco.", UNSTATED),
    ("The quake killed 40 people in Arequipa and another 7 in Cusco.", UNSTATED),
    ("The quake killed 40 people in Arequipa, and 7 more died in Cusco.", UNSTATED),
    ("The quake killed 52 people and injured 312.", clash()),
    # a span of time, a rate
    ("The quake killed people 52 hours after the first shock.", UNSTATED),
    ("Such quakes killed 52 people a year.", UNSTATED),
    # another event, a negation, a plan, a quotation
    ("The quake killed 52 people in 2007.", UNSTATED),
    ("The quake also killed 52 people in Chile.", UNSTATED),
    ("The quake previously killed 52 people.", UNSTATED),
    ("The quake's aftershock killed 52 people.", UNSTATED),
    ("The quake killed 52 people two years ago.", UNSTATED),
    ("An earlier quake killed 52 people.", UNSTATED),
    ("The quake did not kill 52 people.", UNSTATED),
    ("The quake could have killed 52 people.", UNSTATED),
    ('"The quake killed 52 people," a witness said.', UNSTATED),
]


@pytest.mark.parametrize("text, expected", TOLL)
def test_a_number_after_the_verb_counts_its_object(text: str, expected: tuple[str, str]) -> None:
    assert count_of(text, QUAKE, "toll") == expected


INJURED = [
    # a number ending its clause after a count and its noun joined by `and`: the noun left out
    ("The quake killed 47 people and injured 300.", clash()),
    ("The quake killed 47 people and injured 312.", FITS),
    (
        "A strong earthquake struck, killing at least 47 people and injuring 300, the agency said.",
        clash(f"implied/{RULE}"),
    ),
    # a number ending its clause with no count before it: no noun to count
    ("The quake injured 300, officials said.", UNSTATED),
    ("The quake injured 300.", UNSTATED),
]


@pytest.mark.parametrize("text, expected", INJURED)
def test_a_left_out_noun(text: str, expected: tuple[str, str]) -> None:
    assert count_of(text, QUAKE, "injured") == expected


PLAYER_CASES = [
    # a person's acts recur (a match's goals, a season's): not read after the verb
    ("Okafor scored 4 goals in the final.", "goals", UNSTATED),
    ("Okafor scored 4 goals on Saturday.", "goals", UNSTATED),
    ("Okafor scored 4 times in the final.", "goals", UNSTATED),
    ("Okafor scored 4, Ashdown City none.", "goals", UNSTATED),
    ("Okafor earned $5 million last season.", "earned", UNSTATED),
    ("Okafor was banned 8 days after the final.", "jailed", UNSTATED),
]


@pytest.mark.parametrize("text, fact, expected", PLAYER_CASES)
def test_other_verbs_and_their_near_misses(text: str, fact: str, expected: tuple[str, str]) -> None:
    assert count_of(text, PLAYER, fact) == expected


COMPANY_CASES = [
    ("Acme axed 1,500 jobs.", "jobs", clash()),
    ("Acme axed 1,200 jobs on Monday.", "jobs", FITS),
    ("Acme sold 35,000 cars, the company said.", "sold", clash()),
    # a month, a place of an organisation's act, money
    ("Acme axed 300 jobs in July.", "jobs", UNSTATED),
    ("Acme axed 300 jobs in Leeds.", "jobs", UNSTATED),
    ("Acme sold 35,000 cars in its first week.", "sold", UNSTATED),
    ("Acme sold \u00a335,000 of shares.", "sold", UNSTATED),
]


@pytest.mark.parametrize("text, fact, expected", COMPANY_CASES)
def test_an_organisations_count(text: str, fact: str, expected: tuple[str, str]) -> None:
    assert count_of(text, COMPANY, fact) == expected
