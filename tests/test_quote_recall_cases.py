"""Case tables of quotes as real articles print them: where `find_quotes` must find a quote,
and where the marks pair up too unclearly to find one.

Each family has its confirmed cases, its misquotes (contradicted on `quote`) and the text
that is no quote. The confirmed and misquoted cases of a family all fail when its rule is
taken out of `factcheck.match` (before these rules, none of them was found, or the quote was
cut short). A quote is still judged only when it renders the fact's words closely, and its
speaker by the rules of `tests/test_speaker_cases.py`.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import Article, check_article, parse_story
from factcheck.match import find_quotes

STORY = """
story: mill-2024
date: 2024-03-05
about: [quell, vask, mill]
entities:
  quell: {name: Marta Quell, aliases: [Quell], kind: person}
  vask: {name: Lorna Vask, aliases: [Vask], kind: person}
  mill: {name: Dunmore Mill Company, aliases: [Dunmore Mill], kind: organisation}
places: {}
facts:
  - id: plant-stays-open
    who: quell
    quote: We will keep the plant in Dunmore open and we will not cut a single job this year
"""
PLANT = "We will keep the plant in Dunmore open and we will not cut a single job this year"
FACTORY = PLANT.replace("plant", "factory")  # one word changed: a misquote
HEART = "Our workers are the heart of this firm"
LONG = (  # four sentences, about 330 characters, the fact's words in the third
    "Orders from our Scandinavian customers have recovered faster than anyone expected. "
    "The new kiln is running at full capacity for the first time since it was installed. "
    "{quote}. Nobody in the town should lose sleep over the rumours of a closure"
)


def result(text: str) -> tuple[str, str, dict[str, tuple[str, str]]]:
    """The fact's status, the slots it clashes on, and per slot (status, value found)."""
    article = Article("a.md", "a.md", text, published=dt.date(2024, 3, 5))
    (found,) = [r for r in check_article(article, [parse_story(STORY, "s.yaml")])]
    clashes = ",".join(s.slot for s in found.slots if s.status == "contradicted")
    return found.status, clashes, {s.slot: (s.status, s.found) for s in found.slots}


FAITHFUL = ("consistent", "")
MISQUOTE = ("contradicted", "quote")
NOT_FOUND = ("omitted", "")


# --- 1. quotes of several paragraphs ----------------------------------------------------
# Each new paragraph opens the mark again without closing the one before (the news
# convention); in scraped text the paragraphs run together in one line.

PARAGRAPHS = [
    pytest.param(  # the fact's paragraph is not closed: the next one opens the quote again
        f'Quell said: "{PLANT}.\n"{HEART}."\nThe union welcomed the news.',
        id="first-paragraph-open",
    ),
    pytest.param(  # the same with a blank line between paragraphs, and curly marks
        f"Quell said: “{HEART}.\n\n“{PLANT}.\n\n“Orders are up.”\n\nThe union welcomed it.",
        id="middle-paragraph-curly",
    ),
    pytest.param(  # scraped: the paragraphs run together, the mark opens again after a stop
        f'Quell said: "{PLANT}. "{HEART}," she added. The union welcomed the news.',
        id="run-together",
    ),
]


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_a_paragraph_quote_is_found_and_confirmed(text: str) -> None:
    status, clashes, slots = result(text)
    assert (status, clashes) == FAITHFUL
    assert slots["who"][0] == "confirmed"


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_a_paragraph_quote_is_found_misquoted(text: str) -> None:
    assert result(text.replace(PLANT, FACTORY))[:2] == MISQUOTE


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(  # the paragraph ends unclosed and the next is the writer's: no clear end
            f'Quell said: "{FACTORY}.\nThe union said the mill would close. "No," it said.',
            id="unclosed-then-narration",
        ),
        pytest.param(  # a mark opening again in mid-sentence is no new paragraph
            f'Quell said: "{FACTORY} and "more," she added.',
            id="opens-again-in-mid-sentence",
        ),
        pytest.param(  # a paragraph between the two marks: not the convention
            f'Quell said: "Orders are up.\nThe union said {FACTORY}.\n"No," she said.',
            id="a-paragraph-between",
        ),
    ],
)
def test_an_unclear_paragraph_quote_is_not_found(text: str) -> None:
    assert result(text)[:2] == NOT_FOUND


