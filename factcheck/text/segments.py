"""Segments of scraped news text that are not the article's own statement.

A scraped page glues into its text what the reporter did not write as the story: embedded
social posts (``... pic.twitter.com/x -- Name (@handle) November 9, 2016``; a signature ending a
line short enough for a post makes the whole line the post), photo captions and
credits (``Image copyright PA Image caption ...``, ``... the scene (PA)``, ``Getty Images``,
``... the scene. Photo: PA`` ending a line),
gallery counters and their captions (``Croydon tram 8 show all ... 1/8 ... 2/8``), player or
newsletter boilerplate (``Media playback is not supported on this device``), readers' comments
after their heading (``Comments (23)``, to the end of the page) and links to other
pages (``Read more: ...``, ``Related: ...``, ``Watch: ...``); and, in any article, what it sets
out without asserting: a claim under review (``Claim: ...``, ``FALSE: ...``, ``Posts claim
...``, ``It is not true that ...``, ``There is no evidence that ...``) and a question (``Did
Greenline march in Porto?``). This module finds
them as character spans of the article text, each with its kind. The engine's rule: a
segment may confirm a fact (a caption that says the tram derailed agrees with the story) but
never contradict one: a clash whose mention or clashing value lies in a segment is shown as
`doubtful`, with the segment's kind at the head of its rule path (``embed/named/when...``).
Segments are looked for only when a clash is found, so they cost nothing on most articles.

Spans follow the text as scrapers leave it, without sentence marks: where a caption or post
has no clear end, it runs to the end of the sentence it is in. That errs on the side of a
missed contradiction, never a false one.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

EMBED = "embed"
CAPTION = "caption"
GALLERY = "gallery"
BOILERPLATE = "boilerplate"
LINK = "link"
CLAIM = "claim"
QUESTION = "question"
UNASSERTED = frozenset((CLAIM, QUESTION))
"""Kinds of what the article's own text sets out without asserting; a quote inside them is
still the speaker's words."""


@dataclass(frozen=True, slots=True)
class Segment:
    """A span of the article text (``start``..``end``) that is not the article's voice."""

    start: int
    end: int
    kind: str


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"  # Nov, November
_POST_DATE = rf"{_MONTH}\s+\d{{1,2}},\s+\d{{4}}"
_EMBED_END = re.compile(
    # `pic.twitter.com/abc -- Name (@handle) November 9, 2016`, either part alone
    r"(?=[ph\-—–a])(?:"  # (each pattern here opens with a test of its first character: it
    # lets the scan skip ahead, where a pattern opening with `\b` tries every position)
    rf"(?:(?:pic\.twitter\.com|https?://t\.co)/\w+\s*)?"
    rf"(?:(?:--|—|–)\s*[^()\n]{{0,80}}?\(@\w{{1,30}}\)(?:\s+{_POST_DATE})?)"
    rf"|(?:pic\.twitter\.com|https?://t\.co)/\w+"
    # `A photo posted by Name (@handle) on Nov 9, 2016 at 5:38pm PST`
    rf"|A (?:photo|video|post) (?:posted|shared) by [^()\n]{{0,80}}?\(@[\w.]{{1,30}}\)"
    rf"(?:\s+on\s+{_POST_DATE}(?:\s+at\s+\d{{1,2}}:\d{{2}}\s*[ap]m(?:\s+[A-Z]{{2,4}})?)?)?)",
    re.I,
)
_SOCIAL = re.compile(r"(?<![\w.])[#@]\w")
"""A hashtag or handle: a sentence with one, right before a post's end, is the post's text."""

_CAPTION_BLOCK = re.compile(r"(?=[IM])\b(?:Image|Media) caption\b")
_CAPTION_LABEL = re.compile(
    r"(?:^|(?<=[.!?\"'”’)]\s)|(?<=\n))"
    r"(?:Photo|Pictured|Picture|Pic|Image|Caption|Main (?:picture|image))s?\Z",
    re.I,
)
"""A caption's label opening a sentence (`Photo: Halvorsen arrived in Tokyo in 2019 ...`,
`Pictured: the scene`), right before its colon: the caption runs to its sentence's end (a
statement of the article glued to it can then only confirm)."""
_LABEL_COLON = re.compile(r":\s")
"""A label's colon: found by a scan for a literal, far faster than one for the labels."""
_LONGEST_LABEL = len("Main pictures")


