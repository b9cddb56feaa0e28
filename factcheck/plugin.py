"""The pytest plugin: options, collection of articles, outcomes, the summary and the JSON report."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from factcheck.articles import (
    ARTICLE_SUFFIXES,
    MAX_ARTICLE_CHARS,
    Article,
    iter_jsonl,
    read_article,
)
from factcheck.engine import Checker
from factcheck.errors import ArticleError, FactcheckError, FactFileError
from factcheck.facts import Story, fact_files, load_story
from factcheck.html import build_html
from factcheck.report import Summary, build_report, failure_lines, to_json, write_atomically
from factcheck.results import CONTRADICTED, OMITTED, FactResult
from factcheck.sarif import build_sarif, line_reader

UNMATCHED = "unmatched"
UNREADABLE = "unreadable"


@dataclass
class State:
    """What the plugin keeps for one session (in ``config.stash``)."""

    checker: Checker
    stories: list[Story]
    broken: dict[Path, FactFileError]
    strict: bool
    outputs: dict[str, str]
    per_article: bool = False
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
    group.addoption(
        "--facts-per-article",
        action="store_true",
        default=None,
        help="one item per article instead of one per fact (for very large batches).",
    )
    group.addoption(
        "--facts-sarif",
        metavar="PATH",
        default=None,
        help="write contradictions as SARIF 2.1.0 to PATH (code-scanning annotations).",
    )
    group.addoption(
        "--facts-html",
        metavar="PATH",
        default=None,
        help="write a self-contained HTML page of the facts x articles matrix to PATH.",
    )
    parser.addini("facts_strict", type="bool", default=False, help="as --facts-strict")
    parser.addini("facts_report", default="", help="as --facts-report")
    parser.addini("facts_sarif", default="", help="as --facts-sarif")
    parser.addini("facts_html", default="", help="as --facts-html")
    parser.addini("facts_per_article", type="bool", default=False, help="as --facts-per-article")
    parser.addini(
        "facts_articles",
        type="args",
        default=[],
        help="article paths checked when --facts is given without paths",
    )


def _path_option(config: pytest.Config, name: str) -> str:
    """A path option: the command line wins, else its ini twin; "" when neither is set."""
    return str(config.getoption(name) or config.getini(name) or "")


def _flag(config: pytest.Config, name: str) -> bool:
    """A boolean option: the command line wins, else its ini twin."""
    given = config.getoption(name)
    return bool(config.getini(name) if given is None else given)


def pytest_configure(config: pytest.Config) -> None:
    given = [Path(p) for p in config.getoption("facts")]
    if not given:
        return
    stories: list[Story] = []
    broken: dict[Path, FactFileError] = {}
    for path in fact_files(given):
        try:
            stories.append(load_story(path))
        except FactFileError as error:
            broken[path.resolve()] = error
    config.stash[STATE] = State(
        checker=Checker(stories),
        stories=stories,
        broken=broken,
        strict=_flag(config, "facts_strict"),
        outputs={
            kind: target
            for kind in ("json", "sarif", "html")
            if (
                target := _path_option(
                    config, "facts_report" if kind == "json" else f"facts_{kind}"
                )
            )
        },
        per_article=_flag(config, "facts_per_article"),
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


class ArticleNode:
    """Mixin for the collector of one article: routes it at collection, checks it once, lazily.

    Items hold only ids; the first item that runs checks the article against every story it
    is about, in one pass, and the others look their result up.
    """

    article: Article | None = None
    _results: dict[tuple[str, str], FactResult] | None = None

    def article_items(self: Any, article: Article) -> Iterator[pytest.Item]:
        state = self.config.stash[STATE]
        self.article = article
        if article.truncated:
            self.warn(
                pytest.PytestWarning(
                    f"{article.key}: only the first {MAX_ARTICLE_CHARS:,} characters are checked"
                )
            )
        routed = state.checker.route(article)
        if not routed:
            yield UnmatchedItem.from_parent(self, name=UNMATCHED, key=article.key)
            return
        self.routed = routed
        if state.per_article:
            yield ArticleItem.from_parent(self, name="facts")
            return
        pairs = [
            (sid, fact.id) for sid in routed for fact in state.checker.compiled[sid].story.facts
        ]
        names = [fact for _, fact in pairs]
        for sid, fact in pairs:
            name = fact if names.count(fact) == 1 else f"{sid}/{fact}"
            yield FactItem.from_parent(self, name=name, story=sid, fact=fact)

    def results(self: Any) -> dict[tuple[str, str], FactResult]:
        if self._results is None:
            checker = self.config.stash[STATE].checker
            found = checker.check(self.article, self.routed)
            self._results = {(r.story, r.fact): r for r in found}
        return self._results  # type: ignore[no-any-return]


class ArticleFile(ArticleNode, pytest.File):
    """A .txt or .md article: one item per fact of every story it is about."""

    def collect(self) -> Iterator[pytest.Item]:
        try:
            article = read_article(_shown(self.path, self.config))
        except ArticleError as error:
            yield UnreadableItem.from_parent(self, name=UNREADABLE, error=error)
            return
        yield from self.article_items(article)


class JsonlFile(pytest.File):
    """A JSONL batch: one collector per line, streamed."""

    def collect(self) -> Iterator[pytest.Collector]:
        shown = _shown(self.path, self.config)
        seen: set[str] = set()
        for entry in iter_jsonl(shown):
            key = entry.key
            name = key.split("#", 1)[1]
            if name in seen:
                name = f"{name}@{entry.first_line if isinstance(entry, Article) else entry.line}"
            seen.add(name)
            yield JsonlArticle.from_parent(self, name=name, entry=entry)


class JsonlArticle(ArticleNode, pytest.Collector):
    """One line of a JSONL batch."""

    def __init__(self, *, entry: Article | ArticleError, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.entry = entry

    def collect(self) -> Iterator[pytest.Item]:
        if isinstance(self.entry, ArticleError):
            yield UnreadableItem.from_parent(self, name=UNREADABLE, error=self.entry)
            return
        yield from self.article_items(self.entry)


class Contradiction(Exception):
    """Raised by an item whose fact the article contradicts (or omits when required)."""


def _fails(result: FactResult, strict: bool) -> bool:
    return result.status == CONTRADICTED or (
        result.status == OMITTED and (result.required or strict)
    )


class FactItem(pytest.Item):
    """The result of one fact on one article."""

    def __init__(self, *, story: str, fact: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.key = (story, fact)

    @property
    def result(self) -> FactResult:
        parent: ArticleNode = self.parent  # type: ignore[assignment]
        return parent.results()[self.key]

    def runtest(self) -> None:
        result = self.result
        _record(self, [result])
        if _fails(result, self.config.stash[STATE].strict):
            raise Contradiction(result)
        if result.status == OMITTED:
            pytest.skip(f"{result.fact}: not mentioned")

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException]) -> str:  # type: ignore[override]
        if isinstance(excinfo.value, Contradiction):
            return "\n".join(failure_lines(self.result))
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return _reportinfo(self)


class ArticleItem(pytest.Item):
    """All facts on one article in one item (``--facts-per-article``), for very large batches."""

    def runtest(self) -> None:
        parent: ArticleNode = self.parent  # type: ignore[assignment]
        results = sorted(parent.results().values(), key=lambda r: (r.story, r.fact))
        _record(self, results)
        strict = self.config.stash[STATE].strict
        failing = [r for r in results if _fails(r, strict)]
        if failing:
            raise Contradiction(failing)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException]) -> str:  # type: ignore[override]
        if isinstance(excinfo.value, Contradiction):
            failing: list[FactResult] = excinfo.value.args[0]
            return "\n".join(line for r in failing for line in failure_lines(r))
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return _reportinfo(self)


def _reportinfo(item: pytest.Item) -> tuple[Path, int | None, str]:
    """Failure headers read `fact on article`; `-v` lines keep the node id as it is."""
    parent = item.parent
    article = parent.nodeid if parent is not None else ""
    return item.path, None, f"{item.name} on {article}"


class UnmatchedItem(pytest.Item):
    """An article that mentions no story's `about` entities: listed, never failed."""

    def __init__(self, *, key: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.key = key
        self.payload = {"unmatched": key}

    def runtest(self) -> None:
        pytest.skip("the article matches no story")

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return _reportinfo(self)


class UnreadableItem(pytest.Item):
    """An article that cannot be read: an error result with the reason."""

    def __init__(self, *, error: ArticleError, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.error = error
        self.payload = {"unreadable": {"article": error.key, "message": str(error)}}

    def runtest(self) -> None:
        raise self.error

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException]) -> str:  # type: ignore[override]
        if isinstance(excinfo.value, ArticleError):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return _reportinfo(self)


