"""Case table of false alarms found by checking invented stories (a football club's league
title, a drug's trial result) written as sports, business and science copy heavy with numbers:
tables of results flattened into text, league tables, percentages, relative risks and
confidence intervals, ranges, `up from` and `down to`, per-share, per-game and per-patient
figures, records. The facts were written first, then the sentences that state nothing contrary
to them (``FIRST_RUN``) and those that state a wrong value for the fact's own event
(``CONTRADICTIONS``), each to clash on its slot, all before the checker first ran on them.

The count of points was first written `what: [points, finished on]`; `factcheck validate` warned
that a bare `points` judges any number of points the article gives, and the fact was rewritten
as it advised (`points this season`, `finished the season on`) before the first run.

First run (at d247725): 4 false contradictions in 160 cells (40 sentences, each checked against
every fact of its story; 3 sentences), and 9 of the 10 contradictions caught on their slot. A
subgroup's figure (`In patients over 75, Tenzarin cut the risk of stroke by 38%; in those under
65, by 22%`) and an earlier trial's (`An earlier, smaller trial of 1,200 patients found
Tenzarin lowered the risk of stroke by 24%`) were read as the trial's result, and a denied bound
(`Tenzarin did not reduce the risk of stroke by more than 40% in any subgroup`) as a wrong
figure and a denial of the act. Now a count clash in a sentence that tells the figure for a
group of people set apart by age, condition or trait (`in patients over 75`, `among women
with diabetes`, `for those under 65`: ``SUBGROUPS``), or as what another study found (an
other-word such as `earlier`, `previous`, `separate`, then `found`/`showed`... right before the
subject: ``OTHER_STUDIES``), is not judged; and a measure after a denied phrase is not judged
(the amount is denied, not stated), so the sentence no longer mentions the fact
(``DENIED_AMOUNTS``). The one still missed is in ``MISSED``: a number after the phrase, which only
confirms (`Harbour City finished on 89 points`, for `finished on` with 91).

Seen after the first run, in the same shape: a figure at another point of follow-up or for
another dose (`After five years, Tenzarin reduced the risk of stroke by 27%`, `At the higher
dose, ... by 36%`) clashed with the trial's main result. Now a measure in a sentence opened by
a point of follow-up or a dose (`After five years,`, `At 12 months,`, `By week 24,`, `At the
higher dose,`) is the measure at that point, like one after a change of the subject's strength
(table 30): a clash there is not judged (``FOLLOW_UP_POINTS``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

LEAGUE = """
story: harbour-city-title
date: 2027-05-15
about: [harbour]
entities:
  harbour: {name: Harbour City FC, aliases: [Harbour City], kind: team}
  vale: {name: Vale Rovers, aliases: [Vale], kind: team}
  mensah: {name: Kofi Mensah, aliases: [Mensah], kind: person}
  brandt: {name: Eva Brandt, aliases: [Brandt], kind: person}
places:
  england: {name: England, country: GB}
facts:
  - id: title
    who: harbour
    what: [won the Premier Division title, clinched the Premier Division title,
      won the Premier Division]
    when: 2027-05-15
    exclusive: true
  - id: points
    who: harbour
    what: [points this season, finished the season on, finished on]
    count: 91
  - id: goals
    who: mensah
    what: [league goals this season]
    count: 29
  - id: brandt-quote
    who: brandt
    quote: Nobody gave us a chance in August and these players proved everyone wrong
"""

TRIAL = """
story: tenzarin-trial
date: 2027-11-08
about: [tenzarin, kestrel]
entities:
  tenzarin: {name: Tenzarin, kind: product, mention_only: [the drug, the pill]}
  kestrel: {name: Kestrel Bio, aliases: [Kestrel], kind: organisation}
  ribeiro: {name: Dr Ana Ribeiro, aliases: [Ribeiro, Dr Ribeiro], kind: person}
places:
  usa: {name: United States, aliases: [US]}
  illinois: {name: Illinois, in: usa}
  chicago: {name: Chicago, in: illinois}
facts:
  - id: presented
    who: kestrel
    what: [presented the results of the Valor trial, presented the Valor results,
      reported the Valor results]
    when: 2027-11-08
    where: chicago
  - id: reduction
    who: tenzarin
    what: [cut the risk of stroke by, reduced the risk of stroke by, lowered the risk of stroke by]
    count: 31
    unit: "%"
  - id: patients
    who: kestrel
    what: [patients in the Valor trial, patients enrolled in the Valor trial]
    count: 9400
  - id: ribeiro-quote
    who: ribeiro
    quote: >-
      For the first time we can offer these patients a pill that prevents strokes without
      raising bleeding
