"""The labelled corpus: hand-labelled verdicts on real articles, and single edits of them.

``corpus/expected.yaml`` (and ``corpus/xsum/expected.yaml``, ``corpus/fever/expected.yaml``,
``corpus/fever-generated/expected.yaml``) gives the status of every fact of a story on every
labelled article; ``corpus/edits.yaml`` gives one edit of an article and the status the edited
article deserves for one fact. Each cell and each edit is its own test. ``scripts/accuracy.py``
sums them up.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck import Article, Checker, FactResult, Story, load_story, read_article, scoring

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
DEFAULT_STORY = "facts/kim-russia-2023.yaml"
STATUSES = ("consistent", "contradicted", "omitted")
EXPECTED_FILES = (
    "expected.yaml",
    "xsum/expected.yaml",
    "fever/expected.yaml",
    "fever-generated/expected.yaml",
    "real-news/expected.yaml",
)
"""Label files: the Giveme5W1H and example stories, the XSumFaith documents and summaries, then
the FEVER-Symmetric claims and evidence sentences (the numeric subset, then the generated pairs
whose edit changes a place, a doer, a denial, a number or an attribute), then the real news
articles of article-extraction fixtures."""
EDIT_FILES = ("edits.yaml", "real-news/edits.yaml")
"""Planted edits: of the example and the Giveme5W1H stories, then of the real news articles."""
MIN_EDITS = 60


@dataclasses.dataclass(frozen=True)
class Case:
    """One labelled verdict: a fact on an article, possibly edited first."""

    id: str
    story: str
    article: str
    fact: str
    expect: str
    slot: str | None = None
    edit: dict[str, str] | None = None
    why: str = ""
    known_miss: str = ""
    """Why the checker cannot get this one yet; it must still raise no false alarm."""
    known_false_alarm: str = ""
    """Why the checker wrongly reports a contradiction here (listed in the README)."""
    first_run: bool = False
    """The story was labelled before any rule was written for it: its figures are honest."""


@dataclasses.dataclass(frozen=True)
class Verdict:
    """What the checker said: the status, the contradicted slots and a readable account."""

    status: str
    contradicted: tuple[str, ...]
    detail: str
    clashes: tuple[tuple[str, str, str], ...] = ()
    """(slot, rule path, status) of every clash found, `doubtful` ones included."""


def _yaml(name: str) -> Any:
    return yaml.safe_load((CORPUS / name).read_text(encoding="utf-8"))


def _expected_blocks() -> list[dict[str, Any]]:
    return [block for name in EXPECTED_FILES for block in _yaml(name)["stories"]]


def load_expected() -> list[Case]:
    """Every cell of the label files, story by story, article by article."""
    cases = []
    for block in _expected_blocks():
        for article, facts in block["articles"].items():
            for fact, label in facts.items():
                label = label if isinstance(label, dict) else {"status": label}
                cases.append(
                    Case(
                        id=f"{Path(article).stem}::{fact}",
                        story=block["story"],
                        first_run=block.get("first_run", False),
                        article=article,
                        fact=fact,
                        expect=label["status"],
                        slot=label.get("slot"),
                        why=label.get("note", ""),
                        known_miss=label.get("known_miss", ""),
                        known_false_alarm=label.get("known_false_alarm", ""),
                    )
                )
    return cases


def load_edits() -> list[Case]:
    """Every entry of the edit files."""
    return [
        Case(
            id=entry["id"],
            story=entry.get("story", DEFAULT_STORY),
            article=entry["article"],
            fact=entry["fact"],
            expect=entry["expect"],
            slot=entry.get("slot"),
            edit=entry["edit"],
            why=entry.get("why", ""),
            known_miss=entry.get("known_miss", ""),
            known_false_alarm=entry.get("known_false_alarm", ""),
        )
        for name in EDIT_FILES
        for entry in _yaml(name)
    ]


@cache
def story(path: str) -> Story:
    return load_story(ROOT / path)


@cache
def checker(path: str) -> Checker:
    return Checker([story(path)])


@cache
def original(path: str) -> Article:
    return dataclasses.replace(read_article(ROOT / path), key=path)


class StaleEdit(AssertionError):
    """An edit whose text is not found exactly once in its article."""


def apply_edit(text: str, edit: dict[str, str]) -> str:
    """The article text with ``edit`` applied: a replacement or a deleted sentence."""
    try:
        return scoring.apply_edit(text, edit)
    except ValueError as error:
        raise StaleEdit(str(error)) from None


def _describe(result: FactResult) -> str:
    lines = []
    for slot in result.slots:
        if slot.status == "unstated":
            continue
        detail = f" ({slot.detail})" if slot.detail else ""
        lines.append(f"  {slot.slot}: {slot.status}, found {slot.found!r}{detail}")
    lines += [f"  mention, line {m.line}: {m.marked()}" for m in result.mentions]
    return "\n".join(lines) or "  (no mention)"


@cache
def _results(
    story_path: str, article_path: str, edit: tuple[tuple[str, str], ...]
) -> dict[str, FactResult]:
    """The checker's results by fact id; one run per article and edit, shared by its cases."""
    article = original(article_path)
    if edit:
        article = dataclasses.replace(article, text=apply_edit(article.text, dict(edit)))
    return {r.fact: r for r in checker(story_path).check(article)}


