"""How the checker does on the labelled corpus (tests/corpus): the figures, then every disagreement.

Usage: python scripts/accuracy.py [-q | --first-runs]   (-q: the figures only; --first-runs: the
README's first-run table, rows as listed in tests/corpus/first-run-sets.yaml, with the current
checker's figures, and the sentence after it). Always exits 0.
"""

from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path
from typing import Any, NamedTuple

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from test_corpus import (  # noqa: E402
    Case,
    StaleEdit,
    Verdict,
    agrees,
    load_edits,
    load_expected,
    mixed_batch,
    verdict,
)

from factcheck.checks import UNRELIABLE  # noqa: E402

Run = list[tuple[Case, Verdict]]
XSUM = "tests/corpus/xsum/"
FEVER = "tests/corpus/fever/"
FEVER_GENERATED = "tests/corpus/fever-generated/"
REAL_NEWS = "tests/corpus/real-news/"
CORPUS = "tests/corpus/"
FIRST_RUN_SETS = ROOT / CORPUS / "first-run-sets.yaml"
FIRST_RUN_HEADER = (
    "| story | cells | false contradictions: first run → now | raised (false): first run → now "
    "| caught, right slot: first run → now | consistent found: first run → now |",
    "|---|---|---|---|---|---|",
)


def ratio(hit: int, total: int) -> str:
    return f"{hit}/{total}" + (f" ({100 * hit / total:.0f}%)" if total else "")


def judged(case: Case) -> Verdict:
    """The checker's verdict, or an `error` one when the edit no longer fits its article."""
    try:
        return verdict(case)
    except StaleEdit as error:
        return Verdict("error", (), str(error))


def raised_false(run: Run) -> tuple[int, int]:
    """How many raised contradictions are false, of all raised."""
    raised = [c for c, v in run if v.status == "contradicted"]
    return sum(1 for c in raised if c.expect != "contradicted"), len(raised)


def is_true(case: Case, slot: str) -> bool:
    """Whether a clash on ``slot`` is what the label says the case deserves."""
    return case.expect == "contradicted" and (case.slot is None or case.slot == slot)


def rule_paths(runs: dict[str, Run]) -> None:
    """Precision of each rule path, doubtful clashes included: over the stories labelled
    before any rule was written for them (first runs), and over every labelled case."""
    tally: dict[str, list[int]] = {}
    for run in runs.values():
        for case, found in run:
            for slot, rule, _status in found.clashes:
                counts = tally.setdefault(rule or f"?/{slot}", [0, 0, 0, 0])
                false = not is_true(case, slot)
                counts[0] += 1
                counts[1] += false
                if case.first_run:
                    counts[2] += 1
                    counts[3] += false
    print("Rule paths: clashes raised (false ones), doubtful ones included")
    print(f"  {'rule path':52} {'first-run stories':>18} {'all cases':>12}")
    for rule, (raised, false, first, first_false) in sorted(
        tally.items(), key=lambda kv: (-kv[1][2], -kv[1][0], kv[0])
    ):
        trusted = "doubtful" if rule in UNRELIABLE or rule.split("/", 1)[-1] in UNRELIABLE else ""
        first_run = f"{first} ({first_false})" if first else "-"
        print(f"  {rule:52} {first_run:>18} {f'{raised} ({false})':>12}  {trusted}")


def mixed_cells(expected: list[Case], quiet: bool) -> None:
    """Every labelled article checked against every story, as one batch: the stories of other
    events it is routed to (by their `about` names) should raise no contradiction at all."""
    pairs, cells = mixed_batch(expected)
    raised = [c for c in cells if c.result.status == "contradicted"]
    doubtful = [c for c in cells if any(s.status == "doubtful" for s in c.result.slots)]
    title = "Mixed batch: articles routed to stories of other events"
    print(f"{title}: {pairs} pairs, {len(cells)} cells")
    print(f"  {'contradictions raised (all false):':42} {len(raised)}")
    print(f"  {'doubtful clashes shown, not failed:':42} {len(doubtful)}")
    if not quiet:
        for c in raised + doubtful:
            rules = ", ".join(
                s.rule for s in c.result.slots if s.status in ("contradicted", "doubtful")
            )
            print(f"  - {c.article} against {c.story}: {c.result.fact} ({rules})")


