"""Pure report building: the terminal summary's lines, the failure text and the JSON report."""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from factcheck.results import CONSISTENT, CONTRADICTED, ERROR, OMITTED, FactResult

REPORT_VERSION = 1
STATUSES = (CONSISTENT, CONTRADICTED, OMITTED)


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
    return lines


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> Iterator[str]:
    cells = [list(map(str, header)), *[list(map(str, row)) for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    for row in cells:
        yield "  ".join(
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


class Summary:
    """The end-of-run summary, built from plain result dicts (as in the JSON report)."""

    def __init__(
        self,
        results: Iterable[dict[str, Any]],
        stories: dict[str, list[str]],
        unmatched: Iterable[str] = (),
        unreadable: Iterable[dict[str, Any]] = (),
        broken: Iterable[dict[str, Any]] = (),
    ) -> None:
        self.results = sorted(results, key=lambda r: (r["article"], r["story"], r["fact"]))
        self.stories = stories
        self.unmatched = sorted(set(unmatched))
        self.unreadable = sorted(unreadable, key=lambda e: e["article"])
        self.broken = sorted(broken, key=lambda e: e["path"])

    def _counts(self, key: str) -> list[list[object]]:
        groups: dict[str, Counter[str]] = {}
        for result in self.results:
            groups.setdefault(result[key] or "(none)", Counter())[result["status"]] += 1
        return [[name, *(counts[s] for s in STATUSES)] for name, counts in sorted(groups.items())]

    def unmentioned(self) -> list[str]:
        """`story/fact` for every fact that no checked article mentions."""
        mentioned = {(r["story"], r["fact"]) for r in self.results if r["status"] != OMITTED}
        return [
            f"{story}/{fact}"
            for story, facts in sorted(self.stories.items())
            for fact in facts
            if (story, fact) not in mentioned
        ]

    def lines(self) -> Iterator[str]:
        if not (self.results or self.unmatched or self.unreadable or self.broken):
            return
        articles = {r["article"] for r in self.results}
        yield (
            f"{_plural(len(articles), 'article')} checked against "
            f"{_plural(len(self.stories), 'story').replace('storys', 'stories')}"
        )
        if self.results:
            yield from _table(("article", *STATUSES), self._counts("article"))
            if any(r.get("source") for r in self.results):
                yield ""
                yield from _table(("source", *STATUSES), self._counts("source"))
        unmentioned = self.unmentioned()
        if unmentioned and self.results:
            yield ""
            yield f"facts no article mentions ({len(unmentioned)}):"
            yield from (f"  {fact}" for fact in unmentioned)
        if self.unmatched:
            yield ""
            yield f"articles that match no story ({len(self.unmatched)}):"
            yield from (f"  {article}" for article in self.unmatched)
        if self.unreadable:
            yield ""
            yield f"unreadable articles ({len(self.unreadable)}):"
            yield from (f"  {e['message']}" for e in self.unreadable)
        if self.broken:
            yield ""
            yield f"fact files not loaded, their stories not checked ({len(self.broken)}):"
            yield from (f"  {e['path']}" for e in self.broken)


def build_report(summary: Summary) -> dict[str, Any]:
    """The JSON report (see schema/report.schema.json)."""
    totals = Counter(r["status"] for r in summary.results)
    return {
        "version": REPORT_VERSION,
        "totals": {status: totals[status] for status in (*STATUSES, ERROR)}
        | {"error": len(summary.unreadable)},
        "stories": {story: sorted(facts) for story, facts in sorted(summary.stories.items())},
        "results": summary.results,
        "unmentioned_facts": summary.unmentioned(),
        "unmatched_articles": summary.unmatched,
        "unreadable_articles": summary.unreadable,
        "broken_fact_files": summary.broken,
    }


def write_atomically(path: str | Path, text: str) -> None:
    """Write ``text`` so that ``path`` holds either the old file or the whole new one."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
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
