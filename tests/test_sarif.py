"""Tests for factcheck.outputs.sarif: the SARIF 2.1.0 log of a report's contradictions."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from factcheck.outputs.problems import BROKEN_FACT_FILE, UNREADABLE_ARTICLE, Problem, problems
from factcheck.outputs.sarif import article_uri, build_sarif, line_reader, marked_columns

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())

STORY = """\
story: arrival
about: [kim]
entities:
  kim: {name: Kim Jong Un}
places:
  russia: {name: Russia}
facts:
  - id: kim-arrives-in-russia
    who: kim
    what: [arrived in Russia]
    when: 2023-09-12
"""

ARTICLE = """\
---
source: outlet-z
published: 2023-09-13
---
Kim Jong Un arrived in Russia on Monday, officials said.
"""


def validate(log: dict[str, Any]) -> None:
    validator = jsonschema.Draft4Validator(
        SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]
    assert errors == []


@pytest.fixture
def arrival(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, report_of: Callable[..., dict[str, Any]]
) -> dict[str, Any]:
    """One article that gets the day of arrival wrong."""
    monkeypatch.chdir(tmp_path)
    Path("arrival.yaml").write_text(STORY, encoding="utf-8")
    Path("news").mkdir()
    Path("news/kim.md").write_text(ARTICLE, encoding="utf-8")
    return report_of([Path("news/kim.md")], [Path("arrival.yaml")])


def test_the_schema_is_the_sarif_2_1_0_one() -> None:
    assert SCHEMA["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(SCHEMA).validate({"version": "2.1.0", "runs": [{}]})


def test_example_report_is_valid_sarif(example_report: dict[str, Any]) -> None:
    log = build_sarif(example_report, line_reader())
    validate(log)
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    assert run["tool"]["driver"]["name"] == "factcheck"
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == [
        "kim-russia-2023/miller-unsc-warning",
        "kim-russia-2023/miller-sanctions",
    ]
    assert [(r["ruleId"], r["level"]) for r in run["results"]] == [
        ("kim-russia-2023/miller-unsc-warning", "error"),
        ("kim-russia-2023/miller-sanctions", "error"),
    ]
    first = run["results"][0]["locations"][0]["physicalLocation"]
    assert first["artifactLocation"]["uri"] == "articles/001.md"
    # The quote opens after a straight double quote at the start of line 15.
    assert first["region"]["startLine"] == 15
    assert first["region"]["startColumn"] == 2


def test_one_result_per_contradicted_slot(arrival: dict[str, Any]) -> None:
    log = build_sarif(arrival, line_reader())
    validate(log)
    (run,) = log["runs"]
    (rule,) = run["tool"]["driver"]["rules"]
    assert rule["id"] == "arrival/kim-arrives-in-russia"
    assert "kim-arrives-in-russia" in rule["shortDescription"]["text"]
    (result,) = run["results"]
    assert result["ruleId"] == rule["id"]
    assert result["ruleIndex"] == 0
    assert result["level"] == "error"
    assert result["message"]["text"] == (
        "kim-arrives-in-russia contradicted on when: "
        "fact says 2023-09-12, article says Monday (2023-09-11)"
    )
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "news/kim.md"
    line = ARTICLE.splitlines()[4]
    assert location["region"] == {
        "startLine": 5,
        "startColumn": line.index("Monday") + 1,
        "endColumn": line.index("Monday") + 1 + len("Monday"),
    }


def test_column_is_1_without_a_line_reader(arrival: dict[str, Any]) -> None:
    (result,) = build_sarif(arrival)["runs"][0]["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 5, "startColumn": 1}
    (result,) = build_sarif(arrival, lambda path, line: None)["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["region"]["startColumn"] == 1


def test_read_line_gets_the_path_part_of_a_jsonl_key(arrival: dict[str, Any]) -> None:
    report = copy.deepcopy(arrival)
    report["results"][0]["article"] = "batches\\2023.jsonl#a17"
    asked: list[tuple[str, int]] = []

    def read_line(path: str, line: int) -> str:
        asked.append((path, line))
        return '{"id": "a17", "text": "Kim Jong Un arrived in Russia on Monday."}'

    (result,) = build_sarif(report, read_line)["runs"][0]["results"]
    assert asked == [("batches\\2023.jsonl", 5)]
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "batches/2023.jsonl"
    assert location["region"]["startColumn"] == read_line("", 0).index("Monday") + 1


def test_fingerprints_are_stable_and_distinct(
    example_report: dict[str, Any], arrival: dict[str, Any]
) -> None:
    results = (
        build_sarif(example_report)["runs"][0]["results"]
        + build_sarif(arrival)["runs"][0]["results"]
    )
    prints = [json.dumps(r["partialFingerprints"], sort_keys=True) for r in results]
    assert len(set(prints)) == len(prints) == 3
    moved = copy.deepcopy(arrival)
    moved["results"][0]["slots"]["when"]["line"] = 40
    (result,) = build_sarif(moved)["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 40
    assert (
        result["partialFingerprints"]
        == build_sarif(arrival)["runs"][0]["results"][0]["partialFingerprints"]
    )


def test_no_contradictions_give_an_empty_run(arrival: dict[str, Any]) -> None:
    report = copy.deepcopy(arrival)
    report["results"][0]["status"] = "consistent"
    report["results"][0]["slots"]["when"]["status"] = "confirmed"
    log = build_sarif(report)
    validate(log)
    assert log["runs"][0]["results"] == []
    assert log["runs"][0]["tool"]["driver"]["rules"] == []


def test_output_is_json_and_deterministic(example_report: dict[str, Any]) -> None:
    reader = line_reader()
    first = json.dumps(build_sarif(example_report, reader), sort_keys=True)
    assert first == json.dumps(build_sarif(example_report, line_reader()), sort_keys=True)


@pytest.mark.parametrize(
    ("article", "uri"),
    [
        ("articles/003.md", "articles/003.md"),
        ("batch.jsonl#a17", "batch.jsonl"),
        ("news\\2023\\a b.md", "news/2023/a%20b.md"),
        ("/srv/news/a.md", "file:///srv/news/a.md"),
        ("C:\\news\\a.md", "file:///C:/news/a.md"),
    ],
)
def test_article_uri(article: str, uri: str) -> None:
    assert article_uri(article) == uri


@pytest.mark.parametrize(
    ("line", "evidence", "columns"),
    [
        ("He came on Monday.", "He came on «Monday».", (12, 18)),
        # The sentence decides which "Monday" is meant.
        ("Monday: he came on Monday.", "he came on «Monday».", (20, 26)),
        # Columns count UTF-16 code units: the emoji takes two.
        ("🚆 He came on Monday.", "🚆 He came on «Monday».", (15, 21)),
        # Only the first marked words count; a split sentence falls back to the words alone.
        ("on Monday, in Moscow", "He came\non «Monday», in «Moscow»", (4, 10)),
        ("came on Mon-", "He came on «Mon-\nday».", (9, 13)),
        ("nothing here", "He came on «Monday».", None),
        ("He came on Monday.", "no marks at all", None),
    ],
)
def test_marked_columns(line: str, evidence: str, columns: tuple[int, int] | None) -> None:
    assert marked_columns(line, evidence) == columns


def test_line_reader_reads_lines_as_articles_are_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffone\r\ntwo\rthree\n".encode())
    read_line = line_reader()
    assert [read_line(str(path), n) for n in (1, 2, 3, 0, 5)] == ["one", "two", "three", None, None]
    assert read_line(str(tmp_path / "missing.txt"), 1) is None


BROKEN = [
    {
        "path": "facts/bad.yaml",
        "message": "facts/bad.yaml:7: facts[0].when: '2023-13-01' is not a valid date\n"
        "facts/bad.yaml:8: facts[0].bogus: unknown key 'bogus'",
    },
    {"path": "/srv/facts/empty.yaml", "message": "/srv/facts/empty.yaml: empty fact file"},
]
UNREADABLE = [
    {"article": "batch.jsonl#7", "message": "batch.jsonl:7: not JSON: Expecting value"},
    {"article": "news/a b.md", "message": "news/a b.md: binary file, not text"},
]


def notifications(log: dict[str, Any]) -> list[tuple[str, str, str, dict[str, Any] | None]]:
    (invocation,) = log["runs"][0]["invocations"]
    found = []
    for note in invocation.get("toolExecutionNotifications", []):
        (location,) = note["locations"]
        place = location["physicalLocation"]
        found.append(
            (
                note["level"],
                note["message"]["text"],
                place["artifactLocation"]["uri"],
                place.get("region"),
            )
        )
    return found


def test_problems_are_tool_execution_notifications(arrival: dict[str, Any]) -> None:
    report = copy.deepcopy(arrival)
    report["broken_fact_files"] = BROKEN
    report["unreadable_articles"] = UNREADABLE
    log = build_sarif(report, line_reader())
    validate(log)
    (run,) = log["runs"]
    assert run["invocations"][0]["executionSuccessful"] is False
    assert notifications(log) == [
        (
            "error",
            "facts/bad.yaml:7: facts[0].when: '2023-13-01' is not a valid date",
            "facts/bad.yaml",
            {"startLine": 7},
        ),
        (
            "error",
            "facts/bad.yaml:8: facts[0].bogus: unknown key 'bogus'",
            "facts/bad.yaml",
            {"startLine": 8},
        ),
        ("error", "/srv/facts/empty.yaml: empty fact file", "file:///srv/facts/empty.yaml", None),
        ("error", "batch.jsonl:7: not JSON: Expecting value", "batch.jsonl", {"startLine": 7}),
        ("error", "news/a b.md: binary file, not text", "news/a%20b.md", None),
    ]
    descriptors = [n["descriptor"] for n in run["invocations"][0]["toolExecutionNotifications"]]
    kinds = [d["id"] for d in run["tool"]["driver"]["notifications"]]
    assert all(kinds[d["index"]] == d["id"] for d in descriptors)
    assert [d["id"] for d in descriptors] == [BROKEN_FACT_FILE] * 3 + [UNREADABLE_ARTICLE] * 2
    # The contradictions are still there.
    assert len(run["results"]) == 1


def test_a_run_without_problems_is_successful(example_report: dict[str, Any]) -> None:
    log = build_sarif(example_report)
    validate(log)
    assert log["runs"][0]["invocations"] == [{"executionSuccessful": True}]
    assert build_sarif({"results": []})["runs"][0]["invocations"] == [{"executionSuccessful": True}]


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (
            {"path": "f.yaml", "message": "f.yaml:3: facts[1].who: unknown entity 'x'"},
            [(BROKEN_FACT_FILE, "f.yaml", 3, "facts[1].who: unknown entity 'x'")],
        ),
        # The message names the file as it was loaded, the report as it was shown.
        (
            {"path": "facts/k.yaml", "message": "/abs/facts/k.yaml:12: bad"},
            [(BROKEN_FACT_FILE, "facts/k.yaml", 12, "bad")],
        ),
        (
            {"path": "f.yaml", "message": "f.yaml:2: invalid YAML\n   the line\nf.yaml:5: other"},
            [
                (BROKEN_FACT_FILE, "f.yaml", 2, "invalid YAML\n   the line"),
                (BROKEN_FACT_FILE, "f.yaml", 5, "other"),
            ],
        ),
        (
            {"path": "f.yaml", "message": "cannot read"},
            [(BROKEN_FACT_FILE, "f.yaml", None, "cannot read")],
        ),
        (
            {"article": "b.jsonl#x", "message": "b.jsonl:4: no text"},
            [(UNREADABLE_ARTICLE, "b.jsonl", 4, "no text")],
        ),
        (
            {"article": "c:12: d.md", "message": "c:12: d.md: empty"},
            [(UNREADABLE_ARTICLE, "c:12: d.md", None, "empty")],
        ),
    ],
)
def test_problems(entry: dict[str, str], expected: list[tuple[str, str, int | None, str]]) -> None:
    key = "broken_fact_files" if "path" in entry else "unreadable_articles"
    found: list[Problem] = list(problems({key: [entry]}))
    assert [(p.kind, p.path, p.line, p.message) for p in found] == expected


def test_plugin_writes_problems_into_the_log(pytester: pytest.Pytester) -> None:
    pytester.makefile(".yaml", arrival=STORY, broken="story: bad\nfacts: [\n")
    pytester.mkdir("news")
    (pytester.path / "news" / "kim.md").write_text(ARTICLE, encoding="utf-8")
    (pytester.path / "news" / "zz.md").write_bytes(b"\xff\xfe")
    result = pytester.runpytest(
        "--facts", "arrival.yaml", "--facts", "broken.yaml", "news", "--facts-sarif=out.sarif"
    )
    assert result.ret == 1
    log = json.loads((pytester.path / "out.sarif").read_text(encoding="utf-8"))
    validate(log)
    assert log["runs"][0]["invocations"][0]["executionSuccessful"] is False
    found = [(uri, region) for _, _, uri, region in notifications(log)]
    assert found == [("broken.yaml", {"startLine": 2}), ("news/zz.md", {"startLine": 1})]
    assert len(log["runs"][0]["results"]) == 1


def test_an_accepted_contradiction_is_a_suppressed_result(
    example_report: dict[str, Any],
) -> None:
    report = copy.deepcopy(example_report)
    accepted, other = [r for r in report["results"] if r["status"] == "contradicted"]
    (slot,) = [s for s, v in accepted["slots"].items() if v["status"] == "contradicted"]
    accepted["status"] = "accepted"
    found = accepted["slots"][slot]["found"]
    accepted["accepted"] = [{"slot": slot, "found": found, "reason": "the outlet's wording"}]
    log = build_sarif(report, line_reader())
    validate(log)
    results = log["runs"][0]["results"]
    assert len(results) == 2
    suppressed = [r for r in results if "suppressions" in r]
    assert [r["properties"]["article"] for r in suppressed] == [accepted["article"]]
    assert suppressed[0]["suppressions"] == [
        {"kind": "external", "status": "accepted", "justification": "the outlet's wording"}
    ]
    assert all(
        "suppressions" not in r for r in results if r["properties"]["article"] == other["article"]
    )
