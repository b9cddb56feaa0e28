"""Case table: who speaks a quote when the attribution names more than one person. `X quoted Y
as saying` gives the words to Y; `X told Y` names Y as the listener, never the speaker; `X said
Y had told her` and `X said Y had promised: "..."` report Y's words through X, so the quote is
not X's (and whose it is, the checker does not judge). The plain shapes still judge the speaker:
a quote given to the wrong person fails on `who`."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import check_on

FLOOD = """
story: porto-azul-flood
date: 2026-03-03
about: [city]
entities:
  mayor: {name: Ana Lopes, aliases: [Lopes, Mayor Lopes], kind: person}
  chief: {name: Tom Reyes, aliases: [Reyes], kind: person}
  city: {name: Porto Azul}
facts:
  - id: mayor-quote
    who: mayor
    quote: We will rebuild every house that was lost, and we will do it together
  - id: chief-quote
    who: chief
    quote: The water came faster than anyone had predicted
"""
PUBLISHED = dt.date(2026, 3, 4)
CHIEF = '"The water came faster than anyone had predicted"'
MAYOR = '"We will rebuild every house that was lost, and we will do it together"'


def who_of(text: str, fact: str) -> tuple[str, str | None]:
    """The status of ``fact``'s `who` slot on an article of ``text``, and the speaker found."""
    (result,) = [
        r for r in check_on(f"Porto Azul flood. {text}", FLOOD, PUBLISHED) if r.fact == fact
    ]
    (who,) = [s for s in result.slots if s.slot == "who"]
    return who.status, who.found


NOT_JUDGED = ("unstated", None)
BY_THE_MAYOR = ("contradicted", "Lopes (mayor)")
BY_THE_CHIEF = ("contradicted", "Reyes (chief)")


@pytest.mark.parametrize(
    ("text", "fact", "expected"),
    [
        # `X quoted Y as saying`: Y's words
        (f"Lopes quoted Reyes as saying: {CHIEF}.", "chief-quote", ("confirmed", "Reyes")),
        (f"Reyes quoted Lopes as saying: {MAYOR}.", "mayor-quote", ("confirmed", "Lopes")),
        (f"Lopes quoted Reyes as saying: {MAYOR}.", "mayor-quote", BY_THE_CHIEF),
        # passive `was quoted as saying`: the subject's words
        (f"Reyes was quoted as saying: {CHIEF}.", "chief-quote", ("confirmed", "Reyes")),
        (f"Lopes was quoted as saying: {CHIEF}.", "chief-quote", BY_THE_MAYOR),
        # `X quoted` with no one after it: someone else's words, not X's
        (f"Lopes quoted a line from the report: {CHIEF}.", "chief-quote", NOT_JUDGED),
        # `X told Y`: Y listens
        (f"Residents told Lopes: {CHIEF}.", "chief-quote", NOT_JUDGED),
        (f'{CHIEF[:-1]}," one resident told Reyes.', "chief-quote", NOT_JUDGED),
        (f'{CHIEF[:-1]}," Reyes told Lopes.', "chief-quote", ("confirmed", "Reyes")),
        (f'{CHIEF[:-1]}," Lopes told Reyes.', "chief-quote", BY_THE_MAYOR),
        (f"Lopes told Reyes: {CHIEF}.", "chief-quote", BY_THE_MAYOR),
        # `X said Y had ...`: Y's words reported by X
        (f'{CHIEF[:-1]}," Lopes said Reyes had told her.', "chief-quote", NOT_JUDGED),
        (f"Reyes said Lopes had promised: {MAYOR}.", "mayor-quote", NOT_JUDGED),
        # another person named between the verb and the quote: whose words is unclear
        (
            f"Lopes responded to Reyes's warning that {CHIEF} by calling for calm.",
            "chief-quote",
            NOT_JUDGED,
        ),
        (f"Lopes said she agreed with Reyes that {CHIEF}.", "chief-quote", NOT_JUDGED),
        (f"Reyes said that, as Lopes had warned, {CHIEF}.", "chief-quote", NOT_JUDGED),
        (f"Lopes wrote to Reyes: {CHIEF}.", "chief-quote", BY_THE_MAYOR),
        # a speaker on each side of the quote: the one before may be reported by the one after
        (
            f'Reyes said the water "{CHIEF[11:-1]}", Lopes told reporters.',
            "chief-quote",
            NOT_JUDGED,
        ),
        (f'{CHIEF[:-1]}," Lopes said of Reyes.', "chief-quote", BY_THE_MAYOR),
        # `as X put it`: X's words
        (
            f'As Reyes put it, "the {CHIEF[5:-1]}", Lopes said.',
            "chief-quote",
            ("confirmed", "Reyes"),
        ),
        (f'As Reyes put it, "the {CHIEF[5:-1]}".', "chief-quote", ("confirmed", "Reyes")),
        (f'As Lopes put it, "the {CHIEF[5:-1]}".', "chief-quote", BY_THE_MAYOR),
        # an entity the reported clause speaks of is no other speaker
        (
            f'Reyes told the Porto Azul council that "the {CHIEF[5:-1]}".',
            "chief-quote",
            ("confirmed", "Reyes"),
        ),
        # a participle of speech whose clause has a subject of its own
        (
            f'Lopes says there will be an inquiry Reyes defended his crews, saying "the '
            f'{CHIEF[5:-1]}".',
            "chief-quote",
            NOT_JUDGED,
        ),
        # a possessive that owns no noun of speech is no other speaker
        (
            f'Reyes said that Lopes\'s plan was "{CHIEF[5:-1]}".',
            "chief-quote",
            ("confirmed", "Reyes"),
        ),
        # the sentence before names its speaker whatever its reported clause holds
        (
            f'Reyes said Lopes had asked for help. {CHIEF[:-1]}," he added.',
            "chief-quote",
            ("confirmed", "Reyes"),
        ),
        # the plain shapes are still judged
        (f'{CHIEF[:-1]}," said Reyes, the fire chief.', "chief-quote", ("confirmed", "Reyes")),
        (f'{CHIEF[:-1]}," said Lopes.', "chief-quote", BY_THE_MAYOR),
        (f'{CHIEF[:-1]}," Lopes said.', "chief-quote", BY_THE_MAYOR),
        (f"Lopes said: {CHIEF}.", "chief-quote", BY_THE_MAYOR),
        (f'{MAYOR[:-1]}," Lopes said on Tuesday.', "mayor-quote", ("confirmed", "Lopes")),
        (
            f'{MAYOR[:-1]}," Reyes said, adding that Lopes agreed.',
            "mayor-quote",
            BY_THE_CHIEF,
        ),
    ],
)
def test_speaker_of_a_reported_quote(
    text: str, fact: str, expected: tuple[str, str | None]
) -> None:
    assert who_of(text, fact) == expected
