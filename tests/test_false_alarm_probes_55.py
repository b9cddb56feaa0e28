"""Case table of false alarms looked for in invented stories (a peace agreement signed in
Vienna, a central bank's surprise rate cut) told through roundups of reactions: world leaders',
officials', rivals' and experts' statements quoted one after another, each with their own
country, city, day and figures (`In Berlin, Chancellor Weber said on Sunday ...`, `Paris called
it ...`, `the EU's 27 members`), reactions that quote or paraphrase the fact's own speaker, and
statements about earlier events. The facts were written first, then the sentences that state
nothing contrary to them (``FIRST_RUN``) and those that state a wrong value for the fact's own
event (``CONTRADICTIONS``), each to clash on its slot, all before the checker first ran on them.

First run (at 60b0808): no false contradiction in 120 cells (40 sentences, each checked against
every fact of its story), and 6 of the 8 contradictions caught on their slot. No rule was added.
None of the other speakers' cities, days or figures was judged: a reaction names no `who` of the
fact (`In Berlin, Chancellor Lena Weber said on Sunday ...`, `the IMF's chief economist,
speaking in Washington, said the cut of 75 basis points ...`), and `both sides` names none
either (`the 2019 truce, which both sides signed in Prague`); an earlier cut by the fact's own
`who`, dated in another year, neither dates nor counts the fact's (`The central bank last cut
rates by 50 basis points in March 2025, in Ostby`); and a reaction that quotes the fact's
speaker in part (`Quoting Halvorsen, analysts ... said the bank "acted boldly"`) only confirms.
The two missed: a city the story does not list in the fact's own country, when the fact's place
is known only by its country (`Ostby`, `country: 'NO'`: `Bergen` may hold it; in ``MISSED``),
and a `not` inserted before the first words the quote shares with the fact's (`"We did not act
boldly because ..."`), read as a quote that begins before them. The second is caught since: the
quote's opening words that render the fact's own with a negation put in (`We did not act` for
`We acted`) are a change (``NEGATED_OPENINGS``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

PEACE = """
story: valdoria-kestria-peace
date: 2027-06-13
about: [valdoria, kestria]
entities:
  valdoria: {name: Valdoria, kind: organisation}
  kestria: {name: Kestria, kind: organisation}
  marek: {name: President Anton Marek, aliases: [Anton Marek, Marek, Mr Marek], kind: person}
places:
  vienna: {name: Vienna, country: AT}
facts:
  - id: signed
    who: [valdoria, kestria]
    what: [signed a peace agreement, signed the peace deal, signed a peace deal]
    where: vienna
    when: 2027-06-13
  - id: prisoners
    who: [valdoria, kestria]
    what: [prisoners to be exchanged, will exchange, prisoners]
    count: 4200
  - id: marek-quote
    who: marek
    quote: Today our children can stop being afraid of the sky
