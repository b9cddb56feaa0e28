"""Case table of false alarms found by checking invented stories (a pop star's tour
cancellation, a ship's hijacking) written as hedged and sourced reporting: `reportedly`,
`sources said`, `is understood to`, `according to unconfirmed reports`, `it is believed`,
`allegedly`, officials speaking on condition of anonymity, other outlets' reports (`The Times
reported that ...`), beside the story's own confirmed facts. The facts were written first, then
the sentences that state nothing contrary to them (``FIRST_RUN``) and those that state a wrong
value for the fact's own event (``CONTRADICTIONS``), each to clash on its slot, all before the
checker first ran on them.

First run (at d247725): no false contradiction in 120 cells (40 sentences, each checked against
every fact of its story), and 8 of the 9 contradictions caught on their slot. No rule was added.
The one still missed is in ``MISSED``: a count in an aside opened by `with` between the subject
and its verb (`The Orla Star, with 25 crew members on board, was hijacked`): the crew members
stand in no clause of which the ship is the subject, so no mention of the count is found.

Seen after the first run, in the same shape: a hedged account with a wrong value (`Vega is
alleged to have cancelled her European tour on Monday`, `Early reports that Vega had cancelled
40 European shows were wrong`, `Meridian denied reports that the Orla Star was hijacked on
Monday`) clashed as the article's own statement. Now a hedge that sets a clause out without
asserting it, `is`/`was` `alleged`, `rumoured`, `reported` or `said to have`, and `reports`,
`rumours` or `speculation that` as a noun (after `unconfirmed`, `early`, `denied`, `amid`, `on`
..., or opening the sentence), opens a claim segment: its clashes are doubtful (``HEDGES``).
`reportedly` and `allegedly` alone are still judged: news copy uses them for what it reports as
fact (`Putin reportedly arrived in Vladivostok on Monday`), and a clash there was caught.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

TOUR = """
story: vega-tour-cancelled
date: 2027-06-09
about: [vega]
entities:
  vega: {name: Marisol Vega, aliases: [Vega, Ms Vega], kind: person, mention_only: [the singer]}
  arc: {name: Arc Live, kind: organisation, mention_only: [the promoter]}
  ortiz: {name: Daniel Ortiz, aliases: [Ortiz, Mr Ortiz], kind: person}
places:
  europe: {name: Europe}
  spain: {name: Spain, in: europe}
  madrid: {name: Madrid, in: spain}
facts:
  - id: cancelled
    who: vega
    what: [cancelled her European tour, called off her European tour, cancelled the European tour]
    when: 2027-06-09
  - id: shows
    who: vega
    what: [European shows, shows in Europe, dates in Europe]
    count: 28
  - id: vega-quote
    who: vega
    quote: I have to look after myself before I can look after anyone else
"""

HIJACK = """
story: orla-star-hijacking
date: 2027-09-14
about: [orla]
entities:
  orla: {name: Orla Star, aliases: [MV Orla Star], kind: product,
    mention_only: [the ship, the vessel, the bulk carrier]}
  meridian: {name: Meridian Shipping, aliases: [Meridian], kind: organisation}
  holm: {name: Anders Holm, aliases: [Holm, Mr Holm], kind: person}
places:
  somalia: {name: Somalia, country: SO}
  eyl: {name: Eyl, in: somalia}
  oman: {name: Oman, country: OM}
facts:
  - id: hijacked
    who: orla
    what: [was hijacked, was seized by pirates, was boarded by pirates]
    when: 2027-09-14
    where: somalia
  - id: crew
    who: orla
    what: [crew members, seafarers on board, crew of]
    count: 21
  - id: holm-quote
    who: holm
    quote: Our only concern is bringing all 21 seafarers home safely
