"""Article files (.txt, .md front matter, .json, .jsonl batches), publication dates, sentences."""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.errors import ArticleError, NotAnArticle, lone_surrogate
from factcheck.facts import YamlProblem, load_yaml
from factcheck.text.dates import DATE_NAMES

ARTICLE_SUFFIXES = (".txt", ".md", ".json", ".jsonl")
"""Matched whatever their case (``.MD``)."""
MAX_ARTICLE_CHARS = 2_000_000
"""Text past this many characters is not checked (the article is still checked up to there)."""


@dataclass(frozen=True)
class Article:
    """One article: its text and what is known of it.

    ``key`` names it in results: the path as given, or ``path#id`` for a JSONL line.
    ``first_line`` is the file line of the first line of ``text``.
    """

    key: str
    path: str
    text: str
    title: str = ""
    source: str = ""
    url: str = ""
    published: dt.date | None = None
    first_line: int = 1
    title_line: int | None = None
    truncated: bool = False
    """The text went on past MAX_ARTICLE_CHARS; the rest is not checked."""
    one_line: bool = False
    """The whole article sits on one file line (a JSONL record): every sentence has that line."""
    author: str = ""
    """Who wrote it (``author``, news-please's ``authors``): kept, not checked."""
    description: str = ""
    """The standfirst of a JSON article (``description``): kept, not checked."""
    stories: tuple[str, ...] = ()
    """The ids of the stories the article says it is about (``story``/``stories``): it is
    checked against exactly these, whatever names it holds. Empty: routed by its names."""
    stories_line: int | None = None
    """The file line of the ``story``/``stories`` key."""


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article, with its offset in ``Article.text`` and its file line."""

    text: str
    start: int
    line: int


def _parse_date(value: object, where: str, line: int, name: str = "published") -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?", text):
            raise ValueError(text)
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise ArticleError(f"{name}: {text!r} is not a date (YYYY-MM-DD)", where, line) from None


def _decode(data: bytes, path: str) -> str:
    if b"\x00" in data[:8192]:
        raise ArticleError("binary file, not text", path, None)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ArticleError(f"not UTF-8 (byte {data[exc.start]:#04x})", path, line) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _front_matter(text: str, path: str) -> tuple[dict[str, object], str, int]:
    """Split ``---`` front matter off an .md article: (fields, body, line of the body)."""
    if not text.startswith("---\n"):
        return {}, text, 1
    end = re.search(r"^(?:---|\.\.\.)[ \t]*$", text[4:], re.M)
    if end is None:
        raise ArticleError("front matter is not closed with '---'", path, 1)
    block = text[4 : 4 + end.start()]
    try:
        _, fields = load_yaml(block)
    except YamlProblem as problem:
        message = problem.message.replace("invalid YAML", "front matter is not valid YAML")
        raise ArticleError(message, path, problem.line + 1) from None
    if fields is None:
        fields = {}
    if not isinstance(fields, dict):
        raise ArticleError("front matter must be a mapping of keys", path, 2)
    for name in ("title", "source", "publisher", "url", "published", "date"):
        if not isinstance(fields.get(name), str | int | float | None):
            raise ArticleError(f"{name}: must be text", path, _field_line(text, name))
    author = fields.get("author")
    if not isinstance(author, str | None) and not (
        isinstance(author, list) and all(isinstance(a, str) for a in author)
    ):
        line = _field_line(text, "author")
        raise ArticleError("author: must be text or a list of names", path, line)
    body_start = 4 + end.end()
    body = text[body_start:].lstrip("\n")
    first_line = text[: len(text) - len(body)].count("\n") + 1
    return fields, body, first_line


STORY_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
"""What a story id is (as in the fact file schema): letters, digits, '-', '_' and '.'."""


def _kind(value: object) -> str:
    """What a value that should be text is, in a few words (`a list`, `a number`)."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, str):
        return "text"
    return type(value).__name__


