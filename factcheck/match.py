"""Finding names, phrases and quotes in sentences: tokens, tolerant aliases, phrase patterns."""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
"""A word: letters and digits, apostrophes inside it (`Kim's`, `don't`); hyphens split words."""
_STEM_RULES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))
_DOUBLED = frozenset("bgmnpt")
"""Consonants a verb doubles before `-ed` and `-ing` (`topped`, `planned`, `admitted`), undone
when the suffix is stripped; not `d`, `l`, `s`, `z`, `f`, `r`, which verbs often end in twice
(`added`, `filled`, `passed`)."""
FUZZY_MIN_SIMILARITY = 0.84
"""How close a misspelt multi-word name must be to an alias (Levenshtein similarity, 0..1)."""
MAX_GAP = 2
"""How many extra words may stand between two words of a `what` phrase."""
MAX_ASIDE_WORDS = 25
"""The longest aside (`, including ..., `, `(...)`) a phrase may run across, besides MAX_GAP."""
PLACE = "\x00place"
"""The element of a phrase pattern that stands for any place name."""


@dataclass(slots=True, unsafe_hash=True)
class Token:
    """A word: ``norm`` is its lower-case, possessive-free, lightly stemmed form."""

    norm: str
    start: int
    end: int


IRREGULAR = {
    "left": "leav", "met": "meet", "went": "go", "gone": "go", "came": "com", "took": "tak",
    "taken": "tak", "held": "hold", "began": "begin", "begun": "begin", "fled": "flee",
    "flew": "fly", "flown": "fly", "sent": "send", "spent": "spend", "won": "win", "lost": "los",
    "sold": "sell", "bought": "buy", "brought": "bring", "made": "mak", "gave": "giv",
    "given": "giv", "saw": "see", "seen": "see", "wrote": "writ", "written": "writ",
    "struck": "strik", "hit": "hit", "shot": "shoot", "fell": "fall", "fallen": "fall",
    "ran": "run", "chose": "choos", "chosen": "choos", "rose": "ris", "risen": "ris",
    "died": "die", "dies": "die", "dying": "die", "sank": "sink", "sunk": "sink",
    "told": "tell", "kept": "keep", "grew": "grow", "grown": "grow", "knew": "know",
    "known": "know", "sought": "seek", "heard": "hear", "became": "becom", "arose": "aris",
    "arisen": "aris", "withdrew": "withdraw", "withdrawn": "withdraw", "overtook": "overtak",
    "overtaken": "overtak", "stricken": "strik", "forgiven": "forgiv",
}  # fmt: skip
"""Past forms of common irregular verbs, mapped to the stem of the present form."""
VERB_ONLY_BASES = {
    "led": "lead", "swept": "sweep", "stole": "steal", "froze": "freeze", "drove": "drive",
    "threw": "throw", "broke": "break", "stood": "stand", "caught": "catch", "fought": "fight",
    "built": "build", "shook": "shake", "tore": "tear", "hid": "hide", "blew": "blow",
    "rode": "ride", "swam": "swim", "hung": "hang", "drew": "draw", "sped": "speed",
    "paid": "pay", "fed": "feed", "laid": "lay", "spun": "spin", "slid": "slide", "dug": "dig",
    "bled": "bleed", "stung": "sting", "sprang": "spring", "swore": "swear", "wore": "wear",
    "woke": "wake", "forgave": "forgive", "stolen": "steal", "frozen": "freeze",
    "driven": "drive", "thrown": "throw", "broken": "break", "shaken": "shake",
    "hidden": "hide", "blown": "blow", "ridden": "ride", "torn": "tear", "sworn": "swear",
}  # fmt: skip
"""Past forms of irregular verbs whose present form is also a common noun, with that present
form: written before the verb's object (`did not break the ceasefire`, `refused to pay the
fine`) the present form is the verb, not the noun."""
VERB_ONLY_PAST = frozenset(VERB_ONLY_BASES)
"""Past forms of irregular verbs whose present form is also a common noun (`led`: `took the
lead`; `drew`: `a draw`; `stole`: `a steal`): they tell a verb after a subject, but a phrase
written with them is not stemmed to the noun."""
PAST_FORMS = frozenset(IRREGULAR) | VERB_ONLY_PAST
"""Every past form of an irregular verb known here: a word that may be a subject's verb."""


_NOUN_RULES: tuple[tuple[str, str], ...] = (
    *(("ments", ""), ("ment", ""), ("ivals", "iv"), ("ival", "iv"), ("ovals", "ov")),
    *(("oval", "ov"), ("osals", "os"), ("osal", "os"), ("usals", "us"), ("usal", "us")),
)
"""Nouns derived from verbs, to the verb's stem: derailment → derail, arrival → arriv,
refusal → refus (a curator lists `derailed`, and `the derailment` is found)."""
ACT_NOUNS = {
    "resignation": "resign", "evacuation": "evacuat", "nomination": "nominat",
    "deportation": "deport", "abdication": "abdicat", "departure": "depart",
    "closure": "clos", "acquisition": "acquir", "suspension": "suspend", "dismissal": "dismiss",
    "extradition": "extradit", "detention": "detain", "abduction": "abduct", "invasion": "invad",
    "withdrawal": "withdraw", "explosion": "explod", "collision": "collid", "eruption": "erupt",
}  # fmt: skip
"""Nouns of an act whose ending the derived-noun rules do not strip (-ation, -ion, -ure, -al),
to the stem of its verb (`resignation` → resign, `closure` → clos, `acquisition` → acquir): a
curator lists `resigned`, and `Halvorsen's resignation on Tuesday` is found. Listed one by
one: stripping -ation everywhere would read `foundation` as `found`, -ion `election` (an
event of many) as `elected`."""
_MIN_NOUN_STEM = 5
"""Letters a derived noun must keep (`comment`, `payment`, `moment` keep their -ment)."""
WIN_NOUNS = frozenset({"win", "victory"})
"""Nouns of winning, one win: `Leeds's 24-12 win over Castleford` tells that Leeds beat
Castleford (``won_phrasings``)."""


def act_noun(raw: str) -> bool:
    """Whether ``raw`` (a word as written, lower case) is the noun of one act: a noun of
    winning, a noun in -ation that ``stem`` reads as its verb (`resignation`), or a noun the
    derived-noun rules read so (`arrival`, `derailment`). Not a plural (`arrivals`: several)."""
    if raw in WIN_NOUNS or raw in ACT_NOUNS:
        return True
    return any(
        raw.endswith(suffix) and len(raw) - len(suffix) + len(replacement) >= _MIN_NOUN_STEM
        for suffix, replacement in _NOUN_RULES
        if not suffix.endswith("s")
    )


