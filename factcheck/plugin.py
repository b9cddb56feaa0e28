"""The pytest plugin: options, collection of articles, outcomes, the summary and the reports."""

from __future__ import annotations

import argparse
import dataclasses
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from factcheck.articles import (
    ARTICLE_SUFFIXES,
    MAX_ARTICLE_CHARS,
    Article,
    is_json_article,
    iter_jsonl_offsets,
    read_article,
    read_jsonl_line,
)
from factcheck.ci.baseline import (
    Baseline,
    Tracker,
    annotate,
    baseline_text,
    clashes,
    load_baseline,
)
from factcheck.ci.baseline import summary_lines as baseline_lines
from factcheck.ci.changed import Changes
from factcheck.ci.selection import Selection
from factcheck.engine import Checker
from factcheck.errors import (
    ArticleError,
    BaselineError,
    ChangedError,
    FactcheckError,
    FactFileError,
    NotAnArticle,
    UnknownStory,
)
from factcheck.facts import Story, fact_files, load_story
from factcheck.outputs.html import build_html
from factcheck.outputs.report import (
    ResultSpool,
    Summary,
    build_report,
    failure_lines,
    printable,
    report_json,
    result_line,
    result_order,
    to_json,
    write_atomically,
)
from factcheck.outputs.sarif import build_sarif, line_reader
from factcheck.results import ACCEPTED, CONTRADICTED, OMITTED, FactResult

UNMATCHED = "unmatched"
UNREADABLE = "unreadable"
ARTICLE_ITEM = "facts"
"""The name of an article's one item with ``--facts-per-article``."""


@dataclass
class State:
    """What the plugin keeps for one session (in ``config.stash``)."""

    checker: Checker
    stories: list[Story]
    broken: dict[Path, FactFileError]
    strict: bool
    outputs: dict[str, str]
    per_article: bool = False
    allow_empty: bool = False
    """A run that checks no fact (no story loaded, or no article about one) may pass."""
    baseline: Baseline | None = None
    write_baseline: str = ""
    changes: Changes | None = None
    selection: Selection = field(default_factory=Selection)


STATE = pytest.StashKey[State]()
PAYLOAD = pytest.StashKey[dict[str, Any]]()
"""What an item that ran hands to its report (and nothing keeps after that)."""


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
    group.addoption(
        "--facts-allow-empty",
        action="store_true",
        default=None,
        help="pass even if no story is loaded or no article is about one (else the run fails).",
    )
    group.addoption(
        "--facts-baseline",
        metavar="PATH",
        default=None,
        help="accepted contradictions (a baseline file): they pass, shown as accepted, "
        "until the article's wording changes.",
    )
    group.addoption(
        "--facts-write-baseline",
        metavar="PATH",
        default=None,
        help="write the run's contradictions to PATH as a baseline file, to review and commit.",
    )
    group.addoption(
        "--facts-changed",
        metavar="REF",
        default=None,
        help="check only the articles changed since git REF (committed, uncommitted and "
        "untracked), and every article of a story whose fact file changed.",
    )
    parser.addini("facts_baseline", default="", help="as --facts-baseline")
    parser.addini("facts_strict", type="bool", default=False, help="as --facts-strict")
    parser.addini("facts_allow_empty", type="bool", default=False, help="as --facts-allow-empty")
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
    try:
        baseline_path = _path_option(config, "facts_baseline")
        baseline = load_baseline(baseline_path) if baseline_path else None
        ref = config.getoption("facts_changed")
        changes = (
            Changes.since(ref, config.invocation_params.dir, [(s.id, s.path) for s in stories])
            if ref is not None
            else None
        )
    except (BaselineError, ChangedError) as error:
        raise pytest.UsageError(str(error)) from None
    config.stash[STATE] = State(
        baseline=baseline,
        write_baseline=str(config.getoption("facts_write_baseline") or ""),
        changes=changes,
        selection=Selection(changed_ref=ref or ""),
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
        allow_empty=_flag(config, "facts_allow_empty"),
    )
    if config.args_source != pytest.Config.ArgsSource.ARGS:
        articles = config.getini("facts_articles")
        if articles:
            config.args = [str(config.rootpath / p) for p in articles]
    config.args = [*config.args, *(str(p) for p in broken)]
    if broken:  # a broken story must not stop the others from being checked
        config.option.continue_on_collection_errors = True
    config.pluginmanager.register(Recorder(config.stash[STATE], config), "factcheck-recorder")


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """With ``--facts-changed``, leave out the article files it does not select."""
    state = config.stash.get(STATE, None)
    if state is None or state.changes is None or collection_path.suffix not in ARTICLE_SUFFIXES:
        return None
    if not collection_path.is_file():
        return None
    state.selection.article_files += 1
    if state.changes.wanted(collection_path, lambda path: _stories_of(path, state, config)):
        return None
    state.selection.left_out += 1
    return True


