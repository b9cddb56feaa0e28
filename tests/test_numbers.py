"""Tests for factcheck.text.numbers."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import find_numbers, looks_like_year, parse_number_word

# (text, value, ordinal, approximate)
Expected = tuple[str, int | float, bool, bool]

CASES: list[tuple[str, list[Expected]]] = [
    (
        "has made just seven trips abroad and went across the inter-Korean border twice in his 12 "
        "years in power. Four of the trips were to China.",
        [
            ("seven", 7, False, False),
            ("twice", 2, False, False),
            ("12", 12, False, False),
            ("Four", 4, False, False),
        ],
    ),
    ("the 70th anniversary", [("70th", 70, True, False)]),
    ("his first trip abroad in four years", [("first", 1, True, False), ("four", 4, False, False)]),
    ("It cost 7 dollars.", [("7", 7, False, False)]),
    ("About 1,200 people came.", [("1,200", 1200, False, True)]),
    ("Inflation hit 3.5% in May.", [("3.5", 3.5, False, False)]),
    ("He signed a $1.5 billion deal.", [("1.5 billion", 1_500_000_000, False, False)]),
    ("They sent 3 million shells.", [("3 million", 3_000_000, False, False)]),
    ("They sent two million shells.", [("two million", 2_000_000, False, False)]),
    (
        "It took two hundred and fifty-three days.",
        [("two hundred and fifty-three", 253, False, False)],
    ),
    (
        "twenty-one guns and twenty one flags",
        [("twenty-one", 21, False, False), ("twenty one", 21, False, False)],
    ),
    ("A dozen drones, not dozens.", [("A dozen", 12, False, False)]),
    ("half a dozen trips", [("half a dozen", 6, False, False)]),
    ("a hundred soldiers", [("a hundred", 100, False, False)]),
    ("the twenty-first century", [("twenty-first", 21, True, False)]),
    (
        "the 1st, 2nd and third rounds",
        [("1st", 1, True, False), ("2nd", 2, True, False), ("third", 3, True, False)],
    ),
    (
        "his twelfth visit and the twentieth summit",
        [("twelfth", 12, True, False), ("twentieth", 20, True, False)],
    ),
    (
        "nearly 40 and more than 50, at least 3, up to 9",
        [
            ("40", 40, False, True),
            ("50", 50, False, True),
            ("3", 3, False, True),
            ("9", 9, False, True),
        ],
    ),
    ("In 2019, on Sept. 13 and 27 July, at 10 a.m. and 10:30 on 2023-09-12 or 12/09/2023.", []),
    ("the 1990s and the 2022-23 season", []),
    ("One of them met no one; they talked one-on-one with one another.", []),
    ("the one he chose", []),
    ("She once again visited, someone said.", []),
    ("F-16 jets, COVID-19 and the G20", []),
    ("some 2000 troops", [("2000", 2000, False, True)]),
    ("It paid $2023 in fees.", [("2023", 2023, False, False)]),
    (
        "nineteen hundred, five six",
        [
            ("nineteen hundred", 1900, False, False),
            ("five", 5, False, False),
            ("six", 6, False, False),
        ],
    ),
    ("nineteen hundred and five", [("nineteen hundred and five", 1905, False, False)]),
    ("a 5-year plan", [("5", 5, False, False)]),
    ("a split second later, the second round", [("second", 2, True, False)]),
    # groups of three digits set apart by a space, as copy from many countries writes them
    ("It left 120 000 homes without power.", [("120 000", 120_000, False, False)]),
    ("It cost 1\u00a0234\u202f567 euros.", [("1\u00a0234\u202f567", 1_234_567, False, False)]),
    ("about 3 000 to 4 000 people", [("3 000", 3000, False, True), ("4 000", 4000, False, False)]),
    # not a count before a measure of its own: `4 300-metre shafts`, `4 360g bars`
    (
        "4 300-metre shafts and 4 360g bars",
        [
            ("4", 4, False, False),
            ("300", 300, False, False),
            ("4", 4, False, False),
            ("360", 360, False, False),
        ],
    ),
    # a day of a month before them is the date's, the number after it its own
    ("On May 12 200 people gathered.", [("200", 200, False, False)]),
    ("In 2019 200 people died.", [("200", 200, False, False)]),
    # `k` glued to a number is a thousand
    (
        "It left 120k homes and £40K of damage.",
        [("120k", 120_000, False, False), ("40K", 40_000, False, False)],
    ),
    ("a 1.5k-strong crowd", [("1.5k", 1500, False, False)]),
    ("the K2 summit and 5 km away", [("5", 5, False, False)]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_find_numbers(sentence: str, expected: list[Expected]) -> None:
    found = find_numbers(sentence)
    assert [(n.text, n.value, n.ordinal, n.approximate) for n in found] == expected
    for n in found:
        assert sentence[n.start : n.end] == n.text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("seven", 7),
        ("Seven", 7),
        ("twenty-one", 21),
        ("twenty one", 21),
        ("a dozen", 12),
        ("two hundred", 200),
        ("twelfth", 12),
        ("twice", 2),
        ("1,200", 1200),
        ("dozens", None),
        ("several", None),
        ("seven eight", None),
        ("", None),
    ],
)
def test_parse_number_word(text: str, value: int | None) -> None:
    assert parse_number_word(text) == value


def test_value_types() -> None:
    (n,) = find_numbers("3.5 percent")
    assert isinstance(n.value, float)
    (n,) = find_numbers("2.5 million")
    assert n.value == 2_500_000 and isinstance(n.value, int)


@pytest.mark.parametrize(
    ("sentence", "is_year"),
    [("in 1991.", True), ("in 2019 people", False), ("$2019", False), ("1,999", False)],
)
def test_looks_like_year(sentence: str, is_year: bool) -> None:
    m = next(i for i, c in enumerate(sentence) if c.isdigit())
    end = m
    while end < len(sentence) and sentence[end].isdigit():
        end += 1
    assert looks_like_year(sentence, m, end) is is_year
