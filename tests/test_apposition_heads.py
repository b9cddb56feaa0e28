"""Case table: the head of an apposition before a speech verb is the name that ends right
before one of its commas (`Sean Robertson, a spokesperson for Inherent Resolve, told`) or the
name that is the apposition, opening right after a comma (`A spokesperson, Sean Robertson,
told`); never a name further inside it, such as one that modifies a noun of the description
(`..., a spokesperson for Inherent Resolve, the U.S. military operation against Islamic State,
told`: `U.S. military` describes `operation`, and the speaker is Robertson).

Before, any known name after the apposition's first comma could be taken for its head, so
Polygraph.info's `Cmdr. Sean Robertson, a spokesperson for Inherent Resolve, the U.S. military
operation against Islamic State in Iraq and Syria, told VOA Pentagon correspondent Carla Babb
...` gave Robertson's words to the U.S. military (`quote/who.apposition`, a false contradiction
at the article's first run). The rows marked `changed` are the ones the rule changes; the
others are near-misses it must leave as they were: a name opening the apposition, short or
long, is still its head, and another known person there still contradicts the speaker.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

STORY = """
story: al-tanf
date: 2019-11-18
about: [robertson]
entities:
  robertson: {name: Sean Robertson, aliases: [Cmdr. Sean Robertson, Robertson], kind: person}
  simpson: {name: Charles Simpson, aliases: [Simpson], kind: person}
  us-forces: {name: U.S. forces, aliases: [U.S. military], kind: organisation}
places: {}
facts:
  - id: rukban-quote
    who: robertson
    quote: the United States is not preventing people from leaving Rukban
"""
QUOTE = "the United States is not preventing people from leaving Rukban"
PUBLISHED = dt.date(2019, 11, 18)


def speaker(text: str) -> tuple[str, str, str | None]:
    """The `who` slot of the quote fact on ``text``: status, rule, the name found."""
    (result,) = check_on(text, STORY, PUBLISHED)
    (slot,) = [s for s in result.slots if s.slot == "who"]
    return slot.status, slot.rule, slot.found


ROBERTSON = ("confirmed", "who.apposition", "Sean Robertson")
SIMPSON = ("contradicted", "quote/who.apposition", "Charles Simpson (simpson)")
CASES = [
    # changed: a name inside the apposition, modifying its noun, was read as the head
    pytest.param(
        "Cmdr. Sean Robertson, a spokesperson for Inherent Resolve, the U.S. military operation "
        f"against Islamic State in Iraq and Syria, told reporters that “{QUOTE}.”",
        ("confirmed", "who.apposition", "Cmdr. Sean Robertson"),
        id="changed-modifier-in-a-second-apposition",
    ),
    pytest.param(
        "Sean Robertson, a spokesperson for Inherent Resolve, the U.S. military operation, told "
        f'reporters that "{QUOTE}."',
        ROBERTSON,
        id="changed-short-second-apposition",
    ),
    pytest.param(
        f'"{QUOTE}," Sean Robertson, a spokesperson for Inherent Resolve, the U.S. military '
        "operation, told reporters.",
        ROBERTSON,
        id="changed-after-the-quote",
    ),
    pytest.param(
        "Charles Simpson, an adviser to Inherent Resolve, the U.S. military operation, told "
        f'reporters that "{QUOTE}."',
        SIMPSON,
        id="changed-another-person-is-the-head",
    ),
    # near-misses: the name that is the apposition, or ends before its comma, is its head
    pytest.param(
        f'A spokesperson, Sean Robertson, told reporters that "{QUOTE}."',
        ROBERTSON,
        id="name-is-the-apposition",
    ),
    pytest.param(
        "A spokesperson for the mission, Sean Robertson of the Fifth Fleet based in the Gulf "
        f'state of Bahrain, told reporters that "{QUOTE}."',
        ROBERTSON,
        id="name-opens-a-long-apposition",
    ),
    pytest.param(
        "A spokesperson for the mission, Charles Simpson of the Fifth Fleet based in the Gulf "
        f'state of Bahrain, told reporters that "{QUOTE}."',
        SIMPSON,
        id="another-person-opens-a-long-apposition",
    ),
    pytest.param(
        f'Sean Robertson, a U.S. military spokesperson, told reporters that "{QUOTE}."',
        ROBERTSON,
        id="head-before-a-modifier",
    ),
    pytest.param(
        f'Charles Simpson, the U.S. military adviser, told reporters that "{QUOTE}."',
        SIMPSON,
        id="another-head-before-a-modifier",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_the_head_of_an_apposition_speaks(text: str, expected: tuple[str, str, str]) -> None:
    assert speaker(text) == expected
