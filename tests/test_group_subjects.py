"""A group the story names, referred back to by a plural description or by `they`.

`Lind and her colleagues used the Keck telescope. The researchers observed Veda for 17 nights.
On one night, they got a strong signal ...`: `the researchers` and `they` stand for the group
the sentences before name, whose act the fact's is. Case table: sentences that must be found
(with the rule path of a clash found through them), and near-misses that must stay omitted
(another group named between, a quote, another number or gender, a sentence too far, a noun the
fact file does not offer, a group of another entity).

First run of this table, on the checker before these rules: 1 of the 10 sentences that must be
found was found (`They ...` right after the sentence naming Lind, carried as before), none
through a group; the 20 near-misses were all omitted. After the rules: 10 of 10 found, the 20
near-misses still omitted; the two `Olympic` rows came later (a capitalised modifier joined by a
hyphen is no name of another group; `Olympic officials` may be one). On the real news
articles: `The researchers observed Europa for 17 nights` and `they got a strong signal of
water vapor` (Space.com), `the scientists only spotted water vapor` (ScienceAlert): consistent
facts found 205 / 290 before, 208 / 290 after, no false contradiction either way.

A group reporting that `they` did the act (`REPORTED`): first run 0 of 3 found, the 6
near-misses omitted; after the rule 3 of 3, the near-misses still omitted. On the real news
articles, Hawaii News Now's `Paganini and his team reported that they detected 5,200 pounds of
water vapor`: consistent facts found 209 / 290, and the planted `4,200 pounds` caught (planted
edits caught on the right slot 53 / 104 before, 54 / 104 after).
"""

from __future__ import annotations

import datetime as dt

import pytest
from cases import check_on

STORY = """
story: vapour-plumes
date: 2019-11-18
about: [lind, veda]
entities:
  lind:
    name: Ada Lind
    aliases: [Lind]
    kind: person
    mention_only: [lead researcher, planetary scientist]
  agency:
    name: Norda Space Agency
    aliases: [Norda, Norda team]
    kind: organisation
  okafor:
    name: Ben Okafor
    aliases: [Okafor]
    kind: person
  brightwell:
    name: Brightwell Institute
    aliases: [Brightwell]
    kind: organisation
  veda:
    name: Veda
    kind: product
places:
  hawaii: {name: Hawaii}
  keck: {name: W. M. Keck Observatory, aliases: [Keck telescope], in: hawaii}
facts:
  - id: signal
    who: [lind, agency]
    what: [got a strong signal]
    when: 2016-04-26
  - id: vapour-rate
    who: [lind, agency]
    what: [pounds of water vapour per second]
    count: 5200
"""
PUBLISHED = dt.date(2019, 11, 18)

USED = "Lind and her colleagues used the Keck telescope."
OBSERVED = "The researchers observed Veda for 17 nights."
RIGHT = "got a strong signal on April 26, 2016."
WRONG = "got a strong signal on April 12, 2016."
GROUP = "group/when.date-after-phrase"


def verdict(text: str, fact: str = "signal") -> tuple[str, str]:
    """The status of ``fact`` on ``text`` and the rule paths of its clashes."""
    (result,) = [r for r in check_on(text, STORY, PUBLISHED) if r.fact == fact]
    rules = ",".join(s.rule for s in result.slots if s.status == "contradicted" and s.rule)
    return result.status, rules


FOUND = [
    # `the` and a plural of the last word of a description the story lists for the fact's
    # `who` (`lead researcher`, `planetary scientist`, `Norda team`), right before the phrase,
    # after a sentence naming the `who` as a group (`Lind and her colleagues`, `Lind's team`,
    # `the Norda team`)
    (f"{USED} The researchers {RIGHT}", "consistent", ""),
    (f"{USED} The researchers {WRONG}", "contradicted", GROUP),
    (f"Lind and her team used the Keck telescope. The scientists {WRONG}", "contradicted", GROUP),
    (f"Lind's team used the Keck telescope. The researchers {WRONG}", "contradicted", GROUP),
    (
        "The Norda team used the Keck telescope. It was cloudy for weeks. "
        f"Then the scientists finally {WRONG}",
        "contradicted",  # two sentences after the group
        GROUP,
    ),
    (
        f"{USED} Out of 17 nights at the Keck telescope in Hawaii, the scientists only {WRONG}",
        "contradicted",
        GROUP,
    ),
    # a capitalised word a hyphen joins to a lower-case one is a modifier, no group between
    (f"{USED} It could fill an Olympic-size pool. The researchers {WRONG}", "contradicted", GROUP),
    # `they` opening the sentence (or its main clause) right after a sentence whose subject is
    # such a description
    (f"{USED} {OBSERVED} They {WRONG}", "contradicted", GROUP),
    (f"{USED} {OBSERVED} On one night, they {RIGHT}", "consistent", ""),
    (f"{USED} {OBSERVED} On one night - the clearest - they {WRONG}", "contradicted", GROUP),
    # found today: the sentence before names the `who`
    (f"{USED} They {WRONG}", "contradicted", "carried/when.date-after-phrase"),
]

