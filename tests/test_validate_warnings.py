"""`factcheck validate` warns about facts that invite false alarms, and still exits 0."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.facts import parse_story, story_warnings

ROOT = Path(__file__).resolve().parent.parent
HEAD = """\
story: s
about: [kim]
entities:
  kim: {name: Kim Jong Un}
  obama: {name: Barack Obama}
facts:
"""


def warnings(facts: str) -> list[str]:
    return [str(w) for w in story_warnings(parse_story(HEAD + facts, "f.yaml"))]


@pytest.mark.parametrize("unit", ["years", "times", "people", "game", "limit", "minutes"])
def test_a_count_of_a_bare_unit(unit: str) -> None:
    (warning,) = warnings(f"  - id: f\n    who: kim\n    what: {unit}\n    count: 12\n")
    assert warning.startswith(f"f.yaml:9: warning: facts[0].what: a count of '{unit}' (12) is ")
    assert f"better: say what is counted, as the articles do: `{unit} of talks`" in warning


def test_a_count_of_what_is_counted_is_fine() -> None:
    assert (
        warnings(
            "  - id: f\n    who: kim\n    what: [years in power, trips abroad]\n    count: 12\n"
        )
        == []
    )


def test_a_one_word_common_what() -> None:
    (warning,) = warnings("  - id: f\n    who: kim\n    what: [met, met with]\n")
    assert warning == (
        "f.yaml:9: warning: facts[0].what: 'met' alone is a very common word: every sentence "
        "where the `who` met anything counts as a mention; better: add what makes it this "
        "event: `met <whom or what>`, or several specific phrasings"
    )
    assert warnings("  - id: f\n    who: kim\n    what: met Putin\n") == []
    assert warnings("  - id: f\n    who: kim\n    what: abdicated\n") == []


def test_a_when_on_a_generic_phrase() -> None:
    (warning,) = warnings(
        "  - id: f\n    who: kim\n    what: [visited, toured Vladivostok]\n    when: 2023-09-13\n"
    )
    assert "facts[0].what: a `when` fact on 'visited' judges the date of anything" in warning
    assert "better: name this event in the phrase: `visited <whom or what>`" in warning


def test_one_phrase_for_two_events_with_two_dates() -> None:
    found = warnings(
        "  - id: a\n    who: kim\n    what: signed the treaty\n    when: 2023-09-13\n"
        "  - id: b\n    who: obama\n    what: signed the treaty\n    when: 2015-07-14\n"
    )
    assert found == [
        "f.yaml:13: warning: facts[1].what: the phrase 'signed the treaty' also belongs to 'a' "
        "with another date: a sentence about either event is judged against both dates; "
        "better: give each fact the words of its own event (`met Obama`, `met Ryan`)"
    ]


def test_validate_prints_warnings_and_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(HEAD + "  - id: f\n    who: kim\n    what: years\n    count: 12\n")
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{path}:9: warning: facts[0].what: a count of 'years' (12)")
    assert out[1] == f"{path}: ok (s, 1 facts, 1 warning)"


def test_the_example_story_has_no_warning(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(ROOT / "facts")]) == 0
    assert "warning" not in capsys.readouterr().out


def test_an_about_name_without_a_capital_letter_routes_any_article() -> None:
    fact = "  - id: f\n    who: kim\n    what: arrived in Russia\n"
    story = HEAD.replace("kim: {name: Kim Jong Un}", "kim: {name: Kim Jong Un, aliases: [boy]}")
    story += fact
    (warning,) = [str(w) for w in story_warnings(parse_story(story, "f.yaml"))]
    assert warning.startswith(
        "f.yaml:4: warning: entities.kim.aliases: 'boy' names an `about` entity with no capital"
    )
    assert "better: list 'boy' under `mention_only`" in warning
    only = story.replace("aliases: [boy]}", "aliases: [boy], mention_only: [boy]}")
    assert story_warnings(parse_story(only, "f.yaml")) == []
    # an entity the story is not about never routes, whatever its names
    other = HEAD.replace("obama: {name: Barack Obama}", "obama: {name: the president}") + fact
    assert story_warnings(parse_story(other, "f.yaml")) == []


def test_a_when_on_a_phrase_other_events_share() -> None:
    (warning,) = warnings(
        "  - id: f\n    who: kim\n    what: won the title\n    when: 2021-10-03\n"
    )
    assert warning == (
        "f.yaml:9: warning: facts[0].what: 'won the title' is made of common words, with no "
        "name of this event: any other time the `who` won the title (an earlier one, a first "
        "one years ago) is judged against the `when`; better: add what only this event has, as "
        "the articles write it: its name, place or other party (`won the FA Cup`, `took office "
        "in Accra`), or drop the `when`"
    )


@pytest.mark.parametrize(
    "what, shared",
    [
        ("took office", True),
        ("has won the title", True),
        ("was found", True),
        ("[went on strike, walked out of Pyongyang]", True),
        # near-misses: a name, a digit, a word of the story's names, a verb no event shares
        # so often, a phrase too long to be shared, one common word alone (its own warning)
        ("won the FA Cup", False),
        ("won the 2021 title", False),
        ("joined the club", False),
        ("was born", False),
        ("went on a long march through the city", False),
        ("walked out of Pyongyang", False),
    ],
)
def test_which_phrases_other_events_share(what: str, shared: bool) -> None:
    story = HEAD.replace(
        "kim: {name: Kim Jong Un}", "kim: {name: Kim Jong Un, aliases: [the club]}"
    )
    fact = f"  - id: f\n    who: kim\n    what: {what}\n    when: 2021-10-03\n"
    found = [str(w) for w in story_warnings(parse_story(story + fact, "f.yaml"))]
    assert any("is made of common words" in w for w in found) is shared
    # without a `when`, no other occurrence's date is judged
    undated = fact.replace("    when: 2021-10-03\n", "")
    assert not any(
        "is made of common words" in str(w)
        for w in story_warnings(parse_story(story + undated, "f.yaml"))
    )


def test_a_count_of_things_gathered_over_a_career() -> None:
    (warning,) = warnings(
        "  - id: f\n    who: kim\n    what: [Oscars, Academy Awards]\n    count: 2\n"
    )
    assert warning == (
        "f.yaml:9: warning: facts[0].what: a count of 'Oscars' / 'Academy Awards' (2) reads any "
        "number of them the article gives for the `who`: a career total (`9 Oscars in all`), "
        "nominations, another year's; better: tie the things counted to this event, as the "
        "articles do: `Oscars for <this work>`, `Oscars at <this event>`"
    )


@pytest.mark.parametrize(
    "what, extra, tallied",
    [
        ("titles", "", True),
        ("gold medals", "", True),
        ("Grammys", "", True),
        # near-misses: what is counted tied to the act or the event, no kind of prize, an
        # ordinal, a measure
        ("won Oscars", "", False),
        ("nominated for Oscars", "", False),
        ("Oscars for Poor Things", "", False),
        ("trips abroad", "", False),
        ("titles", "    ordinal: true\n", False),
        ("titles", "    unit: kg\n", False),
    ],
)
def test_which_counts_read_a_career_total(what: str, extra: str, tallied: bool) -> None:
    found = warnings(f"  - id: f\n    who: kim\n    what: {what}\n    count: 2\n{extra}")
    assert any("a career total" in w for w in found) is tallied


@pytest.mark.parametrize(
    "who, kind, what, warned",
    [
        # a person's death or birth happens once: a `when` on the bare verb is no warning
        ("kim", "person", "[died, has died, death]", False),
        ("kim", "person", "[was born]", False),
        # another act, or a `who` that is no person (a crash `died`?): still warned
        ("kim", "person", "[died, visited]", True),
        ("kim", "organisation", "[died]", True),
        ("kim", None, "[died]", True),
    ],
)
def test_a_person_s_death_may_carry_a_when_on_the_bare_verb(
    who: str, kind: str | None, what: str, warned: bool
) -> None:
    entity = f"{{name: Kim Jong Un, kind: {kind}}}" if kind else "{name: Kim Jong Un}"
    story = (
        f"story: s\nabout: [kim]\nentities:\n  kim: {entity}\nfacts:\n"
        f"  - id: f\n    who: {who}\n    what: {what}\n    when: 2023-09-12\n"
    )
    found = [str(w) for w in story_warnings(parse_story(story, "f.yaml"))]
    assert bool(found) == warned
