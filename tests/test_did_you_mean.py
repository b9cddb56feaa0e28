"""Schema and reference errors name the key or id a misspelling was meant to be."""

from __future__ import annotations

import pytest

from factcheck.errors import FactFileError
from factcheck.facts import parse_story

BASE = """\
story: s
about: [kim]
entities:
  kim: {name: Kim Jong Un}
  putin: {name: Vladimir Putin}
places:
  russia: {name: Russia}
  moscow: {name: Moscow, in: russia}
facts:
  - id: f
    who: kim
    what: arrived in Russia
    where: russia
"""


def problems(text: str) -> str:
    with pytest.raises(FactFileError) as info:
        parse_story(text, "f.yaml")
    return str(info.value)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "    where: russia",
            "    wehre: russia",
            "f.yaml:13: facts[0].wehre: unknown key 'wehre'; did you mean 'where'?; allowed: ",
        ),
        (
            "  kim: {name: Kim Jong Un}",
            "  kim: {name: Kim Jong Un, alias: [Kim]}",
            "f.yaml:4: entities.kim.alias: unknown key 'alias'; did you mean 'aliases'?",
        ),
        (
            "about: [kim]",
            "abuot: [kim]",
            "f.yaml:2: abuot: unknown key 'abuot'; did you mean 'about'?",
        ),
        (
            "    who: kim",
            "    who: kimm",
            "f.yaml:11: facts[0].who: unknown entity 'kimm'; did you mean 'kim'?",
        ),
        (
            "    who: kim",
            "    who: [kim, Putin]",
            "f.yaml:11: facts[0].who[1]: unknown entity 'Putin'; did you mean 'putin'?",
        ),
        (
            "    where: russia",
            "    where: rusia",
            "f.yaml:13: facts[0].where: unknown place 'rusia'; did you mean 'russia'?",
        ),
        (
            "in: russia}",
            "in: russi}",
            "f.yaml:8: places.moscow.in: unknown place 'russi'; did you mean 'russia'?",
        ),
        (
            "about: [kim]",
            "about: [kin]",
            "f.yaml:2: about[0]: unknown entity 'kin'; did you mean 'kim'?",
        ),
    ],
)
def test_a_misspelling_gets_did_you_mean(old: str, new: str, message: str) -> None:
    assert old in BASE
    assert message in problems(BASE.replace(old, new))


def test_nothing_close_gets_no_guess() -> None:
    text = problems(BASE.replace("    where: russia", "    born: 1970"))
    assert "unknown key 'born'; allowed: " in text
    assert "did you mean" not in text
    assert "did you mean" not in problems(BASE.replace("who: kim", "who: zelensky"))


def test_a_key_that_is_not_text_gets_no_guess() -> None:
    text = problems(BASE.replace("story: s", "story: s\n&anchor: x"))  # an empty key
    assert "did you mean" not in text
    assert "unknown key None" in text