def figures(title: str, run: Run, consistent: str = "rewordings kept consistent") -> None:
    """Print the four figures (and overall agreement) for one set of cases."""

    def count(expect: str, status: str | None = None) -> tuple[int, int]:
        cases = [(c, v) for c, v in run if c.expect == expect]
        hits = [v for c, v in cases if (agrees(c, v) if status is None else v.status == status)]
        return len(hits), len(cases)

    flagged = sum(1 for c, v in run if c.expect != "contradicted" and v.status == "contradicted")
    not_contradicted = sum(1 for c, _ in run if c.expect != "contradicted")
    caught, contradictions = count("contradicted")
    any_slot, _ = count("contradicted", "contradicted")
    other_slot = f", {any_slot - caught} more on another slot" if any_slot > caught else ""
    print(f"{title}: {len(run)} cases")
    rows = [
        ("false contradictions", ratio(flagged, not_contradicted)),
        ("raised contradictions that are false", ratio(*raised_false(run))),
        ("contradictions caught on the right slot", ratio(caught, contradictions) + other_slot),
        (consistent, ratio(*count("consistent", "consistent"))),
        ("omissions found", ratio(*count("omitted", "omitted"))),
        ("agreement with the labels", ratio(sum(agrees(c, v) for c, v in run), len(run))),
    ]
    for name, value in rows:
        print(f"  {name + ':':42} {value}")


class Tally(NamedTuple):
    """The *now* figures of one row of the first-run table."""

    cells: int
    false: int
    not_contradicted: int
    raised: int
    raised_false: int
    caught: int
    contradictions: int
    found: int
    consistent: int


def tally(run: Run) -> Tally:
    """False contradictions, raised (false), caught on the right slot, consistent found."""
    return Tally(
        len(run),
        sum(1 for c, v in run if c.expect != "contradicted" and v.status == "contradicted"),
        sum(1 for c, _ in run if c.expect != "contradicted"),
        sum(1 for _, v in run if v.status == "contradicted"),
        raised_false(run)[0],
        sum(1 for c, v in run if c.expect == "contradicted" and agrees(c, v)),
        sum(1 for c, _ in run if c.expect == "contradicted"),
        sum(1 for c, v in run if c.expect == "consistent" and v.status == "consistent"),
        sum(1 for c, _ in run if c.expect == "consistent"),
    )


def first_run_sets() -> list[dict[str, Any]]:
    """The rows of the first-run table: title, first-run figures as recorded, members."""
    rows: list[dict[str, Any]] = yaml.safe_load(FIRST_RUN_SETS.read_text(encoding="utf-8"))
    return rows


def claimed_articles(rows: list[dict[str, Any]]) -> frozenset[str]:
    """The articles that rows name under `articles:` (more outlets of a story added later)."""
    return frozenset(CORPUS + path for row in rows for path in row.get("articles", ()))


def row_cases(
    row: dict[str, Any],
    expected: list[Case],
    edits: list[Case],
    claimed: frozenset[str] | None = None,
) -> list[Case]:
    """The cells of one row: first-run cells (or planted edits) of its stories; of its
    `articles:` only when it names some, and else of no article that another row names (an
    outlet added to a story later makes its own row, and leaves the story's first row as it
    was). ``claimed`` defaults to the articles named in tests/corpus/first-run-sets.yaml."""
    pool = edits if row.get("edits") else [c for c in expected if c.first_run]
    paths = [CORPUS + path for path in row["stories"]]
    named = {CORPUS + path for path in row.get("articles", ())}
    if claimed is None:
        claimed = claimed_articles(first_run_sets())
    return [
        c
        for c in pool
        if any(c.story == p or (p.endswith("/") and c.story.startswith(p)) for p in paths)
        and (c.article in named if named else c.article not in claimed)
    ]


def summed(rows: list[dict[str, Any]]) -> dict[str, str]:
    """The first-run figures of a totals row: the recorded figures of ``rows`` added up."""

    def total(column: str, width: int) -> list[int]:
        figures = [re.findall(r"\d+", row["first_run"][column] or "") for row in rows]
        return [sum(int(f[i]) for f in figures if f) for i in range(width)]

    false, cells = total("contradictions", 2)
    raised, raised_false = total("raised", 2)
    return {
        "contradictions": f"{false} / {cells}",
        "raised": f"{raised} ({raised_false})",
        "caught": str(*total("caught", 1)),
        "consistent": str(*total("consistent", 1)),
    }


def first_run_rows(expected: list[Case], edits: list[Case]) -> list[tuple[dict[str, Any], Run]]:
    """Each row of the first-run table with its cells judged; the totals row adds every row
    above it that has a first-run figure."""
    rows: list[tuple[dict[str, Any], Run]] = []
    sets = first_run_sets()
    claimed = claimed_articles(sets)
    for row in sets:
        if row.get("total"):
            added = [
                (above, run)
                for above, run in rows
                if not above.get("edits") and any(above["first_run"].values())
            ]
            first_run = summed([above for above, _ in added])
            rows.append(({**row, "first_run": first_run}, [p for _, run in added for p in run]))
        else:
            rows.append((row, [(c, judged(c)) for c in row_cases(row, expected, edits, claimed)]))
    return rows


