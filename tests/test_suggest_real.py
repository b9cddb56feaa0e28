"""`factcheck suggest` on real articles: speakers, `about`, places, and a skeleton for few."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from factcheck.articles import read_article
from factcheck.engine import Checker
from factcheck.facts import Story, parse_story
from factcheck.suggest import main

ROOT = Path(__file__).resolve().parent.parent
GAGA = ROOT / "tests/data/giveme5w1h"
OTHER_EVENTS = sorted(  # tram, consulate attack, other events: not the gaga protests
    p for p in (ROOT / "tests/corpus/articles").glob("*.md") if not p.name.startswith("gaga-")
)


def suggest(paths: list[Path]) -> tuple[int, str]:
    out = io.StringIO()
    code = main([str(p) for p in paths], out)
    return code, out.getvalue()


@pytest.fixture(scope="module")
def gaga() -> tuple[str, Story]:
    code, draft = suggest([GAGA])
    assert code == 0
    return draft, parse_story(draft, "draft.yaml")


def test_about_is_what_the_titles_name(gaga: tuple[str, Story]) -> None:
    _, story = gaga
    assert [story.entities[e].name for e in story.about] == ["Lady Gaga"]


def test_the_draft_does_not_route_other_events_articles(gaga: tuple[str, Story]) -> None:
    _, story = gaga
    checker = Checker([story])
    assert [p.name for p in OTHER_EVENTS if checker.route(read_article(p))] == []
    assert all(checker.route(read_article(p)) for p in sorted(GAGA.glob("*.md")))


def test_places_stay_places_and_hashtags_are_no_names(gaga: tuple[str, Story]) -> None:
    _, story = gaga
    entities = {n for e in story.entities.values() for n in e.names}
    places = {n for p in story.places.values() for n in p.names}
    assert {"Trump Tower", "America", "United States", "US"} <= places
    assert not entities & {"Trump Tower", "America", "United States", "US"}
    assert not {n for n in entities | places if "lovetrumpshate" in n.lower()}


def test_a_quote_with_an_unsure_speaker_gets_no_who(gaga: tuple[str, Story]) -> None:
    draft, story = gaga
    # Katy Perry's post (`She added: 'WE WILL NEVER BE SILENCED...'`): Perry is no entity
    assert not [f for f in story.facts if f.quote and "SILENCED" in f.quote]
    lines = draft.splitlines()
    at = next(i for i, line in enumerate(lines) if "WE WILL NEVER BE SILENCED" in line)
    assert lines[at - 2].startswith("  # speaker unsure (")
    assert lines[at].startswith("  #   quote: ")
    gaga_quote = next(f for f in story.facts if f.quote and "room full of hope" in f.quote)
    assert story.entities[gaga_quote.who[0]].name == "Lady Gaga"


def test_three_articles_that_share_no_fact_give_a_skeleton() -> None:
    three = [GAGA / f"gaga-{name}.md" for name in ("dailymail", "independent", "standard")]
    code, draft = suggest(three)
    assert code == 0
    assert "# No fact is stated alike by two or more of the 3 articles: add facts." in draft
    story = parse_story(draft, "draft.yaml")
    assert any("Gaga" in e.name for e in story.entities.values())
    assert "Trump Tower" in {p.name for p in story.places.values()}
    assert [(f.id, f.what) for f in story.facts] == [("TODO", ("TODO",))]
