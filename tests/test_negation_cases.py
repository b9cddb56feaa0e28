"""Case table of the `what` check: a negation counts only on the fact's own event, asserted."""

from __future__ import annotations

import datetime as dt

import pytest
from cases import verdict

from factcheck import Article, check_article, parse_story

CUP = """
story: cup-2016
date: 2016-05-21
about: [rovers]
entities:
  rovers: {name: Rovers, aliases: [Bristol Rovers, the club]}
  ministry: {name: ministry}
places:
  wembley: {name: Wembley}
facts:
  - id: rovers-win-cup
    who: rovers
    what: [won the cup]
"""
SAT = dt.date(2016, 5, 21)


def status(text: str, story: str = CUP, published: dt.date = SAT) -> tuple[str, str]:
    """The status of the story's one fact on ``text``, and the slots it clashes on."""
    return verdict(text, story, published)


CONSISTENT = ("consistent", "")
NEGATED = ("contradicted", "what")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the article's own denial of the event: still a contradiction
        ("Rovers have not won the cup.", NEGATED),
        ("Rovers did not win the cup.", NEGATED),
        ("Rovers never won the cup.", NEGATED),
        ("Rovers didn't win the cup at Wembley.", NEGATED),
        ("Rovers have not yet won the cup.", NEGATED),
        ("Rovers have yet to win the cup.", NEGATED),
        ("Rovers failed to win the cup.", NEGATED),
        ("Rovers won the cup.", CONSISTENT),
        # a curse or a prediction: not judged
        ("A fan once said Rovers would never win the cup again.", CONSISTENT),
        ("Pundits said Rovers would never win the cup.", CONSISTENT),
        ("Rovers will not win the cup, the bookmakers say.", CONSISTENT),
        ("Rovers won't win the cup next year.", CONSISTENT),
        ("Rovers could not win the cup without their captain.", CONSISTENT),
        # a drought: true, and no denial of the win now
        ("Rovers had not won the cup since 1908.", CONSISTENT),
        ("Rovers had never won the cup before.", CONSISTENT),
        ("Rovers had not won the cup in 108 years.", CONSISTENT),
        ("Rovers did not win the cup until Saturday.", CONSISTENT),
        ("Rovers no longer won the cup every spring.", CONSISTENT),
        # another predicate carries the negation
        ("Rovers are not the first club to have won the cup twice.", CONSISTENT),
        ("Rovers were never expected to win the cup.", CONSISTENT),
        # a condition or a question asserts nothing
        ("The manager would have gone if Rovers had not won the cup.", CONSISTENT),
        ("Why have Rovers not won the cup?", CONSISTENT),
        # someone else's words
        ("A fan shouted: 'Rovers have not won the cup, it is a dream!'", CONSISTENT),
    ],
)
def test_a_negation_counts_only_on_the_fact_s_own_asserted_event(
    text: str, expected: tuple[str, str]
) -> None:
    assert status(text) == expected


SUMMIT = """
story: summit-2019
date: 2019-06-30
about: [moon]
entities:
  moon: {name: Moon Jae-in, aliases: [Moon]}
places:
  panmunjom: {name: Panmunjom}
facts:
  - id: moon-arrives
    who: moon
    what: [arrived in Panmunjom]
    where: panmunjom
"""
SUN = dt.date(2019, 6, 30)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Moon has not arrived in Panmunjom.", NEGATED),
        ("Moon has not officially arrived in Panmunjom.", NEGATED),
        ("Moon is not scheduled to arrive in Panmunjom.", NEGATED),  # a plan, denied
        ("Moon is not known to have arrived in Panmunjom.", CONSISTENT),
        ("Moon might not have arrived in Panmunjom by then.", CONSISTENT),
        ("Moon would not arrive in Panmunjom again for a year.", CONSISTENT),
        ("Moon had not arrived in Panmunjom for two years.", CONSISTENT),
    ],
)
def test_a_negation_of_another_time_or_predicate_is_not_judged(
    text: str, expected: tuple[str, str]
) -> None:
    assert status(text, SUMMIT, SUN) == expected


def test_a_negated_predicate_noun_is_the_phrase_s_own() -> None:
    story = """
story: s
about: [gaga]
entities:
  gaga: {name: Lady Gaga, aliases: [Gaga]}
places: {}
facts:
  - id: f
    who: gaga
    what: [supporter of Hillary Clinton]
"""
    article = Article("a.md", "a.md", "Gaga, who was never a supporter of Hillary Clinton, sang.")
    (result,) = check_article(article, [parse_story(story, "story.yaml")])
    assert result.status == "contradicted"
    assert [s.rule for s in result.contradictions] == ["named/what.negator-before-phrase"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quote left open before the negator: someone's words, though its end is not clear
        ('The manager said: "Rovers have not won the cup. We go on.', CONSISTENT),
        ("The manager said: “Rovers have not won the cup. We go on.", CONSISTENT),
        ("The manager said: 'Rovers have not won the cup. We go on.", CONSISTENT),
        # near-misses: a quote closed before the negator; an apostrophe opens nothing
        ('Fans sang "Glory" and Rovers have not won the cup.', NEGATED),
        ("Fans sang “Glory” and Rovers have not won the cup.", NEGATED),
        ("Fans sang 'Glory' and Rovers have not won the cup.", NEGATED),
        ("Fans sang ‘Glory’ and Rovers have not won the cup.", NEGATED),
        ("It's over and Rovers have not won the cup.", NEGATED),
        ("The club 's fans wept and Rovers have not won the cup.", NEGATED),  # tokenised text
    ],
)
def test_a_negation_after_a_quote_left_open_is_not_judged(
    text: str, expected: tuple[str, str]
) -> None:
    assert status(text) == expected