def _stories_of(path: Path, state: State, config: pytest.Config) -> Sequence[str]:
    """The stories an unchanged article is about (none if it cannot be read).

    One that declares a story no fact file holds goes with every story whose facts changed:
    the change may be what made it unknown (a story renamed), so its error is shown.
    """
    try:
        return state.checker.route(read_article(_shown(path, config)))
    except UnknownStory:
        return sorted(state.changes.stories) if state.changes is not None else ()
    except ArticleError:
        return ()


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    state = parent.config.stash.get(STATE, None)
    if state is None:
        return None
    if file_path.resolve() in state.broken:
        return FactFile.from_parent(parent, path=file_path)
    suffix = file_path.suffix.lower()
    if suffix == ".jsonl":
        return JsonlFile.from_parent(parent, path=file_path)
    if suffix in ARTICLE_SUFFIXES:
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


def _truncation(article: Article) -> pytest.PytestWarning:
    return pytest.PytestWarning(
        f"{printable(article.key)}: only the first {MAX_ARTICLE_CHARS:,} characters are checked"
    )


class ArticleNode:
    """Mixin for the collector of one article.

    One item per fact (the default): the article is read and routed at collection (to the
    stories it declares, else to those it names); items hold only ids; the first item that runs
    checks the article against every story it is about, in one pass, and the others look their
    result up. When the last of them has run, pytest tears
    the collector down and it lets the text and the results go (read again if an item under it
    runs later). With ``--facts-per-article`` the collector keeps no text: its one
    ``ArticleItem`` reads, routes and checks the article when it runs.
    """

    article: Article | None = None
    routed: Sequence[str] = ()
    _results: dict[tuple[str, str], FactResult] | None = None

    def load(self) -> Article:
        """Read the article (again); ArticleError if it cannot be read."""
        raise NotImplementedError

    def article_items(self: Any, article: Article) -> Iterator[pytest.Item]:
        state = self.config.stash[STATE]
        if article.truncated:
            self.warn(_truncation(article))
        try:
            routed = state.checker.route(article)
        except ArticleError as error:  # it declares a story that is not loaded
            yield UnreadableItem.from_parent(self, name=UNREADABLE, error=error)
            return
        if not routed:
            yield UnmatchedItem.from_parent(self, name=UNMATCHED, key=article.key)
            return
        self.article = article
        self.routed = routed
        pairs = [
            (sid, fact.id) for sid in routed for fact in state.checker.compiled[sid].story.facts
        ]
        names = [fact for _, fact in pairs]
        for sid, fact in pairs:
            name = fact if names.count(fact) == 1 else f"{sid}/{fact}"
            yield FactItem.from_parent(self, name=name, story=sid, fact=fact)

    def results(self: Any) -> dict[tuple[str, str], FactResult]:
        if self._results is None:
            if self.article is None:
                self.article = self.load()
            checker = self.config.stash[STATE].checker
            found = checker.check(self.article, self.routed)
            self._results = {(r.story, r.fact): r for r in found}
        return self._results  # type: ignore[no-any-return]

    def teardown(self) -> None:
        """Called by pytest once the last item under this article (in run order) has run."""
        vars(self).pop("article", None)  # back to the class's None
        vars(self).pop("_results", None)


class ArticleFile(ArticleNode, pytest.File):
    """A .txt, .md or .json article: one item per fact of every story it is about, or one in all.

    A .json file that holds no article (a report) has no item.
    """

    def load(self) -> Article:
        return read_article(_shown(self.path, self.config))

    def collect(self) -> Iterator[pytest.Item]:
        if self.config.stash[STATE].per_article:
            if self.path.suffix.lower() != ".json" or is_json_article(self.path):
                yield ArticleItem.from_parent(self, name=ARTICLE_ITEM)
            return
        try:
            article = self.load()
        except NotAnArticle:
            return
        except ArticleError as error:
            yield UnreadableItem.from_parent(self, name=UNREADABLE, error=error)
            return
        yield from self.article_items(article)