def stem(word: str) -> str:
    """A light suffix stripper: arrived / arrives / arriving / arrive / arrival → arriv;
    left → leav; derailment → derail; resignation → resign."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word in ACT_NOUNS or word[:-1] in ACT_NOUNS:
        return ACT_NOUNS.get(word, ACT_NOUNS.get(word[:-1], word))
    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix, replacement in _NOUN_RULES:
        if word.endswith(suffix) and len(word) - len(suffix) + len(replacement) >= _MIN_NOUN_STEM:
            word = word[: -len(suffix)] + replacement
            return word[:-1] if word.endswith("e") else word
    for suffix, replacement in _STEM_RULES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                continue
            word = word[: -len(suffix)] + replacement
            if suffix in ("ed", "ing") and len(word) >= 4 and word[-1] == word[-2] in _DOUBLED:
                word = word[:-1]  # `topped`, `planned`, `admitted`: `top`, `plan`, `admit`
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


@functools.lru_cache(maxsize=65536)
def normalize_word(raw: str) -> str:
    """Lower case, one apostrophe, no possessive, stemmed."""
    word = raw.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    elif "'" in word and not word.endswith("n't"):
        word = word.replace("'", "")
    return stem(word)


def tokenize(text: str, limit: int | None = None) -> list[Token]:
    """The words of ``text`` with their character offsets; hyphens and punctuation split words.

    At most ``limit`` words when given.
    """
    raw = raw_words(text, limit)
    return tokens_of(text, raw, normalize_words(raw))


def raw_words(text: str, limit: int | None = None) -> list[str]:
    """The words of ``text`` as written (at most ``limit``), as ``tokenize`` splits them."""
    found = WORD.findall(text)
    return found if limit is None or len(found) <= limit else found[:limit]


_NORMS: dict[str, str] = {}
"""normalize_word by word, for a whole sentence at once: a dict lookup per word."""
MAX_NORMS = 65536


def normalize_words(raw: list[str]) -> list[str]:
    """``normalize_word`` of each of ``raw``."""
    norms = list(map(_NORMS.get, raw))
    if not all(norms):  # a word not met before (or one whose norm is empty)
        if len(_NORMS) >= MAX_NORMS:
            _NORMS.clear()
        for k, norm in enumerate(norms):
            if norm is None:
                norms[k] = _NORMS[raw[k]] = normalize_word(raw[k])
    return norms  # type: ignore[return-value]


def tokens_of(text: str, raw: list[str], norms: list[str]) -> list[Token]:
    """The Tokens of ``text``, whose words (``raw_words``) and their norms are known."""
    tokens = []
    at = 0
    find = text.find
    for word, norm in zip(raw, norms, strict=True):
        # only non-word characters stand between two words: the next occurrence is this one
        at = find(word, at)
        end = at + len(word)
        tokens.append(Token(norm, at, end))
        at = end
    return tokens


def words(text: str) -> tuple[str, ...]:
    """The normalised words of ``text``."""
    return tuple(t.norm for t in tokenize(text))


def name_pattern(names: Iterable[str], *, ignore_case: bool = True) -> re.Pattern[str]:
    """One regular expression finding any of ``names`` whatever the case (unless not
    ``ignore_case``), hyphens or spacing."""

    def word(token: str) -> str:
        return "['’]".join(re.escape(part) for part in re.split(r"['’]", token))

    alternatives = {r"[\W_]+".join(word(m.group()) for m in WORD.finditer(n)) for n in names}
    ordered = sorted((a for a in alternatives if a), key=len, reverse=True)
    if not ordered:
        return re.compile(r"(?!)")
    flags = re.I if ignore_case else 0
    # every name opens with one of these characters: a test of it first lets the scan skip
    # ahead, where a pattern opening with a lookbehind tries every position
    firsts = {m.group()[0] for n in names if (m := WORD.search(n))}
    opening = "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"
    return re.compile(opening + r"(?<![^\W_])(?:" + "|".join(ordered) + r")(?![^\W_])", flags)


_LEADING_ARTICLES = frozenset({"the", "a", "an"})


def is_proper_name(name: str) -> bool:
    """Whether ``name`` is a proper name, not a description: a word of it other than a leading
    article holds a capital letter (`Zhao Zicong`, `the Seasiders`, `iPhone`; not `boy`,
    `The singer`, `17-year-old boy`)."""
    found = WORD.findall(name)
    if found and found[0].lower() in _LEADING_ARTICLES:
        found = found[1:]
    return any(not word.islower() for word in found if not word.isdigit())


_FOLDED = "\u0130\u0131\u017f\u212a"  # İ ı ſ and the Kelvin sign
_ASCII_FOLD = str.maketrans(_FOLDED, "iisk")
"""The four non-ASCII letters that ``re.IGNORECASE`` matches with ASCII letters."""


def fold_case(text: str) -> str:
    """``text`` lower-cased so that every case-insensitive match of an ASCII word is in it."""
    if any(c in text for c in _FOLDED):
        text = text.translate(_ASCII_FOLD)
    return text.lower()


def name_cues(names: Iterable[str]) -> frozenset[str] | None:
    """The longest word of each of ``names``, lower case: a name_pattern match in a text puts
    one of them in ``fold_case(text)``. None when a name has no ASCII word to test cheaply."""
    cues = set()
    for name in names:
        pieces = [p.lower() for w in WORD.findall(name) for p in re.split(r"['’]", w)]
        ascii_pieces = [p for p in pieces if p.isascii()]
        if not ascii_pieces:
            if pieces:
                return None
            continue
        cues.add(max(ascii_pieces, key=len))
    return frozenset(cues)


def name_words(names: Iterable[str]) -> tuple[tuple[str, ...], ...] | None:
    """The ASCII words of each of ``names``, lower case, longest first: a name_pattern match
    of a name in a text puts all of them in ``fold_case(text)`` (``name_cues`` asks for one).
    None when a name has no ASCII word to test cheaply."""
    found = []
    for name in names:
        pieces = [p.lower() for w in WORD.findall(name) for p in re.split(r"['’]", w)]
        ascii_pieces = {p for p in pieces if p.isascii()}
        if not ascii_pieces:
            if pieces:
                return None
            continue
        found.append(tuple(sorted(ascii_pieces, key=lambda p: (-len(p), p))))
    return tuple(dict.fromkeys(found))


@dataclass(slots=True, unsafe_hash=True)
class Span:
    """A name found in a sentence: what it names (``ref``), its token range and character range."""

    ref: str
    first: int
    last: int  # exclusive token index
    start: int
    end: int
    exact: bool = True


def possessive(text: str, span: Span) -> bool:
    """Whether ``span`` of ``text`` is a possessive, its `'s` inside it or right after it
    (`Madrid's embassy`, `Varga’s visit`)."""
    return text[span.start : span.end].endswith(("'s", "’s")) or text[span.end : span.end + 2] in (
        "'s",
        "’s",
    )


def _positions(norms: list[str], words: frozenset[str]) -> list[int]:
    """Where any of ``words`` stands in ``norms``, in order."""
    if len(words) > 1:  # one pass over the words
        return [k for k, norm in enumerate(norms) if norm in words]
    found = []
    for word in words:
        k = -1
        for _ in range(norms.count(word)):
            k = norms.index(word, k + 1)
            found.append(k)
    return found


Chars = Callable[[int, int], tuple[int, int]]
"""The character range of a sentence's words ``first`` to ``last`` (exclusive)."""


def _other_word(a: str, b: str) -> bool:
    """Whether ``a`` in a text is another word than ``b`` of a name, not a misspelling of it:
    one begins the other (`North Korean`, `North Korea`), or either is a number, in digits or
    in words (`Kestrel-1 rocket` is another model than `Kestrel-2 rocket`; `The four-time
    winners` is not `the tour`)."""
    return (
        a.startswith(b)
        or b.startswith(a)
        or a.isdigit()
        or b.isdigit()
        or a in _NUMBER_NORMS
        or b in _NUMBER_NORMS
    )


_NUMBER_NORMS = frozenset(
    normalize_word(w)
    for w in """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred thousand million billion dozen""".split()
)
"""Number words, as a text's words are compared: one letter from a name's word (`four` and
`tour`, `five` and `fire`), they are another word, not its misspelling."""


_DESIGNATION = re.compile(r"-\d")
"""Right after a name: a hyphen and a number, which make a longer name with it (`Kestrel-1`,
`Soyuz-2`)."""
_DESCRIPTION_OPENERS = frozenset({"the"})
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve dozen hundred thousand
    million both several few many some all""".split()
)
"""Words of a number or an amount: before a description, they count other members of the
kind (`the two financial advisers`)."""
_OTHER_ROLE = frozenset(
    normalize_word(w)
    for w in """acting interim deputy assistant associate vice junior senior outgoing incoming
    future ex then original caretaker""".split()
)
"""Before a description of a role: a word that makes it another role, often another person's
(`the deputy chief executive`, `the acting chief executive`)."""
"""The first word of a description (`the flight`) that a hyphened modifier may follow."""
_SET_APART = frozenset(
    normalize_word(w)
    for w in """other another rival next last previous former first second third fourth fifth
    sixth seventh eighth ninth tenth new rival fellow""".split()
)
"""In a modifier: words that make the thing another than the one the description names."""
_LONGER_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
"""Right after a name that opens with `the` and ends in a capitalised word: `of` and a
capitalised word, which make a longer name of another institution with it (`the Reserve Bank`
in `the Reserve Bank of Australia`)."""


def _runs_into_longer(text: str, start: int, end: int, key: tuple[str, ...]) -> bool:
    """Whether the name at ``text[start:end]`` (words ``key``) goes on into a longer name of
    another thing: a designation (`the Kestrel-1`), or `of` and a capitalised word after a
    name of `the` and capitalised words (`the Reserve Bank of Australia`)."""
    if _DESIGNATION.match(text, end):
        return True
    if len(key) < 2 or key[0] != "the" or not _LONGER_OF.match(text, end):
        return False
    last = text[start:end].split()[-1]
    return last[:1].isupper()


_NAME_BREAK = re.compile(r"[,;:()\[\]]")
"""Punctuation that no name of several words has inside unless written with it."""

_WORD_BEFORE = re.compile(r"(?<![^\s])([A-Z][a-z]+) $")
"""Right before a name: one capitalised word, a space apart (`Martin ` in `Martin Taylor`)."""
_CLAUSE_START = frozenset(".!?:;\"“”‘’'(—–-")
"""Before a capitalised word: marks after which a word is capitalised as the first of a
sentence or quotation, not as a name (`Then Taylor`, `“Yesterday Taylor`)."""
_NOT_A_TITLE = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december the a an this that these those his
    her their its our my your and but or nor so yet of in on at by to from with as""".split()
)
"""Capitalised words before a lower-case word that tell nothing of its being a name."""
_NOT_A_GIVEN_NAME = (
    frozenset(
        """mr mrs ms miss dr sir dame lady lord president prince princess king queen coach captain
        senator sen rep gov governor judge justice pope saint st prof professor rev father sister
        brother uncle aunt general gen officer detective sergeant agent chancellor minister mayor
        chairman chairwoman premier speaker ambassador commissioner secretary chief leader
        sheriff admiral colonel lieutenant major corporal private dean chef congressman
        congresswoman""".split()
    )
    | _NOT_A_TITLE
)
"""Capitalised words before a given name that are no name of another person: a title
(`Coach Taylor`), a day or a month (`on Tuesday Taylor`), a determiner or a small word that
a caption or a heading may capitalise (`Image caption The Taliban`)."""


