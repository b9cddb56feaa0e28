"""Fixtures shared by the report tests: the JSON report of a checking run, built without pytest."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from factcheck import Checker, load_story, read_article
from factcheck.outputs.report import Summary, build_report

ROOT = Path(__file__).resolve().parent.parent
ReportOf = Callable[[list[Path], list[Path]], dict[str, Any]]


def _report_of(articles: list[Path], stories: list[Path]) -> dict[str, Any]:
    """The JSON report of checking ``articles`` against ``stories``, as the plugin writes it."""
    loaded = [load_story(path) for path in stories]
    checker = Checker(loaded)
    results = [r.to_json() for path in articles for r in checker.check(read_article(path))]
    summary = Summary(results, {s.id: [f.id for f in s.facts] for s in loaded})
    return build_report(summary)


@pytest.fixture
def report_of() -> ReportOf:
    return _report_of


@pytest.fixture
def example_report(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The bundled example's report (15 facts by 5 articles), article paths relative to the root."""
    monkeypatch.chdir(ROOT)
    return _report_of(sorted(Path("articles").glob("*.md")), sorted(Path("facts").glob("*.yaml")))