class JsonlFile(pytest.File):
    """A JSONL batch: one collector per line, streamed.

    With ``--facts-per-article`` a line's collector gets its place in the file, not its text.
    A line whose id an earlier line has is its own article, ``id@line`` in its node id and
    ``path#id@line`` in results, with a warning.
    """

    def collect(self) -> Iterator[pytest.Collector]:
        shown = _shown(self.path, self.config)
        per_article = self.config.stash[STATE].per_article
        seen: dict[str, int] = {}
        for offset, entry in iter_jsonl_offsets(shown):
            key = entry.key
            line = entry.first_line if isinstance(entry, Article) else entry.line
            name = printable(key.split("#", 1)[1])  # node ids are printed
            if name in seen:
                self.warn(
                    pytest.PytestWarning(
                        f"id {name!r} on line {line} again (first on line {seen[name]}):"
                        f" reported as {printable(key)}@{line}"
                    )
                )
                name, key = f"{name}@{line}", f"{key}@{line}"
                entry = _rekeyed(entry, key)
            seen.setdefault(name, line or 0)
            kept = None if per_article and isinstance(entry, Article) else entry
            yield JsonlArticle.from_parent(
                self, name=name, entry=kept, offset=offset, number=line or 0, key=key
            )


def _rekeyed(entry: Article | ArticleError, key: str) -> Article | ArticleError:
    if isinstance(entry, ArticleError):
        entry.key = key
        return entry
    return dataclasses.replace(entry, key=key)


class JsonlArticle(ArticleNode, pytest.Collector):
    """One line of a JSONL batch: its byte offset and line number, and until collected its entry."""

    def __init__(
        self,
        *,
        entry: Article | ArticleError | None,
        offset: int,
        number: int,
        key: str,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.entry = entry
        self.offset = offset
        self.number = number
        self.key = key

    def load(self) -> Article:
        try:
            article = read_jsonl_line(_shown(self.path, self.config), self.offset, self.number)
        except ArticleError as error:
            error.key = self.key
            raise
        return article if article.key == self.key else dataclasses.replace(article, key=self.key)

    def collect(self) -> Iterator[pytest.Item]:
        entry, self.entry = self.entry, None
        if isinstance(entry, ArticleError):
            yield UnreadableItem.from_parent(self, name=UNREADABLE, error=entry)
        elif entry is None:
            yield ArticleItem.from_parent(self, name=ARTICLE_ITEM)
        else:
            yield from self.article_items(entry)


class Contradiction(Exception):
    """Raised by an item whose fact the article contradicts (or omits when required)."""


def _fails(result: FactResult, strict: bool) -> bool:
    return result.status == CONTRADICTED or (
        result.status == OMITTED and (result.required or strict)
    )


def _failure_text(item: pytest.Item, lines: list[str]) -> str:
    """The failure text pytest keeps on the report until the end of the run.

    With ``--tb=line`` or ``--tb=no`` (and no ``--junitxml``) pytest shows no more than its
    first line, so only that line is kept: on a large batch with many contradictions the
    full texts would be most of the run's memory. The JSON report keeps every detail.
    """
    config = item.config
    if config.getoption("tbstyle", "auto") in ("line", "no") and not config.getoption(
        "xmlpath", None
    ):
        return lines[0] if lines else ""
    return "\n".join(lines)


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
        result = _judged(self, [self.result])[0]
        _record(self, [result])
        if _fails(result, self.config.stash[STATE].strict):
            raise Contradiction(result)
        if result.status == ACCEPTED:
            self.stash[PAYLOAD]["accepted"] = True
        if result.status == OMITTED:
            pytest.skip(f"{result.fact}: not mentioned")

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException]) -> str:  # type: ignore[override]
        if isinstance(excinfo.value, Contradiction):
            return _failure_text(self, failure_lines(self.result))
        if isinstance(excinfo.value, ArticleError):  # read again, and no longer readable
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return _reportinfo(self)