# --- 1b. quotes of several paragraphs cut short --------------------------------------------
# A later paragraph runs on unclosed past an embedded post (`Club statement`, the post's
# byline): the paragraphs that the next one opened again were quoted all the same.

CUT_SHORT = [
    pytest.param(  # the fact's paragraph, re-opened by the next
        f'Quell said: "{PLANT}.\n\n"{HEART}.\n\nClub statement\n\n— Mill (@mill) March 5\n\n'
        '"Orders are up."',
        id="first-paragraph-before-a-post",
    ),
    pytest.param(  # two paragraphs re-opened, curly marks
        f"Quell said: “Orders are up.\n\n“{PLANT}.\n\n“{HEART}.\n\nPosted by the mill",
        id="second-paragraph-curly",
    ),
]


@pytest.mark.parametrize("text", CUT_SHORT)
def test_a_paragraph_quote_cut_short_is_found_and_confirmed(text: str) -> None:
    status, clashes, slots = result(text)
    assert (status, clashes) == FAITHFUL
    assert slots["who"][0] == "confirmed"


@pytest.mark.parametrize("text", CUT_SHORT)
def test_a_paragraph_quote_cut_short_is_found_misquoted(text: str) -> None:
    assert result(text.replace(PLANT, FACTORY))[:2] == MISQUOTE


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(  # the fact's words in the paragraph whose end is unclear
            f'Quell said: "{HEART}.\n\n"{FACTORY}.\n\nClub statement\n\n"Orders are up."',
            id="in-the-unclosed-paragraph",
        ),
        pytest.param(  # re-opened in the same line, then cut short: the marks may be strays
            f'Quell said: "{FACTORY}. "{HEART}.\n\nClub statement\n\n"Orders are up."',
            id="run-together-then-cut",
        ),
    ],
)
def test_an_unclear_end_of_a_paragraph_quote_is_not_found(text: str) -> None:
    assert result(text)[:2] == NOT_FOUND


# --- 2. long quotes over several sentences ------------------------------------------------
# Three to five sentences (200 to 600 characters) after a mark earlier in the text that the
# old pairing read the wrong way round, or over the line breaks of a hard-wrapped text.

WRAPPED = (
    "The Dunmore Mill Company has been in the town\nfor more than a century, and Marta Quell"
    ' has\nrun it since 2019. "Orders from our Scandinavian\ncustomers have recovered faster'
    " than anyone\nexpected. We will keep the plant in Dunmore open\nand we will not cut a"
    ' single job this year.\nNobody in the town should lose sleep over it,"'
    " Quell\nsaid at the gates on Monday.\n"
)
LONG_QUOTES = [
    pytest.param(  # `''` closed the quote before: the old pairing went the wrong way round
        f'Quell called the offer "insulting\'\' at the time. "{LONG.format(quote=PLANT)}," '
        "Quell said on Monday.",
        id="after-a-quote-closed-by-two-apostrophes",
    ),
    pytest.param(  # after a quote of two paragraphs run together in one line
        f'Vask said: "Orders are up. "Prices are down," she said. "{LONG.format(quote=PLANT)}," '
        "Quell said.",
        id="after-a-paragraph-quote",
    ),
    pytest.param(WRAPPED, id="hard-wrapped"),
]


@pytest.mark.parametrize("text", LONG_QUOTES)
def test_a_long_quote_is_found_and_confirmed(text: str) -> None:
    status, clashes, slots = result(text)
    assert (status, clashes) == FAITHFUL
    assert slots["who"][0] == "confirmed"
    assert len(slots["quote"][1]) > 200


