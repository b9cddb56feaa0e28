"""Integration tests of the pytest plugin: small stories and articles run through pytester."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

REPO = Path(__file__).resolve().parents[1]

# Line numbers of the facts below (they appear in failure messages): 18, 23 and 27.
TOUR = """\
story: park-tour
title: Lena Park tours Scandinavia
date: 2024-03-05
about: [park]
entities:
  park:
    name: Lena Park
    aliases: [Ms. Park, Park, Lena Park-Holm]
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
    when: 2024-03-05
  - id: park-concerts
    who: park
    what: concerts
    count: 3
  - id: berg-welcome
    who: berg
    quote: We are delighted to welcome her to our city
"""
TOUR_FACTS = ("park-arrives-in-oslo", "park-concerts", "berg-welcome")

ELECTION = """\
story: vik-election
date: 2024-03-05
about: [vik]
entities:
  vik:
    name: Tomas Vik
    aliases: [Vik, Mr. Vik]
places:
  norway: {name: Norway}
  bergen: {name: Bergen, in: norway}
facts:
  - id: vik-wins
    who: vik
    what: won the election
    where: bergen
  - id: vik-seats
    who: vik
    what: seats
    count: 12
"""


def md(body: str, *, published: str = "2024-03-05", source: str = "daily", title: str = "") -> str:
    """An .md article: front matter (4 or 5 lines), then ``body`` from line 5 or 6 on."""
    front = ["---", f"source: {source}", f"published: {published}"]
    if title:
        front.insert(1, f"title: {title}")
    return "\n".join([*front, "---", body])


# Each body sentence is on its own line; with `title:` the body starts on line 6.
CONSISTENT = md(
    "Lena Park arrived in Oslo on Tuesday.\n"
    "She will give three concerts.\n"
    '"We are delighted to welcome her to our city," Mayor Berg said.\n',
    title="Park lands in Norway",
)
CONTRADICTED = md(
    "Lena Park arrived in Stockholm on Tuesday.\n"
    "Ms. Park will give five concerts.\n"
    '"We are happy to welcome her to our city," Mayor Berg said.\n',
    source="weekly",
    title="Park in Sweden",
)
SILENT = md("Lena Park is a celebrated pianist.\n", title="A profile")
UNRELATED = "Weather today\nIt will rain in Oslo tomorrow.\n"


# In-process runs find the plugin already imported (pytest warns it cannot rewrite it), and
# pytester unloads whatever a run imports, so hypothesis's plugin would be re-imported each time.
INLINE = ("-W", "ignore::pytest.PytestAssertRewriteWarning", "-p", "no:hypothesispytest")


def write(base: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = base / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def run(
    pytester: pytest.Pytester,
    articles: dict[str, str | bytes],
    *args: str,
    stories: dict[str, str | bytes] | None = None,
) -> pytest.RunResult:
    """Write the stories under facts/ and the articles under articles/, then check them."""
    write(pytester.path / "facts", {"tour.yaml": TOUR} if stories is None else stories)
    write(pytester.path / "articles", articles)
    return check(pytester, *args)


def check(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    """Check the articles/ folder against the facts/ folder (in-process)."""
    return pytester.runpytest("--facts", "facts", "articles", *INLINE, *args)


def output(result: pytest.RunResult) -> str:
    return result.stdout.str() + "\n" + result.stderr.str()


def assert_no_traceback(result: pytest.RunResult) -> None:
    text = output(result)
    assert "Traceback" not in text
    assert "def runtest" not in text
    assert re.search(r"\.py:\d+", text) is None, text


def report_of(pytester: pytest.Pytester, name: str = "report.json") -> dict[str, Any]:
    data: dict[str, Any] = json.loads((pytester.path / name).read_text(encoding="utf-8"))
    return data


def statuses(report: dict[str, Any]) -> dict[tuple[str, str], str]:
    return {(r["article"], r["fact"]): r["status"] for r in report["results"]}


# --- outcomes, node ids and the final line --------------------------------------------------


def test_final_line_counts_consistent_contradicted_and_omitted(pytester: pytest.Pytester) -> None:
    partly = md(
        "Lena Park arrived in Oslo on Tuesday.\n"
        "She will give three concerts.\n"
        '"We are happy to welcome her to our city," Mayor Berg said.\n'
    )
    result = run(pytester, {"partly.md": partly, "silent.md": SILENT})
    assert result.parseoutcomes() == {"passed": 2, "failed": 1, "omitted": 3}
    result.stdout.fnmatch_lines(["*= 1 failed, 2 passed, 3 omitted in *"])
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_only_consistent_and_omitted_facts_exit_zero(pytester: pytest.Pytester) -> None:
    result = run(pytester, {"oslo.md": CONSISTENT, "silent.md": SILENT})
    assert result.parseoutcomes() == {"passed": 3, "omitted": 3}
    assert result.ret == pytest.ExitCode.OK


def test_verbose_shows_omitted(pytester: pytest.Pytester) -> None:
    result = run(pytester, {"silent.md": SILENT}, "-v")
    result.stdout.fnmatch_lines(
        [
            "*park-arrives-in-oslo OMITTED*",
            "*park-concerts OMITTED*",
            "*berg-welcome OMITTED*",
        ]
    )
    assert "SKIPPED" not in result.stdout.str()


def test_verbose_lines_show_node_ids(pytester: pytest.Pytester) -> None:
    result = run(pytester, {"oslo.md": CONSISTENT, "silent.md": SILENT}, "-v")
    result.stdout.fnmatch_lines(
        [
            "articles/oslo.md::park-arrives-in-oslo PASSED*",
            "articles/oslo.md::berg-welcome PASSED*",
            "articles/silent.md::park-concerts OMITTED*",
        ]
    )


def test_failure_header_names_fact_and_article(pytester: pytest.Pytester) -> None:
    result = run(pytester, {"stockholm.md": CONTRADICTED})
    result.stdout.fnmatch_lines(
        [
            "*_ park-arrives-in-oslo on articles/stockholm.md _*",
            "park-arrives-in-oslo (facts/tour.yaml:18) contradicted on where",
        ]
    )


def test_node_ids_are_article_then_fact(pytester: pytest.Pytester) -> None:
    result = run(pytester, {"oslo.md": CONSISTENT}, "--collect-only", "-q")
    result.stdout.fnmatch_lines(
        [
            "articles/oslo.md::park-arrives-in-oslo",
            "articles/oslo.md::park-concerts",
            "articles/oslo.md::berg-welcome",
            "3 tests collected*",
        ]
    )


def test_k_selects_one_article(pytester: pytest.Pytester) -> None:
    result = run(
        pytester,
        {"oslo.md": CONSISTENT, "stockholm.md": CONTRADICTED, "silent.md": SILENT},
        "-k",
        "stockholm.md",
        "--facts-report",
        "report.json",
    )
    outcomes = result.parseoutcomes()
    assert outcomes["failed"] == 3
    assert outcomes["deselected"] == 6
    assert "passed" not in outcomes and "omitted" not in outcomes
    assert {r["article"] for r in report_of(pytester)["results"]} == {"articles/stockholm.md"}


# --- failure text ---------------------------------------------------------------------------


def test_contradiction_is_reported_without_traceback(pytester: pytest.Pytester) -> None:
    late = md("Lena Park arrived in Oslo on Monday.\n", title="Park lands")
    result = run(pytester, {"late.md": late})
    result.stdout.fnmatch_lines(
        [
            "park-arrives-in-oslo (facts/tour.yaml:18) contradicted on when",
            "  fact says:    2024-03-05",
            "  article says: Monday (2024-03-04)",
            "  evidence:     articles/late.md:6: Lena Park arrived in Oslo on «Monday».",
        ]
    )
    result.stdout.fnmatch_lines(["FAILED articles/late.md::park-arrives-in-oslo*"])
    assert_no_traceback(result)
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_each_contradicted_slot_names_fact_says_article_says_and_evidence(
    pytester: pytest.Pytester,
) -> None:
    result = run(pytester, {"stockholm.md": CONTRADICTED})
    result.stdout.fnmatch_lines(
        [
            "park-arrives-in-oslo (facts/tour.yaml:18) contradicted on where",
            "  fact says:    Oslo",
            "  article says: Stockholm",
            "  evidence:     articles/stockholm.md:6: Lena Park arrived in «Stockholm» on Tuesday.",
        ]
    )
    result.stdout.fnmatch_lines(
        [
            "park-concerts (facts/tour.yaml:23) contradicted on count",
            "  fact says:    3",
            "  article says: five",
            "  evidence:     articles/stockholm.md:7: Ms. Park will give «five» concerts.",
        ]
    )
    result.stdout.fnmatch_lines(
        [
            "berg-welcome (facts/tour.yaml:27) contradicted on quote",
            "  fact says:    We are delighted to welcome her to our city",
            "  article says: We are happy to welcome her to our city",
            "  difference:   [-delighted-] {+happy+}",
            '  evidence:     articles/stockholm.md:8: "«We are happy to welcome her to our city,»"'
            " Mayor Berg said.",
        ]
    )
    assert_no_traceback(result)


def test_required_fact_omitted_fails(pytester: pytest.Pytester) -> None:
    story = TOUR.replace("    when: 2024-03-05\n", "    when: 2024-03-05\n    required: true\n")
    result = run(pytester, {"silent.md": SILENT}, stories={"tour.yaml": story})
    assert result.parseoutcomes() == {"failed": 1, "omitted": 2}
    result.stdout.fnmatch_lines(
        [
            "park-arrives-in-oslo (facts/tour.yaml:18) is required but the article never states it",
            "FAILED articles/silent.md::park-arrives-in-oslo*",
        ]
    )
    assert_no_traceback(result)
    assert result.ret == 1


def test_required_fact_stated_passes(pytester: pytest.Pytester) -> None:
    story = TOUR.replace("    when: 2024-03-05\n", "    when: 2024-03-05\n    required: true\n")
    result = run(pytester, {"oslo.md": CONSISTENT}, stories={"tour.yaml": story})
    assert result.parseoutcomes() == {"passed": 3}
    assert result.ret == 0


def test_strict_makes_every_omission_fail(pytester: pytest.Pytester) -> None:
    files = {"oslo.md": CONSISTENT, "silent.md": SILENT}
    lenient = run(pytester, files)
    assert lenient.parseoutcomes() == {"passed": 3, "omitted": 3}
    assert lenient.ret == 0
    strict = check(pytester, "--facts-strict")
    assert strict.parseoutcomes() == {"passed": 3, "failed": 3}
    strict.stdout.fnmatch_lines(
        [
            "FAILED articles/silent.md::park-arrives-in-oslo*",
            "FAILED articles/silent.md::park-concerts*",
            "FAILED articles/silent.md::berg-welcome*",
        ]
    )
    strict.stdout.fnmatch_lines(["park-concerts (facts/tour.yaml:23) *never states it"])
    assert strict.ret == 1


# --- routing: unmatched articles and several stories ----------------------------------------


def test_article_matching_no_story_is_unmatched(pytester: pytest.Pytester) -> None:
    result = run(pytester, {"oslo.md": CONSISTENT, "weather.txt": UNRELATED}, "-v")
    assert result.parseoutcomes() == {"passed": 3, "unmatched": 1}
    result.stdout.fnmatch_lines(["*weather.txt::unmatched UNMATCHED*"])
    result.stdout.fnmatch_lines(["articles that match no story (1):", "  articles/weather.txt"])
    assert result.ret == 0


def test_two_stories_route_each_article_to_its_own_story(pytester: pytest.Pytester) -> None:
    vik = md("Tomas Vik won the election in Bergen.\nMr. Vik took 12 seats.\n", source="daily")
    result = run(
        pytester,
        {"oslo.md": CONSISTENT, "vik.md": vik},
        "--facts-report",
        "report.json",
        stories={"tour.yaml": TOUR, "election.yaml": ELECTION},
    )
    assert result.parseoutcomes() == {"passed": 5}
    routed = {(r["article"], r["story"], r["fact"]) for r in report_of(pytester)["results"]}
    assert routed == {
        *(("articles/oslo.md", "park-tour", fact) for fact in TOUR_FACTS),
        ("articles/vik.md", "vik-election", "vik-wins"),
        ("articles/vik.md", "vik-election", "vik-seats"),
    }
    result.stdout.fnmatch_lines(["2 articles checked against 2 stories"])


def test_article_about_two_stories_is_checked_against_both(pytester: pytest.Pytester) -> None:
    both = md("Lena Park arrived in Oslo on Tuesday.\nTomas Vik won the election in Bergen.\n")
    result = run(
        pytester,
        {"both.md": both},
        "--collect-only",
        "-q",
        stories={"tour.yaml": TOUR, "election.yaml": ELECTION},
    )
    collected = {line for line in result.stdout.lines if line.startswith("articles/")}
    assert collected == {
        *(f"articles/both.md::{fact}" for fact in TOUR_FACTS),
        "articles/both.md::vik-wins",
        "articles/both.md::vik-seats",
    }


# --- the summary ----------------------------------------------------------------------------


def test_summary_tables_per_article_and_per_source(pytester: pytest.Pytester) -> None:
    files = {"oslo.md": CONSISTENT, "stockholm.md": CONTRADICTED, "silent.md": SILENT}
    result = run(pytester, files)
    result.stdout.fnmatch_lines(
        [
            "*= factcheck summary =*",
            "3 articles checked against 1 story",
            "article                consistent  contradicted  omitted",
            "articles/oslo.md                3             0        0",
            "articles/silent.md              0             0        3",
            "articles/stockholm.md           0             3        0",
            "",
            "source  consistent  contradicted  omitted",
            "daily            3             0        3",
            "weekly           0             3        0",
        ]
    )


def test_summary_lists_facts_no_article_mentions(pytester: pytest.Pytester) -> None:
    arrival = md("Lena Park arrived in Stockholm on Tuesday.\n")
    result = run(pytester, {"arrival.md": arrival, "silent.md": SILENT})
    result.stdout.fnmatch_lines(
        [
            "facts no article mentions (2):",
            "  park-tour/park-concerts",
            "  park-tour/berg-welcome",
        ]
    )
    # A contradicted fact is mentioned, so it is not listed.
    assert "  park-tour/park-arrives-in-oslo" not in result.stdout.lines


# --- article formats ------------------------------------------------------------------------


def test_txt_md_and_jsonl_articles(pytester: pytest.Pytester) -> None:
    txt = (
        "Park lands in Oslo\nLena Park arrived in Oslo on Tuesday.\nShe will give three concerts.\n"
    )
    lines = [
        {
            "id": "n1",
            "source": "wire",
            "url": "https://example.org/n1",
            "published": "2024-03-05",
            "title": "Park arrives",
            "text": "Lena Park arrived in Oslo on Tuesday.",
        },
        {"id": "n2", "source": "wire", "text": "Ms. Park will give four concerts."},
    ]
    batch = "".join(json.dumps(line) + "\n" for line in lines)
    result = run(
        pytester,
        {"a.txt": txt, "b.md": CONSISTENT, "batch.jsonl": batch},
        "-v",
        "--facts-report",
        "report.json",
    )
    result.stdout.fnmatch_lines(["*batch.jsonl::n2::park-concerts FAILED*"])
    result.stdout.fnmatch_lines(["FAILED articles/batch.jsonl::n2::park-concerts*"])
    found = statuses(report_of(pytester))
    assert found == {
        ("articles/a.txt", "park-arrives-in-oslo"): "consistent",
        ("articles/a.txt", "park-concerts"): "consistent",
        ("articles/a.txt", "berg-welcome"): "omitted",
        ("articles/b.md", "park-arrives-in-oslo"): "consistent",
        ("articles/b.md", "park-concerts"): "consistent",
        ("articles/b.md", "berg-welcome"): "consistent",
        ("articles/batch.jsonl#n1", "park-arrives-in-oslo"): "consistent",
        ("articles/batch.jsonl#n1", "park-concerts"): "omitted",
        ("articles/batch.jsonl#n1", "berg-welcome"): "omitted",
        ("articles/batch.jsonl#n2", "park-arrives-in-oslo"): "omitted",
        ("articles/batch.jsonl#n2", "park-concerts"): "contradicted",
        ("articles/batch.jsonl#n2", "berg-welcome"): "omitted",
    }
    sources = {r["article"]: r["source"] for r in report_of(pytester)["results"]}
    assert sources["articles/batch.jsonl#n2"] == "wire"
    assert sources["articles/a.txt"] is None


def test_jsonl_node_ids(pytester: pytest.Pytester) -> None:
    batch = json.dumps({"id": "n1", "text": "Lena Park arrived in Oslo on Tuesday."}) + "\n"
    result = run(pytester, {"batch.jsonl": batch}, "--collect-only", "-q")
    result.stdout.fnmatch_lines(
        [
            "articles/batch.jsonl::n1::park-arrives-in-oslo",
            "articles/batch.jsonl::n1::park-concerts",
            "articles/batch.jsonl::n1::berg-welcome",
        ]
    )


def test_jsonl_evidence_names_file_and_line(pytester: pytest.Pytester) -> None:
    lines = [
        {"id": "n1", "text": "Lena Park arrived in Oslo on Tuesday."},
        {"id": "n2", "text": "Ms. Park will give four concerts."},
    ]
    batch = "".join(json.dumps(line) + "\n" for line in lines)
    result = run(pytester, {"batch.jsonl": batch})
    result.stdout.fnmatch_lines(
        ["  evidence:     articles/batch.jsonl:2: Ms. Park will give «four» concerts."]
    )


@pytest.mark.parametrize(
    ("published", "status", "found"),
    [
        ("2024-03-05", "confirmed", "Tuesday (2024-03-05)"),
        ("2024-03-12", "contradicted", "Tuesday (2024-03-12)"),
    ],
)
def test_published_date_anchors_weekdays(
    pytester: pytest.Pytester, published: str, status: str, found: str
) -> None:
    article = md("Lena Park arrived in Oslo on Tuesday.\n", published=published)
    run(pytester, {"a.md": article}, "--facts-report", "report.json")
    (result,) = [r for r in report_of(pytester)["results"] if r["fact"] == "park-arrives-in-oslo"]
    assert result["slots"]["when"]["status"] == status
    assert result["slots"]["when"]["found"] == found
    assert result["status"] == ("consistent" if status == "confirmed" else "contradicted")


def test_story_date_anchors_articles_without_published(pytester: pytest.Pytester) -> None:
    txt = "Park lands\nLena Park arrived in Oslo on Tuesday.\n"
    run(pytester, {"a.txt": txt}, "--facts-report", "report.json")
    (result,) = [r for r in report_of(pytester)["results"] if r["fact"] == "park-arrives-in-oslo"]
    assert result["slots"]["when"]["found"] == "Tuesday (2024-03-05)"
    assert result["status"] == "consistent"


# --- broken fact files ----------------------------------------------------------------------

BROKEN = """\
story: vik-election
about: [vik]
entities:
  vik:
    name: Tomas Vik
