"""Case table of numbers inside quotes: quote words are compared with a doubled letter made
single, so that British and American spellings agree (`travelling`, `traveling`), but a doubled
digit is kept: `N50m` quoted for `N500m`, `10 days` for `100 days` are other numbers, and the
quote is misquoted. Spellings and the same numbers still agree."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

STORY = """
story: quoted-numbers
date: 2018-10-09
about: [saraki, okafor]
entities:
  saraki: {name: Bukola Saraki, aliases: [Saraki], kind: person}
  okafor: {name: Ada Okafor, aliases: [Okafor], kind: person}
facts:
  - id: damages-quote
    who: saraki
    quote: jointly and severally pay the applicants the sum of N500m only
  - id: travelling-quote
    who: okafor
    quote: we have been travelling for 100 days across the whole of the country
"""

PUBLISHED = dt.date(2018, 10, 9)


@pytest.mark.parametrize(
    "text, fact, expected",
    [
        # a doubled digit taken out (or put in): another number, a misquote
        (
            "Saraki asked the court to direct the police to “jointly and severally pay the "
            "applicants the sum of N50m only”.",
            "damages-quote",
            ("contradicted", "quote"),
        ),
        (
            "“We have been travelling for 10 days across the whole of the country,” Okafor said.",
            "travelling-quote",
            ("contradicted", "quote"),
        ),
        (
            "“We have been travelling for 1000 days across the whole of the country,” Okafor said.",
            "travelling-quote",
            ("contradicted", "quote"),
        ),
        # the same numbers, and a doubled letter made single: the quote as said
        (
            "Saraki asked the court to direct the police to “jointly and severally pay the "
            "applicants the sum of N500m only”.",
            "damages-quote",
            ("consistent", ""),
        ),
        (
            "“We have been traveling for 100 days across the whole of the country,” Okafor said.",
            "travelling-quote",
            ("consistent", ""),
        ),
        (
            "“We have been travelling for 100 days,” Okafor said, “across the whole of the "
            "country.”",
            "travelling-quote",
            ("consistent", ""),
        ),
    ],
)
def test_a_doubled_digit_in_a_quote_is_another_number(
    text: str, fact: str, expected: tuple[str, str]
) -> None:
    assert verdict(text, STORY, PUBLISHED, fact) == expected
