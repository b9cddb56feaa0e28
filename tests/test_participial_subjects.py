"""A phrase that opens a participial clause (`while harvesting vegetables`, `, clinging to`)
takes the subject of its main clause, however many names stand between them.

Case table: what the rule finds (objects between, a `who` relative clause, a reported clause,
a comma), what it must not find (another entity as the main clause's subject, an -ing noun, no
opener, a clause opener between, a possessive, `without`, a coordinated clause, a fronted
subordinate clause, a relative clause about another entity), and the rule path of its clashes.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import Article, check_article, parse_story
from factcheck.diagnose import MENTION, dropped_sentences
from factcheck.reading import CompiledStory, Document, Reading

STORY = """
story: well-2016
date: 2016-11-06
about: [boy, song, well]
entities:
  boy: {name: Zhao Zicong, aliases: [Zhao, boy, little boy, child]}
  well: {name: well, aliases: [dry well]}
  song: {name: Song Jiandang, aliases: [Song, uncle]}
  rescuers: {name: rescuers}
  father: {name: the boy's father, aliases: [his father]}
places: {}
facts:
  - id: harvesting
    who: boy
    what: [harvesting vegetables]
    when: 2016-11-06
"""
PUBLISHED = dt.date(2016, 11, 9)  # a Wednesday: `on Sunday` is 2016-11-06


def verdict(text: str) -> tuple[str, str]:
    """The fact's status on ``text``, and the rules of its slots."""
    article = Article("a.md", "a.md", text, published=PUBLISHED)
    (result,) = check_article(article, [parse_story(STORY, "s.yaml")])
    return result.status, ",".join(s.rule for s in result.slots if s.rule)


CASES = [
    # the main clause's subject, past an object after an adjective (the well)
    ("Zhao fell into the 80m-deep well while harvesting vegetables.", "consistent"),
    # past `, while`, which opens another clause for a phrase of the main clause
    ("Zhao fell into the well, while harvesting vegetables.", "consistent"),
    # past an object that follows no preposition
    ("Zhao met Song before harvesting vegetables.", "consistent"),
    # a name after a preposition is no subject, past a hyphenated modifier too
    ("Near the 80m-deep well, Zhao fell ill while harvesting vegetables.", "consistent"),
    # a bare comma opens the clause
    ("Zhao visited the dry well, harvesting vegetables nearby.", "consistent"),
    # `who` stands for the name before it, whoever the main clause's subject is
    (
        "Rescuers are trying to save a little boy who fell into the 80m-deep well while "
        "harvesting vegetables.",
        "consistent",
    ),
    # a reported clause without `that` begins after its verb
    ("Song said Zhao fell into the 80m-deep well while harvesting vegetables.", "consistent"),
    # names after a preposition, and joined by `and` to one, are no subject
    (
        "According to the boy's father and Song, the child fell into the 80m-deep well while "
        "harvesting vegetables.",
        "consistent",
    ),
    # the subject of the main clause's verb, past a relative clause between commas
    ("Zhao, who fell into the 80m-deep well, was found while harvesting vegetables.", "consistent"),
    # `he` is still carried from the sentence before
    ("Zhao cried. He fell into the well while harvesting vegetables.", "consistent"),
    # another entity is the main clause's subject
    ("Song fell into the 80m-deep well while harvesting vegetables.", "omitted"),
    # an -ing noun: no opener right before it
    ("Zhao fell into the 80m-deep well after the harvesting of vegetables.", "omitted"),
    # no opener: `and` joins another clause
    ("Zhao fell into the 80m-deep well and harvesting vegetables stopped.", "omitted"),
    # a clause opener between the subject and the participial clause
    ("Zhao cried for help; the 80m-deep well was dry while harvesting vegetables.", "omitted"),
    ("Zhao cried, but Song was near the 80m-deep well while harvesting vegetables.", "omitted"),
    # the subject stands in a relative clause about another entity: that entity's event
    ("Song praised the rescue that Zhao awaited while harvesting vegetables.", "omitted"),
    # the main clause's subject is the one Zhao owns
    ("Zhao's uncle fell into the 80m-deep well while harvesting vegetables.", "omitted"),
    # `without` denies the act
    ("Zhao fell into the 80m-deep well without harvesting vegetables.", "omitted"),
    # a name joined by `and` after the subject may open another clause
    ("Zhao cried and Song fell into the 80m-deep well while harvesting vegetables.", "omitted"),
    # a fronted subordinate clause before the comma: no participial clause
    ("After Zhao fell into the 80m-deep well, harvesting vegetables stopped.", "omitted"),
    # the phrase acts on another entity
    ("Zhao fell into the 80m-deep well while harvesting vegetables with Song.", "omitted"),
]


@pytest.mark.parametrize("text, status", CASES)
def test_a_participial_clause_takes_the_main_clause_subject(text: str, status: str) -> None:
    assert verdict(text)[0] == status


def test_a_mention_so_found_says_how_in_its_rule_path() -> None:
    status, rules = verdict(
        "Zhao fell into the 80m-deep well while harvesting vegetables on Monday."
    )
    assert status == "contradicted"
    assert "participle/when.date-after-phrase" in rules.split(",")
    status, rules = verdict(
        "Zhao fell into the 80m-deep well while harvesting vegetables on Sunday."
    )
    assert status == "consistent"
    assert "who.subject" in rules.split(",")


def reading(text: str) -> Reading:
    article = Article("a.md", "a.md", text, published=PUBLISHED)
    compiled = CompiledStory.build(parse_story(STORY, "s.yaml"))
    return Reading(Document(article, PUBLISHED), compiled)


def test_the_mention_names_the_main_clause_subject() -> None:
    text = "Zhao fell into the 80m-deep well while harvesting vegetables."
    read = reading(text)
    (mention,) = read.mentions(read.story.facts[0])
    assert mention.via == "participle"
    assert mention.who is not None and text[mention.who.start : mention.who.end] == "Zhao"


@pytest.mark.parametrize(
    "text, reason",
    [
        ("Zhao fell into the 80m-deep well while harvesting vegetables.", MENTION),
        (
            "Song fell into the 80m-deep well while harvesting vegetables.",
            "the phrase opens a participial clause (after `while`), whose subject is the main "
            "clause's: 'Song' (song), another entity",
        ),
        ("Zhao fell into the 80m-deep well without harvesting vegetables.", "`without`"),
    ],
)
def test_explain_gives_the_participial_rule(text: str, reason: str) -> None:
    read = reading(text)
    (dropped,) = dropped_sentences(read, read.story.facts[0])
    expected = "a mention" if reason == MENTION else reason
    assert expected in dropped.reason
