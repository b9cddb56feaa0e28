"""Tests for factcheck.match: words, names, phrases, quoted spans and quote alignment."""

from __future__ import annotations

import pytest

from factcheck.match import (
    PLACE,
    Gazetteer,
    align_quote,
    compile_phrase,
    find_phrase,
    find_quotes,
    fold_case,
    name_cues,
    name_pattern,
    normalize_word,
    tokenize,
    words,
)

# --- words ----------------------------------------------------------------------------------


def test_tokenize_keeps_offsets() -> None:
    text = "Kim Jong-un’s train, KIM's aide"
    tokens = tokenize(text)
    assert [t.norm for t in tokens] == ["kim", "jong", "un", "train", "kim", "aid"]
    assert [text[t.start : t.end] for t in tokens] == [
        "Kim",
        "Jong",
        "un’s",
        "train",
        "KIM's",
        "aide",
    ]


@pytest.mark.parametrize(
    ("raw", "norm"),
    [
        ("Arrived", "arriv"),
        ("arrives", "arriv"),
        ("arriving", "arriv"),
        ("arrive", "arriv"),
        ("Kim's", "kim"),
        ("Kim’s", "kim"),
        ("KIM’S", "kim"),
        ("don't", "don't"),
        ("won’t", "won't"),
        ("O'Brien", "obrien"),
        ("countries", "country"),
        ("bus", "bus"),
        ("analysis", "analysis"),
    ],
)
def test_normalize_word(raw: str, norm: str) -> None:
    assert normalize_word(raw) == norm


def test_words_ignore_case_hyphens_and_punctuation() -> None:
    assert (
        words("Kim Jong-un")
        == words("kim jong un")
        == words("KIM JONG UN,")
        == (
            "kim",
            "jong",
            "un",
        )
    )


# --- names ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def people() -> Gazetteer:
    return Gazetteer.build(
        [
            ("kim", "Kim Jong Un"),
            ("kim", "North Korean leader"),
            ("nk", "North Korea"),
            ("sk", "South Korea"),
            ("oslo", "Oslo"),
        ]
    )


def names_in(gazetteer: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(span.ref, text[span.start : span.end]) for span in gazetteer.find(tokenize(text))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kim Jong Un arrived.", [("kim", "Kim Jong Un")]),
        ("kim jong un arrived.", [("kim", "kim jong un")]),
        ("KIM JONG UN ARRIVED.", [("kim", "KIM JONG UN")]),
        ("Kim Jong-un arrived.", [("kim", "Kim Jong-un")]),
        ("Kim Jong-Un arrived.", [("kim", "Kim Jong-Un")]),
        ("Kim Jong Un's train", [("kim", "Kim Jong Un's")]),
        ("Kim Jong Un’s train", [("kim", "Kim Jong Un’s")]),
        ("Kim Jong-un’s train", [("kim", "Kim Jong-un’s")]),
        ("leader Kim Jong\nUn arrived", [("kim", "Kim Jong\nUn")]),
        ("Kim\nJong-un arrived", [("kim", "Kim\nJong-un")]),
        ("the North Korean leader said", [("kim", "North Korean leader")]),
        ("in North Korea.", [("nk", "North Korea")]),
        ("North Korea's army", [("nk", "North Korea's")]),
        ("Kim Jong Un left North Korea", [("kim", "Kim Jong Un"), ("nk", "North Korea")]),
        ("Oslo's mayor", [("oslo", "Oslo's")]),
    ],
)
def test_gazetteer_exact_names(people: Gazetteer, text: str, found: list[tuple[str, str]]) -> None:
    assert names_in(people, text) == found
    assert all(span.exact for span in people.find(tokenize(text)))


@pytest.mark.parametrize(
    "text",
    [
        "North Korean troops",
        "a North Korean official",
        "North Koreans fled",
        "South Korean officials",
        "Oslofjord",
        "Kimberly Jong",
        "Kim Jong",
    ],
)
def test_gazetteer_matches_whole_words_only(people: Gazetteer, text: str) -> None:
    assert names_in(people, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kim Jong Eun arrived", [("kim", "Kim Jong Eun")]),
        ("Kim Jung Un arrived", [("kim", "Kim Jung Un")]),
        ("Mr Kim Jong Eun said", [("kim", "Kim Jong Eun")]),
    ],
)
def test_gazetteer_tolerates_small_misspellings(
    people: Gazetteer, text: str, found: list[tuple[str, str]]
) -> None:
    assert names_in(people, text) == found
    assert [span.exact for span in people.find(tokenize(text))] == [False]


