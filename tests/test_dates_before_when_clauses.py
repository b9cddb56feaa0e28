"""Case table: a date right before a `when` clause that holds the phrase dates the clause's act
(`The couple was outside a club on Dec. 28 when a man attacked Rene`): the clause tells what
happened at that date. Rule `when.date-before-when-clause`. A day is judged; a month or a year
before `when`, or a day after a future or a plan in the main clause (`will play out Thursday
night when the top 10 face off`: the act to come may be another occurrence), only confirms.
Near-misses, whose date is not judged: a question's `when` (`asked on Tuesday when`), a habit
(`every Tuesday when`), another date in the sentence, a past perfect, a modal, a negation or a
reporting verb in the clause, a clause break before the phrase (a relative clause, `, and`), the
phrase past more than eight words, a date after `since`, and a date fronted before a comma
(`On Tuesday, when ...`, the fronted rule's case, `tests/test_fronted_dates_of_when_clauses.py`).

At the first run the shape was never read: `on Dec. 27 when he was attacked` and `on Dec. 26
when a man with a box cutter attacked Rene` (tests/corpus/real-news/edits.yaml, both found only
through a pronoun opening a subordinate clause or a phrase that writes the name, so a clash
there stays doubtful) and `will play out Thursday night when the top 10 face off` (a future:
now confirm only) were missed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import slot_verdict

DERBY = """
story: derby-2016
date: 2016-11-09
about: [rovers]
entities:
  rovers: {name: Rovers, aliases: [Bristol Rovers], kind: organisation}
  city: {name: City, kind: organisation}
places: {}
facts:
  - id: rovers-won-derby
    who: rovers
    what: [won the derby]
    when: 2016-11-09
"""
THU = dt.date(2016, 11, 10)
"""Published on Thursday 10 November; the derby was won on Wednesday 9 November."""

CONFIRMED = ("consistent", "confirmed", "when.date-before-when-clause")
CLASH = ("contradicted", "contradicted", "named/when.date-before-when-clause")
NOT_JUDGED = ("consistent", "unstated", "")


def when_slot(text: str, published: dt.date = THU) -> tuple[str, str, str]:
    """The fact's status, its `when` slot's status and the rule that read it."""
    return slot_verdict(text, DERBY, published, "when")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the fact's day, and another day, before the clause
        ("Fans were outside the ground on Wednesday when Rovers won the derby.", CONFIRMED),
        ("Fans were outside the ground on Tuesday when Rovers won the derby.", CLASH),
        ("Fans were outside the ground on Nov. 9 when Rovers won the derby.", CONFIRMED),
        ("Fans were outside the ground on Nov. 8 when Rovers won the derby.", CLASH),
        # a part of the day, a comma, the date opening the sentence with no comma
        ("Fans were outside the ground Tuesday night when Rovers won the derby.", CLASH),
        ("Fans were outside the ground on Tuesday, when Rovers won the derby.", CLASH),
        ("On Tuesday when Rovers won the derby, the fans cheered.", CLASH),
        # a month or a year only confirms
        ("Fans were outside the ground in November when Rovers won the derby.", CONFIRMED),
        ("Fans were outside the ground in October when Rovers won the derby.", NOT_JUDGED),
        # a future in the main clause only confirms: the act to come may be another occurrence
        (
            "The fans will gather outside the ground on Friday when Rovers win the derby.",
            NOT_JUDGED,
        ),
        # a question's `when`, a habit
        ("Fans were asked on Tuesday when Rovers won the derby.", NOT_JUDGED),
        ("Officials were unsure on Tuesday when Rovers won the derby.", NOT_JUDGED),
        ("Fans gather every Tuesday when Rovers won the derby.", NOT_JUDGED),
        # another date in the sentence
        (
            "Fans were outside the ground on Tuesday when Rovers won the derby, a year after the"
            " Nov. 2 final.",
            NOT_JUDGED,
        ),
        # a past perfect, a modal, a negation, a report in the clause
        ("Fans were outside the ground on Tuesday when Rovers had won the derby.", NOT_JUDGED),
        ("Fans were outside the ground on Tuesday when Rovers could win the derby.", NOT_JUDGED),
        (
            "Fans were outside the ground on Tuesday when officials said Rovers won the derby.",
            NOT_JUDGED,
        ),
        # a clause break before the phrase, a phrase further in than eight words
        (
            "Fans were outside the ground on Tuesday when Rovers, who were top, won the derby.",
            NOT_JUDGED,
        ),
        (
            "Fans were outside the ground on Tuesday when the stewards opened the gates, and"
            " Rovers won the derby.",
            NOT_JUDGED,
        ),
        (
            "Fans were outside on Tuesday when Rovers and their many loyal fans from the old"
            " town won the derby.",
            NOT_JUDGED,
        ),
        # a date after `since` is a stretch's start
        ("Fans have waited since Tuesday when Rovers won the derby.", NOT_JUDGED),
        # a date fronted before a comma: the fronted rule's case
        (
            "On Tuesday, when Rovers won the derby, the fans cheered.",
            ("contradicted", "contradicted", "named/when.date-fronted-when-clause"),
        ),
    ],
)
def test_a_date_before_a_when_clause_dates_its_act(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert when_slot(text) == expected
