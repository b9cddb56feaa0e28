"""Case table: a denial of the act told through another predicate, as the article's own
assertion in past narration (`Kim was not able to attend the summit`, `did not manage to`,
`could not attend ... because his train was delayed`), contradicts the `what`, each shape with
its own rule path; the unsure ones (`is not known to have`, `could not have`, a question, a
condition, someone's words, `would not`, `may not`, `not only ... but`, a present inability,
a `could not` with nothing that sets it in the past) are not judged.

First run, before the rules were written: 11 of the 13 planted denials were missed (all but
the `failed to` and `never` rows, which the negation check already read); every one of the 36
sentences that must not be judged held. The 5 rows added after it (`next year`, `if`, `without`
with a past cue; `is delayed`; `when expected`) each fail when the guard they name is removed.
The 5 rows of a way or a part of the act (`in person`, `personally`, `the whole summit`) were
added with their guard, which also holds for a plain negator (`did not attend the summit in
person` was contradicted before it).
"""

from __future__ import annotations

import datetime as dt

import pytest
from cases import check_on

KIM = """
story: kim-russia-2023
date: 2023-09-13
about: [kim]
entities:
  kim: {name: Kim Jong Un, aliases: [Kim], kind: person}
  putin: {name: Vladimir Putin, aliases: [Putin], kind: person}
places:
  vladivostok: {name: Vladivostok}
facts:
  - id: arrived
    who: kim
    what: [arrived in Vladivostok]
  - id: attended
    who: kim
    what: [attended the summit]
"""
THU = dt.date(2023, 9, 14)


def clashes(text: str) -> dict[str, tuple[str, str]]:
    """For each fact `text` contradicts: the slot and the rule path of its first clash."""
    return {
        r.fact: (r.contradictions[0].slot, r.contradictions[0].rule)
        for r in check_on(text, KIM, THU)
        if r.status == "contradicted"
    }


ABLE = "named/what.denied-ability"
PAST_COULD = "named/what.could-not-in-past"
NEGATOR = "named/what.negator-before-phrase"


@pytest.mark.parametrize(
    "text, fact, rule",
    [
        ("Kim was not able to arrive in Vladivostok.", "arrived", ABLE),
        ("Kim wasn't able to arrive in Vladivostok.", "arrived", ABLE),
        ("Kim was not able to attend the summit.", "attended", ABLE),
        ("Kim had not been able to attend the summit.", "attended", ABLE),
        ("Kim did not manage to arrive in Vladivostok.", "arrived", ABLE),
        ("Kim didn't manage to arrive in Vladivostok.", "arrived", ABLE),
        ("Kim never managed to arrive in Vladivostok.", "arrived", ABLE),
        ("Kim could not attend the summit because his train was delayed.", "attended", PAST_COULD),
        ("Kim couldn't attend the summit after he fell ill.", "attended", PAST_COULD),
        ("Kim could not attend the summit on September 13, 2023.", "attended", PAST_COULD),
        ("Kim could not attend the summit yesterday.", "attended", PAST_COULD),
        # read before these rules, and still read so
        ("Kim failed to arrive in Vladivostok.", "arrived", NEGATOR),
        ("Kim never arrived in Vladivostok.", "arrived", NEGATOR),
    ],
)
def test_a_denial_through_another_predicate_contradicts_the_what(
    text: str, fact: str, rule: str
) -> None:
    assert clashes(text) == {fact: ("what", rule)}


@pytest.mark.parametrize(
    "text",
    [
        # the act told, not denied
        "Kim arrived in Vladivostok.",
        "Kim was able to arrive in Vladivostok.",
        "Kim managed to arrive in Vladivostok.",
        "Kim could attend the summit because his train was on time.",
        "Kim not only arrived in Vladivostok but also met Putin.",
        # not known, a guess about the past, a prediction, a possibility
        "Kim is not known to have arrived in Vladivostok.",
        "Kim was not known to have attended the summit.",
        "Kim could not have arrived in Vladivostok.",
        "Kim couldn't have attended the summit because his train was delayed.",
        "Kim would not arrive in Vladivostok.",
        "Kim would not be able to attend the summit.",
        "Kim may not attend the summit.",
        "Kim might not be able to attend the summit.",
        "Kim will not be able to attend the summit.",
        "Kim would never manage to arrive in Vladivostok.",
        # a present inability: what is not yet told
        "Kim is not able to attend the summit.",
        "Kim does not manage to attend the summit.",
        # a question, a condition, someone's words, reported speech
        "Was Kim not able to arrive in Vladivostok?",
        "If Kim was not able to arrive in Vladivostok, the talks would move.",
        "Kim could not attend the summit if his train was delayed.",
        "Kim could not attend the summit unless his train was repaired.",
        "Kim could not attend the summit without his aides.",
        "Kim could not attend the summit even if he wanted to.",
        "Kim could not attend the summit next year because he lost the election.",
        "Kim could not attend the summit yesterday if his train was late.",
        "Kim could not attend the summit without his aides, who were delayed yesterday.",
        '"Kim was not able to attend the summit," an aide claimed.',
        "Kim could not attend the summit, an aide said.",
        "Officials said Kim could not attend the summit because his train was delayed.",
        # `could not` with nothing that sets it in the past
        "Kim could not attend the summit.",
        "Kim could not attend the summit because he is ill.",
        "Kim could not attend the summit because of illness.",
        "Kim could not attend the summit because his train is delayed.",
        "Kim could not arrive in Vladivostok when expected.",
        # another time: late, again, a drought
        "Kim was not able to arrive in Vladivostok on time.",
        "Kim was not able to arrive in Vladivostok until Tuesday.",
        "Kim did not manage to arrive in Vladivostok before Putin.",
        "Kim never managed to arrive in Vladivostok again.",
        "Kim could not attend the summit again after he fell ill.",
        "Kim had not been able to attend the summit for 30 years.",
        # a way or a part of the act denied: it may have happened another way, or in part
        "Kim was not able to attend the summit in person.",
        "Kim could not attend the summit in person because his train was delayed.",
        "Kim did not personally attend the summit.",
        "Kim did not manage to attend the whole summit.",
        "Kim did not attend the summit in person.",
        # the negation on another predicate
        "Kim was not the first leader able to arrive in Vladivostok.",
    ],
)
def test_an_unsure_denial_is_not_judged(text: str) -> None:
    assert clashes(text) == {}
