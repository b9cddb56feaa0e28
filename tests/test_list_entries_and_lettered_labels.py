"""Case tables of two ways a sentence ends that the splitter used to miss.

A capital letter after a label written with a capital (`Group D`, `Plan B`, `Terminal C`) is no
initial: a full stop after it ends the sentence, so `to win Group D. The day before, Portugal
made it` is two sentences, and the second's `The day before` is not read as the first's date.
`George W. Bush` and `the class J. K. Rowling taught` go on.

A line of a list of entries, a short capitalised label and a colon before its value (`England
(Group A): 10th appearance`), stops without a full stop but is no text wrapped at a fixed width:
such lines are not counted when the splitter decides whether single line breaks are spaces, so a
list of them is one sentence a line, and Wales's `Second appearance` is not read against
England's `10th` on the line above. A text wrapped at a fixed width with one such line in it is
still read as wrapped."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.articles import split_sentences
from tests.cases import clashes_on


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Switzerland beat Gibraltar 6-0 to win Group D. The day before, Portugal made it.",
            ["Switzerland beat Gibraltar 6-0 to win Group D.", "The day before, Portugal made it."],
        ),
        ("They switched to Plan B. Smith left.", ["They switched to Plan B.", "Smith left."]),
        (
            "Passengers waited at Terminal C. The flight was late.",
            ["Passengers waited at Terminal C.", "The flight was late."],
        ),
        # near-misses: an initial after a first name, after a label in lower case
        ("George W. Bush spoke on Monday.", ["George W. Bush spoke on Monday."]),
        ("He met John D. Rockefeller.", ["He met John D. Rockefeller."]),
        (
            "She joined the class J. K. Rowling taught.",
            ["She joined the class J. K. Rowling taught."],
        ),
    ],
)
def test_a_lettered_label_ends_a_sentence(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


LIST = (
    "Qualified teams\n"
    "England (Group A): 10th appearance\n"
    "Czech Republic (Group A): Seventh appearance\n"
    "Germany (Group C): 13th appearance\n"
    "Wales (Group E): Second appearance\n"
)

WRAPPED = (
    "The minister said on Monday that the\n"
    "Union leaders: strikes would follow if the\n"
    "plan went ahead despite the protests\n"
    "of the unions, who had warned of a long\n"
    "dispute over pay.\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            LIST,
            [
                "Qualified teams",
                "England (Group A): 10th appearance",
                "Czech Republic (Group A): Seventh appearance",
                "Germany (Group C): 13th appearance",
                "Wales (Group E): Second appearance",
            ],
        ),
        (
            "Path A: Iceland, Bulgaria\nPath B: Slovakia, Ireland\nPath C: Scotland, Norway\n"
            "Path D: Georgia, Kosovo\n",
            [
                "Path A: Iceland, Bulgaria",
                "Path B: Slovakia, Ireland",
                "Path C: Scotland, Norway",
                "Path D: Georgia, Kosovo",
            ],
        ),
        # near-miss: a text wrapped at a fixed width, one line of it label-like
        (WRAPPED, [" ".join(WRAPPED.split())]),
    ],
)
def test_a_list_of_entries_is_a_sentence_a_line(text: str, expected: list[str]) -> None:
    assert [" ".join(s.text.split()) for s in split_sentences(text)] == expected


STORY = """
story: euro-qualifying
date: 2019-11-19
about: [wales]
entities:
  wales: {name: Wales, kind: team}
  germany: {name: Germany, kind: team}
  switzerland: {name: Switzerland, kind: team}
facts:
  - id: wales-second-appearance
    who: wales
    what: [appearance]
    count: 2
    ordinal: true
  - id: germany-13th-appearance
    who: germany
    what: [appearance]
    count: 13
    ordinal: true
  - id: switzerland-beat-gibraltar
    who: switzerland
    what: [beat Gibraltar]
    when: 2019-11-18
"""

PUBLISHED = dt.date(2019, 11, 19)


def test_each_team_is_read_on_its_own_line() -> None:
    text = "Wales made it on Tuesday.\n\n" + LIST
    assert clashes_on(text, STORY, PUBLISHED) == set()


def test_a_team_on_its_own_line_is_still_judged() -> None:
    text = "Wales made it on Tuesday.\n\n" + LIST.replace("Second appearance", "Third appearance")
    assert clashes_on(text, STORY, PUBLISHED) == {"wales-second-appearance:count"}


def test_the_next_sentence_keeps_its_own_date() -> None:
    text = (
        "On Monday, Switzerland and Denmark clinched. Denmark drew, while Switzerland beat "
        "Gibraltar 6-0 to win Group D. The day before, Portugal made it."
    )
    assert clashes_on(text, STORY, PUBLISHED) == set()
