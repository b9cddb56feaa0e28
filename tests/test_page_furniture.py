"""Case table of page furniture around an article's own sentence: links to other pages, photo
captions and credits, newsletter and sharing prompts, update stamps, topic lists, embedded posts,
readers' comments. Each line names the fact's `who` and phrase with another date or place; none
may contradict the fact. The lines were written before the checker first ran on them.

First run (at b6bcbc2): 2 of the 20 lines clashed, and all 3 contradictions in the article's own
sentence were caught. The two, now segments that may confirm but never contradict
(``factcheck.text.segments``): a caption whose credit label ends its line (`Harlow won the FA
Trophy final in 2019. Photo: PA`) and a reader's comment under a `Comments (23)` heading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on
from tests.test_false_alarm_probes_59 import HARLOW

# the story of table 59, published on a Monday: the final was on Sunday, May 16
PUBLISHED = dt.date(2027, 5, 17)
BODY = "Harlow Town won the FA Trophy final at Wembley on Sunday, beating Dorking Wanderers 2-1."

FURNITURE = [
    "Read more: Harlow won the FA Trophy at Villa Park in 2020",
    "Related: Dorking won the FA Trophy final on Saturday",
    "Image caption: Harlow players celebrate after they won the FA Trophy at Villa Park in 2020"
    " (Getty Images)",
    "Harlow won the FA Trophy final in 2019. Photo: PA",
    "Advertisement",
    "Sign up to our newsletter to find out when Harlow won the FA Trophy",
    "Published 17 May 2027, last updated 18 May 2027",
    "This article was amended on 18 May 2027 to correct the score.",
    "Follow @HarlowTownFC for updates",
    "More on this story: Did Harlow win the FA Trophy on Saturday?",
    "Topics: FA Trophy, Harlow Town, Wembley",
    "5 hours ago",
    "Watch: how Harlow won the FA Trophy in Birmingham in 2004",
    "Copyright 2027 Essex Echo. All rights reserved.",
    "Most read: 1. Harlow won the FA Trophy at Villa Park 2. Dorking manager sacked",
    'Harlow fans react: "We won the FA Trophy on Saturday night in my dreams!" - @harlowfan22'
    " May 16, 2027",
    "pic.twitter.com/abc123 — Harlow Town FC (@HarlowTownFC) May 15, 2027",
    "Harlow won the FA Trophy final at Wembley in 1998 too, as this 1998 photo shows (Alamy)",
    "Share this article: Facebook Twitter Email",
    "Comments (23): Harlow won the FA Trophy on Saturday, not Sunday, says one reader",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_page_furniture_never_contradicts(line: str) -> None:
    text = f"{BODY}\n\n{line}\n\nThe club was founded in 1879."
    assert clashes_on(text, HARLOW, PUBLISHED) == set()


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Harlow Town won the FA Trophy final at Wembley on Saturday, beating Dorking 2-1.",
            {"won-trophy:when"},
        ),
        (
            "Harlow Town won the FA Trophy final in Birmingham on Sunday, beating Dorking 2-1.",
            {"won-trophy:where"},
        ),
        ("Harlow Town did not win the FA Trophy final at Wembley on Sunday.", {"won-trophy:what"}),
    ],
)
def test_the_article_s_own_sentence_still_contradicts(sentence: str, expected: set[str]) -> None:
    text = f"{sentence}\n\nAdvertisement\n\nThe club was founded in 1879."
    assert clashes_on(text, HARLOW, PUBLISHED) == expected
