"""Case table of false alarms looked for in an invented story told as an art auction report (a
painting sold at an auction house in London for a price with fees, the year it was painted, the
artist's age at death, the auctioneer's words): the estimate and the hammer price, the price in
another currency, the artist's previous record and other lots and sales with their own prices,
places and dates, the painting's earlier sale, a relative's age at death, the buyer's identity
`not disclosed`, an auctioneer's words of another year, a caption. The facts were written first
(`factcheck validate` raised nothing: the sale's phrase names the house, `sold at Calloway's`),
then the sentences (``FIRST_RUN``, ``CONTRADICTIONS``), all before the checker first ran on them.

First run (at 32a66a5): no false contradiction in 100 cells (20 sentences, each checked against
the story's five facts), and 4 of the 6 contradictions caught on their slot. The two misses are
the sale's day and place (`Harbour at Dusk sold at Calloway's in London on Monday`, `... was sold
at Calloway's in Paris on Tuesday`): neither was judged, as the phrase's last word owning the
words after it (`Calloway's in`, read as `the new stadium's museum`). Both are now caught: a
phrasing that writes the house's name with its possessive owns nothing in the article
(``HOUSE_NAMES``). As the first round raised nothing false, a second, harder round
(``SECOND_ROUND``) was written and committed before the checker ran on it.

Second round (at 4eb40af): 2 false contradictions in 100 cells. Each is now left unjudged by its
own rule (tables below): the price told without the fees (`...; without fees it fetched
£10.5m`, ``WITHOUT_FEES``), and the auctioneer's words dated in another month than the sale's
(`Vale told the Art Newspaper in March: "A painting like this comes along perhaps once in a
generation ..."`, ``SAID_IN_ANOTHER_MONTH``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import clashes_on

AUCTION = """story: marrow-harbour-at-dusk-auction
date: 2027-11-16
about: [marrow]
entities:
  marrow: {name: Elsa Marrow, aliases: [Marrow], kind: person}
  painting: {name: Harbour at Dusk, kind: product}
  calloways: {name: Calloway's, kind: organisation}
  vale: {name: Henry Vale, aliases: [Vale, Mr Vale], kind: person}
places:
  uk: {name: United Kingdom, country: GB}
  england: {name: England, in: uk}
  london: {name: London, in: england}
facts:
  - id: sold
    who: painting
    what: [sold at Calloway's, was sold at Calloway's, went under the hammer at Calloway's]
    where: london
    when: 2027-11-16
  - id: price
    who: painting
    what: [sold for, fetched]
    count: 12400000
    unit: £
  - id: painted
    who: marrow
    what: [painted Harbour at Dusk]
    when: 1924
  - id: age-at-death
    who: marrow
    what: [died aged, died at the age of]
    count: 37
  - id: vale-quote
    who: vale
    quote: A painting like this comes to market once in a generation
"""
PUBLISHED = dt.date(2027, 11, 17)  # a Wednesday: the painting was sold on Tuesday, November 16

FIRST_RUN = [
    "Elsa Marrow's Harbour at Dusk sold for £12.4m with fees at Calloway's in London on Tuesday,"
    " more than double its low estimate of £5m.",
    "The price, about $15.7m, beat the artist's previous record of £6.1m, set at Sotheby's in New"
    " York in 2019.",
    "Marrow painted Harbour at Dusk in 1924, seven years before she died aged 37 in Paris.",
    "Her Blue Quay sold for £3.2m at Calloway's in 2021, and a self-portrait fetched £880,000 in"
    " Paris last year.",
    "The hammer price was £10.5m; Calloway's charges buyers a premium of up to 26%.",
    "The buyer's identity was not disclosed, and Calloway's said only that the painting had gone to"
    " a private collector in Asia.",
    'Auctioneer Henry Vale, who took bids for 14 minutes, said: "A painting like this comes to'
    ' market once in a generation."',
    'Vale said in 2019, when he sold her Blue Quay: "A painting like this is rare, and so is a'
    ' room this full."',
    "Harbour at Dusk was last sold at Calloway's in 1988, when it fetched £420,000 in New York.",
    "Marrow, who died at the age of 37 in 1931, sold only 12 paintings in her lifetime.",
    "Other lots included a Picasso drawing that fetched £2.1m and a Hepworth bronze that sold for"
    " £1.6m.",
    "The evening sale at Calloway's on Tuesday raised £48.3m in total, against a pre-sale estimate"
    " of £39m to £52m.",
    "Harbour at Dusk, painted in Cornwall in 1924, was sold at Calloway's in London on Tuesday.",
    "Marrow was 30 when she painted Harbour at Dusk, the year she moved to St Ives.",
    "Harbour at Dusk by Elsa Marrow, which sold for £12.4m on Tuesday (Calloway's)",
    "Calloway's sold a Marrow seascape at its Paris saleroom on November 2 for €4.8m.",
    "Harbour at Dusk did not sell at Calloway's in 2009, when bidding stalled at £3m, below its"
    " reserve.",
    "Marrow's brother, the sculptor John Marrow, died aged 81 in 1975.",
    "The record for a British woman artist at auction is £9.9m, paid for a Gwen John portrait at"
    " Calloway's in New York in 2024.",
    "Vale, 58, has sold paintings at Calloway's for 31 years, and said Tuesday's bidding was the"
    " fiercest he had seen.",
]


SECOND_ROUND = [
    "Harbour at Dusk sold at Calloway's for the first time in 1961, when it fetched £4,200.",
    "Marrow's Harbour at Dusk fetched £12.4m, or $15.7m, with the buyer's premium; without fees it"
    " fetched £10.5m.",
    "Harbour at Dusk sold for more than all 12 paintings Marrow sold in her lifetime combined.",
    "Harbour at Dusk was expected to fetch up to £8m, Calloway's said on Monday.",
    "A study for Harbour at Dusk sold at Calloway's in Paris in March for £640,000.",
    "Marrow, who died aged 37, painted Harbour at Dusk in the summer of 1924 at Mousehole.",
    "Marrow's mother died aged 90 in 1960, having outlived her daughter by 29 years.",
    "Harbour at Dusk went under the hammer at Calloway's on Tuesday evening, 103 years after it"
    " was painted.",
    "Calloway's will sell Marrow's Blue Quay in Hong Kong on December 3, with an estimate of £2m.",
    "The painting fetched £12.4m on Tuesday, having been bought by its last owner for £420,000 in"
    " 1988.",
    "Vale, who also sold Harbour at Dusk at Calloway's in 1988 as a junior auctioneer, said the"
    " painting had sold for 30 times its 1988 price.",
    "Marrow died at the age of 37 in a Paris hospital; her husband, the poet Hugh Lane, died aged"
    " 52.",
    'Vale told the Art Newspaper in March: "A painting like this comes along perhaps once in a'
    ' generation, and we hope to have it."',
    "In 1931, the year Marrow died aged 37, Harbour at Dusk sold for £120 at a gallery in St Ives.",
    "Henry Vale takes bids for Harbour at Dusk at Calloway's in London on Tuesday (Photograph:"
    " Calloway's)",
    "Only three works by women have fetched more at auction in Britain: a Gwen John at £14.1m, a"
    " Riley at £13.2m and a Hepworth at £12.9m.",
    "Harbour at Dusk was sold at Calloway's in London, not in Paris as first planned, because of"
    " French export rules.",
    "The sale of Harbour at Dusk at Calloway's on Tuesday came two weeks after a rival house,"
    " Lindqvist, sold Marrow's Pier at Night in Stockholm for £2.9m.",
    "Marrow, 37 when she died of tuberculosis in 1931, had painted Harbour at Dusk seven years"
    " earlier.",
    "The buyer, bidding by phone, was not named; the underbidder, a New York dealer, stopped at"
    " £11m with fees.",
]


@pytest.mark.parametrize("text", FIRST_RUN + SECOND_ROUND)
def test_an_auction_report_raises_no_clash(text: str) -> None:
    assert clashes_on(text, AUCTION, PUBLISHED) == set()


CONTRADICTIONS = [
    ("Harbour at Dusk sold at Calloway's in London on Monday.", {"sold:when"}),
    ("Harbour at Dusk was sold at Calloway's in Paris on Tuesday.", {"sold:where"}),
    ("Harbour at Dusk sold for £14.2m.", {"price:count"}),
    ("Elsa Marrow painted Harbour at Dusk in 1926.", {"painted:when"}),
    ("Marrow died aged 39.", {"age-at-death:count"}),
    (
        'Henry Vale said: "A painting like this comes to market once in a lifetime."',
        {"vale-quote:quote"},
    ),
]


@pytest.mark.parametrize("text, expected", CONTRADICTIONS)
def test_a_wrong_value_of_the_sale_clashes(text: str, expected: set[str]) -> None:
    assert clashes_on(text, AUCTION, PUBLISHED) == expected


HOUSE_NAMES = [
    # the fact writes the house's name with its possessive: the place and day after it, or
    # after a noun the house owns, are the sale's
    ("Harbour at Dusk sold at Calloway's in Paris.", {"sold:where"}),
    ("Harbour at Dusk was sold at Calloway's on November 15.", {"sold:when"}),
    ("Harbour at Dusk went under the hammer at Calloway's saleroom in Paris.", {"sold:where"}),
    # the article's possessive on the phrase's last word: what it owns, another thing
    ("Marrow painted Harbour at Dusk's companion piece in 1926.", set()),
    ("Marrow painted Harbour at Dusk's frame in 1926.", set()),
    # another year: another sale at the house
    ("Harbour at Dusk was sold at Calloway's in Paris in 1988.", set()),
]


@pytest.mark.parametrize("text, expected", HOUSE_NAMES)
def test_a_house_named_by_its_possessive_owns_nothing(text: str, expected: set[str]) -> None:
    assert clashes_on(text, AUCTION, PUBLISHED) == expected


WITHOUT_FEES = [
    # the price told without the fees or the premium, in the phrase's clause or right after it
    "Marrow's Harbour at Dusk fetched £12.4m with the buyer's premium; without fees it fetched"
    " £10.5m.",
    "Without fees, Harbour at Dusk fetched £10.5m.",
    "Harbour at Dusk fetched £10.5m before fees.",
    "Harbour at Dusk sold for £10.5m excluding the buyer's premium.",
]


@pytest.mark.parametrize("text", WITHOUT_FEES)
def test_a_price_without_fees_is_on_another_footing(text: str) -> None:
    assert clashes_on(text, AUCTION, PUBLISHED) == set()


WITH_FEES = [
    # with the fees, or no footing told: the price is judged
    "With fees, Harbour at Dusk fetched £10.5m.",
    "Harbour at Dusk fetched £10.5m including fees.",
    "Harbour at Dusk fetched £10.5m.",
]


@pytest.mark.parametrize("text", WITH_FEES)
def test_the_price_with_fees_is_judged(text: str) -> None:
    assert clashes_on(text, AUCTION, PUBLISHED) == {"price:count"}


SAID_IN_ANOTHER_MONTH = [
    # a speech verb dated in another month than the story's: another statement
    'Vale told the Art Newspaper in March: "A painting like this comes along perhaps once in a'
    ' generation, and we hope to have it."',
    'Vale said in March: "A painting like this comes to market once in a lifetime."',
    '"A painting like this comes to market once in a lifetime," Vale said in March.',
]


@pytest.mark.parametrize("text", SAID_IN_ANOTHER_MONTH)
def test_words_said_in_another_month_are_another_statement(text: str) -> None:
    assert clashes_on(text, AUCTION, PUBLISHED) == set()


SAID_THIS_MONTH = [
    # the story's month, its day, or no time told: the words are judged
    'Vale said in November: "A painting like this comes to market once in a lifetime."',
    'Vale said on Tuesday: "A painting like this comes to market once in a lifetime."',
    'Vale said: "A painting like this comes to market once in a lifetime."',
    # a month past a comma or a relative or time word: another clause's act
    '"A painting like this comes to market once in a lifetime," said Vale, who in March sold'
    " Blue Quay.",
    'Vale said that in March he had doubted it: "A painting like this comes to market once in a'
    ' lifetime."',
]


@pytest.mark.parametrize("text", SAID_THIS_MONTH)
def test_words_said_in_the_story_s_month_are_judged(text: str) -> None:
    assert clashes_on(text, AUCTION, PUBLISHED) == {"vale-quote:quote"}
