"""Articles that name the story they are about (`story:`/`stories:`): checked against exactly
those stories, whatever names they hold; an unknown id is an error for that article only."""

from __future__ import annotations

import io
import json
import pickle
import subprocess
from pathlib import Path
from typing import Any

import pytest

from factcheck import ArticleError, UnknownStory
from factcheck.articles import Article, parse_jsonl_line, read_article
from factcheck.cli import explain
from factcheck.distributed import check_shard
from factcheck.engine import Checker
from factcheck.facts import parse_story

TOUR = """\
story: park-tour
date: 2024-03-05
about: [park]
entities:
  park:
    name: Lena Park
    aliases: [Ms. Park]
    mention_only: [the pianist]
places:
  norway: {name: Norway}
  oslo: {name: Oslo, in: norway}
  sweden: {name: Sweden}
  stockholm: {name: Stockholm, in: sweden}
facts:
  - id: park-arrives-in-oslo
    who: park
    what: arrived in Oslo
    where: oslo
    required: true
  - id: park-concerts
    who: park
    what: concerts
    count: 3
"""
TOUR_FACTS = ("park-arrives-in-oslo", "park-concerts")
VOTE = """\
story: vik-vote
about: [vik]
entities:
  vik: {name: Tomas Vik}
facts:
  - id: vik-seats
    who: vik
    what: seats
    count: 12
"""
INLINE = ("-W", "ignore::pytest.PytestAssertRewriteWarning", "-p", "no:hypothesispytest")

# A generated summary that never names Lena Park: only `the pianist`, a mention_only name.
ARRIVED = "The pianist arrived in Oslo on Tuesday.\n"
WRONG_CITY = "The pianist arrived in Stockholm on Tuesday.\n"
SILENT = "The pianist is on tour this spring.\n"


def md(body: str, declared: str = "story: park-tour") -> str:
    """An .md article whose declaration (if any) is on line 4."""
    front = ["---", "title: Spring tour", "published: 2024-03-05", declared, "---"]
    return "\n".join([line for line in front if line] + [body])


def record(ident: str, text: str, **fields: Any) -> str:
    return json.dumps({"id": ident, "published": "2024-03-05", "text": text, **fields}) + "\n"