def declared_stories(
    fields: dict[str, object], path: str, line_of: Callable[[str], int]
) -> dict[str, Any]:
    """The ``stories`` and ``stories_line`` fields of an article that declares its stories
    (``story: id`` or ``stories: [id, ...]``); none for one that does not.

    ``line_of(key)`` is the file line of a key. A value of the wrong shape, both keys at once
    or an empty list is an ArticleError at that line: an article is never left unchecked
    because its declaration could not be read. Whether the ids are those of loaded stories is
    for the ``Checker`` to say.
    """
    given = [key for key in ("story", "stories") if key in fields]
    if not given:
        return {}
    if len(given) == 2:
        message = "story and stories: give one of them (`stories` lists several)"
        raise ArticleError(message, path, max(line_of("story"), line_of("stories")))
    key = given[0]
    value, line = fields[key], line_of(key)
    if key == "story":
        if not isinstance(value, str):
            several = " (several go under `stories: [a, b]`)" if isinstance(value, list) else ""
            message = f"story: must be a story id (text), not {_kind(value)}{several}"
            raise ArticleError(message, path, line)
        ids = [value]
    else:
        if not isinstance(value, list):
            one = " (one goes under `story: id`)" if isinstance(value, str) else ""
            message = f"stories: must be a list of story ids, not {_kind(value)}{one}"
            raise ArticleError(message, path, line)
        for i, v in enumerate(value):
            if not isinstance(v, str):
                message = f"stories[{i}]: must be a story id (text), not {_kind(v)}"
                raise ArticleError(message, path, line)
        if not value:
            message = "stories: the list is empty (name a story, or leave the key out)"
            raise ArticleError(message, path, line)
        ids = value
    for i, sid in enumerate(ids):
        where = "story" if key == "story" else f"stories[{i}]"
        problem = lone_surrogate(sid)
        if problem is not None:
            raise ArticleError(f"{where}: {problem}", path, line)
        if not STORY_ID.fullmatch(sid):
            message = f"{where}: {sid!r} is not a story id (letters, digits, '-', '_', '.')"
            raise ArticleError(message, path, line)
    return {"stories": tuple(dict.fromkeys(ids)), "stories_line": line}


def _field_line(text: str, name: str) -> int:
    m = re.search(rf"^{re.escape(name)}\s*:", text, re.M)
    return text[: m.start()].count("\n") + 1 if m else 1


def _text_field(fields: dict[str, object], name: str) -> str:
    value = fields.get(name)
    return "" if value is None else str(value)


def _authors(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value if v)
    return "" if value is None else str(value)


_MD_ALIASES = {"published": ("published", "date"), "source": ("source", "publisher")}
"""Front-matter fields and the other names they go by (``date``, ``publisher``)."""


def _front_field(fields: dict[str, object], text: str, path: str, name: str) -> object:
    """A front-matter field given under its name or an alias; an error if two disagree."""
    given = [
        (alias, fields[alias], _field_line(text, alias))
        for alias in _MD_ALIASES[name]
        if fields.get(alias) not in (None, "")
    ]
    if not given:
        return None
    first, value, line = given[0]
    if name == "published":
        value = _parse_date(value, path, line, first)
    for alias, other, other_line in given[1:]:
        if name == "published":
            other = _parse_date(other, path, other_line, alias)
        if str(other) != str(value):
            raise ArticleError(
                f"{alias}: {str(other)!r} disagrees with {first}: {str(value)!r} (give one)",
                path,
                other_line,
            )
    return value


def _article(key: str, shown: str, text: str, **fields: Any) -> Article:
    """An article of ``text``, cut at MAX_ARTICLE_CHARS (``truncated`` then says so)."""
    return Article(
        key=key,
        path=shown,
        text=text[:MAX_ARTICLE_CHARS],
        truncated=len(text) > MAX_ARTICLE_CHARS,
        **fields,
    )


def read_article(path: str | Path) -> Article:
    """Read one .txt, .md or .json article; NotAnArticle for a .json object without text."""
    shown = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ArticleError(f"cannot read: {exc.strerror}", shown, None) from None
    text = _decode(data, shown)
    if not text.strip():
        raise ArticleError("empty article", shown, 1)
    suffix = Path(shown).suffix.lower()
    if suffix == ".json":
        return _json_article(text, shown)
    if suffix == ".md":
        fields, body, first_line = _front_matter(text, shown)
        published = _front_field(fields, text, shown, "published")
        assert published is None or isinstance(published, dt.date)
        source = _front_field(fields, text, shown, "source")
        title = _text_field(fields, "title")
        if not body.strip():
            raise ArticleError("empty article (no text after the front matter)", shown, first_line)
        return _article(
            shown,
            shown,
            body,
            title=title,
            source="" if source is None else str(source),
            url=_text_field(fields, "url"),
            published=published,
            first_line=first_line,
            title_line=_field_line(text, "title") if title else None,
            author=_authors(fields.get("author")),
            **declared_stories(fields, shown, lambda key: _field_line(text, key)),
        )
    title, _, _ = text.partition("\n")
    return _article(shown, shown, text, title=title.strip())


