"""Routing among many stories: one index of every story's cue words routes an article to the
same stories as looking for each story's names in turn."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import Article, Checker, engine, load_story, parse_story, read_article

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"


def story(index: int, name: str) -> str:
    return (
        f"story: s{index}\nabout: [p]\nentities:\n  p: {{name: {name}}}\nplaces: {{}}\n"
        "facts:\n  - id: f\n    who: p\n    what: [arrived]\n"
    )


NAMES = ["Ingrid Halvorsen", "Kenji Tanabe", "Zoë Ødegård", "Ольга Петрова", "Maja Lindqvist"]
"""Names with ASCII words, with a non-ASCII word, and with no ASCII word at all (its story has no
cue and is always tried)."""


@pytest.fixture(scope="module")
def many() -> Checker:
    """Every labelled story and a few dozen more: enough for the index."""
    labelled = [load_story(p) for p in sorted(CORPUS.glob("**/stories/*.yaml"))]
    extra = [parse_story(story(i, NAMES[i % len(NAMES)]), f"s{i}.yaml") for i in range(40)]
    checker = Checker([*labelled, *extra, load_story(ROOT / "facts" / "kim-russia-2023.yaml")])
    assert len(checker.compiled) >= engine.INDEXED_ROUTING
    return checker


def routes(checker: Checker, article: Article, indexed: bool) -> list[str]:
    threshold = engine.INDEXED_ROUTING
    engine.INDEXED_ROUTING = 1 if indexed else 10**9
    try:
        return checker.route(article)
    finally:
        engine.INDEXED_ROUTING = threshold


def test_the_index_routes_every_labelled_article_as_the_scan_does(many: Checker) -> None:
    paths = sorted(CORPUS.glob("**/articles/*.md")) + sorted((ROOT / "articles").glob("*.md"))
    routed = 0
    for path in paths:
        article = read_article(path)
        found = routes(many, article, indexed=True)
        assert found == routes(many, article, indexed=False), path
        routed += len(found)
    assert routed > 400


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ingrid Halvorsen arrived in Oslo.", {"s0", "s5", "s10", "s15"}),
        ("HALVORSEN-watchers: Ingrid-Halvorsen's visit.", {"s0", "s5", "s10", "s15"}),
        ("Zoë Ødegård arrived.", {"s2", "s7", "s12", "s17"}),
        ("Ольга Петрова arrived.", {"s3", "s8", "s13", "s18"}),
        ("The Halvorsens arrived.", set()),  # a cue inside a longer word names no one
    ],
)
def test_an_article_is_routed_by_its_names_among_many_stories(
    many: Checker, text: str, expected: set[str]
) -> None:
    article = Article("a.md", "a.md", text, published=None)
    found = set(routes(many, article, indexed=True))
    assert {sid for sid in found if sid.startswith("s") and sid[1:].isdigit()} & {
        f"s{i}" for i in range(20)
    } == expected
    assert found == set(routes(many, article, indexed=False))
