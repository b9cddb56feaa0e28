"""The pytest plugin: options, collection of articles, outcomes, the summary and the JSON report."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from factcheck.articles import ARTICLE_SUFFIXES, Article, iter_jsonl, read_article
from factcheck.engine import Checker
from factcheck.errors import ArticleError, FactcheckError, FactFileError
from factcheck.facts import Story, fact_files, load_story
from factcheck.report import Summary, build_report, failure_lines, write_json_atomically
from factcheck.results import CONTRADICTED, OMITTED, FactResult

UNMATCHED = "unmatched"
UNREADABLE = "unreadable"


@dataclass
class State:
    """What the plugin keeps for one session (in ``config.stash``)."""

    checker: Checker
    stories: list[Story]
    broken: dict[Path, FactFileError]
    strict: bool
    report_path: str | None
    results: list[dict[str, Any]] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    unreadable: list[dict[str, Any]] = field(default_factory=list)


STATE = pytest.StashKey[State]()


def _existing_path(value: str) -> str:
    if not Path(value).exists():
        raise argparse.ArgumentTypeError(f"no such file or folder: {value}")
    return value


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck", "checking articles against facts")
    group.addoption(
        "--facts",
        action="append",
        default=[],
        type=_existing_path,
        metavar="PATH",
        help="fact file or folder of fact files (*.yaml); repeatable. Turns the checker on.",
    )
    group.addoption(
        "--facts-strict",
        action="store_true",
        default=None,
        help="an omitted fact fails, as if every fact were `required: true`.",
    )
    group.addoption(
        "--facts-report", metavar="PATH", default=None, help="write a JSON report to PATH."
    )
    parser.addini("facts", type="paths", default=[], help="fact files or folders, as --facts")
    parser.addini("facts_strict", type="bool", default=False, help="as --facts-strict")
    parser.addini("facts_report", default="", help="as --facts-report")
    parser.addini(
        "facts_articles",
        type="args",
        default=[],
        help="article paths checked when --facts is given without paths",
    )


def pytest_configure(config: pytest.Config) -> None:
    given = [Path(p) for p in config.getoption("facts")] or list(config.getini("facts"))
    if not config.getoption("facts"):
        return  # the ini `facts` only supplies defaults when --facts turns the checker on
    stories: list[Story] = []
    broken: dict[Path, FactFileError] = {}
    for path in fact_files(given):
        try:
            stories.append(load_story(path))
        except FactFileError as error:
            broken[path.resolve()] = error
    strict = config.getoption("facts_strict")
    config.stash[STATE] = State(
        checker=Checker(stories),
        stories=stories,
        broken=broken,
        strict=bool(config.getini("facts_strict") if strict is None else strict),
        report_path=config.getoption("facts_report") or config.getini("facts_report") or None,
    )
    if config.args_source != pytest.Config.ArgsSource.ARGS:
        articles = config.getini("facts_articles")
        if articles:
            config.args = [str(config.rootpath / p) for p in articles]
    config.args = [*config.args, *(str(p) for p in broken)]
    if broken:  # a broken story must not stop the others from being checked
        config.option.continue_on_collection_errors = True
    config.pluginmanager.register(Recorder(config.stash[STATE], config), "factcheck-recorder")


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    state = parent.config.stash.get(STATE, None)
    if state is None:
        return None
    if file_path.resolve() in state.broken:
        return FactFile.from_parent(parent, path=file_path)
    if file_path.suffix == ".jsonl":
        return JsonlFile.from_parent(parent, path=file_path)
    if file_path.suffix in ARTICLE_SUFFIXES:
        return ArticleFile.from_parent(parent, path=file_path)
    return None


class FactFile(pytest.File):
    """A fact file that failed to load: collecting it reports every problem found."""

    def collect(self) -> Iterator[pytest.Item]:
        raise self.config.stash[STATE].broken[self.path.resolve()]

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException]) -> str:  # type: ignore[override]
        if isinstance(excinfo.value, FactcheckError):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))


def _shown(path: Path, config: pytest.Config) -> str:
    try:
        return str(path.relative_to(config.invocation_params.dir))
    except ValueError:
        return str(path)


def _items(parent: pytest.Collector, article: Article) -> Iterator[pytest.Item]:
    results = parent.config.stash[STATE].checker.check(article)
    if not results:
        yield UnmatchedItem.from_parent(parent, name=UNMATCHED, key=article.key)
    names = [r.fact for r in results]
    for result in results:
        name = result.fact if names.count(result.fact) == 1 else f"{result.story}/{result.fact}"
        yield FactItem.from_parent(parent, name=name, result=result)


class ArticleFile(pytest.File):
    """A .txt or .md article: one item per fact of every story it is about."""

    def collect(self) -> Iterator[pytest.Item]:
        try:
            article = read_article(_shown(self.path, self.config))
        except ArticleError as error:
            yield UnreadableItem.from_parent(self, name=UNREADABLE, error=error, key=error.path)
            return
        yield from _items(self, article)


class JsonlFile(pytest.File):
    """A JSONL batch: one collector per line, streamed."""

    def collect(self) -> Iterator[pytest.Collector]:
        shown = _shown(self.path, self.config)
        seen: set[str] = set()
        for entry in iter_jsonl(shown):
            key = getattr(entry, "key", shown)
            name = key.split("#", 1)[1]
            if name in seen:
                name = f"{name}@{entry.first_line if isinstance(entry, Article) else entry.line}"
            seen.add(name)
            yield JsonlArticle.from_parent(self, name=name, entry=entry)


class JsonlArticle(pytest.Collector):
    """One line of a JSONL batch."""

    def __init__(self, *, entry: Article | ArticleError, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.entry = entry

    def collect(self) -> Iterator[pytest.Item]:
        if isinstance(self.entry, ArticleError):
            key = getattr(self.entry, "key", self.entry.path)
            yield UnreadableItem.from_parent(self, name=UNREADABLE, error=self.entry, key=key)
            return
        yield from _items(self, self.entry)


class Contradiction(Exception):
    """Raised by a FactItem whose fact the article contradicts (or omits when required)."""


class FactItem(pytest.Item):
    """The result of one fact on one article."""

    def __init__(self, *, result: FactResult, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.result = result
        self.user_properties.append(("factcheck", result.to_json()))

    def runtest(self) -> None:
        result = self.result
        state = self.config.stash[STATE]
        if result.status == CONTRADICTED:
            raise Contradiction(result)
        if result.status == OMITTED:
            if result.required or state.strict:
                raise Contradiction(result)
            pytest.skip(f"{result.fact}: not mentioned")

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException]) -> str:  # type: ignore[override]
        if isinstance(excinfo.value, Contradiction):
            return "\n".join(failure_lines(self.result))
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"{self.result.article}::{self.result.fact}"


class UnmatchedItem(pytest.Item):
    """An article that mentions no story's `about` entities: listed, never failed."""

    def __init__(self, *, key: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.key = key
        self.user_properties.append(("factcheck_unmatched", key))

    def runtest(self) -> None:
        pytest.skip("the article matches no story")

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, self.key


class UnreadableItem(pytest.Item):
    """An article that cannot be read: an error result with the reason."""

    def __init__(self, *, error: ArticleError, key: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.error = error
        message = str(error)
        self.user_properties.append(("factcheck_unreadable", {"article": key, "message": message}))

    def setup(self) -> None:
        raise self.error

    def runtest(self) -> None:  # pragma: no cover - setup always raises
        raise self.error

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException]) -> str:  # type: ignore[override]
        return str(excinfo.value)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, self.error.line, str(self.error)


