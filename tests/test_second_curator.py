"""Real news articles of `tests/corpus/real-news/` checked against fact files written anew from
the article alone, without the corpus's own facts or labels: what a user who writes their own
facts for an article meets. Each batch (`tests/second_curator.py`, `_2` to `_15`) holds its
fact files, labels, planted contradictions, first-run figures and ``KNOWN``, the cells the
checker gets wrong with what it says now and why: the tests assert that it still says so, so a
fix shows (and must move the entry out)."""

from __future__ import annotations

from types import ModuleType

import pytest

from factcheck import parse_story
from tests import (
    second_curator,
    second_curator_2,
    second_curator_3,
    second_curator_4,
    second_curator_5,
    second_curator_6,
    second_curator_7,
    second_curator_8,
    second_curator_9,
    second_curator_10,
    second_curator_11,
    second_curator_12,
    second_curator_13,
    second_curator_14,
    second_curator_15,
)
from tests import story_tables as tables

BATCHES = {
    "1": second_curator,
    "2": second_curator_2,
    "3": second_curator_3,
    "4": second_curator_4,
    "5": second_curator_5,
    "6": second_curator_6,
    "7": second_curator_7,
    "8": second_curator_8,
    "9": second_curator_9,
    "10": second_curator_10,
    "11": second_curator_11,
    "12": second_curator_12,
    "13": second_curator_13,
    "14": second_curator_14,
    "15": second_curator_15,
}
CELLS = [(b, cell) for b, m in BATCHES.items() for cell in tables.cells(m.LABELS)]
EDITS = [(b, edit) for b, m in BATCHES.items() for edit in m.PLANTED]


@pytest.mark.parametrize("batch", BATCHES.values(), ids=BATCHES.keys())
def test_fact_files_load(batch: ModuleType) -> None:
    for story, text in batch.STORIES.items():
        assert parse_story(text, f"{story}.yaml").facts


@pytest.mark.parametrize("batch, cell", CELLS, ids=[f"{b}-{c[1]}-{c[2]}" for b, c in CELLS])
def test_labelled_cell(batch: str, cell: tuple[str, str, str, str]) -> None:
    m = BATCHES[batch]
    expected, status, clashes = tables.cell_status(m.STORIES, m.ARTICLES, m.KNOWN, cell)
    assert status == expected, clashes
    assert not clashes  # every cell is labelled consistent: no clash is right


@pytest.mark.parametrize("batch, edit", EDITS, ids=[f"{b}-{e[1]}-{e[4]}" for b, e in EDITS])
def test_planted_contradiction(batch: str, edit: tuple[str, str, str, str, str]) -> None:
    m = BATCHES[batch]
    expected, clashes = tables.planted_clashes(m.STORIES, m.ARTICLES, m.KNOWN, edit)
    assert clashes == expected


@pytest.mark.parametrize("batch", BATCHES.values(), ids=BATCHES.keys())
def test_known_entries_are_cells_or_edits(batch: ModuleType) -> None:
    cells = {(s, a, f) for s, a, f, _ in tables.cells(batch.LABELS)}
    edits = {(s, a, slot) for s, a, _, _, slot in batch.PLANTED}
    assert set(batch.KNOWN) <= cells | edits


@pytest.mark.parametrize("batch", BATCHES.values(), ids=BATCHES.keys())
def test_explain_agrees_with_the_reading(batch: ModuleType) -> None:
    """On every sentence of these articles, `factcheck explain` calls a phrase match a mention
    exactly when the reading does."""
    judged, wrong = tables.explain_disagreements(batch.STORIES, batch.ARTICLES, batch.PLANTED)
    assert wrong == []
    assert judged > 20