places:
  norway: {name: Norway}
  bergen: {name: Bergen, in: norway}
facts:
  - id: vik-wins
    who: vik
    what: won the election
"""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            BROKEN + "    colour: red\n",
            "facts/broken.yaml:13: facts[0].colour: unknown key 'colour'; allowed: count, "
            "exclusive, id, note, ordinal, quote, required, unit, what, when, where, who",
            id="unknown-key",
        ),
        pytest.param(
            BROKEN + "    when: 2023-13-01\n",
            "facts/broken.yaml:13: facts[0].when: '2023-13-01' is not a valid date",
            id="bad-date",
        ),
        pytest.param(
            BROKEN.replace("    who: vik\n", "    who: vok\n"),
            "facts/broken.yaml:11: facts[0].who: unknown entity 'vok'; did you mean 'vik'?",
            id="unknown-entity",
        ),
        pytest.param(
            BROKEN + "  - id: vik-wins\n    who: vik\n    what: lost\n",
            "facts/broken.yaml:13: facts[1].id: duplicate fact id 'vik-wins' (first at facts[0])",
            id="duplicate-fact-id",
        ),
        pytest.param(
            BROKEN.replace("{name: Norway}", "{name: Norway, in: bergen}"),
            "facts/broken.yaml:7: places.norway.in: cycle in `in`: norway -> bergen -> norway",
            id="cycle-in-in",
        ),
        pytest.param(
            BROKEN.replace("what: won the election", "what: won: the election"),
            "facts/broken.yaml:12: invalid YAML: mapping values are not allowed here",
            id="malformed-yaml",
        ),
        pytest.param(
            "",
            "facts/broken.yaml:1: a fact file must be a mapping of keys; this one is empty",
            id="empty-file",
        ),
        pytest.param(
            "- story: vik-election\n- about: [vik]\n",
            "facts/broken.yaml:1: a fact file must be a mapping of keys; "
            "this one is a list, not a mapping",
            id="list-not-mapping",
        ),
    ],
)
def test_broken_fact_file_is_an_error_and_other_stories_still_run(
    pytester: pytest.Pytester, text: str, message: str
) -> None:
    result = run(
        pytester,
        {"oslo.md": CONSISTENT},
        stories={"tour.yaml": TOUR, "broken.yaml": text},
    )
    result.stdout.fnmatch_lines(["*ERROR collecting facts/broken.yaml*", message])
    result.stdout.fnmatch_lines(["ERROR facts/broken.yaml*"])
    assert result.parseoutcomes() == {"passed": 3, "errors": 1}
    assert result.ret != 0
    assert_no_traceback(result)


def test_broken_fact_file_reports_every_problem(pytester: pytest.Pytester) -> None:
    text = BROKEN.replace("    who: vik\n", "    who: vok\n").replace(
        "{name: Bergen, in: norway}", "{name: Bergen, in: sweden}"
    )
    result = run(pytester, {"oslo.md": CONSISTENT}, stories={"tour.yaml": TOUR, "b.yaml": text})
    result.stdout.fnmatch_lines(
        [
            "facts/b.yaml:8: places.bergen.in: unknown place 'sweden'",
            "facts/b.yaml:11: facts[0].who: unknown entity 'vok'; did you mean 'vik'?",
        ]
    )


# --- unreadable articles --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "node", "message"),
    [
        pytest.param(
            "bad.txt",
            "Title\nLena Park arrived in Malmö.\n".encode("latin-1"),
            "articles/bad.txt::unreadable",
            "articles/bad.txt:2: not UTF-8 (byte 0xf6)",
            id="not-utf8",
        ),
        pytest.param(
            "bad.md",
            "---\ntitle: Park\nLena Park arrived in Oslo on Tuesday.\n",
            "articles/bad.md::unreadable",
            "articles/bad.md:1: front matter is not closed with '---'",
            id="unclosed-front-matter",
        ),
        pytest.param(
            "bad.md",
            "---\ntitle: Park\npublished: soon\n---\nLena Park arrived in Oslo.\n",
            "articles/bad.md::unreadable",
            "articles/bad.md:3: published: 'soon' is not a date (YYYY-MM-DD)",
            id="published-not-a-date",
        ),
        pytest.param(
            "bad.md",
            "---\ntitle: Park\npublished: 2024-13-05\n---\nLena Park arrived in Oslo.\n",
            "articles/bad.md::unreadable",
            "articles/bad.md:3: published: '2024-13-05' is not a date (YYYY-MM-DD)",
            id="published-month-13",
        ),
        pytest.param(
            "bad.jsonl",
            '{"id": "ok", "text": "Lena Park arrived in Oslo."}\nnot json\n',
            "articles/bad.jsonl::2::unreadable",
            "articles/bad.jsonl:2: not JSON: Expecting value (column 1)",
            id="jsonl-not-json",
        ),
        pytest.param(
            "bad.jsonl",
            '{"id": "ok", "text": "Lena Park arrived in Oslo."}\n{"id": "x", "title": "T"}\n',
            "articles/bad.jsonl::x::unreadable",
            "articles/bad.jsonl:2: no `text` (a non-empty string is required)",
            id="jsonl-no-text",
        ),
    ],
)
def test_unreadable_article_is_an_error_for_that_article_only(
    pytester: pytest.Pytester, name: str, content: str | bytes, node: str, message: str
) -> None:
    result = run(pytester, {"oslo.md": CONSISTENT, name: content}, "--facts-report", "report.json")
    outcomes = result.parseoutcomes()
    assert outcomes["errors"] == 1
    assert outcomes["passed"] >= 3
    assert "failed" not in outcomes
    result.stdout.fnmatch_lines([f"ERROR {node}*"])
    result.stdout.fnmatch_lines(["unreadable articles (1):", f"  {message}"])
    assert result.ret == 1
    report = report_of(pytester)
    assert [e["message"] for e in report["unreadable_articles"]] == [message]
    assert report["totals"]["error"] == 1
    assert {r["article"] for r in report["results"]} >= {"articles/oslo.md"}


def test_unreadable_article_is_reported_without_traceback(pytester: pytest.Pytester) -> None:
    result = run(pytester, {"oslo.md": CONSISTENT, "bad.md": "---\ntitle: Park\nbody\n"})
    result.stdout.fnmatch_lines(["articles/bad.md:1: front matter is not closed with '---'"])
    assert_no_traceback(result)


# --- the JSON report, JUnit XML and xdist ---------------------------------------------------


def test_json_report_shape(pytester: pytest.Pytester) -> None:
    files = {"oslo.md": CONSISTENT, "stockholm.md": CONTRADICTED, "weather.txt": UNRELATED}
    result = run(pytester, files, "--facts-report", "out/report.json")
    result.stdout.fnmatch_lines(["factcheck*report: out/report.json"])
    report = report_of(pytester, "out/report.json")
    assert report["version"] == 1
    assert report["totals"] == {
        "consistent": 3,
        "contradicted": 3,
        "omitted": 0,
        "accepted": 0,
        "error": 0,
    }
    assert report["stories"] == {"park-tour": sorted(TOUR_FACTS)}
    assert report["unmatched_articles"] == ["articles/weather.txt"]
    assert report["unmentioned_facts"] == []
    assert report["unreadable_articles"] == []
    assert len(report["results"]) == 6
    for entry in report["results"]:
        assert {"article", "source", "story", "fact", "status", "slots"} <= set(entry)
        for slot in entry["slots"].values():
            assert {"status", "expected", "found", "line", "evidence"} <= set(slot)
    (where,) = [
        r
        for r in report["results"]
        if r["article"] == "articles/stockholm.md" and r["fact"] == "park-arrives-in-oslo"
    ]
    assert where["source"] == "weekly"
    assert where["story"] == "park-tour"
    assert where["status"] == "contradicted"
    assert {k: where["slots"]["where"][k] for k in ("status", "expected", "found", "line")} == {
        "status": "contradicted",
        "expected": "Oslo",
        "found": "Stockholm",
        "line": 6,
    }
    assert where["slots"]["where"]["evidence"] == "Lena Park arrived in «Stockholm» on Tuesday."
    assert where["slots"]["when"]["status"] == "confirmed"
    assert where["slots"]["who"]["found"] == "Lena Park"
    (count,) = [
        r
        for r in report["results"]
        if r["article"] == "articles/oslo.md" and r["fact"] == "park-concerts"
    ]
    assert count["status"] == "consistent"
    assert count["slots"]["count"]["found"] == "three"
    assert count["slots"]["count"]["line"] == 7


def test_report_validates_against_schema(pytester: pytest.Pytester) -> None:
    batch = json.dumps({"id": "n1", "text": "Lena Park arrived in Oslo."}) + "\nnot json\n"
    files = {
        "oslo.md": CONSISTENT,
        "stockholm.md": CONTRADICTED,
        "silent.md": SILENT,
        "weather.txt": UNRELATED,
        "batch.jsonl": batch,
    }
    run(pytester, files, "--facts-report", "report.json")
    schema_text = (
        resources.files("factcheck").joinpath("schema/report.schema.json").read_text("utf-8")
    )
    schema = json.loads(schema_text)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    errors = list(validator_class(schema).iter_errors(report_of(pytester)))
    assert errors == []


def test_junitxml_has_one_testcase_per_article_and_fact(pytester: pytest.Pytester) -> None:
    files = {"oslo.md": CONSISTENT, "stockholm.md": CONTRADICTED, "silent.md": SILENT}
    run(pytester, files, "--junitxml", "junit.xml")
    root = ET.parse(pytester.path / "junit.xml").getroot()
    cases = list(root.iter("testcase"))
    assert sorted(case.get("name") or "" for case in cases) == sorted(TOUR_FACTS * 3)
    by_article: dict[str, list[str]] = {}
    for case in cases:
        by_article.setdefault(case.get("classname") or "", []).append(case.get("name") or "")
    assert len(by_article) == 3
    assert all(sorted(names) == sorted(TOUR_FACTS) for names in by_article.values())
    failed = {case.get("classname") for case in cases if case.find("failure") is not None}
    skipped = {case.get("classname") for case in cases if case.find("skipped") is not None}
    assert sum(case.find("failure") is not None for case in cases) == 3
    assert sum(case.find("skipped") is not None for case in cases) == 3
    assert len(failed) == len(skipped) == 1
    assert "stockholm" in str(failed) and "silent" in str(skipped)


def test_xdist_gives_the_same_report_as_a_serial_run(pytester: pytest.Pytester) -> None:
    batch = "".join(
        json.dumps({"id": f"n{i}", "source": "wire", "text": text}) + "\n"
        for i, text in enumerate(
            [
                "Lena Park arrived in Oslo on Tuesday.",
                "Ms. Park will give four concerts.",
                "Lena Park is a pianist.",
            ]
        )
    )
    files = {
        "oslo.md": CONSISTENT,
        "stockholm.md": CONTRADICTED,
        "silent.md": SILENT,
        "weather.txt": UNRELATED,
        "batch.jsonl": batch,
    }
    serial = run(pytester, files, "--facts-report", "serial.json")
    parallel = pytester.runpytest_subprocess(
        "--facts", "facts", "articles", "-p", "xdist", "-n", "2", "--facts-report", "xdist.json"
    )
    assert parallel.parseoutcomes() == serial.parseoutcomes()
    one, two = report_of(pytester, "serial.json"), report_of(pytester, "xdist.json")
    assert len(one["results"]) == 18
    assert two["results"] == one["results"]
    assert two == one


# --- the example in the repository ----------------------------------------------------------


def test_repository_example_fails_exactly_the_two_misquotes(pytester: pytest.Pytester) -> None:
    shutil.copytree(REPO / "facts", pytester.path / "facts")
    shutil.copytree(REPO / "articles", pytester.path / "articles")
    result = check(pytester, "--facts-report", "report.json")
    assert result.parseoutcomes()["failed"] == 2
    result.stdout.fnmatch_lines(
        [
            "FAILED articles/001.md::miller-unsc-warning*",
            "FAILED articles/003.md::miller-sanctions*",
        ]
    )
    found = statuses(report_of(pytester))
    contradicted = {key for key, status in found.items() if status == "contradicted"}
    assert contradicted == {
        ("articles/001.md", "miller-unsc-warning"),
        ("articles/003.md", "miller-sanctions"),
    }
    articles = sorted(p.name for p in (REPO / "articles").iterdir())
    assert {article for article, _ in found} == {f"articles/{name}" for name in articles}
    assert result.ret == 1


def test_last_failed_reruns_only_the_contradictions(pytester: pytest.Pytester) -> None:
    files = {"oslo.md": CONSISTENT, "stockholm.md": CONTRADICTED}
    first = run(pytester, files, "-p", "cacheprovider")
    assert first.parseoutcomes()["failed"] == 3
    again = pytester.runpytest("--facts", "facts", "articles", "-p", "cacheprovider", "--lf", "-v")
    again.stdout.fnmatch_lines(["*articles/stockholm.md::park-concerts FAILED*"])
    outcomes = again.parseoutcomes()
    assert outcomes["failed"] == 3
    assert "passed" not in outcomes and "omitted" not in outcomes


# --- very large batches: one item per article, memory released, results streamed -------------

PER_ARTICLE = "--facts-per-article"
# Lines: 1 matched, 2 not JSON, 3 about no story, 4 no text, 5 contradicted.
MIXED_BATCH = "".join(
    line + "\n"
    for line in [
        json.dumps({"id": "n1", "source": "wire", "text": "Lena Park arrived in Oslo on Tuesday."}),
        "not json",
        json.dumps({"id": "n3", "source": "wire", "text": "It will rain in Oslo tomorrow."}),
        json.dumps({"id": "n4", "title": "No text"}),
        json.dumps({"id": "n5", "source": "wire", "text": "Ms. Park will give four concerts."}),
    ]
)


def test_per_article_gives_the_same_report_as_per_fact_on_the_example(
    pytester: pytest.Pytester,
) -> None:
    shutil.copytree(REPO / "facts", pytester.path / "facts")
    shutil.copytree(REPO / "articles", pytester.path / "articles")
    per_fact = check(pytester, "--facts-report", "fact.json")
    per_article = check(pytester, PER_ARTICLE, "--facts-report", "article.json", "-v")
    assert per_fact.parseoutcomes() == {"failed": 2, "passed": 30, "omitted": 43}
    assert per_article.parseoutcomes() == {"failed": 2, "passed": 3}
    per_article.stdout.fnmatch_lines(
        ["FAILED articles/001.md::facts*", "FAILED articles/003.md::facts*"]
    )
    one, two = report_of(pytester, "fact.json"), report_of(pytester, "article.json")
    assert len(one["results"]) == 75
    assert statuses(two) == statuses(one)
    assert two == one


def test_per_article_jsonl_with_bad_and_unmatched_lines_matches_per_fact(
    pytester: pytest.Pytester,
) -> None:
    files = {"oslo.md": CONSISTENT, "weather.txt": UNRELATED, "batch.jsonl": MIXED_BATCH}
    per_fact = run(pytester, files, "--facts-report", "fact.json", "-v")
    per_article = check(pytester, PER_ARTICLE, "--facts-report", "article.json", "-v")
    assert per_fact.parseoutcomes() == {
        "passed": 4,
        "failed": 1,
        "omitted": 4,
        "unmatched": 2,
        "errors": 2,
    }
    assert per_article.parseoutcomes() == {"passed": 2, "failed": 1, "unmatched": 2, "errors": 2}
    per_article.stdout.fnmatch_lines_random(
        [
            "articles/batch.jsonl::n1::facts PASSED*",
            "articles/batch.jsonl::2::unreadable ERROR*",
            "articles/batch.jsonl::n3::facts UNMATCHED*",
            "articles/batch.jsonl::n4::unreadable ERROR*",
            "articles/batch.jsonl::n5::facts FAILED*",
            "articles/weather.txt::facts UNMATCHED*",
        ]
    )
    per_article.stdout.fnmatch_lines(
        [
            "articles that match no story (2):",
            "  articles/batch.jsonl#n3",
            "  articles/weather.txt",
            "",
            "unreadable articles (2):",
            "  articles/batch.jsonl:2: not JSON: Expecting value (column 1)",
            "  articles/batch.jsonl:4: no `text` (a non-empty string is required)",
        ]
    )
    per_article.stdout.fnmatch_lines(
        ["  evidence:     articles/batch.jsonl:5: Ms. Park will give «four» concerts."]
    )
    assert_no_traceback(per_article)
    assert per_article.ret == 1
    one, two = report_of(pytester, "fact.json"), report_of(pytester, "article.json")
    assert statuses(two) == statuses(one)
    assert statuses(two)[("articles/batch.jsonl#n5", "park-concerts")] == "contradicted"
    assert two == one


def test_per_article_reads_routes_and_fails_articles_when_they_run(
    pytester: pytest.Pytester,
) -> None:
    files = {"oslo.md": CONSISTENT, "bad.md": "---\ntitle: Park\nbody\n", "weather.txt": UNRELATED}
    collected = run(pytester, files, PER_ARTICLE, "--collect-only", "-q")
    assert sorted(line for line in collected.stdout.lines if line.startswith("articles/")) == [
        "articles/bad.md::facts",
        "articles/oslo.md::facts",
        "articles/weather.txt::facts",
    ]
    result = check(pytester, PER_ARTICLE, "-v")
    assert result.parseoutcomes() == {"passed": 1, "unmatched": 1, "errors": 1}
    result.stdout.fnmatch_lines(["ERROR articles/bad.md::facts*"])
    result.stdout.fnmatch_lines(
        ["unreadable articles (1):", "  articles/bad.md:1: front matter is not closed with '---'"]
    )
    result.stdout.fnmatch_lines(["articles that match no story (1):", "  articles/weather.txt"])
    assert_no_traceback(result)


HOLDS_NO_TEXT = """
import json

