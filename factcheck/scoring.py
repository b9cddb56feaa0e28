"""Scoring the checker against labelled verdicts: label files, planted edits and the figures.

A label file says what each fact's verdict on an article should be: ``consistent``,
``contradicted`` (on a slot) or ``omitted``, for articles as published and for planted edits
(an article with one substring replaced, or one sentence deleted). ``factcheck score`` checks
every labelled article as ``pytest --facts`` would (routed by the story's `about` names, or by
the story it declares) and prints how the verdicts agree with the labels: false contradictions,
the precision of the contradictions raised, planted contradictions caught on the right slot,
facts found and omissions found. The format::

    stories:                              # articles as published
      - story: facts/kim-russia-2023.yaml
        articles:
          articles/000.md:
            kim-arrives-in-russia: consistent
            war-began: {status: contradicted, slot: when, note: why}
    edits:                                # planted edits (or a file that is only this list)
      - id: date-war-month-swapped        # optional
        story: facts/kim-russia-2023.yaml # optional with --story
        article: articles/002.md
        fact: war-began
        edit: {replace: "on February 24, 2022", with: "on March 24, 2022"}
        expect: contradicted
        slot: when

Paths are taken from the label file's folder, or else from the current one. A label that
cannot be scored (an unknown fact, an edit whose text is not found once, an unreadable article)
is reported with its file and line; every other label is still scored.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import yaml

from factcheck.articles import Article, read_article
from factcheck.engine import Checker
from factcheck.errors import FactcheckError
from factcheck.facts import Story, YamlProblem, load_story, load_yaml
from factcheck.outputs.report import printable
from factcheck.results import CONSISTENT, CONTRADICTED, OMITTED, FactResult

STATUSES = (CONSISTENT, CONTRADICTED, OMITTED)
Report = Callable[[str, "yaml.Node | None"], None]
"""How a loader reports a label that is not valid: its message and the YAML node it is at."""
SLOTS = ("who", "what", "where", "when", "count", "quote")
PUBLISHED = "as published"
PLANTED = "planted edits"


class LabelError(FactcheckError):
    """A label file, or one of its labels, that cannot be scored."""


@dataclasses.dataclass(frozen=True)
class Label:
    """One labelled verdict: a fact on an article (edited first, for a planted edit)."""

    id: str
    story: str
    article: str
    fact: str
    expect: str
    slot: str | None = None
    edit: tuple[tuple[str, str], ...] = ()
    source: str = ""
    line: int | None = None


@dataclasses.dataclass(frozen=True)
class Outcome:
    """The checker's verdict on one label: its status and the slots it contradicts."""

    label: Label
    status: str
    contradicted: tuple[str, ...] = ()

    @property
    def agrees(self) -> bool:
        """The status is the label's, and a contradiction is on the labelled slot."""
        label = self.label
        if self.status != label.expect:
            return False
        return label.expect != CONTRADICTED or label.slot in (None, *self.contradicted)

    @property
    def caught(self) -> bool:
        """A labelled contradiction, contradicted on the labelled slot."""
        return self.label.expect == CONTRADICTED and self.status == CONTRADICTED and self.agrees