def _property(report: pytest.TestReport, name: str) -> Any:
    return next((value for key, value in report.user_properties if key == name), None)


class Recorder:
    """Registered as a plugin while the checker is on: gathers results, prints and writes them."""

    def __init__(self, state: State, config: pytest.Config) -> None:
        self.state = state
        self.config = config

    def pytest_report_teststatus(self, report: pytest.TestReport) -> tuple[str, str, str] | None:
        if report.when != "call" or not report.skipped:
            return None
        result = _property(report, "factcheck")
        if result is not None and result["status"] == OMITTED:
            return "omitted", "o", "OMITTED"
        if _property(report, "factcheck_unmatched") is not None:
            return UNMATCHED, "u", "UNMATCHED"
        return None

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        result = _property(report, "factcheck")
        if result is not None and report.when == "call":
            self.state.results.append(result)
        unmatched = _property(report, "factcheck_unmatched")
        if unmatched is not None and report.when == "call":
            self.state.unmatched.append(unmatched)
        unreadable = _property(report, "factcheck_unreadable")
        if unreadable is not None and report.when == "setup" and report.failed:
            self.state.unreadable.append(unreadable)

    def summary(self) -> Summary:
        stories = {s.id: [f.id for f in s.facts] for s in self.state.stories}
        return Summary(self.state.results, stories, self.state.unmatched, self.state.unreadable)

    def pytest_sessionfinish(self) -> None:
        if hasattr(self.config, "workerinput") or not self.state.report_path:
            return
        write_json_atomically(self.state.report_path, build_report(self.summary()))

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        lines = list(self.summary().lines())
        if lines:
            terminalreporter.write_sep("=", "factcheck summary")
            for line in lines:
                terminalreporter.write_line(line)
        if self.state.report_path:
            terminalreporter.write_line(f"factcheck report: {self.state.report_path}")
