"""Shared by the case tables: one story's facts checked on one sentence of an article about it."""

from __future__ import annotations

import datetime as dt

from factcheck import Article, FactResult, check_article, parse_story
from factcheck.diagnose import _subject_reason
from factcheck.match import find_phrase
from factcheck.reading import CompiledStory, Document, Reading


def check_on(text: str, story: str, published: dt.date | None = None) -> list[FactResult]:
    """Every fact of ``story`` (a fact file's text) checked on an article about it: one that
    declares the story, as a case table tests a rule, not whether the article is about it."""
    parsed = parse_story(story, "story.yaml")
    article = Article("a.md", "a.md", text, published=published, stories=(parsed.id,))
    return check_article(article, [parsed])


def verdict(
    text: str, story: str, published: dt.date | None, fact: str | None = None
) -> tuple[str, str]:
    """The status of ``story``'s one fact (or of ``fact``) on ``text``, and the slots it clashes
    on."""
    (result,) = [r for r in check_on(text, story, published) if fact in (None, r.fact)]
    clashes = ",".join(s.slot for s in result.slots if s.status == "contradicted")
    return result.status, clashes


def clashes_on(text: str, story: str, published: dt.date | None) -> set[str]:
    """`fact:slot` of every slot of ``story`` that ``text`` contradicts."""
    return {
        f"{r.fact}:{s.slot}"
        for r in check_on(text, story, published)
        for s in r.slots
        if s.status == "contradicted"
    }


def slot_verdict(
    text: str, story: str, published: dt.date | None, slot: str
) -> tuple[str, str, str]:
    """For ``story``'s one fact on ``text``: its status, its ``slot``'s status and the rule that
    read that slot."""
    (result,) = check_on(text, story, published)
    (found,) = [s for s in result.slots if s.slot == slot]
    return result.status, found.status, found.rule


def kept_and_reasons(
    text: str, story: str, published: dt.date | None = None
) -> list[tuple[bool, str]]:
    """For each match of the phrases of ``story``'s one fact on ``text``: whether the reading
    keeps it as a mention, and the reason `factcheck explain` gives."""
    parsed = parse_story(story, "story.yaml")
    article = Article("a.md", "a.md", text, published=published, stories=(parsed.id,))
    compiled = CompiledStory.build(parsed)
    reading = Reading(Document(article, published or parsed.date), compiled)
    (fact,) = parsed.facts
    who = frozenset(fact.who)
    found = []
    for pattern in compiled.phrases[fact.id]:
        for index, tokens in enumerate(reading.document.tokens):
            for match in find_phrase(pattern, tokens, reading.places[index]):
                kept = reading._subject(index, match, who) is not False
                found.append((kept, _subject_reason(reading, index, match, who)))
    return found