def write(base: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = base / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def run(pytester: pytest.Pytester, articles: dict[str, str], *args: str) -> pytest.RunResult:
    write(pytester.path, {"facts/tour.yaml": TOUR, "facts/vote.yaml": VOTE})
    write(pytester.path / "articles", articles)
    return pytester.runpytest("--facts", "facts", "articles", *INLINE, *args)


def report_of(pytester: pytest.Pytester, name: str = "report.json") -> dict[str, Any]:
    data: dict[str, Any] = json.loads((pytester.path / name).read_text(encoding="utf-8"))
    return data


def statuses(report: dict[str, Any]) -> dict[tuple[str, str], str]:
    return {(r["article"], r["fact"]): r["status"] for r in report["results"]}


# --- a declared article is checked against its story ---------------------------------------


@pytest.mark.parametrize(
    ("body", "status", "outcomes"),
    [
        (ARRIVED, "consistent", {"passed": 1, "omitted": 1}),
        (WRONG_CITY, "contradicted", {"failed": 1, "omitted": 1}),
        (SILENT, "omitted", {"failed": 1, "omitted": 1}),  # the fact is required
    ],
)
def test_a_declared_md_article_without_the_about_name_is_checked(
    pytester: pytest.Pytester, body: str, status: str, outcomes: dict[str, int]
) -> None:
    result = run(pytester, {"summary.md": md(body)}, "--facts-report", "report.json")
    assert result.parseoutcomes() == outcomes
    assert result.ret == (0 if status == "consistent" else 1)
    found = statuses(report_of(pytester))
    assert found == {
        ("articles/summary.md", "park-arrives-in-oslo"): status,
        ("articles/summary.md", "park-concerts"): "omitted",
    }


def test_the_same_article_undeclared_is_unmatched(pytester: pytest.Pytester) -> None:
    result = run(pytester, {"summary.md": md(SILENT, declared="")}, "-v")
    assert result.parseoutcomes() == {"unmatched": 1}
    result.stdout.fnmatch_lines(["articles/summary.md::unmatched UNMATCHED*"])


def test_a_declared_article_is_checked_against_its_stories_only(
    pytester: pytest.Pytester,
) -> None:
    batch = "".join(
        [
            record("s1", ARRIVED, story="park-tour"),  # names no `about` entity
            record("s2", "Lena Park arrived in Stockholm. Tomas Vik won 12 seats.",
                   stories=["vik-vote"]),  # names Lena Park, declares the vote only
            record("s3", "Tomas Vik won 12 seats. The pianist arrived in Oslo.",
                   stories=["park-tour", "vik-vote"]),
            record("s4", "Lena Park arrived in Oslo."),  # undeclared: routed by names
            record("s5", "The pianist arrived in Oslo."),  # undeclared, no name: unmatched
        ]
    )  # fmt: skip
    result = run(pytester, {"batch.jsonl": batch}, "--collect-only", "-q")
    ids = [line for line in result.stdout.lines if "::" in line]
    assert ids == [
        *(f"articles/batch.jsonl::s1::{fact}" for fact in TOUR_FACTS),
        "articles/batch.jsonl::s2::vik-seats",
        *(f"articles/batch.jsonl::s3::{fact}" for fact in (*TOUR_FACTS, "vik-seats")),
        *(f"articles/batch.jsonl::s4::{fact}" for fact in TOUR_FACTS),
        "articles/batch.jsonl::s5::unmatched",
    ]
    result = run(pytester, {"batch.jsonl": batch}, "--facts-report", "report.json")
    found = statuses(report_of(pytester))
    assert found[("articles/batch.jsonl#s1", "park-arrives-in-oslo")] == "consistent"
    assert found[("articles/batch.jsonl#s2", "vik-seats")] == "consistent"
    assert ("articles/batch.jsonl#s2", "park-arrives-in-oslo") not in found  # not contradicted
    assert found[("articles/batch.jsonl#s3", "park-arrives-in-oslo")] == "consistent"
    assert found[("articles/batch.jsonl#s4", "park-arrives-in-oslo")] == "consistent"
    assert report_of(pytester)["unmatched_articles"] == ["articles/batch.jsonl#s5"]
    assert result.ret == 0


def test_a_declared_json_article_is_checked(pytester: pytest.Pytester) -> None:
    article = json.dumps(
        {
            "title": "Tour",
            "date_publish": "2024-03-05",
            "maintext": WRONG_CITY,
            "story": "park-tour",
        }
    )
    result = run(pytester, {"a.json": article}, "--facts-report", "report.json")
    assert result.parseoutcomes() == {"failed": 1, "omitted": 1}
    assert statuses(report_of(pytester))[("articles/a.json", "park-arrives-in-oslo")] == (
        "contradicted"
    )


# --- an unknown story id ---------------------------------------------------------------------


def test_an_unknown_story_is_an_error_for_that_article_and_the_rest_is_checked(
    pytester: pytest.Pytester,
) -> None:
    batch = record("s1", ARRIVED, story="park-tour") + record(
        "s2", ARRIVED, stories=["park-tour", "no-such-story"]
    )
    files = {
        "typo.md": md(ARRIVED, declared="story: park-tuor"),
        "good.md": md(ARRIVED),
        "batch.jsonl": batch,
    }
    args = ("--facts-report", "report.json", "--facts-sarif", "report.sarif")
    result = run(pytester, files, *args)
    assert result.parseoutcomes() == {"passed": 2, "omitted": 2, "errors": 2}
    assert result.ret == 1
    typo = "articles/typo.md:4: unknown story 'park-tuor'; did you mean 'park-tour'?"
    partly = "articles/batch.jsonl:2: unknown story 'no-such-story'"
    result.stdout.fnmatch_lines(
        [
            "ERROR articles/batch.jsonl::s2::unreadable*",
            "ERROR articles/typo.md::unreadable*",
        ]
    )
    result.stdout.fnmatch_lines(["unreadable articles (2):", f"  {partly}", f"  {typo}"])
    assert "did you mean" not in partly and f"{partly};" not in result.stdout.str()
    report = report_of(pytester)
    assert report["unreadable_articles"] == [
        {"article": "articles/batch.jsonl#s2", "message": partly},
        {"article": "articles/typo.md", "message": typo},
    ]
    assert report["totals"]["error"] == 2
    assert {r["article"] for r in report["results"]} == {
        "articles/batch.jsonl#s1",
        "articles/good.md",
    }
    sarif = report_of(pytester, "report.sarif")
    notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert sorted(n["message"]["text"] for n in notes) == [partly, typo]


def test_an_unknown_story_fails_a_per_article_run_too(pytester: pytest.Pytester) -> None:
    files = {"typo.md": md(ARRIVED, declared="story: park-tuor"), "good.md": md(ARRIVED)}
    result = run(pytester, files, "--facts-per-article")
    assert result.parseoutcomes() == {"passed": 1, "errors": 1}
    result.stdout.fnmatch_lines(["articles/typo.md:4: unknown story 'park-tuor'; did you mean*"])
    assert result.ret == 1


@pytest.mark.parametrize(
    ("declared", "message"),
    [
        ("story: [park-tour]", "story: must be a story id (text), not a list (several go under"),
        ("story: 2024", "story: must be a story id (text), not a number"),
        ("story:", "story: must be a story id (text), not empty"),
        ("stories: park-tour", "stories: must be a list of story ids, not text (one goes under"),
        ("stories: [park-tour, 7]", "stories[1]: must be a story id (text), not a number"),
        ("stories: []", "stories: the list is empty"),
        ("story: park tour", "story: 'park tour' is not a story id"),
        ("story: park-tour\nstories: [vik-vote]", "story and stories: give one of them"),
    ],
)
def test_a_declaration_of_the_wrong_shape_is_an_error_at_its_line(
    tmp_path: Path, declared: str, message: str
) -> None:
    path = tmp_path / "a.md"
    path.write_text(md(ARRIVED, declared=declared), encoding="utf-8")
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert info.value.message.startswith(message)
    assert info.value.line == (5 if "\n" in declared else 4)


def test_a_jsonl_declaration_of_the_wrong_shape_is_an_error_at_its_line() -> None:
    raw = record("x", ARRIVED, stories="park-tour").encode()
    entry = parse_jsonl_line(raw, "batch.jsonl", 7)
    assert isinstance(entry, ArticleError)
    assert str(entry).startswith("batch.jsonl:7: stories: must be a list of story ids")
    assert entry.key == "batch.jsonl#x"


def test_a_json_declaration_error_is_at_the_line_of_the_key(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text('{\n  "maintext": "Text.",\n  "story": ["park-tour"]\n}\n', encoding="utf-8")
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert info.value.line == 3
    assert info.value.message.startswith("story: must be a story id (text), not a list")


# --- pytest-xdist, --facts-changed, baselines ------------------------------------------------


@pytest.mark.parametrize("per_article", [(), ("--facts-per-article",)])
def test_xdist_gives_the_same_outcomes_and_report(
    pytester: pytest.Pytester, per_article: tuple[str, ...]
) -> None:
    batch = "".join(
        [
            record("s1", WRONG_CITY, story="park-tour"),
            record("s2", ARRIVED, stories=["park-tour", "vik-vote"]),
            record("s3", ARRIVED, story="vik-vot"),
            record("s4", "Lena Park arrived in Oslo."),
        ]
    )
    files = {
        "arrived.md": md(ARRIVED),
        "silent.md": md(SILENT),
        "typo.md": md(ARRIVED, declared="stories: [park-tuor]"),
        "batch.jsonl": batch,
    }
    serial = run(pytester, files, *per_article, "--facts-report", "serial.json")
    parallel = pytester.runpytest_subprocess(
        "--facts", "facts", "articles", *per_article, "-p", "xdist", "-n", "2",
        "--facts-report", "xdist.json",
    )  # fmt: skip
    assert parallel.parseoutcomes() == serial.parseoutcomes()
    assert serial.parseoutcomes()["errors"] == 2
    assert serial.parseoutcomes()["failed"] == 2  # the wrong city, the silent required fact
    assert parallel.ret == serial.ret == 1
    one, two = report_of(pytester, "serial.json"), report_of(pytester, "xdist.json")
    assert len(one["results"]) == 2 + 2 + 2 + 3 + 2  # s2 declares both stories
    assert two == one


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args],
        cwd=repo,
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout


def test_facts_changed_selects_the_articles_that_declare_a_changed_story(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(pytester.path.parent))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("HOME", str(pytester.path))
    root = pytester.path
    write(
        root,
        {
            "facts/tour.yaml": TOUR,
            "facts/vote.yaml": VOTE,
            "articles/declared.md": md(ARRIVED),  # declares the tour, names no one
            "articles/named.txt": "Park\nLena Park arrived in Oslo.\n",
            "articles/vote.md": md("Lena Park arrived in Oslo.", declared="story: vik-vote"),
            "articles/typo.md": md(ARRIVED, declared="story: park-tuor"),
            ".gitignore": ".pytest_cache/\n__pycache__/\n",
        },
    )
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "first batch")
    git(root, "checkout", "-q", "-b", "pr")
    (root / "facts/tour.yaml").write_text(TOUR.replace("count: 3", "count: 4"), encoding="utf-8")
    result = pytester.runpytest(
        "--facts", "facts", "articles", *INLINE, "--facts-changed", "main", "-v"
    )
    items = [line.split()[0] for line in result.stdout.lines if line.startswith("articles/")]
    files = {item.split("::")[0] for item in items if "::" in item}
    # vote.md names Lena Park, but declares the vote: its facts did not change
    assert files == {"articles/declared.md", "articles/named.txt", "articles/typo.md"}
    result.stdout.fnmatch_lines(["*articles/typo.md:4: unknown story 'park-tuor'*"])
    result.stdout.fnmatch_lines(["partial run: --facts-changed main left out 1 of 4 article*"])


