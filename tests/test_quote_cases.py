"""Case table of the `quote` slot: where the fact's words are found inside an article's quote.

The fact's words and the article's quote are two parts of one longer statement: the quote may
begin earlier and run on past them, join parts with an ellipsis, or carry the writer's words in
brackets; none of that is a misquote. A changed, added or dropped word between words quoted
alike is. When the two are too loosely alike to say, the quote is not judged.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import Article, check_article, parse_story

STORY = """
story: plant-2024
date: 2024-03-05
about: [quell, vask]
entities:
  quell: {name: Marta Quell, aliases: [Quell]}
  vask: {name: Lorna Vask, aliases: [Vask]}
places: {}
facts:
  - id: plant-stays-open
    who: quell
    quote: We will keep the plant in Dunmore open and we will not cut a single job this year
  - id: gap-between-segments
    who: vask
    quote: Why do they leave such a long gap between segments
"""
PLANT = "We will keep the plant in Dunmore open and we will not cut a single job this year"


def status(text: str, fact: str = "plant-stays-open") -> tuple[str, str]:
    """The status of ``fact`` on ``text``, and the slots it clashes on."""
    article = Article("a.md", "a.md", text, published=dt.date(2024, 3, 5))
    results = check_article(article, [parse_story(STORY, "story.yaml")])
    (result,) = [r for r in results if r.fact == fact]
    clashes = ",".join(s.slot for s in result.slots if s.status == "contradicted")
    return result.status, clashes


FAITHFUL = ("consistent", "")
MISQUOTE = ("contradicted", "quote")


@pytest.mark.parametrize(
    "text, fact",
    [
        pytest.param(  # runs on past the fact's words, with the writer's words in brackets
            '"Why do they leave such a long gap between segments? Looks stupid imo [in my '
            'opinion], could have just made the show shorter," Vask wrote.',
            "gap-between-segments",
            id="runs-on-with-brackets",
        ),
        pytest.param(
            '"Honestly, why do they leave such a long gap between segments?" Vask wrote.',
            "gap-between-segments",
            id="begins-before",
        ),
        pytest.param(
            f'"Our workers are the heart of this firm. {PLANT}. That is a promise," Quell said.',
            "plant-stays-open",
            id="inside-a-longer-quote",
        ),
        pytest.param(
            '"We will keep the plant in Dunmore open ... we will not cut a single job this '
            'year," Quell said.',
            "plant-stays-open",
            id="ellipsis",
        ),
        pytest.param(
            '"Our workers are the heart of this firm … the plant in Dunmore open and we will '
            'not cut a single job," Quell said.',
            "plant-stays-open",
            id="ellipsis-from-outside-the-fact",
        ),
        pytest.param(
            '"We will keep the plant in Dunmore open for now ... we will not cut a single job '
            'this year," Quell said.',
            "plant-stays-open",
            id="other-words-next-to-an-ellipsis",
        ),
        pytest.param(
            '"[The company] will keep the plant in Dunmore open and we will not cut a single '
            'job this year," Quell said.',
            "plant-stays-open",
            id="bracket-for-a-word",
        ),
        pytest.param(
            '"We will keep the plant in Dunmore [County Ardmore] open and we will not cut a '
            'single job this year," Quell said.',
            "plant-stays-open",
            id="bracket-inserted",
        ),
        pytest.param(
            "\"We'll keep the plant in Dunmore open and we won't cut a single job this year,\" "
            "Quell said.",
            "plant-stays-open",
            id="contractions",
        ),
        pytest.param(
            '"We will keep the plant in Dunmore (sic) open and we will not cut a single job this '
            'year," Quell said.',
            "plant-stays-open",
            id="sic-in-round-brackets",
        ),
        pytest.param(
            '"We will keep the plant in Dunmore open and we will not cut a single job this '
            'year [SIC]," Quell said.',
            "plant-stays-open",
            id="sic-in-square-brackets",
        ),
        pytest.param(
            '"We will keep the plant in Dunmore open as long as the orders keep coming," '
            "Quell said.",
            "plant-stays-open",
            id="goes-on-with-other-words",
        ),
    ],
)
def test_a_faithful_part_of_the_statement_is_consistent(text: str, fact: str) -> None:
    assert status(text, fact) == FAITHFUL


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(  # another statement with words in common
            '"We will keep fighting for every job in Dunmore, and we will not give up on the '
            'plant this year," Quell said.',
            id="another-statement",
        ),
        pytest.param(  # a paraphrase with too many words changed to call it a misquote
            '"We are going to keep our plant in Dunmore running and no jobs will be cut in '
            'the coming year," Quell said.',
            id="paraphrase",
        ),
        pytest.param(  # four changes scattered over the quote: a loose rendering, perhaps a
            # translation, not a misquote of these words
            '"We will keep our plant at Dunmore open and we shall not cut one single job this '
            'year," Quell said.',
            id="scattered-changes",
        ),
        pytest.param(  # too few words alike before the changes
            '"Keep the plant open and cut no single job," Quell said.',
            id="few-words-alike",
        ),
        pytest.param(  # less than half the fact's words, in a quote that runs on: another
            # statement of the same speaker, perhaps
            '"We will not cut any single job this year. Orders are up," Quell said.',
            id="a-few-words-changed-in-a-quote-that-runs-on",
        ),
    ],
)
def test_a_loose_rendering_is_not_judged(text: str) -> None:
    assert status(text) == ("omitted", "")


def test_a_quote_that_goes_on_differently_is_not_judged() -> None:
    text = '"Why do they leave a gap at all? The show drags on," Vask wrote.'
    assert status(text, "gap-between-segments") == ("omitted", "")


@pytest.mark.parametrize(
    "text, fact",
    [
        pytest.param(
            '"We will keep the factory in Dunmore open and we will not cut a single job this '
            'year," Quell said.',
            "plant-stays-open",
            id="changed-word",
        ),
        pytest.param(
            '"We will keep the plant in Dunmore open and we will cut a single job this year," '
            "Quell said.",
            "plant-stays-open",
            id="dropped-not",
        ),
        pytest.param(
            '"We will not keep the plant in Dunmore open and we will not cut a single job '
            'this year," Quell said.',
            "plant-stays-open",
            id="added-not",
        ),
        pytest.param(
            '"We will keep the plant in Dunmore open and we will not cut a job this year," '
            "Quell said.",
            "plant-stays-open",
            id="dropped-word",
        ),
        pytest.param(
            '"We will keep the plant in Dunmore open ... we will not cut a single worker this '
            'year," Quell said.',
            "plant-stays-open",
            id="changed-word-after-an-ellipsis",
        ),
        pytest.param(
            '"We will keep the plant in Dunmore open and we will not cut a single job this '
            'month," Quell said.',
            "plant-stays-open",
            id="different-last-word",
        ),
        pytest.param(  # a short part, but every word of the quote is the fact's or a change
            '"We will now cut a single job this year," Quell said.',
            "plant-stays-open",
            id="changed-word-in-a-short-part",
        ),
        pytest.param(
            '"Why do they leave such a long pause between segments? Looks stupid imo [in my '
            'opinion]," Vask wrote.',
            "gap-between-segments",
            id="changed-word-in-a-quote-that-runs-on",
        ),
    ],
)
def test_a_changed_added_or_dropped_word_is_a_misquote(text: str, fact: str) -> None:
    assert status(text, fact) == MISQUOTE


def test_a_letter_hyphened_to_a_word_is_one_word() -> None:
    from factcheck.match import quote_words

    assert quote_words("a large volume of e-mails") == quote_words("a large volume of emails")
    assert quote_words("a well-known X-ray") == ("a", "well", "known", "xray")


def test_handles_and_hashtags_are_not_words_of_a_quote() -> None:
    from factcheck.match import quote_words

    assert quote_words("we will be heard. @deray #blacklivesmatter Stand up") == quote_words(
        "we will be heard. Stand up"
    )
    assert quote_words("mail me at jo@example.com") == ("mail", "me", "at", "jo", "example", "com")


WORDINGS = """
story: visit
about: [peskov]
entities:
  peskov: {name: Dmitry Peskov, aliases: [Peskov]}
places: {}
facts:
  - id: full-fledged
    who: peskov
    quote:
      - It will be a full-fledged visit with talks between the delegations
      - It will be a fully fledged official visit with negotiations between delegations
"""


@pytest.mark.parametrize(
    "text, status, expected",
    [
        (
            '"It will be a fully fledged official visit with negotiations between delegations,"'
            " Peskov said.",
            "consistent",
            "It will be a fully fledged official visit with negotiations between delegations",
        ),
        (
            '"It will be a full-fledged visit with talks between the delegations," Peskov said.',
            "consistent",
            "It will be a full-fledged visit with talks between the delegations",
        ),
        (  # misquoted: shown against the closest wording
            '"It will be a full-fledged visit with talks between the ministers," Peskov said.',
            "contradicted",
            "It will be a full-fledged visit with talks between the delegations",
        ),
    ],
)
def test_a_quote_may_have_several_wordings(text: str, status: str, expected: str) -> None:
    article = Article("a.md", "a.md", text)
    (result,) = check_article(article, [parse_story(WORDINGS, "story.yaml")])
    (quote,) = [s for s in result.slots if s.slot == "quote"]
    assert (result.status, quote.expected) == (status, expected)
