"""Places of the world the story's gazetteer does not hold: countries, US states, the nations of
the United Kingdom, their counties and council areas, the counties of Ireland, and cities of
100,000 people or more (and capitals), from GeoNames.

A `where` fact is judged against such a place only when both are clear:

* the fact's place resolves: its `in:` chain (or a `country:` key) reaches a country, and the
  innermost place of the chain that names a world place of that country (a city, a region, or
  the country itself) says how precise the fact is (`Anchor`);
* the article's words name a world place in a shape that leaves no doubt (``find``): after a
  locative, every word capitalised, not followed by another capitalised word or a possessive,
  not a name of the story, and not one of the names that are also common words or people's
  names (`AMBIGUOUS`). A name of several places is judged only when all of them agree. Words
  naming a part of the place may stand after the locative (`in downtown Seattle`,
  ``AREA_WORDS``); a town no gazetteer holds may stand before a comma and an area (`in
  Dunmurry, County Antrim`); in a text all in one case only countries, regions and areas are
  read, each ending its noun phrase (``NAME_ENDS``).

A place in another country, a region or city of the same country that cannot hold the fact's
place, an area of another nation (areas of one nation overlap: not judged), or a city far from
the fact's city clashes (`where.world-place`, `where.world-area`); a place that contains
the fact's place or lies in it fits; anything else (a nearby city, which may be a borough of
the fact's city or hold it) is not judged. The data (factcheck/data/world_places.tsv, about
250 KB) is read once per process, when an article first needs it.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from factcheck.facts import FactWarning, Story
from factcheck.match import WORD, Span, Token, normalize_word

REF_PREFIX = "world:"
"""A world place's Span.ref starts with this (story place ids cannot hold a colon)."""
COUNTRY, REGION, CITY, AREA = "C", "R", "P", "A"
NEAR_KM = 50.0
"""A city nearer than this to the fact's city is not judged: it may be a borough or suburb of
it (Croydon and London), or the city it belongs to."""
SAME_KM = 1.0
"""Two readings this close are one city."""


def name_key(name: str) -> tuple[str, ...]:
    """The words of a name as the world gazetteer looks them up: lower case, unstemmed."""
    return tuple(w.lower() for w in WORD.findall(name))


AMBIGUOUS = frozenset(
    name_key(name)
    for name in """Georgia|Jordan|Chad|Victoria|Washington|Florence|Charlotte|Austin|
    Jackson|Lincoln|Madison|Sydney|Hamilton|Kingston|Warren|Irving|Lafayette|Aurora|Orlando|
    Eugene|Mary|Ann|Kent|Kobe|Ajax|Troy|Regina|Marion|Victoria|Columbia|Bath|Man|Male|Van|Hub|
    Nice|Split|Mobile|Reading|Surprise|Paradise|Independence|Enterprise|Orange|Hollywood|
    Concord|Temple|Spring|Sale|Union|Pest|Gaza|Cork|Mesa|Reno|Waco|Cary|Mission|Providence|
    Lowell|Gary|Allen|Pearland|Carmel|Fairfield|Buda|Dali|Como|Perm|Ufa|Ise|Ube|Tsu|
    Bo|Ho|San|Ica|Yao|Saga|Palu|Kara|Moro|Naga|Mati|Sumy""".replace("\n", "").split("|")
)
"""Names never judged when an article uses them: they are also people's names, common words,
clubs, US states or names of several things (`Georgia`, `Jordan`, `Washington`, `Reading`)."""
MIN_LETTERS = 4
"""A shorter name (`Man`, `Bo`, `Ede`) is not judged: too many words and initials look alike."""
_LOCATIVES = frozenset(
    map(normalize_word, "in at into to for near inside outside toward towards from".split())
)
"""Words after which a capitalised name may be a place of the event."""
PLACE_OBJECT_VERBS = frozenset(
    map(
        normalize_word,
        """struck strike strikes striking hit hits hitting rocked rock rocks rocking shook shake
        shakes shaking jolted jolt jolts jolting battered batter batters battering lashed lash
        lashes lashing pounded pound pounds pounding flooded flood floods flooding swept sweep
        sweeps sweeping visited visit visits visiting toured tour tours touring""".split(),
    )
)
"""Verbs whose object is a place where their act happens (`struck northern Chile`, `visited
Paris`): a place right after one, or after area words, is read like one after a locative; the
`where` check takes it as the act's place when the verb ends the fact's phrase."""
_VENUE_AFTER = re.compile(
    r"\s+(?:(?:Crown|Magistrates['’]?|High|Sheriff|County|Coroner['’]?s|Youth|Family)\s+Court"
    r"|(?:Town|City)\s+Hall|Cathedral)\b"
)
"""After a city's name, the rest of the name of a court or a hall that bears it (`Manchester
Crown Court`, `Leeds Town Hall`): the city is where it stands, read like the city alone."""
_PLACE_NOUNS = frozenset(map(normalize_word, "city town capital port village".split()))
"""`the city of X`: only after these (and ``OFFICE_NOUNS``) is `of` a locative."""
OFFICE_NOUNS = frozenset(map(normalize_word, "mayor governor premier".split()))
"""`mayor of X`: an office of a place; the place is read as where the act happened only when
the noun ends the fact's phrase (`was elected mayor of Calgary`, ``checks.where``)."""
_QUALIFIER_GAP = ", "
_FIT, _CLASH = "fit", "clash"


