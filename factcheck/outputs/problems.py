"""A JSON report's input problems, one (path, line, message) each, for the SARIF and HTML pages.

The report lists each broken fact file as ``{"path", "message"}`` and each unreadable article as
``{"article", "message"}``, the message holding one ``path:line: what is wrong`` line per
problem (``path: what is wrong`` when no line is known). ``problems`` splits them back into
their parts, so that a page can point at the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

BROKEN_FACT_FILE = "broken-fact-file"
UNREADABLE_ARTICLE = "unreadable-article"

_LOCATED = re.compile(r"(?P<path>.+?):(?P<line>[0-9]+): (?P<message>.*)", re.DOTALL)


@dataclass(frozen=True)
class Problem:
    """One problem with an input file: ``kind`` is BROKEN_FACT_FILE or UNREADABLE_ARTICLE."""

    kind: str
    path: str
    line: int | None
    message: str
    name: str
    """The file as the report names it: a fact file's path, an article's key (``path#id``)."""
    text: str
    """The problem as the report words it: ``path:line: message``."""


def _split(kind: str, name: str, text: str) -> Problem:
    path = name.split("#", 1)[0] if kind == UNREADABLE_ARTICLE else name
    if text.startswith(path + ": "):
        return Problem(kind, path, None, text[len(path) + 2 :], name, text)
    located = _LOCATED.fullmatch(text)
    if located is not None:
        line = int(located["line"])
        return Problem(kind, path, line if line > 0 else None, located["message"], name, text)
    return Problem(kind, path, None, text, name, text)


def problems(report: dict[str, Any]) -> Iterator[Problem]:
    """Every problem of the report's broken fact files, then of its unreadable articles."""
    for entry in report.get("broken_fact_files", []):
        texts: list[str] = []
        for text in str(entry["message"]).split("\n"):
            if texts and text[:1].isspace():  # an indented line goes on the problem above
                texts[-1] += "\n" + text
            elif text.strip():
                texts.append(text)
        for text in texts or [""]:
            yield _split(BROKEN_FACT_FILE, str(entry["path"]), text)
    for entry in report.get("unreadable_articles", []):
        yield _split(UNREADABLE_ARTICLE, str(entry["article"]), str(entry["message"]))
