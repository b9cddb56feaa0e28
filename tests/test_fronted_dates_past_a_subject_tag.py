"""Case table: a date fronted before the subject (`In September,`, `On Sept. 3,`) dates the
phrase past an age or a member of Congress's party-and-state tag in apposition to the subject's
name (`In September, Rep. Dana Whitcombe, R-Ohio, visited the border`, `On Sept. 3, Whitcombe,
61, visited the border`): the tag's two commas are no clause break (rule
`when.date-fronted-past-tag`).

Still not judged: any other apposition (`Whitcombe, a Republican, visited`), a name coordinated
past the tag (`Whitcombe, 61, and his aides visited`), a relative clause after it (`Whitcombe,
R-Ohio, who had toured Laredo, visited`), the tagged name not the subject (`the aide to Whitcombe,
R-Ohio, visited`), and a year fronted before a verb of saying (`In 2014, Whitcombe, R-Ohio, said
he had visited`), as without the tag.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on, verdict

STORY = """
story: border-visit
date: 2019-11-18
about: [whitcombe]
entities:
  whitcombe:
    name: Dana Whitcombe
    aliases: [Rep. Dana Whitcombe, Whitcombe]
    kind: person
places:
  usa: {name: United States, aliases: [U.S., US]}
  texas: {name: Texas, in: usa}
  laredo: {name: Laredo, in: texas}
facts:
  - id: visited-border
    who: whitcombe
    what: [visited the U.S.-Mexico border]
    where: laredo
    when: 2019-10
"""
PUBLISHED = dt.date(2019, 11, 18)

CASES = [
    # judged past the tag: a party-and-state tag, an age
    (
        "In September, Rep. Dana Whitcombe, R-Ohio, visited the U.S.-Mexico border near Laredo, "
        "Texas.",
        ("contradicted", "when"),
    ),
    (
        "In October, Rep. Dana Whitcombe, R-Ohio, visited the U.S.-Mexico border near Laredo, "
        "Texas.",
        ("consistent", ""),
    ),
    ("On Sept. 3, Whitcombe, 61, visited the U.S.-Mexico border.", ("contradicted", "when")),
    ("On Oct. 3, Whitcombe, D-N.Y., visited the U.S.-Mexico border.", ("consistent", "")),
    ("In September, Whitcombe, R-W.Va., visited the U.S.-Mexico border.", ("contradicted", "when")),
    # as before, with no tag
    ("In September, Rep. Dana Whitcombe visited the U.S.-Mexico border.", ("contradicted", "when")),
    # still not judged
    ("In September, Whitcombe, a Republican, visited the U.S.-Mexico border.", ("consistent", "")),
    (
        "In September, Whitcombe, 61, and his aides visited the U.S.-Mexico border.",
        ("consistent", ""),
    ),
    (
        "On Sept. 3, Whitcombe, R-Ohio, who had toured Laredo, visited the U.S.-Mexico border.",
        ("consistent", ""),
    ),
    (
        "In September, the aide to Whitcombe, R-Ohio, visited the U.S.-Mexico border.",
        ("omitted", ""),
    ),
    (
        "In 2014, Whitcombe, R-Ohio, said he had visited the U.S.-Mexico border.",
        ("consistent", ""),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fronted_date_past_a_subject_tag(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, STORY, PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In September, Rep. Dana Whitcombe, R-Ohio, visited the U.S.-Mexico border.",
        "In October, Rep. Dana Whitcombe, R-Ohio, visited the U.S.-Mexico border.",
        "On Sept. 3, Whitcombe, 61, visited the U.S.-Mexico border.",
    ],
)
def test_the_rule_is_named(text: str) -> None:
    (result,) = check_on(text, STORY, PUBLISHED)
    (when,) = [s for s in result.slots if s.slot == "when"]
    assert when.rule.endswith("when.date-fronted-past-tag")
