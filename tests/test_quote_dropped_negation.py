"""Case table of a sentence of the speaker's quoted without the `Not` or `Never` that opened it
(`“Everyone will succeed.”` for `Not everyone will succeed.`): all its other words stand in the
fact's quote as they run, so it used to read as a faithful part of it; with a capital letter
where the negation stood it is given as the whole sentence, and it says the opposite: a misquote.
Not judged: the sentence quoted with its negation, a part of it quoted inside one of the
article's sentences (`said “everyone will succeed”`), a quote that stops before the sentence's
end, and a name after the negation (`Not Smith but Jones`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

STORY = """
story: dropped-negations
date: 2019-11-19
about: [mayer, reyes]
entities:
  mayer: {name: Kevin Mayer, aliases: [Mayer], kind: person}
  reyes: {name: Ana Reyes, aliases: [Reyes], kind: person}
facts:
  - id: mayer-shake-out-quote
    who: mayer
    quote: We will see the industry shake out a bit. Not everyone will succeed.
  - id: reyes-consulted-quote
    who: reyes
    quote: Never were the members of this union consulted about the closure
"""

PUBLISHED = dt.date(2019, 11, 19)


@pytest.mark.parametrize(
    "text, fact, expected",
    [
        # the whole sentence, its opening negation dropped: a misquote
        (
            "“We will see the industry shake out a bit,” Mayer said. “Everyone will succeed.”",
            "mayer-shake-out-quote",
            ("contradicted", "quote"),
        ),
        (
            "“Everyone will succeed,” Mayer said on Tuesday.",
            "mayer-shake-out-quote",
            ("contradicted", "quote"),
        ),
        (
            "“Were the members of this union consulted about the closure,” Reyes said.",
            "reyes-consulted-quote",
            ("contradicted", "quote"),
        ),
        # the sentence as said, or another of the speaker's: faithful
        ("“Not everyone will succeed,” Mayer said.", "mayer-shake-out-quote", ("consistent", "")),
        (
            "“We will see the industry shake out a bit,” Mayer said.",
            "mayer-shake-out-quote",
            ("consistent", ""),
        ),
        (
            "“Never were the members of this union consulted about the closure,” Reyes said.",
            "reyes-consulted-quote",
            ("consistent", ""),
        ),
        # a part quoted inside the article's sentence, or stopping before the end: not judged
        (
            "Mayer said he was sure that “everyone will succeed” in the end.",
            "mayer-shake-out-quote",
            ("consistent", ""),
        ),
        (
            "“Were the members of this union,” Reyes asked, and she left.",
            "reyes-consulted-quote",
            ("consistent", ""),
        ),
    ],
)
def test_a_sentence_quoted_without_its_opening_negation(
    text: str, fact: str, expected: tuple[str, str]
) -> None:
    assert verdict(text, STORY, PUBLISHED, fact) == expected