_JSON_TEXT = ("maintext", "text")
"""Where a JSON article keeps its text: news-please's ``maintext``, or ``text``."""
_JSON_FIELDS = {
    "title": ("title",),
    "source": ("source", "source_domain", "publisher"),
    "url": ("url",),
    "published": ("published", "date_publish"),
    "author": ("author", "authors"),
    "description": ("description",),
}
"""Article fields and the keys a JSON article may give them under, first found first."""


def _skip_space(text: str, at: int) -> int:
    """The first position at or after ``at`` that is not JSON whitespace."""
    while at < len(text) and text[at] in " \t\n\r":
        at += 1
    return at


def _key_lines(text: str) -> dict[str, int]:
    """The file line where each top-level key's value starts, in the valid JSON object ``text``."""
    decoder = json.JSONDecoder()
    lines: dict[str, int] = {}
    at = _skip_space(text, 0) + 1  # past the "{"
    while True:
        at = _skip_space(text, at)
        if text[at] == "}":
            return lines
        key, at = decoder.raw_decode(text, at)  # a JSON string
        at = _skip_space(text, _skip_space(text, at) + 1)  # past the ":"
        lines[key] = text.count("\n", 0, at) + 1
        _, at = decoder.raw_decode(text, at)
        at = _skip_space(text, at) + 1  # past "," or "}"
        if text[at - 1] == "}":
            return lines


def _json_record(text: str, shown: str) -> dict[str, object]:
    """The object of a .json article, or ArticleError with the line of what is wrong."""
    try:
        record = json.loads(text)
    except RecursionError:
        raise ArticleError("not JSON that can be read: nested too deep", shown, 1) from None
    except json.JSONDecodeError as exc:
        message = f"not JSON: {exc.msg} (column {exc.colno})"
        raise ArticleError(message, shown, exc.lineno) from None
    except ValueError as exc:  # e.g. a number too long to convert
        raise ArticleError(f"not JSON that can be read: {exc}", shown, 1) from None
    if not isinstance(record, dict):
        message = "a JSON article must be an object (one article per file; many go in .jsonl)"
        raise ArticleError(message, shown, 1)
    return record


def is_json_article(path: str | Path) -> bool:
    """False for a .json file that holds an object with neither ``maintext`` nor ``text`` (a
    report, a config): such a file is not an article. True for anything else, broken or not."""
    try:
        read_article(path)
    except NotAnArticle:
        return False
    except ArticleError:
        return True
    return True


def _json_article(text: str, shown: str) -> Article:
    """A .json article in the news-please or Giveme5W1H shape (see ``_JSON_FIELDS``).

    Every sentence has the line where the text's value starts (the text is one JSON string).
    """
    record = _json_record(text, shown)
    present = [k for k in _JSON_TEXT if k in record]
    if not present:
        raise NotAnArticle("no `maintext` or `text`: not an article", shown, 1)
    lines = _key_lines(text)
    for keys in (_JSON_TEXT, *_JSON_FIELDS.values()):
        for key in keys:
            values = record.get(key)
            for value in values if isinstance(values, list) else [values]:
                problem = lone_surrogate(value) if isinstance(value, str) else None
                if problem is not None:
                    raise ArticleError(f"{key}: {problem}", shown, lines[key])
    texts = [(k, v) for k in present if isinstance(v := record[k], str) and v.strip()]
    if not texts:
        message = f"`{present[0]}` is empty (a non-empty string is required)"
        raise ArticleError(message, shown, lines[present[0]])
    text_key, body = texts[0]
    found = {
        name: next((k for k in keys if record.get(k) not in (None, "", [])), None)
        for name, keys in _JSON_FIELDS.items()
    }
    for name in ("title", "source", "url", "description"):
        given = found[name]
        if given is not None and not isinstance(record[given], str | int | float):
            raise ArticleError(f"{given}: must be text", shown, lines[given])
    date_key = found["published"]
    published = (
        _parse_date(record[date_key], shown, lines[date_key], date_key) if date_key else None
    )
    title = _text_field(record, found["title"] or "title")
    declared = declared_stories(record, shown, lines.__getitem__)
    return _article(
        shown,
        shown,
        body,
        title=title,
        source=_text_field(record, found["source"] or "source"),
        url=_text_field(record, found["url"] or "url"),
        published=published,
        first_line=lines[text_key],
        title_line=lines["title"] if title else None,
        one_line=True,
        author=_authors(record.get(found["author"] or "author")),
        description=_text_field(record, found["description"] or "description"),
        **declared,
    )


