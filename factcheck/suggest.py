"""Draft a story from what several articles agree on (the `factcheck suggest` command).

Entities that half of the articles name; places, quotes and counts that two or more state. Each
fact is judged on every article as the plugin judges it, and kept when two or more sources state
it alike; its comment names the sources that state it and those that differ."""

from __future__ import annotations

import re
import textwrap
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import count, groupby, pairwise, takewhile
from pathlib import Path
from typing import Any, TextIO

from yaml import safe_dump

from factcheck.articles import ARTICLE_SUFFIXES, Article, iter_jsonl, read_article
from factcheck.checks.who import speaker_in
from factcheck.engine import Checker
from factcheck.errors import FactcheckError
from factcheck.facts import Entity, Story, parse_story
from factcheck.match import Quoted, align_quote, name_pattern, quote_words, words
from factcheck.reading import PREPOSITIONS, CompiledStory, Document, Reading
from factcheck.results import CONSISTENT, CONTRADICTED, OMITTED
from factcheck.text.numbers import find_numbers

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_HONORIFICS = frozenset("mr mrs ms dr".split())
_ABBREVIATED = _HONORIFICS | frozenset("gen sen rep gov lt col prof st".split())
_TITLES = _ABBREVIATED | frozenset(
    "president minister secretary spokesman spokesperson spokeswoman chancellor leader chief"
    " ambassador governor mayor senator general king queen prince judge commander adviser".split()
)
_STOP = frozenset(
    "a an the and or but if of for in on at to from by with as any all some no not this that"
    " these those there it its he she they we i you his her their our will would can could should"
    " may might must is are was were be been has have had do does did january february march"
    " april june july august september october november december jan feb mar apr jun jul aug sep"
    " sept oct nov dec monday tuesday wednesday thursday friday saturday sunday several many most"
    " more both each every other such".split()
)
_LOCATIVE = frozenset("in at into to from near".split())
_SKIPPED = _TITLES | frozenset(
    "the north south east west northern southern eastern western".split()
)
_PLACES_NOTE = "# Named after in/at/to/from/near by two or more sources; nest with `in: <id>`.\n"
_Fact = dict[str, Any]
_Commented = tuple[str, _Fact]  # a fact, and the comment put above it
PLACE_SHARE = 1 / 3  # a name after in/at/near... in this share of its mentions is a place
MIN_QUOTE_WORDS = 5  # a quoted span needs this many words to become a quote fact
COUNTRIES = frozenset(
    """afghanistan america argentina australia austria belgium brazil britain canada china
    colombia cuba denmark egypt england europe finland france germany greece india indonesia iran
    iraq ireland israel italy japan jordan kenya lebanon libya mexico netherlands nigeria norway
    pakistan poland portugal russia scotland spain sweden switzerland syria taiwan turkey uk
    ukraine us usa wales yemen""".split()
) | {
    "united states",
    "united states of america",
    "united kingdom",
    "great britain",
    "north korea",
    "south korea",
    "saudi arabia",
    "new zealand",
    "south africa",
}
"""Countries (and a few regions) articles name: places, never entities."""
BUILDINGS = frozenset(
    """tower towers building house hall square street avenue park station airport bridge centre
    center stadium palace cathedral church hospital road plaza mall museum""".split()
)
"""Last words that make a name a place: `Trump Tower`, `White House`, `Sandilands station`."""


@dataclass
class _Name:
    """A name as seen across the articles: its spellings, and its mentions after in/at/near..."""

    spellings: Counter[str] = field(default_factory=Counter)
    articles: set[int] = field(default_factory=set)
    located: Counter[int] = field(default_factory=Counter)  # article -> mentions after `in`...

    def best(self) -> str:
        """The usual spelling: a full name before a bare last name, then the most used."""
        return max(self.spellings, key=lambda s: (" " in s, self.spellings[s], s.istitle()))

    def is_place(self) -> bool:
        """Named after in/at/near... often enough, or a country, or a building (`Trump Tower`)."""
        spelled = [tuple(s.lower().replace(".", "").split()) for s in self.spellings]
        if any(" ".join(s) in COUNTRIES or (len(s) > 1 and s[-1] in BUILDINGS) for s in spelled):
            return True
        return sum(self.located.values()) >= PLACE_SHARE * self.spellings.total()