def _children(node: yaml.Node | None) -> Iterator[tuple[str, yaml.Node]]:
    """(key, value node) of a mapping node; nothing for another node."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield str(key.value), value


def _items(node: yaml.Node | None) -> list[yaml.Node]:
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []


def _line(node: yaml.Node | None) -> int | None:
    return node.start_mark.line + 1 if node is not None else None


def _resolve(given: object, base: Path) -> str:
    """A path of the label file: from its folder, or else from the current one."""
    text = str(given)
    beside = base / text
    return str(beside) if beside.exists() or not Path(text).exists() else text


def load_labels(
    path: str | Path, default_story: str | None = None
) -> tuple[list[Label], list[LabelError]]:
    """The labels of one file, and a LabelError (with its line) for each that is not valid."""
    shown = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
        node, data = load_yaml(text)
    except (OSError, UnicodeDecodeError) as exc:
        return [], [LabelError(f"cannot read: {exc}", shown)]
    except YamlProblem as problem:
        return [], [LabelError(problem.message, shown, problem.line)]
    base = Path(path).parent
    labels: list[Label] = []
    errors: list[LabelError] = []

    def bad(message: str, at: yaml.Node | None) -> None:
        errors.append(LabelError(message, shown, _line(at)))

    if isinstance(data, list):
        data, edits_node = {"edits": data}, node
    elif isinstance(data, dict):
        edits_node = dict(_children(node)).get("edits")
        unknown = sorted(set(map(str, data)) - {"stories", "edits"})
        if unknown:
            bad(f"unknown key {unknown[0]!r} (a label file holds `stories` and `edits`)", node)
    else:
        bad("a label file holds `stories` and `edits` (see `factcheck score --help`)", node)
        return labels, errors
    stories_node = dict(_children(node)).get("stories") if isinstance(data, dict) else None
    for block_node in _items(stories_node):
        block = dict(_children(block_node))
        if "story" not in block or "articles" not in block:
            bad("a `stories` entry needs `story` and `articles`", block_node)
            continue
        story = _resolve(block["story"].value, base)
        for article, facts_node in _children(block["articles"]):
            for fact, cell in _children(facts_node):
                read = _cell(cell, bad)
                if read is not None:
                    status, slot = read
                    ident = f"{Path(article).stem}::{fact}"
                    where = _resolve(article, base)
                    line = _line(cell)
                    labels.append(Label(ident, story, where, fact, status, slot, (), shown, line))
    for number, entry_node in enumerate(_items(edits_node), 1):
        planted = _planted(entry_node, number, base, default_story, shown, bad)
        if planted is not None:
            labels.append(planted)
    return labels, errors


def _status(
    value: object, slot: object, at: yaml.Node, bad: Report
) -> tuple[str, str | None] | None:
    if value not in STATUSES:
        bad(f"status {value!r} is not one of {', '.join(STATUSES)}", at)
        return None
    if slot is not None and slot not in SLOTS:
        bad(f"slot {slot!r} is not one of {', '.join(SLOTS)}", at)
        return None
    return str(value), None if slot is None else str(slot)


def _cell(node: yaml.Node, bad: Report) -> tuple[str, str | None] | None:
    """(status, slot) of a cell: `status`, or `{status, slot, note}`."""
    if isinstance(node, yaml.ScalarNode):
        return _status(node.value, None, node, bad)
    fields = {key: value.value for key, value in _children(node)}
    return _status(fields.get("status"), fields.get("slot"), node, bad)


def _planted(
    node: yaml.Node, number: int, base: Path, default_story: str | None, shown: str, bad: Report
) -> Label | None:
    """The label of one planted edit, or None (reported through ``bad``)."""
    fields = dict(_children(node))
    missing = [k for k in ("article", "fact", "edit", "expect") if k not in fields]
    if "story" not in fields and default_story is None:
        missing.append("story")
    if missing:
        bad(f"a planted edit needs {', '.join(f'`{k}`' for k in missing)}", node)
        return None
    edit = {key: str(value.value) for key, value in _children(fields["edit"])}
    if set(edit) not in ({"replace", "with"}, {"delete_sentence"}):
        bad("an edit is {replace, with} or {delete_sentence}", fields["edit"])
        return None
    slot = fields["slot"].value if "slot" in fields else None
    status = _status(fields["expect"].value, slot, node, bad)
    if status is None:
        return None
    story = _resolve(fields["story"].value, base) if "story" in fields else str(default_story)
    article, fact = str(fields["article"].value), str(fields["fact"].value)
    ident = str(fields["id"].value) if "id" in fields else f"edit-{number}"
    return Label(
        ident,
        story,
        _resolve(article, base),
        fact,
        status[0],
        status[1],
        tuple(sorted(edit.items())),
        shown,
        _line(node),
    )


def apply_edit(text: str, edit: dict[str, str]) -> str:
    """``text`` with ``edit`` applied: `replace` by `with`, or `delete_sentence` (and one space
    beside it). ValueError when its text does not occur exactly once."""

    def once(target: str, what: str) -> int:
        count = text.count(target)
        if count != 1:
            raise ValueError(f"{what} occurs {count} times in the article, not once: {target!r}")
        return text.index(target)

    if set(edit) == {"replace", "with"}:
        start = once(edit["replace"], "replace")
        return text[:start] + edit["with"] + text[start + len(edit["replace"]) :]
    if set(edit) == {"delete_sentence"}:
        start = once(edit["delete_sentence"], "delete_sentence")
        end = start + len(edit["delete_sentence"])
        if text[end : end + 1] == " ":
            end += 1
        elif start and text[start - 1] == " ":
            start -= 1
        return text[:start] + text[end:]
    raise ValueError(f"an edit is {{replace, with}} or {{delete_sentence}}, not {sorted(edit)}")


class _Runs:
    """Stories, checkers, articles and results, each loaded or computed once."""

    def __init__(self) -> None:
        self.stories: dict[str, Story | FactcheckError] = {}
        self.checkers: dict[str, Checker] = {}
        self.articles: dict[str, Article | FactcheckError] = {}
        self.results: dict[tuple[str, str, tuple[tuple[str, str], ...]], dict[str, FactResult]] = {}

    def story(self, path: str) -> Story | FactcheckError:
        if path not in self.stories:
            try:
                self.stories[path] = load_story(path)
            except FactcheckError as error:
                self.stories[path] = error
        return self.stories[path]

    def article(self, path: str) -> Article | FactcheckError:
        if path not in self.articles:
            try:
                self.articles[path] = read_article(path)
            except (FactcheckError, OSError) as error:
                message = error if isinstance(error, FactcheckError) else f"cannot read: {error}"
                self.articles[path] = FactcheckError(str(message), path)
        return self.articles[path]

    def verdicts(self, label: Label, story: Story, article: Article) -> dict[str, FactResult]:
        key = (label.story, label.article, label.edit)
        if key not in self.results:
            if label.edit:
                text = apply_edit(article.text, dict(label.edit))
                article = dataclasses.replace(article, text=text)
            checker = self.checkers.setdefault(label.story, Checker([story]))
            self.results[key] = {r.fact: r for r in checker.check(article)}
        return self.results[key]


def score(labels: Sequence[Label]) -> tuple[list[Outcome], list[LabelError]]:
    """The checker's verdict on every label that can be scored; a LabelError for the rest."""
    runs = _Runs()
    outcomes: list[Outcome] = []
    errors: list[LabelError] = []
    for label in labels:

        def bad(message: str, label: Label = label) -> None:
            errors.append(LabelError(message, label.source, label.line))

        story = runs.story(label.story)
        if isinstance(story, FactcheckError):
            bad(f"story {label.story}: {str(story).splitlines()[0]}")
            continue
        if label.fact not in {f.id for f in story.facts}:
            bad(f"story {story.id!r} has no fact {label.fact!r}")
            continue
        article = runs.article(label.article)
        if isinstance(article, FactcheckError):
            bad(f"article {label.article}: {article.message}")
            continue
        try:
            result = runs.verdicts(label, story, article).get(label.fact)
        except (ValueError, FactcheckError) as error:
            bad(f"{label.id}: {error}")
            continue
        if result is None:  # the article is not routed to the story
            outcomes.append(Outcome(label, OMITTED))
        else:
            contradicted = tuple(s.slot for s in result.contradictions)
            outcomes.append(Outcome(label, result.status, contradicted))
    return outcomes, errors