import pytest

HELD = []


def _texts(node):
    return [
        name
        for name in ("article", "entry")
        if hasattr(getattr(node, name, None), "text")
    ]


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector):
    # A file's collectors all exist before any of them collects: none may hold a text.
    report = yield
    for node in report.result or []:
        HELD.extend([node.nodeid, name] for name in _texts(node))
    return report


def pytest_collection_finish(session):
    for item in session.items:
        HELD.extend([item.nodeid, name] for name in _texts(item.parent))
    with open("held.json", "w") as out:
        json.dump({"items": len(session.items), "held": HELD}, out)
    # The articles change after collection: what is checked is what the files say now.
    with open("articles/oslo.md", "a") as out:
        out.write("Ms. Park will give five concerts.\\n")
    with open("articles/batch.jsonl", "r+b") as batch:
        data = batch.read().replace(b"four concerts", b"five concerts")
        batch.seek(0)
        batch.write(data)
"""


def test_per_article_items_keep_no_text_and_read_it_when_they_run(
    pytester: pytest.Pytester,
) -> None:
    pytester.makeconftest(HOLDS_NO_TEXT)
    files = {"oslo.md": CONSISTENT, "batch.jsonl": MIXED_BATCH}
    per_fact = run(pytester, files, "--collect-only")
    assert per_fact.ret == 0
    assert json.loads((pytester.path / "held.json").read_text())["held"]  # the probe sees texts
    write(pytester.path / "articles", files)
    result = check(pytester, PER_ARTICLE, "--facts-report", "report.json")
    assert json.loads((pytester.path / "held.json").read_text()) == {"items": 6, "held": []}
    found = statuses(report_of(pytester))
    assert found[("articles/oslo.md", "park-concerts")] == "contradicted"
    assert found[("articles/batch.jsonl#n5", "park-concerts")] == "contradicted"
    result.stdout.fnmatch_lines(["  article says: five"])


def test_per_article_warns_of_truncated_text(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck import articles

    monkeypatch.setattr(articles, "MAX_ARTICLE_CHARS", 60)
    long = md("Lena Park arrived in Oslo on Tuesday. " * 3)
    batch = json.dumps({"id": "n1", "text": "Lena Park arrived in Oslo on Tuesday. " * 3}) + "\n"
    result = run(pytester, {"long.md": long, "batch.jsonl": batch}, PER_ARTICLE, "-W", "default")
    result.stdout.fnmatch_lines_random(
        [
            "*articles/long.md: only the first * characters are checked*",
            "*articles/batch.jsonl#n1: only the first * characters are checked*",
        ]
    )


RELEASE_PROBE = """
import json
import pytest

