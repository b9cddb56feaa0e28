"""Case table of false alarms found by probing invented stories for quotes and their speakers
(quarterly results with the chief executive quoted, a wildfire with the fire chief quoted, a
minister's resignation statement and a rival's reaction): a quote said in another year than
the fact's (`Quill said in 2019`) is another statement, and `replied` names a speaker; the
near-misses that give the fact's own statement wrongly or to another speaker still clash."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on, clashes_on

RESULTS = """
story: halvorsen-q3-results
date: 2025-10-23
about: [halvorsen, okafor]
entities:
  halvorsen: {name: Halvorsen Foods, aliases: [Halvorsen], kind: organisation}
  okafor: {name: Miriam Okafor, aliases: [Okafor, Ms Okafor], kind: person}
  brandt: {name: Tobias Brandt, aliases: [Brandt], kind: person}
facts:
  - id: okafor-quote
    who: okafor
    quote: We have delivered a quarter of real momentum and our customers are coming back to us
  - id: revenue
    who: halvorsen
    what: [revenue]
    count: 4200000000
  - id: profit
    who: halvorsen
    what: [pre-tax profit]
    count: 310000000
"""

WILDFIRE = """
story: ridgeback-fire
date: 2025-08-14
about: [fire, deluca]
entities:
  fire: {name: Ridgeback Fire, aliases: [the Ridgeback blaze], kind: event}
  deluca: {name: Renata DeLuca, aliases: [DeLuca, Chief DeLuca], kind: person}
  county: {name: Tamsin County Fire Service, aliases: [the fire service], kind: organisation}
places:
  california: {name: California}
  tamsin: {name: Tamsin County, in: california}
facts:
  - id: deluca-quote
    who: deluca
    quote: The wind turned on us overnight and we lost the ridge, but nobody has been hurt
  - id: burned
    who: fire
    what: [hectares]
    count: 12000
  - id: contained
    who: fire
    what: [contained]
    count: 35
    unit: "%"
"""

RESIGN = """
story: marsh-resigns
date: 2025-03-04
about: [marsh, quill]
entities:
  marsh: {name: Eleanor Marsh, aliases: [Marsh, Ms Marsh], kind: person}
  quill: {name: Gareth Quill, aliases: [Quill, Mr Quill], kind: person}
facts:
  - id: resigned
    who: marsh
    what: [resigned]
    when: 2025-03-04
  - id: marsh-statement
    who: marsh
    quote: I can no longer serve in a government that has lost sight of the people
      it was elected to protect
  - id: quill-reaction
    who: quill
    quote: This is a resignation long overdue and it changes nothing about the failures
      of her department
