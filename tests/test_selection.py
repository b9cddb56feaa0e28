"""Partial runs (-k, --deselect, --lf): the summary and the reports speak only of what ran."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from factcheck.ci.selection import Selection
from factcheck.outputs.report import Summary, build_report

TOUR = """\
story: park-tour
date: 2024-03-05
about: [park]
entities:
  park:
    name: Lena Park
    aliases: [Ms. Park, Park]
places:
  oslo: {name: Oslo}
  stockholm: {name: Stockholm}
facts:
  - id: park-arrives-in-oslo
    who: park
    what: arrived in Oslo
    where: oslo
  - id: park-concerts
    who: park
    what: concerts
    count: 3
  - id: park-awards
    who: park
    what: awards
    count: 2
"""
# Every article mentions park-arrives-in-oslo; none mentions park-awards.
FRONT = "---\nsource: daily\n---\n"
ARTICLES = {
    "oslo.md": FRONT + "Lena Park arrived in Oslo.\nShe will give three concerts.\n",
    "five.md": FRONT + "Lena Park arrived in Oslo.\nMs. Park will give 5 concerts.\n",
    "brief.md": FRONT + "Lena Park arrived in Oslo.\n",
}
INLINE = ("-W", "ignore::pytest.PytestAssertRewriteWarning", "-p", "no:hypothesispytest")


def setup(pytester: pytest.Pytester) -> None:
    (pytester.path / "facts").mkdir()
    (pytester.path / "facts" / "tour.yaml").write_text(TOUR, encoding="utf-8")
    (pytester.path / "articles").mkdir()
    for name, text in ARTICLES.items():
        (pytester.path / "articles" / name).write_text(text, encoding="utf-8")


def check(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest("--facts", "facts", "articles", *INLINE, *args)


def report(pytester: pytest.Pytester) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((pytester.path / "r.json").read_text(encoding="utf-8"))
    return data


def test_selection_lines() -> None:
    assert Selection(selected=9).lines() == []
    assert not Selection(selected=9).partial
    assert Selection(selected=3, deselected=6).lines() == ["partial run: 3 of 9 items selected"]
    assert Selection(selected=1, skipped_files=2).lines() == [
        "partial run: 1 of 1 item selected, 2 files not collected by --lf"
    ]
    changed = Selection(selected=3, changed_ref="main", article_files=4, left_out=3)
    assert changed.partial
    assert changed.lines() == [
        "partial run: --facts-changed main left out 3 of 4 article files (unchanged, and about "
        "no story whose facts changed)"
    ]
    assert Selection.from_json(changed.to_json()) == changed


def test_partial_summary_calls_no_fact_unmentioned_that_did_not_run() -> None:
    summary = Summary((), {"s": ["ran", "mentioned", "never-ran"]})
    summary.add({"article": "a.md", "story": "s", "fact": "ran", "status": "omitted"})
    summary.add({"article": "a.md", "story": "s", "fact": "mentioned", "status": "consistent"})
    assert summary.unmentioned() == ["s/ran", "s/never-ran"]
    summary.partial = ["partial run: 2 of 3 items selected"]
    assert summary.unmentioned() == ["s/ran"]
    assert build_report(summary)["partial"] is True
    assert "partial run: 2 of 3 items selected" in list(summary.lines())


def test_full_run_is_not_partial(pytester: pytest.Pytester) -> None:
    setup(pytester)
    result = check(pytester, "--facts-report", "r.json")
    assert "partial run" not in result.stdout.str()
    data = report(pytester)
    assert data["partial"] is False
    assert data["unmentioned_facts"] == ["park-tour/park-awards"]


def test_k_run_says_it_is_partial_and_lists_only_facts_that_ran(pytester: pytest.Pytester) -> None:
    setup(pytester)
    result = check(pytester, "-k", "awards or concerts", "--facts-report", "r.json")
    result.assert_outcomes(passed=1, failed=1, deselected=3)
    result.stdout.fnmatch_lines(
        [
            "3 articles checked against 1 story",
            "partial run: 6 of 9 items selected",
            "facts no article mentions (1):",
            "  park-tour/park-awards",
        ]
    )
    data = report(pytester)
    schema = json.loads(
        (Path(__file__).parents[1] / "factcheck/schema/report.schema.json").read_text()
    )
    jsonschema.validate(data, schema)
    assert data["partial"] is True
    assert data["unmentioned_facts"] == ["park-tour/park-awards"]
    assert {r["fact"] for r in data["results"]} == {"park-concerts", "park-awards"}
    assert data["totals"]["consistent"] == 1


def test_deselecting_a_fact_every_article_mentions_is_not_unmentioned(
    pytester: pytest.Pytester,
) -> None:
    setup(pytester)
    deselect = [f"--deselect=articles/{name}::park-arrives-in-oslo" for name in ARTICLES]
    result = check(pytester, *deselect, "--facts-report", "r.json")
    result.stdout.fnmatch_lines(["partial run: 6 of 9 items selected"])
    assert "park-arrives-in-oslo" not in result.stdout.str().split("factcheck summary")[1]
    data = report(pytester)
    assert data["partial"] is True
    assert "park-tour/park-arrives-in-oslo" not in data["unmentioned_facts"]
    assert (pytester.path / "r.json").read_text().count("park-arrives-in-oslo") == 1  # stories


def test_only_k_deselecting_nothing_is_a_full_run(pytester: pytest.Pytester) -> None:
    setup(pytester)
    result = check(pytester, "-k", "park", "--facts-report", "r.json")
    assert "partial run" not in result.stdout.str()
    assert report(pytester)["partial"] is False


def test_last_failed_run_is_partial(pytester: pytest.Pytester) -> None:
    setup(pytester)
    first = pytester.runpytest("--facts", "facts", "articles", *INLINE)
    assert first.ret == pytest.ExitCode.TESTS_FAILED
    result = pytester.runpytest(
        "--facts", "facts", "articles", *INLINE, "--lf", "--facts-report", "r.json"
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["partial run: 1 of * selected*"])
    data = report(pytester)
    assert data["partial"] is True
    assert data["unmentioned_facts"] == []


def test_xdist_k_run_is_partial(pytester: pytest.Pytester) -> None:
    setup(pytester)
    result = pytester.runpytest_subprocess(
        "--facts", "facts", "articles", "-p", "xdist", "-n", "2", "-k", "awards",
        "--facts-report", "r.json",
    )  # fmt: skip
    result.stdout.fnmatch_lines(["partial run: 3 of 9 items selected"])
    data = report(pytester)
    assert data["partial"] is True
    assert data["unmentioned_facts"] == ["park-tour/park-awards"]


def test_partial_run_keeps_baseline_entries_that_did_not_run(pytester: pytest.Pytester) -> None:
    setup(pytester)
    check(pytester, "--facts-write-baseline", "baseline.yaml")
    assert "found: '5'" in (pytester.path / "baseline.yaml").read_text()
    result = check(
        pytester, "-k", "oslo", "--facts-baseline", "baseline.yaml",
        "--facts-write-baseline", "baseline.yaml",
    )  # fmt: skip
    result.stdout.fnmatch_lines(["baseline baseline.yaml: 0 accepted, 0 stale"])
    assert "found: '5'" in Path(pytester.path / "baseline.yaml").read_text()
