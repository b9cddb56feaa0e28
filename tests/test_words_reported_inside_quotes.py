"""Case table of quotes whose speaker reports, inside them and without quotation marks of their
own, what someone else said (`Paul Brooke said: "The judge said he paid for that choice with his
life."`): the fact's words there are given as another one's, so the quote's attribution names
no speaker of them and the fact's `who` is not judged (``REPORTED``). The speaker's own words,
a report in the first person (`I said`, `We said`), a sentence of the quote with no verb of
saying, and a report that stands in another sentence of the quote than the fact's words are
still judged (``JUDGED``). Such a report is the speaker's own rendering of the other one's
words, not a quotation of them: when it reads differently, neither is the quote judged
(``REPORTED_IN_OTHER_WORDS``); the fact's speaker giving other words is (``MISQUOTES``). Found
by the sentencing table (tests/test_false_alarm_probes_89.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

STORY = """story: hale-sentencing
date: 2027-03-12
about: [hale]
entities:
  hale: {name: Connor Hale, aliases: [Hale], kind: person}
  brooke: {name: Paul Brooke, aliases: [Brooke, Mr Brooke], kind: person}
  whitcombe: {name: Judge Helen Whitcombe, aliases: [Judge Whitcombe, Whitcombe], kind: person}
facts:
  - id: judge-quote
    who: whitcombe
    quote: You took a knife into a crowded street and a young man paid for that choice with his life
"""
PUBLISHED = dt.date(2027, 3, 13)

REPORTED = [
    # a sentence of the quote opens by reporting another one's words: not judged
    'Paul Brooke said: "The judge said he paid for that choice with his life. We pay for it every'
    ' day."',
    'Brooke said: "She told us that he paid for that choice with his life. We pay for it every'
    ' day."',
    'Brooke said: "Whitcombe says he paid for that choice with his life. We pay for it every day."',
    'Brooke told reporters: "The judge told the court that he paid for that choice with his life.'
    ' We pay for it every day."',
]


@pytest.mark.parametrize("text", REPORTED)
def test_words_reported_as_another_one_s_leave_the_speaker_unjudged(text: str) -> None:
    assert clashes_on(text, STORY, PUBLISHED) == set()


JUDGED = [
    # a report in the first person, no verb of saying, or the report in another sentence of the
    # quote: the quote is the speaker's, given to the wrong one
    'Brooke said: "I said he paid for that choice with his life. We pay for it every day."',
    'Brooke said: "We said he paid for that choice with his life. We pay for it every day."',
    'Brooke said: "The judge was right: he paid for that choice with his life. We pay for it every'
    ' day."',
    'Brooke said: "The judge said it plainly. He paid for that choice with his life. We pay for it'
    ' every day."',
]


@pytest.mark.parametrize("text", JUDGED)
def test_the_speaker_s_own_words_are_judged(text: str) -> None:
    assert clashes_on(text, STORY, PUBLISHED) == {"judge-quote:who"}


REPORTED_IN_OTHER_WORDS = [
    # the report's words differ from the fact's as a whole quote: neither slot is judged
    'Brooke said: "Whitcombe says a young man paid for that choice with his life."',
    'Brooke said: "She says a young man paid for that choice with his life."',
    'Brooke said: "They said a young man paid for that choice with his life."',
]


@pytest.mark.parametrize("text", REPORTED_IN_OTHER_WORDS)
def test_a_report_in_other_words_is_no_misquote(text: str) -> None:
    assert clashes_on(text, STORY, PUBLISHED) == set()


MISQUOTES = [
    # the fact's speaker, giving the words as the speaker's own or as a report: judged
    'Judge Whitcombe said: "The jury said you took a gun into a crowded street and a young man'
    ' paid for that choice with his life."',
    'Judge Whitcombe said: "You took a knife into a crowded street and a young man paid for that'
    ' choice with his freedom."',
    'Judge Whitcombe said: "You took a gun into a crowded street and a young man paid for that'
    ' choice with his life."',
]


@pytest.mark.parametrize("text", MISQUOTES)
def test_the_speaker_s_changed_words_are_a_misquote(text: str) -> None:
    assert clashes_on(text, STORY, PUBLISHED) == {"judge-quote:quote"}
