"""Draft a story from what several articles agree on (the `factcheck suggest` command).

The draft names the entities at least half of the articles name (spellings grouped as aliases),
the places two or more of them put things in, and two kinds of facts: quotes that two or more
articles quote, with their speaker, and numbers that two or more articles put before the same
words next to the same entity (`two delegations`). Each fact is then judged on every article as
the plugin will judge it: it is kept when two or more sources state it alike, and its comment
names the sources that state it and those that state it differently.
"""

from __future__ import annotations

import math
import re
import textwrap
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path
from typing import Any, TextIO

import yaml

from factcheck.articles import ARTICLE_SUFFIXES, Article, article_sentences, iter_jsonl
from factcheck.articles import read_article
from factcheck.checks.who import speaker_in
from factcheck.engine import Checker
from factcheck.errors import FactcheckError
from factcheck.facts import Entity, Story, parse_story
from factcheck.match import align_quote, normalize_word, quote_words, words
from factcheck.numbers import find_numbers
from factcheck.reading import PREPOSITIONS, CompiledStory, Document, Reading
from factcheck.results import CONSISTENT, CONTRADICTED, FactResult

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_HONORIFICS = frozenset("mr mrs ms dr".split())
_ABBREVIATED = _HONORIFICS | frozenset("gen sen rep gov lt col prof st".split())
_TITLES = _ABBREVIATED | frozenset(
    "president minister secretary spokesman spokesperson spokeswoman chancellor premier leader"
    " chief constable director ambassador governor mayor senator general king queen prince pope"
    " judge commander captain adviser advisor".split()
)
_STOP = frozenset(
    "a an the and or but if of for in on at to from by with as any all some no not this that these"
    " those there it its he she they we i you his her their our will would can could should may"
    " might must is are was were be been has have had do does did january february march april"
    " june july august september october november december jan feb mar apr jun jul aug sep sept"
    " oct nov dec monday tuesday wednesday thursday friday saturday sunday".split()
)
_STOP_WORD = re.compile(rf"\b(?:{'|'.join(_STOP)})\b")
PLACE_SHARE = 1 / 3
"""A name that follows in/at/to/from in this share of its mentions is taken for a place."""
MIN_QUOTE_WORDS = 5
"""A quoted span needs this many words to become a quote fact."""


@dataclass
class _Name:
    """A name as seen across the articles: its spellings, and its mentions after in/at/to/from."""

    spellings: Counter[str] = field(default_factory=Counter)
    articles: set[int] = field(default_factory=set)
    located: Counter[int] = field(default_factory=Counter)  # article -> mentions after `in`...
    titled: set[str] = field(default_factory=set)  # `Mr. Kim`

    def best(self) -> str:
        """The usual spelling: a full name before a bare last name, then the most used."""
        return max(self.spellings, key=lambda s: (" " in s, self.spellings[s], s.istitle()))


def _parts(spelling: str) -> list[str]:
    """The words of a spelling, the dots of `U.S.` dropped."""
    return re.findall(r"[^\W_]+(?:['’][^\W_]+)*", re.sub(r"(?<=[A-Z])\.", "", spelling))


def _names_in(text: str, lower: set[str]) -> Iterator[tuple[str, str, str]]:
    """(spelling, `Mr. Kim` spelling or "", word before) of each capitalised name in a sentence."""
    tokens = list(_TOKEN.finditer(text))
    raw = [t.group() for t in tokens]
    runs: list[list[int]] = []  # capitalised words apart by spaces only, or `Mr. Kim`
    for k, word in enumerate(raw):
        if not word[0].isupper() or word.lower() in _STOP or (k == 0 and word.lower() in lower):
            continue  # not a name, or a common word opening the sentence
        gap = text[tokens[k - 1].end() : tokens[k].start()] if k else ""
        joined = gap.isspace() or (raw[k - 1].lower() in _ABBREVIATED and gap.startswith(". "))
        if runs and runs[-1][-1] == k - 1 and joined and not _POSSESSIVE.search(raw[k - 1]):
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:  # `Russian President Vladimir Putin`: `Russian`, `Vladimir Putin`
        for is_title, group in groupby(run, key=lambda k: raw[k].lower() in _TITLES):
            name = list(group)
            if is_title or len(name) > 4:
                continue
            k, end = name[0] - 1, tokens[name[-1]].end()
            honorific = k >= 0 and raw[k].lower() in _HONORIFICS
            titled = _POSSESSIVE.sub("", text[tokens[k].start() : end]) if honorific else ""
            while k >= 0 and (raw[k].lower() in _TITLES | {"the"} or _POSSESSIVE.search(raw[k])):
                k -= 1  # `in the Far East`, `in Russia's Far East`
            spelling = _POSSESSIVE.sub("", text[tokens[name[0]].start() : end])
            yield spelling, titled, raw[k].lower() if k >= 0 else ""