def first_run_line(row: dict[str, Any], now: Tally) -> str:
    """One row of the README table: each figure as first run → now, `—` where none."""

    def cell(first: str | None, hit: int, total: int) -> str:
        return "—" if total == 0 and first is None else f"{first or '—'} → {hit} / {total}"

    recorded = row["first_run"]
    cells = [
        cell(recorded["contradictions"], now.false, now.not_contradicted),
        f"{recorded['raised'] or '—'} → {now.raised} ({now.raised_false})",
        cell(recorded["caught"], now.caught, now.contradictions),
        cell(recorded["consistent"], now.found, now.consistent),
    ]
    return "| " + " | ".join([row["title"], str(now.cells), *cells]) + " |"


def first_run_table(expected: list[Case], edits: list[Case]) -> list[str]:
    """The README's first-run table with the current checker's figures, and the sentence after
    it, over every cell labelled before the checker first ran on it."""
    rows = first_run_rows(expected, edits)
    lines = [*FIRST_RUN_HEADER, *(first_run_line(row, tally(run)) for row, run in rows)]
    labelled = [p for row, run in rows if not (row.get("edits") or row.get("total")) for p in run]
    stories = tally(labelled)
    false = f"{stories.raised_false:,}" if stories.raised_false else "none"
    sentence = (
        "The totals row adds the rows with a first-run figure. `python scripts/accuracy.py"
        " --first-runs` prints this table with the current checker's *now* figures (rows listed"
        " in `tests/corpus/first-run-sets.yaml`). Over every story labelled before the checker"
        f" first ran on it (all rows but the planted edits: {stories.cells:,} cells) they are:"
        f" {stories.false:,} false contradictions of {stories.not_contradicted:,}, {false} of"
        f" {stories.raised:,} raised false, {stories.caught:,} of {stories.contradictions:,}"
        f" contradictions caught on the right slot, {stories.found:,} of {stories.consistent:,}"
        " consistent facts found."
    )
    wrapped = textwrap.fill(sentence, 96, break_long_words=False, break_on_hyphens=False)
    return [*lines, "", wrapped]


def main(argv: list[str]) -> int:
    edits = load_edits()
    expected = load_expected()
    if "--first-runs" in argv:
        print("\n".join(first_run_table(expected, edits)))
        return 0
    edit_run = [(c, judged(c)) for c in edits if REAL_NEWS not in c.story]
    real_news_edits = [(c, judged(c)) for c in edits if REAL_NEWS in c.story]
    stories = list(dict.fromkeys(c.story for c in expected))
    runs = {story: [(c, judged(c)) for c in expected if c.story == story] for story in stories}
    figures("Edits (tests/corpus/edits.yaml)", edit_run)
    for story, run in runs.items():
        figures(f"Articles as published: {Path(story).stem}", run, "consistent facts found")
    first = [pair for run in runs.values() for pair in run if pair[0].first_run]
    figures("All stories labelled before their first run (now)", first, "consistent facts found")
    xsum = [pair for story, run in runs.items() if XSUM in story for pair in run]
    if xsum:
        figures("XSumFaith documents and summaries, all stories", xsum, "consistent facts found")
    fever = [pair for story, run in runs.items() if FEVER in story for pair in run]
    if fever:
        figures("FEVER-Symmetric, all stories", fever, "consistent facts found")
    generated = [pair for story, run in runs.items() if FEVER_GENERATED in story for pair in run]
    if generated:
        figures("FEVER-Symmetric generated pairs, all stories", generated, "consistent facts found")
    real_news = [pair for story, run in runs.items() if REAL_NEWS in story for pair in run]
    if real_news:
        figures("Real news articles, all stories", real_news, "consistent facts found")
    if real_news_edits:
        figures(f"Planted edits of the real news articles ({REAL_NEWS}edits.yaml)", real_news_edits)
    rule_paths({"edits": edit_run, "real-news edits": real_news_edits, **runs})
    mixed_cells(expected, "-q" in argv)
    if "-q" in argv:
        return 0
    print("\nDisagreements (id: expected -> got):")
    everything = [*(pair for run in runs.values() for pair in run), *edit_run, *real_news_edits]
    for case, found in everything:
        if agrees(case, found):
            continue
        want = case.expect + (f" on {case.slot}" if case.slot else "")
        got = found.status + (f" on {', '.join(found.contradicted)}" if found.contradicted else "")
        print(f"- {case.id} ({case.article}, {case.fact}): {want} -> {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