def iter_jsonl(path: str | Path) -> Iterator[Article | ArticleError]:
    """Stream a JSONL batch: an Article per good line, an ArticleError per bad one."""
    for _offset, entry in iter_jsonl_offsets(path):
        yield entry


def _keyed(error: ArticleError, key: str) -> ArticleError:
    error.key = key
    return error


_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "sgt",
        "capt",
        "st",
        "jr",
        "sr",
        "prof",
        "rev",
        "adm",
        "cmdr",
        "maj",
        "pres",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "vs",
        "etc",
        "inc",
        "corp",
        "co",
        "ltd",
        "est",
        "approx",
        "fig",
        "dept",
        "univ",
        "ave",
        "mt",
        "ft",
    ]
)
_SENTENCE_END = r"""[.!?](?:[\"'”’)\]]*(?=\s+[\"'“‘(\[]*[A-Z0-9])   # end mark, space, capital
                |(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]))         # 'Russia.Mr.' glued together
      | \n\s*\n                                           # blank line"""
_BOUNDARY = re.compile(
    _SENTENCE_END
    + r"""
      | \n(?=\s*[^\sa-z])(?<![,;:(\-–—]\n)                # line break, unless the sentence goes on
    """,
    re.X,
)
_WRAPPED_BOUNDARY = re.compile(_SENTENCE_END, re.X)
"""In hard-wrapped text a single line break is a space; only blank lines end paragraphs."""
_LINE_END = frozenset(".!?:\"'”’)]")
"""What a line that ends a sentence ends with, before any white space."""


_SCHEDULE_LINE = re.compile(
    r"\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"\s*(?:--|[-–—])\s"
)
"""A line of a schedule (`July 22 – Cuyahoga Falls, OH @ Blossom Music Center`): a date and a
dash open it; such lines stop without a full stop but are no text wrapped at a fixed width."""


_ENTRY_LINE = re.compile(r"\s*[A-Z][^\n:.!?]{0,40}:[ \t]+\S")
"""A line of a list of entries, a short capitalised label and a colon before its value
(`England (Group A): 10th appearance`, `Path A: Iceland, Bulgaria`): such lines stop without a
full stop but are no text wrapped at a fixed width."""


def _hard_wrapped(text: str) -> bool:
    """Most lines stop mid-sentence: the text was wrapped at a fixed width. A schedule's lines
    and a list's entries are not counted: each is an entry of its own."""
    lines = map(str.rstrip, text.split("\n"))
    ends = [
        line[-1]
        for line in lines
        if line and not _SCHEDULE_LINE.match(line) and not _ENTRY_LINE.match(line)
    ]
    open_ended = sum(1 for end in ends if end not in _LINE_END)
    return len(ends) >= 4 and open_ended > 0.6 * len(ends)


_ABBREVIATION_REACH = 24
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)[.!?][\"'”’)\]]*$")


_LETTERED_LABELS = frozenset(
    """group pool pot path plan grade class type category level phase stage tier division gate
    terminal zone section block wing ward exhibit appendix""".split()
)
"""Words that a capital letter names one of (`Group D`, `Plan B`, `Terminal C`): written with a
capital, the letter after them is no initial, and a full stop after it ends the sentence (`to
win Group D. The day before, ...`); after `the class` it may be one (`the class J. K. Rowling
taught`)."""
_LABEL_BEFORE_LETTER = re.compile(r"([A-Z][a-z]+)\s+[A-Z]\.$")


def _is_abbreviation(before: str) -> bool:
    if not before.endswith("."):
        return False
    tail = before[-_ABBREVIATION_REACH:]  # the pattern ends at `$`: search the tail only
    m = _LAST_WORD.search(tail)
    if m is None or (m.start() == 0 and len(before) > len(tail)):
        return False
    word = m.group(1)
    if len(word) == 1:  # an initial ('J.'), unless it is the letter of a label ('Group D.')
        label = _LABEL_BEFORE_LETTER.search(tail)
        return label is None or label.group(1).lower() not in _LETTERED_LABELS
    if "." in word:  # 'U.S.'
        return True
    return word.lower() in _ABBREVIATIONS


