"""Case table of false alarms looked for in invented stories told as international copy is
(a prime minister's resignation in Tokyo, a carmaker's recall in Germany): quotes in another
outlet's translation (`according to a translation by`, `through an interpreter`, the original
words beside them), names in another order or spelling, numbers written the European way
(`120.000`, `120 000`, `1,5 billion`), dates written with dots and slashes (`14.09.2027`,
`3/8/2026`), 24-hour clocks in two time zones, a note on an earlier machine translation, and
translators' credits. The facts were written first, then the sentences that state nothing
contrary to them (``FIRST_RUN``) and those that state a wrong value for the fact's own event
(``CONTRADICTIONS``), each to clash on its slot, all before the checker first ran on them.

First run (at db55fa5): 4 false contradictions in 100 cells (40 sentences, each checked against
every fact of its story), and 6 of the 8 contradictions caught on their slot. None came from
the European numbers or the dotted dates. The four, each now left unjudged by its own rule
(tables below): a quote in Kyodo's translation (`quote.translated`, shown as doubtful, never
failed); `Sakai's predecessor, Kenji Mori, resigned ... after eleven months in office`, read as
Sakai's months (a person owned by a tie to the name is the subject of the clause that follows);
`He did not resign as a member of parliament` (an act in another capacity than the one the
`who` is named by); `A previous version of this article, machine-translated, said ...` (a
correction's account with an aside before its verb). The misses are in ``MISSED``: a city the
story does not list, because the fact's place gives no country (`factcheck validate` now warns
about such a place and says which country to give), and a quote too far from the fact's to be
taken for it.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from factcheck import parse_story
from factcheck.cli import validate
from factcheck.world import place_warnings
from tests.cases import check_on, clashes_on

SAKAI = """
story: sakai-resigns
date: 2027-09-14
about: [sakai]
entities:
  sakai: {name: Prime Minister Haruto Sakai, aliases: [Haruto Sakai, Sakai, Mr Sakai], kind: person}
  party: {name: Liberal Union, kind: organisation}
places:
  tokyo: {name: Tokyo}
facts:
  - id: resigned
    who: sakai
    what: [announced his resignation, resigned]
    where: tokyo
    when: 2027-09-14
  - id: months
    who: sakai
    what: [months in office]
    count: 14
  - id: sakai-quote
    who: sakai
    quote: I take full responsibility for the election result
"""

FALKWERK = """
story: falkwerk-recall
date: 2027-05-11
about: [falkwerk]
entities:
  falkwerk: {name: Falkwerk, aliases: [Falkwerk AG], kind: organisation}
  kba: {name: Federal Motor Transport Authority, aliases: [KBA], kind: organisation}
  brandt: {name: Jonas Brandt, aliases: [Brandt], kind: person}
places:
  wolfsheim: {name: Wolfsheim}
facts:
  - id: recall
    who: falkwerk
    what: [recalled, is recalling]
    count: 120000
    when: 2027-05-11
  - id: brandt-quote
    who: brandt
    quote: The safety of our customers comes before everything
