"""Case table: a noun of the act owned by the one who did it states the act, with its own date
or count (`Halvorsen's resignation on Tuesday`, `the minister's resignation, announced on
Tuesday,` for `resigned`; `Valdor's recall of 1.2 million cars` for `recalled cars`).
Near-misses, not judged: another person's resignation, a rival's recall, the act of someone
the owner owns (`Halvorsen's aide resigned on Monday`), and a resignation that is only expected
(found, its date not judged)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on, verdict

MINISTER = """
story: halvorsen-resigns
date: 2025-03-04
about: [halvorsen]
entities:
  halvorsen:
    name: Erik Halvorsen
    aliases: [Halvorsen]
    kind: person
    mention_only: [the minister]
  brandvik:
    name: Tove Brandvik
    aliases: [Brandvik]
    kind: person
places: {}
facts:
  - id: resigned
    who: halvorsen
    what: [resigned]
    when: 2025-03-04
"""
RECALL = """
story: valdor-crest-recall
date: 2025-10-07
about: [valdor]
entities:
  valdor:
    name: Valdor Motors
    aliases: [Valdor]
    kind: organisation
    mention_only: [the carmaker, the company]
  norda:
    name: Norda Automotive
    aliases: [Norda]
    kind: organisation
places: {}
facts:
  - id: vehicles
    who: valdor
    what: [recalled cars, recalling cars]
    count: 1200000
"""
THURSDAY = dt.date(2025, 3, 6)  # the Tuesday before is 2025-03-04
W = {"resigned:when"}
C = {"vehicles:count"}

CASES = [
    (MINISTER, "Halvorsen's resignation on Tuesday stunned the cabinet.", "consistent", set()),
    (MINISTER, "Halvorsen's resignation on Monday stunned the cabinet.", "contradicted", W),
    (
        MINISTER,
        "Halvorsen resigned after a row. The minister's resignation, announced on Monday, "
        "stunned the cabinet.",
        "contradicted",
        W,
    ),
    (
        MINISTER,
        "Halvorsen resigned after a row. The minister's resignation, announced on Tuesday, "
        "stunned the cabinet.",
        "consistent",
        set(),
    ),
    (RECALL, "Valdor's recall of 1.2 million cars follows 14 crashes.", "consistent", set()),
    (RECALL, "Valdor's recall of 2.1 million cars follows 14 crashes.", "contradicted", C),
    # near-misses: not judged
    (MINISTER, "Brandvik's resignation on Monday stunned the cabinet.", "omitted", set()),
    (
        MINISTER,
        "Halvorsen resigned after a row. Brandvik's resignation, announced on Monday, stunned "
        "the cabinet.",
        "consistent",
        set(),
    ),
    (MINISTER, "Halvorsen's aide resigned on Monday.", "omitted", set()),
    # a possibility: found, its date a guess, not judged
    (MINISTER, "Halvorsen's resignation could come on Monday.", "consistent", set()),
    (MINISTER, "Halvorsen's resignation is expected on Monday.", "consistent", set()),
    (RECALL, "Norda's recall of 2.1 million cars follows 14 crashes.", "omitted", set()),
    # the object of another verb: its date, place and count may be that verb's
    (MINISTER, "Brandvik welcomed Halvorsen's resignation on Monday.", "consistent", set()),
    (
        MINISTER,
        "Halvorsen called for the resignation, announced on Monday, of Brandvik.",
        "consistent",
        set(),
    ),
    (RECALL, "Valdor denied the recall of 2.1 million cars.", "omitted", set()),
    (MINISTER, "Brandvik demanded the minister's resignation on Monday.", "consistent", set()),
    # a noun after the noun of the act: the date is that thing's
    (MINISTER, "Halvorsen's resignation letter on Monday said little.", "consistent", set()),
    (RECALL, "Valdor's rival recalled 2.1 million cars.", "omitted", set()),
]

KNOWN: dict[str, tuple[str, str]] = {
    # a sentence of CASES the checker reads otherwise: the status it says instead, and why
}


@pytest.mark.parametrize("story, text, status, clashes", CASES)
def test_an_act_owned_by_its_doer(story: str, text: str, status: str, clashes: set[str]) -> None:
    found = (verdict(text, story, THURSDAY)[0], clashes_on(text, story, THURSDAY))
    if text in KNOWN:  # still read otherwise: a fix shows here
        assert found[0] == KNOWN[text][0]
    else:
        assert found == (status, clashes)