NEAR_MISSES = [
    # another group, or someone else, named between
    (f"{USED} Astronomers at Brightwell had tried before. The researchers {WRONG}", "omitted"),
    (f"{USED} A rival team at Caltech doubted it. The researchers {WRONG}", "omitted"),
    (f"{USED} Okafor had tried before. The researchers {WRONG}", "omitted"),
    (f"{USED} It impressed Olympic officials. The researchers {WRONG}", "omitted"),
    (f"{USED} {OBSERVED} Astronomers at Caltech doubted it. They {WRONG}", "omitted"),
    # in a quote
    (f'{USED} "The researchers {WRONG[:-1]}," a spokesman said.', "omitted"),
    # another number or gender than the group's
    (f"{USED} {OBSERVED} He {WRONG}", "omitted"),
    (f"{USED} The researcher {WRONG}", "omitted"),
    # a sentence too far
    (f"{USED} {OBSERVED} The weather was poor. They {WRONG}", "omitted"),
    (f"{USED} It rained. It was cloudy for weeks. The researchers {WRONG}", "omitted"),
    # no group named before: a person alone, or a group of another entity
    (f"Lind used the Keck telescope. The researchers {WRONG}", "omitted"),
    (f"Okafor and his colleagues used the Keck telescope. The researchers {WRONG}", "omitted"),
    (f"Okafor and his colleagues used the Keck telescope. {OBSERVED} They {WRONG}", "omitted"),
    # a noun the fact file does not offer, no `the`, or a word that sets the group apart
    (f"{USED} The astronomers {WRONG}", "omitted"),
    (f"{USED} Researchers {WRONG}", "omitted"),
    (f"{USED} Other researchers {WRONG}", "omitted"),
    (f"{USED} Some scientists {WRONG}", "omitted"),
    # the description as an object, or `they` inside another clause
    (f"{USED} Officials praised the researchers, who {WRONG}", "omitted"),
    (f"{USED} {OBSERVED} Critics say they {WRONG}", "omitted"),
    # the sentence before `they` has another subject than the group
    (f"{USED} Rival telescopes observed Veda for 17 nights. They {WRONG}", "omitted"),
]


@pytest.mark.parametrize("text, status, rules", FOUND)
def test_a_group_referred_back_to_is_found(text: str, status: str, rules: str) -> None:
    assert verdict(text) == (status, rules)


@pytest.mark.parametrize("text, status", NEAR_MISSES)
def test_near_misses_stay_unjudged(text: str, status: str) -> None:
    assert verdict(text)[0] == status


RATE = "detected 4,200 pounds of water vapour per second."
COUNTED = "reported/count.number-before-phrase"
REPORTED = [
    # the group a name of the fact's `who` leads reports that `they` did the act: the who's
    # fact, as `Norda reported that 5,200 pounds ...` is
    (f"Lind and her team reported that they {RATE}", "contradicted", COUNTED),
    (f"Lind's team has reported that they {RATE}", "contradicted", COUNTED),
    (
        "Lind and her team reported that they detected 5,200 pounds of water vapour per second.",
        "consistent",
        "",
    ),
    # no group, another group, another subject, or `said`: not judged
    (f"Lind reported that they {RATE}", "omitted", ""),
    (f"Okafor and his team reported that they {RATE}", "omitted", ""),
    (f"Lind and her team reported that others {RATE}", "omitted", ""),
    (f"Lind and her team reported that the rivals {RATE}", "omitted", ""),
    (f"Lind and her team said that they {RATE}", "omitted", ""),
    (f"Lind and her team reported that they had doubted claims they {RATE}", "omitted", ""),
]


@pytest.mark.parametrize("text, status, rules", REPORTED)
def test_a_group_reports_its_own_act(text: str, status: str, rules: str) -> None:
    assert verdict(text, "vapour-rate") == (status, rules)