def _caption_openers(text: str) -> list[tuple[int, int]]:
    """(start, end) of each caption label with its colon and space (`Photo: `)."""
    found = []
    for colon in _LABEL_COLON.finditer(text):
        at = colon.start()
        label = _CAPTION_LABEL.search(text, max(0, at - _LONGEST_LABEL), at)
        if label is not None:
            found.append((label.start(), colon.end()))
    return found


_LINE_END_CREDIT = re.compile(r"(?:[A-Z][\w.&'/-]*[^\S\n]*){1,5}(?=\n|\Z)")
"""After a caption label's colon: a credit's capitalised words ending the line (`Photo: PA`,
`Picture: John Smith/Reuters`): the label closes the caption before it, on its line."""
_COMMENTS = re.compile(
    r"(?m)^(?:Comments?\s*\(\d+\)|\d+\s+[Cc]omments?|COMMENTS|Comments|Reader comments"
    r"|Have your say|Join the (?:conversation|discussion))(?:[^\S\n]*:|[^\S\n]*(?=\n|\Z))"
)
"""A heading of readers' comments on a line of its own, or opening one before a colon
(`Comments (23)`, `14 comments`, `Have your say:`) after a paragraph of the article's prose
(``_PROSE_LINE``): what follows it, to the end of the page, is readers' words, not the article's.
A count of comments by the headline and byline, before any prose, opens none."""
_PROSE_MIN = 60
_LINE_END_MARKS = "\"'”’) \t\r"


def _prose_end(text: str) -> int | None:
    """Where the first line of prose ends (past its newline): a line of more than ``_PROSE_MIN``
    characters ending a sentence (a headline or byline has no full stop); None when no line
    before the last is one. Read line by line: a text in one long line costs one scan."""
    start = 0
    while (end := text.find("\n", start)) >= 0:
        line = text[start:end].rstrip(_LINE_END_MARKS)
        if len(line) > _PROSE_MIN and line[-1] in ".!?":
            return end + 1
        start = end + 1
    return None


_COMMENT_CUES = ("omment", "COMMENT", "Have your say", "Join the")
_COPYRIGHT = re.compile(r"(?=I)\bImage copyright(?:\s+(?!Image\b)[A-Z][\w.&'-]*){0,4}")
"""BBC: `Image copyright` and the credit's capitalised words."""
_WORD = re.compile(r"\S+")
_MIN_CAPTION_WORDS = 3
"""A caption is at least this many words long before the article's words can follow it."""
_PHOTO_CREDIT = re.compile(
    r"\((?:Photo|Picture|Image|Pictured|Credit)s?:[^()\n]{0,80}\)"  # (Photo: Getty Images)
    r"|\((?:[^()\n/]{1,40}/)?\s*(?:PA|AP|AFP|EPA|Getty(?: Images)?|Reuters|Alamy|Rex"
    r"(?: Features)?|Shutterstock|Twitter|Facebook|Instagram)\s*\)(?!\s*[-–—])",  # (PA), (X/PA )
    re.I,
)
"""A parenthesised credit, which ends the caption before it (`(Reuters) -` is a dateline)."""
_BARE_CREDIT = re.compile(
    r"(?=[A-Z])"
    r"(?:\b(?:Getty Images|GETTY\*EPA|PA:Press Association|AP:Associated Press|PA [Ww]ire"
    r"|Rex Features|Shutterstock|Alamy(?: Stock Photo)?)\b"
    r"|\b[A-Z][\w.]*(?: [A-Z][\w.]*)?/(?:PA|AP|AFP|EPA|Getty|Reuters)\b)"
)
"""A credit standing in the text: the sentence it is in is a caption."""
_COUNT_AFTER = re.compile(r"\s+\d{1,3}\s")

