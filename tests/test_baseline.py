"""Baselines of accepted contradictions: the file, matching, and runs through pytester."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from factcheck.ci.baseline import (
    Baseline,
    Entry,
    Tracker,
    baseline_text,
    load_baseline,
    merged,
    parse_baseline,
)
from factcheck.errors import BaselineError
from factcheck.results import ACCEPTED, CONTRADICTED, FactResult, SlotResult

TOUR = """\
story: park-tour
date: 2024-03-05
about: [park]
entities:
  park:
    name: Lena Park
    aliases: [Ms. Park, Park]
  berg:
    name: Ola Berg
    aliases: [Berg, Mayor Berg]
places:
  norway: {name: Norway}
  oslo: {name: Oslo, in: norway}
  sweden: {name: Sweden}
  stockholm: {name: Stockholm, in: sweden}
facts:
  - id: park-arrives-in-oslo
    who: park
    what: arrived in Oslo
    where: oslo
  - id: park-concerts
    who: park
    what: concerts
    count: 3
"""


def md(body: str) -> str:
    return f"---\nsource: daily\npublished: 2024-03-05\n---\n{body}"


STOCKHOLM = md("Lena Park arrived in Stockholm on Tuesday.\nShe will give three concerts.\n")
SWEDEN = md("Lena Park arrived in Sweden on Tuesday.\nShe will give three concerts.\n")
FIVE = md("Lena Park arrived in Oslo on Tuesday.\nMs. Park will give five concerts.\n")
OSLO = md("Lena Park arrived in Oslo on Tuesday.\nShe will give three concerts.\n")

INLINE = ("-W", "ignore::pytest.PytestAssertRewriteWarning", "-p", "no:hypothesispytest")


def write(base: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = base / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def check(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest("--facts", "facts", "articles", *INLINE, *args)


def setup(pytester: pytest.Pytester, articles: dict[str, str]) -> None:
    write(pytester.path, {"facts/tour.yaml": TOUR})
    write(pytester.path / "articles", articles)


def report(pytester: pytest.Pytester, name: str = "report.json") -> dict[str, Any]:
    data: dict[str, Any] = json.loads((pytester.path / name).read_text(encoding="utf-8"))
    return data


def schema_errors(data: dict[str, Any]) -> list[str]:
    text = resources.files("factcheck").joinpath("schema/report.schema.json").read_text("utf-8")
    schema = json.loads(text)
    validator = jsonschema.validators.validator_for(schema)(schema)
    return [error.message for error in validator.iter_errors(data)]


# --- the file and matching, without pytest ------------------------------------------------


def result(found: dict[str, str], article: str = "a.md") -> FactResult:
    slots = tuple(SlotResult(slot, CONTRADICTED, "x", value) for slot, value in found.items())
    return FactResult(article, "s", "f", CONTRADICTED, slots=slots)


def test_judge_accepts_only_when_every_contradicted_slot_is_in_the_baseline() -> None:
    baseline = Baseline("b.yaml", {e.key: e for e in [Entry("a.md", "s", "f", "where", "Bergen")]})
    assert baseline.judge(result({"where": "Bergen"})).status == ACCEPTED
    assert baseline.judge(result({"where": "Stockholm"})).status == CONTRADICTED
    assert baseline.judge(result({"where": "Bergen"}, article="b.md")).status == CONTRADICTED
    both = result({"where": "Bergen", "count": "5"})
    assert baseline.judge(both).status == CONTRADICTED
    assert [e.found for e in baseline.matches(both)] == ["Bergen"]


def test_written_baseline_reads_back_sorted_and_stable() -> None:
    entries = merged(
        [("b.md", "s", "f", "quote", "it's «odd»: yes"), ("a.md", "s", "f", "count", "5")], None
    )
    text = baseline_text(entries)
    assert text.startswith("# factcheck baseline")
    assert text.index("a.md") < text.index("b.md")
    again = parse_baseline(text, "b.yaml")
    assert sorted(again.entries) == sorted(e.key for e in entries)
    assert baseline_text(merged(again.entries, again)) == text


def test_rewriting_keeps_reasons_and_in_a_partial_run_the_entries_that_did_not_run() -> None:
    old = parse_baseline(
        "version: 1\naccepted:\n"
        "- {article: a.md, story: s, fact: f, slot: count, found: '5', reason: agreed}\n"
        "- {article: b.md, story: s, fact: f, slot: count, found: '6', reason: later}\n",
        "b.yaml",
    )
    current = [("a.md", "s", "f", "count", "5")]
    assert [(e.article, e.reason) for e in merged(current, old)] == [("a.md", "agreed")]
    kept = merged(current, old, ran={("a.md", "s", "f")})
    assert [(e.article, e.reason) for e in kept] == [("a.md", "agreed"), ("b.md", "later")]


def test_tracker_finds_stale_entries() -> None:
    old = parse_baseline(
        "version: 1\naccepted:\n"
        "- {article: a.md, story: s, fact: f, slot: count, found: '5'}\n"
        "- {article: b.md, story: s, fact: f, slot: count, found: '6'}\n",
        "b.yaml",
    )
    tracker = Tracker(old, collect=False)
    tracker.add({"article": "a.md", "story": "s", "fact": "f", "clashes": [["count", "7"]]})
    assert [(e.article, e.line) for e in tracker.stale(partial=False)] == [("a.md", 3), ("b.md", 4)]
    assert [e.article for e in tracker.stale(partial=True)] == ["a.md"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("version: 1\naccepted: [\n", "b.yaml:3: not YAML"),
        ("", "b.yaml:1: empty"),
        ("- a\n", "b.yaml:1: baseline: must be a mapping"),
        ("accepted: []\n", "b.yaml:1: missing version"),
        ("version: 2\naccepted: []\n", "b.yaml:1: version: must be 1"),
        ("version: 1\nwaived: []\n", "b.yaml:2: waived: unknown key"),
        ("version: 1\naccepted: {}\n", "b.yaml:2: accepted: must be a list"),
        (
            "version: 1\naccepted:\n- article: a.md\n  story: s\n  fact: f\n  slot: count\n",
            "b.yaml:3: accepted[0]: missing found",
        ),
        (
            "version: 1\naccepted:\n- {article: a, story: s, fact: f, slot: c, found: 5}\n"
            "- {article: a, story: s, fact: f, slot: c, found: 5, colour: red}\n",
            "b.yaml:4: accepted[1].colour: unknown key",
        ),
        (
            "version: 1\naccepted:\n- {article: a, story: s, fact: f, slot: c, found: ~}\n",
            "b.yaml:3: accepted[0].found: must be text",
        ),
        (
            "version: 1\naccepted:\n- {article: a, story: s, fact: f, slot: c, found: x}\n"
            "- {article: a, story: s, fact: f, slot: c, found: x}\n",
            "b.yaml:4: accepted[1]: same as the entry on line 3",
        ),
        ("version: 1\nversion: 1\n", "b.yaml:2: baseline.version: key given twice"),
        ("version: !!python/object:os.system 1\n", "b.yaml:1: version: must be text"),
    ],
)
def test_broken_baseline_names_file_and_line(text: str, message: str) -> None:
    with pytest.raises(BaselineError) as excinfo:
        parse_baseline(text, "b.yaml")
    assert str(excinfo.value).startswith(message)


def test_missing_baseline_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(BaselineError, match="no such baseline file"):
        load_baseline(tmp_path / "none.yaml")


# --- runs ---------------------------------------------------------------------------------


def test_accepted_contradiction_passes_until_the_article_changes(pytester: pytest.Pytester) -> None:
    setup(pytester, {"stockholm.md": STOCKHOLM, "five.md": FIVE, "oslo.md": OSLO})
    first = check(pytester, "--facts-write-baseline", "baseline.yaml")
    assert first.ret == pytest.ExitCode.TESTS_FAILED
    assert first.parseoutcomes() == {"failed": 2, "passed": 4}
    first.stdout.fnmatch_lines(["baseline written: baseline.yaml (2 entries)"])
    text = (pytester.path / "baseline.yaml").read_text(encoding="utf-8")
    assert "found: Stockholm" in text and "found: five" in text

    accepted = check(pytester, "--facts-baseline", "baseline.yaml", "--facts-report", "r.json")
    assert accepted.ret == pytest.ExitCode.OK
    assert accepted.parseoutcomes() == {"passed": 4, "accepted": 2}
    accepted.stdout.fnmatch_lines(
        [
            "article * consistent  contradicted  omitted  accepted",
            "articles/five.md * 1 * 0 * 0 * 1",
            "baseline baseline.yaml: 2 accepted, 0 stale",
            "*= 4 passed, 2 accepted in *",
        ]
    )
    data = report(pytester, "r.json")
    assert schema_errors(data) == []
    assert data["totals"]["accepted"] == 2 and data["totals"]["contradicted"] == 0
    assert data["baseline"] == {"path": "baseline.yaml", "accepted": 2, "stale": []}
    (where,) = [r for r in data["results"] if r["article"] == "articles/stockholm.md"][:1]
    assert where["fact"] == "park-arrives-in-oslo"
    assert where["status"] == "accepted"
    assert where["slots"]["where"]["status"] == "contradicted"
    assert where["accepted"] == [{"slot": "where", "found": "Stockholm", "reason": ""}]

    write(pytester.path / "articles", {"stockholm.md": SWEDEN})  # the wording changes
    again = check(pytester, "--facts-baseline", "baseline.yaml", "--facts-report", "r.json", "-v")
    assert again.ret == pytest.ExitCode.TESTS_FAILED
    assert again.parseoutcomes() == {"failed": 1, "passed": 4, "accepted": 1}
    again.stdout.fnmatch_lines(
        [
            "articles/five.md::park-concerts ACCEPTED*",
            "articles/stockholm.md::park-arrives-in-oslo FAILED*",
            "baseline baseline.yaml: 1 accepted, 1 stale",
            "stale baseline entries, matching nothing that ran (1):",
            "  baseline.yaml:*: articles/stockholm.md park-tour/park-arrives-in-oslo where: "
            "'Stockholm'",
        ]
    )
    data = report(pytester, "r.json")
    assert schema_errors(data) == []
    assert [(e["article"], e["found"]) for e in data["baseline"]["stale"]] == [
        ("articles/stockholm.md", "Stockholm")
    ]


def test_reason_is_kept_and_shown(pytester: pytest.Pytester) -> None:
    setup(pytester, {"five.md": FIVE})
    write(
        pytester.path,
        {
            "baseline.yaml": "version: 1\naccepted:\n"
            "- article: articles/five.md\n  story: park-tour\n  fact: park-concerts\n"
            "  slot: count\n  found: five\n  reason: two concerts were added\n"
        },
    )
    result = check(
        pytester, "--facts-baseline", "baseline.yaml", "--facts-write-baseline", "baseline.yaml"
    )
    assert result.ret == pytest.ExitCode.OK
    text = (pytester.path / "baseline.yaml").read_text(encoding="utf-8")
    assert "reason: two concerts were added" in text
    assert len(load_baseline(pytester.path / "baseline.yaml")) == 1


def test_ini_option_reads_the_baseline(pytester: pytest.Pytester) -> None:
    setup(pytester, {"five.md": FIVE})
    check(pytester, "--facts-write-baseline", "accepted.yaml")
    pytester.makeini("[pytest]\nfacts_baseline = accepted.yaml\n")
    result = check(pytester)
    assert result.parseoutcomes() == {"passed": 1, "accepted": 1}


def test_per_article_item_is_accepted_only_when_every_contradiction_is(
    pytester: pytest.Pytester,
) -> None:
    setup(pytester, {"five.md": FIVE, "both.md": FIVE.replace("Oslo", "Stockholm")})
    write(
        pytester.path,
        {
            "baseline.yaml": "version: 1\naccepted:\n"
            + "".join(
                f"- {{article: articles/{name}.md, story: park-tour, fact: park-concerts, "
                "slot: count, found: five}\n"
                for name in ("five", "both")
            )
        },
    )
    result = check(pytester, "--facts-per-article", "--facts-baseline", "baseline.yaml", "-v")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    assert result.parseoutcomes() == {"failed": 1, "accepted": 1}
    result.stdout.fnmatch_lines(
        ["articles/both.md::facts FAILED*", "articles/five.md::facts ACCEPTED*"]
    )
    failure = result.stdout.str()
    assert "park-arrives-in-oslo (facts/tour.yaml:17) contradicted on where"
    assert "park-concerts" not in failure.split("factcheck summary")[0] in failure


def test_xdist_run_accepts_and_reports_stale(pytester: pytest.Pytester) -> None:
    setup(pytester, {"stockholm.md": STOCKHOLM, "five.md": FIVE, "oslo.md": OSLO})
    check(pytester, "--facts-write-baseline", "baseline.yaml")
    write(pytester.path / "articles", {"stockholm.md": SWEDEN})
    result = pytester.runpytest_subprocess(
        "--facts", "facts", "articles", "-p", "xdist", "-n", "2",
        "--facts-baseline", "baseline.yaml", "--facts-report", "r.json",
        "--facts-write-baseline", "new.yaml",
    )  # fmt: skip
    assert result.parseoutcomes() == {"failed": 1, "passed": 4, "accepted": 1}
    result.stdout.fnmatch_lines(["baseline baseline.yaml: 1 accepted, 1 stale"])
    assert report(pytester, "r.json")["baseline"]["stale"][0]["found"] == "Stockholm"
    new = load_baseline(pytester.path / "new.yaml")
    assert sorted(k[4] for k in new.entries) == ["Sweden", "five"]


def test_broken_baseline_is_a_usage_error(pytester: pytest.Pytester) -> None:
    setup(pytester, {"oslo.md": OSLO})
    write(pytester.path, {"baseline.yaml": "version: 1\naccepted:\n- article: a\n"})
    result = check(pytester, "--facts-baseline", "baseline.yaml")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    error = "ERROR: baseline.yaml:3: accepted[0]: missing story, fact, slot, found"
    assert error in result.stderr.lines
    missing = check(pytester, "--facts-baseline", "nowhere.yaml")
    assert missing.ret == pytest.ExitCode.USAGE_ERROR
    missing.stderr.fnmatch_lines(["*nowhere.yaml: no such baseline file"])


def test_stale_entries_are_shown_when_no_article_is_left(pytester: pytest.Pytester) -> None:
    setup(pytester, {"five.md": FIVE})
    check(pytester, "--facts-write-baseline", "baseline.yaml")
    (pytester.path / "articles" / "five.md").unlink()
    write(pytester.path / "articles", {"notes.txt": "Notes\nNothing about anyone.\n"})
    result = check(pytester, "--facts-baseline", "baseline.yaml")
    result.stdout.fnmatch_lines(
        [
            "baseline baseline.yaml: 0 accepted, 1 stale",
            "*articles/five.md park-tour/park-concerts*",
        ]
    )