@dataclasses.dataclass(frozen=True)
class Figures:
    """The figures of one set of outcomes (articles as published, or planted edits)."""

    cells: int
    false_contradictions: int
    not_contradicted: int
    raised: int
    raised_false: int
    caught: int
    contradictions: int
    consistent_found: int
    consistent: int
    omitted_found: int
    omitted: int
    agreement: int

    @classmethod
    def of(cls, outcomes: Sequence[Outcome]) -> Figures:
        def labelled(expect: str) -> list[Outcome]:
            return [o for o in outcomes if o.label.expect == expect]

        raised = [o for o in outcomes if o.status == CONTRADICTED]
        clean = [o for o in outcomes if o.label.expect != CONTRADICTED]
        return cls(
            cells=len(outcomes),
            false_contradictions=sum(o.status == CONTRADICTED for o in clean),
            not_contradicted=len(clean),
            raised=len(raised),
            raised_false=sum(o.label.expect != CONTRADICTED for o in raised),
            caught=sum(o.caught for o in outcomes),
            contradictions=len(labelled(CONTRADICTED)),
            consistent_found=sum(o.status == CONSISTENT for o in labelled(CONSISTENT)),
            consistent=len(labelled(CONSISTENT)),
            omitted_found=sum(o.status == OMITTED for o in labelled(OMITTED)),
            omitted=len(labelled(OMITTED)),
            agreement=sum(o.agrees for o in outcomes),
        )

    def rows(self) -> list[tuple[str, int, int]]:
        """(name, hits, of) of each figure, in the order they are printed."""
        return [
            ("false contradictions", self.false_contradictions, self.not_contradicted),
            ("raised contradictions that are false", self.raised_false, self.raised),
            ("contradictions caught on the right slot", self.caught, self.contradictions),
            ("consistent facts found", self.consistent_found, self.consistent),
            ("omissions found", self.omitted_found, self.omitted),
            ("agreement with the labels", self.agreement, self.cells),
        ]