@dataclass(frozen=True, slots=True)
class WorldPlace:
    """A country, a region (US state, UK nation), an area (a county or council area of the UK,
    a county of Ireland: its ``region`` is its nation) or a city of the world gazetteer."""

    kind: str
    name: str
    country: str
    region: str
    lat: float
    lon: float
    population: int


class World:
    """The world gazetteer: readings by the lower-case words of their names. Rows are parsed
    only when a name is looked up: reading the file is all the loading there is."""

    def __init__(self, rows: list[str]) -> None:
        self._rows = rows
        self._by_key: dict[tuple[str, ...], list[int]] = {}
        self._spellings: dict[tuple[str, ...], list[str]] = {}
        self.countries: dict[str, int] = {}
        for n, row in enumerate(rows):
            kind, name, country, _ = row.split("\t", 3)
            if kind == COUNTRY:
                self.countries[country] = n
            others = row[row.rindex("\t") + 1 :]
            for alias in (name, *others.split("|")) if others else (name,):
                lower = alias.lower()
                key = (lower,) if lower.isalpha() else tuple(WORD.findall(lower))
                if key:
                    self._by_key.setdefault(key, []).append(n)
                    self._spellings.setdefault(key, []).append(alias)
        self.longest = max(map(len, self._by_key), default=0)

    @functools.cache  # noqa: B019 - one World per process
    def readings(self, key: tuple[str, ...]) -> tuple[WorldPlace, ...]:
        """The places a name (its lower-case words) may name."""
        return tuple(self._place(n) for n in dict.fromkeys(self._by_key.get(key, ())))

    def _place(self, n: int) -> WorldPlace:
        kind, name, country, region, lat, lon, population, _ = self._rows[n].split("\t")
        return WorldPlace(
            kind,
            name,
            country,
            region,
            float(lat) if lat else math.nan,
            float(lon) if lon else math.nan,
            int(population) if population else 0,
        )

    def capitals(self, key: tuple[str, ...]) -> tuple[tuple[bool, ...], ...]:
        """How the name is written: which of its words are capitalised (`Stoke-on-Trent`)."""
        return tuple(
            tuple(w[0].isupper() for w in WORD.findall(alias))
            for alias in self._spellings.get(key, ())
        )


@functools.cache
def world() -> World:
    """The world gazetteer, read once per process."""
    text = resources.files("factcheck").joinpath("data/world_places.tsv").read_text("utf-8")
    return World([line for line in text.splitlines() if line and not line.startswith("#")])


_DEMONYM_ENDS = (
    ("n", ""),
    ("an", ""),
    ("ian", ""),
    ("ian", "a"),
    ("ian", "y"),
    ("ese", ""),
    ("ese", "a"),
    ("i", ""),
    ("an", "any"),
)
"""Endings of a nationality word and what replaces them in its country's name (`Australian`,
`Brazilian`, `Canadian`, `Italian`, `Japanese`, `Chinese`, `Pakistani`, `German`)."""
_DEMONYMS = frozenset(
    "american british briton english scottish welsh irish french dutch swiss greek thai "
    "filipino".split()
)
"""Nationality words not made from their country's name by an ending."""