@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    result = yield
    node = item.parent
    last = nextitem is None or nextitem.parent is not node
    entry = [item.nodeid, last, node.article is not None, node._results is not None]
    if last:  # released, and read and checked again when asked
        entry.append(sorted(fact for _, fact in node.results()))
        node.teardown()
    with open("held.jsonl", "a") as out:
        out.write(json.dumps(entry) + "\\n")
    return result
"""


def test_per_fact_collector_lets_its_article_go_after_its_last_item(
    pytester: pytest.Pytester,
) -> None:
    pytester.makeconftest(RELEASE_PROBE)
    batch = json.dumps({"id": "n1", "text": "Lena Park arrived in Oslo on Tuesday."}) + "\n"
    run(pytester, {"oslo.md": CONSISTENT, "stockholm.md": CONTRADICTED, "batch.jsonl": batch})
    lines = (pytester.path / "held.jsonl").read_text().splitlines()
    held = [json.loads(line) for line in lines]
    assert len(held) == 9
    facts = sorted(TOUR_FACTS)
    for article in ("articles/batch.jsonl::n1", "articles/oslo.md", "articles/stockholm.md"):
        mine = [entry for entry in held if entry[0].startswith(article + "::")]
        assert [entry[1] for entry in mine] == [False, False, True]
        # kept while its items run (checked once), let go after the last one
        assert [entry[2:4] for entry in mine] == [[True, True], [True, True], [False, False]]
        assert mine[-1][4] == facts


def test_results_are_spooled_as_they_come_not_kept_on_reports(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        """
import json
import pytest