def test_a_baseline_accepts_a_contradiction_of_a_declared_article(
    pytester: pytest.Pytester,
) -> None:
    files = {"summary.md": md(WRONG_CITY)}
    first = run(pytester, files, "--facts-write-baseline", "baseline.yaml")
    assert first.parseoutcomes() == {"failed": 1, "omitted": 1}
    assert "article: articles/summary.md" in (pytester.path / "baseline.yaml").read_text()
    again = run(pytester, files, "--facts-baseline", "baseline.yaml")
    assert again.parseoutcomes() == {"accepted": 1, "omitted": 1}
    assert again.ret == 0


# --- the library API and `factcheck explain` -------------------------------------------------


def checker() -> Checker:
    return Checker([parse_story(TOUR, "tour.yaml"), parse_story(VOTE, "vote.yaml")])


def article(text: str, stories: tuple[str, ...] = ()) -> Article:
    return Article(key="a.txt", path="a.txt", text=text, stories=stories, stories_line=3)


def test_checker_check_uses_the_declared_stories() -> None:
    named = "Lena Park arrived in Stockholm."
    assert checker().route(article(ARRIVED)) == []
    assert checker().check(article(ARRIVED)) == []
    results = checker().check(article(ARRIVED, ("park-tour",)))
    assert {(r.story, r.fact, r.status) for r in results} == {
        ("park-tour", "park-arrives-in-oslo", "consistent"),
        ("park-tour", "park-concerts", "omitted"),
    }
    assert [r.story for r in checker().check(article(named, ("vik-vote",)))] == ["vik-vote"]
    assert checker().route(article(named)) == ["park-tour"]


