"""Case table of sentences whose named entity is not the subject of the fact's act: a
possessive that owns the subject (`The storm's remnants hit Georgia on Thursday`, `Born in
Texas, Rice's sister moved to Ohio`), a name after `since` that a `to` follows (`the first
prime minister since Jawaharlal Nehru to be re-elected`, the one compared with); and a role in
apposition (`Sorensen, as foreign minister, visited Moscow`), which opens no clause of its own:
the sentence is a mention, its date judged only as the role rule allows. And sentences that
tell the act at another stage or as background: `after` naming the fact's own place (`The storm
hit Georgia on Thursday after crossing Florida`), an `as` clause at another place (`Mara
weakened as it hit Georgia on Thursday`), a relative clause after an earlier sentence has dated
the act (`Groen Front protested on Saturday. The group, which protested in March, said it would
return.`). Their twins, which state the fact's own event wrongly, still clash."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on, clashes_on
from tests.test_false_alarm_probes_7 import FERRY
from tests.test_other_occurrences import PROTEST, VISIT

STORM = """
story: mara-landfall
date: 2024-09-11
about: [mara]
entities:
  mara: {name: Hurricane Mara, aliases: [Mara], kind: event, mention_only: [the storm]}
  kim: {name: Kim Jong Un, aliases: [Kim], kind: person}
places:
  usa: {name: United States, aliases: [US]}
  florida: {name: Florida, in: usa}
  georgia: {name: Georgia, in: usa}
  russia: {name: Russia}
  china: {name: China}
facts:
  - id: landfall
    who: mara
    what: [made landfall, hit]
    when: 2024-09-11
    where: florida
  - id: crossed
    who: kim
    what: [crossed the border]
    when: 2024-09-10
    where: russia
"""

RICE = """
story: rice-born
date: 2024-01-01
about: [rice]
entities:
  rice: {name: Condoleezza Rice, aliases: [Rice], kind: person}
places:
  usa: {name: United States}
  texas: {name: Texas, in: usa}
  alabama: {name: Alabama, in: usa}
facts:
  - id: born
    who: rice
    what: [born]
    where: alabama
"""

ELECTION = """
story: modi-third-term
date: 2024-06-09
about: [modi]
entities:
  modi: {name: Narendra Modi, aliases: [Modi], kind: person}
  nehru: {name: Jawaharlal Nehru, aliases: [Nehru], kind: person}
facts:
  - id: modi-sworn-in
    who: modi
    what: [sworn in]
    when: 2024-06-09
  - id: nehru-re-elected
    who: nehru
    what: [re-elected]
    when: 1962-04-02
