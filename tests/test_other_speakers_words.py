"""Case table of quotes given to speakers in the ways news copy gives them, checked for false
alarms on the fact's `who` and `quote`: the fact's words in a longer statement, in two pieces,
with an ellipsis or a bracketed insertion, after a paragraph break, repeated or read out by
someone else, in an embedded post, nested in another speaker's quote; and another speaker's
own words that share many of the fact's (`"Sakai should take full responsibility ...," Tanaka
said`). The sentences were written before the checker first ran on them, in two rounds of
twenty, with the contradictions (``CONTRADICTIONS``) each meant to clash on its slot.

First run (at 97e6e92): no false contradiction in the first twenty sentences, four in the
second twenty, and all nine contradictions caught on their slot. The four, each now left
unjudged by its own rule (tables below): two quotes of another entity of the story whose words
differ from the fact's (`"Sakai should take full responsibility for the election result,"
Tanaka said`), read as the fact's quote misquoted and given to the wrong speaker; one such
quote whose speech verb was not read (`Tanaka quipped`); and the fact's words nested in another
speaker's quote (`Tanaka tweeted: "Sakai says 'I take ...'. Too late."`), given to Tanaka.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

STORY = """
story: sakai-resigns
date: 2027-09-14
about: [sakai]
entities:
  sakai: {name: Prime Minister Haruto Sakai, aliases: [Haruto Sakai, Sakai, Mr Sakai], kind: person}
  tanaka: {name: Aiko Tanaka, aliases: [Tanaka, Ms Tanaka], kind: person}
  party: {name: Liberal Union, kind: organisation}
places:
  tokyo: {name: Tokyo, country: JP}
facts:
  - id: sakai-quote
    who: sakai
    quote: I take full responsibility for the election result