"""

PUBLISHED = {
    LEAGUE: dt.date(2027, 5, 17),  # a Monday: Saturday is May 15
    TRIAL: dt.date(2027, 11, 9),  # a Tuesday: Monday is November 8
}

FIRST_RUN = [
    (LEAGUE, s)
    for s in (
        "Harbour City finished on 91 points, nine ahead of Vale Rovers on 82.",
        "Final table: 1 Harbour City 38 27 10 1 91; 2 Vale Rovers 38 25 7 6 82; 3 Northfield 38 "
        "21 9 8 72.",
        "Mensah scored 29 league goals this season, a club record, up from 17 last season.",
        "Harbour City won 27 of their 38 league games and lost only once.",
        "Their goal difference of +58 was the best in the division since 2009.",
        "Vale Rovers won the Premier Division title in 2025 and 2026.",
        "Harbour City clinched the Premier Division title with a 3-1 win over Vale Rovers on "
        "Saturday.",
        "Average home attendance rose 14% to 31,450, up from 27,580.",
        "Brandt, 44, is the first woman to win the Premier Division as a manager.",
        "Harbour City's wage bill of 48 million pounds was the league's fifth-highest.",
        "Mensah's 29 goals came from 31 starts, a rate of 0.94 per game.",
        "The club last won the title in 1998, when they finished on 79 points.",
        "Harbour City scored 88 goals and conceded 30.",
        "Bookmakers had priced Harbour City at 40-1 to win the league in August.",
        "Vale Rovers finished on 82 points, their lowest total since 2019.",
        "Harbour City's points per game rose from 1.71 to 2.39.",
        "Mensah, 24, has scored 61 goals in 102 league games for the club.",
        "Harbour City are 11 points clear of third-placed Northfield.",
        "Revenue per supporter rose to 412 pounds, up 9% on last season.",
        "Harbour City won the Premier Division title with two games to spare.",
    )
] + [
    (TRIAL, s)
    for s in (
        "Tenzarin cut the risk of stroke by 31% (hazard ratio 0.69; 95% CI 0.58-0.82).",
        "Strokes occurred in 2.1% of patients on Tenzarin and 3.0% of those on placebo.",
        "Major bleeding was 1.4% in both groups, up from 1.1% in the earlier Orion study.",
        "The absolute risk reduction was 0.9 percentage points, meaning 111 patients would need "
        "to be treated for three years to prevent one stroke.",
        "Kestrel presented the Valor results at the American Heart Association meeting in Chicago "
        "on Monday.",
        "The 9,400 patients in the Valor trial were followed for a median of 3.2 years.",
        "In patients over 75, Tenzarin cut the risk of stroke by 38%; in those under 65, by 22%.",
        "A rival drug, Corvexa, reduced the risk of stroke by 19% in a 2025 trial.",
        "Kestrel shares rose 18% to $74.20 in New York trading, valuing the company at $21 "
        "billion.",
        "Earnings per share are forecast to rise to $3.10 in 2029, up from a loss of $1.40.",
        "The trial enrolled patients in 31 countries between 2022 and 2024.",
        "Deaths from any cause were 4.2% and 4.5%, a difference that was not statistically "
        "significant (p=0.31).",
        "Stroke affects about 12 million people a year worldwide.",
        "Kestrel plans to file for approval in the US and EU in the first half of 2028.",
        "An earlier, smaller trial of 1,200 patients found Tenzarin lowered the risk of stroke by "
        "24%.",
        "Per patient, a year's treatment is expected to cost between $4,000 and $6,000.",
        "Of the 9,400 patients, 4,702 received Tenzarin and 4,698 placebo.",
        "Dr Ribeiro said the effect was consistent across all 14 prespecified subgroups.",
        "The relative risk of stroke was 0.69, a reduction of 31%, with a range of 18% to 42% "
        "across regions.",
        "Tenzarin did not reduce the risk of stroke by more than 40% in any subgroup.",
    )
]

MISSED = [
    (LEAGUE, "Harbour City finished on 89 points."),
]

CONTRADICTIONS = [
    (LEAGUE, "Harbour City clinched the Premier Division title on Sunday.", {"title:when"}),
    (LEAGUE, "Kofi Mensah scored 31 league goals this season.", {"goals:count"}),
    (LEAGUE, "Vale Rovers won the Premier Division title on Saturday.", {"title:who"}),
    (
        LEAGUE,
        '"Nobody gave us a chance in August and these players proved everyone right," Brandt said.',
        {"brandt-quote:quote"},
    ),
    (TRIAL, "Kestrel Bio presented the Valor results in Chicago on Sunday.", {"presented:when"}),
    (TRIAL, "Kestrel Bio presented the Valor results in Boston on Monday.", {"presented:where"}),
    (TRIAL, "Tenzarin cut the risk of stroke by 13%.", {"reduction:count"}),
    (TRIAL, "Kestrel Bio enrolled 7,400 patients in the Valor trial.", {"patients:count"}),
    (
        TRIAL,
        '"For the first time we can offer these patients a pill that prevents strokes without '
        'raising blood pressure," Ribeiro said.',
        {"ribeiro-quote:quote"},
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


SUBGROUPS = [
    # a figure told for a group of people set apart by age, condition or trait
    (TRIAL, "In patients over 75, Tenzarin cut the risk of stroke by 38%.", set()),
    (TRIAL, "Tenzarin cut the risk of stroke by 22% in those under 65.", set()),
    (TRIAL, "Among women with diabetes, Tenzarin reduced the risk of stroke by 40%.", set()),
    # still judged: the trial's own figure, or patients set apart by nothing
    (TRIAL, "Tenzarin cut the risk of stroke by 38% in patients.", {"reduction:count"}),
    (TRIAL, "Tenzarin cut the risk of stroke by 38%.", {"reduction:count"}),
]


@pytest.mark.parametrize("story, text, expected", SUBGROUPS)
def test_a_subgroup_s_figure_is_not_judged(story: str, text: str, expected: set[str]) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


OTHER_STUDIES = [
    # what another study found
    (
        TRIAL,
        "An earlier, smaller trial of 1,200 patients found Tenzarin lowered the risk of stroke "
        "by 24%.",
        set(),
    ),
    (TRIAL, "A previous study showed that Tenzarin reduced the risk of stroke by 19%.", set()),
    # still judged: the story's own trial, or finders with no other-word
    (
        TRIAL,
        "The Valor trial found Tenzarin lowered the risk of stroke by 24%.",
        {"reduction:count"},
    ),
    (TRIAL, "Researchers found Tenzarin lowered the risk of stroke by 24%.", {"reduction:count"}),
]


@pytest.mark.parametrize("story, text, expected", OTHER_STUDIES)
def test_what_another_study_found_is_not_judged(story: str, text: str, expected: set[str]) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


DENIED_AMOUNTS = [
    # a measure after a denied phrase: the amount is denied, not stated
    (TRIAL, "Tenzarin did not reduce the risk of stroke by more than 40% in any subgroup.", set()),
    (TRIAL, "Tenzarin did not cut the risk of stroke by 50%.", set()),
    # still judged: the amount asserted, also as a bound
    (TRIAL, "Tenzarin cut the risk of stroke by more than 40%.", {"reduction:count"}),
    (TRIAL, "Tenzarin cut the risk of stroke by 50%.", {"reduction:count"}),
]


@pytest.mark.parametrize("story, text, expected", DENIED_AMOUNTS)
def test_a_measure_after_a_denied_phrase_is_not_judged(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected


FOLLOW_UP_POINTS = [
    # a point of follow-up or a dose opening the sentence
    (TRIAL, "After five years, Tenzarin reduced the risk of stroke by 27%.", set()),
    (TRIAL, "At the higher dose, Tenzarin cut the risk of stroke by 36%.", set()),
    (TRIAL, "At 12 months, Tenzarin had cut the risk of stroke by 24%.", set()),
    (TRIAL, "By week 24, Tenzarin had cut the risk of stroke by 12%.", set()),
    # still judged: an opening that names no point of follow-up or dose
    (TRIAL, "After the trial, Tenzarin cut the risk of stroke by 27%.", {"reduction:count"}),
    (
        TRIAL,
        "At the congress, Kestrel said Tenzarin cut the risk of stroke by 27%.",
        {"reduction:count"},
    ),
]


@pytest.mark.parametrize("story, text, expected", FOLLOW_UP_POINTS)
def test_a_measure_at_a_point_of_follow_up_or_a_dose_is_not_judged(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected
