"""Case table: the name after `by` in the noun phrase that opens the sentence as its subject.

`The study by Solheim recorded 13,400 cases of dementia`: the study's maker did what the study
did, so Solheim is the subject of `cases of dementia` (``Reading.opening_maker``, rule path
`owner`). The noun phrase is `The`, one to three lower-case words, `by` and a known name, and a
verb in the past follows the name right away. Near misses stay unjudged: another of its kind
(`The earlier study by Solheim`), a passive's agent (`The study led by Solheim`), an owner after
`by` (`The study by Solheim's rivals`), a noun the name modifies (`by Bergen University
researchers`), a name coordinated with another, `A study by`, a preposition, comma or `to`
after the name.
"""

from __future__ import annotations

import pytest

from tests.cases import clashes_on, verdict
from tests.test_false_alarm_probes_61 import PUBLISHED, SLEEP

JUDGED = [
    # (text, the fact, its status, the slots it clashes on)
    (
        "The study by Solheim recorded 13,400 cases of dementia.",
        "dementia-cases",
        "contradicted",
        "count",
    ),
    (
        "The study by Solheim found 13,400 cases of dementia.",
        "dementia-cases",
        "contradicted",
        "count",
    ),
    (
        "The new study by Dr Ingrid Solheim has recorded 13,400 cases of dementia.",
        "dementia-cases",
        "contradicted",
        "count",
    ),
    (
        "The study by the University of Bergen recorded 13,400 cases of dementia.",
        "dementia-cases",
        "contradicted",
        "count",
    ),
    (
        "The study by Solheim followed 1.1 million participants.",
        "participants",
        "contradicted",
        "count",
    ),
    (
        "The study by Solheim recorded a 32% higher risk of dementia.",
        "higher-risk",
        "contradicted",
        "count",
    ),
    ("The study by Solheim recorded 14,300 cases of dementia.", "dementia-cases", "consistent", ""),
]


@pytest.mark.parametrize("text, fact, status, clashes", JUDGED)
def test_the_maker_after_by_is_the_subject(text: str, fact: str, status: str, clashes: str) -> None:
    assert verdict(text, SLEEP, PUBLISHED[SLEEP], fact) == (status, clashes)


UNJUDGED = [
    "The earlier study by Solheim recorded 13,400 cases of dementia.",  # another study
    "The first study by Solheim recorded 13,400 cases of dementia.",
    "The study led by Solheim recorded 13,400 cases of dementia.",  # a passive's agent
    "The study run by Solheim recorded 13,400 cases of dementia.",
    "The study by Solheim's rivals recorded 13,400 cases of dementia.",  # an owner
    "A study by Solheim's rivals recorded 13,400 cases of dementia.",
    "A study by Solheim recorded 13,400 cases of dementia.",  # `a`: one of several
    "The study by Bergen University researchers recorded 13,400 cases of dementia.",
    "The study by Solheim and Hart recorded 13,400 cases of dementia.",  # coordinated
    "The study by Hart recorded 13,400 cases of dementia.",  # another entity's
    "The review by Hart of the study by Solheim counted 13,400 cases of dementia.",
    "The study by Solheim, Hart said, recorded 13,400 cases of dementia.",
    "The study by Solheim of 1.1 million participants recorded 14,300 cases of dementia.",
    "The study by Solheim in 2019 recorded 13,400 cases of dementia.",
    "The 2019 study by Solheim recorded 13,400 cases of dementia.",
    "The study by Solheim wanted to record 13,400 cases of dementia.",  # `to`
    "The study by Solheim recorded, in its pilot phase, 13,400 cases of dementia.",  # an aside
    "The study by Solheim was criticised, and Hart recorded 13,400 cases of dementia.",
    "The study by Solheim estimated that 13,400 cases of dementia were missed.",
    "The study by Solheim had 13,400 cases of dementia.",  # `had` and a number: no verb after it
    "If the study by Solheim recorded 13,400 cases of dementia, it was wrong.",
]


@pytest.mark.parametrize("text", UNJUDGED)
def test_near_misses_stay_unjudged(text: str) -> None:
    assert clashes_on(text, SLEEP, PUBLISHED[SLEEP]) == set()
