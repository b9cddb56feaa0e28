"""An article routed to a story only by a description (`boy`, `the tram`) may be about another
event: its clashes are doubtful (`described-story/...`), never failed, unless it also names a
proper name of the story (an entity's or a place's) or declares the story."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import Article, Checker, parse_story
from factcheck.facts import story_warnings
from factcheck.match import is_proper_name

WELL = """\
story: well
about: [boy]
entities:
  boy:
    name: Zhao Zicong
    aliases: [boy, little boy]
  rescuers: {name: rescuers, aliases: [firefighters]}
places:
  hebei: {name: Hebei}
  baoding: {name: Baoding, in: hebei}
facts:
  - id: boy-aged-five
    who: boy
    what: year-old
    count: 5
"""
NAMELESS = """\
story: council
about: [council]
entities:
  council: {name: council, aliases: [the local authority]}
facts:
  - id: homes-built
    who: council
    what: new homes
    count: 40
"""
AGE = "count.age-before-name"
CLASH = ("contradicted", "contradicted", f"named/{AGE}")
DOUBT = ("consistent", "doubtful", f"described-story/named/{AGE}")
NOV_10 = dt.date(2016, 11, 10)


def verdict(text: str, story: str = WELL, declared: bool = False) -> tuple[str, str, str]:
    """The fact's status, its count slot's status and the rule path of that slot."""
    parsed = parse_story(story, "story.yaml")
    stories = (parsed.id,) if declared else ()
    article = Article("a.md", "a.md", text, published=NOV_10, stories=stories)
    (result,) = Checker([parsed]).check(article)
    (count,) = [s for s in result.slots if s.slot == "count"]
    return result.status, count.status, count.rule or ""


@pytest.mark.parametrize(
    "text, expected",
    [
        # named only by a description: another boy of another story, perhaps
        ("A 17-year-old boy was arrested after a man died.", DOUBT),
        ("Boy, 17, arrested: a 17-year-old boy was held on Sunday.", DOUBT),
        # a proper name of the story anywhere in the article: an entity's or a place's
        ("A 17-year-old boy fell into a well. Zhao Zicong was trapped.", CLASH),
        ("A 17-year-old boy fell into a well in Hebei.", CLASH),
        ("A 17-year-old boy fell into a well near Baoding.", CLASH),
        # a proper name as a common word is no name of the story: the case counts
        ("A 17-year-old boy was found in hebei-style clothes.", DOUBT),
        # a text all in one case (a lower-cased summary): names in any case count
        ("a 17-year-old boy fell into a well in hebei.", CLASH),
        ("a 17-year-old boy was arrested after a man died.", DOUBT),
        # what the article says of the story's own age is consistent either way
        ("A five-year-old boy fell into a well.", ("consistent", "confirmed", AGE)),
    ],
)
def test_a_story_named_only_by_a_description_is_not_judged(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert verdict(text) == expected


def test_an_article_that_declares_the_story_is_judged() -> None:
    assert verdict("A 17-year-old boy was arrested.", declared=True) == CLASH


def test_a_story_without_a_proper_name_is_judged_only_where_declared() -> None:
    text = "The council said 30 new homes were built."
    rule = "named/count.number-before-phrase"
    assert verdict(text, NAMELESS) == ("consistent", "doubtful", f"described-story/{rule}")
    assert verdict(text, NAMELESS, declared=True) == ("contradicted", "contradicted", rule)
    warnings = [str(w) for w in story_warnings(parse_story(NAMELESS, "c.yaml"))]
    assert warnings[0].startswith("c.yaml:1: warning: story: no entity or place of the story")
    assert story_warnings(parse_story(WELL, "w.yaml")) != []  # `boy` routes: warned
    assert not any(": story: " in str(w) for w in story_warnings(parse_story(WELL, "w.yaml")))


@pytest.mark.parametrize(
    "name, proper",
    [
        ("Zhao Zicong", True),
        ("Mr Collett", True),
        ("the Seasiders", True),
        ("iPhone", True),
        ("FBI", True),
        ("boy", False),
        ("The singer", False),
        ("17-year-old boy", False),
        ("a 2016 crash", False),
    ],
)
def test_a_proper_name_has_a_capital_past_its_article(name: str, proper: bool) -> None:
    assert is_proper_name(name) is proper


def test_a_mixed_batch_fails_only_the_article_about_the_story(pytester: pytest.Pytester) -> None:
    """Two articles about two boys: only the one that names the story's place can fail on it."""
    (pytester.path / "facts").mkdir()
    (pytester.path / "facts" / "well.yaml").write_text(WELL, encoding="utf-8")
    articles = pytester.path / "articles"
    articles.mkdir()
    front = "---\npublished: 2016-11-10\n---\n"
    other = front + "A 17-year-old boy was arrested in Barnsley after a man died.\n"
    (articles / "barnsley.md").write_text(other, encoding="utf-8")
    well = front + "A six-year-old boy fell into a well in Hebei on Sunday.\n"
    (articles / "hebei.md").write_text(well, encoding="utf-8")
    result = pytester.runpytest("--facts", "facts", "articles", "-p", "no:hypothesispytest")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        ["articles/barnsley.md *1 *0 *0", "FAILED articles/hebei.md::boy-aged-five*"]
    )