def sets(outcomes: Sequence[Outcome]) -> dict[str, list[Outcome]]:
    """The outcomes of articles as published and of planted edits (only the sets there are)."""
    split = {
        PUBLISHED: [o for o in outcomes if not o.label.edit],
        PLANTED: [o for o in outcomes if o.label.edit],
    }
    return {name: found for name, found in split.items() if found}


def _ratio(hits: int, total: int) -> str:
    return f"{hits}/{total}" + (f" ({100 * hits / total:.0f}%)" if total else "")


def _expected(label: Label) -> str:
    on = label.expect == CONTRADICTED and label.slot
    return label.expect + (f" on {label.slot}" if on else "")


def _got(outcome: Outcome) -> str:
    on = f" on {', '.join(outcome.contradicted)}" if outcome.contradicted else ""
    return outcome.status + on


def print_text(outcomes: Sequence[Outcome], errors: Sequence[LabelError], out: TextIO) -> None:
    """The figures of each set, then every disagreement and every label not scored."""
    for name, found in sets(outcomes).items():
        print(f"{name}: {len(found)} cells", file=out)
        for row, hits, total in Figures.of(found).rows():
            print(f"  {row + ':':42} {_ratio(hits, total)}", file=out)
    disagreements = [o for o in outcomes if not o.agrees]
    if disagreements:
        print("disagreements (label: expected -> got):", file=out)
    for o in disagreements:
        where = f"{o.label.source}:{o.label.line}"
        text = f"{where}: {o.label.id}: {_expected(o.label)} -> {_got(o)}"
        print(f"  {printable(text)}", file=out)
    for error in errors:
        print(printable(str(error)), file=out)
    if not outcomes and not errors:
        print("no labels found", file=out)


def to_json(outcomes: Sequence[Outcome], errors: Sequence[LabelError]) -> dict[str, Any]:
    """The figures of each set, the disagreements and the labels not scored, as JSON data."""
    return {
        "sets": {
            name: dataclasses.asdict(Figures.of(found)) for name, found in sets(outcomes).items()
        },
        "disagreements": [
            {
                "id": o.label.id,
                "file": o.label.source,
                "line": o.label.line,
                "article": o.label.article,
                "fact": o.label.fact,
                "expected": o.label.expect,
                "slot": o.label.slot,
                "got": o.status,
                "contradicted": list(o.contradicted),
            }
            for o in outcomes
            if not o.agrees
        ],
        "errors": [{"file": e.path, "line": e.line, "message": e.message} for e in errors],
    }


def main(
    paths: Sequence[str],
    out: TextIO,
    default_story: str | None = None,
    as_json: bool = False,
    max_false: int | None = None,
) -> int:
    """Score the label files ``paths``: 1 if one cannot be read or a label cannot be scored, or
    if there are more false contradictions than ``max_false``; else 0."""
    labels: list[Label] = []
    errors: list[LabelError] = []
    for path in paths:
        found, bad = load_labels(path, default_story)
        labels += found
        errors += bad
    outcomes, unscored = score(labels)
    errors += unscored
    if as_json:
        print(json.dumps(to_json(outcomes, errors), indent=2, ensure_ascii=False), file=out)
    else:
        print_text(outcomes, errors, out)
    false = sum(o.label.expect != CONTRADICTED and o.status == CONTRADICTED for o in outcomes)
    too_many = max_false is not None and false > max_false
    if too_many and not as_json:
        print(f"{false} false contradictions, more than {max_false}", file=out)
    return 1 if errors or too_many or not labels else 0
