"""Case table: a clause opened by `, as` or `, while` and a noun of a company's own figures
(`revenue rose`, `sales rose`, `profit fell`) after a main clause whose one name, opening the
sentence, is an organisation's belongs to that organisation (`The retailer earned $2.8
billion, as revenue rose 3.5 percent to $27.2 billion`): its clash is judged. Near-misses:
another company there, a second name, a name the story does not know before the noun, no
noun of figures, a person, another clause word."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cases import verdict

RESULTS = """
story: harbor-q3-2025
date: 2025-11-18
about: [harbor]
entities:
  harbor: {name: Harbor Depot, aliases: [the retailer], kind: organisation}
  lodge: {name: Lodge Stores, kind: organisation}
  okafor: {name: Dele Okafor, aliases: [Okafor], kind: person}
facts:
  - id: revenue
    who: harbor
    what: [revenue rose]
    count: 27200000000
    unit: $
  - id: deliveries
    who: harbor
    what: [deliveries rose]
    count: 12
    unit: "%"
"""
PUBLISHED = dt.date(2025, 11, 19)

CASES = [
    (
        "revenue",
        "Harbor Depot earned $2.8 billion, as revenue rose 3.5% to $27.2 billion.",
        ("consistent", ""),
    ),
    (
        "revenue",
        "The retailer earned $2.8 billion, while revenue rose 3.5% to $27.2 billion.",
        ("consistent", ""),
    ),
    (
        "revenue",
        "Harbor Depot earned $2.8 billion, as revenue rose 3.5% to $26.1 billion.",
        ("contradicted", "count"),
    ),
    # near-misses: another company, a second name, an unknown name, no noun of figures, a
    # person, another clause word
    (
        "revenue",
        "Lodge Stores earned $2.8 billion, as revenue rose 3.5% to $26.1 billion.",
        ("omitted", ""),
    ),
    (
        "revenue",
        "Harbor Depot beat Lodge Stores, as revenue rose 3.5% to $26.1 billion.",
        ("omitted", ""),
    ),
    (
        "revenue",
        "Harbor Depot earned $2.8 billion, as Acme revenue rose 3.5% to $26.1 billion.",
        ("omitted", ""),
    ),
    ("deliveries", "Harbor Depot earned $2.8 billion, as deliveries rose 9%.", ("omitted", "")),
    (
        "revenue",
        "Okafor earned $2.8 million, as revenue rose 3.5% to $26.1 billion.",
        ("omitted", ""),
    ),
    (
        "revenue",
        "Harbor Depot earned $2.8 billion, because revenue rose 3.5% to $26.1 billion.",
        ("omitted", ""),
    ),
]


@pytest.mark.parametrize("fact, text, expected", CASES)
def test_a_figure_of_the_company(fact: str, text: str, expected: tuple[str, str]) -> None:
    assert verdict(text, RESULTS, PUBLISHED, fact) == expected