_COUNTER = re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?![\d/])")
_SLASH = re.compile("/")


def _counters(text: str) -> list[re.Match[str]]:
    """The `3/8` counters of ``text``, looked for at its slashes only: a scan for a literal is
    far faster than one for a digit."""
    found = []
    for slash in _SLASH.finditer(text):
        at = slash.start()
        m = _COUNTER.match(text, at - 2) if at >= 2 else None
        if m is None and at >= 1:
            m = _COUNTER.match(text, at - 1)
        if m is not None:
            found.append(m)
    return found


_SHOW_ALL = re.compile(
    r"(?=[\dP])(?:\b\d{1,3} show all\b|\bPlay slideshow(?: \d{1,2} of \d{1,2})?)"
)
_REPEATED_COUNT = re.compile(
    r"(?=[GPAERFNLS])"
    r"\b(?:Getty Images|PA:Press Association|AP:Associated Press|EPA|Reuters|AFP|Facebook"
    r"|News Group Newspapers Ltd|London News Pictures|Not known|Sky News)\s+\d{1,3}\s"
)
"""`... Getty Images 22 Next caption`: a gallery's size printed after each credit, then the
next picture's caption."""

_BOILERPLATE = re.compile(
    r"(?=[MGT+CIWVASRc])"  # a first-character test lets the scan skip ahead
    r"(?:Media playback is (?:not supported|unsupported) on (?:this|your) device"
    r"|Get [\w ]{0,40}updates directly to your inbox"
    r"|\+ ?Subscribe\b|Thank you for subscribing!?|Could not subscribe, try again later"
    r"|\bInvalid Email\b|The video will start in \d+|\bCancel Play now\b"
    r"|Watch this video again|Video will play in|Share this video|\bWatch Next\b"
    r"|\bAdditional reporting by [^.\n]{0,60}"
    r"|These are external links and will open in a new window|Close share panel"
    r"|Share this with(?: [A-Z]\w+){1,8}|Copy this link"
    r"|Sign up (?:to|for) (?:our|the) [\w ]{0,40}newsletter)",
)

