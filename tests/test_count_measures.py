"""Case tables of two count shapes after or around the phrase:

* a measure in the fact's `unit:` right after the phrase (`a speed limit of 20mph`, `reduced to
  360g`) is the fact's measure: judged (`count.measure-after-phrase`), where any other number
  after the phrase only confirms;
* the number after `one of the`/`two of the` right before the phrase (`one of the seven dead`)
  states the whole count, not a part (`count.whole-after-partitive`).

Each rule: sentences that must confirm, must clash, and must not be judged.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cases import check_on

from factcheck.cli import main


def story(what: str, count: float, unit: str) -> str:
    return f"""
story: s
about: [rovers, smith]
entities:
  rovers: {{name: Rovers, aliases: [Bristol Rovers]}}
  smith: {{name: Jane Smith, aliases: [Smith]}}
places: {{}}
facts:
  - id: f
    who: [rovers, smith]
    what: [{what}]
    count: {count}
    unit: {unit}
"""


def count(text: str, fact: str) -> tuple[str, str, str]:
    """The fact's count slot on ``text``: status, rule (a clash's with its path), value found."""
    (result,) = check_on(text, fact, dt.date(2016, 5, 21))
    (slot,) = [s for s in result.slots if s.slot == "count"]
    return slot.status, slot.rule, slot.found or ""


LIMIT = story("speed limit", 12, "mph")
BAR = story("reduced to", 340, "g")
CUT = story("cut the bar to", 360, "g")
STAKE = story("stake", 25, '"%"')
WELL = story("dug a well", 40, "metres")

MEASURE = "count.measure-after-phrase"
CLASH = "named/count.measure-after-phrase"
UNSTATED = ("unstated", "", "")


@pytest.mark.parametrize(
    "text, fact, expected",
    [
        # `of`, `to`, `at`, `by` or no word between the phrase and its measure
        ("Rovers set a speed limit of 12mph.", LIMIT, ("confirmed", MEASURE, "12mph")),
        ("Rovers set a speed limit of 20mph.", LIMIT, ("contradicted", CLASH, "20mph")),
        (
            "Rovers set a speed limit of 20 miles per hour.",
            LIMIT,
            ("contradicted", CLASH, "20 miles per hour"),
        ),
        ("Rovers kept the speed limit at 20 mph.", LIMIT, ("contradicted", CLASH, "20 mph")),
        ("Rovers cut the speed limit to 20mph.", LIMIT, ("contradicted", CLASH, "20mph")),
        ("The Rovers bar was reduced to 340g.", BAR, ("confirmed", MEASURE, "340g")),
        ("The Rovers bar was reduced to 360g.", BAR, ("contradicted", CLASH, "360g")),
        ("Rovers hold a stake of 25 per cent.", STAKE, ("confirmed", MEASURE, "25 per cent")),
        ("Rovers hold a stake of 30%.", STAKE, ("contradicted", CLASH, "30%")),
        ("Rovers dug a well 60 metres deep.", WELL, ("contradicted", CLASH, "60 metres")),
        # `from X to Y`: the value after `to` is the new one, the measure; `from X` never is
        ("Rovers cut the speed limit from 20mph to 12mph.", LIMIT, ("confirmed", MEASURE, "12mph")),
        (
            "Rovers cut the speed limit from 12mph to 20mph.",
            LIMIT,
            ("contradicted", CLASH, "20mph"),
        ),
        ("Rovers cut the bar from 400g to 360g.", CUT, ("confirmed", MEASURE, "360g")),
        ("The Rovers bar was reduced to 360g from 400g.", BAR, ("contradicted", CLASH, "360g")),
        # approximations and bounds, as before the phrase
        (
            "Rovers set a speed limit of about 14mph.",
            LIMIT,
            ("confirmed", "count.approximate", "14mph"),
        ),
        (
            "Rovers set a speed limit of up to 20mph.",
            LIMIT,
            ("confirmed", "count.bound", "up to 20mph"),
        ),
        (
            "Rovers set a speed limit of at least 20mph.",
            LIMIT,
            ("contradicted", "named/count.bound", "at least 20mph"),
        ),
    ],
)
def test_a_measure_in_the_fact_unit_after_the_phrase_is_judged(
    text: str, fact: str, expected: tuple[str, str, str]
) -> None:
    assert count(text, fact) == expected


@pytest.mark.parametrize(
    "text, fact",
    [
        # another unit, or none: no conversion, and a bare number may count another thing
        ("Rovers set a speed limit of 20km/h.", LIMIT),
        ("Rovers set a speed limit of 20.", LIMIT),
        ("Rovers hold a stake of 30.", STAKE),
        ("Rovers dug a well 130 feet deep.", WELL),
        # another noun or more words between: the number measures another thing
        ("Rovers set a speed limit on the bridge of 20mph.", LIMIT),
        ("Rovers set a speed limit for lorries of 20mph.", LIMIT),
        ("Rovers set a speed limit, 20mph.", LIMIT),
        ("Rovers set the speed limit from 20mph.", LIMIT),
        ("The Rovers bar was reduced to 4 360g bars.", BAR),
        # coordinated: a range or a list
        ("Rovers set a speed limit of 20mph or 30mph.", LIMIT),
        ("Rovers set a speed limit of 20 to 30mph.", LIMIT),
        ("Rovers set a speed limit of 20mph to 30mph.", LIMIT),
        ("Rovers set a speed limit of between 20mph and 30mph.", LIMIT),
        # a rate of another thing
        ("Rovers set a speed limit of 20mph per lap.", LIMIT),
        ("The Rovers bar was reduced to 360g a day.", BAR),
        # a change: after `by`, or after a word of change before the phrase and `of`
        ("Rovers raised their stake by 5%.", STAKE),
        ("Rovers announced a cut in their stake of 5%.", STAKE),
        # a plan, someone's words, an approximation further off than 25%
        ("Rovers are expected to set a speed limit of 20mph.", LIMIT),
        ("Rovers plan a speed limit of 20mph.", LIMIT),
        ("Rovers proposed a speed limit of 20mph.", LIMIT),
        ('Rovers set a "speed limit of 20mph", Smith said.', LIMIT),
        ("Rovers set a speed limit of about 20mph.", LIMIT),
    ],
)
def test_a_measure_after_the_phrase_is_not_judged(text: str, fact: str) -> None:
    assert count(text, fact) == UNSTATED


def test_a_number_after_the_phrase_of_a_fact_without_unit_only_confirms() -> None:
    bare = LIMIT.replace("    unit: mph\n", "")
    assert count("Rovers set a speed limit of 20.", bare) == UNSTATED
    assert count("Rovers set a speed limit of 12.", bare) == (
        "confirmed",
        "count.number-after-phrase",
        "12",
    )


TOLL = """
story: s
about: [crash, smith]
entities:
  crash: {name: tram crash, aliases: [crash], kind: event}
  victims: {name: victims, aliases: [people, passengers]}
  smith: {name: Jane Smith, aliases: [Smith]}