@dataclass
class Gazetteer:
    """Names (aliases) of entities or places, compiled for fast exact and fuzzy lookup."""

    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    by_any: dict[str, list[tuple[tuple[str, ...], int, str, str]]] = field(default_factory=dict)
    """By each word of a multi-word name: (its words, the word's position, ref, its words
    joined by spaces, as the fuzzy comparison reads them)."""
    starts: frozenset[str] = frozenset()
    """Every word a name can be found from: a sentence with none of them is skipped at once."""
    punctuated: frozenset[tuple[str, ...]] = frozenset()
    """The words of names written with a comma, colon, semicolon or bracket inside
    (`Washington, D.C.`): only these are found across one in a text."""
    spellings: dict[str, frozenset[str]] = field(default_factory=dict)
    """By the normalised word of a one-word name, when a proper name has it: every one-word
    name with that word as written, lower case (`trump` for `Trump`). A lower-case word that
    only the stemming makes such a name (`love trumps hate`) is a common word, not the name
    (``_common_word``)."""
    lowered: frozenset[str] = frozenset()
    """One-word names the fact file writes in lower case (`ranger`): descriptions, found in
    lower case wherever they stand."""
    singulars: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    """By the words of a description of one (`the patient`, `the black cat`: two words or more,
    the last in lower case and not ending in `s`): its last word as written. Its plural
    (`The patients`) is several others, not a mention of it (``_plural``)."""
    given: dict[str, frozenset[str]] = field(default_factory=dict)
    """By the normalised word of a one-word name that is also the first word of a name of
    several capitalised words of the same entity (`Taylor` and `Taylor Swift`; not `Taliban`
    and `Taliban militants`): the refs it is the given name of (``_surname_of_another``)."""

    @classmethod
    def build(cls, names: Iterable[tuple[str, str]]) -> Gazetteer:
        """``names`` are (ref, name) pairs."""
        gazetteer = cls()
        spellings: dict[str, set[str]] = {}
        lowered: set[str] = set()
        proper: set[str] = set()  # words of one-word proper names: `Trump`, not `boy`
        heads: dict[tuple[str, ...], set[str]] = {}  # descriptions' last words, as written
        named = list(names)
        for ref, name in named:
            key = words(name)
            if not key:
                continue
            written = WORD.findall(name)
            if len(key) == 1 and len(written) == 1:
                spellings.setdefault(key[0], set()).add(written[0].lower().replace("’", "'"))
                if written[0].islower():
                    lowered.add(written[0].replace("’", "'"))
                if is_proper_name(name):
                    proper.add(key[0])
            gazetteer.by_first.setdefault(key[0], []).append((key, ref))
            if len(key) >= 2 and written[-1].isalpha() and written[-1].islower():
                heads.setdefault(key, set()).add(written[-1])
            if len(key) >= 2 and sum(map(len, key)) >= 6:
                for position, word in enumerate(key):
                    if len(word) >= 3:
                        entry = (key, position, ref, " ".join(key))
                        gazetteer.by_any.setdefault(word, []).append(entry)
        for entries in gazetteer.by_first.values():
            entries.sort(key=lambda entry: -len(entry[0]))
        gazetteer.starts = frozenset(gazetteer.by_first) | frozenset(gazetteer.by_any)
        gazetteer.punctuated = frozenset(
            words(name) for _, name in named if _NAME_BREAK.search(name)
        )
        gazetteer.spellings = {word: frozenset(spellings[word]) for word in proper}
        gazetteer.lowered = frozenset(lowered)
        singles = {(ref, words(name)[0]) for ref, name in named if len(words(name)) == 1}
        given: dict[str, set[str]] = {}
        for ref, name in named:
            key = words(name)
            written = WORD.findall(name)
            if len(key) >= 2 and (ref, key[0]) in singles and all(w[0].isupper() for w in written):
                given.setdefault(key[0], set()).add(ref)
        gazetteer.given = {word: frozenset(refs) for word, refs in given.items()}
        gazetteer.singulars = {
            key: frozenset(forms)
            for key, forms in heads.items()
            if not any(form.endswith("s") for form in forms)
        }
        return gazetteer

    def _plural(self, key: tuple[str, ...], text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]``, found as the description of one ``key`` (`the
        patient`), is written as its plural (`The patients, a husband and wife,`): other
        people or things of its kind, not the one the story names."""
        forms = self.singulars.get(key)
        if forms is None:
            return False
        written = text[start:end].rsplit(None, 1)[-1].lower().replace("’", "'")
        written = written.removesuffix("'s").removesuffix("'")
        return written not in forms and written.endswith("s")

    def _surname_of_another(self, word: str, ref: str, text: str, start: int) -> bool:
        """Whether the given name ``word`` of ``ref`` (`Taylor`, of `Taylor Swift`), found
        alone at ``text[start:]``, is another person's surname: right after a capitalised word,
        a space apart, that is no title, day, month or small word, and not the first of a
        sentence or quotation (`wrote 43-year-old Martin Taylor`; not `Coach
        Taylor`, `on Tuesday Taylor`, `Then Taylor`)."""
        if ref not in self.given[word]:
            return False
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is None:
            return False
        if before.group(1).lower() in _NOT_A_GIVEN_NAME:
            return False
        rest = text[: before.start()].rstrip()
        return bool(rest) and rest[-1] not in _CLAUSE_START

    def _common_word(self, word: str, text: str, start: int, end: int) -> bool:
        """Whether the word at ``text[start:end]``, found as a one-word name whose normalised
        word is ``word`` (a proper name's), is a common word: written in lower case in a
        sentence with capitals, and either other than every one-word name with that word but
        for a possessive (`trumps` in `love trumps hate`, for Trump), or the name's own
        spelling with neither a possessive nor a capitalised word such as a title right before
        it (`an early stage`, `three weeks later`, for the names Early and Weeks; not `President
        trump`, `trump's`, nor `ranger` when the fact file writes a `ranger` besides the
        `Rangers`)."""
        forms = self.spellings.get(word)
        if forms is None:
            return False
        written = text[start:end].replace("’", "'")
        if not written.islower() or text.islower():
            return False
        bare = written.removesuffix("'s")
        if bare in self.lowered:
            return False  # `the ranger`: a description, written so in the fact file
        if bare not in forms:
            return True  # `love trumps hate`: the name only through the stemming
        if bare != written:
            return False  # `trump's health`: the name, and a possessive
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        return before is None or before.group(1).lower() in _NOT_A_TITLE

    def find(
        self,
        tokens: Sequence[Token],
        norms: list[str] | None = None,
        chars: Chars | None = None,
        text: str | None = None,
    ) -> list[Span]:
        """Every name in ``tokens``, longest first at each position, never overlapping.

        ``norms`` are the tokens' normalised words, when the caller has them already, and
        ``chars`` the character range of a run of them (then ``tokens`` are not read).
        ``text``, the text the ranges are in, when given, sets aside a name that a hyphen and
        a number go on (`the Kestrel` in `the Kestrel-1`, for `Kestrel-2`): a model's
        designation, another thing's name than the entity's.
        """
        found: list[Span] = []
        if norms is None:
            norms = [t.norm for t in tokens]
        hits = self.starts.intersection(norms)
        if not hits:
            return found
        if chars is None:

            def chars(first: int, last: int) -> tuple[int, int]:
                return tokens[first].start, tokens[last - 1].end

        after = 0  # the end of the last name found: names never overlap
        by_first, by_any = self.by_first, self.by_any
        for i in _positions(norms, hits):
            if i < after:
                continue
            word = norms[i]
            span = None
            for key, ref in by_first.get(word, ()):  # exact, longest first
                last = i + len(key)
                if last == i + 1 or tuple(norms[i:last]) == key:
                    start, end = chars(i, last)
                    if text is not None:  # each test read only where it can apply
                        if _runs_into_longer(text, start, end, key):
                            continue  # `the Kestrel` in `the Kestrel-1`: a longer name
                        if last > i + 1 and self._broken(text, start, end, key):
                            continue  # `Outside Harwick, police`: not `Harwick Police`
                        if key in self.singulars and self._plural(key, text, start, end):
                            continue  # `The patients`: several, not `the patient`
                        if last == i + 1 and (
                            (word in self.spellings and self._common_word(word, text, start, end))
                            or (
                                word in self.given
                                and self._surname_of_another(word, ref, text, start)
                            )
                        ):
                            continue  # `love trumps hate`, `Martin Taylor`: not Trump, not Swift
                    span = Span(ref, i, last, start, end)
                    break
            if span is None and text is not None and word in _DESCRIPTION_OPENERS:
                span = self._modified(norms, chars, text, i)
            if span is None and word in by_any:
                span = self._fuzzy(norms, chars, i)
                if span is not None and text is not None:
                    key = tuple(norms[span.first : span.last])
                    if (
                        _runs_into_longer(text, span.start, span.end, key)
                        or self._broken(text, span.start, span.end, key)
                        or self._plural(key, text, span.start, span.end)
                    ):
                        span = None
            if span is not None:
                if span.last - span.first > 1:
                    span = self._run_on(norms, chars, span)
                found.append(span)
                after = span.last
        return found

    def _broken(self, text: str, start: int, end: int, key: tuple[str, ...]) -> bool:
        """Whether a comma, colon, semicolon or bracket stands between the words found for a
        name of several words written without one (`Outside Harwick, police recorded` is not
        `Harwick Police`): the words belong to two phrases."""
        return (
            len(key) > 1
            and key not in self.punctuated
            and bool(_NAME_BREAK.search(text, start, end))
        )

    def _modified(self, norms: list[str], chars: Chars, text: str, i: int) -> Span | None:
        """A description (`the flight`) with one hyphened modifier between its determiner and
        its noun (`The Boston-to-Frankfurt flight`, `the fast-moving wildfire`): the same
        thing. Not a modifier with a number or a word that sets the thing apart from the one
        named (`the second-placed club`, `the other Boston-bound flight`)."""
        k = i + 1
        while k + 1 < len(norms) and text[chars(k, k + 1)[1] : chars(k + 1, k + 2)[0]] == "-":
            k += 1
        if k == i + 1:
            return self._plainly_modified(norms, chars, text, i)
        if k + 1 >= len(norms):
            return None
        if any(w.isdigit() or w in _SET_APART for w in norms[i + 1 : k + 1]):
            return None
        for key, ref in self.by_first.get(norms[i], ()):
            if len(key) == 2 and key[1] == norms[k + 1]:
                start, end = chars(i, k + 2)
                return Span(ref, i, k + 2, start, end)
        return None

    def _plainly_modified(self, norms: list[str], chars: Chars, text: str, i: int) -> Span | None:
        """A description of two or more words after `the` (`the financial adviser`) with one
        plain lower-case modifier between `the` and its words (`The disgraced financial
        adviser`): the same person or thing. Not a capitalised modifier (`the Scottish
        financial adviser`: a nationality, a place may tell another one), a number, a word
        that sets the thing apart (`the former financial adviser`, `the rival ...`) or makes it
        another role (`the acting ...`, `the deputy ...`), nor a one-word description (`the
        disgraced fraudster`: one noun names a kind too loosely)."""
        j = i + 1
        if j + 2 >= len(norms) or not norms[j].isalpha():
            return None
        start, end = chars(j, j + 1)
        if not text[start:end].islower():
            return None
        if norms[j] in _SET_APART or norms[j] in _NUMBER_WORDS or norms[j] in _OPTIONAL_WORDS:
            return None
        if norms[j] in _OTHER_ROLE:
            return None
        for key, ref in self.by_first.get(norms[i], ()):
            last = j + len(key)
            if len(key) >= 3 and tuple(norms[j + 1 : last]) == key[1:]:
                if norms[j] in key:
                    continue
                first_char, last_char = chars(i, last)
                return Span(ref, i, last, first_char, last_char)
        return None

    def _run_on(self, norms: list[str], chars: Chars, span: Span) -> Span:
        """``span``, run on to the end of a longer name of the same entity that starts inside
        it (`her son Tomas` and `Tomas Brandauer` in `her son Tomas Brandauer`): one mention,
        whose last words are not another entity's name (`Brandauer`, the mother's)."""
        last = span.last
        for j in range(span.first + 1, span.last):
            for key, ref in self.by_first.get(norms[j], ()):
                end = j + len(key)
                if ref == span.ref and end > last and tuple(norms[j:end]) == key:
                    last = end
        if last == span.last:
            return span
        return Span(span.ref, span.first, last, span.start, chars(span.first, last)[1], span.exact)

    def _fuzzy(self, norms: list[str], chars: Chars, i: int) -> Span | None:
        """A multi-word name misspelt a little (``Kim Jong Eun``), anchored on an exact word."""
        best: tuple[float, Span] | None = None
        for key, position, ref, joined in self.by_any.get(norms[i], ()):
            first = i - position
            last = first + len(key)
            if first < 0 or last > len(norms):
                continue
            window = norms[first:last]
            if 2 * sum(map(operator.eq, window, key)) < len(key):
                continue
            score = Levenshtein.normalized_similarity(" ".join(window), joined)
            if score < FUZZY_MIN_SIMILARITY or (best is not None and score <= best[0]):
                continue  # (the most often: a word in common, the others unlike)
            pairs = zip(window, key, strict=True)
            if any(a != b and _other_word(a, b) for a, b in pairs):
                continue  # `North Korean` is another word than `North Korea`, not a misspelling
            best = (score, Span(ref, first, last, *chars(first, last), False))
        if best is None or best[1].first != i:
            return None
        return best[1]


@dataclass(frozen=True)
class Pattern:
    """A `what` phrase as words to find in order, with up to MAX_GAP words between them."""

    text: str
    elements: tuple[str, ...]
    optional: frozenset[int] = frozenset()
    noun_of_act: bool = False
    """Made from a phrasing of the fact's verb (`win over Castleford` from `beat Castleford`):
    its first word is read only as a noun of the act that the sentence states was done."""

    @functools.cached_property
    def required(self) -> frozenset[str]:
        """Words a sentence must hold for the phrase to be in it (a cheap first test)."""
        return frozenset(
            e for i, e in enumerate(self.elements) if i not in self.optional and e != PLACE
        )


_OPTIONAL_WORDS = frozenset({"the", "a", "an", "his", "her", "their", "its"})


def compile_phrase(
    text: str, place_names: Iterable[str] = (), *, noun_of_act: bool = False
) -> Pattern:
    """Compile a phrase; words of a place name become a PLACE slot that any known place fills,
    unless the phrase is nothing but the place's name: any place would then be the phrase."""
    elements = list(words(text))
    for name in sorted((words(n) for n in place_names), key=len, reverse=True):
        if not name:
            continue
        for i in range(len(elements) - len(name) + 1):
            if tuple(elements[i : i + len(name)]) == name:
                elements[i : i + len(name)] = [PLACE]
                break
    if all(e == PLACE or e in _OPTIONAL_WORDS for e in elements):
        elements = list(words(text))  # `Blossom Music Center`: the place is the phrase itself
    optional = frozenset(i for i, e in enumerate(elements) if e in _OPTIONAL_WORDS and i > 0)
    return Pattern(text, tuple(elements), optional, noun_of_act)


