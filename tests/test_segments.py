"""Segments of scraped text that are not the article's voice: a case table, then the rule that
such a segment may confirm a fact but never contradict it."""

from __future__ import annotations

import datetime as dt

import pytest
from cases import check_on

from factcheck.text.segments import (
    BOILERPLATE,
    CAPTION,
    CLAIM,
    EMBED,
    GALLERY,
    LINK,
    QUESTION,
    foreign_segments,
)

# (text, the kind and words of each segment expected, in text order; None: the article's voice)
CASES = [
    (  # an embedded post with its signature and date, then the article again
        "Police closed the road. Avoid the area #Ashford pic.twitter.com/Ab12Cd -- Kent Police "
        "(@kent_police) March 4, 2021 The crash happened at 7am.",
        [
            (
                EMBED,
                "Avoid the area #Ashford pic.twitter.com/Ab12Cd -- Kent Police (@kent_police) "
                "March 4, 2021",
            )
        ],
    ),
    (  # a post of two sentences: the one before carries a hashtag
        "Officers attended. Serious crash at #Ashford station. Please stay away "
        "pic.twitter.com/Zz9 -- Kent Fire (@KentFireRescue) March 4, 2021 Two men were hurt.",
        [
            (
                EMBED,
                "Serious crash at #Ashford station. Please stay away pic.twitter.com/Zz9 -- Kent "
                "Fire (@KentFireRescue) March 4, 2021",
            )
        ],
    ),
    (  # an Instagram embed
        "Fans gathered outside. A photo posted by Jo Bloggs (@jobloggs) on Mar 4, 2021 at "
        "5:38pm PST The club said nothing.",
        [
            (
                EMBED,
                "A photo posted by Jo Bloggs (@jobloggs) on Mar 4, 2021 at 5:38pm PST",
            )
        ],
    ),
    (  # BBC: credit, then caption, then the article's words with no full stop between
        "The line reopened. Image copyright PA Image caption Engineers worked through the night "
        "The operator said 40 trains were cancelled.",
        [
            (CAPTION, "Image copyright PA"),
            (CAPTION, "Image caption Engineers worked through the night"),
        ],
    ),
    (  # a caption ended by its parenthesised credit
        "Flowers left at the scene (PA) Nine people were hurt in the fire.",
        [(CAPTION, "Flowers left at the scene (PA)")],
    ),
    (  # `(Reuters) -` is a dateline, not a credit
        "LONDON, March 4 (Reuters) - Nine people were hurt in the fire.",
        [],
    ),
    (  # agencies named in the article's prose are not credits
        "A police chief told AFP that nine people were hurt, Reuters reported.",
        [],
    ),
    (  # a photo credit glued into the text, with a slash
        "Fire crews at the scene Steve Jones/PA Nine people were hurt.",
        [(CAPTION, "Fire crews at the scene Steve Jones/PA Nine people were hurt.")],
    ),
    (  # a gallery: its counters and their captions
        "The fire in pictures 5 show all The fire in pictures 1/5 Smoke over the city Getty "
        "2/5 Crews at work PA 3/5 The morning after. The council met on Monday.",
        [
            (GALLERY, "5 show all"),
            (GALLERY, "1/5 Smoke over the city Getty 2/5 Crews at work PA 3/5 The morning after. "),
        ],
    ),
    (  # dates and seasons with slashes are not gallery counters
        "Passengers rose in 2015/16 and the 24/7 line runs 3/4 full.",
        [],
    ),
    (  # newsletter and player boilerplate
        "Get daily updates directly to your inbox + Subscribe Thank you for subscribing! Could "
        "not subscribe, try again later Invalid Email Nine people were hurt.",
        [
            (BOILERPLATE, "Get daily updates directly to your inbox"),
            (BOILERPLATE, "+ Subscribe"),
            (BOILERPLATE, "Thank you for subscribing!"),
            (BOILERPLATE, "Could not subscribe, try again later"),
            (BOILERPLATE, "Invalid Email"),
        ],
    ),
    (
        "Media playback is not supported on this device The striker scored twice.",
        [(BOILERPLATE, "Media playback is not supported on this device")],
    ),
    (  # a tabloid gallery: credit, picture count, next caption
        "The mayor spoke. Getty Images 12 Crowds gathered on the bridge at dawn The mayor said "
        "the bridge would reopen.",
        [(CAPTION, "Getty Images 12 Crowds gathered on the bridge at dawn")],
    ),
    (  # a caption's label opening a sentence: the caption runs to its sentence's end
        "The talks began. Photo: The minister arrived in Tokyo in 2019. The visit ended.",
        [(CAPTION, "Photo: The minister arrived in Tokyo in 2019. ")],
    ),
    (  # ... also past the article's words glued to it: those can then only confirm
        "Pictured: Crowds outside the court in 2019 The judge said the trial would go on.",
        [
            (
                CAPTION,
                "Pictured: Crowds outside the court in 2019 The judge said the trial would go on.",
            )
        ],
    ),
    (  # in capitals, and `Main picture:`
        "The court sat. MAIN PICTURE: Crowds in 2019. The judge spoke.",
        [(CAPTION, "MAIN PICTURE: Crowds in 2019. ")],
    ),
    (  # a link to another page: its headline, to its sentence's end
        "Nine people were hurt. Read more: Twelve miners were trapped in Turkey. The fire spread.",
        [(LINK, "Read more: Twelve miners were trapped in Turkey. ")],
    ),
    (
        "The fire spread. WATCH: Eleven people were hurt in a blaze in Leeds (video) "
        "Related: Fire crews strike in Dover. The road is shut.",
        [
            (
                LINK,
                "WATCH: Eleven people were hurt in a blaze in Leeds (video) Related: Fire "
                "crews strike in Dover. ",
            ),
            (LINK, "Related: Fire crews strike in Dover. "),
        ],
    ),
    (  # `watch` as a word of the article, and a label glued to a word, open no link
        "Residents were told to watch: the fire spread. Video:Reuters.",
        [],
    ),
    (  # a label inside a sentence, or without a space after its colon, opens no caption
        "The paper ran a photo: the minister in Tokyo. Photo:Reuters is a credit.",
        [],
    ),
    (  # a claim under review, to a verdict label or its sentence's end
        "Claim: The fire began on Monday. Verdict: False. Rumour: 40 were hurt. Fact: nine.",
        [(CLAIM, "Claim: The fire began on Monday. "), (CLAIM, "Rumour: 40 were hurt. ")],
    ),
    (  # a frame that sets its clause out without asserting it, to its sentence's end
        "It is not true that the fire began in Dover. Posts on Facebook claim 40 were hurt.",
        [
            (CLAIM, "It is not true that the fire began in Dover. "),
            (CLAIM, "Posts on Facebook claim 40 were hurt."),
        ],
    ),
    (  # a question, from its sentence's start; not one inside quotation marks
        'Did the fire begin in Dover? No. "Why did it spread?" the chief asked.',
        [(QUESTION, "Did the fire begin in Dover?")],
    ),
    (  # a caption label and a credit ending a line: the sentence before is the caption
        "Crews are at the depot.\nA fire broke out in Leeds in February. Photo: PA\nIt is out.",
        [(CAPTION, "A fire broke out in Leeds in February. Photo: PA")],
    ),
    (  # a label whose line goes on in lower-case words opens the caption after it
        "The fire is out. Photo: PA Images show the scene in Leeds.",
        [(CAPTION, "Photo: PA Images show the scene in Leeds.")],
    ),
    (  # readers' comments after their heading, to the end of the page
        "The fire broke out in Ashford. Crews are still at the depot tonight.\n\nComments (3)\n\n"
        "Jo: It broke out in Leeds!",
        [(BOILERPLATE, "Comments (3)\n\nJo: It broke out in Leeds!")],
    ),
    (  # a count of comments by the headline, before any prose, or `Comments` opening a
        # sentence: none
        "14 comments\n\nThe fire broke out in Ashford on Wednesday, and crews are still there"
        " tonight.\n\nComments by the chief were brief.",
        [],
    ),
    (  # a claim word of the article's own statement opens nothing
        "The team claimed victory. He spent 16 months in the post, he said.",
        [],
    ),
    (  # a post's signature ending its line, at most 300 characters from the line's start:
        # the whole line is the post, whatever its sentences hold
        "The fire is out.\nThe fire began in Leeds today. Awful. -- Jo Hart (@jhart) May 2, 2027\n"
        "It is out.",
        [(EMBED, "The fire began in Leeds today. Awful. -- Jo Hart (@jhart) May 2, 2027")],
    ),
    (  # the signature not ending its line, or the line longer: its own sentence alone
        "The fire began in Leeds today. Awful. -- Jo Hart (@jhart) May 2, 2027 More follows.",
        [(EMBED, "Awful. -- Jo Hart (@jhart) May 2, 2027")],
    ),
    (
        "The fire began in Leeds today. "
        + "Crews worked all night at the depot. " * 8
        + "Awful. -- Jo Hart (@jhart) May 2, 2027",
        [(EMBED, "Awful. -- Jo Hart (@jhart) May 2, 2027")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_segments(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(s.kind, text[s.start : s.end]) for s in foreign_segments(text)]
    assert found == expected


STORY = """
story: fire-2021
date: 2021-03-04
about: [fire]
entities:
  fire: {name: warehouse fire, aliases: [fire, blaze]}
  police: {name: Kent Police, aliases: [police]}
places:
  kent: {name: Kent}
  ashford: {name: Ashford, in: kent}
  dover: {name: Dover, in: kent}
  leeds: {name: Leeds}
facts:
  - id: fire-broke-out
    who: fire
    what: [broke out]
    where: ashford
    when: 2021-03-03
  - id: hurt
    who: fire
    what: [people hurt, people injured]
    count: 9
"""


def results(text: str) -> dict[str, tuple[str, list[tuple[str, str, str]]]]:
    found = check_on(text, STORY, dt.date(2021, 3, 4))
    return {
        r.fact: (r.status, [(s.slot, s.status, s.rule) for s in r.slots if s.rule]) for r in found
    }


@pytest.mark.parametrize(
    "text, fact, slot, rule",
    [
        (  # a post's date glued after the article's sentence
            "The fire broke out pic.twitter.com/Ab12 March 1, 2021",
            "fire-broke-out",
            "when",
            "embed/named/when.date-after-phrase",
        ),
        (  # a caption's count
            "Image copyright PA Image caption The fire left 12 people injured at the depot "
            "Crews are still there.",
            "hurt",
            "count",
            "caption/named/count.number-before-phrase",
        ),
        (  # a caption ended by its credit
            "The fire broke out in Leeds (Getty Images) Crews are still there.",
            "fire-broke-out",
            "where",
            "caption/named/where.place-after-phrase",
        ),
        (  # a link to another page: another fire's headline
            "Crews are at the depot. Read more: A fire broke out in Leeds in February.",
            "fire-broke-out",
            "where",
            "link/named/where.place-after-phrase",
        ),
        (  # a caption closed by its credit at the end of its line
            "Crews are at the depot.\nThe fire broke out in Leeds. Photo: PA",
            "fire-broke-out",
            "where",
            "caption/named/where.place-after-phrase",
        ),
        (  # a reader's comment
            "Crews are at the depot, and roads nearby are still closed. Residents were told"
            " to keep their windows shut overnight.\n\nComments (3)\n\n"
            "Jo: The fire broke out in Leeds, says one reader.",
            "fire-broke-out",
            "where",
            "boilerplate/named/where.place-after-phrase",
        ),
        (  # a caption's label: another fire's picture
            "Crews are at the depot. Photo: A fire broke out in Leeds in February.",
            "fire-broke-out",
            "where",
            "caption/named/where.place-after-phrase",
        ),
    ],
)
def test_a_segment_never_contradicts(text: str, fact: str, slot: str, rule: str) -> None:
    status, slots = results(text)[fact]
    assert status == "consistent"
    assert (slot, "doubtful", rule) in slots


@pytest.mark.parametrize(
    "text, fact, slot",
    [
        ("The fire broke out in Ashford on March 1, 2021.", "fire-broke-out", "when"),
        ("The fire left 12 people injured at the depot.", "hurt", "count"),
        ("The fire broke out in Leeds. Crews are still there.", "fire-broke-out", "where"),
        (  # the article's own sentence after a caption that its credit ended
            "Crews at the depot (Getty Images) The fire broke out in Leeds on Wednesday.",
            "fire-broke-out",
            "where",
        ),
    ],
)
def test_the_article_voice_still_contradicts(text: str, fact: str, slot: str) -> None:
    status, slots = results(text)[fact]
    assert status == "contradicted"
    assert any(s == slot and st == "contradicted" for s, st, _ in slots)


def test_a_segment_still_confirms() -> None:
    text = "Image copyright PA Image caption The fire left nine people injured at the depot"
    status, slots = results(text)["hurt"]
    assert status == "consistent"
    assert ("count", "confirmed", "count.number-before-phrase") in slots