def pytest_configure(config):
    config.pluginmanager.register(Probe(config), "probe")

class Probe:
    def __init__(self, config):
        self.config = config

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_logreport(self, report):
        yield
        if report.when != "call":
            return
        recorder = self.config.pluginmanager.get_plugin("factcheck-recorder")
        payload = getattr(report, "factcheck", {})
        with open("spooled.jsonl", "a") as out:
            out.write(json.dumps([report.nodeid, len(recorder.spool), sorted(payload)]) + "\\n")
"""
    )
    files = {"oslo.md": CONSISTENT, "silent.md": SILENT, "weather.txt": UNRELATED}
    run(pytester, files, "--facts-report", "report.json")
    seen = [json.loads(line) for line in (pytester.path / "spooled.jsonl").read_text().splitlines()]
    assert [count for _, count, _ in seen] == [1, 2, 3, 4, 5, 6, 6]
    # pytest keeps every report: the results left them once spooled, only the outcome stays
    assert [keys for _, _, keys in seen] == [[]] * 3 + [["omitted"]] * 3 + [["unmatched"]]
    assert len(report_of(pytester)["results"]) == 6


KEPT_ON_REPORTS = """
import json


def pytest_sessionfinish(session):
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    reports = [r for kind in reporter.stats.values() for r in kind if hasattr(r, "factcheck")]
    who = getattr(session.config, "workerinput", {}).get("workerid", "controller")
    with open(f"kept-{who}.json", "w") as out:
        carried = sum(bool({"results", "lines"} & set(r.factcheck)) for r in reports)
        json.dump([len(reports), carried], out)