"""

PUBLISHED = {
    TOUR: dt.date(2027, 6, 10),  # a Thursday: Wednesday is June 9
    HIJACK: dt.date(2027, 9, 16),  # a Thursday: Tuesday is September 14
}

FIRST_RUN = [
    (TOUR, s)
    for s in (
        "Vega is understood to have cancelled her European tour after doctors advised rest.",
        "The singer reportedly told her band on Monday that she could not go on.",
        "According to unconfirmed reports, Vega had been considering cancelling the tour since "
        "May.",
        "The Sun reported that Vega cancelled her European tour over a row with Arc Live, a claim "
        "the promoter denied.",
        "Sources close to the singer said 40 shows in Europe could be affected, though Arc Live "
        "put the figure at 28.",
        "It is believed that the tour will be rescheduled for 2028.",
        "In 2022 she was forced to cancel the European tour's final leg, a person familiar with "
        "the matter said.",
        "A senior Arc Live executive, speaking on condition of anonymity, said ticket holders "
        "would be refunded within 14 days.",
        "Billboard, citing two people involved in the tour, reported that 12 of the shows in "
        "Europe had sold out.",
        "Vega has not commented on reports that she cancelled her European tour for health "
        "reasons.",
        "Her spokesman would neither confirm nor deny that the singer had been in hospital.",
        "Ortiz, her manager, is said to have learned of the decision on Tuesday night.",
        "Vega did not cancel her North American dates, which begin in September, her label "
        "confirmed.",
        "Fans outside the Madrid arena said they had heard rumours of the cancellation on Sunday.",
        "Arc Live confirmed on Wednesday that the 28 shows in Europe would not go ahead.",
        "The Times reported on Tuesday that Vega was considering calling off her European tour.",
        "Vega, 34, cancelled two shows in Europe last year because of a throat infection.",
        "It is understood that insurers will cover most of the losses, estimated at 60 million "
        "euros.",
        "Ms Vega was allegedly seen at a clinic in Madrid on Monday, according to unconfirmed "
        "reports.",
        "Industry sources said the European tour had been expected to gross about 90 million "
        "euros.",
    )
] + [
    (HIJACK, s)
    for s in (
        "The Orla Star was reportedly hijacked by at least eight armed men who approached in two "
        "skiffs.",
        "Pirates are understood to have boarded the vessel about 200 nautical miles east of Eyl.",
        "Maritime security sources said the ship was being sailed towards the Somali coast on "
        "Wednesday.",
        "According to unconfirmed reports, the crew of the Orla Star includes 15 Filipinos and "
        "six Ukrainians.",
        "Reuters reported that the Orla Star was hijacked on its way from Oman to Mombasa.",
        "It is believed the pirates are demanding a ransom of 5 million dollars.",
        "A European naval official, who asked not to be named, said a frigate was shadowing the "
        "ship.",
        "The Orla Star was allegedly hijacked by the same gang that seized a tanker off Eyl in "
        "2025.",
        "Meridian said all 21 crew members were safe, according to a statement released on "
        "Wednesday.",
        "The Orla Star was last hijacked in 2011, when it was held for seven months.",
        "Two of the crew members were reportedly injured during the boarding.",
        "Somali officials in Puntland said they had not been told of any ransom demand.",
        "The Times reported that the owners had received a first call from the hijackers on "
        "Wednesday night.",
        "Holm declined to confirm reports that the ship's captain had been allowed to call his "
        "family.",
        "The vessel, carrying 54,000 tonnes of iron ore, had left Oman on September 10.",
        "Pirate attacks off Somalia fell to two in 2026, down from 237 in 2011, according to the "
        "International Maritime Bureau.",
        "A second ship, the Nordic Wave, was boarded by pirates off Oman on Wednesday but its "
        "crew hid in a safe room.",
        "It is not yet known whether the 21 seafarers on board have been moved ashore.",
        "Shipping sources said the vessel was insured by a London syndicate.",
        "Security analysts believe the hijacking was planned for weeks.",
    )
]

MISSED = [
    (HIJACK, "The Orla Star, with 25 crew members on board, was hijacked on Tuesday."),
]

CONTRADICTIONS = [
    (TOUR, "Marisol Vega cancelled her European tour on Monday.", {"cancelled:when"}),
    (TOUR, "Marisol Vega has not cancelled her European tour.", {"cancelled:what"}),
    (TOUR, "Marisol Vega cancelled 32 European shows.", {"shows:count"}),
    (
        TOUR,
        '"I have to look after myself before I can look after my fans," Vega said.',
        {"vega-quote:quote"},
    ),
    (
        TOUR,
        '"I have to look after myself before I can look after anyone else," Ortiz said.',
        {"vega-quote:who"},
    ),
    (HIJACK, "The Orla Star was hijacked off Somalia on Monday.", {"hijacked:when"}),
    (HIJACK, "The Orla Star was hijacked near Salalah, Oman, on Tuesday.", {"hijacked:where"}),
    (
        HIJACK,
        '"Our only concern is bringing all 21 sailors home safely," Holm said.',
        {"holm-quote:quote"},
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


HEDGES = [
    # a hedge sets the clause out without asserting it
    (
        TOUR,
        "Vega was reported to have cancelled her European tour on Monday, but the promoter said "
        "the decision came on Wednesday.",
        set(),
    ),
    (TOUR, "Vega is alleged to have cancelled her European tour on Monday, sources said.", set()),
    (TOUR, "Vega is said to have cancelled 40 European shows.", set()),
    (TOUR, "Early reports that Vega had cancelled 40 European shows were wrong.", set()),
    (HIJACK, "Reports that the Orla Star was hijacked on Monday were denied by Meridian.", set()),
    (HIJACK, "Meridian denied reports that the Orla Star was hijacked on Monday.", set()),
    (
        HIJACK,
        "Meridian dismissed speculation that the Orla Star was hijacked near Salalah, Oman.",
        set(),
    ),
    # still judged: `reportedly`, `allegedly`, a source named after the statement, `reports` as
    # a verb, and a hedge in another sentence
    (TOUR, "Vega reportedly cancelled her European tour on Monday.", {"cancelled:when"}),
    (TOUR, "Vega allegedly cancelled her European tour on Monday.", {"cancelled:when"}),
    (HIJACK, "The Orla Star was hijacked on Monday, Reuters reported.", {"hijacked:when"}),
    (HIJACK, "Meridian reports that the Orla Star was hijacked on Monday.", {"hijacked:when"}),
    (
        TOUR,
        "Vega is said to have been unwell. She cancelled her European tour on Monday.",
        {"cancelled:when"},
    ),
]


@pytest.mark.parametrize("story, text, expected", HEDGES)
def test_a_hedged_account_may_confirm_but_never_contradicts(
    story: str, text: str, expected: set[str]
) -> None:
    assert clashes_on(text, story, PUBLISHED[story]) == expected
