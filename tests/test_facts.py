"""Tests for factcheck.facts: parsing, validation messages with lines, PartialDate, places."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from factcheck.errors import FactFileError
from factcheck.facts import PartialDate, Story, fact_files, load_story, parse_story

REPO = Path(__file__).resolve().parents[1]

GOOD = """\
story: park-tour
title: Lena Park tours Scandinavia
date: 2024-03-05
about: [park]
entities:
  park:
    name: Lena Park
    aliases: [Ms. Park, Park]
  berg:
    name: Ola Berg
places:
  europe: {name: Europe}
  norway: {name: Norway, in: europe}
  oslo: {name: Oslo, aliases: [Christiania], in: norway}
  sweden: {name: Sweden, in: europe}
facts:
  - id: arrives
    who: park
    what: [arrived in Oslo, landed in Oslo]
    where: oslo
    when: 2024-03-05
    required: true
  - id: concerts
    who: [park, berg]
    what: concerts
    count: 3
    when: 2024-03
  - id: welcome
    who: berg
    quote: We are delighted to welcome her
    note: said at the airport
"""


@pytest.fixture(scope="module")
def story() -> Story:
    return parse_story(GOOD, "f.yaml")


def test_parse_story_builds_the_model(story: Story) -> None:
    assert story.id == "park-tour"
    assert story.path == "f.yaml"
    assert story.title == "Lena Park tours Scandinavia"
    assert story.date == dt.date(2024, 3, 5)
    assert story.about == ("park",)
    assert story.entities["park"].names == ("Lena Park", "Ms. Park", "Park")
    assert story.entities["berg"].aliases == ()
    assert story.places["oslo"].names == ("Oslo", "Christiania")
    assert story.places["oslo"].parent == "norway"
    assert story.places["europe"].parent is None
    assert [f.id for f in story.facts] == ["arrives", "concerts", "welcome"]


def test_parse_story_fact_fields(story: Story) -> None:
    arrives, concerts, welcome = story.facts
    assert arrives.who == ("park",)
    assert arrives.what == ("arrived in Oslo", "landed in Oslo")
    assert arrives.where == "oslo"
    assert arrives.when == PartialDate(2024, 3, 5)
    assert arrives.required is True
    assert arrives.slots == ("who", "what", "where", "when")
    assert concerts.who == ("park", "berg")
    assert concerts.count == 3
    assert concerts.when == PartialDate(2024, 3)
    assert concerts.required is False
    assert concerts.slots == ("who", "what", "when", "count")
    assert concerts.expected("count") == "3"
    assert concerts.expected("who") == "park | berg"
    assert welcome.quote == "We are delighted to welcome her"
    assert welcome.what == ()
    assert welcome.slots == ("who", "quote")


def test_fact_lines(story: Story) -> None:
    assert [f.line for f in story.facts] == [17, 23, 28]
    assert story.lines[("facts", 1, "when")] == 27
    assert story.lines[("places", "oslo")] == 14
    assert story.lines[("story",)] == 1


def test_dates_stay_as_written() -> None:
    """A YAML timestamp is not turned into a datetime (and its time is not dropped)."""
    parsed = parse_story(GOOD.replace("when: 2024-03-05", "when: '2024-03-05'"), "f.yaml")
    assert parsed.facts[0].when == PartialDate(2024, 3, 5)
    with pytest.raises(FactFileError) as info:
        parse_story(GOOD.replace("    when: 2024-03-05", "    when: 2024-03-05 10:00:00"), "f.yaml")
    assert str(info.value) == "f.yaml:21: facts[0].when: '2024-03-05 10:00:00' is not a valid date"


def test_minimal_story() -> None:
    text = "story: s\nabout: [a]\nentities:\n  a: {name: A}\nfacts:\n  - {id: f, who: a, what: x}\n"
    parsed = parse_story(text)
    assert parsed.places == {}
    assert parsed.date is None
    assert parsed.title == ""
    assert parsed.facts[0].line == 6
    assert parsed.facts[0].slots == ("who", "what")


BASE = """\
story: vik-election
about: [vik]
entities:
  vik:
    name: Tomas Vik
