"""Case table: an article's opening sentence that names no one and tells of a person by a
description (`A financial adviser who conned 212 investors has been jailed for nine years.`),
followed by a sentence that opens with the name of a person of the story (`Daniel Pryce, 34,
of Bromley, was sentenced ...`), states that person's fact (rule path `lede/...`). The two are
tied only by their order, so a clash found this way is `doubtful` (shown, never failed:
``UNRELIABLE``). Near-misses: not the opening sentence, a name in it, no auxiliary before the
phrase, a capitalised word in the description, the next sentence opening with another person
or a thing, a quotation."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import FactResult
from tests.cases import check_on

COURT = """
story: sentence
date: 2025-05-16
about: [pryce]
entities:
  pryce: {name: Daniel Pryce, aliases: [Pryce, Mr Pryce], kind: person}
  lyle: {name: Amanda Lyle, aliases: [Lyle], kind: person}
  court: {name: Southwark Crown Court, kind: organisation}
places: {}
facts:
  - id: years
    who: pryce
    what: [jailed for years]
    count: 9
"""
PUBLISHED = dt.date(2025, 5, 16)
NAMING = " Daniel Pryce, 34, of Bromley, was sentenced at Southwark Crown Court."


def result_of(text: str) -> FactResult:
    (result,) = check_on(text, COURT, PUBLISHED)
    return result


def verdict(text: str) -> tuple[str, str]:
    """The status, and the count slot's status and rule path when it is judged."""
    result = result_of(text)
    count = next((s for s in result.slots if s.slot == "count" and s.rule), None)
    return result.status, f"{count.status}:{count.rule}" if count else ""


DOUBT = ("consistent", "doubtful:lede/count.number-inside-phrase")

CASES = [
    (
        "A financial adviser who conned investors has been jailed for nine years." + NAMING,
        ("consistent", "confirmed:count.number-inside-phrase"),
    ),
    (
        "A fraudster was jailed yesterday for nine years." + NAMING,
        ("consistent", "confirmed:count.number-inside-phrase"),
    ),
    ("A financial adviser who conned investors has been jailed for seven years." + NAMING, DOUBT),
    ("A fraudster was jailed for seven years." + " Mr Pryce, 34, showed no emotion.", DOUBT),
    # not the opening sentence, a name in it, no auxiliary, a capitalised word
    ("It was a long trial. A fraudster was jailed for seven years." + NAMING, ("omitted", "")),
    ("A fraudster was jailed for seven years, Amanda Lyle said." + NAMING, ("omitted", "")),
    ("A fraudster who jailed for seven years." + NAMING, ("omitted", "")),
    ("A Bromley fraudster was jailed for seven years." + NAMING, ("omitted", "")),
    # the next sentence opens with another person, with a thing, or with no name
    (
        "A fraudster was jailed for seven years. Amanda Lyle, for the Crown, said so.",
        ("omitted", ""),
    ),
    (
        "A fraudster was jailed for seven years. Southwark Crown Court heard the case.",
        ("omitted", ""),
    ),
    ("A fraudster was jailed for seven years. The judge said Daniel Pryce lied.", ("omitted", "")),
    # in quotation marks
    ('"A fraudster was jailed for seven years."' + NAMING, ("omitted", "")),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_description_the_next_sentence_names(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text) == expected


def test_the_lede_clash_is_shown_not_failed() -> None:
    result = result_of("A fraudster was jailed for seven years." + NAMING)
    assert [s.status for s in result.slots if s.slot == "count"] == ["doubtful"]
    assert result.status == "consistent"