@functools.cache
def is_demonym(word: str) -> bool:
    """Whether a capitalised word names a nationality: a country of the gazetteer with one of
    the usual endings (`Australian`, `Indonesian`, `Chinese`), or a common irregular one
    (`British`, `American`)."""
    if not word[:1].isupper():
        return False
    lower = word.lower()
    if lower in _DEMONYMS:
        return True
    places = world()
    for end, country in _DEMONYM_ENDS:
        if lower.endswith(end) and len(lower) > len(end) + 2:
            base = lower[: -len(end)] + country
            if any(p.kind == COUNTRY for p in places.readings((base,))):
                return True
    return False


def ref_key(ref: str) -> tuple[tuple[str, ...], str]:
    """The words of a world place's ref and the country or region code qualifying it."""
    body = ref[len(REF_PREFIX) :]
    name, _, qualifier = body.partition("|")
    return tuple(name.split(" ")), qualifier


def is_world(ref: str) -> bool:
    return ref.startswith(REF_PREFIX)


def readings(ref: str) -> tuple[WorldPlace, ...]:
    """The world places a world span's ref may name, narrowed by its qualifier (`, Texas`)."""
    key, qualifier = ref_key(ref)
    found = world().readings(key)
    if not qualifier:
        return found
    country, _, region = qualifier.partition(".")
    return tuple(r for r in found if r.country == country and (not region or r.region == region))


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where the fact's place lies in the world: its country, and its region and city when
    known; ``whole`` says that the place is that country or region itself."""

    country: str
    region: str | None = None
    city: WorldPlace | None = None
    whole: str | None = None  # COUNTRY, REGION or None


def _place_readings(story: Story, place_id: str) -> tuple[WorldPlace, ...]:
    found: dict[WorldPlace, None] = {}
    for name in story.places[place_id].names:
        for reading in world().readings(name_key(name)):
            found[reading] = None
    return tuple(found)


def place_warnings(story: Story) -> list[FactWarning]:
    """A `where` place whose country neither it nor its `in:` chain gives (``anchor`` is None):
    an article that places the act in a place the story does not list (`resigned in Osaka`,
    for a resignation in Tokyo) leaves the `where` unstated, never contradicted."""
    found = []
    for pid in sorted({f.where for f in story.facts if f.where is not None}):
        if anchor(story, pid) is not None:
            continue
        codes = sorted({r.country for r in _place_readings(story, pid)})
        if not codes:
            continue  # no place of the world gazetteer (`Mars`, a venue): no country to give
        facts = ", ".join(repr(f.id) for f in story.facts if f.where == pid)
        better = (
            f"add `country: {codes[0]}` to the place if that is its country"
            if len(codes) == 1
            else f"add `country:` and its ISO 3166 code (one of {', '.join(codes[:6])}), or "
            "an `in:` place that is its country or region"
        )
        found.append(
            FactWarning(
                story.path,
                story.lines.get(("places", pid), 1),
                f"places.{pid}",
                f"no country is given for {pid!r} (the `where` of {facts}): a place the story "
                "does not list, named as where the act happened, leaves the `where` "
                "unstated, never contradicted",
                better,
            )
        )
    return found


def anchor(story: Story, place_id: str) -> Anchor | None:
    """Where the fact's place ``place_id`` lies in the world, or None when that is not clear.

    The country comes from a `country:` key in the `in:` chain or from a place of the chain
    named as a country or a region (`Russia`, `UK`, `Texas`, `Scotland`) of one country only;
    a city's name alone never says the country (a village may share a city's name). Then the
    innermost place of the chain that names one world place of that country is the anchor.
    """
    chain = story.ancestors(place_id)
    country = next((c for p in chain if (c := story.places[p].country)), None)
    if country is None:
        for pid in chain:
            codes = {r.country for r in _place_readings(story, pid) if r.kind != CITY}
            if len(codes) == 1:
                country = codes.pop()
                break
    if country is None or country not in world().countries:
        return None
    region: str | None = None
    for pid in reversed(chain):  # outermost first: a region in the chain narrows its cities
        found = [r for r in _place_readings(story, pid) if r.country == country]
        if len(found) == 1 and found[0].kind in (REGION, AREA) and found[0].region:
            region = found[0].region  # an area (`Devon`) says its nation
    for pid in chain:
        found = [
            r
            for r in _place_readings(story, pid)
            if r.country == country and (region is None or r.kind != CITY or r.region == region)
        ]
        if len(found) != 1:
            continue  # unknown, or several places of the country: look further out
        (place,) = found
        whole = place.kind if pid == place_id and place.kind != CITY else None
        if place.kind == CITY:
            return Anchor(country, place.region or region, place, None)
        if place.kind == REGION:
            return Anchor(country, place.region, None, whole)
        return Anchor(country, region, None, whole)
    return Anchor(country, region)


def _km(a: WorldPlace, b: WorldPlace) -> float:
    """Great-circle distance between two cities."""
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    across = math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    h = math.sin((la2 - la1) / 2) ** 2 + across
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _judge_one(fact: Anchor, place: WorldPlace) -> str | None:
    """Whether one reading of a found place fits the fact's place, clashes, or cannot say."""
    if place.country != fact.country:
        return _CLASH
    if place.kind == COUNTRY:
        return _FIT  # the fact's country holds its place
    if fact.whole == COUNTRY:
        return _FIT  # a region or city of the fact's country
    if place.kind == REGION:
        if fact.region is None:
            return None
        return _FIT if place.region == fact.region else _CLASH
    if place.kind == AREA:
        if fact.whole == REGION and place.region == fact.region:
            return _FIT
        if fact.region is None or not place.region or place.region == fact.region:
            return None  # areas of one nation overlap (`Croydon, Surrey`; `Greenock, Renfrewshire`)
        return _CLASH  # `County Antrim` for a place in Scotland
    # a city
    if fact.whole == REGION:
        if not place.region:
            return None
        return _FIT if place.region == fact.region else _CLASH
    if fact.city is None:
        if fact.region and place.region and place.region != fact.region:
            return _CLASH  # `in Dallas` for a place in Washington state
        return None
    km = _km(place, fact.city)
    if km <= SAME_KM:
        return _FIT
    return _CLASH if km > NEAR_KM else None