_BRIEF = ("article", "source", "story", "fact", "status")


def _record(item: pytest.Item, results: list[FactResult]) -> None:
    """Keep the results for the summary and reports, and show their slots as JUnit properties.

    Reports cross from pytest-xdist workers and stay in memory until the end of the run: they
    carry the whole result only when a report file needs it, and JUnit properties only with
    ``--junitxml``.
    """
    full = bool(item.config.stash[STATE].outputs)
    found = [r.to_json() for r in results]
    item.payload = {  # type: ignore[attr-defined]
        "results": found if full else [{k: r[k] for k in _BRIEF} for r in found]
    }
    if not item.config.getoption("xmlpath", None):
        return
    for result in results:
        prefix = f"{result.story}/{result.fact}" if len(results) > 1 else "factcheck"
        item.user_properties.append((f"{prefix}.status", result.status))
        for slot in result.slots:
            if slot.status == "unstated":
                continue
            item.user_properties.append((f"{prefix}.{slot.slot}", slot.status))
            item.user_properties.append((f"{prefix}.{slot.slot}.expected", slot.expected))
            item.user_properties.append((f"{prefix}.{slot.slot}.found", slot.found or ""))
            if slot.evidence is not None:
                item.user_properties.append((f"{prefix}.{slot.slot}.line", str(slot.evidence.line)))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """Carry an item's results on its report (reports cross pytest-xdist, items do not)."""
    report = yield
    payload = getattr(item, "payload", None)
    if payload is not None and call.when == "call":
        report.factcheck = payload
        if report.skipped and isinstance(report.longrepr, tuple):  # point at the article
            report.longrepr = (str(item.path), None, report.longrepr[2])
    return report