places:
  norway: {name: Norway}
  bergen: {name: Bergen, in: norway}
facts:
  - id: vik-wins
    who: vik
    what: won the election
"""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            BASE + "    when: 2023-13-01\n",
            "f.yaml:13: facts[0].when: '2023-13-01' is not a valid date",
            id="month-13",
        ),
        pytest.param(
            BASE + "    when: 2023-02-30\n",
            "f.yaml:13: facts[0].when: '2023-02-30' is not a valid date",
            id="february-30",
        ),
        pytest.param(
            BASE + "    when: 2023-09-00\n",
            "f.yaml:13: facts[0].when: '2023-09-00' is not a valid date",
            id="day-00",
        ),
        pytest.param(
            BASE.replace("about:", "date: 2024-02\nabout:"),
            "f.yaml:2: date: '2024-02' is not a valid date",
            id="story-date-not-a-day",
        ),
        pytest.param(
            BASE + "    colour: red\n",
            "f.yaml:13: facts[0].colour: unknown key 'colour'; allowed: count, exclusive, "
            "id, note, ordinal, quote, required, unit, what, when, where, who",
            id="unknown-fact-key",
        ),
        pytest.param(
            "colour: red\n" + BASE,
            "f.yaml:1: colour: unknown key 'colour'; allowed: about, date, entities, facts, "
            "places, story, title",
            id="unknown-top-key",
        ),
        pytest.param(
            BASE.replace("    name: Tomas Vik", "    name: Tomas Vik\n    born: 1970"),
            "f.yaml:6: entities.vik.born: unknown key 'born'; "
            "allowed: aliases, kind, mention_only, name",
            id="unknown-entity-key",
        ),
        pytest.param(
            BASE.replace("    who: vik\n", "    who: vok\n"),
            "f.yaml:11: facts[0].who: unknown entity 'vok'; did you mean 'vik'?",
            id="unknown-entity",
        ),
        pytest.param(
            BASE.replace("    who: vik\n", "    who: [vik, ola]\n"),
            "f.yaml:11: facts[0].who[1]: unknown entity 'ola'",
            id="unknown-entity-in-list",
        ),
        pytest.param(
            BASE.replace("about: [vik]", "about: [vik, ola]"),
            "f.yaml:2: about[1]: unknown entity 'ola'",
            id="unknown-about",
        ),
        pytest.param(
            BASE + "    where: paris\n",
            "f.yaml:13: facts[0].where: unknown place 'paris'",
            id="unknown-place",
        ),
        pytest.param(
            BASE.replace("in: norway", "in: europe"),
            "f.yaml:8: places.bergen.in: unknown place 'europe'",
            id="unknown-parent-place",
        ),
        pytest.param(
            BASE + "  - id: vik-wins\n    who: vik\n    what: lost\n",
            "f.yaml:13: facts[1].id: duplicate fact id 'vik-wins' (first at facts[0])",
            id="duplicate-fact-id",
        ),
        pytest.param(
            BASE.replace("{name: Norway}", "{name: Norway, in: norway}"),
            "f.yaml:7: places.norway.in: cycle in `in`: norway -> norway",
            id="place-inside-itself",
        ),
        pytest.param(
            BASE + "    what: lost\n",
            "f.yaml:13: facts[0].what: key given twice",
            id="key-given-twice",
        ),
        pytest.param(
            BASE.replace("    what: won the election\n", ""),
            "f.yaml:10: facts[0]: a fact needs `what` or `quote`",
            id="no-what-or-quote",
        ),
        pytest.param(
            BASE.replace("name: Tomas Vik", "name: ' '"),
            "f.yaml:5: entities.vik.name: must not be empty",
            id="blank-name",
        ),
        pytest.param(
            BASE.replace("what: won the election", "what: [won, '']"),
            "f.yaml:12: facts[0].what[1]: must not be empty",
            id="blank-phrase",
        ),
        pytest.param(
            BASE.replace("norway: {name: Norway}", "norway: {name: Norway, country: NO}"),
            "f.yaml:7: places.norway.country: False is not of type 'string': YAML reads an "
            "unquoted yes, no, on, off, true or false (a country code such as NO too) as a "
            "true/false value; put it in quotes ('NO')",
            id="country-code-read-as-false",
        ),
        pytest.param(
            BASE + "    count: seven\n",
            "f.yaml:13: facts[0].count: 'seven' is not of type 'number'",
            id="count-not-a-number",
        ),
        pytest.param(
            BASE.replace("what: won the election", "what: won: the election"),
            "f.yaml:12: invalid YAML: mapping values are not allowed here",
            id="malformed-yaml",
        ),
        pytest.param(
            BASE.replace("    who: vik", "\twho: vik"),
            "f.yaml:11: invalid YAML: found character '\\t' that cannot start any token",
            id="tab",
        ),
        pytest.param(
            BASE + "    note: !!python/object/apply:os.system [echo hi]\n",
            "f.yaml:13: invalid YAML: could not determine a constructor for the tag "
            "'tag:yaml.org,2002:python/object/apply:os.system'",
            id="python-tag-not-executed",
        ),
        pytest.param(
            "",
            "f.yaml:1: a fact file must be a mapping of keys; this one is empty",
            id="empty",
        ),
        pytest.param(
            "# only a comment\n",
            "f.yaml:1: a fact file must be a mapping of keys; this one is empty",
            id="only-a-comment",
        ),
        pytest.param(
            "- story: s\n- about: [a]\n",
            "f.yaml:1: a fact file must be a mapping of keys; this one is a list, not a mapping",
            id="list",
        ),
        pytest.param(
            "just words\n",
            "f.yaml:1: a fact file must be a mapping of keys; this one is a str, not a mapping",
            id="scalar",
        ),
    ],
)
def test_parse_story_rejects(text: str, message: str) -> None:
    with pytest.raises(FactFileError) as info:
        parse_story(text, "f.yaml")
    assert str(info.value) == message
    assert info.value.path == "f.yaml"
    assert info.value.line == int(message.split(":")[1])


def test_every_problem_is_reported_with_its_line() -> None:
    text = BASE.replace("{name: Norway}", "{name: Norway, in: bergen}")
    with pytest.raises(FactFileError) as info:
        parse_story(text, "f.yaml")
    assert [str(p) for p in info.value.problems] == [
        "f.yaml:7: places.norway.in: cycle in `in`: norway -> bergen -> norway",
        "f.yaml:8: places.bergen.in: cycle in `in`: bergen -> norway -> bergen",
    ]
    assert str(info.value).splitlines() == [str(p) for p in info.value.problems]


def test_schema_problems_are_sorted_by_line() -> None:
    text = BASE.replace("name: Tomas Vik", "name: ''") + "    when: 2023-13-01\n"
    with pytest.raises(FactFileError) as info:
        parse_story(text, "f.yaml")
    assert [(p.line, p.message) for p in info.value.problems] == [
        (5, "entities.vik.name: must not be empty"),
        (13, "facts[0].when: '2023-13-01' is not a valid date"),
    ]


def test_load_story_reads_a_file_and_names_it(tmp_path: Path) -> None:
    path = tmp_path / "vik.yaml"
    path.write_text("\ufeff" + BASE, encoding="utf-8")
    assert load_story(path).id == "vik-election"
    assert load_story(path).path == str(path)
    path.write_text(BASE + "    when: 2023-13-01\n", encoding="utf-8")
    with pytest.raises(FactFileError) as info:
        load_story(path)
    assert str(info.value) == f"{path}:13: facts[0].when: '2023-13-01' is not a valid date"


def test_load_story_rejects_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(BASE.replace("Tomas", "Tomás").encode("latin-1"))
    with pytest.raises(FactFileError) as info:
        load_story(path)
    assert str(info.value).startswith(f"{path}: cannot read fact file")


def test_fact_files_finds_yaml_in_folders(tmp_path: Path) -> None:
    (tmp_path / "b.yaml").write_text(BASE)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.yml").write_text(BASE)
    (tmp_path / "notes.txt").write_text("x")
    single = tmp_path / "elsewhere.yaml"
    found = list(fact_files([tmp_path / "sub", tmp_path, single]))
    assert found == [
        tmp_path / "sub" / "a.yml",
        tmp_path / "b.yaml",
        tmp_path / "sub" / "a.yml",
        single,
    ]


# --- PartialDate ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected", "precision", "text"),
    [
        ("2023", PartialDate(2023), "year", "2023"),
        (2023, PartialDate(2023), "year", "2023"),
        ("2023-09", PartialDate(2023, 9), "month", "2023-09"),
        ("2023-09-12", PartialDate(2023, 9, 12), "day", "2023-09-12"),
        ("2024-02-29", PartialDate(2024, 2, 29), "day", "2024-02-29"),
        ("0999-01", PartialDate(999, 1), "month", "0999-01"),
    ],
)
def test_partial_date_parses(
    value: object, expected: PartialDate, precision: str, text: str
) -> None:
    parsed = PartialDate.parse(value)
    assert parsed == expected
    assert parsed is not None
    assert parsed.precision == precision
    assert str(parsed) == text


@pytest.mark.parametrize(
    "value",
    [
        "2023-13-01",
        "2023-02-30",
        "2023-02-29",
        "2023-00",
        "2023-09-00",
        "2023-9-1",
        "23",
        "2023-09-12T10:00",
        "2023/09/12",
        "",
        None,
        True,
        12.5,
    ],
)
def test_partial_date_rejects(value: object) -> None:
    assert PartialDate.parse(value) is None


# --- places ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("place", "chain"),
    [
        ("oslo", ["oslo", "norway", "europe"]),
        ("norway", ["norway", "europe"]),
        ("europe", ["europe"]),
        ("sweden", ["sweden", "europe"]),
    ],
)
def test_story_ancestors(story: Story, place: str, chain: list[str]) -> None:
    assert story.ancestors(place) == chain


# --- the fact files in the repository -------------------------------------------------------


class _Loader(yaml.SafeLoader):
    """Dates stay strings, as the schema expects."""


_Loader.add_constructor(
    "tag:yaml.org,2002:timestamp",
    lambda loader, node: str(loader.construct_scalar(node)),  # type: ignore[arg-type]
)

_DATES = jsonschema.FormatChecker(formats=())


@_DATES.checks("partial-date")
def _partial_date(value: object) -> bool:
    return PartialDate.parse(value) is not None


@_DATES.checks("full-date")
def _full_date(value: object) -> bool:
    parsed = PartialDate.parse(value)
    return parsed is not None and parsed.precision == "day"


def _facts_schema() -> dict[str, Any]:
    text = resources.files("factcheck").joinpath("schema/facts.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


REPO_FACT_FILES = sorted((REPO / "facts").glob("*.y*ml"))


def test_the_repository_has_fact_files() -> None:
    assert REPO_FACT_FILES


def test_facts_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(_facts_schema())


@pytest.mark.parametrize("path", REPO_FACT_FILES, ids=lambda p: p.name)
def test_repository_fact_file_passes_the_schema(path: Path) -> None:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    validator = jsonschema.Draft202012Validator(_facts_schema(), format_checker=_DATES)
    assert [e.message for e in validator.iter_errors(data)] == []
    assert load_story(path).id == data["story"]


def test_schema_rejects_what_the_parser_rejects() -> None:
    """The shipped schema itself (not only the parser) catches a bad date and an unknown key."""
    validator = jsonschema.Draft202012Validator(_facts_schema(), format_checker=_DATES)
    data = yaml.load(BASE + "    when: 2023-13-01\n    colour: red\n", Loader=_Loader)
    assert sorted(e.validator for e in validator.iter_errors(data)) == [
        "additionalProperties",
        "format",
    ]