def judge(fact: Anchor, found: tuple[WorldPlace, ...]) -> bool | None:
    """True when a found world place fits the fact's place (one reading of it does), False
    when it clashes (every reading does), None when it is not judged."""
    verdicts = [_judge_one(fact, r) for r in found]
    if not verdicts:
        return None
    if _FIT in verdicts:
        return True
    if all(v == _CLASH for v in verdicts):
        return False
    return None


def _capitalised(
    text: str, tokens: list[Token], first: int, last: int, forms: tuple[tuple[bool, ...], ...]
) -> bool:
    """Whether the words are capitalised where one spelling of the name is (and the first)."""
    shown = tuple(text[t.start].isupper() for t in tokens[first:last])
    return shown[0] and any(
        all(s or not f for s, f in zip(shown, form, strict=True)) for form in forms
    )


def _longest(
    text: str, tokens: list[Token], i: int, kinds: frozenset[str], one_case: bool = False
) -> tuple[int, tuple[str, ...]] | None:
    """The longest world name starting at token ``i``, written capitalised (in a text all in
    one case, written at all), of ``kinds``."""
    data = world()
    raw = [text[t.start : t.end].lower() for t in tokens[i : i + data.longest]]
    for n in range(len(raw), 0, -1):
        key = tuple(raw[:n])
        found = data.readings(key)
        if not found or not any(r.kind in kinds for r in found):
            continue
        if one_case or _capitalised(text, tokens, i, i + n, data.capitals(key)):
            return i + n, key
    return None


_ALL_KINDS = frozenset({COUNTRY, REGION, AREA, CITY})


