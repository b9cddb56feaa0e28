"""Case tables: two shapes of the real news articles added last (`tests/corpus/real-news/`),
with the near-misses that are still judged.

* A quote that agency copy closes with two apostrophes (`’’`) for the closing curly mark
  (`“It was an attempt to mislead voters,’’ Moy said`) is a quote like one closed with `”`,
  found and judged; two apostrophes that do not close (a space before them, a letter after)
  close nothing.
* A quoted fragment in a sentence that opens on a name of the story (`Twitter pledged to take
  “decisive corrective action”`) is not the speaker of the sentence (or paragraph) before going
  on, unless that name is theirs: without an attribution of its own sentence, its speaker is
  not judged.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.match import find_quotes
from tests.cases import check_on

QUOTED_CASES = [
    # two apostrophes after the quoted words, before a space or a mark: the quote's end
    (
        "“It was an attempt to mislead voters,’’ Will Moy told the BBC.",
        ["It was an attempt to mislead voters,"],
    ),
    (
        "It warned that “voters are entitled to transparency.’’ Critically, it has “no role.’’",
        ["voters are entitled to transparency.", "no role."],
    ),
    ("“We will not back down’’, she said.", ["We will not back down"]),
    # opened and closed with the curly marks, as before
    ("“We will not back down,” she said.", ["We will not back down,"]),
    # two apostrophes that close nothing: a space before them, a letter after them
    ("She said “we will not back down ’’ and left.", []),
    ("She said “we will not back down’’and left.", []),
]


@pytest.mark.parametrize("text, quotes", QUOTED_CASES)
def test_two_closing_apostrophes_close_a_curly_quote(text: str, quotes: list[str]) -> None:
    assert [q.text for q in find_quotes(text)] == quotes


STATEMENT = """
story: statement
date: 2019-11-20
about: [commission]
entities:
  commission: {name: Electoral Commission, kind: organisation}
places: {}
facts:
  - id: transparency
    who: commission
    quote: >-
      voters are entitled to transparency and integrity from campaigners in the lead-up to an
      election
"""
PUBLISHED = dt.date(2019, 11, 20)
WARNED = "The Electoral Commission issued a statement warning that “{}’’ It gave no more details."

CHECK_CASES = [
    # found: the words quoted alike confirm, a word changed inside is a misquote
    (
        WARNED.format(
            "voters are entitled to transparency and integrity from campaigners in the lead-up "
            "to an election."
        ),
        "consistent",
    ),
    (
        WARNED.format(
            "voters are entitled to openness and integrity from campaigners in the lead-up "
            "to an election."
        ),
        "contradicted",
    ),
    # not closed: a space before the apostrophes leaves the quote with no clear end
    (
        "The Electoral Commission warned that “voters are entitled to transparency and integrity "
        "from campaigners in the lead-up to an election ’’ on Wednesday.",
        "omitted",
    ),
]


@pytest.mark.parametrize("text, status", CHECK_CASES)
def test_a_quote_closed_by_two_apostrophes_is_judged(text: str, status: str) -> None:
    (result,) = check_on(text, STATEMENT, PUBLISHED)
    assert result.status == status


PLEDGE = """
story: pledge
date: 2019-11-20
about: [twitter]
entities:
  twitter: {name: Twitter, kind: organisation}
  lund: {name: Mara Lund, aliases: [Lund], kind: person}
places: {}
facts:
  - id: corrective-action
    who: twitter
    quote: decisive corrective action
"""


def speaker_status(text: str) -> tuple[str, str]:
    """The `who` slot of the quote fact on ``text``: its status and rule, or not judged."""
    (result,) = check_on(text, PLEDGE, PUBLISHED)
    for found in result.slots:
        if found.slot == "who":
            return found.status, found.rule.split("/", 1)[-1]
    return ("not judged", "")


UNSTATED = ("unstated", "")

SUBJECT_CASES = [
    # the quote's sentence opens on a name of its own: the sentence before's speaker stops
    (
        "Lund said it was wrong. Twitter pledged to take “decisive corrective action” soon.",
        UNSTATED,
    ),
    (
        "Lund told the BBC it was wrong. Twitter pledged to take “decisive corrective action”"
        " soon.",
        UNSTATED,
    ),
    ("Lund said it was wrong. The Twitter board promised “decisive corrective action”.", UNSTATED),
    (
        "“We make no apology,” Lund told the BBC.\n\nTwitter pledged to take “decisive corrective"
        " action” against similar strategies in the future.",
        UNSTATED,
    ),
    # still judged: an attribution in the quote's own sentence, a sentence that opens on the
    # speaker before again, or one that opens on no name, where the speaker before goes on
    (
        "Lund said it was wrong. Lund then promised “decisive corrective action” soon.",
        ("contradicted", "who.speaker-sentence-before"),
    ),
    (
        "Twitter said it was wrong. Twitter then promised “decisive corrective action” soon.",
        ("confirmed", "who.speaker-sentence-before"),
    ),
    (
        "Twitter pledged to take “decisive corrective action”, Lund said.",
        ("contradicted", "who.speaker"),
    ),
    ("Twitter said it would take “decisive corrective action”.", ("confirmed", "who.speaker")),
    (
        "Lund told the BBC it was wrong. It pledged to take “decisive corrective action” soon.",
        ("contradicted", "who.speaker-sentence-before"),
    ),
    (
        "“We make no apology,” Lund told the BBC.\n\nIt pledged to take “decisive corrective"
        " action” against similar strategies in the future.",
        ("doubtful", "who.speaker-paragraph-before"),
    ),
]


@pytest.mark.parametrize("text, expected", SUBJECT_CASES)
def test_a_sentence_opening_on_a_name_is_no_speaker_going_on(
    text: str, expected: tuple[str, str]
) -> None:
    assert speaker_status(text) == expected
