"""Shared by the case tables: one story's facts checked on one sentence of an article about it."""

from __future__ import annotations

import datetime as dt

from factcheck import Article, FactResult, check_article, parse_story


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
