"""`factcheck explain`: which rule dropped which sentence, the targets it takes, quiet pipes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.articles import read_article
from factcheck.cli import main
from factcheck.diagnose import MENTION, _subject_reason
from factcheck.engine import Checker
from factcheck.facts import fact_files, load_story
from factcheck.match import find_phrase
from factcheck.reading import Document, Reading

ROOT = Path(__file__).resolve().parent.parent
STORY = """\
story: visit
date: 2016-11-10
about: [trump]
entities:
  trump: {name: Donald Trump, aliases: [Trump]}
  ryan: {name: Paul Ryan, aliases: [Ryan]}
  obama: {name: Barack Obama, aliases: [Obama]}
  strikes: {name: air strikes}
places:
  washington: {name: Washington}
facts:
  - id: trump-met-obama
    who: trump
    what: met
  - id: trump-toured
    who: trump
    what: toured the Capitol
  - id: trump-aides
    who: trump
    what: aides
    count: 12
"""
OLD_MESSAGE = "no sentence has who and what together"


def explain(tmp_path: Path, text: str, fact: str, capsys: pytest.CaptureFixture[str]) -> str:
    (tmp_path / "visit.yaml").write_text(STORY, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(f"News from Washington\n{text}\n", encoding="utf-8")
    assert main(["explain", f"{article}::{fact}", "--facts", str(tmp_path / "visit.yaml")]) == 0
    out = capsys.readouterr().out
    assert f"visit/{fact}: omitted" in out
    assert OLD_MESSAGE not in out
    return out


@pytest.mark.parametrize(
    ("text", "fact", "reason"),
    [
        (
            "Donald Trump met Paul Ryan on Thursday.",
            "trump-met-obama",
            "phrase 'met': the phrase acts on 'Paul Ryan' (ryan), another entity: another event",
        ),
        (
            "Donald Trump said Paul Ryan toured the Capitol.",
            "trump-toured",
            "phrase 'toured the Capitol': the nearest name before the phrase is 'Paul Ryan' "
            "(ryan), another entity",
        ),
        (
            "Obama spoke of air strikes that Trump met with scorn.",
            "trump-met-obama",
            "phrase 'met': 'Trump' (trump) stands in a relative clause (`that`/`which`) about "
            "'air strikes' (strikes): that entity's event",
        ),
        (
            "Trump waved, while the crowd met outside.",
            "trump-met-obama",
            "phrase 'met': another clause: `, while` stands between 'Trump' (trump) and the "
            "phrase, so the phrase has a subject of its own",
        ),
        (
            "A letter to Trump met with silence.",
            "trump-met-obama",
            "phrase 'met': no subject: 'Trump' (trump) follows `to`: an object",
        ),
        (
            "Donald Trump was given a tour. Aides met guests.",
            "trump-met-obama",
            "phrase 'met': no name of the `who` in the sentence, no `he`/`she` referring "
            "to the sentence before, and no event of the story implied",
        ),
        (
            "Donald Trump brought aides to Washington.",
            "trump-aides",
            "phrase 'aides': a mention, but the count check finds no number for it",
        ),
        (
            "Aides met reporters when Trump arrived.",
            "trump-met-obama",
            "phrase 'met': 'Trump' (trump) is named after the phrase in another clause",
        ),
        (
            "Donald Trump arrived. His driver met reporters.",
            "trump-met-obama",
            "phrase 'met': the possessive before the phrase owns its subject (`Her mother "
            "died`): the noun, not its owner, does the act",
        ),
        (
            "Donald Trump had tried to tour the Capitol on Wednesday.",
            "trump-toured",
            "phrase 'toured the Capitol': an attempt (`tried to`, `in a bid to`): the act is "
            "not said to be done",
        ),
        (
            "An earlier version of this article said Donald Trump toured the Capitol.",
            "trump-toured",
            "phrase 'toured the Capitol': what a correction says the text said before: "
            "retracted, not stated",
        ),
        (
            "Had Donald Trump toured the Capitol, he would have met Obama.",
            "trump-toured",
            "phrase 'toured the Capitol': a condition opening with `Had`, `Should` or `Were`: "
            "not said to be done",
        ),
        (
            "Donald Trump smiled for the cameras.",
            "trump-toured",
            "no `what` phrase: 'toured the Capitol' lacks 'toured', 'Capitol' here",
        ),
    ],
)
def test_an_omitted_fact_names_the_rule_that_dropped_each_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, fact: str, reason: str
) -> None:
    out = explain(tmp_path, text, fact, capsys)
    assert "omitted: no sentence counts as a mention; the sentences that come closest:" in out
    assert f"    not a mention: {reason}" in out


def test_sentences_with_the_phrase_come_before_those_naming_only_the_who(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = explain(
        tmp_path,
        "Donald Trump smiled.\nTrump waved.\nTrump met Paul Ryan.",
        "trump-met-obama",
        capsys,
    )
    lines = [line for line in out.splitlines() if line.startswith("  line ")]
    assert lines[0] == "  line 4: Trump met Paul Ryan."
    assert lines[1:] == ["  line 2: Donald Trump smiled.", "  line 3: Trump waved."]


def test_an_omitted_quote_shows_the_quotes_that_come_close(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    story = (ROOT / "facts" / "kim-russia-2023.yaml").read_text(encoding="utf-8")
    (tmp_path / "kim.yaml").write_text(story, encoding="utf-8")
    article = tmp_path / "a.md"
    article.write_text(
        "---\npublished: 2023-09-12\n---\nKim Jong Un arrived.\n"
        'Matthew Miller said: "the Security Council has multiple resolutions, and a transfer'
        ' would be in violation, Russia and North Korea know."\n',
        encoding="utf-8",
    )
    assert main(["explain", f"{article}::miller-unsc-warning", "--facts", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "miller-unsc-warning: omitted" in out
    assert "  line 5: Matthew Miller said:" in out
    assert "not a mention: a quote sharing 12 of the fact's 19 words that does not align" in out


def test_no_sentence_at_all_says_which_names_were_looked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "visit.yaml").write_text(STORY, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Donald Trump\nIt rained.\n", encoding="utf-8")
    main(["explain", str(article), "--fact", "trump-met-obama", "--facts", str(tmp_path)])
    out = capsys.readouterr().out
    assert "story visit (it names 'Donald Trump')" in out
    assert "omitted: no sentence has the `what` phrase or names the `who`" not in out
    assert "  line 1: Donald Trump" in out  # the title names the who


def test_the_diagnosis_agrees_with_the_reading_on_the_whole_corpus() -> None:
    """Every phrase match in the labelled corpus: explain calls it a mention exactly when the
    reading does, so explain never names a rule the reading did not apply."""
    stories = [load_story(p) for p in fact_files([ROOT / "tests/corpus/stories", ROOT / "facts"])]
    checker = Checker(stories)
    paths = sorted((ROOT / "tests/corpus/articles").glob("*.md"))
    paths += sorted((ROOT / "articles").glob("*.md"))
    judged = 0
    for path in paths:
        article = read_article(path)
        for sid in checker.route(article):
            compiled = checker.compiled[sid]
            reading = Reading(Document(article, article.published), compiled)
            for fact in compiled.story.facts:
                if fact.quote:
                    continue
                who = frozenset(fact.who)
                for pattern in compiled.phrases[fact.id]:
                    for index, tokens in enumerate(reading.document.tokens):
                        asides = reading.document.aside_tokens(index)
                        places = reading.places[index]
                        for match in find_phrase(pattern, tokens, places, asides=asides):
                            kept = reading._subject(index, match, who) is not False
                            reason = _subject_reason(reading, index, match, who)
                            assert kept == (reason == MENTION), (path, fact.id, index, reason)
                            judged += 1
    assert judged > 200


def test_a_folder_a_node_id_and_jsonl_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    facts = str(ROOT / "facts")
    assert main(["explain", str(ROOT / "articles"), "--facts", facts, "--fact", "war-began"]) == 0
    out = capsys.readouterr().out
    assert [line for line in out.splitlines() if line.startswith("== ")] == [
        f"== {ROOT}/articles/00{n}.md" for n in range(5)
    ]
    assert (
        main(["explain", f"{ROOT}/articles/003.md::kim-arrives-in-russia", "--facts", facts]) == 0
    )
    out = capsys.readouterr().out
    assert "kim-russia-2023/kim-arrives-in-russia: consistent" in out
    assert out.count("\nkim-russia-2023/") == 1

    batch = tmp_path / "batch.jsonl"
    with batch.open("w", encoding="utf-8") as handle:
        for n in range(3):
            article = read_article(ROOT / "articles" / f"00{n}.md")
            record = {"id": f"r{n}", "title": article.title, "text": article.text}
            handle.write(json.dumps(record | {"published": str(article.published)}) + "\n")
    assert main(["explain", f"{batch}#r1", "--facts", facts, "--fact", "war-began"]) == 0
    out = capsys.readouterr().out
    assert [line for line in out.splitlines() if line.startswith("== ")] == [f"== {batch}#r1"]
    assert main(["explain", f"{batch}::r2::kim-arrives-in-russia", "--facts", facts]) == 0
    out = capsys.readouterr().out
    assert [line for line in out.splitlines() if line.startswith("== ")] == [f"== {batch}#r2"]
    assert out.count("\nkim-russia-2023/") == 1
    assert main(["explain", f"{batch}#nope", "--facts", facts]) == 1
    assert "no record with id 'nope'" in capsys.readouterr().out


def test_a_reader_that_closes_the_pipe_early_ends_it_quietly() -> None:
    args = ["explain", *["articles"] * 12, "--facts", "facts"]  # far more than a pipe holds
    process = subprocess.Popen(
        [sys.executable, "-m", "factcheck", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    head = [process.stdout.readline() for _ in range(3)]
    process.stdout.close()  # as `| head -3` does
    errors = process.stderr.read().decode()
    process.stderr.close()
    code = process.wait()
    assert head[0] == b"== articles/000.md\n"
    assert errors == ""
    assert code == 141  # 128 + SIGPIPE, as a shell reports for `seq 1e9 | head -3`
