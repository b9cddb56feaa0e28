"""Case table of a quote's speaker (the `who` slot of a quote fact).

The speaker is the name at the speech verb nearest the quote; when the article does not say
who spoke, or not clearly, the slot is not judged (`unstated`): a quote is never given to a
name that merely stands near it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import Article, check_article, parse_story

STORY = """
story: concert-2016
date: 2016-11-10
about: [vask, whitcombe, drummond, police]
entities:
  vask: {name: Lorna Vask, aliases: [Vask], kind: person}
  whitcombe: {name: Dana Whitcombe, aliases: [Whitcombe]}
  drummond: {name: Calum Drummond, aliases: [Drummond]}
  police: {name: Harbour City Police Department, aliases: [police], kind: organisation}
places:
  tower: {name: Drummond Tower}
facts:
  - id: fired-into-the-crowd
    who: whitcombe
    quote: The man walked away and then turned and fired into the crowd
  - id: nothing-will-stop-us
    who: vask
    quote: Nothing will stop us from singing
"""
FIRED = "The man walked away and then turned and fired into the crowd"
SINGING = "Nothing will stop us from singing"


def who(text: str, fact: str) -> str:
    """The status of the `who` slot of ``fact`` on ``text`` (its quote must be found)."""
    article = Article("a.md", "a.md", text, published=dt.date(2016, 11, 10))
    results = check_article(article, [parse_story(STORY, "story.yaml")])
    (result,) = [r for r in results if r.fact == fact]
    assert result.status != "omitted", "the quote is not found"
    (slot,) = [s for s in result.slots if s.slot == "who"]
    return slot.status


@pytest.mark.parametrize(
    "text, fact",
    [
        pytest.param(  # the attribution after a quote of two sentences wins over the one before
            f'Drummond said the police were slow. "It was chaos. {FIRED}," Whitcombe said.',
            "fired-into-the-crowd",
            id="attribution-after-two-sentences",
        ),
        pytest.param(  # the head of an appositive speaks, not the name inside it
            "Dana Whitcombe, assistant chief of the Harbour City Police Department, told "
            f'reporters: "{FIRED}."',
            "fired-into-the-crowd",
            id="appositive-head",
        ),
        pytest.param(
            f'"{FIRED}," Dana Whitcombe, a spokesman of the Harbour City Police Department, '
            "told reporters.",
            "fired-into-the-crowd",
            id="appositive-head-after-the-quote",
        ),
        pytest.param(
            f'A police spokesman, Dana Whitcombe, said: "{FIRED}."',
            "fired-into-the-crowd",
            id="name-in-apposition-to-a-title",
        ),
        pytest.param(f'Vask tweeted: "{SINGING}."', "nothing-will-stop-us", id="tweeted"),
        pytest.param(  # a name inside a place's name is not a person speaking
            f'Vask sang outside Drummond Tower and said: "{SINGING}."',
            "nothing-will-stop-us",
            id="name-in-a-building",
        ),
        pytest.param(  # `her` after Vask tells that `she` fits her
            f'Vask told reporters that her fans were upset. "{SINGING}," she said.',
            "nothing-will-stop-us",
            id="she-fits",
        ),
        pytest.param(  # the sentence before names her alone and says no one spoke
            f'Vask, who cancelled her tour, left the stage. "{SINGING}," she said.',
            "nothing-will-stop-us",
            id="she-is-the-only-one-named",
        ),
        pytest.param(  # a post's author speaks its words
            "Drummond said the concert would go ahead. "
            f'"{SINGING}!" pic.twitter.com/abc123 — Lorna Vask (@lornavask) November 9, 2016',
            "nothing-will-stop-us",
            id="embedded-post-by-her",
        ),
    ],
)
def test_the_speaker_the_article_names_is_confirmed(text: str, fact: str) -> None:
    assert who(text, fact) == "confirmed"


@pytest.mark.parametrize(
    "text, fact",
    [
        pytest.param(  # a spokesman for the department is not the department
            f'A spokesman for the Harbour City Police Department said: "{FIRED}."',
            "fired-into-the-crowd",
            id="object-of-a-preposition",
        ),
        pytest.param(  # `Drummond's spokesman` is not Drummond
            f'Drummond\'s spokesman said: "{FIRED}."',
            "fired-into-the-crowd",
            id="possessive",
        ),
        pytest.param(  # `in a tweet` has no speaker: `tweet` is a noun here
            f'In a tweet that Drummond shared, the words "{SINGING}" were printed in capitals.',
            "nothing-will-stop-us",
            id="tweet-the-noun",
        ),
        pytest.param(  # `he` names Drummond elsewhere: `she` is someone else
            "Drummond said the show was far too long, and he laughed at it. Drummond told "
            f'reporters it was a disgrace. "{SINGING}," she tweeted.',
            "nothing-will-stop-us",
            id="she-after-a-man",
        ),
        pytest.param(  # an organisation is not `he`
            f'The Harbour City Police Department said the street was closed. "{FIRED}," he said.',
            "fired-into-the-crowd",
            id="he-after-an-organisation",
        ),
        pytest.param(  # someone else's post quoted in the text: not the subject's words
            "Drummond said the concert would go ahead. "
            f'"{SINGING}!" pic.twitter.com/abc123 — Vask Fan Club (@vaskfans) November 9, 2016',
            "nothing-will-stop-us",
            id="embedded-post-by-someone-else",
        ),
        pytest.param(  # `the tweet` is a noun: `read the tweet Drummond deleted` is no `said X`
            f'"{SINGING}," read the tweet Drummond deleted.',
            "nothing-will-stop-us",
            id="the-tweet-noun-before-a-name",
        ),
        pytest.param(  # `to Vask`: she is spoken to
            f'"{SINGING}," a fan said to Vask.', "nothing-will-stop-us", id="said-to"
        ),
        pytest.param(  # the words of a banner: no one speaks them
            f'Drummond said the crowd was small. Fans waved a banner reading "{SINGING}".',
            "nothing-will-stop-us",
            id="words-on-a-banner",
        ),
    ],
)
def test_a_speaker_the_article_does_not_name_clearly_is_not_judged(text: str, fact: str) -> None:
    assert who(text, fact) == "unstated"


@pytest.mark.parametrize(
    "text, fact",
    [
        pytest.param(
            f'Whitcombe said the police were slow. "It was chaos. {FIRED}," Drummond said.',
            "fired-into-the-crowd",
            id="attribution-after-two-sentences",
        ),
        pytest.param(  # the appositive's head is another person
            f'Calum Drummond, a friend of Dana Whitcombe, told reporters: "{FIRED}."',
            "fired-into-the-crowd",
            id="appositive-head-is-another",
        ),
        pytest.param(
            f'Drummond told reporters that he was upset. "{SINGING}," he said.',
            "nothing-will-stop-us",
            id="he-fits-another",
        ),
        pytest.param(f'"{SINGING}," said Drummond.', "nothing-will-stop-us", id="said-x"),
        pytest.param(f'Drummond tweeted: "{SINGING}."', "nothing-will-stop-us", id="tweeted"),
        pytest.param(  # `to Vask`: she is spoken to, not speaking
            f'Drummond said to Vask: "{SINGING}."', "nothing-will-stop-us", id="said-to"
        ),
    ],
)
def test_a_quote_given_to_another_speaker_is_contradicted(text: str, fact: str) -> None:
    assert who(text, fact) == "contradicted"


def test_a_quote_opening_a_paragraph_after_a_closed_one_is_doubtful() -> None:
    # the same speaker going on, or a new one whose naming line the scraped text lost
    text = f'Drummond said: "We were scared."\n"{SINGING}. We stayed."'
    assert who(text, "nothing-will-stop-us") == "doubtful"
    assert who(text.replace("Drummond", "Vask"), "nothing-will-stop-us") == "confirmed"


def test_a_quote_going_on_in_its_paragraph_is_still_judged() -> None:
    assert who(f'Drummond said: "We were scared." "{SINGING}."', "nothing-will-stop-us") == (
        "contradicted"
    )
    # an attribution with no quote before the paragraph: the quote that opens it is theirs
    text = f'Drummond said the crowd would not leave.\n"{SINGING}. We stayed."'
    assert who(text, "nothing-will-stop-us") == "contradicted"
