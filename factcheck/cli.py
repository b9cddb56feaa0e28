"""The `factcheck` command: validate fact files, explain an article's verdicts, draft a story,
score the checker against labelled verdicts."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from factcheck import scoring, suggest
from factcheck.articles import ARTICLE_SUFFIXES, Article, iter_jsonl, read_article
from factcheck.diagnose import dropped_sentences
from factcheck.engine import Checker, judge, mentions_of
from factcheck.errors import FactcheckError, FactFileError
from factcheck.facts import Fact, Story, fact_files, load_story, story_warnings
from factcheck.outputs.report import printable
from factcheck.reading import Document, Reading
from factcheck.results import OMITTED
from factcheck.world import place_warnings


def validate(paths: Sequence[str], out: TextIO) -> int:
    """Check fact files against the schema and their cross-references; 0 if all are valid."""
    failed = 0
    files = list(fact_files(paths))
    for path in files:
        try:
            story = load_story(path)
        except FactFileError as error:
            failed += 1
            print(error, file=out)
        else:
            warned = sorted(story_warnings(story) + place_warnings(story), key=lambda w: w.line)
            for warning in warned:
                print(warning, file=out)
            note = f", {len(warned)} warning{'s' if len(warned) != 1 else ''}" if warned else ""
            print(f"{path}: ok ({story.id}, {len(story.facts)} facts{note})", file=out)
    if not files:
        print("no fact files found", file=out)
        return 1
    return 1 if failed else 0


def _load(paths: Sequence[str], out: TextIO) -> list[Story] | None:
    stories, broken = [], False
    for path in fact_files(paths):
        try:
            stories.append(load_story(path))
        except FactFileError as error:
            print(error, file=out)
            broken = True
    return None if broken else stories


def explain_reading(reading: Reading, only: str | None, out: TextIO) -> None:
    """Print, for each fact, every mention found, its slot verdicts and the resulting status;
    for an omitted fact, each sentence with its phrase or its `who`, and the rule that dropped
    it."""
    doc = reading.document
    for fact in reading.story.facts:
        if only and fact.id != only:
            continue
        mentions = mentions_of(fact, reading)
        result = judge(fact, mentions, reading)
        print(f"\n{reading.story.id}/{fact.id}: {result.status}", file=out)
        for mention in mentions:
            sentence = doc.sentences[mention.index]
            how = []
            if mention.actor is not None:
                actor = sentence.text[mention.actor.start : mention.actor.end]
                how.append(f"another entity {actor!r} does it (the fact is exclusive)")
            elif mention.who is not None:
                kind = "exact" if mention.who.exact else "fuzzy"
                how.append(f"who {sentence.text[mention.who.start : mention.who.end]!r} ({kind})")
            elif mention.quote is None:
                how.append(f"who not named: {mention.via or 'carried'}")
            if mention.phrase is not None:
                how.append(f"phrase {mention.phrase.pattern.text!r}")
            if mention.quote is not None:
                how.append("quote")
            if mention.age is not None:
                how.append(f"age {mention.age.number.text!r} in apposition")
            if mention.life is not None:
                how.append(f"life span in brackets: {mention.life.text!r}")
            print(f"  line {sentence.line}: {printable(sentence.text)}", file=out)
            print(f"    found by: {', '.join(how)}", file=out)
        for slot in result.slots:
            line = f" (line {slot.evidence.line})" if slot.evidence else ""
            found = f", article says {slot.found!r}" if slot.found is not None else ""
            detail = f" [{printable(slot.detail)}]" if slot.detail else ""
            print(
                f"  {slot.slot}: {slot.status}: fact says {slot.expected!r}{found}{line}{detail}",
                file=out,
            )
        if result.status == OMITTED:
            _explain_omitted(reading, fact, out)


MAX_DROPPED = 8
"""How many dropped sentences explain lists for one omitted fact."""


def _explain_omitted(reading: Reading, fact: Fact, out: TextIO) -> None:
    dropped = list(dropped_sentences(reading, fact))
    if not dropped:
        names = ", ".join(repr(n) for eid in fact.who for n in reading.story.entities[eid].names)
        print(
            "  omitted: its quote is never quoted"
            if fact.quote
            else f"  omitted: no sentence has the `what` phrase or names the `who` ({names})",
            file=out,
        )
        return
    print("  omitted: no sentence counts as a mention; the sentences that come closest:", file=out)
    for item in dropped[:MAX_DROPPED]:
        print(f"  line {item.line}: {printable(item.text)}", file=out)
        print(f"    not a mention: {printable(item.reason)}", file=out)
    if len(dropped) > MAX_DROPPED:
        print(f"  ... and {len(dropped) - MAX_DROPPED} more sentences", file=out)


_NODE_TAILS = ("facts", "unmatched", "unreadable")
"""Node id tails that name no fact: every fact of the article is explained."""


def _target(given: str) -> tuple[str, str | None, str | None]:
    """(path, JSONL record id, fact id) of an explain target: a path, a node id
    (`articles/003.md::kim-arrives-in-russia`, `batch.jsonl::<id>::<fact>`) or
    `batch.jsonl#<id>`."""
    path, _, rest = given.partition("::")
    parts = rest.split("::") if rest else []
    record = None
    if "#" in path and not Path(path).exists():
        path, _, record = path.partition("#")
    if path.endswith(".jsonl") and parts and record is None:
        record = parts.pop(0)
    fact = parts[0] if parts and parts[0] not in _NODE_TAILS else None
    return path, record, fact


def _entries(path: str, record: str | None) -> list[Article | FactcheckError]:
    """The articles an explain target names: a file, a folder's articles, a JSONL record."""
    given = Path(path)
    if given.is_dir():
        files = sorted(p for p in given.rglob("*") if p.suffix in ARTICLE_SUFFIXES and p.is_file())
    else:
        files = [given]
    entries: list[Article | FactcheckError] = []
    for file in files:
        try:
            if file.suffix == ".jsonl":
                entries += list(iter_jsonl(file))
            else:
                entries.append(read_article(file))
        except FactcheckError as error:
            entries.append(error)
    if record is not None:
        key = f"{path}#{record}"
        entries = [e for e in entries if isinstance(e, Article) and e.key == key]
        if not entries:
            return [FactcheckError(f"no record with id {record!r}", path, None)]
    return entries


