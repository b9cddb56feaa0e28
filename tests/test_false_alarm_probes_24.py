"""Case table of false alarms found by checking invented stories (a supreme court striking
down a law, a city chosen to host the Olympic Games) written in the shapes news sites use
beside the report itself: a timeline of dated lines, a Q&A explainer (`What happens next?`),
a `Key facts` box, `Read more:` and `Opinion:` links, captions and corrections. The facts were
written first, then the sentences that state nothing contrary to them (``FIRST_RUN``) and those
that state a wrong value for the fact's own event (``CONTRADICTIONS``), each to clash on its
slot, all before the checker first ran on them.

First run (at 7e7ef38): 2 false contradictions in 140 cells (40 sentences, each checked against
every fact of its story), and 4 of the 9 contradictions caught on their slot alone; a fifth,
`The IOC chose Lisbon on Tuesday`, also clashed falsely on its place. All three false clashes
came from the phrasing `chose Lisbon`: a place's name in a phrasing became a slot any place
fills, and the place filling it was judged as where the act was, so `picks Lisbon` placed the
choice in Lisbon, not Lausanne. Now only the names of the fact's `where` and of the places
holding it or held by it become such a slot (`arrived in Russia` for a `where` in Vladivostok);
another place in a phrasing is the phrase's own word, its object (``PHRASE_PLACES``).

The count `million voters` with `count: 40` was never judged: a number takes the scale word
after it as its own, so no number stands before the phrase. `factcheck validate` now warns about
such a phrasing, and the fact is written as it advises (`what: voters`, `count: 40000000`),
which catches `60 million voters`. The contradictions still missed are in ``MISSED``: the act on
the story's own entity (`struck down the Voter Access Act`, the fact listing `struck down`), read
as another act on another entity, as `met Paul Ryan` is; listing the phrasing with its object
catches the date and the denial.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import parse_story
from factcheck.facts import story_warnings
from tests.cases import clashes_on

COURT = """
story: voter-act-ruling
date: 2027-06-14
about: [act]
entities:
  court: {name: Supreme Court, aliases: [the court, the justices], kind: organisation}
  act: {name: Voter Access Act, kind: product, mention_only: [the act]}
  delgado: {name: Chief Justice Maria Delgado, aliases: [Delgado, Chief Justice Delgado],
    kind: person}
  kessler: {name: Justice Paul Kessler, aliases: [Kessler, Justice Kessler], kind: person}
places:
  us: {name: United States, aliases: [US, U.S.]}
  washington: {name: Washington, in: us}
facts:
  - id: struck
    who: court
    what: [struck down, overturned]
    when: 2027-06-14
    where: washington
  - id: voters
    who: act
    what: [voters]
    count: 40000000
  - id: delgado-quote
    who: delgado
    quote: The Constitution does not bend to the convenience of the moment
  - id: kessler-quote
    who: kessler
    quote: Today the court abandons millions of voters
"""

OLYMPICS = """
story: lisbon-2036
date: 2027-07-21
about: [lisbon-bid]
entities:
  ioc: {name: International Olympic Committee, aliases: [IOC], kind: organisation}
  lisbon-bid: {name: Lisbon 2036, kind: organisation}
  berg: {name: Anna Berg, aliases: [Berg, Ms Berg], kind: person}
places:
  portugal: {name: Portugal}
  lisbon: {name: Lisbon, in: portugal}
  switzerland: {name: Switzerland}
  lausanne: {name: Lausanne, in: switzerland}
facts:
  - id: chose
    who: ioc
    what: [chose Lisbon, picked Lisbon, awarded the Games to Lisbon, elected Lisbon]
    when: 2027-07-21
    where: lausanne
  - id: votes
    who: lisbon-bid
    what: [won, votes in the final round]
    count: 52
  - id: berg-quote
    who: berg
    quote: Lisbon offered the most sustainable Games we have seen
