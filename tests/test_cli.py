"""The factcheck command: validate and explain."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_validate_accepts_the_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(ROOT / "facts")]) == 0
    assert "kim-russia-2023, 15 facts" in capsys.readouterr().out


def test_validate_reports_file_line_and_key_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "story: s\nabout: [a]\nentities:\n  a: {name: A}\nfacts:\n"
        "  - id: f\n    who: a\n    what: did it\n    when: 2023-13-01\n"
    )
    assert main(["validate", str(bad)]) == 1
    assert f"{bad}:9: facts[0].when: '2023-13-01' is not a valid date" in capsys.readouterr().out


def test_validate_with_no_fact_files_fails(tmp_path: Path) -> None:
    assert main(["validate", str(tmp_path)]) == 1


def test_explain_shows_mentions_slots_and_the_diff(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "explain",
            str(ROOT / "articles/003.md"),
            "--facts",
            str(ROOT / "facts"),
            "--fact",
            "miller-sanctions",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "kim-russia-2023/miller-sanctions: contradicted" in out
    assert "line 19: “We, of course" in out
    assert "quote: contradicted" in out
    assert "[-if appropriate-] {+appropriately+}" in out
    assert "kim-arrives-in-russia" not in out  # --fact keeps to one fact


def test_explain_says_why_a_fact_is_omitted(capsys: pytest.CaptureFixture[str]) -> None:
    main(
        [
            "explain",
            str(ROOT / "articles/000.md"),
            "--facts",
            str(ROOT / "facts"),
            "--fact",
            "kim-trips-abroad",
        ]
    )
    out = capsys.readouterr().out
    assert "kim-russia-2023/kim-trips-abroad: omitted" in out
    assert "no sentence counts as a mention; the sentences that come closest:" in out
    assert "  line 8: Train carrying North Korean leader Kim Jong un arrives in Russia." in out
    assert (
        "not a mention: no `what` phrase (none of its 2 phrasings; the closest): "
        "'trips abroad' lacks" in out
    )


def test_explain_an_article_about_no_story(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "other.txt"
    article.write_text("Weather\nIt rained in Leeds on Monday.\n")
    assert main(["explain", str(article), "--facts", str(ROOT / "facts")]) == 0
    assert "matches no story" in capsys.readouterr().out


def test_module_entry_point_runs_the_command(tmp_path: Path) -> None:
    import subprocess
    import sys

    shutil.copytree(ROOT / "facts", tmp_path / "facts")
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "validate", "facts"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "facts/kim-russia-2023.yaml: ok" in done.stdout


def test_suggest_prints_a_draft_that_validates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["suggest", str(ROOT / "articles")]) == 0
    draft = capsys.readouterr().out
    (tmp_path / "draft.yaml").write_text(draft)
    assert main(["validate", str(tmp_path / "draft.yaml")]) == 0
    assert "who: matthew-miller" in draft


def test_explain_prints_control_characters_as_escapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a\x1b[2K.md"
    article.write_text(
        "---\npublished: 2023-09-12\n---\nKim Jong Un arrived in Russia on Friday\x1b[2K.\n"
    )
    code = main(
        ["explain", str(article), "--facts", str(ROOT / "facts"), "--fact", "kim-arrives-in-russia"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "\x1b" not in out
    assert f"== {tmp_path}/a\\x1b[2K.md" in out
    assert "line 4: Kim Jong Un arrived in Russia on Friday\\x1b[2K." in out
    assert "kim-russia-2023/kim-arrives-in-russia: contradicted" in out
