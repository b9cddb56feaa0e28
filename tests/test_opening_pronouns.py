"""Case table: a pronoun opening a text that declares its story (`She also starred in ...`, a
summary or a brief written for the story) stands for the story's one `about` entity of its kind;
it has no antecedent in the text otherwise, nor after a capitalised word that may name someone
the story does not know (`The Reserve Bank of Australia cut its cash rate`)."""

from __future__ import annotations

import pytest
from cases import verdict

from factcheck import Article, Checker, parse_story

PRESTON = """
story: preston
about: [preston]
entities:
  preston: {name: Kelly Preston, kind: person}
  travolta: {name: John Travolta, kind: person}
facts:
  - id: starred-in-old-dogs
    who: preston
    what: [starred in Old Dogs]
    when: 2009
"""
NO_KIND = PRESTON.replace("{name: Kelly Preston, kind: person}", "{name: Kelly Preston}")
TWO = PRESTON.replace("about: [preston]", "about: [preston, travolta]")
UNIT = """
story: unit
about: [unit]
entities:
  unit: {name: First Motion Picture Unit, kind: organisation}
facts:
  - id: films
    who: unit
    what: [training films]
    count: 400
"""


@pytest.mark.parametrize(
    "text, story, expected",
    [
        ("She starred in Old Dogs in 2009.", PRESTON, ("consistent", "")),
        ("She starred in Old Dogs in 2012.", PRESTON, ("contradicted", "when")),
        ("In 2012, she starred in Old Dogs.", PRESTON, ("contradicted", "when")),
        ("She never starred in Old Dogs.", PRESTON, ("contradicted", "what")),
        ("Her role: she starred in Old Dogs in 2012.", PRESTON, ("contradicted", "when")),
        ("It produced 400 training films.", UNIT, ("consistent", "")),
        ("It produced 40 training films.", UNIT, ("contradicted", "count")),
        # a pronoun of another kind, or one that may be many
        ("It starred in Old Dogs in 2012.", PRESTON, ("omitted", "")),
        ("They starred in Old Dogs in 2012.", PRESTON, ("omitted", "")),
        ("She produced 40 training films.", UNIT, ("omitted", "")),
        # the `about` entity has no kind, or two `about` entities are of the pronoun's kind
        ("She starred in Old Dogs in 2012.", NO_KIND, ("omitted", "")),
        ("She starred in Old Dogs in 2012.", TWO, ("omitted", "")),
        # not the text's first sentence, or someone is named before it
        ("The film opened late. She starred in Old Dogs in 2012.", PRESTON, ("omitted", "")),
        (
            "John Travolta starred in Old Dogs in 2009. She starred in Old Dogs in 2012.",
            PRESTON,
            ("omitted", ""),
        ),
        # a name the story does not know before it in its sentence: it may stand for that one
        ("The Signal Corps Unit said it produced 40 training films.", UNIT, ("omitted", "")),
        ("In 1943 Warner Bros said it produced 40 training films.", UNIT, ("omitted", "")),
        # near-misses: capitalised words that name no one (the first word, a month, a weekday)
        ("In March it produced 40 training films.", UNIT, ("contradicted", "count")),
        ("On Monday, it produced 40 training films.", UNIT, ("contradicted", "count")),
    ],
)
def test_a_pronoun_opening_a_text_that_declares_its_story(
    text: str, story: str, expected: tuple[str, str]
) -> None:
    assert verdict(text, story, None) == expected


def _status(article: Article) -> str:
    story = parse_story(PRESTON, "story.yaml")
    (result,) = Checker([story]).check(article, [story.id])
    return result.status


def test_a_title_naming_no_one_may_stand_before_it() -> None:
    text = "She starred in Old Dogs in 2012."
    titled = Article("a.md", "a.md", text, title="A comedy", title_line=1, stories=("preston",))
    assert _status(titled) == "contradicted"


def test_a_text_that_does_not_declare_its_story_gives_the_pronoun_no_referent() -> None:
    """Routed by a name further on, the opening `She` has no antecedent: it may be anyone."""
    text = "She starred in Old Dogs in 2012. Kelly Preston was not in it."
    assert _status(Article("a.md", "a.md", text)) == "omitted"
    assert _status(Article("a.md", "a.md", text, stories=("preston",))) == "contradicted"
