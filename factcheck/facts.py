"""Fact files: safe YAML loading with line numbers, schema validation and the Story/Fact model."""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from factcheck.errors import FactcheckError, FactFileError, lone_surrogate
from factcheck.match import is_proper_name
from factcheck.text.numbers import unit_name

KeyPath = tuple[str | int, ...]


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def __str__(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
        if self.day:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    @classmethod
    def parse(cls, value: object) -> PartialDate | None:
        """``2023``, ``"2023-09"`` or ``"2023-09-12"``; None if it is not a real date."""
        m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", str(value))
        if not m or isinstance(value, bool):
            return None
        year, month, day = (int(g) if g else None for g in m.groups())
        assert year is not None
        if month == 0 or day == 0:
            return None
        try:
            dt.date(year, month or 1, day or 1)
        except ValueError:
            return None
        return cls(year, month, day)


@dataclass(frozen=True)
class Entity:
    """Someone or something a fact is about, with every name articles use for it.

    ``mention_only`` names (`The singer`) find mentions but never route an article to the
    story: too common to say on their own that an article is about it.
    """

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    """person, organisation, team, product or event: what `the company`, `it` may refer to."""
    mention_only: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every name that finds a mention."""
        return (self.name, *self.aliases, *self.mention_only)

    @property
    def routing_names(self) -> tuple[str, ...]:
        """The names that say an article is about the entity (all but ``mention_only``)."""
        only = set(self.mention_only)
        return tuple(n for n in (self.name, *self.aliases) if n not in only)


@dataclass(frozen=True)
class Place:
    """A place of the story's gazetteer; ``parent`` is the id of the place containing it."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    country: str | None = None
    """ISO 3166 code of the country the place lies in, when the curator gives it: it lets a
    place the story's gazetteer does not hold be judged against this one (`factcheck.world`)."""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Fact:
    """One established fact: who did what, and the slots it states."""

    id: str
    line: int
    who: tuple[str, ...]
    what: tuple[str, ...] = ()
    where: str | None = None
    when: PartialDate | None = None
    count: float | None = None
    ordinal: bool = False
    unit: str | None = None
    """The count's unit as its symbol (``m``, ``mph``, ``g``): a number written in it states
    the count, one in another unit is not judged."""
    quote: str | None = None
    """The quote's first wording: what a report shows when no wording is quoted."""
    required: bool = False
    quotes: tuple[str, ...] = ()
    """Every wording of the quote (`quote:` may list several): any of them is the fact."""
    exclusive: bool = False
    """Only the fact's `who` did it: another entity of the story plainly named as the subject
    of one of its phrasings contradicts the `who` (`factcheck.actors`)."""
    note: str | None = None
    """The curator's free text: never checked, read only by ``story_warnings``."""

    @functools.cached_property
    def slots(self) -> tuple[str, ...]:
        """The slots this fact states, in report order."""
        named = [
            ("who", True),
            ("what", bool(self.what)),
            ("where", self.where is not None),
            ("when", self.when is not None),
            ("count", self.count is not None),
            ("quote", self.quote is not None),
        ]
        return tuple(name for name, present in named if present)

    def expected(self, slot: str) -> str:
        """What the fact says for ``slot``, as text for messages and reports."""
        return self._expected[slot]

    @functools.cached_property
    def _expected(self) -> dict[str, str]:
        """``expected`` of every slot, worked out once: every verdict on the fact carries it."""
        found = {}
        for slot in ("who", "what", "where", "when", "count", "quote"):
            value: object = getattr(self, slot)
            if isinstance(value, tuple):
                found[slot] = " | ".join(value)
            elif isinstance(value, float) and value.is_integer():
                found[slot] = str(int(value))
            else:
                found[slot] = str(value)
        return found


@dataclass(frozen=True)
class Story:
    """A story loaded from one fact file."""

    id: str
    path: str
    about: tuple[str, ...]
    entities: dict[str, Entity]
    places: dict[str, Place]
    facts: tuple[Fact, ...]
    title: str = ""
    date: dt.date | None = None
    lines: dict[KeyPath, int] = field(default_factory=dict, repr=False, compare=False)

    def ancestors(self, place_id: str) -> list[str]:
        """``place_id`` followed by every place containing it, innermost first."""
        chain = [place_id]
        while (parent := self.places[chain[-1]].parent) is not None and parent not in chain:
            chain.append(parent)
        return chain


def _country_codes() -> frozenset[str]:
    """The ISO 3166 codes the world gazetteer knows (read only when a place gives one)."""
    from factcheck.world import world  # the world gazetteer imports this module

    return frozenset(world().countries)


class TextDateLoader(yaml.SafeLoader):
    """PyYAML's safe loader, keeping dates as the strings the user wrote."""


def _as_string(loader: yaml.SafeLoader, node: yaml.Node) -> str:
    return str(loader.construct_scalar(node))  # type: ignore[arg-type]


def _checked(kind: str, construct: Any) -> Any:
    """A scalar constructor whose failures on bad values become YAML errors with a line."""

    def build(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
        try:
            return construct(loader, node)
        except (ValueError, IndexError, OverflowError) as exc:
            raise yaml.constructor.ConstructorError(
                None, None, f"not a valid {kind}: {str(exc)[:80]}", node.start_mark
            ) from None

    return build


def _text(loader: yaml.SafeLoader, node: yaml.Node) -> str:
    value = str(loader.construct_scalar(node))  # type: ignore[arg-type]
    problem = lone_surrogate(value)
    if problem is not None:
        raise yaml.constructor.ConstructorError(None, None, problem, node.start_mark)
    return value


TextDateLoader.add_constructor("tag:yaml.org,2002:timestamp", _as_string)
TextDateLoader.add_constructor("tag:yaml.org,2002:str", _text)
TextDateLoader.add_constructor(
    "tag:yaml.org,2002:int", _checked("integer", yaml.SafeLoader.construct_yaml_int)
)
TextDateLoader.add_constructor(
    "tag:yaml.org,2002:float", _checked("number", yaml.SafeLoader.construct_yaml_float)
)


def _record_lines(
    node: yaml.Node,
    path: KeyPath,
    lines: dict[KeyPath, int],
    problems: list[FactcheckError],
    seen: set[int],
) -> None:
    """Map each key path to its 1-based line; note keys given twice (PyYAML keeps the last).

    A node reached again through an alias is not walked again (aliases of aliases would
    otherwise cost exponential time).
    """
    lines.setdefault(path, node.start_mark.line + 1)
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        keys: set[str] = set()
        for key, value in node.value:
            name = str(key.value)
            if name in keys:
                problems.append(
                    FactcheckError(
                        f"{_dotted((*path, name))}: key given twice", line=key.start_mark.line + 1
                    )
                )
            keys.add(name)
            lines[(*path, name)] = key.start_mark.line + 1
            _record_lines(value, (*path, name), lines, problems, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_lines(item, (*path, index), lines, problems, seen)


def _dotted(path: Iterable[str | int]) -> str:
    """``('facts', 2, 'when')`` → ``facts[2].when``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top)"


def _line_of(lines: dict[KeyPath, int], path: KeyPath) -> int:
    while path not in lines and path:
        path = path[:-1]
    return lines.get(path, 1)


_FORMATS = jsonschema.FormatChecker(formats=())


@_FORMATS.checks("partial-date")
def _is_partial_date(value: object) -> bool:
    return PartialDate.parse(value) is not None


@_FORMATS.checks("full-date")
def _is_full_date(value: object) -> bool:
    parsed = PartialDate.parse(value)
    return parsed is not None and parsed.precision == "day"


def _schema() -> dict[str, Any]:
    text = resources.files("factcheck").joinpath("schema/facts.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


_VALIDATOR = jsonschema.Draft202012Validator(_schema(), format_checker=_FORMATS)


def _allowed_keys(error: jsonschema.ValidationError) -> list[str]:
    schema = error.schema if isinstance(error.schema, dict) else {}
    return sorted(schema.get("properties", {}))


_WHAT_OR_QUOTE = [{"required": ["what"]}, {"required": ["quote"]}]


def _extra_keys(error: jsonschema.ValidationError) -> list[str]:
    instance = error.instance if isinstance(error.instance, dict) else {}
    return sorted(set(instance) - set(_allowed_keys(error)), key=str)  # `~:` is a None key


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """``; did you mean 'where'?`` for a misspelt ``word`` (`wehre`), or nothing."""
    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    if not close:
        lowered = {c.lower(): c for c in choices}
        close = [lowered[word.lower()]] if word.lower() in lowered else []
    return f"; did you mean {close[0]!r}?" if close else ""


def _schema_message(error: jsonschema.ValidationError) -> str:
    """One readable sentence for a jsonschema error."""
    if error.validator == "format":
        return f"{error.instance!r} is not a valid date"
    if error.validator == "additionalProperties":
        allowed = _allowed_keys(error)
        extra = _extra_keys(error)
        hint = (
            did_you_mean(extra[0], allowed) if len(extra) == 1 and isinstance(extra[0], str) else ""
        )
        return f"unknown key {', '.join(map(repr, extra))}{hint}; allowed: {', '.join(allowed)}"
    if error.validator == "anyOf" and error.validator_value == _WHAT_OR_QUOTE:
        return "a fact needs `what` or `quote`"
    if error.validator == "pattern" and error.validator_value == r"\S":
        return "must not be empty"
    if error.validator == "type" and isinstance(error.instance, bool):
        return (
            f"{error.message}: YAML reads an unquoted yes, no, on, off, true or false (a country "
            "code such as NO too) as a true/false value; put it in quotes ('NO')"
        )
    return error.message


def _schema_problems(data: object, lines: dict[KeyPath, int]) -> list[FactcheckError]:
    problems = []
    for error in _VALIDATOR.iter_errors(data):
        while error.validator == "oneOf" and error.context:  # the branch that went furthest
            error = max(error.context, key=lambda e: (len(e.absolute_path), e.validator != "type"))
        path = tuple(error.absolute_path)
        if error.validator == "additionalProperties":
            extra = _extra_keys(error)
            if extra:
                path = (*path, extra[0])
        problems.append(
            FactcheckError(f"{_dotted(path)}: {_schema_message(error)}", line=_line_of(lines, path))
        )
    return sorted(problems, key=lambda p: p.line or 0)


def _as_tuple(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, list):
        return tuple(str(v) for v in value)
    return (str(value),)


def _reference_problems(data: dict[str, Any], lines: dict[KeyPath, int]) -> list[FactcheckError]:
    """Unknown entity or place ids, duplicate fact ids, cycles in `in:`."""
    problems: list[FactcheckError] = []

    def add(path: KeyPath, message: str) -> None:
        problems.append(FactcheckError(f"{_dotted(path)}: {message}", line=_line_of(lines, path)))

    entities = data["entities"]
    places = data.get("places") or {}
    for i, who in enumerate(data["about"]):
        if who not in entities:
            add(("about", i), f"unknown entity {who!r}{did_you_mean(who, entities)}")
    for pid, place in places.items():
        parent = place.get("in")
        if parent is not None and parent not in places:
            add(("places", pid, "in"), f"unknown place {parent!r}{did_you_mean(parent, places)}")
        code = place.get("country")
        if isinstance(code, str) and code not in _country_codes():
            add(("places", pid, "country"), f"unknown country code {code!r} (ISO 3166, like 'RU')")
    for pid in places:
        seen = [pid]
        while (parent := places[seen[-1]].get("in")) in places:
            if parent in seen:
                if parent == pid:
                    add(("places", pid, "in"), f"cycle in `in`: {' -> '.join([*seen, parent])}")
                break
            seen.append(parent)
    fact_ids: dict[str, int] = {}
    for i, fact in enumerate(data["facts"]):
        if fact["id"] in fact_ids:
            add(
                ("facts", i, "id"),
                f"duplicate fact id {fact['id']!r} (first at facts[{fact_ids[fact['id']]}])",
            )
        fact_ids.setdefault(fact["id"], i)
        who = fact["who"]
        for j, eid in enumerate(who if isinstance(who, list) else [who]):
            if eid not in entities:
                path: KeyPath = (
                    ("facts", i, "who", j) if isinstance(who, list) else ("facts", i, "who")
                )
                add(path, f"unknown entity {eid!r}{did_you_mean(eid, entities)}")
        if "where" in fact and fact["where"] not in places:
            where = fact["where"]
            add(("facts", i, "where"), f"unknown place {where!r}{did_you_mean(where, places)}")
    return problems


def _build(data: dict[str, Any], path: str, lines: dict[KeyPath, int]) -> Story:
    entities = {
        eid: Entity(
            eid,
            e["name"],
            _as_tuple(e.get("aliases")),
            kind=e.get("kind"),
            mention_only=_as_tuple(e.get("mention_only")),
        )
        for eid, e in data["entities"].items()
    }
    places = {
        pid: Place(pid, p["name"], _as_tuple(p.get("aliases")), p.get("in"), p.get("country"))
        for pid, p in (data.get("places") or {}).items()
    }
    facts = tuple(
        Fact(
            id=f["id"],
            line=lines.get(("facts", i), 1),
            who=_as_tuple(f["who"]),
            what=_as_tuple(f.get("what")),
            where=f.get("where"),
            when=PartialDate.parse(f["when"]) if "when" in f else None,
            count=float(f["count"]) if "count" in f else None,
            ordinal=bool(f.get("ordinal", False)),
            unit=unit_name(f["unit"]) if "unit" in f else None,
            quote=_as_tuple(f.get("quote"))[0] if f.get("quote") else None,
            required=bool(f.get("required", False)),
            quotes=_as_tuple(f.get("quote")),
            exclusive=bool(f.get("exclusive", False)),
            note=str(f["note"]) if f.get("note") is not None else None,
        )
        for i, f in enumerate(data["facts"])
    )
    story_date = dt.date.fromisoformat(data["date"]) if "date" in data else None
    return Story(
        id=data["story"],
        path=path,
        about=tuple(data["about"]),
        entities=entities,
        places=places,
        facts=facts,
        title=data.get("title", ""),
        date=story_date,
        lines=lines,
    )


class YamlProblem(Exception):
    """YAML that cannot be loaded, with the 1-based line of the problem."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


MAX_YAML_DEPTH = 64
"""Deeper nesting of [ and { is refused before parsing: no story needs it, and it costs."""


def _too_deep(text: str) -> int | None:
    """The line where flow nesting first goes deeper than MAX_YAML_DEPTH, if it does."""
    depth, line = 0, 1
    for char in text:
        if char == "\n":
            line += 1
        elif char in "[{":
            depth += 1
            if depth > MAX_YAML_DEPTH:
                return line
        elif char in "]}":
            depth = max(0, depth - 1)
    return None


def _path_at(root: yaml.Node, index: int) -> KeyPath | None:
    """The key path of the value node that starts at character ``index`` (None if none)."""
    stack: list[tuple[yaml.Node, KeyPath]] = [(root, ())]
    seen: set[int] = set()
    while stack:
        node, path = stack.pop()
        if node.start_mark.index == index and isinstance(node, yaml.ScalarNode):
            return path
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            stack += [(value, (*path, str(key.value))) for key, value in node.value]
        elif isinstance(node, yaml.SequenceNode):
            stack += [(item, (*path, i)) for i, item in enumerate(node.value)]
    return None


def load_yaml(text: str) -> tuple[yaml.Node | None, object]:
    """Load untrusted YAML safely: (node tree, data), or YamlProblem naming the line."""
    deep = _too_deep(text)
    if deep is not None:
        raise YamlProblem(f"invalid YAML: nested more than {MAX_YAML_DEPTH} levels deep", deep)
    loader = None
    node = None
    try:
        loader = TextDateLoader(text)  # the reader checks every character here
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else 1
        where = _path_at(node, mark.index) if node is not None and mark is not None else None
        prefix = f"{_dotted(where)}: " if where else ""
        raise YamlProblem(f"invalid YAML: {prefix}{exc.problem}", line) from None
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        raise YamlProblem(
            f"invalid YAML: character #x{exc.character:04x} is not allowed", line
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise YamlProblem(f"invalid YAML: {exc.problem or exc.context}", line) from None
    except (yaml.YAMLError, RecursionError) as exc:
        raise YamlProblem(f"invalid YAML: {str(exc).splitlines()[0]}", 1) from None
    finally:
        if loader is not None:
            loader.dispose()


def parse_story(text: str, path: str = "<string>") -> Story:
    """Parse and validate one fact file's text; raise FactFileError listing every problem."""
    lines: dict[KeyPath, int] = {}
    problems: list[FactcheckError] = []
    try:
        node, data = load_yaml(text)
    except YamlProblem as bad:
        raise FactFileError([FactcheckError(bad.message, path, bad.line)]) from None
    if node is not None:
        try:
            _record_lines(node, (), lines, problems, set())
        except RecursionError:
            raise FactFileError(
                [FactcheckError("invalid YAML: nested too deep", path, 1)]
            ) from None
    if not isinstance(data, dict):
        kind = "empty" if data is None else f"a {type(data).__name__}, not a mapping"
        raise FactFileError(
            [FactcheckError(f"a fact file must be a mapping of keys; this one is {kind}", path, 1)]
        )
    problems += _schema_problems(data, lines)
    if not problems:
        problems = _reference_problems(data, lines)
    if problems:
        for problem in problems:
            problem.path = path
        raise FactFileError(problems)
    return _build(data, path, lines)


def load_story(path: str | Path) -> Story:
    """Load one fact file."""
    shown = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise FactFileError(
            [FactcheckError(f"cannot read fact file: {exc}", shown, None)]
        ) from None
    return parse_story(text, shown)


FACT_SUFFIXES = (".yaml", ".yml")


def fact_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """The fact files named by ``paths``: files as given, folders searched for *.yaml / *.yml.

    Suffixes match whatever their case (``story.YAML``).
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.suffix.lower() in FACT_SUFFIXES and p.is_file()
            )
        else:
            yield path


BARE_UNITS = frozenset(
    """year years month months week weeks day days hour hours minute minutes second seconds time
    times people person percent per cent point points mile miles metre metres meter meters
    kilometre kilometres km foot feet inch inches pound pounds dollar dollars euro euros million
    millions billion billions thousand thousands hundred hundreds game games limit limits
    number numbers man men woman women child children member members vote votes seat seats
    case cases part parts place places round rounds step steps floor floors""".split()
)
"""Units and common nouns: counted alone, any number before them in an article fits."""
COMMON_WORDS = frozenset(
    """said says say told tell met meet meets meeting went go goes came come made make took take
    got get gave give was is are were be been has have had did do does saw see won win wins lost
    lose loss called call left leave put set ran run said asked spoke talks talk visit visited
    found find
    killed dead died death attack attacked war game team people time year day week month man
    woman police official officials government president leader report reported news show shown
    new first last arrived arrives returned opened closed started began ended began""".split()
)
"""Words so common that, alone as a `what`, they find sentences about any event."""


AUXILIARY_WORDS = frozenset("is are was were be been being has have had will would".split())
"""Words a phrase may open with before its verb (`was killed`, `has won the title`)."""
MAX_SHARED_PHRASE_WORDS = 4
"""A phrase of common words longer than this is too particular for other events to share."""
TALLIED = frozenset(
    """awards prizes titles medals trophies cups championships crowns belts honours honors
    nominations caps goals tries wins victories""".split()
)
"""Plural nouns of things a `who` gathers over a career (`titles`, `medals`): a count of one
event's reads like the career total."""
_NOT_ARTICLES = frozenset({"the", "a", "an"})
_NOT_VERBS = frozenset(
    """meeting loss dead death war game team people time year day week month man woman police
    official officials government president leader news new first last""".split()
)
"""The words of ``COMMON_WORDS`` that are no verb: a phrase they open names a thing."""


@dataclass(frozen=True)
class FactWarning:
    """A fact that holds up badly: it invites false alarms, or leaves unjudged what it should
    judge. ``better`` is a shape that holds."""

    path: str
    line: int
    key: str
    message: str
    better: str

    def __str__(self) -> str:
        return (
            f"{self.path}:{self.line}: warning: {self.key}: {self.message}; better: {self.better}"
        )


_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def _shared_phrase(phrase: str, story_words: set[str]) -> bool:
    """Whether a phrase of several words is one that other events share: past auxiliaries it
    opens with a very common verb (``COMMON_WORDS``: `won the title`, `took office`, `told
    supporters`), and it is short, all in lower case, with no digit and no word of the story's
    names (`won the FA Cup`, `visited Moscow` are this event's)."""
    found = _WORD.findall(phrase)
    if not 2 <= len(found) <= MAX_SHARED_PHRASE_WORDS:
        return False
    if not all(w.isalpha() and w.islower() for w in found):
        return False
    if any(w in story_words for w in found):
        return False
    head = next((w for w in found if w not in AUXILIARY_WORDS), "")
    return head in COMMON_WORDS and head not in _NOT_VERBS


_PER_CENT = ("%", "per cent", "percent")
_SCALES = {"million": 1_000_000, "billion": 1_000_000_000}
_SCALED = [[w] for w in _SCALES]
"""Scale words that a number before them takes as its own (`40 million`)."""


def _tally(phrase: str) -> bool:
    """Whether a count's phrase is a plural noun that names a kind of thing gathered over a
    career: one of ``TALLIED`` (`titles`, `gold medals`), or a name in capitals (`Oscars`,
    `Grammy Awards`), at most three words with no verb or preposition before it."""
    found = [w for w in _WORD.findall(phrase) if w.lower() not in _NOT_ARTICLES]
    if not 1 <= len(found) <= 3:
        return False
    last = found[-1]
    if last.lower() in TALLIED:
        return all(w.isalpha() and (w[0].isupper() or not _verb_or_link(w)) for w in found)
    named = all(w[0].isupper() for w in found)
    return named and last.endswith("s") and not last.endswith(("ss", "us"))


def _verb_or_link(word: str) -> bool:
    """A word that makes a phrase more than a noun: a verb form or a preposition."""
    lower = word.lower()
    return (
        lower.endswith(("ed", "ing"))
        or lower in COMMON_WORDS
        or lower in {"in", "of", "for", "at", "on", "to", "from", "with", "by"}
    )


def _bare(phrase: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", phrase.lower()) if w != "the"]


_LIFE_ACTS = frozenset(("died", "dies", "death", "born", "birth"))
_LIFE_WORDS = _LIFE_ACTS | frozenset(("has", "was", "is", "her", "his", "passed", "away"))


def _a_person_s_life_act(fact: Fact, story: Story) -> bool:
    """Whether ``fact`` tells a person's birth or death (`died`, `has died`, `was born`), its
    every `who` a person: that happens once, so a `when` on the bare verb is no other event's
    date (and naming the place in the phrase would leave a wrong place unread)."""
    if not fact.who or any(story.entities[w].kind != "person" for w in fact.who):
        return False
    bares = [_bare(p) for p in fact.what]
    return all(set(b) <= _LIFE_WORDS and not _LIFE_ACTS.isdisjoint(b) for b in bares)


def story_warnings(story: Story) -> list[FactWarning]:
    """Facts that invite false alarms: a count of a bare unit (`years`), a one-word `what` that
    is a very common word (`met`), a `when` on a phrase other events share."""
    found: list[FactWarning] = []
    phrasings: dict[str, list[Fact]] = {}
    story_words = {
        w.lower()
        for names in (
            *(e.names for e in story.entities.values()),
            *(p.names for p in story.places.values()),
        )
        for n in names
        for w in _WORD.findall(n)
    } - _NOT_ARTICLES
    for i, fact in enumerate(story.facts):
        line = story.lines.get(("facts", i, "what"), fact.line)
        key = f"facts[{i}].what"

        def warn(message: str, better: str, line: int = line, key: str = key) -> None:
            found.append(FactWarning(story.path, line, key, message, better))

        for phrase in fact.what:
            phrasings.setdefault(" ".join(_bare(phrase)), []).append(fact)
        bare = [(p, _bare(p)) for p in fact.what]
        units = [p for p, b in bare if len(b) == 1 and b[0] in BARE_UNITS]
        life = _a_person_s_life_act(fact, story)
        generic = [
            p for p, b in bare if len(b) == 1 and b[0] in COMMON_WORDS | BARE_UNITS and not life
        ]
        shown = " / ".join(map(repr, generic))
        if fact.count is not None and units:
            number = fact.expected("count")
            warn(
                f"a count of {' / '.join(map(repr, units))} ({number}) is judged on any number "
                f"of {units[0]} the article gives for the `who`, whatever they count "
                f"(`{number} {units[0]} ago`, `in {number} {units[0]}`)",
                f"say what is counted, as the articles do: `{units[0]} of talks`, "
                f"`{units[0]} in power`, not `{units[0]}` alone",
            )
        elif generic and fact.when is not None:
            warn(
                f"a `when` fact on {shown} judges the date of anything the `who` {generic[0]} "
                "in an article, other events' dates included",
                f"name this event in the phrase: `{generic[0]} <whom or what>`, "
                f"`{generic[0]} in <place>`",
            )
        elif generic and fact.count is None and not fact.quote:
            warn(
                f"{shown} alone is a very common word: every sentence where the `who` "
                f"{generic[0]} anything counts as a mention",
                f"add what makes it this event: `{generic[0]} <whom or what>`, or several "
                "specific phrasings",
            )
        if fact.when is not None and not life:
            shared = [p for p in fact.what if _shared_phrase(p, story_words)]
            if shared:
                warn(
                    f"{' / '.join(map(repr, shared))} is made of common words, with no name "
                    f"of this event: any other time the `who` {shared[0]} (an earlier one, a "
                    "first one years ago) is judged against the `when`",
                    "add what only this event has, as the articles write it: its name, place "
                    "or other party (`won the FA Cup`, `took office in Accra`), or drop the "
                    "`when`",
                )
        if fact.count is not None and not fact.ordinal and fact.unit is None:
            tallies = [p for p in fact.what if _tally(p)]
            if tallies:
                number = fact.expected("count")
                warn(
                    f"a count of {' / '.join(map(repr, tallies))} ({number}) reads any number "
                    f"of them the article gives for the `who`: a career total (`9 {tallies[0]} "
                    "in all`), nominations, another year's",
                    f"tie the things counted to this event, as the articles do: `{tallies[0]} "
                    f"for <this work>`, `{tallies[0]} at <this event>`",
                )
        note_scale = next(
            (w for w in _WORD.findall((fact.note or "").lower()) if w in _SCALES), None
        )
        if fact.count is not None and note_scale and fact.count < 1000:
            number = fact.expected("count")
            whole = int(float(number) * _SCALES[note_scale])
            warn(
                f"`count: {number}` with `note: {fact.note}`: the note is not read, so the count "
                f"is {number}, and an article's `{number} {note_scale}` ({whole:,}) clashes "
                "with it",
                f"give the whole number: `count: {whole}`",
                story.lines.get(("facts", i, "count"), fact.line),
                f"facts[{i}].count",
            )
        shares = [p for p in fact.what if p.lstrip().lower().startswith(_PER_CENT)]
        if fact.count is not None and fact.unit is None and shares:
            warn(
                f"{' / '.join(map(repr, shares))} counts in per cent, but the fact gives no "
                f"`unit`: a number written with its sign (`{fact.expected('count')}%`) is in "
                "another unit than the fact's, and is never judged",
                "add `unit: '%'` (then `per cent`, `percent` and `%` are all read)",
            )
        scaled = [p for p in fact.what if _WORD.findall(p.lower())[:1] in _SCALED]
        if fact.count is not None and scaled:
            head, *rest = _WORD.findall(scaled[0].lower())
            number = fact.expected("count")
            whole = int(float(number) * _SCALES[head])
            warn(
                f"{' / '.join(map(repr, scaled))}: a number takes the scale word after it as "
                f"its own (`{number} {scaled[0]}` is one number, {whole:,}), so no number is "
                "ever read before the phrase and the count is never judged",
                f"name the things counted and give the whole number: `what: "
                f"{' '.join(rest) or '<what is counted>'}`, `count: {whole}`",
            )
    for phrase, facts in phrasings.items():
        dates = {str(f.when) for f in facts if f.when is not None}
        if phrase and len(dates) > 1:
            for fact in facts[1:]:
                i = story.facts.index(fact)
                written = next(p for p in fact.what if " ".join(_bare(p)) == phrase)
                found.append(
                    FactWarning(
                        story.path,
                        story.lines.get(("facts", i, "what"), fact.line),
                        f"facts[{i}].what",
                        f"the phrase {written!r} also belongs to {facts[0].id!r} with another "
                        "date: a sentence about either event is judged against both dates",
                        "give each fact the words of its own event (`met Obama`, `met Ryan`)",
                    )
                )
    found += _routing_warnings(story)
    return sorted(found, key=lambda w: w.line)


def _routing_warnings(story: Story) -> list[FactWarning]:
    """`about` names without a capital letter (`boy`, `man`): any article using the word is
    checked against the story, whatever it is about. A story with no proper name at all: no
    article that does not declare it can fail on it."""
    found = []
    names = [n for e in story.entities.values() for n in e.names]
    names += [n for p in story.places.values() for n in p.names]
    if not any(map(is_proper_name, names)):
        found.append(
            FactWarning(
                story.path,
                story.lines.get(("story",), 1),
                "story",
                "no entity or place of the story has a proper name: a clash is failed only in "
                "an article that declares the story (`story:`), elsewhere it is doubtful",
                "name the people, organisations or places of the story",
            )
        )
    for eid in story.about:
        entity = story.entities[eid]
        for name in entity.routing_names:
            if is_proper_name(name):
                continue
            if name == entity.name:
                key: KeyPath = ("entities", eid, "name")
            else:
                key = ("entities", eid, "aliases", entity.aliases.index(name))
            found.append(
                FactWarning(
                    story.path,
                    story.lines.get(key, story.lines.get(("about",), 1)),
                    ".".join(map(str, key[:3])),
                    f"{name!r} names an `about` entity with no capital letter: any article "
                    "with the word is checked against this story, whatever it is about (its "
                    "clashes are only doubtful unless it names a proper name of the story)",
                    f"list {name!r} under `mention_only` (it still finds mentions) and route "
                    "by a proper name",
                )
            )
    return found