class ArticleItem(pytest.Item):
    """All facts on one article in one item (``--facts-per-article``), for very large batches.

    It holds no text: when it runs it reads the article, routes it and checks it. An article
    that cannot be read, or that is about no story, gives the same outcome as an
    ``UnreadableItem`` or an ``UnmatchedItem``.
    """

    def runtest(self) -> None:
        state = self.config.stash[STATE]
        parent: ArticleNode = self.parent  # type: ignore[assignment]
        try:
            article = parent.load()
            if article.truncated:
                self.warn(_truncation(article))
            routed = state.checker.route(article)  # UnknownStory for an unknown declared story
        except ArticleError as error:
            self.stash[PAYLOAD] = _unreadable(error)
            raise
        if not routed:
            self.stash[PAYLOAD] = _unmatched(article.key)
            pytest.skip(NO_STORY)
        results = sorted(state.checker.check(article, routed), key=lambda r: (r.story, r.fact))
        results = _judged(self, results)
        _record(self, results)
        failing = [r for r in results if _fails(r, state.strict)]
        if failing:
            raise Contradiction(failing)
        if any(r.status == ACCEPTED for r in results):
            self.stash[PAYLOAD]["accepted"] = True

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException]) -> str:  # type: ignore[override]
        if isinstance(excinfo.value, Contradiction):
            failing: list[FactResult] = excinfo.value.args[0]
            return _failure_text(self, [line for r in failing for line in failure_lines(r)])
        if isinstance(excinfo.value, ArticleError):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return _reportinfo(self)


def _reportinfo(item: pytest.Item) -> tuple[Path, int | None, str]:
    """Failure headers read `fact on article`; `-v` lines keep the node id as it is."""
    parent = item.parent
    article = parent.nodeid if parent is not None else ""
    return item.path, None, printable(f"{item.name} on {article}")  # a file name may hold any


NO_STORY = "the article matches no story"


def _unmatched(key: str) -> dict[str, Any]:
    return {"unmatched": key}


def _unreadable(error: ArticleError) -> dict[str, Any]:
    return {"unreadable": {"article": error.key, "message": str(error)}}


class UnmatchedItem(pytest.Item):
    """An article that declares no story and names no story's `about` entities: listed, never
    failed."""

    def __init__(self, *, key: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.key = key

    def runtest(self) -> None:
        self.stash[PAYLOAD] = _unmatched(self.key)
        pytest.skip(NO_STORY)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return _reportinfo(self)


class UnreadableItem(pytest.Item):
    """An article that cannot be read, or that declares a story no fact file holds: an error
    result with the reason."""

    def __init__(self, *, error: ArticleError, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.error = error

    def runtest(self) -> None:
        self.stash[PAYLOAD] = _unreadable(self.error)
        raise self.error

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException]) -> str:  # type: ignore[override]
        if isinstance(excinfo.value, ArticleError):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return _reportinfo(self)


def _judged(item: pytest.Item, results: list[FactResult]) -> list[FactResult]:
    """The results, those the baseline accepts turned ``accepted``."""
    baseline = item.config.stash[STATE].baseline
    return results if baseline is None else [baseline.judge(r) for r in results]


def _record(item: pytest.Item, results: list[FactResult]) -> None:
    """Hand the results to the item's report, and show their slots as JUnit properties.

    Reports cross from pytest-xdist workers and pytest keeps them until the end of the run:
    they carry what the summary counts as one JSON text (which crosses far faster than nested
    dicts) and, only when a report file needs them, the results as the report's lines, which
    the controller spools as they are; it drops both from the report. JUnit properties are
    added only with ``--junitxml``.
    """
    ordered = sorted(results, key=lambda r: (r.article, r.story, r.fact))  # report order
    brief: list[dict[str, Any]] = [  # what the summary counts
        {
            "article": r.article,
            "source": r.source or None,
            "story": r.story,
            "fact": r.fact,
            "status": r.status,
        }
        for r in ordered
    ]
    state = item.config.stash[STATE]
    if state.baseline is not None or state.write_baseline:  # what the baseline is matched on
        for entry, r in zip(brief, ordered, strict=True):
            if r.status in (CONTRADICTED, ACCEPTED):
                entry["clashes"] = clashes(r)
    payload: dict[str, Any] = {"results": json.dumps(brief)}
    if state.outputs:
        payload["lines"] = [result_line(annotate(r.to_json(), r, state.baseline)) for r in ordered]
    if len(results) == 1 and results[0].status == OMITTED:
        payload["omitted"] = True
    item.stash[PAYLOAD] = payload
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
    """Move an item's results to its report (reports cross pytest-xdist, items do not)."""
    report = yield
    if call.when != "call":
        if isinstance(item, _OURS) and report.passed and not report.sections:
            report.factcheck = {"quiet": True}  # a setup or teardown with nothing to show
        return report
    payload = item.stash.get(PAYLOAD, None)
    if payload is not None:
        del item.stash[PAYLOAD]
        report.factcheck = payload
        if report.skipped and isinstance(report.longrepr, tuple):  # point at the article
            line = getattr(item.parent, "number", None) or 1  # a JSONL record's line, or 1
            report.longrepr = (str(item.path), line, report.longrepr[2])
    return report


