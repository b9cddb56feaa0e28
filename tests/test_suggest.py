"""`factcheck suggest`: a draft story from what several articles agree on."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest

from factcheck.articles import Article, read_article
from factcheck.facts import Entity, Fact, Story, parse_story
from factcheck.suggest import main, suggest_story

ROOT = Path(__file__).resolve().parent.parent
UNSC = (
    "any transfer of arms from North Korea to Russia would be in violation of multiple "
    "United Nations Security Council resolutions"
)


@pytest.fixture(scope="module")
def draft() -> str:
    """The draft `factcheck suggest articles` prints in the repository root."""
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        assert main(["articles"], out) == 0
    return out.getvalue()


@pytest.fixture(scope="module")
def story(draft: str) -> Story:
    return parse_story(draft, "draft.yaml")


def entity(story: Story, name: str) -> Entity:
    """The entity with this name (or alias)."""
    found = [e for e in story.entities.values() if name in e.names]
    assert len(found) == 1, (name, story.entities)
    return found[0]


def quote_fact(story: Story, words: str) -> Fact:
    found = [f for f in story.facts if f.quote and words.lower() in f.quote.lower()]
    assert len(found) == 1, (words, story.facts)
    return found[0]


def comment_above(draft: str, fact: Fact) -> str:
    """The comment line right above a fact's entry."""
    return draft.splitlines()[fact.line - 2]


def test_the_draft_is_a_valid_story(story: Story) -> None:
    assert story.id == "draft"
    assert story.date is not None and story.date.isoformat() == "2023-09-12"
    assert story.title
    assert [story.entities[eid].name for eid in story.about] == ["Kim Jong Un"]


def test_entities_group_the_spellings_articles_use(story: Story) -> None:
    kim = entity(story, "Kim Jong Un")
    assert kim.name == "Kim Jong Un"
    assert {"Kim Jong-un", "Kim", "Mr. Kim"} <= set(kim.aliases)
    assert kim.id == "kim-jong-un"
    assert entity(story, "Vladimir Putin") is entity(story, "Putin")
    assert entity(story, "Dmitry Peskov") is entity(story, "Peskov")
    assert entity(story, "Matthew Miller") is entity(story, "Miller")


def test_months_weekdays_adjectives_and_places_are_not_entities(story: Story) -> None:
    names = {n for e in story.entities.values() for n in e.names}
    assert not names & {"Monday", "Tuesday", "Sunday", "September", "Russian", "North Korean"}
    assert not names & {"Russia", "Vladivostok", "Far East"}
    places = {p.name for p in story.places.values()}
    assert {"Russia", "Vladivostok"} <= places
    assert all(p.parent is None for p in story.places.values())


def test_the_miller_quote_with_its_speaker_and_the_source_that_differs(
    draft: str, story: Story
) -> None:
    fact = quote_fact(story, UNSC)
    assert fact.who == (entity(story, "Matthew Miller").id,)
    comment = comment_above(draft, fact)
    assert comment.startswith("  # stated by 3 of 5 sources (articles/000.md, articles/001.md")
    assert "differs in articles/001.md: " in comment
    assert "a violation of multiple UN Security Council resolutions" in comment
    assert "articles/003.md" not in comment


def test_a_count_the_sources_agree_on_has_no_difference() -> None:
    def article(n: int, text: str) -> Article:
        return Article(key=f"a{n}.md", path=f"a{n}.md", text=text, published=dt.date(2024, 5, 2))

    draft = suggest_story(
        [
            article(
                1,
                "Mayor Lena Berg opened the new bridge.\nLena Berg cut 12 ribbons at the ceremony.",
            ),
            article(2, "Lena Berg cut 12 ribbons on Thursday.\nThe bridge links two islands."),
            article(3, "Crowds watched as Lena Berg cut 12 ribbons.\nBerg spoke briefly."),
        ]
    )
    story = parse_story(draft, "draft.yaml")
    fact = next(f for f in story.facts if f.count is not None)
    assert (fact.what, fact.count) == (("ribbons",), 12)
    assert fact.who == (entity(story, "Lena Berg").id,)
    assert "stated by 3 of 3 sources" in comment_above(draft, fact)
    assert "differs" not in comment_above(draft, fact)


def test_checking_the_articles_against_the_draft_finds_only_the_real_discrepancies(
    pytester: pytest.Pytester, draft: str, story: Story
) -> None:
    shutil.copytree(ROOT / "articles", pytester.path / "articles")
    (pytester.path / "facts").mkdir()
    (pytester.path / "facts" / "draft.yaml").write_text(draft, encoding="utf-8")
    result = pytester.runpytest("--facts", "facts", "articles", "--facts-report", "r.json")
    report = json.loads((pytester.path / "r.json").read_text(encoding="utf-8"))
    contradicted = {
        (r["article"], r["fact"]) for r in report["results"] if r["status"] == "contradicted"
    }
    assert contradicted == {
        ("articles/001.md", quote_fact(story, UNSC).id),
        ("articles/003.md", quote_fact(story, "aggressively enforced our sanctions").id),
    }
    assert result.ret == 1


def test_jsonl_batches_are_read(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    with batch.open("w", encoding="utf-8") as handle:
        for path in sorted((ROOT / "articles").glob("*.md")):
            article = read_article(path)
            record = {"id": path.stem, "title": article.title, "text": article.text}
            handle.write(json.dumps(record | {"published": str(article.published)}) + "\n")
    out = io.StringIO()
    assert main([str(batch)], out) == 0
    story = parse_story(out.getvalue())
    assert f"differs in {batch}#001: " in out.getvalue()
    assert entity(story, "Kim Jong Un").id in story.about


def test_fewer_than_two_readable_articles_is_an_error(tmp_path: Path) -> None:
    shutil.copy(ROOT / "articles" / "000.md", tmp_path / "000.md")
    (tmp_path / "broken.md").write_text("---\ntitle: no end\n", encoding="utf-8")
    out = io.StringIO()
    assert main([str(tmp_path)], out) == 1
    message = out.getvalue()
    assert "factcheck suggest: needs two or more readable articles, found 1" in message
    assert "broken.md:1: front matter is not closed" in message


def test_articles_that_share_nothing_give_no_draft(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Rain\nIt rained in Leeds on Monday, Anna Berg said.\n")
    (tmp_path / "b.txt").write_text("Markets\nShares rose in Tokyo, said Kenji Sato.\n")
    out = io.StringIO()
    assert main([str(tmp_path)], out) == 1
    assert "factcheck suggest: no name is used by 2 or more of the 2 articles" in out.getvalue()
    with pytest.raises(ValueError, match="no name"):
        suggest_story([read_article(tmp_path / "a.txt"), read_article(tmp_path / "b.txt")])