"""

PUBLISHED = {
    SAKAI: dt.date(2027, 9, 15),  # a Wednesday: Tuesday is September 14
    FALKWERK: dt.date(2027, 5, 12),  # a Wednesday: Tuesday is May 11
}

FIRST_RUN = [
    (SAKAI, s)
    for s in (
        'Sakai, 61, said he would "take full responsibility for the outcome of the election",'
        " according to a translation by Kyodo News.",
        '"I take full responsibility for the election result," Sakai said through an interpreter.',
        "Sakai announced his resignation at 18:00 JST (09:00 GMT) on 14 September.",
        "The announcement came at 6 p.m. local time on Tuesday (10 a.m. BST).",
        "Sakai had been in office since 14.07.2026.",
        "Sakai announced his resignation in Tokyo on 14.09.2027.",
        "Sakai's predecessor, Kenji Mori, resigned on 3/8/2026 after eleven months in office.",
        "Sakai Haruto, as he is known in Japan, announced his resignation to reporters.",
        "The Liberal Union lost 46 seats in the election on 12 September.",
        'In Japanese, Sakai said he felt "deep regret" (fukaku kuyamu).',
        "The Nikkei 225 closed 1.2% lower in Tokyo on Wednesday.",
        "Sakai will stay on as caretaker until the party elects a new leader on 29 September.",
        "He did not resign as a member of parliament.",
        "Sakai's 14 months in office were marked by scandals.",
        "Sakai is Japan's fourth prime minister in five years.",
        "Translated from the Japanese by our Tokyo bureau.",
        "A previous version of this article, machine-translated, said Sakai resigned on Monday.",
        "Sakai resigned as party leader in 2019 after a funding scandal, before returning in 2025.",
        "Opposition leader Aiko Tanaka said Sakai should have resigned months ago.",
        "Tuesday's announcement in Tokyo, on Tuesday morning in Europe, surprised markets.",
    )
] + [
    (FALKWERK, s)
    for s in (
        "Falkwerk AG is recalling 120.000 vehicles worldwide, the company said in Wolfsheim on"
        " Tuesday.",
        "The recall affects 120 000 cars built since 2019.",
        "The recall will cost Falkwerk around 1,5 billion euros.",
        "Falkwerk recalled 40.000 vans in Germany alone.",
        "In 2024 Falkwerk recalled 2,1 million vehicles over faulty airbags.",
        "The KBA ordered the recall on 10.05.2027, a day before Falkwerk announced it.",
        'Brandt said: "Die Sicherheit unserer Kunden steht über allem" - the safety of our'
        " customers comes first.",
        '"The safety of our customers comes before everything," Brandt, Falkwerk\'s chief'
        " executive, told Handelsblatt (translated).",
        "Shares in Falkwerk fell 3,4 per cent in Frankfurt trading.",
        "Falkwerk sold 1.200.000 vehicles last year.",
        "About 12.000 of the recalled cars are in Austria.",
        "Owners will be contacted from 01.06.2027.",
        "The affected models were built between 2019 and 2022 at the Wolfsheim plant.",
        "Falkwerk did not recall its electric models.",
        "Rival Brenner Motors recalled 80.000 cars on Monday over a similar fault.",
        "Falkwerk's recall, its biggest since 2024, comes a week after Jonas Brandt was"
        " reappointed.",
        "(Reporting by Jan Keller; translated by Anna Roth; editing by Mark Potter)",
        "The company employs 85.000 people worldwide.",
        "Falkwerk first recalled cars over the fault in Brazil, on 2 March.",
        "Dienstag, 11. Mai 2027",
    )
]

MISSED = [
    # the fact's place gives no country, so a city the story does not list is not read;
    # `factcheck validate` now says so (``test_validate_asks_for_the_country_of_a_where``)
    (SAKAI, "Prime Minister Haruto Sakai announced his resignation in Osaka on Tuesday."),
    # too few of the fact's words to be taken for its quote
    (FALKWERK, '"The profits of our shareholders come before everything," said Jonas Brandt.'),
]

CONTRADICTIONS = [
    (
        SAKAI,
        "Prime Minister Haruto Sakai announced his resignation in Tokyo on Monday.",
        {"resigned:when"},
    ),
    (
        SAKAI,
        '"I take no responsibility for the election result," said Prime Minister Haruto Sakai.',
        {"sakai-quote:quote"},
    ),
    (SAKAI, "Prime Minister Haruto Sakai has not resigned.", {"resigned:what"}),
    (SAKAI, "Haruto Sakai resigned after 18 months in office.", {"months:count"}),
    (FALKWERK, "Falkwerk recalled 210,000 vehicles on Tuesday.", {"recall:count"}),
    (FALKWERK, "Falkwerk recalled 120,000 vehicles on Thursday.", {"recall:when"}),
]


@pytest.mark.parametrize("story, text", FIRST_RUN)
def test_a_sentence_that_states_nothing_contrary_does_not_clash(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


@pytest.mark.parametrize("story, text, expected", CONTRADICTIONS)
def test_a_wrong_value_for_the_fact_s_own_event_clashes_on_its_slot(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


@pytest.mark.parametrize("story, text", MISSED)
def test_contradictions_the_checker_misses_raise_nothing_else(story: str, text: str) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == set()


TRANSLATED = [
    # (text, whether the article says the quote is a translation)
    (
        'Sakai said he would "take full responsibility for the outcome of the election",'
        " according to a translation by Kyodo News.",
        True,
    ),
    ('"I take full responsibility for the outcome," Sakai said through an interpreter.', True),
    ('"I take full responsibility for the election outcome," Sakai said (translated).', True),
    (
        "Translated from the Japanese by our Tokyo bureau.\n\n"
        '"I take full responsibility for the election outcome," Sakai said.',
        True,
    ),
    ('"I take full responsibility for the election outcome," Sakai said.', False),
    (
        "His memoir was translated into 30 languages.\n\n"
        '"I take full responsibility for the election outcome," Sakai said.',
        False,
    ),
]


@pytest.mark.parametrize("text, translated", TRANSLATED)
def test_a_changed_quote_said_to_be_a_translation_is_shown_not_failed(
    text: str, translated: bool
) -> None:
    (result,) = [r for r in check_on(text, SAKAI, PUBLISHED[SAKAI]) if r.fact == "sakai-quote"]
    (slot,) = [s for s in result.slots if s.slot == "quote"]
    if translated:  # the fact is rendered, in a translator's words: shown, never failed
        assert (result.status, slot.status, slot.rule) == (
            "consistent",
            "doubtful",
            "quote/quote.translated",
        )
    else:
        assert (result.status, slot.status) == ("contradicted", "contradicted")


OTHER_SUBJECTS = [
    # (text, the clashes expected)
    ("Sakai's predecessor, Kenji Mori, resigned on 3/8/2026 after eleven months in office.", set()),
    ("Sakai's predecessor resigned after eleven months in office.", set()),
    ("Sakai's 18 months in office ended on Tuesday.", {"months:count"}),
    ("Sakai's predecessor praised him; Sakai had 18 months in office.", {"months:count"}),
    # an act in another capacity than the one the `who` is named by
    ("He did not resign as a member of parliament.", set()),
    ("Sakai did not resign as party leader.", set()),
    ("Sakai did not resign as prime minister.", {"resigned:what"}),
    ("Sakai did not resign.", {"resigned:what"}),
    # a correction's account of an earlier version, with an aside before its verb
    (
        "A previous version of this article, machine-translated, said Sakai resigned on Monday.",
        set(),
    ),
    ("A previous version of this story said Sakai resigned on Monday.", set()),
    (
        "A previous version of this article, published on Monday, said nothing of it; Sakai"
        " resigned on Monday.",
        {"resigned:when"},
    ),
]


@pytest.mark.parametrize("text, expected", OTHER_SUBJECTS)
def test_another_person_capacity_or_version_is_not_the_fact_s(
    text: str, expected: set[str]
) -> None:
    assert clashes_on(text, SAKAI, PUBLISHED[SAKAI]) == expected


def test_validate_asks_for_the_country_of_a_where() -> None:
    (warning,) = place_warnings(parse_story(SAKAI, "story.yaml"))
    assert (warning.key, warning.line) == ("places.tokyo", 9)
    assert "`country: JP`" in warning.better
    assert place_warnings(parse_story(FALKWERK, "story.yaml")) == []  # it has no `where`


def test_with_its_country_a_city_the_story_does_not_list_clashes() -> None:
    story = SAKAI.replace("tokyo: {name: Tokyo}", "tokyo: {name: Tokyo, country: JP}")
    assert place_warnings(parse_story(story, "story.yaml")) == []
    text = "Prime Minister Haruto Sakai announced his resignation in Osaka on Tuesday."
    assert clashes_on(text, story, PUBLISHED[SAKAI]) == {"resigned:where"}


def test_the_validate_command_prints_the_country_warning(tmp_path: Path) -> None:
    path = tmp_path / "sakai.yaml"
    path.write_text(SAKAI.lstrip("\n"), encoding="utf-8")
    out = io.StringIO()
    assert validate([str(path)], out) == 0  # a warning, not an error
    assert f"{path}:8: warning: places.tokyo: no country is given for 'tokyo'" in out.getvalue()
    assert "(sakai-resigns, 3 facts, 1 warning)" in out.getvalue()


OTHER_STATEMENTS = [
    # (text, the clashes expected): twenty quotes of the fact's words with changes, written
    # before the checker ran on them (at 26f6d11); ten clashed. Five were plainly another
    # statement or another speaker's words and are now not judged; a changed quote with no
    # attribution, or said by the fact's speaker, is still judged
    ('In 2019, Sakai said: "I take full responsibility for the party\'s result."', set()),
    (
        'Sakai quoted his predecessor, who once said "I take no responsibility for the election'
        ' result".',
        set(),
    ),
    ('A banner read "Sakai, take full responsibility for the election result!"', set()),
    (
        '"Nobody takes full responsibility for the election result in this party," Tanaka said.',
        set(),
    ),
    ('"I take no responsibility for the election result," said Tanaka.', set()),
    # a colon after a clause whose subject opening the sentence is a name the story does not
    # know, whatever the verb: that person's words
    ('Tanaka mocked the statement: "I take no responsibility for the election result."', set()),
    (
        'Opposition leader Aiko Tanaka mocked him: "I take no responsibility for the election'
        ' result."',
        set(),
    ),
    (
        '"I take no responsibility for the election result," said Prime Minister Haruto Sakai.',
        {"sakai-quote:quote"},
    ),
    ('"I take no responsibility for the election result."', {"sakai-quote:quote"}),
    ('Sakai wrote: "I take no responsibility for the election result."', {"sakai-quote:quote"}),
    (
        'The prime minister wrote: "I take no responsibility for the election result."',
        {"sakai-quote:quote"},
    ),
    (
        'Tanaka recalled that Sakai said: "I take no responsibility for the election result."',
        {"sakai-quote:quote"},
    ),
    (
        'Tanaka mocked Sakai\'s statement: "I take no responsibility for the election result."',
        {"sakai-quote:quote"},
    ),
    (
        'In 2027, Sakai said: "I take no responsibility for the election result."',
        {"sakai-quote:quote"},
    ),
    (
        'Sakai, who once said "I take no responsibility for the election result", resigned.',
        {"sakai-quote:quote"},
    ),
]


@pytest.mark.parametrize("text, expected", OTHER_STATEMENTS)
def test_another_statement_or_speaker_s_changed_words_are_not_the_fact_s(
    text: str, expected: set[str]
) -> None:
    assert clashes_on(text, SAKAI, PUBLISHED[SAKAI]) == expected
