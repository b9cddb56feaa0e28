"""Case table: a one-word phrasing (`won`, `approved`) followed by a name the story does not
know, its object (`The EMA approved Nexor on Wednesday`, `Holt won EuroMillions in 2015`): the
verb done to another thing, as a known entity after it already is (`met Paul Ryan`). Its date
and place are its own and its denial denies nothing of the fact; what fits still confirms.
Still judged: a date's name right after the phrase (`won Saturday`), a place (`arrived
Moscow`-like objects the story or the world gazetteer knows), a longer phrasing, and `the` and
a lower-case noun.

First run (at 67810fb, before any rule read these rows): 4 of the 6 rows of another object
raised a false contradiction; the still-judged rows clashed as expected.
"""

from __future__ import annotations

import pytest

from tests.cases import clashes_on
from tests.test_false_alarm_probes_19 import LOTTERY
from tests.test_false_alarm_probes_19 import PUBLISHED as PUBLISHED_19
from tests.test_false_alarm_probes_20 import DRUG
from tests.test_false_alarm_probes_20 import PUBLISHED as PUBLISHED_20

PUBLISHED = {**PUBLISHED_19, **PUBLISHED_20}

ANOTHER_OBJECT = [
    (DRUG, "The EMA approved Nexor on Wednesday."),
    (DRUG, "The European Medicines Agency approved Pfizer's rival pill in 2025."),
    (DRUG, "The EMA did not approve Nexor, a rival drug from Halden."),
    (DRUG, "In 2024 the EMA approved Zentiva for high blood pressure."),
    (LOTTERY, "Holt won EuroMillions in 2015, a prize of £2,000."),
    (LOTTERY, "Agnes Holt won Bingo Queen of the Year at her club in 2019."),
]

STILL_JUDGED = [
    (DRUG, "The European Medicines Agency approved it on Wednesday.", {"approved:when"}),
    (DRUG, "The EMA did not approve it.", {"approved:what"}),
    (LOTTERY, "Agnes Holt won Saturday's draw.", {"won:when"}),
    (LOTTERY, "Agnes Holt won the jackpot on Saturday.", {"won:when"}),
    (LOTTERY, "Agnes Holt won on Saturday.", {"won:when"}),
]


@pytest.mark.parametrize("story, text", ANOTHER_OBJECT)
def test_a_name_the_story_does_not_know_after_the_verb_is_another_object(
    story: str, text: str
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


@pytest.mark.parametrize("story, text, expected", STILL_JUDGED)
def test_the_fact_s_own_object_or_none_is_judged(story: str, text: str, expected: set[str]) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected
