"""Case table of false alarms looked for in invented stories (a health minister's resignation,
a novelist's literary prize) told through interviews and first-person pieces: question-and-answer
transcripts (`Q: When did you decide? A: On Monday night`), speaker labels (`LINDQVIST: I
resigned on Tuesday`), an op-ed by the story's own person (`By Tomas Lindqvist`, then `I`),
podcast transcripts with time stamps, and an interviewer's questions that name a wrong value on
purpose (`Some say you resigned in March?`). The facts were written first, then the sentences
that state nothing contrary to them (``FIRST_RUN``) and those that state a wrong value for the
fact's own event (``CONTRADICTIONS``), each to clash on its slot, all before the checker first
ran on them.

First run (at fe609b7, the checker of 17d6f4e): 1 false contradiction in 120 cells (40
sentences, each checked against every fact of its story), and all 10 contradictions caught on
their slot. None came from the questions that name a wrong value, the answers, or the op-ed's
`I`. The one was a speaker's label before another person's act (`LINDQVIST: Mr Holm resigned in
2019 over a far smaller matter`), read as Lindqvist's: a name the story does not know right
before the phrase, after a speaker's label or a report (`:`, `said`), is the phrase's subject
(``REPORTED_NAMES``); the same held for `Lindqvist said Karl Holm resigned in 2019`. Not a
pronoun (`LINDQVIST: I resigned`), a determiner or a number word (`Croydon tram crash: Five
dead`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

LINDQVIST = """
story: lindqvist-resigns
date: 2027-04-13
about: [lindqvist]
entities:
  lindqvist: {name: Tomas Lindqvist, aliases: [Lindqvist, Mr Lindqvist], kind: person}
  ministry: {name: Ministry of Health, kind: organisation}
places:
  stockholm: {name: Stockholm, country: SE}
facts:
  - id: resigned
    who: lindqvist
    what: [resigned, announced his resignation]
    where: stockholm
    when: 2027-04-13
  - id: months
    who: lindqvist
    what: [months as health minister]
    count: 22
  - id: lindqvist-quote
    who: lindqvist
    quote: I could no longer defend a budget I did not believe in
"""

OKONJO = """
story: okonjo-halden-prize
date: 2027-10-21
about: [okonjo]
entities:
  okonjo: {name: Ada Okonjo, aliases: [Okonjo, Ms Okonjo], kind: person}
  prize: {name: Halden Prize, kind: organisation}
places:
  edinburgh: {name: Edinburgh, country: GB}
facts:
  - id: won
    who: okonjo
    what: [won the Halden Prize, was awarded the Halden Prize]
    where: edinburgh
    when: 2027-10-21
  - id: money
    who: okonjo
    what: [prize money of]
    count: 50000
    unit: £
  - id: okonjo-quote
    who: okonjo
    quote: I wrote this book for my grandmother, who never learned to read