def _names(articles: Sequence[Article]) -> list[_Name]:
    """Every name, spellings grouped: case and hyphen variants, `Putin` with `Vladimir Putin`."""
    lower = {w for a in articles for w in _TOKEN.findall(a.text) if w[0].islower()}
    names: dict[tuple[str, ...], _Name] = defaultdict(_Name)
    for index, article in enumerate(articles):
        for sentence in article_sentences(article):
            for spelling, titled, before in _names_in(sentence.text, lower):
                name = names[tuple(map(normalize_word, _parts(spelling)))]
                name.spellings[spelling] += 1
                name.articles.add(index)
                name.located[index] += before in ("in", "at", "to", "from")
                name.titled |= {titled} - {""}
    ends = {key[-1] for key in names}
    for key in [k for k in names if _adjective(k[-1], ends)]:
        del names[key]
    parent: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key, name in names.items():
        whole = [k for k, n in names.items() if len(n.articles) > 1 and _part_of(key, name, k)]
        if len(whole) == 1:  # `Korea`, part of `North Korea` and `South Korea`, stays apart
            parent[key] = whole[0]
    for key in sorted(parent, key=len):
        root = parent[key]
        while root in parent:
            root = parent[root]
        part, into = names.pop(key), names[root]
        into.spellings += part.spellings
        into.articles |= part.articles
        into.located += part.located
        into.titled |= part.titled
    return list(names.values())


def _adjective(word: str, vocabulary: set[str]) -> bool:
    """`russian` beside `russia`, `chinese` beside `china`: an adjective, not a name."""
    return word.endswith(("n", "ese", "ish")) and any(
        v != word and len(v) >= 4 and word.startswith(v[:-1]) and len(word) - len(v) <= 3
        for v in vocabulary
    )


def _part_of(key: tuple[str, ...], name: _Name, whole: tuple[str, ...]) -> bool:
    """`Putin` of `Vladimir Putin`, `Kim` of `Kim Jong Un`, `UN Security Council` of `United...`."""
    parts = _parts(name.best())
    if len(key) >= len(whole):
        return False
    if len(parts) == 1 and not parts[0].isupper() and key[0] == whole[0]:
        return True
    return any(_spells(parts, whole[k:]) for k in range(len(whole)))


def _spells(parts: list[str], key: tuple[str, ...]) -> bool:
    """Whether ``parts`` name exactly ``key``, word for word or by acronyms (`UN`, `US`)."""
    if not parts:
        return not key
    head, n = parts[0], len(parts[0])
    if key and normalize_word(head) == key[0] and _spells(parts[1:], key[1:]):
        return True
    initials = "".join(w[0] for w in key[:n])
    return head.isupper() and 1 < n <= len(key) and initials == head.lower() and _spells(
        parts[1:], key[n:]
    )


def _slug(text: str, taken: set[str]) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = base = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:48].strip("-") or "x"
    while slug in taken:
        slug = f"{base}-{sum(t.startswith(base) for t in taken) + 1}"
    taken.add(slug)
    return slug


def _section(names: list[_Name], taken: set[str]) -> dict[str, dict[str, Any]]:
    """Entities or places by id: the usual name, and the other spellings as aliases."""
    out: dict[str, dict[str, Any]] = {}
    for name in sorted(names, key=lambda n: (-len(n.articles), -n.spellings.total(), n.best())):
        usual = name.best()
        aliases = sorted(set(name.spellings) - {usual}, key=lambda s: (-name.spellings[s], s))
        aliases += sorted(name.titled - {usual, *aliases})
        out[_slug(usual, taken)] = {"name": usual, "aliases": aliases} if aliases else {"name": usual}
    return out