"""


def test_xdist_per_article_gives_the_same_report_as_a_serial_run(
    pytester: pytest.Pytester,
) -> None:
    pytester.makeconftest(KEPT_ON_REPORTS)
    files = {
        "oslo.md": CONSISTENT,
        "stockholm.md": CONTRADICTED,
        "silent.md": SILENT,
        "weather.txt": UNRELATED,
        "batch.jsonl": MIXED_BATCH,
    }
    serial = run(pytester, files, PER_ARTICLE, "--facts-report", "serial.json")
    parallel = pytester.runpytest_subprocess(
        "--facts", "facts", "articles", PER_ARTICLE, "-p", "xdist", "-n", "2",
        "--facts-report", "xdist.json",
    )  # fmt: skip
    assert parallel.parseoutcomes() == serial.parseoutcomes()
    assert serial.parseoutcomes() == {"passed": 3, "failed": 2, "unmatched": 2, "errors": 2}
    one = (pytester.path / "serial.json").read_bytes()
    two = (pytester.path / "xdist.json").read_bytes()
    assert len(json.loads(one)["results"]) == 15
    assert two == one
    # every process keeps the reports (pytest does), none of them the results they carried
    kept = {p.stem: json.loads(p.read_text()) for p in pytester.path.glob("kept-*.json")}
    assert sorted(kept) == ["kept-controller", "kept-gw0", "kept-gw1"]
    assert sum(reports for reports, _ in kept.values()) == 2 * 9  # 9 items
    assert [results for _, results in kept.values()] == [0, 0, 0]


FAILURE_TEXT_PROBE = """
import json