@dataclass(slots=True, unsafe_hash=True)
class PhraseMatch:
    """Where a phrase matched: its token range and the place spans that filled PLACE slots.

    A value, never changed once made (not ``frozen``: a frozen one costs far more to build)."""

    pattern: Pattern
    first: int
    last: int
    places: tuple[Span, ...] = ()
    aside: tuple[int, int] | None = None
    """The token range of the aside the phrase runs across (`Seven firms, including FairPrice
    and IKEA, have been asked`), if it does: its words are none of the phrase's."""


def find_phrase(
    pattern: Pattern,
    tokens: Sequence[Token],
    places: Sequence[Span] | Callable[[], Sequence[Span]],
    norms: list[str] | None = None,
    asides: Sequence[tuple[int, int]] | Callable[[], Sequence[tuple[int, int]]] = (),
) -> list[PhraseMatch]:
    """Every non-overlapping occurrence of ``pattern`` in ``tokens`` (``norms``: their words).

    Between two of its words a phrase may run across one of ``asides`` (token ranges of at
    most MAX_ASIDE_WORDS words, see ``aside_tokens``) besides MAX_GAP words. ``places`` and
    ``asides`` may be given as functions that find them: each is called only if a match needs
    it (a phrase's place, or a word past the gap)."""
    if norms is None:
        norms = [t.norm for t in tokens]
    matches: list[PhraseMatch] = []
    elements = pattern.elements
    if not elements:
        return matches
    lazy = _Lazy(places, asides)
    head = elements[0]
    # where the phrase may start, in order: its first word, or a place
    heads = sorted(lazy.place_at()) if head == PLACE else _positions(norms, frozenset((head,)))
    after = 0  # the end of the last match: matches never overlap
    # the phrase's first word said again right after itself, or after a number only, opens it
    # there: the first saying ends a name that owns the phrase (`Castlebridge City Council's
    # council tax rise`, `Council's 5% council tax rise`); it is not the phrase's own word
    reopens = head != PLACE and head not in elements[1:]
    for i in heads:
        if i < after or i >= len(norms):
            continue
        found = _match_from(elements, pattern.optional, norms, lazy, i)
        if found is None and lazy.asides():
            found = _match_from(elements, pattern.optional, norms, lazy, i, True)
        if found is not None and reopens:
            again = [
                j
                for j in heads
                if i < j < found[0] and all(norms[k].isdigit() for k in range(i + 1, j))
            ]
            tighter = (
                _match_from(elements, pattern.optional, norms, lazy, again[-1]) if again else None
            )
            if tighter is not None:
                i, found = again[-1], tighter
        if found is not None:
            last, filled, aside = found
            matches.append(PhraseMatch(pattern, i, last, tuple(filled), aside))
            after = last
    return matches


class _Lazy:
    """The places and asides of one sentence for ``find_phrase``, found when first needed."""

    __slots__ = ("_asides", "_place_at", "_places")

    def __init__(
        self,
        places: Sequence[Span] | Callable[[], Sequence[Span]],
        asides: Sequence[tuple[int, int]] | Callable[[], Sequence[tuple[int, int]]],
    ) -> None:
        self._places = places
        self._place_at: dict[int, Span] | None = None
        self._asides = asides

    def place_at(self) -> dict[int, Span]:
        if self._place_at is None:
            places = self._places() if callable(self._places) else self._places
            self._place_at = {p.first: p for p in places}
        return self._place_at

    def asides(self) -> Sequence[tuple[int, int]]:
        if callable(self._asides):
            self._asides = self._asides()
        return self._asides


def _match_from(
    elements: tuple[str, ...],
    optional: frozenset[int],
    norms: list[str],
    lazy: _Lazy,
    i: int,
    prefer_aside: bool = False,
) -> tuple[int, list[Span], tuple[int, int] | None] | None:
    """Where the phrase that starts at ``i`` ends, the places that fill it and the aside it
    runs across. A word is looked for within the gap first, then after an aside, unless
    ``prefer_aside`` (`firms, which were told in 2014, were told to`: `told` after it)."""
    filled: list[Span] = []
    pos = i
    skipped: tuple[int, int] | None = None

    def find(element: str, start: int, limit: int) -> int | None:
        if element == PLACE:
            place_at = lazy.place_at()
            for j in range(start, min(len(norms), limit)):
                if j in place_at:
                    filled.append(place_at[j])
                    return place_at[j].last
            return None
        for j in range(start, min(len(norms), limit)):
            if norms[j] == element:
                return j + 1
            if norms[j] in ALTERING:
                return None  # `charged with the attempted murder`: another act than `murder`
        return None

    def across(element: str) -> int | None:
        """The word after one aside that starts within the gap (and the rest of the gap)."""
        nonlocal skipped
        for first, last in lazy.asides():
            if pos <= first <= pos + MAX_GAP and last - first <= MAX_ASIDE_WORDS:
                hit = find(element, last, last + 1 + MAX_GAP - (first - pos))
                if hit is not None:
                    skipped = (first, last)
                    return hit
        return None

    for k, element in enumerate(elements):
        hit = None
        if k > 0 and skipped is None and prefer_aside:
            hit = across(element)
        if hit is None:
            hit = find(element, pos, pos + 1 if k == 0 else _gap_end(norms, pos))
        if hit is None and k > 0 and skipped is None and not prefer_aside:
            hit = across(element)
        if hit is None:
            if k in optional:
                continue
            return None
        pos = hit
    return pos, filled, skipped


ALTERING = frozenset(
    map(
        normalize_word,
        """attempted attempt conspiracy conspiring incitement inciting threatened threat
        plotting plot mock fake""".split(),
    )
)
"""Words that, standing in the gap between a phrase's words, make it another act (`charged
with the attempted murder`, `with conspiracy to murder`): the phrase is not found across them."""
_MAGNITUDES = frozenset({"thousand", "million", "billion", "trillion"})


