"""Two more real news articles checked against fact files written anew from the articles alone
(`tests/second_curator_2.py`: the fact files, labels and planted contradictions, committed at
78003ee before the checker ran on them), as `tests/test_second_curator.py` does.

First run (at 78003ee, with the rules of 29adbf2): no false contradiction in 14 cells; 12 of 14
facts stated found consistent; 9 of 13 planted contradictions caught on the right slot. No rule
was written for them.

A cell the checker gets wrong is listed in ``KNOWN`` with what it says and why: the table asserts
that it still says so, so a fix shows (and must move the entry out).
"""

from __future__ import annotations

import pytest

from factcheck import parse_story
from tests import story_tables as tables
from tests.second_curator_2 import ARTICLES, LABELS, PLANTED, STORIES

OMITTED = "omitted"

KNOWN: dict[tuple[str, str, str], tuple[str, str]] = {
    ("epstein", "usatoday", "bond"): (
        OMITTED,
        "`Noel and Thomas ... were released on the condition that each post $100,000 bond`: "
        "`that` opens a clause with a subject of its own, and `each` is not read as theirs",
    ),
    ("epstein", "usatoday", "bond:count"): ("", "the same sentence with $10,000: no mention"),
    ("bart", "sfgate", "suspect-arrested"): (
        OMITTED,
        "`The man ran from the station. The Chronicle says he was arrested a block away`: `he` "
        "stands for `The man`, none of the suspect's names",
    ),
    ("bart", "sfgate", "fight-broke-out:where"): (
        "",
        "`pulling into a station in Oakland`: a city within 50 km of the fact's is not judged",
    ),
    ("bart", "sfgate", "castro-fought:what"): (
        "",
        "`Steve Castro tells the paper that he never fought with the shirtless man`: a `who`'s "
        "own denial of its act is its account, not the article's",
    ),
    ("bart", "sfgate", "stabbed-to-death:where"): (
        "",
        "`stabbed to death on a Los Angeles commuter train`: a place that modifies a noun is not "
        "the phrase's place",
    ),
}


@pytest.mark.parametrize("story", sorted(STORIES))
def test_fact_files_load(story: str) -> None:
    assert parse_story(STORIES[story], f"{story}.yaml").facts


@pytest.mark.parametrize("cell", tables.cells(LABELS))
def test_labelled_cell(cell: tuple[str, str, str, str]) -> None:
    expected, status, clashes = tables.cell_status(STORIES, ARTICLES, KNOWN, cell)
    assert status == expected, clashes
    assert not clashes  # every cell is labelled consistent: no clash is right


@pytest.mark.parametrize("edit", PLANTED)
def test_planted_contradiction(edit: tuple[str, str, str, str, str]) -> None:
    expected, clashes = tables.planted_clashes(STORIES, ARTICLES, KNOWN, edit)
    assert clashes == expected


def test_known_entries_are_cells_or_edits() -> None:
    cells = {(s, a, f) for s, a, f, _ in tables.cells(LABELS)}
    edits = {(s, a, slot) for s, a, _, _, slot in PLANTED}
    assert set(KNOWN) <= cells | edits


def test_explain_agrees_with_the_reading() -> None:
    """On every sentence of these articles, `factcheck explain` calls a phrase match a mention
    exactly when the reading does."""
    judged, wrong = tables.explain_disagreements(STORIES, ARTICLES, PLANTED)
    assert wrong == []
    assert judged > 20
