"""SARIF 2.1.0 output: each contradicted slot as a code-scanning result on the article's line.

``build_sarif`` turns a JSON report (see ``schema/report.schema.json``) into a SARIF log with
one rule per contradicted fact (``story/fact``) and one result per contradicted slot. Columns
point at the first «marked» word when ``read_line`` can give the text of the article's line.
Broken fact files and unreadable articles are the run's tool execution notifications (level
error, at the file's line), and make its invocation unsuccessful.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Callable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import quote

from factcheck.outputs.problems import BROKEN_FACT_FILE, UNREADABLE_ARTICLE, Problem, problems
from factcheck.results import ACCEPTED, CONTRADICTED

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
FINGERPRINT_KEY = "factcheckSlot/v1"

ReadLine = Callable[[str, int], str | None]
"""``read_line(path, line)``: the text of a file's 1-based ``line``, or None if unknown."""


def line_reader() -> ReadLine:
    """A ``read_line`` that reads article files as factcheck does (UTF-8, any newline style)."""
    cache: dict[str, list[str] | None] = {}

    def read_line(path: str, line: int) -> str | None:
        if path not in cache:
            try:
                text = Path(path).read_text(encoding="utf-8-sig", errors="replace")
                cache[path] = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            except OSError:
                cache[path] = None
        lines = cache[path]
        return lines[line - 1] if lines is not None and 0 < line <= len(lines) else None

    return read_line


def article_uri(article: str) -> str:
    """The artifact URI of an article key: its path (``path#id`` loses ``#id``), slash-separated."""
    return file_uri(article.split("#", 1)[0])


def file_uri(path: str) -> str:
    """The artifact URI of a file path: relative and slash-separated, or ``file://`` if absolute."""
    path = path.replace("\\", "/")
    if path.startswith("/"):
        return "file://" + quote(path)
    if re.match(r"[A-Za-z]:/", path):
        return "file:///" + quote(path, safe="/:")
    return quote(path)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def marked_columns(line: str, evidence: str) -> tuple[int, int] | None:
    """1-based (startColumn, endColumn) in UTF-16 units of the first «marked» words in ``line``.

    The marked words are looked for where the sentence puts them, then as the whole marked text,
    then as its first word; None when the line does not hold them.
    """
    before, sep, rest = evidence.partition("«")
    marked = rest.split("»", 1)[0]
    if not sep or not marked.strip():
        return None
    word = marked.split()[0]
    for needle, offset in ((before + marked, len(before)), (marked, 0), (word, 0)):
        at = line.find(needle)
        if at >= 0:
            start = _utf16_len(line[: at + offset]) + 1
            end = start + _utf16_len(needle[offset:])
            return start, end
    return None


def _fingerprint(result: dict[str, Any], slot: str, found: str | None) -> str:
    parts = (result["article"], result["story"], result["fact"], slot, found or "")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _message(result: dict[str, Any], slot: str, value: dict[str, Any]) -> str:
    text = (
        f"{result['fact']} contradicted on {slot}: "
        f"fact says {value['expected']}, article says {value['found']}"
    )
    return f"{text} (difference: {value['detail']})" if value.get("detail") else text


def _contradictions(report: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str, dict[str, Any]]]:
    """Every contradicted slot, those a baseline accepted included (they carry a suppression)."""
    for result in report["results"]:
        if result["status"] in (CONTRADICTED, ACCEPTED):
            for slot, value in sorted(result["slots"].items()):
                if value["status"] == CONTRADICTED:
                    yield result, slot, value


def _suppressions(result: dict[str, Any], slot: str, found: str | None) -> list[dict[str, Any]]:
    """A baseline's acceptance of this slot's clash, as SARIF shows a reviewed finding."""
    return [
        {"kind": "external", "status": "accepted", "justification": e["reason"] or "accepted"}
        for e in result.get("accepted") or ()
        if e["slot"] == slot and e["found"] == found
    ]


