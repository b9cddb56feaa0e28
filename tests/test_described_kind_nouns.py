"""A kind noun with one describing word (`the beauty brand`, `the cosmetics company`) refers
back to the last entity of its kind, as `the company` does, also when the only names of its
sentence are words of the fact's phrase (`the beauty brand took a stake in Jane Smith's
company`).

Case table: what is now found (and clashes when changed), and what must stay unjudged: another
entity of the kind named last, or two of them in the last sentence naming one; another kind; a
word that sets the thing apart (`the rival brand`, `the parent company`, `the largest company`)
or makes it one that reports on it (`the news agency`); the description in quotation marks; a
name outside the phrase; the entity named too far back. `factcheck explain` must agree with the
reading on every row."""

from __future__ import annotations

import datetime as dt

import pytest
from cases import check_on
from story_tables import explain_disagreements

STORY = """
story: stake-2016
date: 2016-11-09
about: [acme]
entities:
  acme: {name: Acme, kind: organisation}
  rivalco: {name: Rivalco, kind: organisation}
  rovers: {name: Rovers, kind: team}
  smith: {name: Jane Smith, aliases: [Smith], kind: person}
places: {}
facts:
  - id: acme-prices
    who: acme
    what: raised prices
    when: 2016-11-08
  - id: acme-stake
    who: acme
    what: bought a stake in Jane Smith's company
    when: 2016-11-08
"""
PUBLISHED = dt.date(2016, 11, 9)  # a Wednesday: Tuesday is 8 November


def verdict(text: str, fact: str) -> tuple[str, str]:
    """The fact's status on ``text`` and the rules of its slots (a clash's with its path)."""
    results = {r.fact: r for r in check_on(text, STORY, PUBLISHED)}
    result = results[fact]
    return result.status, ",".join(s.rule for s in result.slots if s.rule)


FOUND = [
    (
        "Acme sells lipstick. The beauty brand raised prices on Tuesday.",
        "acme-prices",
        "consistent",
    ),
    (
        "Acme sells lipstick. The beauty brand raised prices on Monday.",
        "acme-prices",
        "referred/when.date-after-phrase",
    ),
    (
        "Acme sells lipstick. The cosmetics company raised prices on Monday.",
        "acme-prices",
        "referred/when.date-after-phrase",
    ),
    (
        "Acme sells lipstick.\n\nThe stock rose after the beauty brand bought a stake in Jane "
        "Smith's company on Tuesday.",
        "acme-stake",
        "consistent",
    ),
    (
        "Acme sells lipstick.\n\nThe stock rose after the beauty brand bought a stake in Jane "
        "Smith's company on Monday.",
        "acme-stake",
        "referred/when.date-after-phrase",
    ),
    (
        "Acme sells lipstick. The company bought a stake in Jane Smith's company on Monday.",
        "acme-stake",
        "referred/when.date-after-phrase",
    ),
]

NOT_JUDGED = [
    # another organisation named last, or two of them
    (
        "Acme sells lipstick. Rivalco sells soap. The beauty brand raised prices on Monday.",
        "acme-prices",
    ),
    ("Acme and Rivalco sell lipstick. The beauty brand raised prices on Monday.", "acme-prices"),
    ("Rivalco and Acme sell lipstick. The beauty brand raised prices on Monday.", "acme-prices"),
    (
        "Rivalco sued Acme. The company bought a stake in Jane Smith's company on Monday.",
        "acme-stake",
    ),
    (
        "Acme sells lipstick. Rivalco sells soap. The beauty brand bought a stake in Jane Smith's "
        "company on Monday.",
        "acme-stake",
    ),
    # another kind: a club is a team's
    ("Acme sells lipstick. The football club raised prices on Monday.", "acme-prices"),
    ("Acme sells lipstick. Rovers won. The football club raised prices on Monday.", "acme-prices"),
    # a word that sets the thing apart from the one named before
    ("Acme sells lipstick. The rival brand raised prices on Monday.", "acme-prices"),
    ("Acme sells lipstick. The parent company raised prices on Monday.", "acme-prices"),
    ("Acme sells lipstick. The largest company raised prices on Monday.", "acme-prices"),
    ("Acme sells lipstick. The acquired company raised prices on Monday.", "acme-prices"),
    # an organisation that reports on it
    ("Acme sells lipstick. The news agency raised prices on Monday.", "acme-prices"),
    ("Acme sells lipstick. The smaller company raised prices on Monday.", "acme-prices"),
    ("Acme sells lipstick. The 51% company raised prices on Monday.", "acme-prices"),
    # in quotation marks
    ('Acme sells lipstick. "The beauty brand raised prices on Monday."', "acme-prices"),
    # a name outside the phrase
    (
        "Acme sells lipstick. Smith said the beauty brand bought a stake in Jane Smith's company "
        "on Monday.",
        "acme-stake",
    ),
    # named too far back
    (
        "Acme sells lipstick. Sales fell. Costs rose. The beauty brand raised prices on Monday.",
        "acme-prices",
    ),
]


@pytest.mark.parametrize("text, fact, rules", FOUND)
def test_a_described_kind_noun_refers_back(text: str, fact: str, rules: str) -> None:
    status, found = verdict(text, fact)
    if rules == "consistent":
        assert status == "consistent", found
        assert "who.referred" in found
    else:
        assert status == "contradicted"
        assert rules in found.split(",")


@pytest.mark.parametrize("text, fact", NOT_JUDGED)
def test_a_description_that_may_be_another_is_not_judged(text: str, fact: str) -> None:
    assert verdict(text, fact)[0] == "omitted"


def test_explain_agrees_with_the_reading() -> None:
    """`factcheck explain` gives a mention exactly where the reading finds one."""
    rows = [text for text, _, _ in FOUND] + [text for text, _ in NOT_JUDGED]
    articles = {("stake-2016", f"{n}.md"): (PUBLISHED, text) for n, text in enumerate(rows)}
    judged, wrong = explain_disagreements({"stake-2016": STORY}, articles, [])
    assert judged >= len(rows)
    assert wrong == []
