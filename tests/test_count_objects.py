"""Case table of counts that do not stand right before the phrase: a number right before the
subject with only auxiliaries between the subject and the phrase (`Seven people have been
hurt`: `count.number-before-subject-aux`), and a number after the phrase right before a name of
the fact's `who`, the phrase's object (`which killed eight people in total`:
`count.number-after-phrase-object`). Each shape: sentences that confirm, that clash, and a
near-miss for each guard that must not be judged."""

from __future__ import annotations

import datetime as dt

import pytest
from cases import check_on, verdict

PUBLISHED = dt.date(2016, 11, 12)

HURT = """
story: s
date: 2016-11-09
about: [shooting]
entities:
  shooting: {name: shooting}
  victims: {name: victims, aliases: [people, patients, people at the rally]}
places: {}
facts:
  - id: f
    who: victims
    what: [hurt, shot]
    count: 5
"""
TOLL = """
story: s
date: 2016-11-09
about: [crash]
entities:
  crash: {name: crash}
  victims: {name: victims, aliases: [people, responders]}
  strikes: {name: air strikes}
  police: {name: police, aliases: [officers]}
places: {}
facts:
  - id: f
    who: [crash, victims]
    what: [killed, died]
    count: 7
"""
DERAILED = """
story: s
about: [tram]
entities:
  tram: {name: tram}
  bus: {name: bus}
places: {}
facts:
  - id: f
    who: tram
    what: [derailed]
    when: 2016-11-09
"""

AUX = "named/count.number-before-subject-aux"
OBJECT = "named/count.number-after-phrase-object"
RELATIVE = "relative/count.number-after-phrase-object"


def count_of(text: str, story: str) -> tuple[str, str]:
    """The status of the one fact's `count` slot on ``text``, and the rule (path) that gave it."""
    (result,) = check_on(text, story, PUBLISHED)
    (count,) = [s for s in result.slots if s.slot == "count"]
    return count.status, count.rule


def clash(rule: str) -> tuple[str, str]:
    return ("contradicted", rule)


def fits(rule: str) -> tuple[str, str]:
    return ("confirmed", rule.split("/", 1)[1])