@pytest.mark.parametrize("text", LONG_QUOTES)
def test_a_long_quote_is_found_misquoted(text: str) -> None:
    assert result(text.replace("plant", "factory"))[:2] == MISQUOTE


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(  # an inch mark: the old pairing made the narration after it a quote
            f'The 12" pipe burst. Quell said {FACTORY.lower()}, and "no one" will be fired.',
            id="inch-mark",
        ),
        pytest.param(  # a mark with spaces on both sides tells nothing: no quote there
            f'Quell said " {FACTORY}. The union " disagreed.',
            id="spaced-marks",
        ),
        pytest.param(  # a closing mark with no opening one
            f'It was fine" she said. Quell said {FACTORY}, she told "the union".',
            id="closing-mark-first",
        ),
    ],
)
def test_narration_between_stray_marks_is_not_a_quote(text: str) -> None:
    assert result(text)[:2] == NOT_FOUND


# --- 3. two apostrophes and backticks as quotation marks -------------------------------------

TEX = [
    pytest.param(f"''{PLANT}'', Quell says.", id="two-apostrophes"),
    pytest.param(f"``{PLANT.lower()},'' says marta quell.", id="tokenised-backticks"),
    pytest.param(  # tokenised and escaped as a data set gives it, glued to the next word
        f"``{PLANT.lower()},\\'\\'says marta quell.", id="escaped-and-glued"
    ),
]


@pytest.mark.parametrize("text", TEX)
def test_two_apostrophes_quote_is_found_and_confirmed(text: str) -> None:
    status, clashes, slots = result(text)
    assert (status, clashes) == FAITHFUL
    assert slots["who"][0] == "confirmed"


@pytest.mark.parametrize("text", TEX)
def test_two_apostrophes_quote_is_found_misquoted(text: str) -> None:
    assert result(text.replace("plant", "factory"))[:2] == MISQUOTE


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(  # inches: closing marks with no opening one
            f"Quell bought a 12'' record and a 7'' single: {FACTORY}.", id="inches"
        ),
        pytest.param(  # a possessive plural glued to another apostrophe
            f"Quell said the workers'' union agreed that {FACTORY}.", id="glued-apostrophes"
        ),
    ],
)
def test_two_apostrophes_that_quote_nothing_are_not_a_quote(text: str) -> None:
    assert result(text)[:2] == NOT_FOUND


# --- 4. a quote in two parts with the attribution between them -------------------------------

FIRST, SECOND = (
    "We will keep the plant in Dunmore open and we will not",
    "cut a single job this year",
)


def test_two_parts_are_one_statement() -> None:
    status, clashes, slots = result(f'"{FIRST}," Quell said, "{SECOND}, whatever happens."')
    assert (status, clashes) == FAITHFUL
    assert slots["quote"] == ("confirmed", f"{FIRST} {SECOND}, whatever happens.")
    assert slots["who"] == ("confirmed", "Quell")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(  # the second part alone is too loose to judge; the first alone confirms
            f'"{FIRST}," Quell said, "cut a single worker this year, whatever happens."',
            id="changed-in-the-second-part",
        ),
        pytest.param(  # British punctuation: the comma outside the mark
            f'"{FIRST}", Quell told reporters, "cut a single worker this year, whatever happens."',
            id="comma-outside",
        ),
    ],
)
def test_two_parts_are_misquoted_as_one_statement(text: str) -> None:
    assert result(text)[:2] == MISQUOTE