def _names_in(text: str, lower: set[str]) -> Iterator[tuple[str, str, str]]:
    """(name, spelling, word before) of each capitalised name in a sentence: (Kim, Mr. Kim, to)."""
    tokens = list(_TOKEN.finditer(text))
    raw = [t.group() for t in tokens]
    runs: list[list[int]] = []  # capitalised words apart by spaces only, or `Mr. Kim`
    for k, word in enumerate(raw):
        if not word[0].isupper() or word.lower() in _STOP or (k == 0 and word.lower() in lower):
            continue  # not a name, or a common word opening the sentence
        if text[max(0, tokens[k].start() - 1) : tokens[k].start()] in ("#", "@"):
            continue  # a hashtag or a handle: not a name
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
            first = k if k >= 0 and raw[k].lower() in _HONORIFICS else name[0]  # `Mr. Kim`
            spelling = _POSSESSIVE.sub("", text[tokens[first].start() : end])
            while k >= 0 and (raw[k].lower() in _SKIPPED or _POSSESSIVE.search(raw[k])):
                k -= 1  # `in the Far East`, `in Russia's Far East`, `in south London`
            yield " ".join(raw[name[0] : name[-1] + 1]), spelling, raw[k].lower() if k >= 0 else ""


def _names(documents: Sequence[Document]) -> list[_Name]:
    """Every name, spellings grouped: case and hyphen variants, `Putin` with `Vladimir Putin`."""
    # common words: lowercase after a lowercase word (`the police`, but not `Kim Jong un`)
    pairs = (pairwise(_TOKEN.findall(d.article.text)) for d in documents)
    lower = {w for p in pairs for a, w in p if w.islower() and not a[0].isupper()}
    names: dict[tuple[str, ...], _Name] = defaultdict(_Name)
    for index, document in enumerate(documents):
        for sentence in document.sentences:
            for bare, spelling, before in _names_in(sentence.text, lower):
                name = names[words(bare.replace(".", ""))]  # `U.S.` as `US`
                name.spellings[spelling] += 1
                name.articles.add(index)
                name.located[index] += before in _LOCATIVE
    ends = {key[-1] for key in names}  # `russian` beside `russia`: an adjective, not a name
    for key in [k for k in names if k[-1].endswith(("n", "ese", "ish"))]:
        if any(v != key[-1] and len(v) > 3 and key[-1].startswith(v[:-1]) for v in ends):
            del names[key]
    common = set(words(" ".join(lower)))

    def part_of(key: tuple[str, ...], name: _Name, whole: tuple[str, ...]) -> bool:
        """`Putin` of `Vladimir Putin`; `Kim` of `Kim Jong Un`, not `London` of `London Police`."""
        first = not name.best().isupper() and common.isdisjoint(whole[1:])  # nor `US` of `US Army`
        return len(key) < len(whole) and (whole[-len(key) :] == key or (first and key == whole[:1]))

    parent: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key, name in names.items():
        whole = [k for k, n in names.items() if len(n.articles) > 1 and part_of(key, name, k)]
        if len(whole) == 1 and not name.is_place():  # not `Korea` of `North`/`South Korea`
            parent[key] = whole[0]
    for key in sorted(parent, key=len):  # shortest first: `Kim` ends in `Kim Jong Un` by any path
        part, into = names.pop(key), names[parent[key]]
        into.spellings += part.spellings
        into.articles |= part.articles
        into.located += part.located
    return list(names.values())


def _slug(text: str, taken: set[str]) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    base = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:48].strip("-") or "x"
    slug = next(s for n in count(1) if (s := f"{base}-{n}" if n > 1 else base) not in taken)
    taken.add(slug)
    return slug


def _section(names: list[_Name], taken: set[str]) -> dict[str, dict[str, Any]]:
    """Entities or places by id: the usual name, and the other spellings as aliases."""
    out: dict[str, dict[str, Any]] = {}
    for name in sorted(names, key=lambda n: (-len(n.articles), -n.spellings.total(), n.best())):
        usual = name.best()
        aliases = sorted(set(name.spellings) - {usual}, key=lambda s: (-name.spellings[s], s))
        out[_slug(usual, taken)] = {"name": usual} | ({"aliases": aliases} if aliases else {})
    return out


def _speaker(reading: Reading, first: int, last: int, quoted: Quoted) -> str | None:
    """The quote's speaker by the `who` check's rule (the speech verb nearest the quote), when
    its own sentence names it: a speaker carried from the sentence before (`She added:`) may
    be someone the draft does not know, so it is not taken."""
    doc = reading.document
    for index in range(first, last + 1):
        base = max(0, doc.sentences[index].start)
        near = (quoted.start - base, quoted.end - base)
        span = speaker_in(reading, index, depth=2, near=near)  # this sentence's own speaker
        if span is not None:
            return span.ref
    return None