def _quote_facts(readings: list[Reading]) -> Iterator[dict[str, Any]]:
    """A fact per quote that two or more articles quote, in the rendering most of them give."""
    clusters: list[list[tuple[int, str, tuple[str, ...], str | None]]] = []
    for a, reading in enumerate(readings):
        for first, last, quoted in reading.document.quotes:
            text = " ".join(quoted.text.split()).strip(" ,;:.")
            said = quote_words(text)
            if len(said) < MIN_QUOTE_WORDS:
                continue
            # the speaker, found as the `who` check finds it
            spans = (speaker_in(reading, i, 0 if i == first else 2) for i in range(first, last + 1))
            who = next((span.ref for span in spans if span is not None), None)
            same = (c for c in clusters if any(b != a and align_quote(w, text) for b, _, w, _ in c))
            cluster = next(same, None)
            if cluster is None:
                clusters.append(cluster := [])
            cluster.append((a, text, said, who))
    for cluster in clusters:
        rendered = Counter(said for _, said in {(a, said) for a, _, said, _ in cluster})
        speakers = Counter(who for _, who in {(a, who) for a, _, _, who in cluster if who})
        if len({a for a, *_ in cluster}) > 1 and speakers:
            said = max(rendered, key=lambda w: (rendered[w], len(w)))
            text = next(text for _, text, words, _ in cluster if words == said)
            yield {"who": speakers.most_common(1)[0][0], "quote": text}


def _count_facts(readings: list[Reading]) -> Iterator[dict[str, Any]]:
    """A fact per number that two or more articles put before the same words about an entity."""
    seen: dict[tuple[str, tuple[str, ...]], dict[int, tuple[float, str]]] = defaultdict(dict)
    for a, reading in enumerate(readings):
        for index, sentence in enumerate(reading.document.sentences):
            tokens, text = reading.document.tokens[index], sentence.text
            for number in find_numbers(text):
                after = re.match(r" ([a-z][\w’'-]*(?: [a-z][\w’'-]*){0,2})", text[number.end :])
                glued = text[max(0, number.start - 1) : number.start] == "-"  # `one-on-one`
                if number.ordinal or number.approximate or glued or after is None:
                    continue
                phrase = " ".join(_STOP_WORD.split(after.group(1))[0].split())
                subjects = [  # as for `what` phrases: not a name after `to`, `by`...
                    s
                    for s in reading.entities[index]
                    if s.end <= number.start and tokens[s.first - 1].norm not in PREPOSITIONS
                ]
                if phrase and subjects:
                    seen[(subjects[-1].ref, words(phrase))].setdefault(a, (number.value, phrase))
    for (who, _), stated in seen.items():
        value, agreeing = Counter(v for v, _ in stated.values()).most_common(1)[0]
        if agreeing > 1:
            what = Counter(w for v, w in stated.values() if v == value).most_common(1)[0][0]
            yield {"who": who, "what": what, "count": int(value) if value == int(value) else value}


