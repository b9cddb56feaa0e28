"""A passive's agent after `by` does the act; a name after `with` is a companion when the
phrase holds its own object; `by` after no participle, before a time or a means, or of another
participle names no agent."""

from __future__ import annotations

import pytest
from cases import check_on, kept_and_reasons, verdict

STORY = """
story: moonlight-2016
date: 2017-03-01
about: [moonlight]
entities:
  moonlight: {name: Moonlight, kind: product}
  jenkins: {name: Barry Jenkins, aliases: [Jenkins]}
  smith: {name: Paul Smith, aliases: [Smith]}
  rage: {name: Rage Against the Machine, aliases: [Rage]}
  morello: {name: Tom Morello, aliases: [Morello]}
places:
  miami: {name: Miami}
facts:
  - id: fact
    who: WHO
    what: WHAT
    when: 2015
"""


def story(who: str, what: str) -> str:
    return STORY.replace("WHO", who).replace("WHAT", what)


JENKINS = story("jenkins", "[directed]")
BOTH = story("[moonlight, jenkins]", "[directed]")
MOONLIGHT = story("moonlight", "[comedy, drama]")
PRODUCED = story("[moonlight, jenkins]", "[produced]")
FOUNDED = story("jenkins", "[co-founded Rage, founded Rage]")
CLASH = ("contradicted", "when")
NONE = ("omitted", "")


@pytest.mark.parametrize(
    ("text", "facts", "expected"),
    [
        # the agent of the fact's who, the thing acted on no other known entity
        ("The film was directed by Barry Jenkins in 2016.", JENKINS, CLASH),
        ("Smith praised the film, which was directed by Barry Jenkins in 2016.", JENKINS, CLASH),
        ("Moonlight was directed by Barry Jenkins in 2016.", BOTH, CLASH),
        ("Smith praised Moonlight, which was directed by Jenkins in 2016.", BOTH, CLASH),
        ("Moonlight, a film directed by Jenkins in 2016, won.", BOTH, CLASH),
        ("Moonlight, directed in 2016 by Barry Jenkins, won.", BOTH, CLASH),
        ("Moonlight is a film directed in Miami by Jenkins in 2016.", BOTH, CLASH),
        ("Moonlight was later directed by House Speaker Jenkins in 2016.", BOTH, CLASH),
        # the thing acted on is another known entity: another act, as `Jenkins directed Moonlight`
        ("Moonlight was directed by Barry Jenkins in 2016.", JENKINS, NONE),
        ("Smith praised Moonlight, which was directed by Jenkins in 2016.", JENKINS, NONE),
        # another entity is the agent: another act
        ("Moonlight was directed by Paul Smith in 2016.", BOTH, NONE),
        # no agent: an owner, a time, another participle's agent, no participle
        ("Moonlight was directed by Jenkins's team in 2016.", BOTH, CLASH),
        ("Moonlight was directed by the time Paul Smith left in 2016.", BOTH, CLASH),
        ("Moonlight was directed by car with Paul Smith in 2016.", BOTH, CLASH),
        ("Moonlight was pure drama in 2016 by Paul Smith.", MOONLIGHT, CLASH),
        ("Jenkins stopped in 2016 by Paul Smith.", story("jenkins", "[stopped]"), CLASH),
        ("Moonlight was directed in 2016 at a studio owned by Smith.", BOTH, CLASH),
        ("Jenkins directed a film by Paul Smith in 2016.", JENKINS, CLASH),
        ("Moonlight was a comedy in three acts by Paul Smith in 2016.", MOONLIGHT, CLASH),
        ("Moonlight was a drama film directed by Paul Smith in 2016.", MOONLIGHT, CLASH),
        # two participles joined share the agent
        ("Moonlight was produced and directed by Jenkins in 2016.", BOTH, CLASH),
        ("Moonlight was produced and directed by Paul Smith in 2016.", PRODUCED, NONE),
        ("Moonlight was directed in 2016 and praised by Paul Smith.", BOTH, CLASH),
        # a reduced relative: after a noun, only a date, a place or an adverb before `by`
        ("Moonlight, a film directed the same way by Smith in 2016, won.", BOTH, CLASH),
        ("Moonlight, a film directed in 2016 by Smith, won.", BOTH, NONE),
        # `by` after a clause break is no agent
        ("Moonlight was directed in 2016, praised by Paul Smith.", BOTH, CLASH),
        ("Moonlight was directed in 2016: by Paul Smith's count, twice.", BOTH, CLASH),
        # `be` before the participle, past adverbs, `co-`, or in the phrase
        ("Moonlight was later directed with care by Paul Smith in 2016.", BOTH, NONE),
        (
            "Rage was co-founded by Paul Smith in 2016.",
            story("[rage, jenkins]", "[co-founded]"),
            NONE,
        ),
        (
            "Moonlight was directed with care by Paul Smith in 2016.",
            story("[moonlight, jenkins]", "[was directed]"),
            NONE,
        ),
        # at most three words between `by` and the name; a place is no agent
        ("Moonlight was directed by Oscar Award Winner Paul Smith in 2016.", BOTH, CLASH),
        (
            "Moonlight was directed by Miami in 2016.",
            BOTH.replace("places:", "  miami-club: {name: Miami}\nplaces:"),
            CLASH,
        ),
        # a companion after `with`, when the phrase holds its object; else the object
        ("Jenkins co-founded Rage with Tom Morello in 2016.", FOUNDED, CLASH),
        ("Jenkins co-founded with Tom Morello in 2016.", story("jenkins", "[co-founded]"), NONE),
    ],
)
def test_a_passive_agent_does_the_act(text: str, facts: str, expected: tuple[str, str]) -> None:
    assert verdict(text, facts, None) == expected


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The film was directed by Barry Jenkins in 2016.", "agent/when.date-after-phrase"),
        ("Jenkins directed the film in 2016.", "named/when.date-after-phrase"),
        # an owner after `by` is no agent: the subject before is the fact's who
        ("Moonlight was directed by Jenkins's team in 2016.", "named/when.date-after-phrase"),
    ],
)
def test_the_agent_has_its_own_rule_path(text: str, rule: str) -> None:
    (result,) = check_on(text, BOTH)
    assert [s.rule for s in result.slots if s.status == "contradicted"] == [rule]


def _reasons(text: str, facts: str) -> list[tuple[bool, str]]:
    """(kept by the reading, reason explain gives) for each match of the fact's phrase."""
    return kept_and_reasons(text, facts)


@pytest.mark.parametrize(
    ("text", "facts", "reason"),
    [
        (
            "Moonlight was directed by Barry Jenkins in 2016.",
            JENKINS,
            "done by 'Barry Jenkins' (jenkins) (a passive `by ...`), but on 'Moonlight' "
            "(moonlight), another entity: another event",
        ),
        (
            "Moonlight was directed by Paul Smith in 2016.",
            BOTH,
            "done by 'Paul Smith' (smith) (a passive `by ...`), another entity: another event",
        ),
        (
            "Jenkins co-founded with Tom Morello in 2016.",
            story("jenkins", "[co-founded]"),
            "the phrase acts on 'Tom Morello' (morello), another entity: another event",
        ),
        ("The film was directed by Barry Jenkins in 2016.", JENKINS, "a mention"),
    ],
)
def test_explain_names_the_agent_rule_the_reading_applies(
    text: str, facts: str, reason: str
) -> None:
    ((kept, found),) = _reasons(text, facts)
    assert found == reason
    assert kept == (found == "a mention")