def _payload(report: pytest.TestReport, key: str) -> Any:
    payload = getattr(report, "factcheck", None)
    return payload.get(key) if isinstance(payload, dict) else None


class Recorder:
    """Registered as a plugin while the checker is on: gathers results, prints and writes them."""

    def __init__(self, state: State, config: pytest.Config) -> None:
        self.state = state
        self.config = config

    def pytest_report_teststatus(self, report: pytest.TestReport) -> tuple[str, str, str] | None:
        if report.when != "call":
            return None
        if report.failed and _payload(report, "unreadable") is not None:
            return "error", "E", "ERROR"
        if not report.skipped:
            return None
        results = _payload(report, "results")
        if results and len(results) == 1 and results[0]["status"] == OMITTED:
            return "omitted", "o", "OMITTED"
        if _payload(report, "unmatched") is not None:
            return UNMATCHED, "u", "UNMATCHED"
        return None

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when == "call":
            self.state.results += _payload(report, "results") or []
            unmatched = _payload(report, "unmatched")
            if unmatched is not None:
                self.state.unmatched.append(unmatched)
            unreadable = _payload(report, "unreadable")
            if unreadable is not None:
                self.state.unreadable.append(unreadable)

    def summary(self) -> Summary:
        stories = {s.id: [f.id for f in s.facts] for s in self.state.stories}
        broken = [
            {"path": _shown(path, self.config), "message": str(error)}
            for path, error in self.state.broken.items()
        ]
        state = self.state
        return Summary(state.results, stories, state.unmatched, state.unreadable, broken)

    def pytest_sessionfinish(self) -> None:
        state = self.state
        if hasattr(self.config, "workerinput") or not state.outputs:
            return
        report = build_report(self.summary())
        for kind, path in state.outputs.items():
            if kind == "json":
                write_atomically(path, to_json(report))
            elif kind == "sarif":
                write_atomically(path, to_json(build_sarif(report, line_reader())))
            else:
                write_atomically(path, build_html(report))

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        lines = list(self.summary().lines())
        if lines:
            terminalreporter.write_sep("=", "factcheck summary")
            for line in lines:
                terminalreporter.write_line(line)
        for kind, path in self.state.outputs.items():
            terminalreporter.write_line(f"factcheck {kind} report: {path}")
