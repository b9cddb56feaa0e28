"""Case table of false alarms looked for in an invented story told as an art auction report (a
painting sold at an auction house in London for a price with fees, the year it was painted, the
artist's age at death, the auctioneer's words): the estimate and the hammer price, the price in
another currency, the artist's previous record and other lots and sales with their own prices,
places and dates, the painting's earlier sale, a relative's age at death, the buyer's identity
`not disclosed`, an auctioneer's words of another year, a caption. The facts were written first
(`factcheck validate` raised nothing: the sale's phrase names the house, `sold at Calloway's`),
then the sentences (``FIRST_RUN``, ``CONTRADICTIONS``), all before the checker first ran on them.
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


@pytest.mark.parametrize("text", FIRST_RUN)
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
