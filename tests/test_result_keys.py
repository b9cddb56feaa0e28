"""Where results point: JSONL lines that share an id, and the JUnit text of omitted facts."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

STORY = """\
story: park-tour
about: [park]
entities:
  park: {name: Lena Park, aliases: [Ms. Park]}
facts:
  - id: park-arrives
    who: park
    what: arrived in Oslo
  - id: park-concerts
    who: park
    what: concerts
    count: 3
"""
BATCH = "\n".join(
    [
        '{"id": "a", "text": "Lena Park arrived in Oslo."}',
        '{"id": "b", "text": "Lena Park arrived in Oslo."}',
        '{"id": "a", "text": "Lena Park has not arrived in Oslo."}',
        '{"id": "a"}',
    ]
)


@pytest.fixture
def batch(pytester: pytest.Pytester) -> None:
    pytester.makefile(".yaml", **{"facts/park": STORY})
    pytester.makefile(".jsonl", **{"articles/batch": BATCH})


@pytest.mark.parametrize("mode", [(), ("--facts-per-article",)], ids=["per-fact", "per-article"])
def test_lines_sharing_an_id_are_reported_apart(
    pytester: pytest.Pytester, batch: None, mode: tuple[str, ...]
) -> None:
    result = pytester.runpytest("--facts", "facts", "articles", "--facts-report=r.json", *mode)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        [
            "*id 'a' on line 3 again (first on line 1): reported as articles/batch.jsonl#a@3",
            "*id 'a' on line 4 again (first on line 1): reported as articles/batch.jsonl#a@4",
        ]
    )
    result.stdout.fnmatch_lines(["3 articles checked against 1 story"])
    report = json.loads((pytester.path / "r.json").read_text())
    statuses = {(r["article"], r["fact"]): r["status"] for r in report["results"]}
    assert len(statuses) == len(report["results"]) == 6
    assert statuses[("articles/batch.jsonl#a", "park-arrives")] == "consistent"
    assert statuses[("articles/batch.jsonl#a@3", "park-arrives")] == "contradicted"
    assert [u["article"] for u in report["unreadable_articles"]] == ["articles/batch.jsonl#a@4"]


def test_lines_sharing_an_id_have_their_own_node_ids(
    pytester: pytest.Pytester, batch: None
) -> None:
    result = pytester.runpytest("--facts", "facts", "articles", "--collect-only", "-q")
    result.stdout.fnmatch_lines(
        [
            "articles/batch.jsonl::a::park-arrives",
            "articles/batch.jsonl::a::park-concerts",
            "articles/batch.jsonl::b::park-arrives",
            "articles/batch.jsonl::b::park-concerts",
            "articles/batch.jsonl::a@3::park-arrives",
            "articles/batch.jsonl::a@3::park-concerts",
            "articles/batch.jsonl::a@4::unreadable",
        ]
    )


def test_junit_skip_text_names_a_line(pytester: pytest.Pytester, batch: None) -> None:
    """Omitted facts and unmatched articles point at the article: line 1, or a JSONL record."""
    pytester.makefile(".md", **{"articles/one": "---\nsource: d\n---\nLena Park arrived in Oslo."})
    pytester.makefile(".txt", **{"articles/other": "Weather\nIt rained in Oslo."})
    pytester.runpytest("--facts", "facts", "articles", "--junitxml=j.xml")
    skipped = {
        case.get("classname", "") + "::" + case.get("name", ""): node.text or ""
        for case in ET.parse(pytester.path / "j.xml").iter("testcase")
        for node in case.iter("skipped")
    }
    assert skipped, "no skipped test case"
    assert not [text for text in skipped.values() if ":None:" in text], skipped
    assert skipped["articles.one.md::park-concerts"].endswith(
        "articles/one.md:1: park-concerts: not mentioned"
    )
    assert skipped["articles.other.txt::unmatched"].endswith(
        "articles/other.txt:1: the article matches no story"
    )
    assert skipped["articles.batch.jsonl.b::park-concerts"].endswith(
        "articles/batch.jsonl:2: park-concerts: not mentioned"
    )
