"""The report files the plugin writes: JSON, SARIF and HTML, atomically and readable by all."""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from factcheck.outputs import report

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def example(pytester: pytest.Pytester) -> pytest.Pytester:
    shutil.copytree(ROOT / "facts", pytester.path / "facts")
    shutil.copytree(ROOT / "articles", pytester.path / "articles")
    return pytester


def test_all_three_reports_are_written(example: pytest.Pytester) -> None:
    result = example.runpytest(
        "--facts", "facts", "articles",
        "--facts-report", "out/r.json",
        "--facts-sarif", "out/r.sarif",
        "--facts-html", "out/r.html",
    )  # fmt: skip
    assert result.ret == 1
    result.stdout.fnmatch_lines(
        [
            "factcheck json report: out/r.json",
            "factcheck sarif report: out/r.sarif",
            "factcheck html report: out/r.html",
        ]
    )
    out = example.path / "out"
    written = json.loads((out / "r.json").read_text())
    schema = json.loads((ROOT / "factcheck/schema/report.schema.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(written)

    sarif = json.loads((out / "r.sarif").read_text())
    sarif_schema = json.loads((ROOT / "tests/data/sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft4Validator(sarif_schema).validate(sarif)
    located = sorted(
        (r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["ruleId"])
        for r in sarif["runs"][0]["results"]
    )
    assert located == [
        ("articles/001.md", "kim-russia-2023/miller-unsc-warning"),
        ("articles/003.md", "kim-russia-2023/miller-sanctions"),
    ]

    page = (out / "r.html").read_text()
    assert page.startswith("<!DOCTYPE html>")
    assert "miller-sanctions" in page and "if appropriate" in page
    for name in ("r.json", "r.sarif", "r.html"):
        mode = stat.S_IMODE((out / name).stat().st_mode)
        assert mode & stat.S_IROTH, f"{name} is not readable by others: {oct(mode)}"
    assert sorted(p.name for p in out.iterdir()) == ["r.html", "r.json", "r.sarif"]  # no temp files


def test_html_report_escapes_article_text(example: pytest.Pytester) -> None:
    (example.path / "articles" / "hostile.md").write_text(
        "---\nsource: <img src=x onerror=alert(1)>\npublished: 2023-09-12\n---\n"
        "Kim Jong Un arrived in Russia on Monday. <script>alert(2)</script>\n"
    )
    example.runpytest("--facts", "facts", "articles", "--facts-html", "r.html")
    page = (example.path / "r.html").read_text()
    assert "<script>alert(2)</script>" not in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page
    assert "<img src=x" not in page


def test_a_crash_while_writing_leaves_the_old_report_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "r.json"
    target.write_text('{"old": true}\n')

    def crash(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(report.os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        report.write_atomically(target, '{"new": true}\n')
    assert target.read_text() == '{"old": true}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]  # the half-written file is gone


def test_a_broken_fact_file_is_in_the_summary_and_the_report(example: pytest.Pytester) -> None:
    (example.path / "facts" / "broken.yaml").write_text("story: broken\nabout: kim\n")
    result = example.runpytest("--facts", "facts", "articles", "--facts-report", "r.json")
    assert result.ret == 1
    result.stdout.fnmatch_lines(
        [
            "facts/broken.yaml:1: (top): 'entities' is a required property",
            "fact files not loaded, their stories not checked (1):",
            "  facts/broken.yaml",
        ]
    )
    data = json.loads((example.path / "r.json").read_text())
    assert [b["path"] for b in data["broken_fact_files"]] == ["facts/broken.yaml"]
    assert (
        "facts/broken.yaml:2: about: 'kim' is not of type 'array'"
        in data["broken_fact_files"][0]["message"]
    )
    assert data["totals"]["contradicted"] == 2  # the good story is still checked


def test_text_past_the_limit_is_not_checked_and_says_so(
    example: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck import articles

    monkeypatch.setattr(articles, "MAX_ARTICLE_CHARS", 200)
    shutil.rmtree(example.path / "articles")
    (example.path / "articles").mkdir()
    (example.path / "articles" / "long.md").write_text(
        "---\npublished: 2023-09-12\n---\n" + "Kim Jong Un met officials. " * 10
        + "\nKim Jong Un has arrived in Russia.\n"
    )  # fmt: skip
    result = example.runpytest("--facts", "facts", "articles", "-W", "default")
    result.stdout.fnmatch_lines(["*articles/long.md: only the first * characters are checked*"])
    assert result.ret == 1  # the arrival, past the limit, is not seen: a required fact omitted


ODD_RESULT = {
    "article": "z/«odd».md",
    "source": 'quote " backslash \\ nul \x00 tab \t line\u2028sep next\x85line 😀',
    "story": "s",
    "fact": "f\nwith a newline",
    "status": "omitted",
    "required": True,
    "slots": {},
    "mentions": [],
    "extra": [{}, [], [[1, 2.5, None, False]], {"1": {"b": [], "a": {}}}, {2: "int key"}],
}
"""A result with every kind of value and character the report's text must carry."""


def test_json_report_is_the_whole_report_with_one_result_per_line(
    example_report: dict[str, Any],
) -> None:
    results = [*example_report["results"], ODD_RESULT]
    stories = example_report["stories"]
    unreadable = [{"article": "a/b.md", "message": "a/b.md:1: empty article"}]
    summary = report.Summary(results, stories, ["a/c.md"], unreadable)
    lines = [report.result_line(r) for r in summary.results]
    text = "".join(report.report_json(summary, lines))
    assert json.loads(text) == json.loads(report.to_json(report.build_report(summary)))
    # each result on a line of its own, in report order (str.split: U+2028 is not a line end)
    inner = text.split('  "results": [\n', 1)[1].split("\n  ],\n", 1)[0].split("\n")
    assert inner == [f"    {line}," for line in lines[:-1]] + [f"    {lines[-1]}"]
    assert lines[-1].startswith('{"article": "z/«odd».md", "extra": [')  # keys sorted, not escaped
    empty = report.Summary([], stories)
    assert "".join(report.report_json(empty, [])) == report.to_json(report.build_report(empty))


def test_spool_gives_results_back_in_report_order(example_report: dict[str, Any]) -> None:
    results = [*example_report["results"], ODD_RESULT]
    assert len(results) == 76
    by_article: dict[str, list[dict[str, Any]]] = {}
    for result in results:
        by_article.setdefault(result["article"], []).append(result)
    spool = report.ResultSpool()
    try:
        # one record per article (as --facts-per-article reports), arriving in any order
        for article, group in sorted(by_article.items(), reverse=True):
            lines = [report.result_line(r) for r in sorted(group, key=report.result_order)]
            spool.add(lines, report.result_order(min(group, key=report.result_order)), article)
        assert len(spool) == 6
        assert list(spool.lines()) == [report.result_line(r) for r in results]
        assert list(spool) == json.loads(json.dumps(results))
        assert list(spool) == json.loads(json.dumps(results))  # every pass reads the file again
    finally:
        spool.close()


def test_summary_counts_results_added_one_at_a_time(example_report: dict[str, Any]) -> None:
    results = example_report["results"]
    whole = report.Summary(results, example_report["stories"])
    counted = report.Summary([], example_report["stories"])
    for result in reversed(results):
        counted.add(result)
    assert counted.results == []
    assert list(counted.lines()) == list(whole.lines())
    assert report.build_report(counted, results) == report.build_report(whole)
    assert report.build_report(counted, results)["totals"] == {
        "consistent": 30,
        "contradicted": 2,
        "omitted": 43,
        "accepted": 0,
        "error": 0,
    }
