"""Case table: `unable to` and `avoided` deny the act they stand before, as `failed to` does
(`was unable to host the laboratory`, `avoided acting in the film`); a denial about the act's
timing (`failed to arrive on time`: it came late) denies nothing."""

from __future__ import annotations

import pytest
from cases import verdict

HANFORD = """
story: hanford
about: [hanford]
entities:
  hanford: {name: Hanford Site, aliases: [Hanford], kind: organisation}
facts:
  - id: hosts-the-laboratory
    who: hanford
    what: [hosts the laboratory]
"""
PRESTON = """
story: preston
about: [preston]
entities:
  preston: {name: Kelly Preston, kind: person}
facts:
  - id: acted-in-old-dogs
    who: preston
    what: [acted in Old Dogs]
"""
ARRIVAL = """
story: arrival
about: [kim]
entities:
  kim: {name: Kim Jong Un, aliases: [Kim], kind: person}
facts:
  - id: arrived
    who: kim
    what: [arrived in Vladivostok]
"""
NEGATED = ("contradicted", "what")


@pytest.mark.parametrize(
    "text, story, expected",
    [
        ("The Hanford Site is unable to host the laboratory.", HANFORD, NEGATED),
        ("Hanford was unable to host the laboratory .", HANFORD, NEGATED),
        ("Hanford hosts the laboratory.", HANFORD, ("consistent", "")),
        ("Kelly Preston avoided acting in Old Dogs.", PRESTON, NEGATED),
        ("Kelly Preston avoids acting in Old Dogs.", PRESTON, NEGATED),
        ("Kelly Preston acted in Old Dogs.", PRESTON, ("consistent", "")),
        # another predicate, a possibility, a prediction: not judged
        (
            "Kelly Preston avoided the press after she acted in Old Dogs.",
            PRESTON,
            ("consistent", ""),
        ),
        ("Hanford may be unable to host the laboratory.", HANFORD, ("consistent", "")),
        ("Kim failed to arrive in Vladivostok.", ARRIVAL, NEGATED),
        ("Kim was unable to arrive in Vladivostok.", ARRIVAL, NEGATED),
        # the denial is about when: it happened, late
        ("Kim failed to arrive in Vladivostok on time.", ARRIVAL, ("consistent", "")),
        (
            "Kim was unable to arrive in Vladivostok in time for the talks.",
            ARRIVAL,
            ("consistent", ""),
        ),
    ],
)
def test_unable_and_avoided_deny_the_act(text: str, story: str, expected: tuple[str, str]) -> None:
    assert verdict(text, story, None) == expected