@pytest.mark.parametrize("text", ["Kim Jong Il arrived", "Kim Jong-il arrived", "Kim Yo Jong said"])
def test_gazetteer_does_not_take_other_people_for_misspellings(
    people: Gazetteer, text: str
) -> None:
    assert names_in(people, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the plural of a description of one is several others of its kind
        ("The patients, a husband and wife, arrived", []),
        ("the patients' wives arrived", []),
        ("The black cats ran", []),
        # the description as written, with a possessive, or ending in `s` already
        ("The patient arrived", [("patient", "The patient")]),
        ("the patient's wife arrived", [("patient", "the patient's")]),
        ("the patient’s wife arrived", [("patient", "the patient’s")]),
        ("The black cat ran", [("cat", "The black cat")]),
        ("The bosses said", [("boss", "The bosses")]),
    ],
)
def test_gazetteer_takes_no_plural_for_a_description_of_one(
    text: str, found: list[tuple[str, str]]
) -> None:
    gazetteer = Gazetteer.build(
        [("patient", "the patient"), ("cat", "the black cat"), ("boss", "the boss")]
    )
    assert [
        (span.ref, text[span.start : span.end])
        for span in gazetteer.find(tokenize(text), text=text)
    ] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a number word one letter from a name's word is another word, not a misspelling
        ("The four-time Grammy winning band will kick off the jaunt", []),
        ("The five-alarm call came at noon", []),
        ("Tom Johnstone and the five others", [("johnston", "Tom Johnstone")]),
        # the name itself, or a misspelling of a word that is no number, is still found
        ("The four-time winners will kick off the tour", [("tour", "the tour")]),
        ("Tom Johnstone said", [("johnston", "Tom Johnstone")]),
    ],
)
def test_gazetteer_takes_no_number_word_for_a_misspelt_name(
    text: str, found: list[tuple[str, str]]
) -> None:
    gazetteer = Gazetteer.build(
        [("tour", "the tour"), ("fire", "the fire"), ("johnston", "Tom Johnston")]
    )
    assert names_in(gazetteer, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a name of several words is not found across a comma, colon or bracket
        ("Outside Harwick, police recorded 612 homicides", [("town", "Harwick")]),
        ("In Kim Jong: Un officials", []),
        ("Harwick (police) said", [("town", "Harwick")]),
        ("Mr Kim Jong, Eun said", []),
        # unless the name is written with one, or the words stand together
        ("Flights to Washington, D.C. resumed", [("dc", "Washington, D.C")]),
        ("Harwick police recorded 612 homicides", [("police", "Harwick police")]),
        ("Mr Kim Jong Eun said", [("kim", "Kim Jong Eun")]),
    ],
)
def test_gazetteer_finds_no_name_across_punctuation(
    text: str, found: list[tuple[str, str]]
) -> None:
    gazetteer = Gazetteer.build(
        [
            ("town", "Harwick"),
            ("police", "Harwick Police"),
            ("kim", "Kim Jong Un"),
            ("dc", "Washington, D.C."),
        ]
    )
    assert [
        (span.ref, text[span.start : span.end])
        for span in gazetteer.find(tokenize(text), text=text)
    ] == found


def test_gazetteer_prefers_the_longest_name_and_never_overlaps() -> None:
    gazetteer = Gazetteer.build([("kim", "Kim"), ("kim-full", "Kim Jong Un"), ("un", "UN")])
    assert names_in(gazetteer, "Kim Jong Un spoke to the UN") == [
        ("kim-full", "Kim Jong Un"),
        ("un", "UN"),
    ]
    spans = gazetteer.find(tokenize("Kim Jong Un met Kim"))
    assert [(s.first, s.last) for s in spans] == [(0, 3), (4, 5)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("kim jong-un came", ["kim jong-un"]),
        ("KIM JONG\nUN came", ["KIM JONG\nUN"]),
        ("in North Korea.", ["North Korea"]),
        ("North Korean troops", []),
        ("xKim Jong Un", []),
        ("Russia’s Far East", ["Russia’s Far East"]),
        ("Russia's Far East", ["Russia's Far East"]),
    ],
)
def test_name_pattern(text: str, found: list[str]) -> None:
    pattern = name_pattern(["Kim Jong Un", "North Korea", "Russia's Far East"])
    assert [m.group() for m in pattern.finditer(text)] == found