_OURS = (FactItem, ArticleItem, UnmatchedItem, UnreadableItem)


def _payload(report: pytest.TestReport, key: str) -> Any:
    payload = getattr(report, "factcheck", None)
    return payload.get(key) if isinstance(payload, dict) else None


class Recorder:
    """Registered as a plugin while the checker is on: counts results, prints and writes them.

    Only the controller (the serial process, or the pytest-xdist master) records: it counts
    each result for the summary as its report arrives and, when a report file is asked for,
    appends it to a temporary spool from which the files are written at the end.
    """

    def __init__(self, state: State, config: pytest.Config) -> None:
        self.state = state
        self.config = config
        self.controller = not hasattr(config, "workerinput")
        broken = [
            {"path": _shown(path, config), "message": str(error)}
            for path, error in state.broken.items()
        ]
        stories = {s.id: [f.id for f in s.facts] for s in state.stories}
        self.summary = Summary((), stories, broken=broken)
        self.spool = ResultSpool() if self.controller and state.outputs else None
        self.checked = 0  # fact results
        self.unmatched = 0
        self.empty: str | None = None
        """Why the run checked no fact, when it did not."""
        self.tracker = Tracker(state.baseline, collect=bool(state.write_baseline))

    def pytest_deselected(self, items: Sequence[pytest.Item]) -> None:
        self.state.selection.deselected += len(items)

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        """Count what was selected (where items are collected: serial, or on each worker)."""
        self.state.selection.selected = len(session.items)
        lfplugin = self.config.pluginmanager.get_plugin("lfplugin")
        self.state.selection.skipped_files = int(getattr(lfplugin, "_skipped_files", 0) or 0)

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node: Any, error: Any) -> None:
        """On the pytest-xdist controller: take the selection counts a worker collected."""
        counts = getattr(node, "workeroutput", {}).get("factcheck_selection")
        if counts is not None:
            self.state.selection = Selection.from_json(counts)

    def pytest_report_teststatus(self, report: pytest.TestReport) -> tuple[str, str, Any] | None:
        if report.when != "call":
            return None
        if report.failed and _payload(report, "unreadable") is not None:
            return "error", "E", "ERROR"
        if report.passed and _payload(report, "accepted"):
            return ACCEPTED, "a", ("ACCEPTED", {"yellow": True})
        if not report.skipped:
            return None
        if _payload(report, "omitted"):
            return "omitted", "o", "OMITTED"
        if _payload(report, "unmatched") is not None:
            return UNMATCHED, "u", "UNMATCHED"
        return None

    @pytest.hookimpl(trylast=True)
    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Count and spool a report's results, then drop them: pytest keeps every report.

        Last of the hooks, so that on a pytest-xdist worker the report has been sent by then.
        """
        payload = getattr(report, "factcheck", None)
        if not isinstance(payload, dict):
            return
        if report.when != "call":
            if payload.get("quiet"):
                self._forget(report)
            return
        found = payload.pop("results", None)
        lines = payload.pop("lines", None)
        if not self.controller:
            return
        results = json.loads(found or "[]")
        self.checked += len(results)
        for result in results:
            self.summary.add(result)
            self.tracker.add(result)
        if self.spool is not None and results and lines:
            self.spool.add(lines, result_order(results[0]), report.nodeid)
        unmatched = payload.get("unmatched")
        if unmatched is not None:
            self.unmatched += 1
            self.summary.add_unmatched(unmatched)
        unreadable = payload.get("unreadable")
        if unreadable is not None:
            self.summary.add_unreadable(unreadable)

    def _forget(self, report: pytest.TestReport) -> None:
        """Drop a quiet setup or teardown report from those the terminal keeps to the end.

        pytest prints a failure's teardown sections by scanning every such report it keeps,
        once per failure: failures x items in all, hours on a large batch. Ours have no
        sections to print, and dropping them also saves two reports' memory per item.
        """
        reporter = self.config.pluginmanager.get_plugin("terminalreporter")
        kept = reporter.stats.get("") if reporter is not None else None
        if kept and kept[-1] is report:
            kept.pop()

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        """Fail a run that checked no fact; write the baseline, then the report files from the
        spool: the JSON a result at a time. SARIF keeps only the contradictions; the HTML matrix
        needs every result at once.

        A pytest-xdist worker hands its selection counts to the controller instead.
        """
        if not self.controller:
            workeroutput = getattr(self.config, "workeroutput", None)
            if workeroutput is not None:
                workeroutput["factcheck_selection"] = self.state.selection.to_json()
            return
        self.empty = empty_run(
            self.state, self.config.getoption("facts"), self.checked, self.unmatched
        )
        if self.state.selection.deselected:  # the articles about a story may be deselected
            self.empty = None if self.state.stories else self.empty
        if self.empty and not self.state.allow_empty and session.exitstatus == 0:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED
        self._finish_summary()
        spool, self.spool = self.spool, None
        if spool is None:
            return
        try:
            for kind, path in self.state.outputs.items():
                if kind == "json":
                    write_atomically(path, report_json(self.summary, spool.lines()))
                elif kind == "sarif":
                    problems = {
                        "broken_fact_files": self.summary.broken,
                        "unreadable_articles": self.summary.unreadable,
                    }
                    sarif = build_sarif({"results": spool, **problems}, line_reader())
                    write_atomically(path, to_json(sarif))
                else:
                    write_atomically(path, build_html(build_report(self.summary, spool)))
        finally:
            spool.close()

    def _finish_summary(self) -> None:
        """Say what part of the batch ran and what the baseline did; write a new baseline."""
        selection = self.state.selection
        partial = selection.partial
        self.summary.partial = selection.lines()
        baseline = self.state.baseline
        stale = self.tracker.stale(partial)
        accepted = self.summary.totals[ACCEPTED]
        self.summary.notes = list(baseline_lines(baseline, accepted, stale))
        if baseline is not None:
            self.summary.baseline = {
                "path": baseline.path,
                "accepted": accepted,
                "stale": [e.to_json() | {"line": e.line} for e in stale],
            }
        target = self.state.write_baseline
        if target:
            entries = self.tracker.entries(partial)
            write_atomically(target, baseline_text(entries))
            self.summary.notes.append(f"baseline written: {target} ({len(entries)} entries)")

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        lines = list(self.summary.lines())
        if lines:
            terminalreporter.write_sep("=", "factcheck summary")
            for line in lines:
                terminalreporter.write_line(line)
        for kind, path in self.state.outputs.items():
            terminalreporter.write_line(f"factcheck {kind} report: {path}")
        if self.empty:
            allowed = self.state.allow_empty
            then = "allowed by --facts-allow-empty" if allowed else "--facts-allow-empty allows it"
            terminalreporter.write_line(
                f"factcheck: {printable(self.empty)} ({then})", red=not allowed, yellow=allowed
            )


def empty_run(state: State, given: Sequence[str], checked: int, unmatched: int) -> str | None:
    """Why a run checked no fact on any article, or None if it did (or failed already).

    A run with broken fact files fails on them; one that ran no article item (all deselected,
    or no article found) is pytest's "no tests ran" unless no story was loaded.
    """
    if state.broken or checked:
        return None
    if not state.stories:
        where = ", ".join(given)
        return f"no story loaded: no fact file (*.yaml, *.yml) in {where}"
    if unmatched:
        articles = "article" if unmatched == 1 else "articles"
        return f"no article is about a story: {unmatched} {articles}, all unmatched"
    return None