_CLOCK_TIME_END = re.compile(r"\d\s*[ap]\.m\.$", re.I)
_NEXT_WORD = re.compile(r"\s*[\"'“‘(\[]*([A-Z][A-Za-z]*)")
_AFTER_CLOCK_TIME = DATE_NAMES | frozenset(
    """today tonight yesterday tomorrow local eastern central pacific mountain atlantic et est
    edt ct cst cdt pt pst pdt mt mst mdt gmt bst utc cet cest aest ist""".split()
)
"""Capitalised words that may go on a sentence after `10 p.m.`: a day, a month, a time zone."""


def _clock_time_ends(text: str, dot: int, end: int) -> bool:
    """Whether the dot at ``dot`` closes a clock time (`shortly after 10 p.m.`) and the next
    word, capitalised, opens a new sentence (`Turnout was 41%`): not a day, a month or a time
    zone (`at 10 p.m. Tuesday`, `10 p.m. ET`), which go on the sentence."""
    if _CLOCK_TIME_END.search(text, max(0, dot - 8), dot + 1) is None:
        return False
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1).lower() not in _AFTER_CLOCK_TIME


_DOTTED_NAME = re.compile(r"\w\.\s+\w")
"""A name with a full stop inside it, before another word (`ID. Space Vizzion`)."""


def dotted_names(names: Iterable[str]) -> tuple[str, ...]:
    """The names among ``names`` that hold a full stop before another word (`ID. Space
    Vizzion`, not `Dr Lee` or `U.S.`): a sentence never ends inside one of them."""
    return tuple(sorted({n for n in names if _DOTTED_NAME.search(n)}))


@functools.lru_cache(maxsize=16)
def _dots_of(names: tuple[str, ...]) -> dict[str, tuple[tuple[int, str], ...]]:
    """For each word that a full stop inside one of ``names`` follows (`id` of `ID. Space
    Vizzion`), lower-cased: where that stop stands in the name, and the name lower-cased."""
    found: dict[str, list[tuple[int, str]]] = {}
    for name in names:
        for m in _DOTTED_NAME.finditer(name):
            word = _WORD_BEFORE_DOT.search(name, 0, m.start() + 2)
            if word is not None:
                found.setdefault(word.group(1).lower(), []).append((m.start() + 1, name.lower()))
    return {word: tuple(spots) for word, spots in found.items()}


@functools.lru_cache(maxsize=16)
def _dot_ends(names: tuple[str, ...]) -> frozenset[str]:
    """The last character of each word ``_dots_of(names)`` holds: a full stop after an ASCII
    character that is none of them (lower-cased) closes no such word, and ``_inside_name``
    need not look."""
    return frozenset(word[-1] for word in _dots_of(names))


_WORD_BEFORE_DOT = re.compile(r"(\w+)\.$")


def _inside_name(text: str, dot: int, dots: dict[str, tuple[tuple[int, str], ...]]) -> bool:
    """Whether the full stop at ``dot`` belongs to one of the names ``dots`` holds (``_dots_of``),
    written there in full (any case, as a whole word): `the ID. SPACE VIZZION is` for `ID.
    Space Vizzion`."""
    spots = next(
        (spots for word, spots in dots.items() if text[dot - len(word) : dot].lower() == word),
        None,
    )
    for offset, name in spots or ():
        begin = dot - offset
        if begin < 0 or (begin and text[begin - 1].isalnum()):
            continue
        end = begin + len(name)
        if text[begin:end].lower() == name and not text[end : end + 1].isalnum():
            return True
    return False


def split_sentences(
    text: str, first_line: int = 1, one_line: bool = False, names: tuple[str, ...] = ()
) -> list[Sentence]:
    """Split ``text`` into sentences; each keeps its offset and the file line it starts on
    (``first_line`` for all of them when the text stands on ``one_line``, as in JSONL). A full
    stop inside one of ``names`` (``dotted_names``: `ID. Space Vizzion`) ends no sentence."""
    sentences: list[Sentence] = []
    start = 0
    line = first_line
    pos_line = 0  # offset up to which `line` is counted

    def emit(end: int) -> None:
        nonlocal line, pos_line
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            return
        offset = start + (len(chunk) - len(chunk.lstrip()))
        if not one_line:
            line += text.count("\n", pos_line, offset)
            pos_line = offset
        sentences.append(Sentence(stripped, offset, line))

    boundary = _WRAPPED_BOUNDARY if _hard_wrapped(text) else _BOUNDARY
    dots = _dots_of(names) if names else {}
    ends = _dot_ends(names) if names else frozenset()
    for m in boundary.finditer(text):
        glued = "\n" not in m.group(0)
        if (
            glued
            and text[m.start()] == "."
            and _is_abbreviation(text[max(start, m.start() - _ABBREVIATION_REACH) : m.start() + 1])
            and not _clock_time_ends(text, m.start(), m.end())
        ):
            continue
        if (
            glued
            and dots
            and text[m.start()] == "."
            and ((c := text[m.start() - 1 : m.start()]).lower() in ends or not c.isascii())
            and _inside_name(text, m.start(), dots)
        ):
            continue  # `the ID. SPACE VIZZION is`: the stop of a name the facts write
        emit(m.end() if glued else m.start())
        start = m.end()
    emit(len(text))
    return sentences