UNSTATED = ("unstated", "")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the number right before the subject, only auxiliaries before the phrase: the count
        ("Seven people have been hurt, one critically, after the shooting.", clash(AUX)),
        ("Five people have been hurt, one critically, after the shooting.", fits(AUX)),
        ("Nine people had been hurt in the shooting.", clash(AUX)),
        ("Seven people have been shot.", clash(AUX)),
        # a bound, coordinated numbers: judged as before the phrase, under the shape's rule
        ("At least seven people have been hurt.", clash(AUX)),
        ("At least four people have been hurt.", fits(AUX)),
        ("Seven or eight people have been hurt.", clash(AUX)),
        ("Five or six people have been hurt.", fits(AUX)),
        # a word between the number and the name: `more` counts a part
        ("Seven more people have been hurt.", UNSTATED),
        # a word between the name and the phrase that is no auxiliary
        ("Seven people have been critically hurt.", UNSTATED),
        ("Seven people have not been hurt.", UNSTATED),
        ("Seven people were among those hurt.", UNSTATED),
        ("Seven people who saw it have been hurt.", UNSTATED),
        # no auxiliary at all, further from the phrase than the count's reach: not this shape
        ("Seven people at the rally hurt.", UNSTATED),
        # a part of the whole
        ("Two of the seven people have been hurt.", UNSTATED),
        ("The other seven people have been hurt.", UNSTATED),
        ("Two patients and seven people have been hurt.", UNSTATED),
        # a unit, a total, a rate, a quotation, another event
        ("7m people have been hurt.", UNSTATED),
        ("A total of seven people have been hurt.", UNSTATED),
        ("Seven people have been hurt every year.", UNSTATED),
        ('"Seven people have been hurt," a witness said.', UNSTATED),
        ("Seven people had been hurt in a shooting there in 2014.", UNSTATED),
    ],
)
def test_a_number_before_the_subject_of_an_auxiliary_counts_it(
    text: str, expected: tuple[str, str]
) -> None:
    assert count_of(text, HURT) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the phrase, then a number, then a name of the fact's who: the count of its object
        ("The crash killed eight people.", clash(OBJECT)),
        ("The crash killed seven people.", fits(OBJECT)),
        ("The crash killed eight people, including two children.", clash(OBJECT)),
        ("The crash killed eight people and injured 50.", clash(OBJECT)),
        # the subject named by `which`/`that` right after it, a preposition before it too
        (
            "The victims of the crash which killed eight people in total were named.",
            clash(RELATIVE),
        ),
        ("The victims of the crash which killed seven people in total were named.", fits(RELATIVE)),
        ("The crash, which has killed eight people, shocked the town.", clash(RELATIVE)),
        ("The crash that killed eight people shocked the town.", clash(RELATIVE)),
        # a bound, an approximation
        ("The crash killed at least eight people.", clash(OBJECT)),
        ("The crash killed at least five people.", fits(OBJECT)),
        ("The crash killed about seven people.", fits(OBJECT)),
        ("The crash killed about ten people.", UNSTATED),
        # a word between the number and the name, or between the phrase and the number; a
        # name that is not the fact's who
        ("The crash killed two of the eight people on board.", UNSTATED),
        ("The crash killed two more people.", UNSTATED),
        ("The crash killed all but eight people.", UNSTATED),
        ("The crash killed eight officers.", UNSTATED),
        ("The crash killed first responders.", UNSTATED),
        # a number coordinated with another: a part of the toll
        ("The crash killed eight people and two others.", UNSTATED),
        # the subject is another entity, is not named before the phrase, or is not right
        # before `which`
        ("The air strikes killed eight people.", UNSTATED),
        ("The victims of the air strikes which killed eight people were named.", UNSTATED),
        ("Gunfire killed eight people.", UNSTATED),
        ("The crash on the line, which killed eight people, shocked the town.", UNSTATED),
        # a date of the event's own time
        ("The crash killed eight people on Wednesday.", clash(OBJECT)),
        ("The crash killed eight people this month.", clash(OBJECT)),
        # another event: another time (year, month, a day more than a week away), an earlier
        # or another one, several, a comparison
        ("The crash killed eight people in 2004.", UNSTATED),
        ("The crash killed eight people last month.", UNSTATED),
        ("The crash killed eight people on Nov. 30.", UNSTATED),
        ("An earlier crash killed eight people.", UNSTATED),
        ("The fire and the crash killed eight people.", UNSTATED),
        ("Two crashes on the line killed eight people.", UNSTATED),
        ("It was the worst since a crash killed eight people.", UNSTATED),
        # a rate, a negation, a plan, a quotation
        ("Such a crash kills eight people a year.", UNSTATED),
        ("The crash did not kill eight people.", UNSTATED),
        ("The crash could have killed eight people.", UNSTATED),
        ('"The crash killed eight people," a witness said.', UNSTATED),
    ],
)
def test_a_number_after_the_phrase_counts_its_object(text: str, expected: tuple[str, str]) -> None:
    assert count_of(text, TOLL) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the count of another verb, joined by `and`, is not the phrase's
        ("The crash injured 50 people and killed eight.", UNSTATED),
        (
            "The crash injured 50 people and killed seven.",
            ("confirmed", "count.number-after-phrase"),
        ),
        (
            "Fifty people were injured and eight people killed.",
            clash("named/count.number-before-phrase"),
        ),
    ],
)
def test_a_number_of_another_verb_is_not_the_count(text: str, expected: tuple[str, str]) -> None:
    assert count_of(text, TOLL) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # `which`/`that` right after the fact's who makes it the subject: every slot is judged
        ("A photo of the tram which derailed on Tuesday.", ("contradicted", "when")),
        ("A photo of the tram which derailed on Wednesday.", ("consistent", "")),
        # right after another entity: the clause is theirs
        ("A photo of the tram next to the bus which derailed on Tuesday.", ("omitted", "")),
        # the phrase acts on another entity: another event
        ("A photo of the tram which derailed the bus on Tuesday.", ("omitted", "")),
    ],
)
def test_the_name_before_which_is_the_subject(text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, DERAILED, PUBLISHED) == expected


def test_the_relative_subject_has_its_own_rule_path() -> None:
    (result,) = check_on("A photo of the tram which derailed on Tuesday.", DERAILED, PUBLISHED)
    (found,) = result.contradictions
    assert found.rule.startswith("relative/when.")
