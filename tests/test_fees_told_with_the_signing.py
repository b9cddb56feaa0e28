"""Case table: a fee told with the signing it pays for (``Reading.signing_fee``).

`Kingsbridge signed Varga for a fee of £54m`: for a fact with a money `unit:` whose phrase is
the fee, the subject of `signed` (`bought`, `acquired`, `secured`, `landed`; `has`/`have`
before it) right before the verb pays it, when the object right after the verb is one of the
story's `about` entities and `for a`/`for the`, the phrase and `of` follow it, `from` and the
selling club between (rule path `signing`). Near misses stay
unjudged: another player signed (`signed Doyle`, `signed Varga's brother`), a sale, a loan
(`on loan`, `a loan fee`), another club as the subject, two subjects, a condition, a
counterfactual or a hope, a fee in another currency, a year other than the story's.
"""

from __future__ import annotations

import pytest

from tests.cases import clashes_on, verdict
from tests.test_false_alarm_probes_63 import HOLM, PUBLISHED, VARGA

JUDGED = [
    # (story, text, the fee's status, the slots it clashes on)
    (VARGA, "Kingsbridge signed Varga for a fee of £54m.", "contradicted", "count"),
    (VARGA, "Kingsbridge bought Varga for a fee of £54m.", "contradicted", "count"),
    (VARGA, "Kingsbridge signed Varga for a fee of 54 million pounds.", "contradicted", "count"),
    (VARGA, "Kingsbridge signed Varga for a fee of £54m, Alvor said.", "contradicted", "count"),
    (VARGA, "Kingsbridge have signed Varga for a fee of £54m.", "contradicted", "count"),
    (VARGA, "Kingsbridge has signed Varga for a fee of £54m.", "contradicted", "count"),
    (
        VARGA,
        "Kingsbridge United signed Mateo Varga from Alvor for a fee of £54m.",
        "contradicted",
        "count",
    ),
    (VARGA, "Kingsbridge signed Varga from Alvor for a fee of £45m.", "consistent", ""),
    (VARGA, "Kingsbridge signed Varga for a fee of £45m.", "consistent", ""),
    (HOLM, "Atletico Serrano signed Jonas Holm for a fee of €45 million.", "contradicted", "count"),
    (HOLM, "Atletico Serrano signed Jonas Holm for a fee of €50 million.", "consistent", ""),
]


@pytest.mark.parametrize("story, text, status, clashes", JUDGED)
def test_the_signing_subject_pays_the_fee(story: str, text: str, status: str, clashes: str) -> None:
    assert verdict(text, story, PUBLISHED[story], "fee") == (status, clashes)


UNJUDGED = [
    "Kingsbridge signed Doyle for a fee of £54m.",  # not an entity the story is about
    "Kingsbridge signed Varga's brother for a fee of £5m.",
    "Kingsbridge sold Varga for a fee of £54m.",  # a sale: the fee is received
    "Kingsbridge signed Varga on loan for a fee of £5m.",
    "Kingsbridge signed Varga for a loan fee of £5m.",
    "Alvor signed Varga for a fee of £5m.",  # another club
    "Kingsbridge and Alvor signed Varga for a fee of £54m.",
    "If Kingsbridge signed Varga for a fee of £54m, it would be a record.",
    "Kingsbridge would have signed Varga for a fee of £54m.",
    "Alvor wanted Kingsbridge signed Varga for a fee of £54m by June.",
    "Reportedly Kingsbridge signed Varga for a fee of £54m.",  # a rumour
    "Kingsbridge signed Varga for a fee of $54m.",  # another currency
    "Kingsbridge signed Varga for a fee of £54m in 2019.",  # another year
    "Kingsbridge signed Varga for £54m.",  # no phrase of the fee
    "Kingsbridge had signed Varga for a fee of £54m.",  # `had`: maybe an earlier signing
    "Kingsbridge could have signed Varga for a fee of £54m.",
    "Kingsbridge signed Varga from Kingsbridge for a fee of £54m.",
    "Kingsbridge have signed Doyle from Alvor for a fee of £54m.",
    "Kingsbridge signed Varga from Alvor's rivals for a fee of £54m.",
    "Kingsbridge signed Varga for a fee below the £54m Alvor wanted.",  # no `of`
    "Kingsbridge signed Varga for a fee lower than £54m.",
    "Alvor, not Kingsbridge, signed Varga for a fee of £54m.",
]


@pytest.mark.parametrize("text", UNJUDGED)
def test_near_misses_stay_unjudged(text: str) -> None:
    assert clashes_on(text, VARGA, PUBLISHED[VARGA]) == set()