def article_sentences(article: Article, names: tuple[str, ...] = ()) -> list[Sentence]:
    """The article's sentences: its title (if any, as line ``title_line``) and its text;
    ``names`` as for ``split_sentences``."""
    sentences = split_sentences(article.text, article.first_line, article.one_line, names)
    if article.title and article.title_line is not None:
        title = Sentence(article.title, -1, article.title_line)
        return [title, *sentences]
    return sentences


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
"""An escape that may stand for half a surrogate pair (a whole pair decodes to one character)."""


def _check_text(record: dict[str, object], names: Sequence[str], shown: str, number: int) -> None:
    """Raise ArticleError if one of the fields ``names`` holds a lone surrogate."""
    for name in names:
        value = record.get(name)
        problem = lone_surrogate(value) if isinstance(value, str) else None
        if problem is not None:
            raise ArticleError(f"{name}: {problem}", shown, number)


def parse_jsonl_line(raw: bytes, shown: str, number: int) -> Article | ArticleError:
    """One non-blank line of a JSONL batch (file line ``number``): an Article, or why it is bad."""
    key = f"{shown}#{number}"
    try:
        record = json.loads(_decode(raw, shown))
        if not isinstance(record, dict):
            raise ArticleError("a JSONL line must be an object", shown, number)
        escaped = _SURROGATE_ESCAPE.search(raw) is not None
        if escaped:
            _check_text(record, ("id",), shown, number)
        ident = str(record.get("id") or number)
        key = f"{shown}#{ident}"
        if escaped:
            _check_text(record, ("text", "title", "source", "url", "published"), shown, number)
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            raise ArticleError("no `text` (a non-empty string is required)", shown, number)
        title = _text_field(record, "title")
        return _article(
            key,
            shown,
            text,
            title=title,
            source=_text_field(record, "source"),
            url=_text_field(record, "url"),
            published=_parse_date(record.get("published"), shown, number),
            first_line=number,
            title_line=number if title else None,
            one_line=True,
            **declared_stories(record, shown, lambda _key: number),
        )
    except RecursionError:
        message = "not JSON that can be read: nested too deep"
        return _keyed(ArticleError(message, shown, number), key)
    except json.JSONDecodeError as exc:
        return _keyed(ArticleError(f"not JSON: {exc.msg} (column {exc.colno})", shown, number), key)
    except ValueError as exc:  # e.g. a number too long to convert
        return _keyed(ArticleError(f"not JSON that can be read: {exc}", shown, number), key)
    except ArticleError as exc:
        exc.line = number
        return _keyed(exc, key)


def iter_jsonl_offsets(path: str | Path) -> Iterator[tuple[int, Article | ArticleError]]:
    """Stream a JSONL batch as ``iter_jsonl`` does, each entry with the byte offset of its line."""
    shown = str(path)
    offset = 0
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if raw.strip():
                yield offset, parse_jsonl_line(raw, shown, number)
            offset += len(raw)


def read_jsonl_line(path: str | Path, offset: int, number: int) -> Article:
    """Read again the JSONL line ``number`` that starts at byte ``offset``; ArticleError if bad."""
    shown = str(path)
    key = f"{shown}#{number}"
    try:
        with open(path, "rb") as handle:
            handle.seek(offset)
            raw = handle.readline()
    except OSError as exc:
        raise _keyed(ArticleError(f"cannot read: {exc.strerror}", shown, number), key) from None
    if not raw.strip():
        raise _keyed(ArticleError("the line is gone: the file changed", shown, number), key)
    entry = parse_jsonl_line(raw, shown, number)
    if isinstance(entry, ArticleError):
        raise entry
    return entry