def _quote_facts(readings: list[Reading]) -> Iterator[_Fact]:
    """A fact per quote several articles quote: the rendering most give, and its speaker."""
    clusters: list[list[tuple[int, str, tuple[str, ...], str | None]]] = []
    for a, reading in enumerate(readings):
        for first, last, quoted in reading.document.quotes:
            text = " ".join(quoted.text.split()).strip(" ,;:.")
            if len(said := quote_words(text)) < MIN_QUOTE_WORDS:
                continue
            who = _speaker(reading, first, last, quoted)
            same = (c for c in clusters if any(b != a and align_quote(w, text) for b, _, w, _ in c))
            if not (cluster := next(same, [])):
                clusters.append(cluster)
            cluster.append((a, text, said, who))
    for cluster in clusters:
        rendered = Counter(said for _, said in {(a, said) for a, _, said, _ in cluster})
        speakers = Counter(who for _, who in {(a, who) for a, _, _, who in cluster if who})
        if len({a for a, *_ in cluster}) > 1:
            said = max(rendered, key=lambda w: (rendered[w], len(w)))
            text = next(text for _, text, words, _ in cluster if words == said)
            who = next(iter(speakers)) if len(speakers) == 1 else None  # unsure: none or several
            yield {"id": "", "who": who, "quote": text, "speakers": sorted(speakers)}


def _count_facts(readings: list[Reading]) -> Iterator[_Fact]:
    """A fact per number that two or more articles put before the same words about an entity."""
    seen: dict[tuple[str, tuple[str, ...]], dict[int, tuple[float, str]]] = defaultdict(dict)
    for a, reading in enumerate(readings):
        for index, sentence in enumerate(reading.document.sentences):
            text, tokens = sentence.text, reading.document.tokens[index]
            objects = {i + 1 for i, token in enumerate(tokens) if token.norm in PREPOSITIONS}
            for number in find_numbers(text):
                after = re.match(r" ([a-z][\w’'-]*(?: [a-z][\w’'-]*){0,2})", text[number.end :])
                glued = text[max(0, number.start - 1) : number.start] == "-"  # `one-on-one`
                if number.ordinal or number.approximate or glued or after is None:
                    continue
                phrase = " ".join(takewhile(lambda w: w not in _STOP, after.group(1).split()))
                spans = reading.entities[index]  # the subject: the nearest name before, not `to X`
                subjects = [s for s in spans if s.end <= number.start and s.first not in objects]
                if phrase and subjects:
                    seen[(subjects[-1].ref, words(phrase))].setdefault(a, (number.value, phrase))
    for (who, _), stated in seen.items():
        value, agreeing = Counter(v for v, _ in stated.values()).most_common(1)[0]
        if agreeing > 1:
            what = Counter(w for v, w in stated.values() if v == value).most_common(1)[0][0]
            yield {"id": "", "who": who, "what": what, "count": value}


def _judged(draft: str, facts: list[_Fact], articles: Sequence[Article]) -> Iterator[_Commented]:
    """Each fact that two or more sources state alike, with a comment on who states it how."""
    checker = Checker([parse_story(draft, "<draft>")])
    results = [(a.key, r) for a in articles for r in checker.check(a) if r.status != OMITTED]
    for fact in facts:
        found = [(key, result) for key, result in results if result.fact == fact["id"]]
        if sum(result.status == CONSISTENT for _, result in found) < 2:
            continue
        differs = "; ".join(
            f'{key}: {"" if s.slot in ("quote", "count") else s.slot + " "}"{s.found}"'
            + (f" ({s.detail})" if s.detail else "")
            for key, result in found
            for s in result.slots
            if s.status == CONTRADICTED
        )
        comment = f"stated by {len(found)} of {len(articles)} sources ({', '.join(dict(found))})"
        yield comment + (f"; differs in {differs}" if differs else ""), fact


def _comment(text: str) -> str:
    """``text`` as a YAML comment: one line of printable characters."""
    return "# " + " ".join("".join(c for c in text if c.isprintable()).split()) + "\n"


def _dump(data: object, flow: bool | None = None) -> str:
    """``data`` as YAML, unwrapped (lists and mappings of plain values on one line)."""
    return safe_dump(data, default_flow_style=flow, allow_unicode=True, width=9**9, sort_keys=False)


def _render(head: _Fact, entities: _Fact, places: _Fact, facts: list[_Commented]) -> str:
    """The story as YAML: values written by safe_dump, comments put between them."""
    parts = [_dump(head), _dump({"entities": entities})]
    parts += [_PLACES_NOTE + _dump({"places": places})] if places else []
    listed = ["  " + _comment(c) + textwrap.indent(_dump([f], False), "  ") for c, f in facts]
    return "\n".join([*parts, "facts:\n" + "".join(listed)])


def _about(
    named: dict[str, dict[str, Any]],
    located: dict[str, dict[str, Any]],
    articles: Sequence[Article],
) -> str:
    """The entity the most titles name (then the most named in the texts): what the story is
    about, so that it routes articles about this event, not every one naming a bystander.
    Place names are taken out of the titles first (`Trump` of `Trump Tower` is not Trump)."""
    order = {eid: k for k, eid in enumerate(named)}  # in the most articles, most often first
    places = name_pattern([n for p in located.values() for n in (p["name"], *p.get("aliases", ()))])
    bare = [places.sub(" ", a.title) for a in articles]

    def titles(eid: str) -> int:
        pattern = name_pattern([named[eid]["name"], *named[eid].get("aliases", ())])
        return sum(pattern.search(title) is not None for title in bare)

    return min(named, key=lambda eid: (-titles(eid), order[eid]))