def explain(
    article_path: str | Sequence[str], facts: Sequence[str], only: str | None, out: TextIO
) -> int:
    """Explain how each fact was judged on the articles named: files, folders, node ids
    (`articles/003.md::kim-arrives-in-russia`) or JSONL records (`batch.jsonl#<id>`)."""
    stories = _load(facts, out)
    if stories is None:
        return 1
    checker = Checker(stories)
    targets = [article_path] if isinstance(article_path, str) else list(article_path)
    failed = False
    for given in targets:
        path, record, fact = _target(given)
        for entry in _entries(path, record):
            if isinstance(entry, FactcheckError):
                print(printable(str(entry)), file=out)
                failed = True
                continue
            print(f"== {printable(entry.key)}", file=out)
            try:
                routed = checker.route(entry)
            except FactcheckError as error:  # it declares a story that is not loaded
                print(printable(str(error)), file=out)
                failed = True
                continue
            if not routed:
                print("matches no story: it names none of their `about` entities", file=out)
            for sid in routed:
                compiled = checker.compiled[sid]
                anchor = entry.published or compiled.story.date
                named = compiled.about.search(entry.title) or compiled.about.search(entry.text)
                by = f" (it names {printable(named.group())!r})" if named else ""
                if entry.stories:
                    by = " (the article declares it)"
                print(f"story {sid}{by}; relative dates anchored on {anchor}", file=out)
                explain_reading(
                    Reading(Document(entry, anchor, checker.dotted_names), compiled),
                    fact or only,
                    out,
                )
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """The command line; a reader that closes the pipe early (`| head`) ends it quietly."""
    try:
        code = _run(argv)
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader is gone: point stdout at /dev/null so the flush at exit cannot fail again
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 128 + signal.SIGPIPE  # what a shell reports for a command ended by SIGPIPE
    return code


def _run(argv: Sequence[str] | None) -> int:
    parser = argparse.ArgumentParser(prog="factcheck", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("validate", help="check fact files (schema and references)")
    check.add_argument("facts", nargs="+", help="fact files or folders")
    why = commands.add_parser("explain", help="show how each fact was judged on an article")
    why.add_argument(
        "article",
        nargs="+",
        help="an article file (.txt, .md, .jsonl), a folder of them, a node id "
        "(articles/003.md::kim-arrives-in-russia) or a JSONL record (batch.jsonl#<id>)",
    )
    why.add_argument("--facts", action="append", required=True, help="fact file or folder")
    why.add_argument("--fact", help="only this fact id")
    draft = commands.add_parser("suggest", help="draft a story from what several articles agree on")
    draft.add_argument("articles", nargs="+", help="article files or folders (.txt, .md, .jsonl)")
    rate = commands.add_parser(
        "score",
        help="score the checker against labelled verdicts (articles as published, planted edits)",
        description=scoring.__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    rate.add_argument("labels", nargs="+", help="label files (YAML)")
    rate.add_argument("--story", help="the fact file of planted edits that name none")
    rate.add_argument("--json", action="store_true", help="print the figures as JSON")
    rate.add_argument(
        "--max-false",
        type=int,
        metavar="N",
        help="exit 1 when the checker makes more than N false contradictions",
    )
    args = parser.parse_args(argv)
    if args.command == "score":
        return scoring.main(args.labels, sys.stdout, args.story, args.json, args.max_false)
    if args.command == "validate":
        return validate(args.facts, sys.stdout)
    if args.command == "suggest":
        return suggest.main(args.articles, sys.stdout)
    return explain(args.article, args.facts, args.fact, sys.stdout)