def test_the_speaker_of_two_parts_is_at_the_attribution_between() -> None:
    status, clashes, slots = result(f'"{FIRST}," Vask said, "{SECOND}."')
    assert (status, clashes) == ("contradicted", "who")
    assert slots["who"][0] == "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(  # the first part ends a sentence: two statements
            f'"{FIRST}." Quell said, "cut a single worker this year, whatever happens."',
            id="full-stop",
        ),
        pytest.param(  # the words between are no attribution
            f'Quell said: "{FIRST}," the plan, "cut a single worker this year, whatever happens."',
            id="no-speech-verb",
        ),
        pytest.param(  # two attributions: the third part is not joined to the two before
            f'"Orders are up," Quell said, "{FIRST}," Vask said, "cut a single worker this '
            'year, whatever happens."',
            id="third-part",
        ),
    ],
)
def test_parts_not_joined_keep_the_first_parts_verdict(text: str) -> None:
    assert result(text)[:2] == FAITHFUL  # the first part alone: a faithful part of the words


# --- 5. the speaker named after a quote of two sentences or paragraphs -----------------------


@pytest.mark.parametrize(
    "text, who",
    [
        pytest.param(
            f'"{PLANT}.\n"Orders are up," Quell wrote on the company\'s Facebook page.',
            "confirmed",
            id="after-a-paragraph-break",
        ),
        pytest.param(
            f'"{PLANT}. Orders are up," Quell wrote on the company\'s Facebook page.',
            "confirmed",
            id="after-two-sentences",
        ),
        pytest.param(
            f'"{PLANT}.\n"Orders are up," Vask wrote on her Facebook page.',
            "contradicted",
            id="another-after-a-paragraph-break",
        ),
        pytest.param(  # the company is not named: Quell, named before, is not carried
            f'Quell met the workers on Monday.\n"{PLANT}.\n"Orders are up," the company wrote '
            "on its Facebook page.",
            "unstated",
            id="unnamed-after-a-paragraph-break",
        ),
    ],
)
def test_the_speaker_after_a_long_quote(text: str, who: str) -> None:
    status, _, slots = result(text)
    assert status != "omitted", "the quote is not found"
    assert slots["who"][0] == who


# --- find_quotes itself ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He said: "A b.\n"C d."', ["A b. C d."]),
        ('"A b," he said, "c d."', ["A b c d."]),
        ("''A b'', he says.", ["A b"]),
        ('the 12" pipe and "c d"', ["c d"]),
        ('\'"A b c," Mark tells me.', ["A b c,"]),
    ],
)
def test_find_quotes_pieces(text: str, quoted: list[str]) -> None:
    assert [q.text for q in find_quotes(text)] == quoted


# --- quotes whose two marks are of two kinds ---------------------------------------------------
# Pages that mix straight and curly marks open a quote with one kind and close it with the
# other (`“Our third quarter results ...," Menear said`, `"But the third ...,” he said`). An
# opening mark whose next double mark, of either kind, closes it in the same paragraph makes a
# quote; a mark of the same kind between them, a quote of one kind starting at the same mark,
# or a paragraph break leaves the marks as they were read before.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f'“{PLANT}," Quell said.', FAITHFUL),
        (f'"{PLANT},” Quell said.', FAITHFUL),
        (f'Quell said: “{PLANT}."', FAITHFUL),
        (f'“{FACTORY}," Quell said.', MISQUOTE),
        (f'"{FACTORY},” Quell said.', MISQUOTE),
        (f'“{PLANT}.\n\n{HEART}," Quell said.', NOT_FOUND),  # a paragraph break between
    ],
)
def test_a_quote_with_marks_of_two_kinds(text: str, expected: tuple[str, str]) -> None:
    status, clashes, _ = result(text)
    assert (status, clashes) == expected


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('“A b," he said. "C d," she said.', ["A b,", "C d,"]),
        ('"A b,” he said of the “c d” plan.', ["A b,", "c d"]),
        ('"He called it “a disaster,” she said"', ["He called it “a disaster,” she said"]),
        ('“We bought a 6" pipe,” he said.', ['We bought a 6" pipe,']),
        ('“It was a "disaster" for us,” he said.', ['It was a "disaster" for us,']),
        ('a 6" pipe and “more', []),
    ],
)
def test_find_quotes_with_marks_of_two_kinds(text: str, quoted: list[str]) -> None:
    assert [q.text for q in find_quotes(text)] == quoted