"""

RATES = """
story: norland-rate-cut
date: 2027-11-04
about: [bank]
entities:
  bank:
    name: Central Bank of Norland
    aliases: [Norland's central bank]
    mention_only: [the central bank]
    kind: organisation
  halvorsen: {name: Ingrid Halvorsen, aliases: [Halvorsen, Ms Halvorsen], kind: person}
places:
  ostby: {name: Ostby, country: 'NO'}
facts:
  - id: cut
    who: bank
    what: [cut interest rates, cut its main interest rate, cut rates]
    where: ostby
    when: 2027-11-04
  - id: points
    who: bank
    what: [basis points]
    count: 75
  - id: halvorsen-quote
    who: halvorsen
    quote: We acted boldly because the economy could not wait until December
"""

PUBLISHED = {
    PEACE: dt.date(2027, 6, 14),  # a Monday: Sunday is June 13
    RATES: dt.date(2027, 11, 5),  # a Friday: Thursday is November 4
}

FIRST_RUN = [
    (PEACE, s)
    for s in (
        "In Berlin, Chancellor Lena Weber said on Sunday that Germany would help rebuild"
        " Kestria's power grid.",
        'Paris called the agreement "a victory for patience" and pledged €300m in aid.',
        "The EU's 27 members welcomed the deal in a joint statement from Brussels on Monday.",
        "US Secretary of State Dana Morrow, speaking in Washington, said the two countries had"
        ' "chosen the future over the past".',
        "In Ankara, the foreign ministry said Turkey stood ready to host talks on the border in"
        " July.",
        "Britain's prime minister, speaking in London on Sunday evening, called it a day that"
        ' "many thought would never come".',
        "Moscow said little, noting only that it had signed a ceasefire between the two sides in"
        " Geneva in 2024 that collapsed after six weeks.",
        "UN Secretary-General Amara Diallo told reporters in New York that 1,500 UN monitors"
        " would be sent to the border.",
        'Quoting Marek, the Italian foreign minister said children "can stop being afraid of the'
        ' sky".',
        'Marek said in Vienna: "Today our children can stop being afraid of the sky."',
        "Kestria's opposition leader, Pavel Dorn, said in Rask on Monday that he would fight the"
        " agreement in parliament.",
        "Beijing said it hoped the deal would last longer than the 2019 truce, which both sides"
        " signed in Prague.",
        "Human Rights Watch said at least 300 prisoners held by Valdoria had not been accounted"
        " for.",
        "The International Committee of the Red Cross, which will oversee the exchange of 4,200"
        " prisoners, said it would begin within 30 days.",
        "Japan said it would give $150m, and Canada said on Monday it would give C$80m.",
        '"It is a good deal, not a perfect one," said Austria\'s foreign minister, Katrin Hofer,'
        " who hosted the talks.",
        "Analysts at the International Crisis Group said the agreement was the first since 2016"
        " to be signed by both heads of state.",
        "In Madrid, Prime Minister Luis Ortega said Spain had signed a similar agreement with"
        " Morocco decades ago.",
        "India and Brazil both issued statements on Sunday night welcoming the deal.",
        "The Kestrian president, Ilse Varga, said on Monday that 11 years of war had cost 60,000"
        " lives.",
    )
] + [
    (RATES, s)
    for s in (
        "In Frankfurt, ECB President Marco Ferri said on Thursday the euro zone had no plans to"
        " follow with a cut of its own.",
        "Stockholm's Riksbank, which cut rates by 25 basis points in September, said it would"
        " wait.",
        "Washington said the move was a matter for Norland, and the Fed left rates unchanged on"
        " Wednesday.",
        "Economists at Nordbank had expected a cut of 25 basis points, not 75.",
        'Quoting Halvorsen, analysts at Capital Economics said the bank "acted boldly" to'
        " protect jobs.",
        'Halvorsen said in Ostby: "We acted boldly because the economy could not wait until'
        ' December."',
        "Finance minister Erik Lund said in parliament on Friday that the government welcomed"
        " the cut.",
        "The Bank of England, which meets next Thursday, is expected to hold rates at 4%.",
        "In Tokyo, the yen was little changed, while the Norland krone fell 1.8% against the euro.",
        "The IMF's chief economist, speaking in Washington, said the cut of 75 basis points was"
        ' "bold but justified".',
        "The central bank last cut rates by 50 basis points in March 2025, in Ostby.",
        "Opposition leader Maja Berg said on Thursday that the bank had waited too long and"
        " should have cut rates in September.",
        "Copenhagen's central bank said it would meet on Monday to discuss the krone.",
        "The EU's 27 finance ministers, meeting in Brussels on Friday, did not discuss the cut.",
        "Norland's central bank cut interest rates by 75 basis points to 2.5% on Thursday.",
        "Two of the bank's seven policymakers voted for a smaller cut of 50 basis points.",
        "Halvorsen told reporters she would not rule out another cut in December.",
        "Shares in Norland's biggest lender, Fjordbank, rose 4% in Ostby trading.",
        '"Bold, yes, but late," said former governor Olav Sand, who cut rates by 100 basis'
        " points in 2009.",
        "Helsinki's finance ministry said it saw no need for Finland to respond.",
    )
]

MISSED = [
    # the fact's place is known only by its country (no gazetteer holds `Ostby`): another city
    # of that country may hold it, so it fits
    (RATES, "The Central Bank of Norland cut rates in Bergen on Thursday."),
]

CONTRADICTIONS = [
    (PEACE, "Valdoria and Kestria signed the peace deal in Vienna on Saturday.", {"signed:when"}),
    (PEACE, "Valdoria and Kestria signed a peace agreement in Geneva on Sunday.", {"signed:where"}),
    (
        PEACE,
        "Under the deal Valdoria and Kestria will exchange 2,400 prisoners.",
        {"prisoners:count"},
    ),
    (
        PEACE,
        '"Today our children can stop being afraid of the night," Anton Marek said.',
        {"marek-quote:quote"},
    ),
    (RATES, "The Central Bank of Norland cut interest rates on Wednesday.", {"cut:when"}),
    (
        RATES,
        "The Central Bank of Norland cut its main interest rate by 50 basis points.",
        {"points:count"},
    ),
    # missed at first run (the words before the first shared one were read as other words of
    # the speaker's); found since a negation put into the fact's own opening words is a change
    (
        RATES,
        '"We did not act boldly because the economy could not wait until December," Ingrid'
        " Halvorsen said.",
        {"halvorsen-quote:quote"},
    ),
]

NEGATED_OPENINGS = [
    # (text, whether it clashes): a negation put into the fact's words before those quoted
    # alike, and other words before them that are no rendering of the fact's
    (
        '"We do not act boldly because the economy could not wait until December," Ingrid'
        " Halvorsen said.",
        True,
    ),
    (
        '"We acted boldly because the economy could not wait until December," Ingrid Halvorsen'
        " said.",
        False,
    ),
    (
        '"Nobody can say we acted boldly because the economy could not wait until December,"'
        " Ingrid Halvorsen said.",
        False,
    ),
    (
        '"It was not easy, but we acted boldly because the economy could not wait until'
        ' December," Ingrid Halvorsen said.',
        False,
    ),
]


@pytest.mark.parametrize("text, negated", NEGATED_OPENINGS)
def test_a_negation_put_into_the_quote_s_opening_words_is_a_change(
    text: str, negated: bool
) -> None:
    assert clashes_on(text, RATES, PUBLISHED[RATES]) == (
        {"halvorsen-quote:quote"} if negated else set()
    )


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
