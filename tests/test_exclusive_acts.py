"""An act given to the wrong entity: for a fact marked `exclusive: true` (only its `who` did it),
a sentence where another entity of the story is plainly the named subject of one of its
phrasings contradicts the `who` (`named/who.actor`).

Case tables: the swaps caught, then a case for each condition the rule needs (each comment says
which one; the case is judged when that condition is dropped), then the rule's place among the
slots (only `who` is judged, never consistent, doubtful in a caption) and the fact key itself.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import Article, FactFileError, FactResult, check_article, parse_story

STORY = """
story: doping-2015
date: 2015-06-01
about: [chernova, ennis-hill, smith, coach, iaaf, kim, putin]
entities:
  chernova: {name: Tatyana Chernova, aliases: [Chernova], kind: person}
  ennis-hill: {name: Jessica Ennis-Hill, aliases: [Ennis-Hill, Jessica Ennis], kind: person}
  smith: {name: John Smith, aliases: [Smith], kind: person}
  coach: {name: Toni Minichiello, aliases: [Minichiello, coach], kind: person}
  iaaf: {name: IAAF, kind: organisation}
  kim: {name: Kim Jong Un, aliases: [Kim], kind: person}
  putin: {name: Vladimir Putin, aliases: [Putin], kind: person}
places:
  russia: {name: Russia}
  britain: {name: Britain}
  vladivostok: {name: Vladivostok, in: russia}
facts:
  - id: chernova-banned
    who: chernova
    what: [banned, given a ban]
    exclusive: true
  - id: chernova-banned-anyone
    who: chernova
    what: [banned, given a ban]
  - id: chernova-banned-in-2015
    who: chernova
    what: banned
    when: 2015
    exclusive: true
  - id: chernova-banned-in-russia
    who: chernova
    what: banned in Russia
    where: russia
    exclusive: true
  - id: chernova-banned-for-two-years
    who: chernova
    what: banned for years
    count: 2
    exclusive: true
  - id: kim-arrived
    who: kim
    what: arrived in Vladivostok
    where: vladivostok
"""


def results(text: str, story: str = STORY) -> dict[str, FactResult]:
    article = Article("a.md", "a.md", text, published=dt.date(2015, 6, 1))
    return {r.fact: r for r in check_article(article, [parse_story(story, "s.yaml")])}


def verdict(text: str, fact: str = "chernova-banned") -> tuple[str, str]:
    """The fact's status on ``text`` and the rule paths of its clashes."""
    result = results(text)[fact]
    clashes = [s.rule for s in result.slots if s.status in ("contradicted", "doubtful")]
    return result.status, ",".join(clashes)


ACTOR = "named/who.actor"

CAUGHT = [
    ("Jessica Ennis-Hill has been banned for two years.", "Jessica Ennis-Hill"),
    ("Ennis-Hill was given a ban on Tuesday.", "Ennis-Hill"),
    ("Ennis-Hill banned for failing a drugs test", "Ennis-Hill"),  # a headline: no auxiliary
    ("Ennis-Hill, 29, has been banned.", "Ennis-Hill"),  # an age in apposition
    ("Ennis-Hill, the world champion, has now been banned.", "Ennis-Hill"),
    ("Ennis-Hill – the world champion – was banned.", "Ennis-Hill"),
    ("The IAAF said Smith was banned for doping.", "Smith"),  # the nearest name is the subject
    # the XSumFaith summary (TConvS2S, document 31078095): lower case, tokenised
    (
        "jessica ennis-hill\\'s world champion jessica ennis-hill has been banned for two years "
        "for failing a drugs test.",
        "jessica ennis-hill",
    ),
]


@pytest.mark.parametrize("text, name", CAUGHT)
def test_another_entity_doing_an_exclusive_act_contradicts_the_who(text: str, name: str) -> None:
    result = results(text)["chernova-banned"]
    assert result.status == "contradicted"
    who = next(s for s in result.slots if s.slot == "who")
    assert (who.status, who.rule, who.found) == ("contradicted", ACTOR, name)
    assert who.evidence is not None
    start = text.rindex(name, 0, text.index("ban"))
    assert who.evidence.marks == ((start, start + len(name)),)
    assert f"«{name}»" in who.evidence.marked()