places: {}
facts:
  - id: f
    who: [crash, victims]
    what: [killed, died, dead, injured]
    count: 7
"""
WHOLE = "count.whole-after-partitive"


def toll(text: str) -> tuple[str, str, str]:
    return count("The tram crash shocked Croydon. " + text, TOLL)


@pytest.mark.parametrize(
    "text, expected",
    [
        # `one of (the) N PHRASE`: N is the whole count of the phrase
        ("Dane Chinnery was one of the seven dead.", ("confirmed", WHOLE, "seven")),
        (
            "Dane Chinnery was one of the nine dead.",
            ("contradicted", "implied/count.whole-after-partitive", "nine"),
        ),
        (
            "Dane Chinnery was one of nine people killed.",
            ("contradicted", "named/count.whole-after-partitive", "nine"),
        ),
        (
            "He was one of the 22 people injured.",
            ("contradicted", "named/count.whole-after-partitive", "22"),
        ),
        # `N of the M PHRASE`: M is the whole, even when the part is named
        (
            "Two of the nine dead were named on Thursday.",
            ("contradicted", "implied/count.whole-after-partitive", "nine"),
        ),
        (
            "One of the nine people killed was named as Dane Chinnery.",
            ("contradicted", "named/count.whole-after-partitive", "nine"),
        ),
        ("Each of the seven dead was named.", ("confirmed", WHOLE, "seven")),
        (
            "Three of those nine killed were women.",
            ("contradicted", "implied/count.whole-after-partitive", "nine"),
        ),
    ],
)
def test_the_number_after_a_part_states_the_whole(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part with no whole after it, or the part named so far: not judged
        ("Three of the dead were named.", UNSTATED),
        ("Three people killed were named on Thursday.", UNSTATED),
        ("One of the first three people killed was named.", UNSTATED),
        ("One out of nine people killed was named.", UNSTATED),
        # two words between the number and the phrase: the usual number before the phrase
        (
            "Dane Chinnery was one of the nine young people killed.",
            ("contradicted", "named/count.number-before-phrase", "nine"),
        ),
        # an ordinal before `of`: a part of the whole as before (`first`), not judged
        ("The first of nine people killed was Dane Chinnery.", UNSTATED),
    ],
)
def test_a_part_without_its_whole_stays_as_it_was(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert toll(text) == expected


def test_a_whole_after_a_part_needs_a_mention() -> None:
    """`Smith, one of the nine dead,`: the nearest name before the phrase is Smith, another
    entity, so the sentence is no mention of the toll (see `factcheck explain`)."""
    assert toll("Jane Smith, one of the nine dead, was 19.") == UNSTATED


def test_explain_says_a_measure_after_the_phrase_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "s.yaml").write_text(LIMIT, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Rovers news\nRovers set a speed limit on the bridge.\n", encoding="utf-8")
    assert main(["explain", f"{article}::f", "--facts", str(tmp_path / "s.yaml")]) == 0
    out = capsys.readouterr().out
    assert "finds no number for it" in out
    assert "or a measure in mph right after it" in out
