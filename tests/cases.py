"""Shared by the case tables: one story's one fact checked on one sentence."""

from __future__ import annotations

import datetime as dt

from factcheck import Article, check_article, parse_story


def verdict(text: str, story: str, published: dt.date | None) -> tuple[str, str]:
    """The status of ``story``'s one fact on ``text``, and the slots it clashes on."""
    article = Article("a.md", "a.md", text, published=published)
    (result,) = check_article(article, [parse_story(story, "story.yaml")])
    clashes = ",".join(s.slot for s in result.slots if s.status == "contradicted")
    return result.status, clashes
