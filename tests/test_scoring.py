"""`factcheck score`: label files, planted edits, the figures and labels that cannot be scored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck import scoring
from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent

STORY = """\
story: visit
about: [halvorsen]
entities:
  halvorsen: {name: Ingrid Halvorsen}
places:
  oslo: {name: Oslo}
facts:
  - id: arrived
    who: halvorsen
    what: [arrived in Oslo]
    when: 2024-03-05
  - id: signed
    who: halvorsen
    what: [signed the accord]
"""

ARTICLE = """\
---
published: 2024-03-06
---
Ingrid Halvorsen arrived in Oslo on Tuesday. She was greeted at the station.
"""

LABELS = """\
stories:
  - story: facts/visit.yaml
    articles:
      articles/a.md:
        arrived: consistent
        signed: omitted
      articles/b.md:
        arrived: {status: consistent, note: the label is wrong on purpose}
edits:
  - id: weekday-changed
    story: facts/visit.yaml
    article: articles/a.md
    fact: arrived
    edit: {replace: "on Tuesday", with: "on Monday"}
    expect: contradicted
    slot: when
  - id: city-kept
    story: facts/visit.yaml
    article: articles/a.md
    fact: arrived
    edit: {delete_sentence: "She was greeted at the station."}
    expect: consistent
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "facts").mkdir()
    (tmp_path / "facts" / "visit.yaml").write_text(STORY, encoding="utf-8")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.md").write_text(ARTICLE, encoding="utf-8")
    wrong_day = ARTICLE.replace("on Tuesday", "on Sunday")  # Sunday the 3rd: not the 5th
    (tmp_path / "articles" / "b.md").write_text(wrong_day, encoding="utf-8")
    (tmp_path / "labels.yaml").write_text(LABELS, encoding="utf-8")
    return tmp_path


def score(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["score", *args])
    return code, capsys.readouterr().out


def test_the_figures_of_articles_as_published_and_of_planted_edits(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = score([str(corpus / "labels.yaml"), "--json"], capsys)
    report = json.loads(out)
    published, planted = report["sets"]["as published"], report["sets"]["planted edits"]
    # b.md says Sunday, the label says consistent: a false contradiction by the label's word
    assert (published["cells"], published["false_contradictions"], published["raised"]) == (3, 1, 1)
    assert (published["consistent_found"], published["consistent"]) == (1, 2)
    assert (published["omitted_found"], published["omitted"]) == (1, 1)
    assert (planted["caught"], planted["contradictions"], planted["raised_false"]) == (1, 1, 0)
    assert (planted["consistent_found"], planted["agreement"]) == (1, 2)
    (wrong,) = report["disagreements"]
    assert (wrong["id"], wrong["expected"], wrong["got"], wrong["contradicted"]) == (
        "b::arrived",
        "consistent",
        "contradicted",
        ["when"],
    )
    assert (wrong["file"], wrong["line"]) == (str(corpus / "labels.yaml"), 8)
    assert report["errors"] == [] and code == 0


def test_text_output_names_each_disagreement_by_file_and_line(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = score([str(corpus / "labels.yaml")], capsys)
    assert "as published: 3 cells" in out
    assert "  false contradictions:                      1/3 (33%)" in out
    assert "  contradictions caught on the right slot:   1/1 (100%)" in out
    assert f"{corpus / 'labels.yaml'}:8: b::arrived: consistent -> contradicted on when" in out
    assert code == 0


def test_more_false_contradictions_than_allowed_fail(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert score([str(corpus / "labels.yaml"), "--max-false", "1"], capsys)[0] == 0
    code, out = score([str(corpus / "labels.yaml"), "--max-false", "0"], capsys)
    assert code == 1 and "1 false contradictions, more than 0" in out


def test_paths_are_read_from_the_label_files_folder(
    corpus: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = corpus / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    code, out = score(["../labels.yaml", "--json"], capsys)
    assert code == 0 and json.loads(out)["sets"]["as published"]["cells"] == 3


def test_a_list_of_planted_edits_takes_its_story_from_the_command_line(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edits = corpus / "edits.yaml"
    edits.write_text(
        "- article: articles/a.md\n"
        "  fact: arrived\n"
        '  edit: {replace: "in Oslo", with: "in Bergen"}\n'
        "  expect: omitted\n",
        encoding="utf-8",
    )
    code, out = score([str(edits), "--story", str(corpus / "facts" / "visit.yaml")], capsys)
    assert code == 0 and "planted edits: 1 cells" in out
    code, out = score([str(edits)], capsys)
    assert code == 1 and f"{edits}:1: a planted edit needs `story`" in out


BROKEN = """\
stories:
  - story: facts/visit.yaml
    articles:
      articles/a.md:
        arrived: consistant
        no-such-fact: omitted
        signed: omitted
      articles/missing.md:
        arrived: consistent
edits:
  - id: stale
    story: facts/visit.yaml
    article: articles/a.md
    fact: arrived
    edit: {replace: "on Friday", with: "on Monday"}
    expect: contradicted
"""


def test_labels_that_cannot_be_scored_are_reported_and_the_rest_scored(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    labels = corpus / "broken.yaml"
    labels.write_text(BROKEN, encoding="utf-8")
    code, out = score([str(labels)], capsys)
    assert code == 1
    assert f"{labels}:5: status 'consistant' is not one of consistent, contradicted" in out
    assert f"{labels}:6: story 'visit' has no fact 'no-such-fact'" in out
    assert f"{labels}:9: article " in out and "missing.md" in out
    assert f"{labels}:11: stale: replace occurs 0 times in the article, not once" in out
    assert "as published: 1 cells" in out  # `signed` on a.md is still scored
    assert "omissions found:                           1/1 (100%)" in out


def test_a_label_file_that_is_not_yaml_is_reported_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    labels = tmp_path / "labels.yaml"
    labels.write_text("stories:\n  - story: [unclosed\n", encoding="utf-8")
    code, out = score([str(labels)], capsys)
    assert code == 1 and f"{labels}:" in out and "invalid YAML" in out
    labels.write_text("verdicts: {}\n", encoding="utf-8")
    code, out = score([str(labels)], capsys)
    assert code == 1 and "unknown key 'verdicts'" in out


def test_an_edit_deletes_a_sentence_and_one_space_beside_it() -> None:
    text = "One. Two. Three."
    assert scoring.apply_edit(text, {"delete_sentence": "Two."}) == "One. Three."
    assert scoring.apply_edit(text, {"delete_sentence": "Three."}) == "One. Two."
    with pytest.raises(ValueError, match="occurs 0 times"):
        scoring.apply_edit(text, {"replace": "Four", "with": "Five"})


def test_the_corpus_labels_score_as_the_corpus_tests_judge_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The repository's own label file, scored from its root: the same verdicts as the
    labelled corpus tests reach (tests/test_corpus.py), cell by cell."""
    from test_corpus import EXPECTED, verdict

    monkeypatch.chdir(ROOT)
    labels, errors = scoring.load_labels("tests/corpus/expected.yaml")
    outcomes, unscored = scoring.score(labels)
    assert errors == [] and unscored == []
    by_cell = {(o.label.article, o.label.fact): o.status for o in outcomes}
    cases = [c for c in EXPECTED if (c.article, c.fact) in by_cell]
    assert len(cases) == len(outcomes) > 400
    assert all(by_cell[c.article, c.fact] == verdict(c).status for c in cases)