_PLACE_KINDS = frozenset(map(normalize_word, "city town port capital village province".split()))
"""Kinds of place that, with `of` after them, name the place that follows (`the city of
Surabaya`): no words of a phrase's gap."""


def _gap_end(norms: list[str], pos: int) -> int:
    """Where the gap of MAX_GAP words after ``pos`` ends (exclusive), for the phrase's next
    word: a number counts as one word with its digit groups and its magnitude (`recalling 1.2
    million vehicles`, `recalled 1,200,000 SUVs`), and a place's kind with `of` (`the
    Indonesian city of Surabaya`) as none."""
    words = 0
    j = pos
    while j < len(norms):
        glued = (
            j > pos and norms[j - 1].isdigit() and (norms[j].isdigit() or norms[j] in _MAGNITUDES)
        )
        if norms[j] in _PLACE_KINDS and j + 1 < len(norms) and norms[j + 1] == "of":
            j += 2  # `the Indonesian city of Surabaya`: the place's kind, no word of the gap
            continue
        if not glued:
            words += 1
            if words > MAX_GAP + 1:
                break
        j += 1
    return j


_ASIDE_MARKS = re.compile(
    r",\s(?:including|such\s+as|among\s+them|notably|especially|who|whose|which"
    r"|according\s+to)\b[^,;:()\[\]\"“”]{1,250}?,(?=\s)"
    r"|\s[-–—]{1,2}\s[^-–—;:()\"“”]{1,250}?\s[-–—]{1,2}\s"
    r"|\([^()\"“”]{1,250}\)"
)
"""Asides a phrase may run across: an `including`, `such as` or relative clause between
commas, words between dashes, words in brackets."""


_ASIDE_CUE = re.compile(r"[,\-–—(]")
"""A character every aside needs."""


def aside_tokens(text: str, tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """The token ranges of the asides of ``text`` (see _ASIDE_MARKS), of at most
    MAX_ASIDE_WORDS words each."""
    return aside_ranges(text, lambda: [t.start for t in tokens])


def aside_ranges(text: str, word_starts: Callable[[], list[int]]) -> list[tuple[int, int]]:
    """``aside_tokens``; ``word_starts`` gives where each word of ``text`` starts (asked for
    only when the text may hold an aside)."""
    if _ASIDE_CUE.search(text) is None:
        return []
    starts = word_starts()
    found = []
    for m in _ASIDE_MARKS.finditer(text):
        first = bisect.bisect_left(starts, m.start())
        last = bisect.bisect_left(starts, m.end())
        if 0 < last - first <= MAX_ASIDE_WORDS:
            found.append((first, last))
    return found


_SINGLE_PAIRS = re.compile(
    r"""(?=[‘'])  # a first-character test lets the scan skip ahead (3 times faster)
    (?:(?<![\w’'])‘([^‘’]{1,600}?)’(?![\w])   # curly single, not an apostrophe
      | (?<![\w'’])'([^'\n]{1,600}?)'(?![\w]))  # straight single
    """,
    re.X,
)
_DOUBLE_MARK = re.compile(r"(?=[`\\'\"“”’])(?:``|(?:\\?'){2}|’’|[\"“”])")
"""Double quotation marks: straight, curly, the TeX pair ``` `` ``` ... `''` of tokenised
text (`\\'\\'` where a data set escapes it), and two closing apostrophes (`’’`) that some
agency copy prints for the closing curly mark (`“It was an attempt to mislead voters,’’ Moy
said`)."""
_HAS_DOUBLE = re.compile(r"[\"“”`]|''|’’")
MAX_PIECE_CHARS = 3000
"""The longest stretch between two quotation marks read as one piece of a quote."""
MAX_PIECES = 12
"""The most paragraphs (or parts around an attribution) one quote is read in."""
_OPENS_AFTER = frozenset("([{—–-/:'‘")
_CLOSES_BEFORE = frozenset(".,;:!?)]}—–-…\"'”’")
_SENTENCE_DONE = re.compile(r"[.!?…][)\]'’]?$")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_SPLIT_ATTRIBUTION = re.compile(r"^\s*,?\s*(?P<words>[^.!?;:\"“”‘’`\n]{1,80}?)\s*,\s*$")
_SPEECH_WORD = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|wrote|writes|asked|asks|continued|continues"
    r"|explained|explains|insisted|insists|warned|warns|argued|argues|noted|notes|stressed"
    r"|declared|replied|according\s+to)\b",
    re.I,
)
"""Words that make the text between two quoted parts an attribution: `, Miller said, `."""
MAX_ATTRIBUTION_WORDS = 8
"""The longest attribution between two parts of one quote (`Miller, the spokesman, said`)."""
_OPEN, _CLOSE, _EITHER = 1, 2, 0


@dataclass(slots=True, unsafe_hash=True)
class Quoted:
    """A quoted span: the words between the marks and their character range (marks excluded).

    A quote of several paragraphs, each re-opening the mark, or in two parts with the
    attribution between them (`"Any transfer of arms," Miller said, "would be ..."`) has one
    range per piece in ``pieces``: ``text`` is the pieces' words joined, ``start``..``end``
    runs from the first piece to the last (the attribution between them is not quoted).
    A value, never changed once made (not ``frozen``: a frozen one costs more to build).
    """

    text: str
    start: int
    end: int
    pieces: tuple[tuple[int, int], ...] = ()

    def spans(self) -> tuple[tuple[int, int], ...]:
        """The character ranges of the quoted words: the pieces, or the whole span."""
        return self.pieces or ((self.start, self.end),)

    def covers(self, position: int) -> bool:
        """Whether ``position`` lies inside the quoted words (not between two pieces)."""
        return any(a <= position < b for a, b in self.spans())


@dataclass(slots=True)
class _Mark:
    start: int
    end: int
    role: int
    tex: bool = False
    """``` `` ```: its closer is `''`, even glued to the next word (``` ``...,''says ```)."""


