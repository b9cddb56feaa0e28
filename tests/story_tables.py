"""Shared by the tables of invented stories (`tests/test_unseen_stories*.py`): each labelled
(article, fact) cell, each planted contradiction, and `factcheck explain` against the reading.

A table module holds STORIES (story key: fact file text), ARTICLES ((story, article): (published,
text)), LABELS ((story, article): {fact: status}), PLANTED ((story, article, old, new,
`fact:slot`)) and KNOWN ((story, article, fact or `fact:slot`): (what the checker says now,
why)); these functions read them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from factcheck import Article, parse_story
from factcheck.diagnose import MENTION, _subject_reason
from factcheck.engine import Checker
from factcheck.reading import Document, Reading
from tests.cases import check_on

Articles = Mapping[tuple[str, str], tuple[dt.date, str]]
Planted = Sequence[tuple[str, str, str, str, str]]
Known = Mapping[tuple[str, str, str], tuple[str, str]]


def statuses(story: str, text: str, published: dt.date) -> dict[str, tuple[str, set[str]]]:
    """Each fact's status on ``text``, with the `fact:slot` of every clash."""
    return {
        r.fact: (r.status, {f"{r.fact}:{s.slot}" for s in r.slots if s.status == "contradicted"})
        for r in check_on(text, story, published)
    }


def cells(labels: Mapping[tuple[str, str], Mapping[str, str]]) -> list[tuple[str, str, str, str]]:
    """(story, article, fact, label) of every labelled cell."""
    return [(s, a, f, label) for (s, a), facts in labels.items() for f, label in facts.items()]


def cell_status(
    stories: Mapping[str, str], articles: Articles, known: Known, cell: tuple[str, str, str, str]
) -> tuple[str, str, set[str]]:
    """(the status expected, the status found, the clashes found) of one labelled cell: the
    label, or what KNOWN says the checker says now."""
    story, article, fact, label = cell
    published, text = articles[story, article]
    status, clashes = statuses(stories[story], text, published)[fact]
    entry = known.get((story, article, fact))
    return (entry[0] if entry else label), status, clashes


def planted_clashes(
    stories: Mapping[str, str], articles: Articles, known: Known, edit: tuple[str, ...]
) -> tuple[set[str], set[str]]:
    """(the clashes expected, the clashes found) of one planted edit: its `fact:slot`, or what
    KNOWN says the checker finds now."""
    story, article, old, new, slot = edit
    published, text = articles[story, article]
    assert text.count(old) == 1, old
    found = statuses(stories[story], text.replace(old, new), published)
    clashes: set[str] = set().union(*(c for _, c in found.values()))
    entry = known.get((story, article, slot))
    expected = set(entry[0].split(",")) - {""} if entry else {slot}
    return expected, clashes


def texts(articles: Articles, planted: Planted) -> list[tuple[str, str, dt.date]]:
    """Every article of the table and every planted edit: (story, text, published)."""
    found = [(s, text, published) for (s, _), (published, text) in articles.items()]
    for story, article, old, new, _ in planted:
        published, text = articles[story, article]
        found.append((story, text.replace(old, new), published))
    return found


def explain_disagreements(
    stories: Mapping[str, str], articles: Articles, planted: Planted
) -> tuple[int, list[tuple[str, str, int, str]]]:
    """How many phrase matches were looked at, and those where `factcheck explain` and the
    reading disagree on whether the match is a mention: (text, fact, sentence, reason)."""
    judged = 0
    wrong = []
    for story, text, published in texts(articles, planted):
        parsed = parse_story(stories[story], f"{story}.yaml")
        article = Article("a.md", "a.md", text, published=published, stories=(parsed.id,))
        compiled = Checker([parsed]).compiled[parsed.id]
        reading = Reading(Document(article, published), compiled)
        for fact in parsed.facts:
            if fact.quote:
                continue
            who = frozenset(fact.who)
            for pattern in compiled.phrases[fact.id]:
                for index, matches in reading._phrase_matches(pattern):
                    for match in matches:
                        kept = reading._subject(index, match, who) is not False
                        reason = _subject_reason(reading, index, match, who)
                        if kept != (reason == MENTION):
                            wrong.append((text[:40], fact.id, index, reason))
                        judged += 1
    return judged, wrong