def pytest_runtest_logreport(report):
    if report.when == "call" and report.failed:
        with open("kept.json", "w") as out:
            json.dump(report.longreprtext.splitlines(), out)
"""


@pytest.mark.parametrize(
    "args, lines",
    [
        ((), 4),
        (("--tb=line",), 1),
        (("--tb=no",), 1),
        (("--tb=line", "--junitxml", "junit.xml"), 4),
    ],
)
def test_reports_keep_only_the_failure_line_pytest_shows(
    pytester: pytest.Pytester, args: tuple[str, ...], lines: int
) -> None:
    pytester.makeconftest(FAILURE_TEXT_PROBE)
    late = md("Lena Park arrived in Oslo on Monday.\n", title="Park lands")
    result = run(pytester, {"late.md": late}, *args)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    kept = json.loads((pytester.path / "kept.json").read_text())
    assert kept[0] == "park-arrives-in-oslo (facts/tour.yaml:18) contradicted on when"
    assert len(kept) == lines


TERMINAL_PROBE = """
import json

import pytest


def pytest_runtest_teardown(item):
    if item.name == "park-arrives-in-oslo":
        print("teardown output of", item.name)


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session):
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is None:  # a pytest-xdist worker
        return
    kept = [(r.nodeid.split("::")[-1], r.when) for r in reporter.stats.get("", [])]
    with open("kept.json", "w") as out:
        json.dump(kept, out)
