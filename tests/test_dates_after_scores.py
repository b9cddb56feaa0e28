"""Case table: a date right after a score set off by commas after the phrase (`Eastern Michigan
rolled past Northern Illinois, 45-17, on Saturday night`) is the game's date: the score's commas
are no clause break. Rule `when.date-after-score`. Near-misses, not judged: a clause between
the phrase and the score (`, who lost 2-1,`), words between the score and the date (`, 2-1, a
week after losing on Tuesday`), another clause after the score (`, 2-1, and will play City on
Tuesday`), a phrase further than seven words before the score.

At the first run `rolled past Northern Illinois, 45-17, on Saturday night`
(tests/corpus/real-news/edits.yaml, for a game on Tuesday night) was missed: the comma before
the score cut the date off the phrase."""

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
    what: [beat City]
    when: 2016-11-09
"""
THU = dt.date(2016, 11, 10)
"""Published on Thursday 10 November; the derby was won on Wednesday 9 November."""

CONFIRMED = ("consistent", "confirmed", "when.date-after-score")
CLASH = ("contradicted", "contradicted", "named/when.date-after-score")
NOT_JUDGED = ("consistent", "unstated", "")


def when_slot(text: str) -> tuple[str, str, str]:
    """The fact's status, its `when` slot's status and the rule that read it."""
    return slot_verdict(text, DERBY, THU, "when")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rovers beat City, 2-1, on Wednesday.", CONFIRMED),
        ("Rovers beat City, 2-1, on Tuesday.", CLASH),
        ("Rovers beat City, 2-1, Tuesday night.", CLASH),
        ("Rovers beat City, 3-2 (aet), on Tuesday.", CLASH),
        ("Rovers beat City at the Memorial Stadium, 45-17, on Tuesday night.", CLASH),
        # without the commas the date was read already
        (
            "Rovers beat City 2-1 on Tuesday.",
            ("contradicted", "contradicted", "named/when.date-after-phrase"),
        ),
        # a clause before the score, words or a clause after it, a phrase too far back
        ("Rovers beat City, who lost 2-1, on Tuesday.", NOT_JUDGED),
        ("Rovers beat City, 2-1, a week after losing at home on Tuesday.", NOT_JUDGED),
        ("Rovers beat City, 2-1, and will play United on Tuesday.", NOT_JUDGED),
        (
            "Rovers beat City in front of a crowd of more than nine thousand loyal fans, 2-1, on"
            " Tuesday.",
            NOT_JUDGED,
        ),
    ],
)
def test_a_date_after_a_score_dates_the_game(text: str, expected: tuple[str, str, str]) -> None:
    assert when_slot(text) == expected
