"""Baselines: contradictions an editor has looked at and accepted.

A baseline file lists accepted contradictions, each keyed by the article (as the report names
it), the story, the fact, the slot and the value the article gives (``found``). A result whose
every contradicted slot is in the baseline is ``accepted`` instead of ``contradicted``: it does
not fail. When the article's wording changes, the value found changes, the entry no longer
matches and the fact fails again. An entry that matches nothing that ran is *stale*.

The file is YAML, written sorted so that it diffs well and reviewed like code::

    version: 1
    accepted:
    - article: articles/001.md
      story: kim-russia-2023
      fact: miller-unsc-warning
      slot: quote
      found: Any transfer of arms from North Korea to Russia would be a violation ...
      reason: the outlet's wording stands; the State Department transcript says "in violation"

A required fact an article omits is not something a baseline accepts: there is no wording to
pin the acceptance to.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import BaselineError
from factcheck.results import ACCEPTED, CONTRADICTED, FactResult

BASELINE_VERSION = 1
KEYS = ("article", "story", "fact", "slot", "found")
"""The fields that identify an accepted contradiction, in the order entries are sorted."""
Key = tuple[str, str, str, str, str]
FactKey = tuple[str, str, str]
"""An article, a story and a fact: one result."""

HEADER = """\
# factcheck baseline: contradictions an editor has accepted (pytest --facts-baseline PATH).
# Each entry passes its fact on its article while the article still gives `found` for `slot`;
# when the article's wording changes, the fact fails again. Say why in `reason`, then commit.
"""


@dataclass(frozen=True)
class Entry:
    """One accepted contradiction; ``line`` is where it starts in the baseline file (0 if new)."""

    article: str
    story: str
    fact: str
    slot: str
    found: str
    reason: str = ""
    line: int = 0

    @property
    def key(self) -> Key:
        return self.article, self.story, self.fact, self.slot, self.found

    def to_json(self) -> dict[str, Any]:
        """The entry as the baseline file and the JSON report write it."""
        return {
            "article": self.article,
            "story": self.story,
            "fact": self.fact,
            "slot": self.slot,
            "found": self.found,
            "reason": self.reason,
        }


def clashes(result: FactResult) -> list[tuple[str, str]]:
    """``(slot, found)`` for each contradicted slot of ``result``."""
    return [(slot.slot, slot.found or "") for slot in result.contradictions]


@dataclass
class Baseline:
    """The accepted contradictions of one baseline file."""

    path: str
    entries: dict[Key, Entry]

    def __len__(self) -> int:
        return len(self.entries)

    def matches(self, result: FactResult) -> list[Entry]:
        """The entries that accept one of ``result``'s contradicted slots."""
        found = (
            self.entries.get((result.article, result.story, result.fact, slot, value))
            for slot, value in clashes(result)
        )
        return [entry for entry in found if entry is not None]

    def judge(self, result: FactResult) -> FactResult:
        """``result``, ``accepted`` if it is contradicted and every contradiction is accepted."""
        if result.status != CONTRADICTED or not result.contradictions:
            return result
        if len(self.matches(result)) < len(result.contradictions):
            return result
        return dataclasses.replace(result, status=ACCEPTED)

    def facts(self) -> set[FactKey]:
        """The results the entries are about."""
        return {(e.article, e.story, e.fact) for e in self.entries.values()}

    def stale(self, current: set[Key], ran: set[FactKey] | None = None) -> list[Entry]:
        """The entries that match none of the ``current`` contradictions, in file order.

        With ``ran`` (a partial run), only entries about results that ran are judged.
        """
        return sorted(
            (
                e
                for key, e in self.entries.items()
                if key not in current and (ran is None or (e.article, e.story, e.fact) in ran)
            ),
            key=lambda e: (e.line, e.key),
        )


def _problem(path: str, line: int, message: str) -> BaselineError:
    return BaselineError(message, path=path, line=line)


_TEXT_TAGS = {f"tag:yaml.org,2002:{kind}" for kind in ("str", "int", "float", "bool", "timestamp")}
"""Scalars taken as text; null, binary and any other tag (``!!python/...``) are refused."""


def _scalar(node: yaml.Node, path: str, where: str) -> str:
    """The text of a scalar; numbers and dates are taken as written (``found: 5``)."""
    if not isinstance(node, yaml.ScalarNode) or node.tag not in _TEXT_TAGS:
        raise _problem(path, node.start_mark.line + 1, f"{where}: must be text")
    return str(node.value)


