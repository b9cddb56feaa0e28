"""--facts-changed REF: only articles changed since REF, in a real temporary git repository."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from factcheck.ci.changed import Changes, changed_files
from factcheck.errors import ChangedError

TOUR = """\
story: park-tour
about: [park]
entities:
  park: {name: Lena Park, aliases: [Ms. Park]}
places:
  oslo: {name: Oslo}
facts:
  - id: park-arrives-in-oslo
    who: park
    what: arrived in Oslo
    where: oslo
"""
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
PARK = "Lena Park arrived in Oslo.\n"
VIK = "Tomas Vik won 12 seats.\n"
INLINE = ("-W", "ignore::pytest.PytestAssertRewriteWarning", "-p", "no:hypothesispytest")


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args],
        cwd=repo,
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout


def write(base: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = base / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.fixture
def repo(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository: a `main` commit with two stories and four articles, then branch `pr`."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(pytester.path.parent))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("HOME", str(pytester.path))  # no user git config
    root = pytester.path
    write(
        root,
        {
            "facts/tour.yaml": TOUR,
            "facts/vote.yaml": VOTE,
            "articles/park-1.txt": "Park 1\n" + PARK,
            "articles/park-2.txt": "Park 2\n" + PARK,
            "articles/vik-1.txt": "Vik 1\n" + VIK,
            "articles/vik-2.txt": "Vik 2\n" + VIK,
            ".gitignore": ".pytest_cache/\n__pycache__/\n",
        },
    )
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "first batch")
    git(root, "checkout", "-q", "-b", "pr")
    return root


def check(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest("--facts", "facts", "articles", *INLINE, "-v", *args)


def checked(result: pytest.RunResult) -> list[str]:
    """The article files that have items in a verbose run."""
    names = {line.split("::")[0] for line in result.stdout.lines if "::" in line}
    return sorted(name.rsplit("/", 1)[-1] for name in names if name.startswith("articles/"))


def test_committed_uncommitted_and_untracked_articles_are_checked(
    pytester: pytest.Pytester, repo: Path
) -> None:
    write(repo, {"articles/park-1.txt": "Park 1\nLena Park arrived in Oslo on Monday.\n"})
    git(repo, "commit", "-q", "-am", "committed change")
    write(repo, {"articles/vik-1.txt": "Vik 1\nTomas Vik won 11 seats.\n"})  # not committed
    write(repo, {"articles/new.txt": "New\n" + PARK})  # untracked
    result = check(pytester, "--facts-changed", "main", "--facts-report", "r.json")
    assert checked(result) == ["new.txt", "park-1.txt", "vik-1.txt"]
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(
        [
            "partial run: --facts-changed main left out 2 of 5 article files (unchanged, and "
            "about no story whose facts changed)",
        ]
    )
    report = json.loads((repo / "r.json").read_text(encoding="utf-8"))
    assert report["partial"] is True
    assert sorted({r["article"] for r in report["results"]}) == [
        "articles/new.txt",
        "articles/park-1.txt",
        "articles/vik-1.txt",
    ]


def test_commits_on_the_base_since_the_branch_left_it_do_not_count(
    pytester: pytest.Pytester, repo: Path
) -> None:
    git(repo, "checkout", "-q", "main")
    write(repo, {"articles/vik-2.txt": "Vik 2\nTomas Vik won 13 seats.\n"})
    git(repo, "commit", "-q", "-am", "a change on main only")
    git(repo, "checkout", "-q", "pr")
    write(repo, {"articles/park-2.txt": "Park 2\nLena Park arrived in Oslo today.\n"})
    git(repo, "commit", "-q", "-am", "a change on the branch")
    result = check(pytester, "--facts-changed", "main")
    assert checked(result) == ["park-2.txt"]


def test_nothing_changed_checks_nothing_and_says_so(pytester: pytest.Pytester, repo: Path) -> None:
    result = check(pytester, "--facts-changed", "main")
    assert checked(result) == []
    result.stdout.fnmatch_lines(["*--facts-changed main left out 4 of 4 article files*"])


def test_a_changed_fact_file_brings_in_every_article_of_its_story(
    pytester: pytest.Pytester, repo: Path
) -> None:
    write(repo, {"facts/vote.yaml": VOTE.replace("count: 12", "count: 11")})
    git(repo, "commit", "-q", "-am", "correct the seat count")
    result = check(pytester, "--facts-changed", "main")
    assert checked(result) == ["vik-1.txt", "vik-2.txt"]
    result.assert_outcomes(failed=2)


def test_rootdir_in_a_subfolder_of_the_repository(
    pytester: pytest.Pytester, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    news = repo / "newsroom"
    for folder in ("facts", "articles"):
        shutil.move(repo / folder, news / folder)
    (news / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "move into newsroom/")
    git(repo, "branch", "-f", "main")
    write(news, {"articles/vik-2.txt": "Vik 2\nTomas Vik won 10 seats.\n"})
    monkeypatch.chdir(news)
    result = check(pytester, "--facts-changed", "main")
    assert checked(result) == ["vik-2.txt"]
    result.assert_outcomes(failed=1)


def test_not_a_ref_is_a_usage_error(pytester: pytest.Pytester, repo: Path) -> None:
    result = check(pytester, "--facts-changed", "no-such-branch")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["ERROR: --facts-changed: 'no-such-branch' is not a git ref (a branch, tag or commit) in *"]
    )
    option = check(pytester, "--facts-changed=--output=x")
    assert option.ret == pytest.ExitCode.USAGE_ERROR
    option.stderr.fnmatch_lines(["ERROR: --facts-changed: '--output=x' is not a git ref"])


def test_outside_a_repository_is_a_usage_error(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(pytester.path.parent))
    write(pytester.path, {"facts/tour.yaml": TOUR, "articles/a.txt": "A\n" + PARK})
    result = check(pytester, "--facts-changed", "main")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: --facts-changed: * is not inside a git repository"])


def test_without_git_is_a_usage_error(
    pytester: pytest.Pytester, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = pytester.path / "no-tools"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    result = check(pytester, "--facts-changed", "main")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: --facts-changed needs git, and git is not installed"])


def test_changed_files_are_resolved_from_the_repository_root(repo: Path) -> None:
    write(repo, {"articles/odd name ü.txt": "Odd\n" + PARK})
    root, paths = changed_files("main", repo / "articles")
    assert root == repo.resolve()
    assert paths == {(repo / "articles" / "odd name ü.txt").resolve()}
    changes = Changes.since("main", repo, [("park-tour", repo / "facts" / "tour.yaml")])
    assert changes.stories == set()
    assert not changes.wanted(repo / "articles" / "park-1.txt", lambda path: ["park-tour"])


def test_unchanged_articles_are_routed_only_when_a_story_changed(tmp_path: Path) -> None:
    asked: list[Path] = []

    def stories_of(path: Path) -> list[str]:
        asked.append(path)
        return ["vik-vote"] if "vik" in path.name else ["park-tour"]

    changes = Changes("main", {(tmp_path / "new.txt").resolve()}, {"vik-vote"})
    assert changes.wanted(tmp_path / "new.txt", stories_of)
    assert changes.wanted(tmp_path / "vik.txt", stories_of)
    assert not changes.wanted(tmp_path / "park.txt", stories_of)
    assert changes.wanted(tmp_path / "batch.jsonl", stories_of)  # checked whole
    assert asked == [tmp_path / "vik.txt", tmp_path / "park.txt"]
    assert not Changes("main", set()).wanted(tmp_path / "vik.txt", stories_of)
    with pytest.raises(ChangedError, match="not a git ref"):
        changed_files("-x", tmp_path)


def test_xdist_run_checks_only_changed_articles(pytester: pytest.Pytester, repo: Path) -> None:
    write(repo, {"articles/vik-1.txt": "Vik 1\nTomas Vik won 11 seats.\n"})
    result = pytester.runpytest_subprocess(
        "--facts", "facts", "articles", "-p", "xdist", "-n", "2", "--facts-changed", "main",
        "--facts-report", "r.json",
    )  # fmt: skip
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["partial run: --facts-changed main left out 3 of 4 article files*"]
    )
    report = json.loads((repo / "r.json").read_text(encoding="utf-8"))
    assert report["partial"] is True
    assert [r["article"] for r in report["results"]] == ["articles/vik-1.txt"]