"""

PUBLISHED = {
    LINDQVIST: dt.date(2027, 4, 14),  # a Wednesday: Tuesday is April 13
    OKONJO: dt.date(2027, 10, 22),  # a Friday: Thursday is October 21
}

FIRST_RUN = [
    (LINDQVIST, s)
    for s in (
        "Q: When did you decide to resign? A: On Monday night, after the cabinet meeting. I told"
        " the prime minister on Tuesday morning.",
        "Q: Some say you resigned in March and the announcement was held back? A: That is simply"
        " not true.",
        "LINDQVIST: I resigned on Tuesday because I could no longer defend a budget I did not"
        " believe in.",
        "INTERVIEWER: You had been in the job 18 months? LINDQVIST: Twenty-two months, in fact.",
        "By Tomas Lindqvist\n\nI resigned on Tuesday because I could no longer defend a budget I"
        " did not believe in.",
        "By Tomas Lindqvist\n\nFor 22 months I served as health minister. On Monday I told my"
        " staff; on Tuesday I told the country.",
        "In my first month as health minister, in June 2025, I visited 14 hospitals in Stockholm"
        " and Malmö.",
        "[00:14:32] HOST: So you walked out in Gothenburg? LINDQVIST: No, I was at the ministry in"
        " Stockholm. [laughs]",
        "Lindqvist, speaking to the Politikpodden podcast on Wednesday, said he had not slept the"
        " night before he resigned.",
        "Q: Did you resign on Monday, as Aftonbladet reported? A: No. I signed the letter on"
        " Tuesday.",
        "Q: Would you have resigned if the budget had been 3 billion kronor higher? A: Probably"
        " not.",
        "LINDQVIST: Mr Holm resigned in 2019 over a far smaller matter, and nobody called him"
        " disloyal.",
        "This interview has been edited for length and clarity. It was conducted in Stockholm on"
        " Wednesday.",
        "Transcript: The Week in Politics, episode 212, recorded on 14 April 2027.",
        "Q: How many months did you expect to last? A: Maybe six. I lasted 22 months as health"
        " minister.",
        "I did not resign to spend more time with my family, whatever you read.",
        "HOST: Tomas Lindqvist, thank you for joining us. LINDQVIST: Thank you for having me.",
        'Q: You said in February, "I will never resign over a budget." A: I did say that. I was'
        " wrong.",
        "In an op-ed for Dagens Nyheter, published on Wednesday, Lindqvist wrote that the cuts"
        " would close 40 clinics.",
        "Q: Was it 12 or 13 April? A: The 13th. A Tuesday. I remember because it was my"
        " daughter's birthday.",
    )
] + [
    (OKONJO, s)
    for s in (
        "Q: When did you find out you had won? A: On Wednesday afternoon. My agent called me from"
        " Glasgow.",
        "Q: Some say you were told in September? A: No, I found out the day before, like everyone.",
        "OKONJO: I wrote this book for my grandmother, who never learned to read.",
        "HOST: You won the Halden Prize in London, didn't you? OKONJO: Edinburgh! Please, my"
        " Scottish readers will never forgive you.",
        "By Ada Okonjo\n\nOn Thursday night in Edinburgh I won the Halden Prize, and I still"
        " cannot quite believe it.",
        "I was shortlisted in 2023 too, and lost to a book I loved.",
        "Q: What will you do with the £50,000? A: Pay my rent, honestly. Then buy my mother a new"
        " roof.",
        "Q: Is it true the prize money of £25,000 was doubled this year? A: Yes, it went up to"
        " £50,000 in 2026.",
        "[00:03:10] HOST: Welcome back to Between the Lines. My guest this week is Ada Okonjo, who"
        " on Thursday won the Halden Prize.",
        "Okonjo, 44, told the Bookshelf podcast she had written the novel over seven years in"
        " Lagos and Leeds.",
        "Q: Did you expect to win? A: No. I had a speech ready for losing, not for winning.",
        "HOST: Last year's winner, Calum Reid, won the Halden Prize in Glasgow. OKONJO: And he"
        " deserved it.",
        "This transcript has been lightly edited. The episode was recorded in Edinburgh on Friday.",
        'Q: You said once, "I will never write about my family." A: I did. Then I wrote about'
        " nothing else.",
        "OKONJO: The judges told me it was unanimous, all five of them.",
        "Q: So you were awarded the Halden Prize on Wednesday? A: Thursday. Wednesday was when I"
        " bought the dress.",
        "I did not win the Halden Prize for myself; I won it for every girl who was told to stop"
        " reading.",
        "Her first novel sold 12,000 copies; the second, 40,000.",
        "Okonjo is the first Nigerian-born writer to win the Halden Prize since it was founded in"
        " 1998.",
        "Q: What did your grandmother say? A: She died in 2019. She would have said, 'Eat"
        " something.'",
    )
]

CONTRADICTIONS = [
    (LINDQVIST, "Tomas Lindqvist resigned in Stockholm on Monday.", {"resigned:when"}),
    (
        LINDQVIST,
        "Tomas Lindqvist announced his resignation in Gothenburg on Tuesday.",
        {"resigned:where"},
    ),
    (LINDQVIST, "Lindqvist resigned after 18 months as health minister.", {"months:count"}),
    (
        LINDQVIST,
        '"I could no longer defend a budget I truly believed in," Lindqvist said.',
        {"lindqvist-quote:quote"},
    ),
    (LINDQVIST, "Tomas Lindqvist has not resigned.", {"resigned:what"}),
    (OKONJO, "Ada Okonjo won the Halden Prize in Edinburgh on Wednesday.", {"won:when"}),
    (OKONJO, "Ada Okonjo was awarded the Halden Prize in Glasgow on Thursday.", {"won:where"}),
    (OKONJO, "Ada Okonjo won the Halden Prize and prize money of £30,000.", {"money:count"}),
    (
        OKONJO,
        '"I wrote this book for my grandfather, who never learned to read," said Ada Okonjo.',
        {"okonjo-quote:quote"},
    ),
    (OKONJO, "Ada Okonjo did not win the Halden Prize.", {"won:what"}),
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_a_sentence_that_states_nothing_contrary_does_not_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_for_the_fact_s_own_event_clashes_on_its_slot(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


REPORTED_NAMES = [
    # (text, the clashes expected)
    ("LINDQVIST: Mr Holm resigned in 2019 over a far smaller matter.", set()),
    ("Lindqvist said Karl Holm resigned in 2019.", set()),
    ("Lindqvist said Holm had resigned in 2019.", set()),
    # the speaker's own act, or no name of another before the phrase: judged
    ("LINDQVIST: I resigned in 2019.", {"resigned:when"}),
    ("Lindqvist said he resigned in 2019.", {"resigned:when"}),
    ("Lindqvist said on Monday he resigned in 2019.", {"resigned:when"}),
    ("LINDQVIST: I resigned in Gothenburg.", {"resigned:where"}),
    # a determiner or a number after a headline's kicker is no name
    ("Tomas Lindqvist: The minister resigned in 2019.", {"resigned:when"}),
    ("Tomas Lindqvist: Eighteen months as health minister ended on Tuesday.", {"months:count"}),
]


@pytest.mark.parametrize("text, expected", REPORTED_NAMES)
def test_another_name_after_a_speaker_s_label_or_report_is_the_phrase_s_subject(
    text: str, expected: set[str]
) -> None:
    assert clashes_on(text, LINDQVIST, PUBLISHED[LINDQVIST]) == expected