"""

STORIES = {
    "results": (RESULTS, dt.date(2025, 10, 23)),
    "wildfire": (WILDFIRE, dt.date(2025, 8, 14)),
    "resign": (RESIGN, dt.date(2025, 3, 4)),
}
Q1 = "We have delivered a quarter of real momentum and our customers are coming back to us"
Q2 = "The wind turned on us overnight and we lost the ridge, but nobody has been hurt"
Q3 = (
    "I can no longer serve in a government that has lost sight of the people it was elected to "
    "protect"
)
Q4 = (
    "This is a resignation long overdue and it changes nothing about the failures of her department"
)
CASES = [
    ("results", f'"{Q1}," chief executive Miriam Okafor said.', set(), "okafor-quote"),
    ("results", f'Miriam Okafor, the chief executive, said: "{Q1}."', set(), "okafor-quote"),
    ("results", f'Halvorsen Foods said revenue rose. "{Q1}," she said.', set(), None),
    (
        "results",
        f'Ms Okafor said the results were strong. "{Q1}," she said.',
        set(),
        "okafor-quote",
    ),
    (
        "results",
        '"We have delivered a quarter of real momentum," Ms Okafor said, "and our customers are '
        'coming back to us."',
        set(),
        "okafor-quote",
    ),
    ("results", f"Okafor told analysts on a call: \u201c{Q1}.\u201d", set(), "okafor-quote"),
    (
        "results",
        '"We have delivered a quarter of real momentum ... our customers are coming back to us," '
        "Okafor said.",
        set(),
        "okafor-quote",
    ),
    (
        "results",
        '"We have delivered a quarter of real momentum and our customers [at Halvorsen] are '
        'coming back to us," Okafor said.',
        set(),
        "okafor-quote",
    ),
    (
        "results",
        'Okafor said the company had delivered "a quarter of real momentum".',
        set(),
        "okafor-quote",
    ),
    (
        "results",
        'Okafor said customers were "coming back to us" after a difficult year.',
        set(),
        None,
    ),
    (
        "results",
        "Okafor said the firm had delivered a quarter of real momentum and that customers were "
        "coming back.",
        set(),
        None,
    ),
    (
        "results",
        '"Our customers are not coming back to us yet," analyst Tobias Brandt said.',
        set(),
        None,
    ),
    ("results", '"It is a quarter of real momentum for the sector," Brandt said.', set(), None),
    (
        "results",
        "Halvorsen Foods reported revenue of £4.2bn and a pre-tax profit of £310m.",
        set(),
        None,
    ),
    (
        "results",
        "Halvorsen Foods reported revenue of $4.2 billion, up 6%, and pre-tax profit of $310 "
        "million.",
        set(),
        None,
    ),
    (
        "results",
        "Halvorsen made a pre-tax profit of £310m, up from £280m a year earlier.",
        set(),
        "profit",
    ),
    ("results", 'HEADLINE: Halvorsen boss: "Customers are coming back to us"', set(), None),
    ("results", f'"{Q1.replace("real", "steady")}," Okafor said.', {"okafor-quote:quote"}, None),
    (
        "results",
        '"We have not delivered a quarter of real momentum and our customers are coming back to '
        'us," Okafor said.',
        {"okafor-quote:quote"},
        None,
    ),
    ("results", f'"{Q1}," analyst Tobias Brandt said.', {"okafor-quote:who"}, None),
    ("wildfire", f'"{Q2}," Fire Chief Renata DeLuca said.', set(), "deluca-quote"),
    ("wildfire", f'Chief DeLuca said: "{Q2}."', set(), "deluca-quote"),
    (
        "wildfire",
        '"The wind turned on us overnight and we lost the ridge," DeLuca said, "but nobody has '
        'been hurt."',
        set(),
        "deluca-quote",
    ),
    (
        "wildfire",
        f'DeLuca spoke at a briefing on Thursday.\n\n"{Q2}," she said.',
        set(),
        "deluca-quote",
    ),
    (
        "wildfire",
        '"The wind turned on us overnight and we lost the ridge ... nobody has been hurt," '
        "DeLuca said.",
        set(),
        "deluca-quote",
    ),
    ("wildfire", 'DeLuca said crews had "lost the ridge" overnight.', set(), None),
    (
        "wildfire",
        "DeLuca said the wind turned on crews overnight and they lost the ridge, but nobody was "
        "hurt.",
        set(),
        None,
    ),
    (
        "wildfire",
        '"We lost the house and nearly lost the dog," said resident Carla Moss.',
        set(),
        None,
    ),
    ("wildfire", '"Nobody has been hurt so far, thank God," a resident said.', set(), None),
    (
        "wildfire",
        "The Ridgeback Fire has burned 12,000 hectares and is 35% contained.",
        set(),
        None,
    ),
    (
        "wildfire",
        "The Ridgeback blaze had burned about 12,000 hectares by Thursday and was 35 per cent "
        "contained, officials said.",
        set(),
        None,
    ),
    (
        "wildfire",
        "The fire, which began on Monday, has scorched more than 12,000 hectares (30,000 acres).",
        set(),
        None,
    ),
    ("wildfire", "Last year a fire in the same county burned 4,000 hectares.", set(), None),
    (
        "wildfire",
        "The blaze was 20% contained on Tuesday but crews have since pushed that to 35%.",
        set(),
        None,
    ),
    (
        "wildfire",
        'Tamsin County Fire Service posted on X: "The wind turned on us overnight and we lost '
        'the ridge, but nobody has been hurt."',
        set(),
        None,
    ),
    ("wildfire", "The Ridgeback Fire has burned 15,000 hectares.", {"burned:count"}, None),
    (
        "wildfire",
        '"The wind turned on us overnight and we lost the ridge, but somebody has been hurt," '
        "DeLuca said.",
        {"deluca-quote:quote"},
        None,
    ),
    ("resign", f'"{Q3}," Marsh said in her resignation letter.', set(), "marsh-statement"),
    ("resign", f"In a statement, Eleanor Marsh said: \u201c{Q3}.\u201d", set(), "marsh-statement"),
    (
        "resign",
        '"I can no longer serve in a government," Ms Marsh wrote, "that has lost sight of the '
        'people it was elected to protect."',
        set(),
        "marsh-statement",
    ),
    ("resign", f'Marsh resigned on Tuesday.\n\n"{Q3}," she said.', set(), "marsh-statement"),
    ("resign", f'"{Q4}," said Gareth Quill, the opposition spokesman.', set(), "quill-reaction"),
    ("resign", 'Quill said the resignation was "long overdue".', set(), None),
    ("resign", f'Quill said: "{Q4}." Marsh said she had done her best.', set(), "quill-reaction"),
    ("resign", '"The government has lost sight of the people," Quill said.', set(), None),
    (
        "resign",
        "Mr Quill said a government that had lost sight of the people it was elected to protect "
        "should go.",
        set(),
        None,
    ),
    (
        "resign",
        "Marsh said she could no longer serve in a government that had lost sight of the people "
        "it was elected to protect.",
        set(),
        None,
    ),
    (
        "resign",
        '"I can no longer serve in this role," Quill said in 2019 when he left the cabinet.',
        set(),
        None,
    ),
    (
        "resign",
        'Marsh, who resigned on Tuesday, tweeted: "I can no longer serve in a government that '
        'has lost sight of the people it was elected to protect."',
        set(),
        "marsh-statement",
    ),
    ("resign", f'"{Q3}," Marsh said. "{Q4}," Quill replied.', set(), None),
    ("resign", f'"{Q3}," Quill said.', {"marsh-statement:who"}, None),
    (
        "resign",
        '"I can still serve in a government that has lost sight of the people it was elected to '
        'protect," Marsh said.',
        {"marsh-statement:quote"},
        None,
    ),
    (
        "resign",
        '"This is a resignation long overdue and it changes everything about the failures of her '
        'department," Quill said.',
        {"quill-reaction:quote"},
        None,
    ),
    ("resign", "Eleanor Marsh resigned on Monday.", {"resigned:when"}, None),
]


@pytest.mark.parametrize("story, text, expected, faithful", CASES)
def test_probe(story: str, text: str, expected: set[str], faithful: str | None) -> None:
    yaml, published = STORIES[story]
    assert clashes_on(text, yaml, published) == expected
    if faithful is not None:
        statuses = {r.fact: r.status for r in check_on(text, yaml, published)}
        assert statuses[faithful] == "consistent"


SHORT = '"I can no longer serve in this role," Marsh said'


@pytest.mark.parametrize(
    "text, expected",
    [
        # said in another year than the story's: another statement, nothing judged
        (f"{SHORT} in 2019 when he left the cabinet.", set()),
        (f"{SHORT} during 2019.", set()),
        (f"{SHORT} to the BBC in 2019.", set()),
        # near-misses: said this year, or no year of the saying
        (f"{SHORT} on Tuesday.", {"marsh-statement:quote"}),
        (f"{SHORT} in 2025.", {"marsh-statement:quote"}),
        (f"{SHORT} of the 2019 election.", {"marsh-statement:quote"}),
        (f"{SHORT} in 2019 Budget talks.", {"marsh-statement:quote"}),
        # `replied` names the speaker: the quote is not carried from the sentence before
        (f'"{Q3}," Marsh said. "{Q4}," Quill replied.', set()),
        (
            f'"{Q4}," Marsh said. "{Q3}," Quill replied.',
            {"marsh-statement:who", "quill-reaction:who"},
        ),
        (f'Marsh resigned.\n\n"{Q3}," Quill replied.', {"marsh-statement:who"}),
    ],
)
def test_said_in_another_year_and_replied(text: str, expected: set[str]) -> None:
    assert clashes_on(text, RESIGN, dt.date(2025, 3, 4)) == expected
