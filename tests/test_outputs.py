"""The report files the plugin writes: JSON, SARIF and HTML, atomically and readable by all."""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

import jsonschema
import pytest

from factcheck import report

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