def verdict(case: Case) -> Verdict:
    """Run the checker on the case's article (edited if the case says so) for its fact."""
    edit = tuple(sorted(case.edit.items())) if case.edit else ()
    result = _results(case.story, case.article, edit).get(case.fact)
    if result is None:
        return Verdict("omitted", (), "  (the article is not routed to the story)")
    contradicted = tuple(s.slot for s in result.contradictions)
    clashes = tuple(
        (s.slot, s.rule, s.status) for s in result.slots if s.status in ("contradicted", "doubtful")
    )
    return Verdict(result.status, contradicted, _describe(result), clashes)


def agrees(case: Case, found: Verdict) -> bool:
    """The checker's status is the label's, and a contradiction is on the labelled slot."""
    if found.status != case.expect:
        return False
    return case.expect != "contradicted" or case.slot is None or case.slot in found.contradicted


def _check(case: Case) -> None:
    found = verdict(case)
    if case.known_false_alarm:
        assert found.status == "contradicted" and case.expect != "contradicted", (
            f"{case.id} is no longer a false alarm: drop `known_false_alarm`"
        )
        return
    if case.known_miss:
        assert not agrees(case, found), f"{case.id} now agrees with its label: drop `known_miss`"
        false_alarm = found.status == "contradicted" and case.expect != "contradicted"
        assert not false_alarm, (
            f"{case.id}: a known miss became a false contradiction\n{found.detail}"
        )
        return
    if not agrees(case, found):
        expected = case.expect + (f" on {case.slot}" if case.slot else "")
        got = found.status + (f" on {', '.join(found.contradicted)}" if found.contradicted else "")
        pytest.fail(
            f"{case.id}: expected {expected}, got {got}\n  why: {case.why}\n{found.detail}",
            pytrace=False,
        )


SAME_EVENT = [
    frozenset({"croydon-tram-2016", "tram-victims-2016"}),
    frozenset({"fever-145512", "fever-125398"}),  # Harold Macmillan's birth, and his life
    frozenset({"fever-118091", "fever-142130"}),  # Moonlight's filming and premiere, twice
    frozenset({"fever-166633", "fever-166634"}),  # Anne Rice's birth: its date, its place
    frozenset({"wework-nyag-2019", "wework-layoffs-2019"}),  # WeWork's inquiry and layoffs
]
"""Labelled stories about one event: an article of one may state the other's facts."""


@dataclass(frozen=True)
class CrossCell:
    """One fact of a story of another event, checked on a labelled article routed to it."""

    article: str
    story: str
    result: FactResult


def mixed_batch(cases: list[Case]) -> tuple[int, list[CrossCell]]:
    """Every labelled article checked against every labelled story, as one batch would: the
    number of (article, story of another event) pairs it is routed to, and their cells."""
    own = {c.article: c.story for c in cases}
    stories = [story(path) for path in dict.fromkeys(own.values())]
    every = Checker(stories)
    pairs = 0
    cells: list[CrossCell] = []
    for article_path, story_path in own.items():
        article = original(article_path)
        mine = story(story_path).id
        for sid in every.route(article):
            if sid == mine or frozenset({sid, mine}) in SAME_EVENT:
                continue
            pairs += 1
            cells += [CrossCell(article_path, sid, r) for r in every.check(article, [sid])]
    return pairs, cells


EXPECTED = load_expected()
EDITS = load_edits()


def test_a_mixed_batch_raises_nothing_against_other_events() -> None:
    """An article routed to another event's story (`A 17-year-old boy` to the Hebei boy's)
    fails none of its facts: what clashes there is at most doubtful."""
    pairs, cells = mixed_batch(EXPECTED)
    assert pairs >= 100  # descriptions (`boy`, `man`, `tram`) route many articles across
    raised = [
        f"{c.article} against {c.story}: {c.result.fact}"
        for c in cells
        if c.result.status == "contradicted"
    ]
    assert raised == []
    doubted = {s.rule for c in cells for s in c.result.slots if s.status == "doubtful"}
    assert any(rule.startswith("described-story/") for rule in doubted)


def test_edits_are_well_formed() -> None:
    assert len(EDITS) >= MIN_EDITS
    ids = [case.id for case in EDITS]
    assert len(ids) == len(set(ids)), "edit ids must be unique"
    for case in EDITS:
        facts = {fact.id for fact in story(case.story).facts}
        assert case.fact in facts, f"{case.id}: unknown fact {case.fact!r}"
        assert (ROOT / case.article).is_file(), f"{case.id}: no article {case.article}"
        assert case.expect in STATUSES, f"{case.id}: expect {case.expect!r}"
        assert (case.slot is not None) == (case.expect == "contradicted"), (
            f"{case.id}: a slot is named for a contradiction, and only for one"
        )
        assert case.why, f"{case.id}: say why"


def test_expected_labels_every_fact_of_the_story() -> None:
    for block in _expected_blocks():
        facts = [fact.id for fact in story(block["story"]).facts]
        for article, labels in block["articles"].items():
            assert list(labels) == facts, f"{article}: label every fact, in story order"
            for label in labels.values():
                status = label["status"] if isinstance(label, dict) else label
                assert status in STATUSES, f"{article}: status {status!r}"


@pytest.mark.parametrize("case", EXPECTED, ids=[case.id for case in EXPECTED])
def test_expected(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", EDITS, ids=[case.id for case in EDITS])
def test_edit(case: Case) -> None:
    _check(case)
