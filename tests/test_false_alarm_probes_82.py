"""Case table of false alarms looked for in an invented story told as a medicine regulator's
approval (a heart drug approved by the UK's regulator, its trial's size and result, its list
price, the company chief's words): approvals by other countries' regulators with their own
dates, an earlier rejection, other figures of the trial (groups, drop-outs, subgroups), other
drugs' results, prices in other currencies, a patient group's words reusing some of the chief's,
dates predicted for other decisions, `not yet approved` in another country and a caption. The
facts were written first (`factcheck validate` raised nothing), then the sentences that state
nothing contrary to them (``FIRST_RUN``) and those that state a wrong value for the fact's own
event (``CONTRADICTIONS``), all before the checker first ran on them; a second, harder round
(``SECOND_ROUND``) was written before it ran too.

First run (at ff78e3b): no false contradiction in 100 cells (20 sentences, each checked against the
story's five facts), all 5 contradictions caught on their slot. Second round (at 2358d38): no false
contradiction in 100 cells either: another regulator's approval of the same drug in another capital
the day before, subgroup and rival figures after the phrase, a count of the same words for another
group (`40 patients in the trial's first phase`), a later price and a rival's price, `not yet
approved` in another country and an approval not expected before 2029, a caption with a
photograph's year. No rule was written for this table after those two rounds.

A third round of 20 sentences (``THIRD_ROUND``), each naming the fact's `who` and phrase with
other values beside them, written after the second and before the checker ran on them (at
4ff3fb7), raised 2 false contradictions in 100 cells. Each is now left unjudged by its own rule
(tables below): the approval denied `for` a group of people set apart by a trait (`The MHRA has
not yet approved Velmitab for people who have had a stroke`: the approval was read as denied,
``GROUPS_DENIED``), and a count of the trial's patients set apart by a predicate (`Only 300
patients in the trial of Velmitab were from the UK`: the trial's size clashed, ``SET_APART``).

A fourth round of 20 sentences (``FOURTH_ROUND``), written the same way after the third and
before the checker ran on them (at 76d3079), raised 1 false contradiction in 100 cells, now left
unjudged by its rule: a sentence opening with another study before a comma (`In the earlier,
smaller trial of 900 patients, Velmitab cut the risk of a second heart attack by 33%`: the count
clashed, ``OTHER_STUDIES_FRONTED``; the trial itself, or `Unlike in the earlier trial`, still
judged, ``OWN_TRIAL_FRONTED``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

APPROVAL = """story: velmitab-approval
date: 2027-06-10
about: [velmitab]
entities:
  mhra: {name: Medicines and Healthcare products Regulatory Agency, aliases: [MHRA, the MHRA],
    kind: organisation}
  velmitab: {name: Velmitab, kind: product}
  norwell: {name: Norwell Therapeutics, aliases: [Norwell], kind: organisation}
  ashby: {name: Claire Ashby, aliases: [Ashby, Ms Ashby], kind: person}
places:
  uk: {name: United Kingdom, country: GB}
  england: {name: England, in: uk}
  london: {name: London, in: england}
facts:
  - id: approved
    who: mhra
    what: [approved Velmitab, approved the use of Velmitab]
    where: uk
    when: 2027-06-10
  - id: trial-size
    who: velmitab
    what: [patients in the trial, patients in its trial]
    count: 2400
  - id: risk-cut
    who: velmitab
    what: [cut the risk of a second heart attack, reduced the risk of a second heart attack]
    count: 27
    unit: '%'
  - id: price
    who: velmitab
    what: [list price of, a list price of]
    count: 1850
    unit: £
  - id: ashby-quote
    who: ashby
    quote: This approval means thousands of heart attack survivors can get a new treatment this year