"""
PUBLISHED = dt.date(2027, 9, 15)
Q = "I take full responsibility for the election result"

FIRST_RUN = [
    f'"{Q}," the prime minister said.',
    f'"{Q}." Those were Sakai\'s words on Tuesday.',
    f'Tanaka repeated Sakai\'s words: "{Q}."',
    f'"{Q}," Sakai told reporters, as Tanaka looked on.',
    f'Tanaka welcomed Sakai\'s statement that "{Q}".',
    f'Asked by Tanaka whether he would stay, Sakai said: "{Q}."',
    f'Tanaka spoke first. "{Q}," Sakai said afterwards, his voice breaking.',
    f'The Liberal Union posted Sakai\'s words on its website: "{Q}."',
    f'"{Q}," read a statement from Sakai\'s office.',
    f'Sakai\'s spokesman, Ken Ito, quoted him as saying: "{Q}."',
    f'Protesters chanted Sakai\'s line, "{Q}," outside parliament.',
    f'"{Q}," Sakai said. Tanaka said the words came too late.',
    f'In a video posted by the Liberal Union, Sakai says: "{Q}."',
    f'"Who takes responsibility?" Tanaka asked. "{Q}," Sakai replied.',
    f'Tanaka said: "He took responsibility, finally." Sakai had said: "{Q}."',
    f'"{Q}," Sakai wrote on X, formerly Twitter.',
    f'According to Tanaka, Sakai told party leaders: "{Q}."',
    f'Speaking after Tanaka, Sakai said: "{Q}."',
    f"Tanaka's reply to Sakai's \"{Q}\" was brief.",
    f'"{Q}," Sakai said, echoing words Tanaka used in 2024.',
    # the second twenty
    f'"We lost. {Q}, and I will step down," Sakai said.',
    '"I take full responsibility," Sakai said, "for the election result."',
    '"I take full responsibility for the [party\'s] election result," Sakai said.',
    '"I take full responsibility ... for the election result," Sakai said.',
    f'"We lost badly.\n\n"{Q}," Sakai said.',
    "Tanaka, asked about Sakai's words, said: \"Taking full responsibility for the election"
    ' result means leaving now."',
    '"Sakai should take full responsibility for the election result," Tanaka said.',
    'Tanaka said Sakai must "take full responsibility for the election result".',
    f'"{Q}" - Haruto Sakai (@HarutoSakai) September 14, 2027',
    f'Sakai: "{Q}"',
    f"Tanaka tweeted: \"Sakai says '{Q}'. Too late.\"",
    '"I do not take full responsibility for the election result," Tanaka quipped, mocking Sakai.',
    f'"{Q}," Sakai said, according to Tanaka.',
    f'Ms Tanaka said: "I will not comment." Mr Sakai said: "{Q}."',
    f'Sakai bowed deeply. "{Q}," he said.',
    f'Tanaka bowed. "{Q}," Sakai said.',
    f"\"Mr Sakai said: '{Q},'\" Tanaka recalled.",
    f'"{Q}," Sakai said on Tuesday, a line he repeated on Wednesday.',
    f'Sakai, who said "{Q}", bowed.',
    f'Tanaka read out Sakai\'s statement: "{Q}."',
]

CONTRADICTIONS = [
    (f'"{Q}," Tanaka said.', {"sakai-quote:who"}),
    (f'Opposition leader Aiko Tanaka said: "{Q}."', {"sakai-quote:who"}),
    ('"I take no responsibility for the election result," Sakai said.', {"sakai-quote:quote"}),
    (
        '"I take full responsibility for the result of the vote," Sakai said.',
        {"sakai-quote:quote"},
    ),
    ('Sakai said: "I take full responsibility for the election defeat."', {"sakai-quote:quote"}),
    (f'Tanaka bowed deeply. "{Q}," she said.', {"sakai-quote:who"}),
    (f'"{Q}," said Aiko Tanaka, the opposition leader.', {"sakai-quote:who"}),
    (
        '"I take partial responsibility for the election result," Sakai said.',
        {"sakai-quote:quote"},
    ),
    (
        '"I take full responsibility for the referendum result," Sakai said.',
        {"sakai-quote:quote"},
    ),
]


@pytest.mark.parametrize("text", FIRST_RUN)
def test_quotes_given_as_copy_gives_them_raise_no_clash(text: str) -> None:
    assert clashes_on(text, STORY, PUBLISHED) == set()


@pytest.mark.parametrize("text, expected", CONTRADICTIONS)
def test_a_wrong_speaker_or_changed_words_clash(text: str, expected: set[str]) -> None:
    assert clashes_on(text, STORY, PUBLISHED) == expected


OTHER_SPEAKERS_WORDS = [
    # (text, the clashes expected): a quote whose words differ from the fact's and whose
    # speaker is another entity of the story is that speaker's own statement: not judged
    ('"Sakai should take full responsibility for the election result," Tanaka said.', set()),
    ('"I take no responsibility for the election result," said Aiko Tanaka.', set()),
    ('Tanaka said: "Nobody takes full responsibility for the election result."', set()),
    ('"You take full responsibility for the election result," Tanaka shouted at Sakai.', set()),
    # one change only is judged: the fact's words given to another speaker, or changed words
    # given to the fact's speaker, or to no one the story knows (`the prime minister`)
    (f'"{Q}," said Aiko Tanaka.', {"sakai-quote:who"}),
    (f'"{Q}," Tanaka joked.', {"sakai-quote:who"}),
    ('"I take no responsibility for the election result," said Sakai.', {"sakai-quote:quote"}),
    (
        '"I take no responsibility for the election result," the prime minister said.',
        {"sakai-quote:quote"},
    ),
]


@pytest.mark.parametrize("text, expected", OTHER_SPEAKERS_WORDS)
def test_another_speaker_s_changed_words_are_their_own(text: str, expected: set[str]) -> None:
    assert clashes_on(text, STORY, PUBLISHED) == expected


NESTED = [
    # (text, the clashes expected): the fact's words nested in another speaker's quote are
    # someone else's words that speaker gives: the outer speaker is not theirs
    (f"Tanaka said: \"Sakai told us '{Q}' and then left.\"", set()),
    (f"\"Sakai's line was '{Q}', nothing more,\" Tanaka said.", set()),
    (f'Tanaka wrote: "He says ‘{Q}’. Too late."', set()),
    # the fact's words in the quote itself, not nested, are given to its speaker
    (f'Tanaka said: "{Q}, and so does the whole party."', {"sakai-quote:who"}),
    (f'"Sakai\'s view is one thing. {Q}," Tanaka said.', {"sakai-quote:who"}),
]


@pytest.mark.parametrize("text, expected", NESTED)
def test_words_nested_in_another_quote_are_not_its_speaker_s(text: str, expected: set[str]) -> None:
    assert clashes_on(text, STORY, PUBLISHED) == expected