# --- phrases --------------------------------------------------------------------------------

PLACES = Gazetteer.build(
    [("russia", "Russia"), ("vladivostok", "Vladivostok"), ("far-east", "Russia's Far East")]
)
PLACE_NAMES = ["Russia", "Vladivostok", "Russia's Far East"]


def test_compile_phrase_turns_place_names_into_a_slot() -> None:
    pattern = compile_phrase("crossed the border into Russia", PLACE_NAMES)
    assert pattern.elements == ("cross", "the", "border", "into", PLACE)
    assert pattern.optional == frozenset({1})
    assert compile_phrase("trips abroad").elements == ("trip", "abroad")


def phrase_in(phrase: str, text: str) -> list[tuple[str, list[str]]]:
    pattern = compile_phrase(phrase, PLACE_NAMES)
    tokens = tokenize(text)
    matches = find_phrase(pattern, tokens, PLACES.find(tokens))
    return [
        (text[tokens[m.first].start : tokens[m.last - 1].end], [p.ref for p in m.places])
        for m in matches
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kim arrived in Russia.", [("arrived in Russia", ["russia"])]),
        ("Kim arrives in Russia.", [("arrives in Russia", ["russia"])]),
        ("Kim ARRIVED IN RUSSIA.", [("ARRIVED IN RUSSIA", ["russia"])]),
        ("Kim arrived\nin Russia.", [("arrived\nin Russia", ["russia"])]),
        ("Kim arrived in Vladivostok.", [("arrived in Vladivostok", ["vladivostok"])]),
        ("Kim arrived in Russia's Far East.", [("arrived in Russia's Far East", ["far-east"])]),
        ("Kim arrived by train in Russia.", [("arrived by train in Russia", ["russia"])]),
        ("Kim arrived today by train in Russia.", []),
        ("Kim arrived in the city.", []),
    ],
)
def test_find_phrase_with_a_place(text: str, found: list[tuple[str, list[str]]]) -> None:
    assert phrase_in("arrived in Russia", text) == found


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("crossed the border into Russia", True),
        ("crossed border into Russia", True),
        ("crossed a border into Russia", True),
        ("crossed the heavily guarded border into Russia", True),
        ("crossed the long and heavily guarded border into Russia", False),
        ("Crossing the border into Russia", True),
    ],
)
def test_find_phrase_gaps_and_optional_words(text: str, matches: bool) -> None:
    found = [m for m, _ in phrase_in("crossed the border into Russia", text)]
    assert found == ([text] if matches else [])


def test_find_phrase_finds_every_occurrence() -> None:
    text = "two trips abroad, then three more Trips Abroad"
    assert [m for m, _ in phrase_in("trips abroad", text)] == ["trips abroad", "Trips Abroad"]


# --- quotes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He said "we will go" and left.', ["we will go"]),
        ("“It will be a full-fledged visit,” he said.", ["It will be a full-fledged visit,"]),
        ("Russia’s war and ‘pay a price’ here", ["pay a price"]),
        ("the 'aggressively' enforced sanctions", ["aggressively"]),
        ("Kim’s train and Putin’s jet", []),
        ("Kim's train and Putin's jet", []),
    ],
)
def test_find_quotes(text: str, quoted: list[str]) -> None:
    found = find_quotes(text)
    assert [q.text for q in found] == quoted
    assert [text[q.start : q.end] for q in found] == quoted


EXPECTED = (
    "We will continue to enforce those sanctions and will not hesitate to impose new "
    "sanctions if appropriate"
)