"""

STORIES = {
    "storm": (STORM, dt.date(2024, 9, 13)),
    "rice": (RICE, dt.date(2024, 1, 2)),
    "election": (ELECTION, dt.date(2024, 6, 10)),
    "visit": (VISIT, dt.date(2024, 5, 15)),
    "protest": (PROTEST, dt.date(2024, 6, 23)),
    "ferry": (FERRY, dt.date(2025, 3, 15)),
}

CASES = [
    # a possessive owns the noun before a verb: the owned thing does the act
    ("storm", "The storm's remnants hit Georgia on Thursday.", set()),
    ("storm", "Mara's remnants hit Georgia on Thursday.", set()),
    ("storm", "Mara's outer bands hit Georgia on Thursday.", set()),
    # twins: the owner itself, a passive or a reduced relative after the owned noun, a vehicle
    # that carries its owner, a participle before its noun
    ("storm", "The storm hit Georgia on Thursday.", {"landfall:where", "landfall:when"}),
    ("storm", "Mara hit Georgia on Thursday.", {"landfall:where", "landfall:when"}),
    ("storm", "Mara's eye was hit by winds on Thursday.", {"landfall:when"}),
    (
        "storm",
        "Kim's armored train crossed the border into China on Monday.",
        {"crossed:where", "crossed:when"},
    ),
    ("storm", "Kim's train had crossed the border on Monday.", {"crossed:when"}),
    # a vehicle owned by a thing, not a person, carries no owner: its own act
    ("ferry", "The Santa Lucia's sister ship capsized off Crete in 2009.", set()),
    ("ferry", "The Santa Lucia capsized off Crete in 2009.", {"sank:when"}),
    # a possessive after a fronted participle owns the main clause's subject
    ("rice", "Born in Texas, Rice's sister moved to Ohio in 1970.", set()),
    ("rice", "Born in Texas , Rice 's sister moved to Ohio in 1970 .", set()),
    # twin: the entity itself after the participle
    ("rice", "Born in Texas, Rice moved to Ohio in 1970.", {"born:where"}),
    # a name after `since` that `to` follows is the one compared with
    (
        "election",
        "On Sunday, Modi became the first prime minister since Jawaharlal Nehru to be "
        "re-elected for a third term.",
        set(),
    ),
    ("election", "In 2024, Modi became the first leader since Nehru to be re-elected.", set()),
    # twins: `since` opening a clause, whose subject the name is; the name as subject
    (
        "election",
        "Since Nehru was re-elected on Sunday, the party has won often.",
        {"nehru-re-elected:when"},
    ),
    ("election", "Nehru was re-elected on Sunday.", {"nehru-re-elected:when"}),
    # a role in apposition opens no clause: a mention, dated only as the role rule allows
    # (`, as` with no role still opens one)
    ("visit", "Sorensen, as foreign minister, visited Moscow in 2009.", set()),
    ("visit", "Sorensen, as a student, visited Moscow in 1989.", set()),
    # twins: the role with the event's own week, another place
    ("visit", "Sorensen, as foreign minister, visited Moscow on Monday.", {"visit:when"}),
    ("visit", "Sorensen, as prime minister, visited Paris on Tuesday.", {"visit:where"}),
    ("visit", "Sorensen, as she said, visited Moscow on Monday.", set()),
]


OTHER_STAGES = [
    # `after`/`before` past the phrase names the fact's own place: another stage of the act
    ("storm", "The storm hit Georgia on Thursday after crossing Florida.", set()),
    ("storm", "Mara hit Georgia on Thursday, a day after it made landfall in Florida.", set()),
    # the phrase in an `as` clause of a pronoun, at a place that is not the fact's
    ("storm", "Mara weakened as it hit Georgia on Thursday.", set()),
    # twins: another place after `after`, the act at another place told plainly, an `as`
    # clause at the fact's own place, or with no place
    (
        "storm",
        "The storm hit Georgia on Thursday after crossing Alabama.",
        {"landfall:where", "landfall:when"},
    ),
    ("storm", "Mara hit Georgia on Thursday.", {"landfall:where", "landfall:when"}),
    ("storm", "Mara strengthened as it hit Florida on Thursday.", {"landfall:when"}),
    ("storm", "Mara strengthened as it hit on Thursday.", {"landfall:when"}),
    # a relative clause told after an earlier sentence has dated the act: background
    (
        "protest",
        "Groen Front protested on Saturday. The group, which protested in March, said it "
        "would return.",
        set(),
    ),
    (
        "protest",
        "Groen Front protested on Saturday. Groen Front, which protested in Amsterdam, said it "
        "would return.",
        set(),
    ),
    # twins: no earlier date, an earlier sentence that does not date the act, no relative
    # clause
    ("protest", "Groen Front, which protested in March, said it would return.", {"march:when"}),
    (
        "protest",
        "Groen Front protested in Rotterdam. The group, which protested in March, said it "
        "would return.",
        {"march:when"},
    ),
    ("protest", "Groen Front protested on Saturday. The group protested in March.", {"march:when"}),
]


@pytest.mark.parametrize("story, text, expected", OTHER_STAGES)
def test_another_stage_or_background(story: str, text: str, expected: set[str]) -> None:
    yaml, published = STORIES[story]
    assert clashes_on(text, yaml, published) == expected


@pytest.mark.parametrize("story, text, expected", CASES)
def test_the_entity_is_not_the_subject(story: str, text: str, expected: set[str]) -> None:
    yaml, published = STORIES[story]
    assert clashes_on(text, yaml, published) == expected


@pytest.mark.parametrize(
    "story, text, fact, status",
    [
        # the subject after `since ... to` is the one the sentence names before
        (
            "election",
            "Modi, sworn in on Sunday, is the first leader since Nehru to be re-elected.",
            "nehru-re-elected",
            "omitted",
        ),
        # a role in apposition: a mention at last
        ("visit", "Sorensen, as prime minister, visited Moscow on Tuesday.", "visit", "consistent"),
        ("visit", "Sorensen, as foreign minister, visited Moscow in 2009.", "visit", "consistent"),
    ],
)
def test_how_the_sentence_is_read(story: str, text: str, fact: str, status: str) -> None:
    yaml, published = STORIES[story]
    (result,) = [r for r in check_on(text, yaml, published) if r.fact == fact]
    assert result.status == status
