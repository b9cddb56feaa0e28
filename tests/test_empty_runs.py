"""No silent green: a run with --facts that checks no fact fails, unless told it may."""

from __future__ import annotations

import pytest

STORY = """\
story: park-tour
about: [park]
entities:
  park: {name: Lena Park, aliases: [Ms. Park]}
facts:
  - id: park-arrives
    who: park
    what: arrived in Oslo
"""
ABOUT_PARK = "Lena Park arrived in Oslo on Tuesday.\n"
ABOUT_NOBODY = "The weather in Oslo was fine on Tuesday.\n"
NO_STORY = "factcheck: no story loaded: no fact file (*.yaml, *.yml) in facts*"
NO_MATCH = "factcheck: no article is about a story: 2 articles, all unmatched*"


def outcomes(result: pytest.RunResult) -> dict[str, int]:
    """The counts of the last line, without pytest's own warnings."""
    return {k: v for k, v in result.parseoutcomes().items() if k != "warnings"}


@pytest.fixture
def articles(pytester: pytest.Pytester) -> None:
    pytester.mkdir("facts")
    pytester.mkdir("articles")
    pytester.makefile(".txt", **{"articles/park": f"Tour\n{ABOUT_PARK}"})
    pytester.makefile(".txt", **{"articles/weather": f"Weather\n{ABOUT_NOBODY}"})


def test_no_fact_file_fails(pytester: pytest.Pytester, articles: None) -> None:
    result = pytester.runpytest("--facts", "facts", "articles")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines([f"{NO_STORY}(--facts-allow-empty allows it)", "*2 unmatched*"])


@pytest.mark.parametrize(
    ("args", "ini"),
    [(["--facts-allow-empty"], ""), ([], "[pytest]\nfacts_allow_empty = true\n")],
    ids=["option", "ini"],
)
def test_no_fact_file_allowed(
    pytester: pytest.Pytester, articles: None, args: list[str], ini: str
) -> None:
    if ini:
        pytester.makefile(".ini", pytest=ini)
    result = pytester.runpytest("--facts", "facts", "articles", *args)
    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines([f"{NO_STORY}(allowed by --facts-allow-empty)"])


def test_fact_file_suffix_in_any_case(pytester: pytest.Pytester, articles: None) -> None:
    pytester.makefile(".YAML", **{"facts/park": STORY})
    pytester.makefile(".Yml", **{"facts/park-again": STORY.replace("park-tour", "park-2")})
    result = pytester.runpytest("--facts", "facts", "articles")
    assert result.ret == pytest.ExitCode.OK
    assert outcomes(result) == {"passed": 2, "unmatched": 1}
    result.stdout.fnmatch_lines(["1 article checked against 2 stories"])
    result.stdout.no_fnmatch_line("factcheck: no*")


def test_no_article_about_a_story_fails(pytester: pytest.Pytester, articles: None) -> None:
    pytester.makefile(".yaml", **{"facts/other": STORY.replace("Lena Park", "Ola Berg")})
    result = pytester.runpytest("--facts", "facts", "articles")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    assert outcomes(result) == {"unmatched": 2}
    result.stdout.fnmatch_lines([f"{NO_MATCH}(--facts-allow-empty allows it)"])
    allowed = pytester.runpytest("--facts", "facts", "articles", "--facts-allow-empty")
    assert allowed.ret == pytest.ExitCode.OK
    allowed.stdout.fnmatch_lines([f"{NO_MATCH}(allowed by --facts-allow-empty)"])


@pytest.mark.parametrize(
    "mode", [("--facts-per-article",), ("-p", "xdist", "-n", "2")], ids=["per-article", "xdist"]
)
def test_no_article_about_a_story_fails_in_every_mode(
    pytester: pytest.Pytester, articles: None, mode: tuple[str, ...]
) -> None:
    pytester.makefile(".yaml", **{"facts/other": STORY.replace("Lena Park", "Ola Berg")})
    run = pytester.runpytest_subprocess if "xdist" in mode else pytester.runpytest
    result = run("--facts", "facts", "articles", *mode)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines([f"{NO_MATCH}(--facts-allow-empty allows it)"])


@pytest.mark.parametrize("mode", [(), ("-p", "xdist", "-n", "2")], ids=["serial", "xdist"])
def test_selecting_only_unmatched_articles_passes(
    pytester: pytest.Pytester, articles: None, mode: tuple[str, ...]
) -> None:
    """The articles about a story were deselected, not missing: nothing to warn about."""
    pytester.makefile(".yaml", **{"facts/park": STORY})
    run = pytester.runpytest_subprocess if mode else pytester.runpytest
    result = run("--facts", "facts", "articles", "-k", "weather", *mode)
    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["*1 unmatched*"])
    result.stdout.no_fnmatch_line("factcheck: no*")


def test_everything_deselected_is_no_tests_ran(pytester: pytest.Pytester, articles: None) -> None:
    pytester.makefile(".yaml", **{"facts/park": STORY})
    result = pytester.runpytest("--facts", "facts", "articles", "-k", "nothing-has-this-name")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED
    result.stdout.fnmatch_lines(["*2 deselected*"])
    result.stdout.no_fnmatch_line("factcheck: no*")


def test_only_broken_fact_files_fail_on_them(pytester: pytest.Pytester, articles: None) -> None:
    """Already exit 1 with every problem listed; no second reason, and allowing empty runs
    does not excuse a broken fact file."""
    pytester.makefile(".yaml", **{"facts/broken": "story: [unclosed\n"})
    for allow in ((), ("--facts-allow-empty",)):
        result = pytester.runpytest("--facts", "facts", "articles", *allow)
        assert result.ret == pytest.ExitCode.TESTS_FAILED
        result.stdout.fnmatch_lines(["*facts/broken.yaml:*", "*1 error*"])
        result.stdout.no_fnmatch_line("factcheck: no*")


def test_a_run_that_checks_a_fact_is_not_empty(pytester: pytest.Pytester, articles: None) -> None:
    pytester.makefile(".yaml", **{"facts/park": STORY})
    result = pytester.runpytest("--facts", "facts", "articles")
    assert result.ret == pytest.ExitCode.OK
    assert outcomes(result) == {"passed": 1, "unmatched": 1}
    result.stdout.no_fnmatch_line("factcheck: no*")