@pytest.mark.parametrize(
    "quoted",
    [
        pytest.param(EXPECTED, id="whole"),
        pytest.param("will continue to enforce those sanctions", id="part"),
        pytest.param("We WILL CONTINUE to enforce those sanctions,", id="case-and-punctuation"),
        pytest.param(
            "We will continue to enforce those sanctions … will not hesitate to impose new "
            "sanctions",
            id="ellipsis-character",
        ),
        pytest.param(
            "We will continue to enforce those sanctions... and will not hesitate to impose "
            "new sanctions if appropriate",
            id="three-dots",
        ),
        pytest.param(EXPECTED + " and we mean it", id="goes-on-past-the-fact"),
    ],
)
def test_align_quote_faithful(quoted: str) -> None:
    alignment = align_quote(EXPECTED, quoted)
    assert alignment is not None
    assert alignment.changes == ()


@pytest.mark.parametrize(
    ("quoted", "changes"),
    [
        pytest.param(
            "We will continue to enforce these sanctions",
            ((("those",), ("these",)),),
            id="changed-word",
        ),
        pytest.param(
            "We will continue to strictly enforce those sanctions",
            (((), ("strictly",)),),
            id="added-word",
        ),
        pytest.param(
            "We will continue to enforce sanctions and will not hesitate",
            ((("those",), ()),),
            id="dropped-word",
        ),
        pytest.param(
            "We will continue to enforce those sanctions and will hesitate to impose new sanctions",
            ((("not",), ()),),
            id="dropped-not",
        ),
        pytest.param(
            "will not hesitate to impose new sanctions appropriately",
            ((("if", "appropriate"), ("appropriately",)),),
            id="reworded-ending",
        ),
    ],
)
def test_align_quote_changes(
    quoted: str, changes: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
) -> None:
    alignment = align_quote(EXPECTED, quoted)
    assert alignment is not None
    assert alignment.changes == changes


def test_align_quote_ignores_curly_versus_straight_apostrophes() -> None:
    expected = "entities that fund Russia's war effort and we won't stop"
    alignment = align_quote(expected, "entities that fund Russia’s war effort and we won’t stop")
    assert alignment is not None
    assert alignment.changes == ()


@pytest.mark.parametrize(
    "quoted",
    [
        pytest.param("pay a price", id="too-short"),
        pytest.param("It will be a full-fledged visit", id="another-quote"),
        pytest.param("we will, of course, continue", id="few-shared-words"),
    ],
)
def test_align_quote_unrelated(quoted: str) -> None:
    assert align_quote(EXPECTED, quoted) is None


# --- routing cues ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, text",
    [
        ("Kim", "\u212aIM said"),  # the Kelvin sign matches k without regard to case
        ("Kim", "K\u0131m"),  # dotless i
        ("Kim", "K\u0130M"),  # dotted capital I
        ("Sam", "\u017fam"),  # long s
        ("Mr. Kim", "MR. KIM"),
        ("O'Brien", "o’brien"),
        ("North Korean leader", "north-korean   Leader"),
    ],
)
def test_a_routing_cue_is_in_every_text_the_name_pattern_matches(name: str, text: str) -> None:
    assert name_pattern([name]).search(text)
    cues = name_cues([name])
    assert cues and any(cue in fold_case(text) for cue in cues)


def test_routing_cues_are_the_longest_word_of_each_name() -> None:
    assert name_cues(["Mr. Kim", "North Korean leader"]) == {"kim", "korean"}


def test_a_name_without_an_ascii_word_has_no_cheap_cue() -> None:
    assert name_cues(["Ким"]) is None
    assert name_cues(["Ким Kim"]) == {"kim"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a given name listed alone, after another name's capitalised word: another's surname
        ("wrote 43-year-old Martin Taylor of Aberdeenshire", []),
        # the full name, a title, a day, or the first word of a sentence before it
        ("wrote 43-year-old Taylor Swift", [("swift", "Taylor Swift")]),
        ("said Coach Taylor", [("swift", "Taylor")]),
        ("on Tuesday Taylor said", [("swift", "Taylor")]),
        ("Martin Taylor said", [("swift", "Taylor")]),
    ],
)
def test_gazetteer_takes_a_given_name_after_another_name_word_for_a_surname(
    text: str, found: list[tuple[str, str]]
) -> None:
    gazetteer = Gazetteer.build([("swift", "Taylor Swift"), ("swift", "Taylor")])
    assert [
        (span.ref, text[span.start : span.end])
        for span in gazetteer.find(tokenize(text), text=text)
    ] == found