def _rule(result: dict[str, Any]) -> dict[str, Any]:
    statement = "; ".join(f"{slot}: {v['expected']}" for slot, v in sorted(result["slots"].items()))
    return {
        "id": f"{result['story']}/{result['fact']}",
        "shortDescription": {
            "text": f"An article contradicts fact {result['fact']} of story {result['story']}"
        },
        "fullDescription": {"text": f"{result['fact']} says {statement}"},
        "defaultConfiguration": {"level": "error"},
        "properties": {"story": result["story"], "fact": result["fact"]},
    }


def _region(
    result: dict[str, Any], value: dict[str, Any], read_line: ReadLine | None
) -> dict[str, Any]:
    line = value["line"] or 1
    region: dict[str, Any] = {"startLine": line, "startColumn": 1}
    text = read_line(result["article"].split("#", 1)[0], line) if read_line else None
    columns = marked_columns(text, value["evidence"] or "") if text is not None else None
    if columns is not None:
        region["startColumn"], region["endColumn"] = columns
    return region


NOTIFICATIONS = {
    BROKEN_FACT_FILE: "A fact file could not be loaded: its story was not checked",
    UNREADABLE_ARTICLE: "An article could not be read: it was not checked",
}


def _notification(problem: Problem) -> dict[str, Any]:
    location: dict[str, Any] = {"artifactLocation": {"uri": file_uri(problem.path)}}
    if problem.line is not None:
        location["region"] = {"startLine": problem.line}
    return {
        "level": "error",
        "message": {"text": problem.text},
        "locations": [{"physicalLocation": location}],
        "descriptor": {"id": problem.kind, "index": list(NOTIFICATIONS).index(problem.kind)},
        "properties": {"file": problem.name},
    }


def _invocation(report: dict[str, Any]) -> dict[str, Any]:
    """The run's one invocation: unsuccessful when a fact file or an article could not be read."""
    notifications = [_notification(p) for p in problems(report)]
    invocation: dict[str, Any] = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return invocation


def _driver() -> dict[str, Any]:
    driver: dict[str, Any] = {
        "name": "factcheck",
        "rules": [],
        "notifications": [
            {
                "id": kind,
                "shortDescription": {"text": text},
                "defaultConfiguration": {"level": "error"},
            }
            for kind, text in NOTIFICATIONS.items()
        ],
    }
    with contextlib.suppress(metadata.PackageNotFoundError):
        driver["version"] = metadata.version("pytest-factcheck")
    return driver


def build_sarif(report: dict[str, Any], read_line: ReadLine | None = None) -> dict[str, Any]:
    """The SARIF 2.1.0 log of a JSON report's contradictions and input problems.

    Of the report only ``results`` is needed; ``broken_fact_files`` and ``unreadable_articles``,
    when given, become the invocation's notifications.

    ``read_line(path, line)`` gives an article file's line so that the region's column can point
    at the marked words; without it (or when it returns None) the column is 1.
    """
    driver = _driver()
    rule_index: dict[str, int] = {}
    results = []
    for result, slot, value in _contradictions(report):
        rule_id = f"{result['story']}/{result['fact']}"
        if rule_id not in rule_index:
            rule_index[rule_id] = len(driver["rules"])
            driver["rules"].append(_rule(result))
        location = {
            "physicalLocation": {
                "artifactLocation": {"uri": article_uri(result["article"])},
                "region": _region(result, value, read_line),
            }
        }
        suppressions = _suppressions(result, slot, value["found"])
        results.append(
            {
                **({"suppressions": suppressions} if suppressions else {}),
                "ruleId": rule_id,
                "ruleIndex": rule_index[rule_id],
                "level": "error",
                "message": {"text": _message(result, slot, value)},
                "locations": [location],
                "partialFingerprints": {
                    FINGERPRINT_KEY: _fingerprint(result, slot, value["found"])
                },
                "properties": {
                    "article": result["article"],
                    "source": result["source"],
                    "slot": slot,
                    "evidence": value["evidence"],
                },
            }
        )
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {"driver": driver},
                "invocations": [_invocation(report)],
                "columnKind": "utf16CodeUnits",
                "results": results,
            }
        ],
    }