def _mark_role(text: str, start: int, end: int) -> int:
    """Whether a straight mark (`"`, `''`) opens or closes a quote, by the characters either
    side of it; _EITHER when they do not tell (spaces on both sides, letters on both)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    opens = (before.isspace() or before in _OPENS_AFTER) and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in _CLOSES_BEFORE)
    if opens == closes:
        return _EITHER
    return _OPEN if opens else _CLOSE


def _double_marks(text: str) -> tuple[list[_Mark], list[_Mark]]:
    """The straight (and TeX) double marks of ``text``, and its curly ones, in one scan."""
    straight: list[_Mark] = []
    curly: list[_Mark] = []
    for m in _DOUBLE_MARK.finditer(text):
        mark, start, end = m.group(), m.start(), m.end()
        if mark == "“":
            curly.append(_Mark(start, end, _OPEN))
        elif mark == "”":
            curly.append(_Mark(start, end, _CLOSE))
        elif mark == "’’":
            if _mark_role(text, start, end) == _CLOSE:  # `voters,’’ Moy said`; not `voters ’’`
                curly.append(_Mark(start, end, _CLOSE))
        elif mark == "``":
            straight.append(_Mark(start, end, _OPEN, tex=True))
        else:
            straight.append(_Mark(start, end, _mark_role(text, start, end)))
    return straight, curly


def _has_break(text: str, start: int, end: int, wrapped: bool) -> bool:
    """Whether a paragraph ends between ``start`` and ``end``: a blank line, or any line break
    in a text that is not hard-wrapped."""
    if wrapped:
        return _BLANK_LINE.search(text, start, end) is not None
    return text.find("\n", start, end) >= 0


def _close_quote(
    text: str, marks: list[_Mark], at: int, wrapped: bool
) -> tuple[list[tuple[int, int]], int] | None:
    """The pieces of the quote that ``marks[at]`` opens and the index of its closing mark; None
    when it has no clear end.

    A mark that opens again right after a sentence ends, at the start of the next paragraph or
    further in the same line (scraped text runs paragraphs together), goes on with the same
    quote: the news convention for a quotation of several paragraphs. Anything else leaves the
    quote without a clear end: a paragraph break elsewhere, a mark that does not tell whether
    it opens or closes, a mark opening in mid-sentence. When only the last piece runs on with
    no clear end, the paragraphs before it, each opened again at the start of the next, are
    the quote (``_reopened_pieces``).
    """
    pieces: list[tuple[int, int]] = []
    start = marks[at].end
    tex = marks[at].tex
    reopened = at  # the mark that opened the last piece
    same_line = False  # a piece re-opened in its own line (scraped paragraphs run together)
    for k in range(at + 1, len(marks)):
        mark = marks[k]
        if mark.start - start > MAX_PIECE_CHARS:
            return None if same_line else _reopened_pieces(pieces, reopened)
        role = mark.role
        if tex and "'" in text[mark.start : mark.end] and not text[mark.start - 1].isspace():
            role = _CLOSE
        end = mark.start
        while end > start and text[end - 1].isspace():
            end -= 1
        if end == start:
            return None  # an empty quote
        if _has_break(text, start, end, wrapped):
            # a piece that runs over a paragraph break: no clear end. The paragraphs before it,
            # each re-opened at the next, were quoted all the same
            return None if same_line else _reopened_pieces(pieces, reopened)
        if role == _CLOSE and (end == mark.start or _spaced_close(text, end, mark)):
            pieces.append((start, end))
            return pieces, k
        if role != _OPEN or len(pieces) + 1 >= MAX_PIECES:
            return None
        if not _SENTENCE_DONE.search(text, start, end):
            return None  # a mark opening in mid-sentence
        if not _has_break(text, end, mark.start, wrapped):
            after = text[mark.end : mark.end + 1]  # the same line: a new sentence must begin
            if not (after.isupper() or after.isdigit() or after in "'‘"):
                return None
            same_line = True
        pieces.append((start, end))
        start = mark.end
        reopened = k
    return None if same_line else _reopened_pieces(pieces, reopened)  # the last runs on to the end


def _spaced_close(text: str, end: int, mark: _Mark) -> bool:
    """Whether a curly closing mark typed after a space closes the quote all the same: `”`
    with only spaces before it, in the same line, and a space, a line's end or a comma or full
    stop after it (`and continue to see ” Mayer said`). A straight mark is read by the
    characters beside it, and never closes so."""
    if text[mark.start : mark.end] != "”" or "\n" in text[end : mark.start]:
        return False
    after = text[mark.end : mark.end + 1]
    return after in ("", " ", "\n", ",", ".")


def _reopened_pieces(
    pieces: list[tuple[int, int]], reopened: int
) -> tuple[list[tuple[int, int]], int] | None:
    """The paragraphs of a quote of several paragraphs that the next paragraph re-opened, when
    a later one runs on with no clear end, past a paragraph break or to the end of the text
    (`"Jose is one of ... 25 senior trophies.` then `"He is renowned ...` and an embedded
    post): the quote as far as the re-opening marks tell, and the index of the mark before the
    last re-opening one, so that the reading goes on from it. None when no paragraph was
    re-opened."""
    if not pieces:
        return None
    return pieces, reopened - 1


def _quoted(text: str, pieces: Sequence[tuple[int, int]]) -> Quoted:
    if len(pieces) == 1:
        ((start, end),) = pieces
        return Quoted(text[start:end], start, end)
    parts = [text[a:b].strip() for a, b in pieces]  # `Any transfer of arms,` Miller said
    joined = " ".join([*(p.rstrip(",;:") for p in parts[:-1]), parts[-1]])
    return Quoted(joined, pieces[0][0], pieces[-1][1], tuple(pieces))


def _doubles(text: str, marks: list[_Mark], wrapped: bool) -> list[Quoted]:
    found = []
    k = 0
    while k < len(marks):
        closed = _close_quote(text, marks, k, wrapped) if marks[k].role == _OPEN else None
        if closed is not None:
            pieces, k = closed
            found.append(_quoted(text, pieces))
        k += 1
    return found


def _mixed_pairs(
    text: str, straight: list[_Mark], curly: list[_Mark], wrapped: bool
) -> list[Quoted]:
    """Quotes opened with one kind of double mark and closed with the other, as pages that
    mix straight and curly marks print them (`“Our results reflected growth," Menear said`,
    `"But the third is hard to find,” he said`): an opening mark whose next double mark, of
    either kind, closes, in the same paragraph. A mark of the same kind between them, or one
    that does not tell whether it opens or closes, leaves the pair alone."""
    marks = sorted((m for m in (*straight, *curly) if not m.tex), key=operator.attrgetter("start"))
    found = []
    for opening, closing in itertools.pairwise(marks):
        if opening.role != _OPEN or closing.role != _CLOSE:
            continue
        if (text[opening.start] == "“") == (text[closing.start] in "”’"):
            continue  # one kind: read by ``_doubles``
        start, end = opening.end, closing.start
        if end == start or text[end - 1].isspace() or end - start > MAX_PIECE_CHARS:
            continue
        if _has_break(text, start, end, wrapped):
            continue
        found.append(Quoted(text[start:end], start, end))
    return found


def _attributed_parts(text: str, quotes: list[Quoted]) -> list[Quoted]:
    """Each quote in two parts around its attribution joined into one statement: `"Any
    transfer of arms," Miller said, "would be a violation ..."`. The first part ends with no
    full stop, and the words between are a short attribution that ends in a comma."""
    joined: list[Quoted] = []
    parted = False  # the last quote is two parts joined already: a third is another's, maybe
    for quote in quotes:
        if joined and not parted:
            last = joined[-1]
            between = text[last.end : quote.start].strip("\"“”`'\\")
            said = _SPLIT_ATTRIBUTION.match(between)
            if (
                said is not None
                and last.text.rstrip()[-1:] not in (".", "?", "!", "")
                and _SPEECH_WORD.search(said.group("words")) is not None
                and len(said.group("words").split()) <= MAX_ATTRIBUTION_WORDS
                and len(last.spans()) + len(quote.spans()) <= MAX_PIECES
            ):
                joined[-1] = _quoted(text, [*last.spans(), *quote.spans()])
                parted = True
                continue
        joined.append(quote)
        parted = False
    return joined


def find_quotes(text: str, wrapped: bool = False) -> list[Quoted]:
    """Spans between quotation marks: straight, curly, single, and TeX-style (``` ``...'' ```).

    A straight mark opens or closes by the characters beside it; when they do not tell, or a
    quote has no clear end, no quote is found there. A quote of several paragraphs that opens
    the mark again at each is one quote, and so is a quote in two parts around its
    attribution, and so is one opened with one kind of double mark and closed with the other
    (`“Our results ...," he said`). ``wrapped``: the text is hard-wrapped, a single line break
    is a space and only blank lines end paragraphs.
    """
    straight, curly = _double_marks(text) if _HAS_DOUBLE.search(text) else ([], [])
    candidates = _doubles(text, straight, wrapped) + _doubles(text, curly, wrapped)
    if straight and curly:  # after the others: a quote of one kind wins where both start
        candidates += _mixed_pairs(text, straight, curly, wrapped)
    for m in _SINGLE_PAIRS.finditer(text):
        group = 1 if m.group(1) is not None else 2
        candidates.append(Quoted(m.group(group), m.start(group), m.end(group)))
    candidates.sort(key=lambda q: q.start)
    found: list[Quoted] = []
    taken = -1
    for quote in candidates:
        if quote.start > taken:  # the quote opened first wins, as in one left-to-right reading
            found.append(quote)
            taken = quote.end
    return _attributed_parts(text, found)


@dataclass(frozen=True)
class QuoteAlignment:
    """How a quoted span lines up with a fact's quote: the words that differ, if any.

    ``changes`` holds (expected words, found words) pairs; empty means a faithful quote
    (a part of it, possibly with elisions marked by an ellipsis, possibly going on past the
    fact's words at either end). ``edges`` counts the changes found where the article's
    quote leaves the fact's words at an open end (`... new sanctions appropriately`), the
    others lie between words both quote alike.
    """

    equal: int
    changes: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    edges: int = 0


_SIC = re.compile(r"[(\[]\s*sic!?\s*[)\]]", re.I)
"""`(sic)`, `[sic]`: the writer's note that the words before it are quoted as they were."""
_ELLIPSIS = re.compile(r"…|\.\s?\.\s?\.|\[[^\]]{0,200}\]")
"""Elisions and editorial insertions: an ellipsis, or words in [brackets]."""
_QUOTE_TOKEN = re.compile(r"(…|\.\s?\.\s?\.)|(\[[^\]]{0,200}\])|" + WORD.pattern)
"""A quote's words, its ellipses (group 1) and its bracketed insertions (group 2)."""
MIN_QUOTE_WORDS = 4
"""A quoted span shares at least this many words with a fact's quote before it is compared."""
MIN_FRAGMENT_WORDS = 2
"""A shorter quoted fragment counts only when it is word for word a part of the fact's quote."""
MAX_CHANGES_PER_WORDS = 6
"""A judged quote has at most one change, and one more per this many words quoted alike."""
MAX_CHANGE_WORDS = 4
"""A misquote's change is local: at most this many words on either side of one change."""
MAX_EDGE_WORDS = 2
"""At an open end, a different ending of at most this many words is judged, not a longer one."""
MIN_ANCHOR_WORDS = 3
"""An ending is judged only after this many words quoted alike right before it."""
MIN_SIMILARITY = 0.75
"""A judged quote's words alike, against those alike and those changed (Dice coefficient)."""
MAX_STOCK_WORDS = 5
"""A quote that has at most this many words in common with the fact's, and then goes on with
words of its own where the fact's go on with others, is another statement that begins or ends
alike (`We are not going anywhere until the insurers pay up`): a stock phrase, not the fact's
words. So is such a quote changed between its words alike when no MIN_ANCHOR_WORDS of them run
unbroken and it renders less than half of the fact's words (`we need everyone on it`, for
`This is our problem, and together, we need to get on it`)."""
BRACKET_SPAN = 4
"""How many of the fact's words a bracketed insertion may stand for (`[he]` for `Kim Jong Un`)."""
ALIGN_MARGIN = 4
"""Words of the quote aligned beyond its first and last word found in the fact's quote."""
_ELLIPSIS_MARK = -1
_BRACKET_MARK = -2


_LETTER_HYPHEN = re.compile(r"\b([A-Za-z])-(?=[A-Za-z])")
"""A single letter hyphened to a word (`e-mails`, `X-ray`) is written as one word too."""
_TAGS = re.compile(r"(?<![\w@#])[@#]\w+")
"""Handles and hashtags (`@deray #blacklivesmatter`): what a post links, not words it says."""


@functools.lru_cache(maxsize=4096)
def quote_words(text: str) -> tuple[str, ...]:
    """Quote words compare unstemmed: 'appropriate' and 'appropriately' differ; `e-mails` is
    `emails`; handles and hashtags are left out (a post quoted with or without them)."""
    if "-" in text:
        text = _LETTER_HYPHEN.sub(r"\1", text)
    if "@" in text or "#" in text:
        text = _TAGS.sub(" ", text)
    return tuple([word.lower().replace("’", "'") for word in WORD.findall(text)])


_SPELLING = (
    (re.compile(r"(\D)\1"), r"\1"),  # a doubled letter, not a doubled digit: 500 is not 50
    (re.compile(r"our$"), "or"),
    (re.compile(r"is(e|ed|es|ing)$"), r"iz\1"),
    (re.compile(r"^(toward|amongst|whilst|okay)s?$"), r"\1"),
)
_VARIANTS = {"amongst": "among", "whilst": "while", "okay": "ok"}


@functools.lru_cache(maxsize=65536)
def spelling_key(word: str) -> str:
    """British and American spellings alike: travelling/traveling, labour/labor, organise.
    Digits are kept as written: `N500m` and `N50m`, `100` and `10` are other numbers."""
    for pattern, replacement in _SPELLING:
        word = pattern.sub(replacement, word)
    return _VARIANTS.get(word, word)


def _contiguous(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    return any(whole[i : i + len(part)] == part for i in range(len(whole) - len(part) + 1))


_CONTRACTIONS = {
    "won't": ("will", "not"), "can't": ("can", "not"), "shan't": ("shall", "not"),
    "cannot": ("can", "not"), "ain't": ("is", "not"), "let's": ("let", "us"),
}  # fmt: skip
_SUFFIXES = (("n't", ("not",)), ("'re", ("are",)), ("'m", ("am",)), ("'ve", ("have",)),
             ("'ll", ("will",)), ("'d", ("'d",)))  # fmt: skip
_S_HOSTS = frozenset("it that he she there here what who where how".split())
_NUMBERS = dict(
    zip(
        """zero one two three four five six seven eight nine ten eleven twelve thirteen
        fourteen fifteen sixteen seventeen eighteen nineteen twenty""".split(),
        map(str, range(21)),
        strict=True,
    )
) | {"thirty": "30", "forty": "40", "fifty": "50", "hundred": "100", "percent": "%"}


def _spoken(words_: tuple[str, ...]) -> list[str]:
    """Words as they would be said in full: contractions expanded, numbers as digits."""
    out: list[str] = []
    for word in words_:
        if word in _CONTRACTIONS:
            out += _CONTRACTIONS[word]
            continue
        for suffix, full in _SUFFIXES:
            if word.endswith(suffix) and len(word) > len(suffix):
                out += [word[: -len(suffix)], *full]
                break
        else:
            host = word[:-2]
            if word.endswith("'s") and host in _S_HOSTS:
                out += [host, "'s"]
            elif word == "cent" and out and out[-1] == "per":
                out[-1] = "%"
            else:
                out.append(_NUMBERS.get(word, word))
    return [spelling_key(w) for w in out]


def _alike(a: str, b: str) -> bool:
    if a == b:
        return True
    pair = {a, b}
    return pair in ({"'d", "would"}, {"'d", "had"}, {"'s", "is"}, {"'s", "has"})


def same_words(expected: tuple[str, ...], found: tuple[str, ...]) -> bool:
    """Whether two renderings say the same words: `won't`/`will not`, `five`/`5`, `per cent`/
    `percent`, `e-mail`/`email`."""
    left, right = _spoken(expected), _spoken(found)
    if len(left) == len(right) and all(map(_alike, left, right)):
        return True
    left = [w for w in left if w != "%"]  # `5%`: the sign is not a word
    right = [w for w in right if w != "%"]
    return "".join(left) == "".join(right)


@dataclass(frozen=True, slots=True)
class _Found:
    """A quoted span read for alignment: words (as written, and spelled alike) and marks."""

    shown: tuple[str, ...]
    keys: tuple[str, ...]
    marks: tuple[int, ...]
    """Per item: 0 for a word, _ELLIPSIS_MARK or _BRACKET_MARK for an elision."""


def _read_quote(quoted: str) -> _Found:
    shown: list[str] = []
    keys: list[str] = []
    marks: list[int] = []
    for m in _QUOTE_TOKEN.finditer(quoted):
        group = m.lastindex  # 1: an ellipsis, 2: a bracketed insertion, None: a word
        if group is not None:
            mark = _ELLIPSIS_MARK if group == 1 else _BRACKET_MARK
            if marks and marks[-1] == mark == _ELLIPSIS_MARK:
                continue
            shown.append("")
            keys.append("")
            marks.append(mark)
            continue
        word = m.group().lower().replace("’", "'")
        shown.append(word)
        keys.append(spelling_key(word))
        marks.append(0)
    return _Found(tuple(shown), tuple(keys), tuple(marks))


@functools.lru_cache(maxsize=16384)
def align_quote(expected_text: str | tuple[str, ...], quoted: str) -> QuoteAlignment | None:
    """Align ``quoted`` with the fact's quote; None when it is not a rendering of that quote,
    or too loosely one to judge.

    The fact's words and the article's quote are both parts of a longer statement: the quote
    may begin before the fact's words and go on after them, an ellipsis may elide any part
    of the statement and a bracketed insertion stands for a few words or none. A misquote is
    a local change between words both quote alike, or a different ending of a word or two
    right after several words quoted alike. Cached: a batch quotes the same words in many
    articles (wire copy, the same statement).
    """
    expected = quote_words(expected_text) if isinstance(expected_text, str) else expected_text
    if "(" in quoted or "[" in quoted:
        quoted = _SIC.sub(" ", quoted)  # `lost (sic)`: the writer's, saying the words are as said
    segments = [seg for seg in (quote_words(p) for p in _ELLIPSIS.split(quoted)) if seg]
    all_found = [w for seg in segments for w in seg]
    keys = tuple(map(spelling_key, expected))
    if len(all_found) < MIN_QUOTE_WORDS:  # a short fragment only ever confirms
        fragment = tuple(map(spelling_key, all_found))
        if (
            len(segments) == 1
            and len(fragment) >= MIN_FRAGMENT_WORDS
            and _contiguous(fragment, keys)
        ):
            return _faithful(expected_text, quoted, len(fragment))
        return None
    known = set(keys)
    if sum(spelling_key(w) in known for w in all_found) < MIN_QUOTE_WORDS:
        return None
    joined = f" {' '.join(keys)} "
    if all(f" {' '.join(map(spelling_key, seg))} " in joined for seg in segments):
        # word for word: the common case, no diff needed
        return _faithful(expected_text, quoted, len(all_found))
    found = _read_quote(quoted)
    # only the stretch of the quote around words of the fact's can align with it
    shared = [k for k, key in enumerate(found.keys) if key in known]
    lo = max(0, shared[0] - ALIGN_MARGIN)
    hi = min(len(found.keys), shared[-1] + ALIGN_MARGIN + 1)
    part = _Found(found.shown[lo:hi], found.keys[lo:hi], found.marks[lo:hi])
    if not _in_order(keys, part, MIN_QUOTE_WORDS):
        return None  # the alignment has fewer words in common, which _judge turns down
    pairs = [(i + lo, j) for i, j in _overlap_alignment(keys, part)]
    return _judge(expected, keys, found, pairs, "&" in quoted)


def _faithful(expected_text: str | tuple[str, ...], quoted: str, equal: int) -> QuoteAlignment:
    """A quote whose words all stand in the fact's as they run: faithful, unless it is a
    sentence of the speaker's quoted without the `Not` or `Never` that opened it."""
    dropped = _opening_negation_dropped(expected_text, quoted)
    if dropped is None:
        return QuoteAlignment(equal, ())
    return QuoteAlignment(equal, ((dropped, dropped[1:]),), edges=1)


_OPENING_NEGATION = re.compile(r"(?:^|[.!?][\"'’”]?\s+)[\"'‘“]?(Not|Never)\s+(?=[a-z])")
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)")


def _opening_negation_dropped(
    expected_text: str | tuple[str, ...], quoted: str
) -> tuple[str, str] | None:
    """The negator and the word after it when ``quoted`` opens, with a capital letter, on the
    rest of a sentence of the fact's quote that `Not` or `Never` opens (`“Everyone will
    succeed.”` for `Not everyone will succeed.`): the whole sentence, quoted without its
    negation. None for a part of the sentence quoted within one of the article's (`said
    “everyone will succeed”`), a word written with a capital in the fact's too (a name), or
    a quote that stops before the sentence's end."""
    if not isinstance(expected_text, str) or not (
        "Not" in expected_text or "Never" in expected_text
    ):
        return None
    opening = quoted.lstrip(" \"'‘“")
    if not opening[:1].isupper():
        return None
    found = tuple(map(spelling_key, quote_words(quoted)))
    for m in _OPENING_NEGATION.finditer(expected_text):
        end = _SENTENCE_BREAK.search(expected_text, m.end())
        rest = tuple(map(spelling_key, quote_words(expected_text[m.end() : end and end.start()])))
        if len(rest) >= MIN_FRAGMENT_WORDS and found[: len(rest)] == rest:
            return (m.group(1).lower(), rest[0])
    return None


def _in_order(keys: tuple[str, ...], found: _Found, least: int) -> bool:
    """Whether at least ``least`` words of ``found`` stand in ``keys`` in the same order (a
    longest common subsequence, by patience sorting): an alignment's words in common are such
    words, so it has fewer when they are fewer."""
    at: dict[str, list[int]] = {}
    for j, key in enumerate(keys):
        at.setdefault(key, []).append(j)
    tails: list[int] = []  # tails[k]: the least last fact word of k + 1 words in order
    for key in found.keys:
        for j in reversed(at.get(key, ())):
            k = bisect.bisect_left(tails, j)
            if k == len(tails):
                tails.append(j)
                if len(tails) >= least:
                    return True
            else:
                tails[k] = j
    return False


def _overlap_alignment(keys: tuple[str, ...], found: _Found) -> list[tuple[int, int]]:
    """The (found item, fact word) pairs of the best alignment of two parts of one statement.

    A word quoted alike scores 1, a changed, added or dropped word -1. Free: the article's
    words before the fact's first and after its last (the quote runs on), the fact's words
    before and after the quote's (a part is quoted), any fact words at an ellipsis and up to
    BRACKET_SPAN at a bracketed insertion.
    """
    m = len(keys)
    items = found.keys
    marks = found.marks
    minus = -(10**9)
    rows: list[list[int]] = [[0] * (m + 1)]  # rows[i][j]: best score, i items and j words used
    back: list[list[int]] = [[3] * (m + 1)]  # 0 diagonal, 1 item added, 2 word dropped, 3 start
    jumps: list[list[int]] = [[0] * (m + 1)]  # for an elision: the column it came from
    columns = list(range(m + 1))  # the jumps of a row without an elision: never read
    for i, key in enumerate(items):
        prev = rows[i]
        mark = marks[i]
        if mark:
            row = [minus] * (m + 1)
            way = [3] * (m + 1)
            came = list(range(m + 1))
            reach = m if mark == _ELLIPSIS_MARK else BRACKET_SPAN
            for j in range(m + 1):
                best, at = prev[j], j
                for k in range(max(0, j - reach), j):
                    if prev[k] > best:
                        best, at = prev[k], k
                row[j], way[j], came[j] = best, 4, at
        else:  # one cell per fact word: the best of a diagonal, an added and a dropped word
            row = [minus] * (m + 1)
            way = [0] * (m + 1)  # 0 unless an added (1) or a dropped (2) word does better
            left = row[0] = prev[0] - 1  # column 0: an added word
            way[0] = 1
            came = columns
            diagonal = prev[0]
            for j in range(1, m + 1):
                up = prev[j]
                if keys[j - 1] == key:
                    diagonal += 1
                else:
                    diagonal -= 1
                if diagonal < up - 1:  # an added word
                    diagonal = up - 1
                    way[j] = 1
                if left > diagonal:  # drop the later of two alike (on a tie too)
                    diagonal = left - 1
                    way[j] = 2
                row[j] = left = diagonal
                diagonal = up  # the next column's diagonal starts from this one's
        if row[0] <= 0:  # the quote may start anywhere before the fact's words
            row[0], way[0] = 0, 3
        rows.append(row)
        back.append(way)
        jumps.append(came)
    n = len(items)
    ends = [(rows[n][j], j == m, n, j) for j in range(m + 1)]
    ends += [(rows[i][m], False, i, m) for i in range(n)]
    _, _, i, j = max(ends)
    pairs: list[tuple[int, int]] = []
    while i > 0 and back[i][j] != 3:
        how = back[i][j]
        if how == 0:
            if items[i - 1] == keys[j - 1]:
                pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif how == 1:
            i -= 1
        elif how == 2:
            j -= 1
        else:
            i, j = i - 1, jumps[i][j]
    pairs.reverse()
    return pairs


def _judge(
    expected: tuple[str, ...],
    keys: tuple[str, ...],
    found: _Found,
    pairs: list[tuple[int, int]],
    ampersand: bool,
) -> QuoteAlignment | None:
    """The verdict on an alignment: faithful, a misquote, or too loose to say (None)."""
    equal = len(pairs)
    if equal < MIN_QUOTE_WORDS:
        return None
    marks, shown = found.marks, found.shown

    def words_between(a: int, b: int) -> tuple[str, ...]:
        return tuple(shown[k] for k in range(a, b) if not marks[k])

    def elided(a: int, b: int) -> bool:
        return any(marks[k] for k in range(a, b))

    changes: list[tuple[int, tuple[str, ...], tuple[str, ...]]] = []  # (where, expected, found)
    edges = 0
    # between two words in common, with no elision between: a change in place
    for (i1, j1), (i2, j2) in itertools.pairwise(pairs):
        if elided(i1 + 1, i2):
            continue
        exp, got = expected[j1 + 1 : j2], words_between(i1 + 1, i2)
        if _perfect_auxiliary(exp, got, expected[j2]):
            continue  # `we have received` for `We received`: the tense, not the words said
        if (exp or got) and not _equivalent(exp, got, ampersand):
            changes.append((j1 + 1, exp, got))
    # at the open ends: a different beginning or ending right next to words quoted alike
    first_item, first_word = pairs[0]
    last_item, last_word = pairs[-1]
    lead_from = max((k + 1 for k in range(first_item) if marks[k]), default=0)
    lead = words_between(lead_from, first_item)
    tail = words_between(last_item + 1, _next_mark(marks, last_item + 1))
    ends = (  # (found words, fact words left, words in common next to them, at the start?)
        (lead, expected[:first_word], _anchor(pairs, 0, 1), True),
        (tail, expected[last_word + 1 :], _anchor(pairs, len(pairs) - 1, -1), False),
    )
    diverges = False  # the two go on differently: maybe other words of the speaker's
    for got, left, anchor, at_start in ends:
        if not got or not left:
            continue  # the quote begins or ends with the fact's words, or inside them
        negated = _negation_inserted(got, left) if at_start else 0
        if negated:  # `"We did not act boldly because ..."` for `"We acted boldly because ..."`
            changes.append((-1, left[-negated:], got))
            edges += 1
            continue
        if len(got) > MAX_EDGE_WORDS or anchor < MIN_ANCHOR_WORDS:
            diverges = True
            continue
        if at_start and _modal_in_reporting_tense(got, left):
            continue  # `warned that it “will not sit on our hands”` for `would not sit ...`
        width = len(got) + 1
        exp = left[-width:] if at_start else left[:width]
        if not _equivalent(exp, got, ampersand):
            changes.append((-1 if at_start else len(keys), exp, got))
            edges += 1
    if diverges and equal <= MAX_STOCK_WORDS:
        return None  # `We are not going anywhere until ...`: another statement that begins alike
    if not changes:
        return QuoteAlignment(equal, ())
    if (
        equal <= MAX_STOCK_WORDS
        and 2 * equal < len(keys)
        and _longest_run(pairs) < MIN_ANCHOR_WORDS
    ):
        return None  # `we need everyone on it`: a stock phrase of the speaker's, said again
    differing = sum(max(len(e), len(g)) for _, e, g in changes)
    quoted_words = sum(1 for mark in marks if not mark)
    whole = equal + sum(len(g) for _, _, g in changes) == quoted_words  # nothing else quoted
    most = 2 * equal >= len(keys)  # most of the fact's words are quoted alike
    local = all(max(len(e), len(g)) <= MAX_CHANGE_WORDS for _, e, g in changes)
    sparse = len(changes) <= 1 + equal // MAX_CHANGES_PER_WORDS
    similarity = 2 * equal / (2 * equal + differing)
    if diverges or not (most or whole) or not local or not sparse or similarity < MIN_SIMILARITY:
        return None  # too loose a rendering to call it this statement, misquoted
    return QuoteAlignment(equal, tuple((e, g) for _, e, g in sorted(changes)), edges)


def _longest_run(pairs: list[tuple[int, int]]) -> int:
    """The most words in common that run without a break, in the quote and in the fact's."""
    return max(_anchor(pairs, at, 1) for at in range(len(pairs)))


def _anchor(pairs: list[tuple[int, int]], at: int, step: int) -> int:
    """How many words in common run without a break from ``pairs[at]`` inwards."""
    run = 1
    k = at
    while 0 <= k + step < len(pairs):
        (i1, j1), (i2, j2) = pairs[k], pairs[k + step]
        if abs(i2 - i1) != 1 or abs(j2 - j1) != 1:
            break
        run += 1
        k += step
    return run


def _next_mark(marks: tuple[int, ...], start: int) -> int:
    return next((k for k in range(start, len(marks)) if marks[k]), len(marks))


_PERFECT_AUXILIARIES = frozenset({"have", "has"})
_QUOTE_NEGATORS = frozenset({"not", "never"})
_DO_SUPPORT = frozenset({"do", "does", "did"})


def _negation_inserted(got: tuple[str, ...], left: tuple[str, ...]) -> int:
    """How many of the fact's words right before the first words quoted alike the quote's
    opening words render with a negation put in (`We did not act` for `We acted`, `We have
    never acted` for `We have acted`, `We didn't act`): 0 when they are other words, or no
    negation stands among them. The speaker's words changed, not other words said before."""
    kept = []
    negated = False
    for word in got:
        lower = word.lower().replace("’", "'")
        if lower in _QUOTE_NEGATORS or lower == "n't":
            negated = True
        elif lower.endswith("n't"):
            negated = True
            if lower[:-3] not in _DO_SUPPORT:
                kept.append(lower[:-3])
        elif lower not in _DO_SUPPORT:
            kept.append(lower)
    if not negated or not kept or len(kept) > len(left):
        return 0
    tail = left[-len(kept) :]
    same = all(
        stem(normalize_word(a)) == stem(normalize_word(b)) for a, b in zip(kept, tail, strict=True)
    )
    return len(kept) if same else 0


_MODAL_TWINS = {
    "will": "would",
    "would": "will",
    "can": "could",
    "could": "can",
    "shall": "should",
    "should": "shall",
    "may": "might",
    "might": "may",
}
"""Modal verbs and their tense twins: the present and the past of one auxiliary."""


def _modal_in_reporting_tense(got: tuple[str, ...], left: tuple[str, ...]) -> bool:
    """Whether a quoted fragment opens on one modal verb where the fact's words, right before
    the words quoted alike, have its tense twin (`warned that the government “will not sit on
    our hands”` for `would not sit on our hands`): the fragment's first word put in the tense
    of the sentence that reports it, not other words said. Only at the fragment's open start,
    and only a single modal: any other change there, or inside the quote, is still judged."""
    return len(got) == 1 and _MODAL_TWINS.get(got[0].lower()) == left[-1].lower()


def _perfect_auxiliary(exp: tuple[str, ...], got: tuple[str, ...], following: str) -> bool:
    """Whether the one difference is `have`/`has` added or dropped right before a word of the
    fact's ending in -ed (`we have received` for `We received`): the same past act, told in
    the perfect or the simple past, as two outlets render one written statement."""
    one = exp or got
    return (
        not (exp and got)
        and len(one) == 1
        and one[0] in _PERFECT_AUXILIARIES
        and len(following) > 3
        and following.endswith("ed")
    )


def _equivalent(exp: tuple[str, ...], got: tuple[str, ...], ampersand: bool) -> bool:
    """Whether a difference is one of rendering only (`won't`/`will not`, `&`/`and`)."""
    if ampersand and not got and exp == ("and",):
        return True
    return same_words(exp, got)