"""


@pytest.mark.parametrize("mode", [(), (PER_ARTICLE,), ("-p", "xdist", "-n", "2")])
def test_quiet_setup_and_teardown_reports_are_not_kept_to_the_end(
    pytester: pytest.Pytester, mode: tuple[str, ...]
) -> None:
    # pytest scans every kept setup and teardown report once per failure (failures x items)
    pytester.makeconftest(TERMINAL_PROBE)
    write(pytester.path / "facts", {"tour.yaml": TOUR})
    files = {"oslo.md": CONSISTENT, "stockholm.md": CONTRADICTED, "weather.txt": UNRELATED}
    write(pytester.path / "articles", files)
    result = pytester.runpytest_subprocess("--facts", "facts", "articles", *mode)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    kept = json.loads((pytester.path / "kept.json").read_text())
    if mode == (PER_ARTICLE,):  # no item is named after the fact: every phase was quiet
        assert kept == []
    else:  # only the teardowns that printed something are kept, and pytest shows them
        assert kept == [["park-arrives-in-oslo", "teardown"]] * 2
        result.stdout.fnmatch_lines(
            [
                "*_ park-arrives-in-oslo on articles/stockholm.md _*",
                "*contradicted on where*",
                "*Captured stdout teardown*",
                "teardown output of park-arrives-in-oslo",
            ]
        )