def names_place(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether ``tokens[first:last]`` are, capitalised, exactly the name of a world place that is
    not ambiguous (`United States` of `Two United States service members`)."""
    if first >= last:
        return False
    hit = _longest(text, tokens[:last], first, _ALL_KINDS)
    return (
        hit is not None
        and hit[0] == last
        and hit[1] not in AMBIGUOUS
        and sum(map(len, hit[1])) >= MIN_LETTERS
    )


_AREAS = frozenset({COUNTRY, REGION, AREA})
AREA_WORDS = frozenset(
    map(
        normalize_word,
        """downtown central inner rural north south east west northern southern eastern western
        northeast northwest southeast southwest northeastern northwestern southeastern
        southwestern neighbouring neighboring""".split(),
    )
)
"""Words that may stand between a locative and a place to name a part of it (`in downtown New
York City`, `in south London`, `in northern Syria`), or to call it a neighbour (`in neighbouring
El Salvador`): the place is still named. Read only when
written in lower case, in a text that is not all in one case: `South Korea`, `North Carolina`,
`West Bank` are names."""
CASELESS_AREA_WORDS = frozenset(map(normalize_word, ("downtown", "rural")))
"""The words of AREA_WORDS that begin no place's name: the only ones read in a text all in one
case (`in south korea`, `in north berwick`, `in central america` are names there)."""
MAX_AREA_WORDS = 2
"""`in south-east London`: at most two such words."""
NAME_ENDS = frozenset(
    map(
        normalize_word,
        """in at on near outside inside during after before since until when while where as
        to for from with by into onto over under across around this that last next early late
        yesterday today tonight monday tuesday wednesday thursday friday saturday sunday
        morning afternoon evening night is was were are has have had will would said say says
        told who which""".split(),
    )
)
"""Words that may follow a place that ends its noun phrase (`outside the Javits Center in`):
where the case of a text cannot tell (all in one case), or after `the` (`at the Iran talks`
names no place of the event), a place must be followed by one of them, a punctuation mark,
or nothing."""


def area_words_before(
    text: str, tokens: list[Token], norms: list[str], i: int, one_case: bool
) -> int:
    """How many words of AREA_WORDS stand right before token ``i`` (0 when none may be read):
    written in lower case, joined by spaces or a hyphen (`south-east`)."""
    words = CASELESS_AREA_WORDS if one_case else AREA_WORDS
    n = 0
    while n < MAX_AREA_WORDS and i - n - 1 >= 0:
        k = i - n - 1
        word = text[tokens[k].start : tokens[k].end]
        if norms[k] not in words or (not one_case and not word.islower()):
            break
        if text[tokens[k].end : tokens[k + 1].start] not in (" ", "-"):
            break
        n += 1
    return n


def ends_name(text: str, tokens: list[Token], norms: list[str], last: int) -> bool:
    """Whether a name ending before token ``last`` ends its noun phrase: the sentence ends, a
    punctuation mark follows (not a hyphen: `Seattle-based`), or a word of NAME_ENDS."""
    if last >= len(tokens):
        return True
    gap = text[tokens[last - 1].end : tokens[last].start]
    if gap.startswith("-") or gap.startswith("'") or gap.startswith("\u2019"):
        return False
    return bool(gap.strip()) or norms[last] in NAME_ENDS


def may_find(norms: list[str]) -> bool:
    """Whether ``find`` may find a place among these words: a place is read only after a word
    of _LOCATIVES or PLACE_OBJECT_VERBS or `of` (a sentence with none is skipped without reading
    its tokens)."""
    return (
        "of" in norms
        or not _LOCATIVES.isdisjoint(norms)
        or not PLACE_OBJECT_VERBS.isdisjoint(norms)
    )


def find(
    text: str,
    tokens: list[Token],
    norms: list[str],
    names: Sequence[Span],
    one_case: bool = False,
    entities: Sequence[Span] = (),
) -> list[Span]:
    """World places named in a sentence in a shape that leaves no doubt (see the module's
    docstring); the tokens of ``names``, the story's own names, are never read. In a text all
    in one case (``one_case``) no capital tells a name: only countries, regions and areas
    are read, right after a locative or the words of CASELESS_AREA_WORDS, each followed by a
    word of NAME_ENDS, a punctuation mark or nothing. A place followed by a comma and the name
    of one of ``entities`` (the story's entities named in the sentence) ends its clause there:
    `Born in Japan, Rice spent ...` (unless the name is a world place too: `in Atlanta,
    Georgia`)."""
    spans: list[Span] = []
    starts = []
    area_words = CASELESS_AREA_WORDS if one_case else AREA_WORDS
    for i in range(1, len(tokens)):
        if not one_case and not text[tokens[i].start].isupper():
            continue
        # (area_words_before is 0 unless the word before is an area word)
        skip = (
            area_words_before(text, tokens, norms, i, one_case) if norms[i - 1] in area_words else 0
        )
        k = i - skip
        if k >= 1 and (
            norms[k - 1] in _LOCATIVES
            or norms[k - 1] in PLACE_OBJECT_VERBS
            or (norms[k - 1] == "of" and k >= 2 and norms[k - 2] in _PLACE_NOUNS | OFFICE_NOUNS)
            or (not one_case and norms[k - 1] == "the" and k >= 2 and norms[k - 2] in _LOCATIVES)
        ):
            starts.append((i, skip))
    if not starts:
        return spans
    taken = {k for s in names for k in range(s.first, s.last)}
    kinds = _AREAS if one_case else _ALL_KINDS
    for i, skip in starts:
        if i in taken:
            continue
        hit = _longest(text, tokens, i, kinds, one_case)
        if hit is None:
            if skip == 0:
                spans += _qualified_unknown(text, tokens, norms, i, taken, one_case)
                if not one_case:
                    spans += _city_before_site(text, tokens, i)
            continue
        last, key = hit
        if key in AMBIGUOUS or sum(map(len, key)) < MIN_LETTERS:
            continue
        if any(k in taken for k in range(i, last)):
            continue
        if skip and names_with(text, tokens, i, skip, key):
            continue  # `in south sudan` in a text all in one case, `in northern Ireland`
        end = tokens[last - 1].end  # `Moscow's` is one word, no name: a possessive is not read
        qualifier = ""
        if one_case:
            if not ends_name(text, tokens, norms, last):
                continue  # `in turkey sandwiches`
        elif last < len(tokens) and text[tokens[last].start].isupper():
            if not one_case and _VENUE_AFTER.match(text, end):
                ref = REF_PREFIX + " ".join(key)
                if readings(ref):  # `at Manchester Crown Court`: a court named after its town
                    spans.append(Span(ref, i, last, tokens[i].start, end))
                continue
            gap = text[end : tokens[last].start]
            if _ends_clause(text, gap, last, entities):
                pass  # `Born in Japan, Rice spent ...`: the entity's name opens the main clause
            elif gap != _QUALIFIER_GAP:
                continue  # `Paris Hilton`, `Washington Square`: a longer name
            else:
                area = _longest(text, tokens, last, _AREAS)
                if area is None:
                    continue  # `in Vladivostok, Putin said`, Putin no entity: what does it join?
                after, area_key = area
                narrowed = [r for r in world().readings(area_key) if r.kind != CITY]
                if len(narrowed) != 1 or area_key in AMBIGUOUS:
                    continue
                q = narrowed[0]
                qualifier = q.country + ("." + q.region if q.region else "")
                if (
                    after < len(tokens)
                    and text[tokens[after].start].isupper()
                    and not text[tokens[after - 1].end : tokens[after].start].strip(" ,")
                ):
                    continue  # `in Portland, Oregon, Smith said`: not sure again
                last = after
        elif any(r.kind == AREA for r in world().readings(key)) and not ends_name(
            text, tokens, norms, last
        ):
            continue  # `in Worcestershire sauce`: an area's name is read only as a whole
        ref = REF_PREFIX + " ".join(key) + (f"|{qualifier}" if qualifier else "")
        if not readings(ref):
            continue
        spans.append(Span(ref, i, last, tokens[i].start, tokens[last - 1].end))
    return spans


_SITE_AFTER = re.compile(
    r"['’]s\s+(?:[A-Z][\w'’.-]*\s+){0,4}"
    r"(?:Hospital|Infirmary|Airport|Stadium|Arena|Prison|Zoo|Museum|Cathedral)\b"
    r"(?![ \t]+(?:in|at|near|outside|on|of)\b)"
)
"""After a city's `'s`: a capitalised name of one to five words ending in a word for a site
that stands in the city (`Edinburgh's Western General Hospital`, `Denver's Ball Arena`), no
other place after it (`in`, `at`, `near`)."""


def _city_before_site(text: str, tokens: list[Token], i: int) -> list[Span]:
    """A well-known city written as the possessive of a site's name (`at Edinburgh's Western
    General Hospital`): the site stands in that city, as `at Western General Hospital in
    Edinburgh` says. Its span stops before the `'s`. Only a word that is a city and nothing
    else: a country's or a region's possessive, or one before an embassy, a ministry or a
    company (`Moscow's embassy`, `Russia's Foreign Ministry`), may stand elsewhere."""
    word = text[tokens[i].start : tokens[i].end]
    if not word.endswith(("'s", "’s")):
        return []
    key = (word[:-2].lower(),)
    if key in AMBIGUOUS or len(key[0]) < MIN_LETTERS or not word[0].isupper():
        return []
    found = world().readings(key)
    if not found or any(r.kind != CITY for r in found):
        return []
    if _SITE_AFTER.match(text, tokens[i].end - 2) is None:
        return []
    ref = REF_PREFIX + key[0]
    if not readings(ref):
        return []
    return [Span(ref, i, i + 1, tokens[i].start, tokens[i].end - 2)]


def city_before_site(text: str, span: Span) -> bool:
    """Whether ``span`` is a city read as the possessive of a site's name (``_city_before_site``):
    a possessive that names where the act happened."""
    return is_world(span.ref) and _SITE_AFTER.match(text, span.end) is not None


def _ends_clause(text: str, gap: str, k: int, entities: Sequence[Span]) -> bool:
    """Whether a place ends its clause before token ``k``: a comma (``gap``) and then the name
    of one of the story's entities as the main clause's subject: not an owner (`Born in Japan,
    Rice's sister`: the sister's birth), and no world place's name (`in Atlanta, Georgia`: the
    state may qualify the city)."""
    if gap.strip() != ",":
        return False
    entity = next((s for s in entities if s.first == k), None)
    if (
        entity is None
        or _OWNER.search(text[entity.start : entity.end])
        or _OWNER.match(text, entity.end)
    ):
        return False
    return not readings(REF_PREFIX + " ".join(name_key(text[entity.start : entity.end])))


_OWNER = re.compile(r"\s?['’]s?(?!\w)")
"""A possessive after a name (`Rice's`, tokenised `Rice 's`, `the Smiths'`)."""


def names_with(text: str, tokens: list[Token], i: int, skip: int, key: tuple[str, ...]) -> bool:
    """Whether the ``skip`` area words before token ``i``, or the last of them, make one world
    name with ``key`` (`south sudan`, `northern ireland`)."""
    words = [text[t.start : t.end].lower() for t in tokens[i - skip : i]]
    return any(world().readings((*words[n:], *key)) for n in range(skip))


def _qualified_unknown(
    text: str, tokens: list[Token], norms: list[str], i: int, taken: set[int], one_case: bool
) -> list[Span]:
    """`in Dunmurry, County Antrim,`: one word no gazetteer holds (a town), a comma, and an
    area or region (not a country: lists of countries are common) ending its phrase with a
    comma, a full stop or the sentence's end. The span runs from the town to the area's end
    and names the area."""
    if i + 1 >= len(tokens) or i + 1 in taken or not norms[i].isalpha():
        return []
    if text[tokens[i].end : tokens[i + 1].start] != _QUALIFIER_GAP:
        return []
    hit = _longest(text, tokens, i + 1, frozenset({REGION, AREA}), one_case)
    if hit is None:
        return []
    last, key = hit
    if key in AMBIGUOUS or any(k in taken for k in range(i + 1, last)):
        return []
    if last < len(tokens) and text[tokens[last - 1].end : tokens[last].start].strip() not in (
        ",",
        ".",
    ):
        return []  # `in particular, wales and scotland`: a list, or a clause
    ref = REF_PREFIX + " ".join(key)
    return [Span(ref, i, last, tokens[i].start, tokens[last - 1].end)] if readings(ref) else []