def _judged(
    draft: str, facts: list[dict[str, Any]], articles: Sequence[Article]
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each fact that two or more sources state alike, with a comment on who states it how."""
    checker = Checker([parse_story(draft, "<draft>")])
    verdicts: defaultdict[str, list[tuple[str, FactResult]]] = defaultdict(list)
    for article in articles:
        for result in checker.check(article):
            if result.status in (CONSISTENT, CONTRADICTED):
                verdicts[result.fact].append((article.key, result))
    for fact in facts:
        stated = verdicts[fact["id"]]
        if sum(result.status == CONSISTENT for _, result in stated) < 2:
            continue
        comment = f"stated by {len(stated)} of {len(articles)} sources"
        comment += f" ({', '.join(key for key, _ in stated)})"
        differs = [
            f"{key}: {'' if s.slot in ('quote', 'count') else s.slot + ' '}{_quoted(s.found)}"
            + (f" ({s.detail})" if s.detail else "")
            for key, result in stated
            for s in result.slots
            if s.status == CONTRADICTED
        ]
        yield comment + ("; differs in " + "; ".join(differs) if differs else ""), fact


def _quoted(text: str | None) -> str:
    """``text`` on one line of printable characters, in double quotes (for a YAML comment)."""
    return '"' + " ".join("".join(c for c in text or "" if c.isprintable()).split()) + '"'


def _render(head: dict[str, Any], facts: list[tuple[str, dict[str, Any]]]) -> str:
    """The story as YAML: values written by yaml.safe_dump, comments added between them."""

    def dump(data: object, flow: bool | None = None) -> str:
        return yaml.safe_dump(
            data, sort_keys=False, allow_unicode=True, width=10**6, default_flow_style=flow
        )

    places = head.pop("places")
    parts = [dump(head)]
    if places:
        parts.append(
            "# Places named after in/at/to/from by two or more sources. Add `in: <place id>` to\n"
            "# put a place inside another (a city in its region, a region in its country).\n"
            + dump({"places": places})
        )
    head["places"] = places
    listed = [(f"  # {c}\n" if c else "") + textwrap.indent(dump([f], False), "  ") for c, f in facts]
    return "\n".join([*parts, "facts:\n" + "".join(listed)])


def suggest_story(articles: Sequence[Article]) -> str:
    """A draft story (YAML text with comments) of what several of ``articles`` agree on.

    Raises ValueError when no name or no fact is shared by enough of the articles.
    """
    need = max(2, math.ceil(len(articles) / 2))
    names = _names(articles)
    placed = [n for n in names if sum(n.located.values()) >= PLACE_SHARE * n.spellings.total()]
    people = [n for n in names if len(n.articles) >= need and n not in placed]
    places = [n for n in names if n not in people and sum(map(bool, n.located.values())) > 1]
    if not people:
        raise ValueError(f"no name is used by {need} or more of the {len(articles)} articles")
    taken: set[str] = set()
    named, located = _section(people, taken), _section(places, taken)
    entities = {i: Entity(i, e["name"], tuple(e.get("aliases", ()))) for i, e in named.items()}
    compiled = CompiledStory.build(Story("draft", "<draft>", (), entities, {}, ()))
    readings = [Reading(Document(a, a.published), compiled) for a in articles]
    mentions = Counter(span.ref for r in readings for spans in r.entities for span in spans)
    titles = Counter(a.title.strip() for a in articles if a.title.strip())
    head: dict[str, Any] = {"story": "draft", "title": "TODO: the story's title"}
    if titles:  # the title whose words the other titles use most
        bag = Counter(w for t in titles for w in set(words(t)) - _STOP)
        head["title"] = max(titles, key=lambda t: sum(bag[w] - 1 for w in words(t)) / len(t))
    if dates := Counter(a.published for a in articles if a.published):
        head["date"] = dates.most_common(1)[0][0]
    head |= {"about": [max(entities, key=mentions.__getitem__)], "entities": named}
    head["places"] = located
    facts = [*_quote_facts(readings), *_count_facts(readings)]
    for fact in facts:
        said = [w for w in words(str(fact.get("quote") or fact["what"])) if w not in _STOP]
        fact["id"] = _slug(" ".join([fact["who"], *said[:4]]), taken)
        fact.update({k: fact.pop(k) for k in ("who", "what", "quote", "count") if k in fact})
    kept = list(_judged(_render(head, [("", f) for f in facts]), facts, articles)) if facts else []
    if not kept:
        raise ValueError(f"no fact is stated alike by two or more of the {len(articles)} articles")
    draft = f"# Draft story from {len(articles)} articles: {', '.join(a.key for a in articles)}.\n"
    draft += "# Review every entry: names, places and facts were found by machine.\n"
    draft += _render(head, kept)
    parse_story(draft, "<draft>")  # a draft that is not a valid story is a bug: let it raise
    return draft


def main(paths: Sequence[str], out: TextIO) -> int:
    """Print a draft story for the articles under ``paths``; 1 with a message if there is none."""
    articles: list[Article] = []
    skipped = ""
    for given in map(Path, paths):
        found = given.rglob("*") if given.is_dir() else [given]
        for file in sorted(f for f in found if f.suffix in ARTICLE_SUFFIXES or f == given):
            try:
                read = list(iter_jsonl(file)) if file.suffix == ".jsonl" else [read_article(file)]
            except OSError as error:
                read = [FactcheckError(f"cannot read: {error.strerror}", str(file))]
            except FactcheckError as error:
                read = [error]
            articles += [entry for entry in read if isinstance(entry, Article)]
            skipped += "".join(f"# skipped {_quoted(str(e))}\n" for e in read if e not in articles)
    try:
        if len(articles) < 2:
            raise ValueError(f"needs two or more readable articles, found {len(articles)}")
        draft = suggest_story(articles)
    except ValueError as error:
        print(f"{skipped}factcheck suggest: {error}", file=out)
        return 1
    print(skipped + draft, end="", file=out)
    return 0