def _mapping(node: yaml.Node, path: str, where: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    if not isinstance(node, yaml.MappingNode):
        raise _problem(path, node.start_mark.line + 1, f"{where}: must be a mapping")
    fields: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key, value in node.value:
        name = _scalar(key, path, f"{where}: a key")
        if name in fields:
            raise _problem(path, key.start_mark.line + 1, f"{where}.{name}: key given twice")
        fields[name] = key, value
    return fields


def _entry(node: yaml.Node, path: str, where: str) -> Entry:
    fields = _mapping(node, path, where)
    line = node.start_mark.line + 1
    for name, (key, _) in fields.items():
        if name not in (*KEYS, "reason"):
            allowed = ", ".join((*KEYS, "reason"))
            raise _problem(
                path, key.start_mark.line + 1, f"{where}.{name}: unknown key (allowed: {allowed})"
            )
    missing = [name for name in KEYS if name not in fields]
    if missing:
        raise _problem(path, line, f"{where}: missing {', '.join(missing)}")
    values = {name: _scalar(value, path, f"{where}.{name}") for name, (_, value) in fields.items()}
    if "reason" in fields and fields["reason"][1].tag == "tag:yaml.org,2002:null":
        values["reason"] = ""
    return Entry(**values, line=line)


def parse_baseline(text: str, path: str) -> Baseline:
    """Parse a baseline file's text; BaselineError (``path:line: ...``) on the first problem."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(error, "problem", None) or str(error)
        raise _problem(path, line, f"not YAML: {problem}") from None
    if root is None:
        raise _problem(path, 1, "empty; a baseline has `version: 1` and an `accepted:` list")
    fields = _mapping(root, path, "baseline")
    for name, (key, _) in fields.items():
        if name not in ("version", "accepted"):
            raise _problem(
                path, key.start_mark.line + 1, f"{name}: unknown key (allowed: version, accepted)"
            )
    if "version" not in fields:
        raise _problem(path, root.start_mark.line + 1, "missing version (version: 1)")
    version = fields["version"][1]
    if _scalar(version, path, "version") != str(BASELINE_VERSION):
        raise _problem(path, version.start_mark.line + 1, "version: must be 1")
    entries: dict[Key, Entry] = {}
    listed = fields.get("accepted")
    if listed is None or listed[1].tag == "tag:yaml.org,2002:null":
        return Baseline(path, entries)
    items = listed[1]
    if not isinstance(items, yaml.SequenceNode):
        raise _problem(path, items.start_mark.line + 1, "accepted: must be a list")
    for index, node in enumerate(items.value):
        entry = _entry(node, path, f"accepted[{index}]")
        if entry.key in entries:
            first = entries[entry.key].line
            raise _problem(
                path, entry.line, f"accepted[{index}]: same as the entry on line {first}"
            )
        entries[entry.key] = entry
    return Baseline(path, entries)


def load_baseline(path: str | Path) -> Baseline:
    """Read a baseline file; BaselineError with the file and line if it cannot be used."""
    shown = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise BaselineError("no such baseline file", path=shown) from None
    except (OSError, UnicodeDecodeError) as error:
        raise BaselineError(f"cannot read the baseline file: {error}", path=shown) from None
    return parse_baseline(text, shown)


def merged(
    current: Iterable[Key], old: Baseline | None, ran: set[FactKey] | None = None
) -> list[Entry]:
    """The entries of a new baseline: the ``current`` contradictions, sorted.

    Entries of the ``old`` baseline keep their reason. With ``ran`` (a partial run), the old
    entries about results that did not run are kept as they are.
    """
    known = old.entries if old is not None else {}
    entries = {key: known.get(key) or Entry(*key) for key in current}
    if old is not None and ran is not None:
        for key, entry in known.items():
            if key[:3] not in ran:
                entries.setdefault(key, entry)
    return [entries[key] for key in sorted(entries)]


def baseline_text(entries: Iterable[Entry]) -> str:
    """The text of a baseline file listing ``entries`` (in the order given)."""
    data = {
        "version": BASELINE_VERSION,
        "accepted": [entry.to_json() for entry in entries],
    }
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1_000_000)
    return HEADER + body


def summary_lines(baseline: Baseline | None, accepted: int, stale: list[Entry]) -> Iterator[str]:
    """What the terminal summary says about the baseline: what it accepted, what is stale."""
    if baseline is None:
        return
    yield f"baseline {baseline.path}: {accepted} accepted, {len(stale)} stale"
    if stale:
        yield f"stale baseline entries, matching nothing that ran ({len(stale)}):"
        for entry in stale:
            where = f"{baseline.path}:{entry.line}" if entry.line else baseline.path
            fact = f"{entry.story}/{entry.fact}"
            yield f"  {where}: {entry.article} {fact} {entry.slot}: {entry.found!r}"


class Tracker:
    """Kept by the controller: which entries the run's contradictions match, which results
    about the baseline's entries ran, and (to write a baseline) every contradiction.

    It keeps contradictions and the baseline's results only, never every result.
    """

    def __init__(self, baseline: Baseline | None, collect: bool) -> None:
        self.baseline = baseline
        self.collect = collect
        self.watched = baseline.facts() if baseline is not None else set()
        self.used: set[Key] = set()
        self.ran: set[FactKey] = set()
        self.current: set[Key] = set()

    def add(self, result: dict[str, Any]) -> None:
        """Note one result (a summary dict with its ``clashes``: ``[slot, found]`` pairs)."""
        fact: FactKey = (result["article"], result["story"], result["fact"])
        if fact in self.watched:
            self.ran.add(fact)
        for slot, found in result.get("clashes") or ():
            key: Key = (*fact, slot, found)
            if self.baseline is not None and key in self.baseline.entries:
                self.used.add(key)
            if self.collect:
                self.current.add(key)

    def stale(self, partial: bool) -> list[Entry]:
        if self.baseline is None:
            return []
        return self.baseline.stale(self.used, self.ran if partial else None)

    def entries(self, partial: bool) -> list[Entry]:
        """The entries of the baseline to write: every contradiction that ran (see ``merged``)."""
        return merged(self.current, self.baseline, self.ran if partial else None)


def annotate(data: dict[str, Any], result: FactResult, baseline: Baseline | None) -> dict[str, Any]:
    """A result's report dict, with the baseline entries that accept its contradictions."""
    if baseline is not None and result.status in (CONTRADICTED, ACCEPTED):
        matched = baseline.matches(result)
        if matched:
            data["accepted"] = [
                {"slot": e.slot, "found": e.found, "reason": e.reason} for e in matched
            ]
    return data