def test_checker_check_raises_for_an_unknown_declared_story() -> None:
    with pytest.raises(UnknownStory) as info:
        checker().check(article(ARRIVED, ("park-tour", "vik-vot")))
    assert str(info.value) == "a.txt:3: unknown story 'vik-vot'; did you mean 'vik-vote'?"
    assert info.value.key == "a.txt"


def test_a_declared_article_pickles_and_a_shard_reports_an_unknown_story(tmp_path: Path) -> None:
    declared = article(ARRIVED, ("park-tour",))
    assert pickle.loads(pickle.dumps(declared)) == declared
    write(tmp_path, {"facts/tour.yaml": TOUR})
    shard = tmp_path / "shard.jsonl"
    shard.write_text(
        record("s1", ARRIVED, story="park-tour") + record("s2", ARRIVED, story="park-tuor"),
        encoding="utf-8",
    )
    found = list(check_shard(str(shard), [str(tmp_path / "facts")]))
    assert [(r["article"], r.get("fact"), r["status"]) for r in found] == [
        (f"{shard}#s1", "park-arrives-in-oslo", "consistent"),
        (f"{shard}#s1", "park-concerts", "omitted"),
        (f"{shard}#s2", None, "error"),
    ]
    assert found[-1]["message"].endswith(":2: unknown story 'park-tuor'; did you mean 'park-tour'?")


def test_read_article_gives_the_declared_stories(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(md(ARRIVED, declared="stories: [vik-vote, park-tour]"), encoding="utf-8")
    found = read_article(path)
    assert (found.stories, found.stories_line) == (("vik-vote", "park-tour"), 4)
    entry = parse_jsonl_line(record("x", ARRIVED, story="park-tour").encode(), "b.jsonl", 2)
    assert isinstance(entry, Article)
    assert (entry.stories, entry.stories_line) == (("park-tour",), 2)


def test_explain_says_the_article_declares_its_story(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "facts/tour.yaml": TOUR,
            "a.md": md(ARRIVED),
            "typo.md": md(ARRIVED, declared="story: park-tuor"),
        },
    )
    out = io.StringIO()
    code = explain(
        [str(tmp_path / "a.md"), str(tmp_path / "typo.md")],
        [str(tmp_path / "facts")],
        None,
        out,
    )
    text = out.getvalue()
    assert code == 1
    assert "story park-tour (the article declares it)" in text
    assert "park-tour/park-arrives-in-oslo: consistent" in text
    assert "typo.md:4: unknown story 'park-tuor'; did you mean 'park-tour'?" in text
