"""Case table of invented stories checked for false alarms (a food company's chief
executive resigning as it cuts jobs, a former mayor sentenced for bribery) written as software
that summarises or rewrites news writes them: short summaries and bullet points of one story
that mix in details from related stories (a rival's job cuts, a deputy's sentence, another
court's verdict), `According to reports`, `yesterday` counted from the summary's own day, key
facts set out as labels, lists of sources. The facts were written first, then the sentences that
state nothing contrary to them (``FIRST_RUN``) and those that state a wrong value for the fact's
own event (``CONTRADICTIONS``), each to clash on its slot, all before the checker first ran on
them.

First run (at bc2f8bc): no false contradiction in 140 cells (40 sentences, each checked against
every fact of its story), and 6 of the 8 contradictions caught on their slot. No rule was added.
The two missed are in ``MISSED``: a wrong count told as the company's plan (`Brennvik Foods plans
to cut 900 jobs`: the phrase after `plans to` is not read as the act, so its number is not
judged) and a quote whose closing words are replaced by others of another sense (`happened
before my time` for `happened on my watch`: too far from the fact's quote to be read as it, so
taken for another quote and not judged). ``CONTRADICTIONS`` now holds, in their place, the
same wrong values told so that they are judged (`will cut 900 jobs`, `on her watch`), added
after the first run.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

CEO = """
story: brennvik-ceo
date: 2027-02-09
about: [brennvik]
entities:
  brennvik: {name: Brennvik Foods, aliases: [Brennvik], kind: organisation}
  lorentz: {name: Anna Lorentz, aliases: [Lorentz, Ms Lorentz], kind: person}
places:
  norway: {name: Norway, country: 'NO'}
  trondheim: {name: Trondheim, in: norway}
facts:
  - id: resigned
    who: lorentz
    what: [resigned as chief executive, stepped down as chief executive]
    when: 2027-02-09
  - id: plant
    who: brennvik
    what: [close its plant, closure of its plant, shut its plant]
    where: trondheim
  - id: jobs
    who: brennvik
    what: [cut jobs, job cuts, cutting jobs]
    count: 1200
  - id: lorentz-quote
    who: lorentz
    quote: The review found failings that happened on my watch
"""

VERDICT = """
story: varga-sentenced
date: 2027-05-20
about: [varga]
entities:
  varga: {name: Tomas Varga, aliases: [Varga, Mr Varga], kind: person}
  kende: {name: Zsofia Kende, aliases: [Kende, Ms Kende], kind: person}
places:
  hungary: {name: Hungary, country: HU}
  budapest: {name: Budapest, in: hungary}
facts:
  - id: sentenced
    who: varga
    what: [was sentenced, sentenced to six years]
    when: 2027-05-20
    where: budapest
  - id: prison
    who: varga
    what: [years in prison, year prison sentence, years behind bars]
    count: 6
  - id: kende-quote
    who: kende
    quote: The court has ignored every piece of evidence we put forward
"""

PUBLISHED = {
    CEO: dt.date(2027, 2, 10),  # a Wednesday summary: the resignation was on Tuesday, February 9
    VERDICT: dt.date(2027, 5, 21),  # a Friday summary: the sentence was on Thursday, May 20
}

FIRST_RUN = [
    (CEO, s)
    for s in (
        "Brennvik Foods chief executive Anna Lorentz resigned on Tuesday, according to reports.",
        "Key points: Lorentz stepped down as chief executive yesterday; Brennvik will close its "
        "plant in Trondheim; 1,200 jobs to go.",
        "\u2022 Anna Lorentz resigned as chief executive after an accounting review.",
        "\u2022 Brennvik plans to cut 1,200 jobs, mostly in Norway.",
        "\u2022 Shares fell 14 percent in Oslo trading.",
        "Summary generated on February 10, 2027.",
        "Rival Nordkyst Seafood also announced job cuts last week, cutting 300 jobs in Bergen.",
        "Nordkyst closed its plant in Bergen in 2025.",
        "Lorentz, who became chief executive in 2021, had led Brennvik for six years.",
        "According to reports, Lorentz said the review found failings that happened on her watch.",
        "This summary was produced automatically from 3 articles.",
        "Brennvik Foods employs 8,400 people in 11 countries.",
        "The company, based in Oslo, is Norway's second-largest food group.",
        "Earlier reports said Brennvik would cut 900 jobs; the final figure is 1,200.",
        "Interim chief executive Per Holm takes over on Monday.",
        "Brennvik's previous chief executive, Lars Eide, stepped down in 2021.",
        "Lorentz's resignation comes a day after the review was published.",
        "Related: Grieg Dairy to close its plant in Bodo.",
        "Read more: Why Brennvik is cutting jobs now.",
        "Brennvik did not say when it would close its plant in Trondheim.",
    )
] + [
    (VERDICT, s)
    for s in (
        "Former mayor Tomas Varga was sentenced to six years in prison in Budapest yesterday.",
        "\u2022 Varga was sentenced on Thursday for taking bribes.",
        "\u2022 His lawyer, Zsofia Kende, said they would appeal.",
        "\u2022 Varga's former deputy, Gabor Toth, was sentenced to three years in prison "
        "last month.",
        "According to reports, Varga denied all charges.",
        "The case was first reported by the newspaper Nepszava in 2024.",
        "Prosecutors had sought eight years in prison.",
        "Varga, 61, was mayor of the city's 8th district from 2014 to 2022.",
        "This summary was updated on May 21 at 9:00.",
        "Kende told reporters the court had ignored the evidence.",
        "In a separate case, a court in Szeged sentenced a businessman to four years behind bars "
        "on Thursday.",
        "Varga was arrested in March 2025 and held for 40 days.",
        "He will remain free pending the appeal.",
        "Varga was sentenced to six years, the longest term given to a Hungarian mayor since 2010.",
        "Key facts: Who: Tomas Varga. Sentence: six years. Court: Budapest.",
        "Varga was not sentenced in Szeged, as some reports said.",
        "About 30 supporters gathered outside the court.",
        "The verdict was read out over two hours.",
        "Varga faces a further trial in September over a land deal.",
        "Sources: 4 articles, published May 20-21, 2027.",
    )
]

MISSED = [
    (CEO, "Brennvik Foods plans to cut 900 jobs."),
    (CEO, '"The review found failings that happened before my time," Anna Lorentz said.'),
]

CONTRADICTIONS = [
    (CEO, "Anna Lorentz resigned as chief executive of Brennvik on Wednesday.", {"resigned:when"}),
    (CEO, "Brennvik Foods will close its plant in Bergen.", {"plant:where"}),
    (CEO, "Brennvik Foods will cut 900 jobs.", {"jobs:count"}),
    (
        CEO,
        '"The review found failings that happened on her watch," Anna Lorentz said.',
        {"lorentz-quote:quote"},
    ),
    (VERDICT, "Tomas Varga was sentenced in Budapest on Friday.", {"sentenced:when"}),
    (VERDICT, "Tomas Varga was sentenced in Szeged.", {"sentenced:where"}),
    (VERDICT, "Tomas Varga was sentenced to four years in prison.", {"prison:count"}),
    (
        VERDICT,
        '"The court has ignored every piece of evidence we offered," Zsofia Kende said.',
        {"kende-quote:quote"},
    ),
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
