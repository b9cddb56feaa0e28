"""The `factcheck` command: validate fact files, explain an article's verdicts, draft a story."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from factcheck import suggest
from factcheck.articles import Article, iter_jsonl, read_article
from factcheck.engine import Checker, judge
from factcheck.errors import FactcheckError, FactFileError
from factcheck.facts import Story, fact_files, load_story
from factcheck.outputs.report import printable
from factcheck.reading import Document, Reading


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
            print(f"{path}: ok ({story.id}, {len(story.facts)} facts)", file=out)
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
    """Print, for each fact, every mention found, its slot verdicts and the resulting status."""
    doc = reading.document
    for fact in reading.story.facts:
        if only and fact.id != only:
            continue
        mentions = reading.mentions(fact)
        result = judge(fact, mentions, reading)
        print(f"\n{reading.story.id}/{fact.id}: {result.status}", file=out)
        for mention in mentions:
            sentence = doc.sentences[mention.index]
            how = []
            if mention.who is not None:
                kind = "exact" if mention.who.exact else "fuzzy"
                how.append(f"who {sentence.text[mention.who.start : mention.who.end]!r} ({kind})")
            elif mention.quote is None:
                how.append("who carried from the sentence before")
            if mention.phrase is not None:
                how.append(f"phrase {mention.phrase.pattern.text!r}")
            if mention.quote is not None:
                how.append("quote")
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
        if not mentions:
            named = [
                doc.sentences[i]
                for i, spans in enumerate(reading.entities)
                if any(s.ref in fact.who for s in spans)
            ]
            why = (
                "its quote is never quoted"
                if fact.quote
                else "no sentence has who and what together"
            )
            print(f"  omitted: {why}", file=out)
            for sentence in named[:5]:
                print(f"  who named at line {sentence.line}: {printable(sentence.text)}", file=out)


def explain(article_path: str, facts: Sequence[str], only: str | None, out: TextIO) -> int:
    """Explain how each fact was judged on one article (or each article of a JSONL batch)."""
    stories = _load(facts, out)
    if stories is None:
        return 1
    checker = Checker(stories)
    try:
        entries: list[Article | FactcheckError] = (
            list(iter_jsonl(article_path))
            if article_path.endswith(".jsonl")
            else [read_article(article_path)]
        )
    except FactcheckError as error:
        print(error, file=out)
        return 1
    for entry in entries:
        if isinstance(entry, FactcheckError):
            print(entry, file=out)
            continue
        print(f"== {printable(entry.key)}", file=out)
        routed = checker.route(entry)
        if not routed:
            print("matches no story: it names none of their `about` entities", file=out)
        for sid in routed:
            compiled = checker.compiled[sid]
            anchor = entry.published or compiled.story.date
            print(f"story {sid}; relative dates anchored on {anchor}", file=out)
            explain_reading(Reading(Document(entry, anchor), compiled), only, out)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="factcheck", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("validate", help="check fact files (schema and references)")
    check.add_argument("facts", nargs="+", help="fact files or folders")
    why = commands.add_parser("explain", help="show how each fact was judged on an article")
    why.add_argument("article", help="a .txt, .md or .jsonl article file")
    why.add_argument("--facts", action="append", required=True, help="fact file or folder")
    why.add_argument("--fact", help="only this fact id")
    draft = commands.add_parser("suggest", help="draft a story from what several articles agree on")
    draft.add_argument("articles", nargs="+", help="article files or folders (.txt, .md, .jsonl)")
    args = parser.parse_args(argv)
    if args.command == "validate":
        return validate(args.facts, sys.stdout)
    if args.command == "suggest":
        return suggest.main(args.articles, sys.stdout)
    return explain(args.article, args.facts, args.fact, sys.stdout)
