"""The README's first-run table is what `scripts/accuracy.py --first-runs` prints: each row's
*now* figures are the current checker's on the row's cells (tests/corpus/first-run-sets.yaml),
so a rule that moves a figure fails here until the table is refreshed by pasting."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest
from test_corpus import EDITS, EXPECTED, Case

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _accuracy() -> ModuleType:
    spec = importlib.util.spec_from_file_location("accuracy", ROOT / "scripts" / "accuracy.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ACCURACY = _accuracy()


@pytest.fixture(scope="module")
def printed() -> list[str]:
    lines: list[str] = ACCURACY.first_run_table(EXPECTED, EDITS)
    return lines


def _readme_table() -> list[str]:
    lines = README.splitlines()
    start = lines.index(ACCURACY.FIRST_RUN_HEADER[0])
    end = next(i for i in range(start, len(lines)) if not lines[i].startswith("|"))
    return lines[start:end]


def _words(text: str) -> str:
    return " ".join(text.split())


def test_the_readme_table_is_the_printed_one(printed: list[str]) -> None:
    table = [line for line in printed if line.startswith("|")]
    assert _readme_table() == table, "refresh README.md: python scripts/accuracy.py --first-runs"


def test_the_sentence_after_the_table_is_the_printed_one(printed: list[str]) -> None:
    sentence = _words(" ".join(line for line in printed if not line.startswith("|")))
    assert sentence.startswith("The totals row adds")
    assert sentence in _words(README), "refresh README.md: python scripts/accuracy.py --first-runs"


def test_every_first_run_cell_is_in_one_row_of_the_table() -> None:
    rows = ACCURACY.first_run_sets()
    seen: dict[str, str] = {}
    for row in rows:
        if row.get("total"):
            continue
        for path in row["stories"]:
            assert (ROOT / "tests" / "corpus" / path).exists(), f"{row['title']}: no {path}"
        cases = ACCURACY.row_cases(row, EXPECTED, EDITS)
        assert cases, f"{row['title']}: no cells"
        for case in cases:
            key = f"{'edit ' if case.edit else ''}{case.id} of {case.story}"
            assert key not in seen, f"{key} is in {seen[key]!r} and {row['title']!r}"
            seen[key] = row["title"]
    missing = {c.story for c in EXPECTED if c.first_run and f"{c.id} of {c.story}" not in seen}
    assert not missing, f"stories with first-run cells in no row: {sorted(missing)}"


def test_the_totals_row_adds_the_rows_with_a_first_run_figure() -> None:
    rows = [
        {"first_run": {"contradictions": "4 / 27", "raised": "4 (4)", "caught": None}},
        {"first_run": {"contradictions": "3 / 28", "raised": "5 (3)", "caught": "2"}},
    ]
    for row in rows:
        row["first_run"]["consistent"] = "16"
    assert ACCURACY.summed(rows) == {
        "contradictions": "7 / 55",
        "raised": "9 (7)",
        "caught": "2",
        "consistent": "32",
    }
    assert re.search(r"\| \*\*all first-run stories\*\* \| \d+ \|", "\n".join(_readme_table()))


def test_a_row_naming_articles_takes_only_theirs_and_the_others_leave_them_out() -> None:
    story = "tests/corpus/real-news/stories/s.yaml"
    first, later = "real-news/articles/first.md", "real-news/articles/later.md"
    cases = [
        Case(f"{name}::fact", story, f"tests/corpus/{name}", "fact", "consistent", first_run=True)
        for name in (first, later)
    ]
    rows = [
        {"stories": ["real-news/stories/s.yaml"]},
        {"stories": ["real-news/stories/s.yaml"], "articles": [later]},
    ]
    claimed = ACCURACY.claimed_articles(rows)
    assert [c.id for c in ACCURACY.row_cases(rows[0], cases, [], claimed)] == [f"{first}::fact"]
    assert [c.id for c in ACCURACY.row_cases(rows[1], cases, [], claimed)] == [f"{later}::fact"]
    assert len(ACCURACY.row_cases(rows[0], cases, [], frozenset())) == 2