NOT_JUDGED = [
    # the fact's own who is named in the sentence: it may be the object, or one of several
    ("The IAAF banned Chernova for two years.", "omitted"),
    ("Ennis-Hill and Chernova were banned.", "consistent"),
    ("Ennis-Hill, like Chernova, was banned.", "consistent"),
    ("Ennis-Hill was banned, as was Tatyana Chernova.", "omitted"),
    # an object pronoun after the phrase: active, with the fact's who as its object
    ("Smith has given a ban to her.", "omitted"),
    ("Smith banned her for two years.", "omitted"),
    # active with another object: the other entity does the banning, nobody says it was banned
    ("Ennis-Hill banned Smith from her team.", "omitted"),
    ("Smith banned athletes from the track.", "omitted"),
    ("The race Smith banned.", "omitted"),  # a phrase of one word, active, at the clause's end
    # not named: a pronoun, the sentence before, a back reference, a description after `a`
    ("Ennis-Hill won gold. She was banned in 2015.", "omitted"),
    ("Ennis-Hill met Smith. The latter was banned.", "omitted"),
    ("A coach has been banned.", "omitted"),
    # another kind: an organisation is not a person
    ("The IAAF has been banned.", "omitted"),
    # not the nearest subject: after a preposition, a possessive, other words between
    ("A rival of Ennis-Hill was banned.", "omitted"),
    ("Jessica Ennis's coach was banned.", "omitted"),  # `coach` names Minichiello: owned
    ("Her coach was banned.", "omitted"),
    ("Ennis-Hill said athletes were banned.", "omitted"),
    ("Ennis-Hill said she was banned.", "omitted"),
    # in an aside or in another clause
    ("The athlete – Ennis-Hill was banned in 2012 – is back.", "omitted"),
    ("The athlete (Ennis-Hill was banned in 2012) is back.", "omitted"),
    ("The IAAF confirmed that Ennis-Hill was banned.", "omitted"),
    ("Chernova's rival Smith, whom Ennis-Hill banned, left.", "omitted"),
    # coordinated with more names
    ("Smith and Ennis-Hill were banned.", "omitted"),
    ("Ennis-Hill and Smith were banned.", "omitted"),
    ("Ennis-Hill, Smith were banned.", "omitted"),
    # not asserted: negation, modal, condition, question, quotation marks
    ("Ennis-Hill was not banned.", "omitted"),
    ("Ennis-Hill has never been banned.", "omitted"),
    ("Ennis-Hill wasn't banned.", "omitted"),
    ("Ennis-Hill could be banned.", "omitted"),
    ("Ennis-Hill should be banned.", "omitted"),
    ("Ennis-Hill will be banned.", "omitted"),
    ("If Ennis-Hill is banned, she misses Rio.", "omitted"),
    ("Smith said he would not be surprised if Ennis-Hill was banned.", "omitted"),
    ("Has Ennis-Hill been banned?", "omitted"),
    ('"Ennis-Hill has been banned," a rival said.', "omitted"),
    ('Smith said: "Ennis-Hill was banned for life."', "omitted"),
    # one of several acts, another time, in doubt
    ("Ennis-Hill was also banned.", "omitted"),
    ("Ennis-Hill was previously banned.", "omitted"),
    ("Ennis-Hill was falsely reported banned.", "omitted"),
    ("Rumours said Ennis-Hill was banned.", "omitted"),
    # a fuzzy name match is no plain name
    ("Smith spoke. Jessica Enis-Hill has been banned.", "omitted"),
    # each of these is stopped by one condition only
    ("Never in her career has Ennis-Hill been banned.", "omitted"),  # a negation before the name
    ("Ennis-Hill wants cheats banned for life.", "omitted"),  # a word not an auxiliary between
    ("Ennis-Hill, he said, was banned.", "omitted"),  # someone's words in the apposition
    ("Ennis-Hill: banned for life.", "omitted"),  # punctuation between name and phrase
    ("Ennis-Hill met Smith; the latter has been banned.", "omitted"),  # a back reference
    ("Ennis-Hill's banned for two years.", "omitted"),  # `'s`: an owner's, or `is`? not sure
]


@pytest.mark.parametrize("text, status", NOT_JUDGED)
def test_no_contradiction_where_the_act_is_not_plainly_another_entitys(
    text: str, status: str
) -> None:
    assert verdict(text) == (status, "")


def test_a_fact_without_exclusive_is_never_contradicted_by_another_actor() -> None:
    text = "Jessica Ennis-Hill has been banned for two years."
    assert verdict(text, "chernova-banned-anyone") == ("omitted", "")
    # `Putin arrived in Vladivostok` does not deny that Kim arrived there
    assert verdict("Putin arrived in Vladivostok on Tuesday.", "kim-arrived") == ("omitted", "")


def test_a_fact_with_a_when_is_not_judged_where_a_date_may_tell_another_occasion() -> None:
    assert verdict("Ennis-Hill was banned in 2012.", "chernova-banned-in-2015") == ("omitted", "")
    assert verdict("Ennis-Hill has been banned for doping.", "chernova-banned-in-2015") == (
        "contradicted",
        ACTOR,
    )


def test_only_the_who_is_judged_on_another_entitys_act() -> None:
    text = "Ennis-Hill was banned in Britain on Tuesday."
    result = results(text)["chernova-banned-in-russia"]
    assert result.status == "contradicted"
    assert {s.slot: s.status for s in result.slots} == {
        "who": "contradicted",
        "what": "unstated",  # the phrase is another's: it confirms nothing of the fact
        "where": "unstated",  # Britain is where Ennis-Hill was banned: not judged
    }
    count = results("Ennis-Hill was banned for four years.")["chernova-banned-for-two-years"]
    assert count.status == "contradicted"
    assert {s.slot: s.status for s in count.slots}["count"] == "unstated"


def test_another_entitys_act_never_makes_the_fact_consistent() -> None:
    # the fact's own mention confirms; another's act beside it still contradicts the who
    text = "Chernova was banned in 2015. Smith has been banned for two years."
    assert verdict(text) == ("contradicted", ACTOR)
    assert verdict("Chernova was banned in 2015.") == ("consistent", "")


def test_in_a_caption_the_clash_is_doubtful_and_the_fact_stays_omitted() -> None:
    text = (
        "The season opened. Image copyright PA Image caption Ennis-Hill has been banned "
        "The federation said 40 athletes were tested."
    )
    result = results(text)["chernova-banned"]
    assert result.status == "omitted"
    who = next(s for s in result.slots if s.slot == "who")
    assert (who.status, who.rule) == ("doubtful", "caption/named/who.actor")


def test_the_key_is_validated() -> None:
    misspelt = STORY.replace("exclusive: true", "exclusve: true", 1)
    with pytest.raises(FactFileError, match="did you mean 'exclusive'"):
        parse_story(misspelt, "s.yaml")
    with pytest.raises(FactFileError, match="exclusive"):
        parse_story(STORY.replace("exclusive: true", "exclusive: only", 1), "s.yaml")
    story = parse_story(STORY, "s.yaml")
    assert [f.exclusive for f in story.facts][:2] == [True, False]