"""
PUBLISHED = dt.date(2027, 6, 11)  # a Friday: the drug was approved on Thursday, June 10

FIRST_RUN = [
    "The Medicines and Healthcare products Regulatory Agency approved Velmitab on Thursday for"
    " adults who have survived a heart attack.",
    "The US Food and Drug Administration approved Velmitab in March, and the European Medicines"
    " Agency approved the use of Velmitab on May 20.",
    "In a trial of 2,400 patients, Velmitab cut the risk of a second heart attack by 27% over"
    " three years.",
    "Of the 2,400 patients in the trial, 1,200 took Velmitab and 1,200 a placebo; 8% of those on"
    " Velmitab had a second heart attack, against 11% on placebo.",
    "Velmitab has a list price of £1,850 a year, but the NHS is expected to pay less under a"
    " confidential discount.",
    "In the US, Velmitab has a list price of $2,900, and in Germany of €2,100.",
    "The MHRA rejected Velmitab in 2025, asking Norwell for longer follow-up data.",
    "The MHRA did not approve Velmitab in 2025, when the trial had followed patients for only 18"
    " months.",
    "Claire Ashby, Norwell's chief executive, said: \"This approval means thousands of heart"
    ' attack survivors can get a new treatment this year."',
    'The British Heart Foundation said: "Heart attack survivors can get a new treatment this'
    ' year, but only if the NHS agrees to pay for it."',
    "Nice, which decides whether the NHS in England pays for medicines, is expected to publish"
    " its guidance on Velmitab in October.",
    "Velmitab is not yet approved in Canada, where Health Canada expects to decide by early 2028.",
    "Japan's regulator approved Velmitab on April 2, after a smaller trial of 600 patients.",
    "About 100,000 people in the UK have a heart attack each year, and one in five has a second"
    " within five years, the British Heart Foundation says.",
    "Velmitab cut the risk of a second heart attack by 31% in patients under 65, and by 22% in"
    " those over 75.",
    "Statins, the most widely used heart drugs, reduced the risk of a second heart attack by"
    " about 30% in trials in the 1990s.",
    "Norwell, based in Cambridge, said 240 patients in the trial had stopped taking Velmitab"
    " because of side effects.",
    "Shares in Norwell rose 12% on Thursday after the MHRA approved the use of Velmitab.",
    "Velmitab, approved by the MHRA on Thursday, is injected once a month (Norwell Therapeutics)",
    "Ms Ashby, 52, said Norwell would apply for approval in Australia in 2028, and hoped to"
    " launch Velmitab in 40 countries by 2030.",
]

SECOND_ROUND = [
    "The MHRA could approve Velmitab for heart failure as well in 2028, Norwell said.",
    "Velmitab was approved in the US on March 4 and in the EU on May 20; the MHRA approved"
    " Velmitab on Thursday.",
    "The MHRA approved Velmitab on Thursday, 11 months after it rejected Velmitab in July 2026.",
    "Norwell first asked the MHRA to approve Velmitab in January 2025.",
    "Ireland's regulator approved the use of Velmitab in Dublin on Wednesday, a day before the"
    " MHRA.",
    "Velmitab cut the risk of a second heart attack by 27% in the trial, against 15% for"
    " Corazin, a rival drug approved in 2024.",
    "In women, Velmitab cut the risk of a second heart attack by 19%, a smaller effect the MHRA"
    " said needed more study.",
    "Velmitab reduced the risk of a second heart attack by 27%, or by 3 percentage points in"
    " absolute terms.",
    "Among the 2,400 patients in the trial, 62% were men and their average age was 61.",
    "A follow-up study of 5,000 patients in the trial's extension will report in 2029.",
    "Velmitab has a list price of £1,850, against a list price of about £40 a year for generic"
    " statins.",
    "Corazin, Velmitab's nearest rival, has a list price of £2,300 in the UK.",
    "Norwell said Velmitab's list price of £1,850 would fall to £1,400 if Nice recommended it.",
    'Ashby said in 2025: "A rejection is never the end for a medicine like this."',
    "The patients' group Heart Survivors UK said thousands of survivors \"can get a new treatment"
    ' this year, at last".',
    "Health Canada has not yet approved Velmitab, and Australia's regulator is not expected to"
    " approve the use of Velmitab before 2029.",
    "Velmitab, which the MHRA approved on Thursday, was first tested on 40 patients in the"
    " trial's first phase in 2021.",
    "The MHRA approved Velmitab after 14 months of review, and 9 of its 11 experts voted in"
    " favour.",
    "The MHRA has approved 31 new medicines this year, Velmitab among them; last year it"
    " approved 44.",
    "Claire Ashby, chief executive of Norwell Therapeutics, in Cambridge in 2026, before the"
    " MHRA approved Velmitab",
]

THIRD_ROUND = [
    "The MHRA, which approved Velmitab on Thursday, approved Corazin on March 3, 2024.",
    "Velmitab has a list price of £1,850 per dose; a year's treatment of 12 doses costs £22,200.",
    "Velmitab cut the risk of a second heart attack by 27%, and cut the risk of a stroke by 12%.",
    "Velmitab cut the risk of a second heart attack by 27% in 2,400 patients, by 24% in a"
    " Japanese trial of 600, and by 29% in a trial in China.",
    "Of the patients in the trial, 1,200 were given Velmitab and 1,200 a dummy injection.",
    "Only 300 patients in the trial of Velmitab were from the UK, the MHRA said.",
    "Velmitab reduced the risk of a second heart attack by 27% compared with placebo, and by 9%"
    " compared with Corazin.",
    "The MHRA approved Velmitab on Thursday; the Scottish Medicines Consortium will decide in"
    " December whether NHS Scotland pays for it.",
    "Norwell said the MHRA approved Velmitab on Thursday, 21 days after the EU approved the use"
    " of Velmitab.",
    "Velmitab, with a list price of £1,850, is cheaper than Corazin, which has a list price of"
    " £2,300.",
    "Velmitab has a list price of £1,850 in the UK, $2,900 in the US and ¥280,000 in Japan.",
    "In Germany Velmitab has a list price of €2,100, about £1,790.",
    '"This approval means thousands of heart attack survivors can get a new treatment this'
    ' year," Ms Ashby said, adding that Norwell had spent £900 million on Velmitab.',
    "The British Heart Foundation's Dr Amir Khan said: \"This approval means heart attack"
    ' survivors finally have a choice."',
    "The MHRA has not yet approved Velmitab for people who have had a stroke, and will not"
    " decide before 2028.",
    "The MHRA approved Velmitab on Thursday, after the FDA approved Velmitab on March 4 and the"
    " EMA on May 20.",
    "Velmitab did not cut the risk of a second heart attack in patients over 80, the MHRA said.",
    "Norwell expects the MHRA to approve the use of Velmitab in teenagers by 2030.",
    "Velmitab cut the risk of a second heart attack by more than a quarter, 27%, in the trial.",
    "Two years ago, the MHRA approved Velmitab's rival Corazin, which has a list price of £2,300.",
]

FOURTH_ROUND = [
    "Velmitab, which cut the risk of a second heart attack by 27%, has a list price of £1,850,"
    " twice that of Corazin.",
    "The MHRA approved Velmitab on Thursday but will decide on the use of Velmitab in pregnancy"
    " in 2028.",
    "In the earlier, smaller trial of 900 patients, Velmitab cut the risk of a second heart"
    " attack by 33%.",
    "Velmitab cut the risk of a second heart attack by 27%, compared with a 31% cut the FDA"
    " reported in March.",
    "The European regulator approved Velmitab in Amsterdam on May 20.",
    "Norwell's shares have fallen 40% since the MHRA rejected Velmitab in 2025, before it"
    " approved Velmitab on Thursday.",
    "Velmitab has a list price of £1,850 for a month's supply; Norwell had asked for a list"
    " price of £2,400.",
    "The NHS will pay a list price of £1,850 for Velmitab, less a discount that Norwell would"
    " not disclose.",
    "At a list price of £1,850, Velmitab costs more than the £1,200 that Nice usually accepts.",
    "Of 3,100 patients screened, 2,400 patients in the trial were given Velmitab or a placebo.",
    "The risk of a second heart attack fell by 27%, and the risk of death by 9%, in patients"
    " given Velmitab.",
    "Velmitab is the first heart drug the MHRA has approved since it approved Corazin in March"
    " 2024.",
    "Canada's regulator rejected Velmitab in May, and Australia has not yet approved the use of"
    " Velmitab.",
    'Ms Ashby said: "We are delighted," and added that the MHRA had approved Velmitab faster'
    " than the FDA.",
    'Ashby, in a statement on Wednesday before the decision, said: "We remain confident in the'
    ' data."',
    "A year's supply of Velmitab, at a list price of £1,850 a month, costs £22,200.",
    "Velmitab did not reduce the risk of stroke, but reduced the risk of a second heart attack"
    " by 27%.",
    "The MHRA approved Velmitab three years after Norwell began its trial of 2,400 patients in"
    " 2024.",
    "Velmitab cut the risk of a second heart attack by 27% in the trial, but by only 12% in a"
    " 2023 study in Sweden of 1,000 patients.",
    "The MHRA's approval of Velmitab on Thursday followed its approval of a higher dose of"
    " Corazin in April.",
]


@pytest.mark.parametrize("text", FIRST_RUN + SECOND_ROUND + THIRD_ROUND + FOURTH_ROUND)
def test_a_drug_approval_report_raises_no_clash(text: str) -> None:
    assert clashes_on(text, APPROVAL, PUBLISHED) == set()


CONTRADICTIONS = [
    ("The MHRA approved Velmitab on Wednesday.", {"approved:when"}),
    ("Velmitab cut the risk of a second heart attack by 37%.", {"risk-cut:count"}),
    ("Velmitab has a list price of £2,850.", {"price:count"}),
    ("Velmitab was given to 4,200 patients in its trial.", {"trial-size:count"}),
    (
        'Claire Ashby said: "This approval means hundreds of heart attack survivors can get a new'
        ' treatment next year."',
        {"ashby-quote:quote"},
    ),
]


@pytest.mark.parametrize("text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_approval_clashes(text: str, expected: set[str]) -> None:
    assert clashes_on(text, APPROVAL, PUBLISHED) == expected


GROUPS_DENIED = [
    # denied `for` a group of people set apart by a trait: the group's use, not the approval
    "The MHRA has not yet approved Velmitab for people who have had a stroke, and will not"
    " decide before 2028.",
    "The MHRA did not approve Velmitab for children under 12.",
    "The MHRA has not approved the use of Velmitab for patients with kidney disease.",
]


@pytest.mark.parametrize("text", GROUPS_DENIED)
def test_an_approval_denied_for_a_group_is_not_judged(text: str) -> None:
    assert clashes_on(text, APPROVAL, PUBLISHED) == set()


APPROVALS_DENIED = [
    # no group, a group with no trait, or a place: the approval is denied
    "The MHRA has not approved Velmitab.",
    "The MHRA has not approved Velmitab for people.",
    "The MHRA has not approved Velmitab for patients in the UK.",
]


@pytest.mark.parametrize("text", APPROVALS_DENIED)
def test_a_denied_approval_is_judged(text: str) -> None:
    assert clashes_on(text, APPROVAL, PUBLISHED) == {"approved:what"}


SET_APART = [
    # the counted patients set apart by origin, sex or age: a part of the trial
    "Only 300 patients in the trial of Velmitab were from the UK, the MHRA said.",
    "In all, 1,100 patients in the trial of Velmitab were women.",
    "Just 700 patients in the trial of Velmitab were from Japan.",
]


@pytest.mark.parametrize("text", SET_APART)
def test_a_part_of_the_trial_s_patients_is_not_its_size(text: str) -> None:
    assert clashes_on(text, APPROVAL, PUBLISHED) == set()


WHOLE_TRIAL = [
    # another predicate, none, or the whole after a part: the trial's size, judged
    "4,200 patients in the trial of Velmitab were followed for three years.",
    "Three of the 4,200 patients in the trial of Velmitab were from the UK.",
    "Velmitab was given to 4,200 patients in its trial.",
    "There were 4,200 patients in the trial of Velmitab.",
]


@pytest.mark.parametrize("text", WHOLE_TRIAL)
def test_the_trial_s_size_is_judged(text: str) -> None:
    assert clashes_on(text, APPROVAL, PUBLISHED) == {"trial-size:count"}


OTHER_STUDIES_FRONTED = [
    # the sentence opening with another study: its figures
    "In the earlier, smaller trial of 900 patients, Velmitab cut the risk of a second heart"
    " attack by 33%.",
    "In a previous study in Sweden, Velmitab cut the risk of a second heart attack by 33%.",
    "In its pilot trial, Velmitab reduced the risk of a second heart attack by 40%.",
]


@pytest.mark.parametrize("text", OTHER_STUDIES_FRONTED)
def test_another_study_s_figure_is_not_the_trial_s(text: str) -> None:
    assert clashes_on(text, APPROVAL, PUBLISHED) == set()


OWN_TRIAL_FRONTED = [
    # the trial itself, or another study not opening the sentence before a comma: judged
    "In the trial of 2,400 patients, Velmitab cut the risk of a second heart attack by 37%.",
    "In the main trial, Velmitab cut the risk of a second heart attack by 37%.",
    "Unlike in the earlier trial, Velmitab cut the risk of a second heart attack by 37%.",
]


@pytest.mark.parametrize("text", OWN_TRIAL_FRONTED)
def test_the_trial_s_own_figure_is_judged(text: str) -> None:
    assert clashes_on(text, APPROVAL, PUBLISHED) == {"risk-cut:count"}