def suggest_story(articles: Sequence[Article]) -> str:
    """A draft story (YAML with comments) of what several articles agree on; ValueError if none."""
    need = max(2, (len(articles) + 1) // 2)  # half of the articles, and two at least
    documents = [Document(article, article.published) for article in articles]
    names = _names(documents)
    people = [n for n in names if len(n.articles) >= need and not n.is_place()]
    places = [
        n
        for n in names
        if n not in people
        and (sum(map(bool, n.located.values())) > 1 or (n.is_place() and len(n.articles) > 1))
    ]
    if not people:
        raise ValueError(f"no name is used by {need} or more of the {len(articles)} articles")
    taken: set[str] = set()
    named, located = _section(people, taken), _section(places, taken)
    entities = {i: Entity(i, e["name"], tuple(e.get("aliases", ()))) for i, e in named.items()}
    compiled = CompiledStory.build(Story("draft", "<draft>", (), entities, {}, ()))
    readings = [Reading(document, compiled) for document in documents]
    bags = {a.title.strip(): set(words(a.title)) - _STOP for a in articles if a.title.strip()}
    used = Counter(w for bag in bags.values() for w in bag)  # the title most like the others
    shared = {t: sum(used[w] - 1 for w in bag) / (len(bag) or 1) for t, bag in bags.items()}
    head: _Fact = {"story": "draft", "title": max(shared, key=shared.__getitem__, default="TODO")}
    if dates := Counter(a.published for a in articles if a.published):
        head["date"] = dates.most_common(1)[0][0]
    head["about"] = [_about(named, located, articles)]
    facts = [*_quote_facts(readings), *_count_facts(readings)]
    for fact in facts:
        label = fact.get("quote") or fact["what"]
        said = [w for w in _TOKEN.findall(label) if w.lower() not in _STOP][:3]
        fact["id"] = _slug(" ".join([fact["who"] or "quote", *said]), taken)
    unsure = [f for f in facts if not f["who"]]
    facts = [{k: v for k, v in f.items() if k != "speakers"} for f in facts if f["who"]]
    plain = _render(head, named, located, [("to be judged", fact) for fact in facts])
    kept = list(_judged(plain, facts, articles)) if facts else []
    draft = _comment(f"Draft from {', '.join(a.key for a in articles)}: review before use.")
    if not kept:  # a skeleton: the names and places, the facts left to the curator
        draft += _comment(
            f"No fact is stated alike by two or more of the {len(articles)} articles: add facts."
        )
        skeleton = {"id": "TODO", "who": head["about"][0], "what": "TODO"}
        draft += _render(head, named, located, [("replace with a real fact", skeleton)])
    else:
        draft += _render(head, named, located, kept)
    draft += "".join(_unsure(fact) for fact in unsure)
    parse_story(draft, "<draft>")  # a draft that is not a valid story is a bug: let it raise
    return draft


def _unsure(fact: _Fact) -> str:
    """A quote whose speaker is unsure, as a comment: the curator names the `who`."""
    named = fact["speakers"]
    why = f"articles name {', '.join(named)}" if named else "no article names one beside it"
    entry = textwrap.indent(_dump([{"id": fact["id"], "quote": fact["quote"]}], False), "  ")
    return (
        "  "
        + _comment(f"speaker unsure ({why}): add `who` and uncomment")
        + "".join("  # " + line[2:] + "\n" for line in entry.splitlines())
    )


def main(paths: Sequence[str], out: TextIO) -> int:
    """Print a draft story for the articles under ``paths``; 1 with a message if there is none."""
    articles: list[Article] = []
    skipped = ""
    for given in map(Path, paths):
        found = given.rglob("*") if given.is_dir() else [given]
        for file in sorted(f for f in found if f.suffix in ARTICLE_SUFFIXES or f == given):
            read: list[Article | Exception]
            try:
                read = list(iter_jsonl(file)) if file.suffix == ".jsonl" else [read_article(file)]
            except (OSError, FactcheckError) as error:
                read = [error]
            articles += [entry for entry in read if isinstance(entry, Article)]
            problems = [str(e) for e in read if not isinstance(e, Article)]
            skipped += "".join(_comment(f"skipped {problem}") for problem in problems)
    try:
        if len(articles) < 2:
            raise ValueError(f"needs two or more readable articles, found {len(articles)}")
        draft = suggest_story(articles)
    except ValueError as error:
        print(f"{skipped}factcheck suggest: {error}", file=out)
        return 1
    print(skipped + draft, end="", file=out)
    return 0