_LINK_LABEL = re.compile(
    r"(?=[RWVLSAYMm])(?<![\w,;:])"
    r"(?:READ MORE|Read [Mm]ore|RELATED(?: ARTICLES?| STORIES)?|Related(?: [Aa]rticles?"
    r"| [Ss]tories| [Cc]ontent| [Cc]overage)?|WATCH|Watch|VIDEO|Video|LISTEN|Listen"
    r"|SEE ALSO|See [Aa]lso|ALSO READ|Also [Rr]ead|YOU MAY ALSO LIKE|You [Mm]ay [Aa]lso [Ll]ike"
    r"|MORE ON THIS STORY|More on this story|MORE FROM [A-Z ]{1,30}|More from [\w ]{1,30}?"
    r"|MOST READ|Most [Rr]ead)\s*:\s"
)
"""A label that opens a link to another page (`Read more: Twelve miners were trapped in Turkey`,
`Related:`, `Watch:`, `See also:`): its headline is that page's, to its sentence's end."""
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]*[A-Z0-9#@])|\n\s*\n")
"""Where a sentence ends in scraped text: end mark, space, capital; or a blank line."""


class _Bounds:
    """Sentence boundaries of a text, for spans that run to a sentence's start or end."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.size = len(text)

    @functools.cached_property
    def ends(self) -> list[int]:
        """Where each sentence ends: found only when a segment needs it."""
        return [m.end() for m in _BOUNDARY.finditer(self.text)]

    def start_of(self, pos: int) -> int:
        """Where the sentence holding ``pos`` starts."""
        k = bisect.bisect_right(self.ends, pos) - 1
        return self.ends[k] if k >= 0 else 0

    def end_of(self, pos: int) -> int:
        """Where the sentence holding ``pos`` ends (the start of the next one)."""
        k = bisect.bisect_right(self.ends, pos)
        return self.ends[k] if k < len(self.ends) else self.size

    def before(self, start: int) -> int:
        """The start of the sentence before the one that starts at ``start``."""
        return self.start_of(max(0, start - 1))


POST_LENGTH = 300
"""At most this many characters from a line's start to a post's signature ending the line: the
whole line is the post (a post is at most 280 characters), whatever its sentences hold."""


def _embeds(text: str, bounds: _Bounds) -> list[Segment]:
    found = []
    for m in _EMBED_END.finditer(text):
        start = bounds.start_of(m.start())
        for _ in range(3):  # a post of several sentences: theirs carry its hashtags and handles
            earlier = bounds.before(start)
            if earlier == start or not _SOCIAL.search(text, earlier, start):
                break
            start = earlier
        line = text.rfind("\n", 0, m.start()) + 1
        if m.start() - line <= POST_LENGTH and _LINE_END.match(text, m.end()):
            start = min(start, line)  # `Mayor Ortiz blamed the MTA today. Shameful. -- Name (@x)`
        found.append(Segment(start, m.end(), EMBED))
    return found


_LINE_END = re.compile(r"[^\S\n]*(?:\n|\Z)")


def _caption_end(text: str, start: int, bounds: _Bounds) -> int:
    """Where a caption starting at ``start`` ends: at its sentence's end, or earlier where the
    article's own words follow it with no end mark: a lower-case word, then a capitalised word
    that a lower-case word follows (`... in the tram The crash was`, not `... with Donald Trump`).
    """
    limit = bounds.end_of(start)
    words = list(_WORD.finditer(text, start, limit))
    for k in range(_MIN_CAPTION_WORDS, len(words) - 1):
        before, word, after = words[k - 1].group(), words[k].group(), words[k + 1].group()
        if (
            (before[0].islower() or before[0].isdigit() or before[-1] in "\"”’')")
            and word[0].isupper()
            and word[-1].isalpha()
            and (word[1:].islower() or len(word) == 1)
            and after[0].islower()
        ):
            return words[k - 1].end()
    return limit


def _captions(text: str, bounds: _Bounds) -> list[Segment]:
    found = []
    if "Image copyright" in text:
        found += [Segment(m.start(), m.end(), CAPTION) for m in _COPYRIGHT.finditer(text)]
    if " caption" in text:  # BBC: the caption, then the article's next words
        for m in _CAPTION_BLOCK.finditer(text):
            found.append(Segment(m.start(), _caption_end(text, m.end(), bounds), CAPTION))
    openers = _caption_openers(text) if ":" in text else []
    if openers and _has(text, (*_OPENER_CUES, "Image", "IMAGE")):
        for start, end in openers:  # to its sentence's end: its place names look like ours
            credit = _LINE_END_CREDIT.match(text, end)
            if credit is not None and start > 0 and text[start - 1] in " \t":
                # `... in 2019. Photo: PA` ending a line: the sentence before is the caption
                found.append(Segment(bounds.start_of(start - 1), credit.end(), CAPTION))
            else:
                found.append(Segment(start, bounds.end_of(end), CAPTION))
    credits = [m.span() for m in _PHOTO_CREDIT.finditer(text)] if "(" in text else []
    for start, end in credits:  # the caption stands before its credit
        found.append(Segment(bounds.start_of(start), end, CAPTION))
    if _has(text, _COUNT_CUES):
        for m in _REPEATED_COUNT.finditer(text):  # `Getty Images 22 The caption ...`
            found.append(Segment(m.start(), _caption_end(text, m.end(), bounds), CAPTION))
    if not _has(text, _CREDIT_CUES):
        return found
    for m in _BARE_CREDIT.finditer(text):
        if any(start <= m.start() < end for start, end in credits) or _COUNT_AFTER.match(
            text, m.end()
        ):
            continue  # inside `(Photo: ...)`, or a gallery's `Getty Images 22` (below)
        found.append(Segment(bounds.start_of(m.start()), bounds.end_of(m.end()), CAPTION))
    return found


def _galleries(text: str, bounds: _Bounds) -> list[Segment]:
    found = []
    counters = [m for m in _counters(text) if 0 < int(m.group(1)) <= int(m.group(2)) <= 99]
    by_size: dict[str, list[re.Match[str]]] = {}
    for m in counters:
        by_size.setdefault(m.group(2), []).append(m)
    for run in by_size.values():
        if len(run) >= 2:  # `1/8 ... 2/8`: a gallery, from its first counter to its last caption
            found.append(Segment(run[0].start(), bounds.end_of(run[-1].end()), GALLERY))
    for m in _SHOW_ALL.finditer(text):
        found.append(Segment(m.start(), m.end(), GALLERY))
    return found


def _has(text: str, cues: tuple[str, ...]) -> bool:
    return any(cue in text for cue in cues)


def may_embed(text: str) -> bool:
    """Whether ``text`` holds a mark every embedded post has (`(@`, `pic.twitter`, `t.co/`):
    without one, ``foreign_segments`` finds no post, and a caller asking only about posts
    need not look for the other kinds."""
    return _has(text, _EMBED_CUES)


_EMBED_CUES = ("(@", "pic.twitter", "t.co/")
_CREDIT_CUES = (
    *("Getty", "GETTY", "Press Association", "Associated Press", "PA wire", "PA Wire", "/"),
    *("Rex Features", "Shutterstock", "Alamy"),
)
_OPENER_CUES = (
    *("Photo", "PHOTO", "Pictur", "PICTUR", "Pic:", "PIC:", "aption:", "APTION:"),
    *("Main pic", "Main im", "MAIN PIC", "MAIN IM"),
)
"""Substrings of every caption label (`Photo:`, `Pictured:`, `Caption:`; `Image` is a cue)."""
_COUNT_CUES = (
    *("Getty Images ", "Association ", "Associated Press ", "EPA ", "Reuters ", "AFP "),
    *("Facebook ", "Newspapers Ltd ", "London News Pictures ", "Not known ", "Sky News "),
)
_CAPTION_CUES = ("(", "Image", "Media", *_CREDIT_CUES, *_COUNT_CUES, *_OPENER_CUES)
"""A substring of every caption or credit; `(`, the most common, first."""
_BOILERPLATE_CUES = (
    *("playback", "inbox", "ubscri", "Invalid Email", "video will", "Video will", "Watch Next"),
    *("this video", "Cancel Play", "Additional reporting", "external links", "share panel"),
    *("Share this with", "Copy this link", "Sign up"),
)
_LINK_CUES = (
    *("READ MORE", "ead more", "ead More", "RELATED", "Related", "WATCH", "Watch", "VIDEO"),
    *("Video", "LISTEN", "Listen", "SEE ALSO", "ee also", "ee Also", "ALSO READ", "lso read"),
    *("lso Read", "ALSO LIKE", "lso like", "lso Like", "MORE ON", "ore on", "MORE FROM"),
    *("ore from", "MOST READ", "ost read", "ost Read"),
)


_CLAIM_LABEL = re.compile(
    r"(?<![\w,;])(?:Claim|CLAIM|The claim|Viral claim|FALSE|False|FAKE|Fake|MYTH|Myth|RUMOU?R"
    r"|Rumou?r|HOAX|Hoax|MISLEADING|Misleading|What was claimed)\s*:\s"
)
"""A label that sets out a claim under review (`Claim: Greenline marched in Porto`, `FALSE:
...`), to the next verdict label (`Fact:`) or its sentence's end."""
_VERDICT_LABEL = re.compile(
    r"(?<![\w,;])(?:Fact|FACT|Verdict|VERDICT|Truth|TRUTH|Reality|REALITY|Rating|RATING)\s*:\s"
)
_CLAIM_FRAMES = (
    (
        ("true", "false", "wrong", "incorrect"),
        r"\b(?:it\s+(?:is|was)|it['’]s)\s+(?:not\s+true|false|untrue|incorrect|wrong)\s+(?:that|to)\b",
    ),
    (("evidence", "proof", "sign"), r"\bno\s+(?:evidence|proof|sign)\s+(?:that|of)\b"),
    (("claim",), r"\bclaims?\s+that\b"),
    (
        ("falsely",),
        r"\bfalsely\s+(?:said|says|say|claimed|claims|claim|stated|states|reported|suggested"
        r"|suggests|alleged|alleges)\b",
    ),
    (
        ("post", "tweet", "message"),
        r"\b(?:(?:a|one|another|viral|this)\s+(?:\w+\s+)?post|posts|tweets?|messages)\b"
        r"[^.;:?!\"”]{0,40}?"
        r"\b(?:said|says|say|claim|claims|claimed|suggest|suggests|suggested|reads?)\b",
    ),
    (
        ("assum", "believ", "thought", "suppos", "presum", "imagin", "suspect"),
        r"\b(?:many|some|others|most|few|people|fans|observers|analysts|rivals|reporters|viewers"
        r"|who|he|she|they|we|I)\s+(?:had\s+|have\s+)?(?:wrongly\s+|mistakenly\s+|long\s+)?"
        r"(?:assumed|believed|thought|supposed|presumed|imagined|suspected)\b",
    ),
    (
        ("claimed",),
        r"\bclaimed\s+(?:that\b|to\s+(?:have|be)\b|(?:he|she|they|it|[A-Z][\w'’.-]*"
        r"(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:had\s+|has\s+|was\s+|were\s+|would\s+)?\w+ed\b)",
    ),
    (
        ("hoax", "fake", "bogus", "spoof", "parody", "satiric", "false", "fabricat", "doctored"),
        r"\b(?:hoax|fake|bogus|spoof|parody|satirical|false|fabricated|doctored)\b"
        r"[^.;:?!\"”]{0,40}?\b(?:said|says|claimed|claims|suggested|suggests|reported|showed"
        r"|shows|announced)\b",
    ),
    (("pretend", "purport"), r"\b(?:pretended|pretending|pretends|purported|purports)\s+to\b"),
    (
        ("organi", "critics", "opponents", "campaigners", "activists"),
        r"\b(?:organi[sz]ers|critics|opponents|campaigners|activists)\s+"
        r"(?:\w+\s+){0,2}?(?:claimed|claim|claims|estimated|estimate|insisted|insist)\b",
    ),
)
"""Frames whose clause the article sets out without asserting, to its sentence's end, each
with the lower-case substrings it needs: a denial of it (`It is not true that`, `There is no
evidence that`), a claim (`the claim that`, `falsely said`, `Posts shared thousands of times
claim`, `A fake account claimed`, `The hoax said`), a belief (`Many assumed`, `who some
thought`), a pretence (`pretended to have`), an interested party's figure (`Organisers
claimed`)."""
_CLAIM_FRAME_PATTERNS = tuple((cues, re.compile(p, re.I)) for cues, p in _CLAIM_FRAMES)
_HEDGES = (
    (
        ("alleged", "rumo", "reported", "said to"),
        r"\b(?:alleged|rumou?red|reported|said)\s+to\s+have\b",
        r"\b(?:is|are|was|were)\s+$",
    ),
    (
        ("report", "rumo", "speculation"),
        r"\b(?:reports|rumou?rs|speculation)\s+that\b",
        r"(?:\b(?:unconfirmed|early|earlier|initial|conflicting|media|press|amid|on|about|deny"
        r"|denied|denies|dismissed|dismisses)\s+|[.!?][\"”’)]?\s+|\n\s*|^\s*)$",
    ),
)
"""Hedges that set a clause out without asserting it, to its sentence's end, each with the
lower-case substrings it needs and what must stand right before it: `is`/`was` `alleged`,
`rumoured`, `reported` or `said to have` (`Vega is alleged to have cancelled ...`), and
`reports`, `rumours` or `speculation that` as a noun (`Meridian denied reports that ...`,
`Early reports that ...`, or opening the sentence; not `Meridian reports that`). Each is found
by its own words first, then the words before it are read: cheaper than a pattern that opens
with common words."""
_HEDGE_PATTERNS = tuple(
    (cues, re.compile(p, re.I), re.compile(before, re.I)) for cues, p, before in _HEDGES
)
_HEDGE_REACH = 24
"""How many characters before a hedge are read for what must stand there."""
_UNCONFIRMED_REPORTS = re.compile(
    r"\b(?:(?:unconfirmed|unverified)\s+(?:\w+\s+)?reports?\b[^.,;:?!\"”]{0,40}?"
    r"\b(?:said|says|say|suggested|suggests|suggest|claimed|claims|claim|indicated|indicate"
    r"|indicates)\b|according\s+to\s+(?:unconfirmed|unverified)\s+(?:\w+\s+)?reports?\b)",
    re.I,
)
"""A report the article calls unconfirmed, told as the subject of a verb of saying (`Unconfirmed
reports on social media said ...`, `Unverified local reports claimed ...`) or after `according
to` (`according to unconfirmed reports`): what it says is set out, not asserted, to the end of
its clause (a semicolon or the sentence's end; after `according to`, the whole clause), so a
clause after a semicolon (`; the ICRC said ...`) is the article's again. No comma between the
report and its verb (`The ICRC, asked about unconfirmed reports, said ...` asserts what the
ICRC said)."""
_CLAIM_CUES = (
    *("laim", "LAIM", "ALSE", "alse", "AKE", "ake", "YTH", "yth", "UMO", "umo", "OAX", "oax"),
    *("ISLEADING", "isleading", "true", "wrong", "incorrect", "evidence", "proof", "sign"),
    *("post", "Post", "tweet", "Tweet", "message", "Message", "estimate", "insist"),
    *("lleged", "eport", "said to", "peculation"),
    *("ssum", "elie", "hought", "uppos", "resum", "magin", "uspect", "OAX", "ogus", "poof"),
    *("arody", "atiric", "abricat", "octored", "retend", "urport"),
)


_CLAIM_CUE = re.compile("|".join(map(re.escape, _CLAIM_CUES)))
"""Any of ``_CLAIM_CUES``: one search instead of a test per cue."""


def _claims(text: str, bounds: _Bounds, lo: int = 0, hi: int | None = None) -> list[Segment]:
    """The claim segments of ``text[lo:hi]`` (a run of whole sentences): each ends in the
    sentence it starts in."""
    hi = len(text) if hi is None else hi
    found = []
    if ":" in text[lo:hi]:
        for m in _CLAIM_LABEL.finditer(text, lo, hi):
            end = bounds.end_of(m.end())
            verdict = _VERDICT_LABEL.search(text, m.end(), end)
            found.append(Segment(m.start(), verdict.start() if verdict else end, CLAIM))
    lower = text[lo:hi].lower()
    for cues, pattern in _CLAIM_FRAME_PATTERNS:
        if any(cue in lower for cue in cues):
            found += [
                Segment(m.start(), bounds.end_of(m.end()), CLAIM)
                for m in pattern.finditer(text, lo, hi)
            ]
    if "nconfirmed" in lower or "nverified" in lower:
        for m in _UNCONFIRMED_REPORTS.finditer(text, lo, hi):
            start, end = m.start(), bounds.end_of(m.end())
            if m[0][0] in "aA":  # `according to ...` sets out its whole clause
                start = max(bounds.start_of(start), text.rfind(";", 0, start) + 1)
            semicolon = text.find(";", m.end(), end)
            found.append(Segment(start, end if semicolon < 0 else semicolon, CLAIM))
    for cues, pattern, before in _HEDGE_PATTERNS:
        if any(cue in lower for cue in cues):
            found += [
                Segment(m.start(), bounds.end_of(m.end()), CLAIM)
                for m in pattern.finditer(text, lo, hi)
                if before.search(text, max(0, m.start() - _HEDGE_REACH), m.start())
            ]
    return found


def _questions(text: str, bounds: _Bounds, lo: int = 0, hi: int | None = None) -> list[Segment]:
    """Each question, from its sentence's start to its mark: it asserts nothing. Not one
    inside quotation marks (a speaker's question leaves the quote's words theirs)."""
    hi = len(text) if hi is None else hi
    found = []
    k = text.find("?", lo, hi)
    while k >= 0:
        start = bounds.start_of(k)
        if not _DOUBLE_MARKS.search(text, start, k):
            found.append(Segment(start, k + 1, QUESTION))
        k = text.find("?", k + 1, hi)
    return found


def unasserted_segments(
    text: str, lo: int = 0, hi: int | None = None, bounds: _Bounds | None = None
) -> list[Segment]:
    """The claims and questions of the sentences of ``text[lo:hi]`` (``lo`` a sentence's
    start, ``hi`` a sentence's end): sentence by sentence, so a caller asks only about the
    sentences it needs."""
    bounds = _Bounds(text) if bounds is None else bounds
    found = []
    if _CLAIM_CUE.search(text, lo, len(text) if hi is None else hi):
        found += _claims(text, bounds, lo, hi)
    if "?" in text[lo:hi]:
        found += _questions(text, bounds, lo, hi)
    return sorted(found, key=lambda s: (s.start, s.end))


_DOUBLE_MARKS = re.compile('["“”]')


def foreign_segments(text: str, unasserted: bool = True) -> list[Segment]:
    """The spans of ``text`` that are not the article's own statement, in text order; with
    ``unasserted`` False, no claims or questions (``Voices`` finds those sentence by sentence).

    Each kind is looked for only where a plain substring that it needs is in the text: most
    articles have none, and a substring test costs far less than a regular expression.
    """
    bounds = _Bounds(text)
    found = []
    if may_embed(text):
        found += _embeds(text, bounds)
    if _has(text, _CAPTION_CUES):
        found += _captions(text, bounds)
    if "/" in text or "show all" in text or "slideshow" in text:
        found += _galleries(text, bounds)
    if _has(text, _BOILERPLATE_CUES):
        found += [Segment(m.start(), m.end(), BOILERPLATE) for m in _BOILERPLATE.finditer(text)]
    if _has(text, _COMMENT_CUES):
        prose = _prose_end(text)  # a count of comments by the headline opens none
        if prose is not None:
            found += [
                Segment(m.start(), len(text), BOILERPLATE) for m in _COMMENTS.finditer(text, prose)
            ]
    if unasserted:
        found += unasserted_segments(text, bounds=bounds)
    if ":" in text and _has(text, _LINK_CUES):
        found += [
            Segment(m.start(), bounds.end_of(m.end()), LINK) for m in _LINK_LABEL.finditer(text)
        ]
    return sorted(found, key=lambda s: (s.start, s.end))


class Voices:
    """Which kind of segment, if any, holds a position of the text: a quick lookup. ``segments``
    are the kinds ``foreign_segments(text, unasserted=False)`` finds; claims and questions
    (sentence-local) are found for the sentences asked about only."""

    def __init__(self, segments: list[Segment], text: str) -> None:
        self.segments = segments
        self.starts = [s.start for s in segments]
        self._text = text
        self._bounds = _Bounds(text)
        self._unasserted: dict[tuple[int, int], list[Segment]] = {}

    def at(self, start: int, end: int | None = None) -> str | None:
        """The kind of a segment overlapping ``start``..``end``, or None."""
        end = start + 1 if end is None else end
        kinds = {
            s.kind for s in self.segments[: bisect.bisect_left(self.starts, end)] if s.end > start
        }
        for kind in (GALLERY, BOILERPLATE, LINK, EMBED, CAPTION):
            if kind in kinds:
                return kind
        lo, hi = self._bounds.start_of(start), self._bounds.end_of(max(start, end - 1))
        found = self._unasserted.get((lo, hi))
        if found is None:
            found = self._unasserted[lo, hi] = unasserted_segments(self._text, lo, hi, self._bounds)
        kinds = {s.kind for s in found if s.start < end and s.end > start}
        return next((k for k in (CLAIM, QUESTION) if k in kinds), None)