"""

PUBLISHED = {
    COURT: dt.date(2027, 6, 15),  # a Tuesday: Monday is June 14
    OLYMPICS: dt.date(2027, 7, 22),  # a Thursday: Wednesday is July 21
}

FIRST_RUN = [
    (COURT, s)
    for s in (
        "What did the court decide?",
        "Timeline: 2021 - Congress passes the Voter Access Act.",
        "March 2024 - A federal court in Texas struck down part of the act.",
        "June 14, 2027 - The Supreme Court strikes down the act.",
        "The Supreme Court last struck down a voting law in 2013.",
        "Key facts: The act covered about 40 million voters in 14 states.",
        "What happens next? Congress could pass a new law as early as next year.",
        "The court will hear a related case in October.",
        "Justice Kessler, who joined the court in 2019, wrote the dissent.",
        "In a 2025 ruling, the court upheld a similar law in Ohio.",
        "Read more: Supreme Court overturns 1973 ruling (2022)",
        "Photo: Supporters of the act outside the court in Washington on Sunday.",
        "The court did not overturn the act's 2023 amendment.",
        "Lower courts had struck down the law twice, in 2023 and 2025.",
        "Opinion: Why the court was wrong to strike down the act",
        "About 3 million voters registered under the act in its first year.",
        "Delgado, 61, has served as chief justice since 2023.",
        "The decision was announced shortly after 10am.",
        "Correction: An earlier version of this article said the court ruled 5-4.",
        "Twelve million voters in 2024 used the act's mail-in provisions.",
    )
] + [
    (OLYMPICS, s)
    for s in (
        "Timeline: how Lisbon won the Games",
        "2016 - Lisbon first announces a bid for the 2028 Games.",
        "2021 - The IOC chose Brisbane for 2032 without a contest.",
        "2027 - The IOC picks Lisbon for 2036.",
        "Why did the IOC choose Lisbon?",
        "Key facts: 90 IOC members voted; Lisbon needed 46 votes.",
        "Doha finished second with 31 votes, Santiago third with 7.",
        "In the first round, Lisbon won 44 votes.",
        "Lisbon last hosted a major sporting event, the Euro 2004 final, in 2004.",
        "The IOC will choose the host of the 2040 Games in Mumbai in 2029.",
        "What happens next? Lisbon must sign the host city contract by December.",
        "Photo: Lisbon's delegation celebrates in Lausanne on Wednesday.",
        "Read more: IOC picked Paris and Los Angeles in 2017",
        "Berg, who was elected IOC president in 2025, announced the result.",
        "The IOC did not choose Lisbon in 2019, when it bid for the Youth Games.",
        "Lisbon's bid was backed by 85% of residents in a 2026 poll.",
        "Correction: An earlier version said Lisbon won 53 votes in the first round.",
        '"We have waited 40 years for this," said the mayor of Lisbon.',
        "Lisbon will become the 25th city to host the Summer Games.",
        "Opinion: Lisbon's Games must not repeat the mistakes of Athens 2004",
    )
]

MISSED = [
    (COURT, "The Supreme Court struck down the Voter Access Act on Friday."),
    (COURT, "The Supreme Court struck down the Voter Access Act in Atlanta."),
    (COURT, "The Supreme Court did not strike down the Voter Access Act."),
]

CONTRADICTIONS = [
    (COURT, "The Voter Access Act covered 60 million voters.", {"voters:count"}),
    (
        COURT,
        '"The Constitution does not yield to the convenience of the moment," Delgado wrote.',
        {"delgado-quote:quote"},
    ),
    (OLYMPICS, "The IOC chose Lisbon on Tuesday.", {"chose:when"}),
    (OLYMPICS, "The IOC picked Lisbon at a meeting in Geneva.", {"chose:where"}),
    (OLYMPICS, "Lisbon 2036 won 58 votes in the final round.", {"votes:count"}),
    (
        OLYMPICS,
        '"Lisbon offered the most expensive Games we have seen," said Anna Berg.',
        {"berg-quote:quote"},
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


PHRASE_PLACES = [
    # a place in a phrasing that is not the fact's `where`, nor holds it, is the phrase's object
    (OLYMPICS, "2027 - The IOC picks Lisbon for 2036.", set()),
    (OLYMPICS, "Why did the IOC choose Lisbon?", set()),
    (OLYMPICS, "The IOC chose Lisbon on Tuesday.", {"chose:when"}),
    (OLYMPICS, "The IOC chose Paris on Tuesday.", set()),  # another choice
    (OLYMPICS, "The IOC picked Lisbon at a meeting in Geneva.", {"chose:where"}),
    (OLYMPICS, "The IOC picked Lisbon at a meeting in Lausanne.", set()),
]


@pytest.mark.parametrize("story, text, expected", PHRASE_PLACES)
def test_a_place_in_a_phrasing_that_is_not_where_the_act_was_is_its_own_word(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


def test_a_count_written_with_its_scale_word_is_warned_about() -> None:
    story = parse_story(
        COURT.replace(
            "what: [voters]\n    count: 40000000", "what: [million voters]\n    count: 40"
        ),
        "story.yaml",
    )
    (warning,) = story_warnings(story)
    assert "'million voters'" in warning.message
    assert "count: 40000000" in warning.better
