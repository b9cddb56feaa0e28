"""Report building: the summary's lines, the failure text, the JSON report and the result spool."""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from factcheck.results import ACCEPTED, CONSISTENT, CONTRADICTED, ERROR, OMITTED, FactResult

REPORT_VERSION = 1
STATUSES = (CONSISTENT, CONTRADICTED, OMITTED, ACCEPTED)
"""Result statuses, in the order of the summary's columns (`accepted` shown only if any)."""


_UNSAFE = {code: f"\\x{code:02x}" for code in (*range(0x20), *range(0x7F, 0xA0)) if code != 0x09}
_UNSAFE |= {code: f"\\u{code:04x}" for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
_PRINTABLE = str.maketrans(_UNSAFE)


def printable(text: str) -> str:
    """``text`` safe to show on a terminal: control characters (but tabs) and bidirectional
    overrides, which could hide or fake output, shown as escapes (``\\x1b``, ``\\u202e``)."""
    return text.translate(_PRINTABLE)


def failure_lines(result: FactResult) -> list[str]:
    """What a user sees for a contradicted fact (or a required one the article omits)."""
    where = f"{result.fact_path}:{result.fact_line}" if result.fact_path else result.story
    if result.status == OMITTED:
        return [f"{result.fact} ({where}) is required but the article never states it"]
    lines = []
    for slot in result.contradictions:
        lines.append(f"{result.fact} ({where}) contradicted on {slot.slot}")
        lines.append(f"  fact says:    {slot.expected}")
        lines.append(f"  article says: {slot.found}")
        if slot.detail:
            lines.append(f"  difference:   {slot.detail}")
        if slot.evidence is not None:
            path = result.article.split("#", 1)[
                0
            ]  # a JSONL line's evidence is on its record's line
            lines.append(f"  evidence:     {path}:{slot.evidence.line}: {slot.evidence.marked()}")
    return [printable(line) for line in lines]


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> Iterator[str]:
    cells = [[printable(str(cell)) for cell in row] for row in (header, *rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    for row in cells:
        yield "  ".join(
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def result_order(result: dict[str, Any]) -> tuple[str, str, str]:
    """The order of results in reports: by article, story and fact."""
    return result["article"], result["story"], result["fact"]


class Summary:
    """The end-of-run summary, counted from plain result dicts (as in the JSON report).

    Results given to the constructor are counted and also kept, sorted, for ``build_report``;
    results given to ``add`` are only counted, so a run of any size keeps counts, not results.

    ``partial`` holds the ``partial run: ...`` lines of a run that checked part of its batch
    (then facts that did not run are not called unmentioned); ``notes`` are lines shown at the
    end (the baseline's), ``baseline`` what the JSON report says about it.
    """

    def __init__(
        self,
        results: Iterable[dict[str, Any]],
        stories: dict[str, list[str]],
        unmatched: Iterable[str] = (),
        unreadable: Iterable[dict[str, Any]] = (),
        broken: Iterable[dict[str, Any]] = (),
    ) -> None:
        self.stories = stories
        self.totals: Counter[str] = Counter()
        self._articles: dict[str, list[int]] = {}
        self._sources: dict[str, list[int]] = {}
        self._any_source = False
        self._mentioned: set[tuple[str, str]] = set()
        self._ran: set[tuple[str, str]] = set()
        self.partial: list[str] = []
        self.notes: list[str] = []
        self.baseline: dict[str, Any] | None = None
        self._unmatched = set(unmatched)
        self._unreadable = list(unreadable)
        self.broken = sorted(broken, key=lambda e: e["path"])
        self.results = sorted(results, key=result_order)
        for result in self.results:
            self.add(result)

    def add(self, result: dict[str, Any]) -> None:
        """Count one result."""
        status = result["status"]
        self.totals[status] += 1
        self._ran.add((result["story"], result["fact"]))
        if status != OMITTED:
            self._mentioned.add((result["story"], result["fact"]))
        if result.get("source"):
            self._any_source = True
        if status not in STATUSES:
            return
        column = STATUSES.index(status)
        self._articles.setdefault(result["article"], [0] * len(STATUSES))[column] += 1
        self._sources.setdefault(result.get("source") or "(none)", [0] * len(STATUSES))[column] += 1

    def add_unmatched(self, article: str) -> None:
        self._unmatched.add(article)

    def add_unreadable(self, entry: dict[str, Any]) -> None:
        self._unreadable.append(entry)

    @property
    def unmatched(self) -> list[str]:
        return sorted(self._unmatched)

    @property
    def unreadable(self) -> list[dict[str, Any]]:
        return sorted(self._unreadable, key=lambda e: e["article"])

    def unmentioned(self) -> list[str]:
        """`story/fact` for every fact that no checked article mentions (in a partial run,
        of the facts that ran on some article)."""
        return [
            f"{story}/{fact}"
            for story, facts in sorted(self.stories.items())
            for fact in facts
            if (story, fact) not in self._mentioned
            and (not self.partial or (story, fact) in self._ran)
        ]

    def _columns(self) -> tuple[str, ...]:
        return STATUSES if self.totals[ACCEPTED] else STATUSES[:-1]

    def _rows(self, groups: dict[str, list[int]]) -> list[list[object]]:
        width = len(self._columns())
        return [[name, *counts[:width]] for name, counts in sorted(groups.items())]

    def lines(self) -> Iterator[str]:
        """The summary's lines, as the terminal shows them."""
        return map(printable, self._lines())

    def _lines(self) -> Iterator[str]:
        checked = bool(self._articles)
        shown = (self._unmatched, self._unreadable, self.broken, self.partial, self.notes)
        if not (checked or any(shown)):
            return
        yield (
            f"{_plural(len(self._articles), 'article')} checked against "
            f"{_plural(len(self.stories), 'story').replace('storys', 'stories')}"
        )
        yield from self.partial
        if checked:
            yield from _table(("article", *self._columns()), self._rows(self._articles))
            if self._any_source:
                yield ""
                yield from _table(("source", *self._columns()), self._rows(self._sources))
        unmentioned = self.unmentioned()
        if unmentioned and checked:
            yield ""
            yield f"facts no article mentions ({len(unmentioned)}):"
            yield from (f"  {fact}" for fact in unmentioned)
        unmatched = self.unmatched
        if unmatched:
            yield ""
            yield f"articles that match no story ({len(unmatched)}):"
            yield from (f"  {article}" for article in unmatched)
        unreadable = self.unreadable
        if unreadable:
            yield ""
            yield f"unreadable articles ({len(unreadable)}):"
            yield from (f"  {e['message']}" for e in unreadable)
        if self.broken:
            yield ""
            yield f"fact files not loaded, their stories not checked ({len(self.broken)}):"
            yield from (f"  {e['path']}" for e in self.broken)
        if self.notes:
            yield ""
            yield from self.notes


def build_report(
    summary: Summary, results: Iterable[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """The JSON report (see schema/report.schema.json).

    ``results`` are the report's results, already in order (article, story, fact); by default
    those given to the summary's constructor. The totals are the summary's counts.
    """
    unreadable = summary.unreadable
    extra = {} if summary.baseline is None else {"baseline": summary.baseline}
    return extra | {
        "version": REPORT_VERSION,
        "partial": bool(summary.partial),
        "totals": {status: summary.totals[status] for status in (*STATUSES, ERROR)}
        | {"error": len(unreadable)},
        "stories": {story: sorted(facts) for story, facts in sorted(summary.stories.items())},
        "results": summary.results if results is None else list(results),
        "unmentioned_facts": summary.unmentioned(),
        "unmatched_articles": summary.unmatched,
        "unreadable_articles": unreadable,
        "broken_fact_files": summary.broken,
    }


_RESULTS_KEY = '\n  "results": [],\n'


def result_line(result: dict[str, Any]) -> str:
    """One result as the JSON report writes it: on one line, keys sorted."""
    return json.dumps(result, ensure_ascii=False, sort_keys=True)


def report_json(summary: Summary, lines: Iterable[str]) -> Iterator[str]:
    """The JSON report's text, a piece at a time: ``build_report(summary)`` with the results
    ``lines`` (each a ``result_line``, already in report order) one per line.

    Apart from its results, the report is written as ``to_json`` writes it. None of the
    lines is kept.
    """
    before, after = to_json(build_report(summary, [])).split(_RESULTS_KEY)
    yield before + '\n  "results": ['
    separator = "\n    "
    for line in lines:
        yield separator + line
        separator = ",\n    "
    yield ("]" if separator == "\n    " else "\n  ]") + ",\n" + after


class ResultSpool:
    """Result lines kept in a temporary file as they come, read back in report order.

    Each ``add`` writes one record (the results of one test report, all about one article,
    as ``result_line`` texts); only a small key per record stays in memory, to put the
    records in order at the end.
    """

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 (closed by close)
        self._index: list[tuple[str, str, str, str, int, int]] = []
        self._size = 0

    def add(self, lines: Sequence[str], first: tuple[str, str, str], tiebreak: str) -> None:
        """Spool the result lines of one test report, already in report order: ``first`` is
        the first one's ``result_order`` key, ``tiebreak`` (the node id) orders equal keys."""
        if not lines:
            return
        data = ("\n".join(lines) + "\n").encode("utf-8")
        self._file.seek(self._size)
        self._file.write(data)
        self._index.append((*first, tiebreak, self._size, len(data)))
        self._size += len(data)

    def __len__(self) -> int:
        return len(self._index)

    def lines(self) -> Iterator[str]:
        """Every result line, ordered by article, story and fact (each pass reads the file)."""
        self._index.sort()
        self._file.flush()
        for *_, offset, length in self._index:
            self._file.seek(offset)
            # not splitlines: U+2028 and U+0085 may stand inside a line's strings
            yield from self._file.read(length).decode("utf-8")[:-1].split("\n")

    def __iter__(self) -> Iterator[dict[str, Any]]:
        """Every result, in the order of ``lines``."""
        return map(json.loads, self.lines())

    def close(self) -> None:
        self._file.close()


def write_atomically(path: str | Path, text: str | Iterable[str]) -> None:
    """Write ``text`` (or its pieces, in order) so that ``path`` holds the old file or the new."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            if isinstance(text, str):
                handle.write(text)
            else:
                handle.writelines(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # as an ordinary new file, not mkstemp's 0600
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def to_json(data: dict[str, Any]) -> str:
    """Stable JSON text: sorted keys, so the same report gives the same bytes."""
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
