"""Case table: bare `quote`, a word taken for a noun elsewhere (`in a quote`), is the verb giving
the words to the name right after it when `as saying` follows the name
(`local newspapers quote Salinas as saying`, rule `who.quoted-as`): a quote given so to the wrong
person fails on `who`. Left alone: the noun after a determiner or an owner, the word opening the
sentence, and a name followed by `as` and anything else."""

from __future__ import annotations

import pytest

from tests.test_reported_speakers import (
    BY_THE_CHIEF,
    BY_THE_MAYOR,
    CHIEF,
    MAYOR,
    NOT_JUDGED,
    who_of,
)


@pytest.mark.parametrize(
    ("text", "fact", "expected"),
    [
        # cases the rule changes: bare `quote`, a name, `as saying` / `as having said`
        (
            f'{CHIEF[:-1]}," local newspapers quote Reyes as saying.',
            "chief-quote",
            ("confirmed", "Reyes"),
        ),
        (f'{CHIEF[:-1]}," local newspapers quote Lopes as saying.', "chief-quote", BY_THE_MAYOR),
        (f"Local newspapers quote Reyes as saying: {MAYOR}.", "mayor-quote", BY_THE_CHIEF),
        # near-misses: the noun `quote`, or `as` followed by anything but the saying
        (f"The quote Lopes liked best: {CHIEF}.", "chief-quote", NOT_JUDGED),
        (f"Reporters quote Lopes as a source for the line {CHIEF}.", "chief-quote", NOT_JUDGED),
        (f"Quote Lopes as saying {CHIEF}.", "chief-quote", NOT_JUDGED),
        (f"Her quote Lopes as saying {CHIEF} was wrong.", "chief-quote", NOT_JUDGED),
        # the forms read before stay as they were
        (f"Lopes quoted Reyes as saying: {CHIEF}.", "chief-quote", ("confirmed", "Reyes")),
        (f"The paper quotes Lopes as saying {CHIEF}.", "chief-quote", BY_THE_MAYOR),
        # `as having said`: read by `said`, whose nearest name is the one quoted
        (f"Reporters quote Lopes as having said {MAYOR}.", "mayor-quote", ("confirmed", "Lopes")),
        (f"Reporters quote Lopes as having said {CHIEF}.", "chief-quote", BY_THE_MAYOR),
    ],
)
def test_speaker_after_bare_quote(text: str, fact: str, expected: tuple[str, str | None]) -> None:
    assert who_of(text, fact) == expected
