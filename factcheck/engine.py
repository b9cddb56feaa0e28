"""Checking articles against stories: routing, mentions, slot checks and one verdict per fact.

This is the library API: ``Checker(stories).check(article)`` needs no pytest; its inputs and
outputs are plain picklable data.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from collections.abc import Iterable, Sequence
from types import ModuleType
from typing import cast

from factcheck import actors
from factcheck.articles import Article, dotted_names
from factcheck.checks import CHECKS, UNRELIABLE, count, negation, when, where
from factcheck.errors import UnknownStory
from factcheck.facts import Fact, Story, did_you_mean
from factcheck.match import fold_case, normalize_word
from factcheck.reading import CompiledStory, Document, Mention, Reading
from factcheck.results import (
    CONFIRMED,
    CONSISTENT,
    CONTRADICTED,
    DOUBTFUL,
    OMITTED,
    UNSTATED,
    Evidence,
    FactResult,
    SlotResult,
)
from factcheck.text import segments

KEY_SLOTS = ("quote", "count")
"""Slots that are the fact itself: a mention that leaves them unstated does not count."""


def _merge(fact: Fact, per_mention: list[list[SlotResult]]) -> list[SlotResult]:
    """One verdict per slot: contradicted if any mention clashes, else confirmed if any confirms."""
    best: dict[str, tuple[int, SlotResult]] = {}  # by slot: the first of the best rank
    for results in per_mention:
        for r in results:
            rank = _RANKS.get(r.status)
            if rank is not None and (r.slot not in best or rank < best[r.slot][0]):
                best[r.slot] = (rank, r)
    return [
        best[slot][1] if slot in best else SlotResult(slot, UNSTATED, fact.expected(slot))
        for slot in fact.slots
    ]


_RANKS = {CONTRADICTED: 0, CONFIRMED: 1, DOUBTFUL: 2}


def mention_kind(mention: Mention) -> str:
    """How a mention was found: a quote, a `named` subject, the main clause's subject of a
    `participle`, or one `carried` from the sentence before, `referred` to (`the company`) or
    `implied` (the story's event)."""
    return "quote" if mention.quote else mention.via or "named"


def _voice(result: SlotResult, mention: Mention, doc: Document) -> str | None:
    """The kind of segment (embedded post, caption...) that holds the mention or the clashing
    value, or None when both are the article's own words."""
    voices = doc.voices
    sentence = doc.sentences[mention.index]
    spans = []
    if mention.quote is not None and doc.sentences[mention.quote[0]].start >= 0:
        spans.append((mention.quote[2].start, mention.quote[2].end))
    elif mention.phrase is not None and sentence.start >= 0:
        tokens = doc.tokens[mention.index]
        begin, end = tokens[mention.phrase.first].start, tokens[mention.phrase.last - 1].end
        spans.append((sentence.start + begin, sentence.start + end))
    ev = result.evidence
    if ev is not None:
        final = mention.quote[1] if mention.quote else mention.index
        base = next(
            (
                s.start
                for s in doc.sentences[max(0, mention.index - 2) : final + 1]
                if s.line == ev.line and s.start >= 0 and ev.sentence.startswith(s.text)
            ),
            None,
        )
        if base is not None:
            spans += [(base + a, base + b) for a, b in ev.marks]
    kind = next((kind for a, b in spans if (kind := voices.at(a, b))), None)
    if mention.quote is not None and kind in segments.UNASSERTED:
        return None  # a quote is the speaker's words, whatever frames them
    return kind


DESCRIBED_ONLY = "described-story"
"""Rule path prefix of a clash in an article that names the story by descriptions only."""


def _trace(result: SlotResult, mention: Mention, reading: Reading) -> SlotResult:
    """A clash with its full rule path; `doubtful` when that path is not reliable enough, when
    the mention or the clashing value is not in the article's own voice, or when the article
    names the story only by descriptions (`boy`, `the tram`): it may be about another one."""
    path = f"{mention_kind(mention)}/{result.rule}"
    voice = _voice(result, mention, reading.document)
    if voice is not None:
        path = f"{voice}/{path}"
    elif not reading.names_story:
        voice = DESCRIBED_ONLY
        path = f"{voice}/{path}"
    unreliable = (
        path in UNRELIABLE or result.rule in UNRELIABLE or mention_kind(mention) in UNRELIABLE
    )
    status = DOUBTFUL if voice is not None or unreliable else CONTRADICTED
    return SlotResult(
        result.slot, status, result.expected, result.found, result.evidence, result.detail, path
    )


CONFIRMING_ONLY = frozenset({"told-before", "headed", "carried-past", "done-to", "subordinate"})
"""Ways a mention is found (``mention_kind``) that only ever confirm: a mention found so
whose slots clash (doubtful, ``UNRELIABLE``) is dropped, its clashes shown, and the fact
stays omitted unless another mention states it (`The order is valued at $9.8 billion`, the
order told of Emirates two sentences before)."""

Plan = tuple[tuple[ModuleType, ...], str | None, tuple[SlotResult, ...]]
_PLANS: dict[int, tuple[Fact, Plan]] = {}
"""Plans by id(fact), kept with their fact: hashing a fact hashes all its fields."""


def _plan(fact: Fact) -> Plan:
    """Once per fact: the checks that apply, its key slot, and its slots when it is omitted."""
    known = _PLANS.get(id(fact))
    if known is not None and known[0] is fact:
        return known[1]
    checks = tuple(check for check in CHECKS if check.applies(fact))
    key = next((s for s in KEY_SLOTS if s in fact.slots), None)
    unstated = tuple(SlotResult(slot, UNSTATED, fact.expected(slot)) for slot in fact.slots)
    if len(_PLANS) >= 4096:  # facts of stories no longer checked
        _PLANS.clear()
    _PLANS[id(fact)] = (fact, (checks, key, unstated))
    return checks, key, unstated


def mentions_of(fact: Fact, reading: Reading) -> list[Mention]:
    """Every mention of ``fact``: its own (``Reading.mentions``), then, for an `exclusive`
    fact, the sentences where another entity of the story does its `what` (``actors``)."""
    found = reading.mentions(fact)
    if fact.exclusive:
        found = found + actors.mentions(reading, fact)
    return found


def _judge_mention(
    fact: Fact, mention: Mention, reading: Reading, checks: tuple[ModuleType, ...]
) -> list[SlotResult]:
    """The slot verdicts of one mention; on another entity's act only the `who` is judged."""
    if mention.actor is not None:
        checks = tuple(check for check in checks if check.SLOT == "who")
    results = [r for check in checks if (r := check.check(fact, mention, reading))]
    if CONTRADICTED not in [r.status for r in results]:  # most mentions: nothing to trace
        return results
    if _questioned(mention, reading):  # `NHTSA asked whether 461 motorists died`
        return [r for r in results if r.status != CONTRADICTED]
    if mention.quote is not None and _another_speakers_words(results):
        return []  # `"Sakai should take full responsibility ...," Tanaka said`: Tanaka's words
    if any(r.detail == "negated" and r.status == CONTRADICTED for r in results) and (
        when.described_in_another_year(fact, mention, reading)
    ):  # `The central bank did not raise rates in 2024`: maybe another bank, another year
        results = [r for r in results if r.detail != "negated"]
    if any(r.slot in _SETTING and r.status == CONTRADICTED for r in results) and (
        count.gives_another_count(fact, mention, reading)
    ):  # `Valdor recalled 340,000 vehicles in Europe in March`: another recall's time and place
        results = [r for r in results if r.slot not in _SETTING]
    if _another_days_share(fact, results):  # `was 0% contained on Thursday`: that day's share
        results = [r for r in results if r.slot not in _READING or r.status != CONTRADICTED]
    if (
        any(r.slot in _SETTING and r.status == CONTRADICTED for r in results)
        and not any(r.detail == "negated" for r in results)
        and negation.denied(mention, reading)
    ):  # `Aides insisted Sakai had not resigned on Monday`: a denial not asserted, and the
        # date or place of a denied act is denied, never told
        results = [r for r in results if r.slot not in _SETTING]
    return [_trace(r, mention, reading) if r.status == CONTRADICTED else r for r in results]


_QUESTION_OPENED = re.compile(r"\b(?:whether|if)\s+(?:[^\s,;:.!?()\[\]—–]+\s+){0,4}$", re.I)
"""Right before a phrase: an indirect question or a condition opened at most four words before
it, its subject's (`whether 461`, `if North Korea`); further on, the phrase may be a noun's
relative clause, which is asserted (`if North Korea supplies arms for the latter's war against
Ukraine, which started in February 2022`)."""


def _questioned(mention: Mention, reading: Reading) -> bool:
    """Whether the mention's phrase stands in an indirect question or a condition opened before
    it in its clause (`NHTSA asked whether 461 motorists died`, `wondered if 461 motorists
    died`): nothing there is asserted, so a clash in it is not judged. A comma, a semicolon, a
    colon, a bracket or a dash closes the question, and more than four words between it and the
    phrase leave the phrase asserted (`Asked whether the figure was final, NHTSA
    said 461 motorists died` is judged)."""
    if mention.phrase is None or mention.quote is not None:
        return False
    start = reading.document.tokens[mention.index][mention.phrase.first].start
    return _QUESTION_OPENED.search(reading.sentence_text(mention.index), 0, start) is not None


def _another_speakers_words(results: list[SlotResult]) -> bool:
    """Whether a quote differs from the fact's both in its words and in its speaker, another
    entity of the story: two changes at once are another statement, that speaker's own
    (`"Sakai should take full responsibility for the election result," Tanaka said`), not the
    fact's given to the wrong person (its words kept: then the `who` clashes) nor misquoted
    (its speaker kept: then the `quote` clashes)."""
    clashing = {r.slot for r in results if r.status == CONTRADICTED}
    return {"who", "quote"} <= clashing


_SETTING = frozenset({"when", "where"})
"""The slots of an act's time and place: not judged in a sentence that counts another
occurrence of it (``count.gives_another_count``)."""


_READING = frozenset({"count", "when"})
"""The slots of a share read on a day: its value and that day."""


def _another_days_share(fact: Fact, results: list[SlotResult]) -> bool:
    """Whether a mention of a share told on a day (a fact with `unit: '%'` and a `when` to the
    day: a fire's containment, a poll's lead) clashes on both its value and its day (`The fire
    was 0% contained on Thursday`, `up from 5% contained on Friday`, for 15% on Saturday): a
    share changes from day to day, so that is another day's reading, and neither is judged. A
    clash on one of them alone (`25% contained on Saturday`, `15% contained on Friday`) is
    judged, and so is any other count fact's (`killed 10 people on Monday`)."""
    if fact.unit != "%" or fact.when is None or fact.when.day is None:
        return False
    clashing = {r.slot for r in results if r.status == CONTRADICTED}
    return clashing >= _READING


def _denies_another_setting(results: list[SlotResult]) -> bool:
    """Whether a mention denies the act at a date or place that is not the fact's (`Halsey did
    not sign her first recording contract in 2018`, the fact's signing being in 2014; `The
    Severn has not burst its banks in Worcester`, the fact's flood being in Shrewsbury): the
    denial is of that date's or place's act, true or not, and states nothing of the fact: the
    sentence is no mention."""
    negated = any(r.slot == "what" and r.detail == "negated" for r in results)
    return negated and any(r.slot in _SETTING and r.status != CONFIRMED for r in results)


def _other_occasions(fact: Fact, per_mention: list[list[SlotResult]]) -> list[list[SlotResult]]:
    """The verdicts of an article's mentions of a fact with a `where` and a `when`: a mention
    that clashes on both, in an article where another mention states both with no clash, tells
    another occasion of the act (`Vale arrived in Lisbon on Tuesday. She had arrived in Madrid
    on Monday.`: the trip's other stop), and its place and date are not judged. A mention that
    clashes on one and agrees on the other (`in New York City on Wednesday night`, the article
    saying `in Seattle on Wednesday night` elsewhere) is judged. A date that clashes only
    doubtfully (`On Monday she arrived in Madrid`: a date before the phrase) counts as a clash:
    with the place's, it tells another time and place."""

    def states(results: list[SlotResult], *status: str) -> bool:
        return all(any(r.slot == s and r.status in status for r in results) for s in _SETTING)

    if not any(
        states(results, CONFIRMED) and not any(r.status == CONTRADICTED for r in results)
        for results in per_mention
    ):
        return per_mention
    return [
        [r for r in results if r.slot not in _SETTING]
        if states(results, CONTRADICTED, DOUBTFUL)
        else results
        for results in per_mention
    ]


_UPDATE = re.compile(
    r"\b(?:now|since|has\s+risen|have\s+risen|rose|risen|climbed|revised|updated|latest)\b", re.I
)
"""Words of a sentence that updates a figure given earlier (`has since risen to 23`)."""


def _superseded_counts(
    fact: Fact, mentions: Sequence[Mention], per_mention: list[list[SlotResult]], reading: Reading
) -> list[list[SlotResult]]:
    """The verdicts of an article's mentions of a count fact, without the count clashes of the
    mentions before a later sentence that states the fact's count as an update: a mention (`The
    quake killed 12 people. ... The death toll has since risen to 23.`), or a sentence that
    updates the figure without telling the act (``_updates_figure``: `Updated 11:15: the
    figure is now 23`). The article's last word on the figure is the later one. A clash after
    it, or before a later figure that is no update, is judged."""
    clashes = [
        m.index
        for m, results in zip(mentions, per_mention, strict=True)
        if any(r.slot == "count" and r.status == CONTRADICTED for r in results)
    ]
    if not clashes:
        return per_mention
    updates = [
        m.index
        for m, results in zip(mentions, per_mention, strict=True)
        if any(r.slot == "count" and r.status == CONFIRMED for r in results)
        and _UPDATE.search(reading.sentence_text(m.index))
    ]
    doc = reading.document
    updates += [
        i for i in range(min(clashes) + 1, len(doc.sentences)) if _updates_figure(fact, reading, i)
    ]
    if not updates:
        return per_mention
    last = max(updates)
    return [
        [r for r in results if not (r.slot == "count" and r.status == CONTRADICTED)]
        if m.index < last
        else results
        for m, results in zip(mentions, per_mention, strict=True)
    ]


_FIGURE = re.compile(
    r"\b(?:the\s+)?(?:death\s+)?(?:figure|toll|tally|total|number\s+of\s+(?P<of>[\w-]+))\b",
    re.I,
)
"""A figure a sentence may update: `the figure`, `the death toll`, `the number of dead`."""
_FIGURE_UPDATE = re.compile(
    r"\b(?:now|since|risen|rose|climbed|revised|raised|updated|corrected|later)\b", re.I
)


def _updates_figure(fact: Fact, reading: Reading, index: int) -> bool:
    """Whether sentence ``index`` updates a figure to the fact's count without telling the act:
    a figure (`the figure`, `toll`, `tally`, `total`, or `number of` and a word of the fact's
    `what`), a word of an update (`now`, `since`, `risen`, `revised`, `raised`, `corrected`...)
    and the fact's count after the figure (`Updated 11:15: the figure is now 23`, `Officials
    have since raised the toll to 23`). Not another figure (`the number of injured`), nor a
    number alone (`Update: 23 people remain in hospital`)."""
    key = ("figure-update", index)  # read once per sentence, whichever fact asks
    if key not in reading.memo:
        sentence = reading.sentence_text(index)
        figure = _FIGURE.search(sentence)
        if figure is None or not _FIGURE_UPDATE.search(sentence):
            reading.memo[key] = None
        else:
            of = figure["of"] and normalize_word(figure["of"])
            values = [
                n.value
                for n in reading.document.numbers(index)
                if n.start >= figure.end() and not n.ordinal
            ]
            reading.memo[key] = (of, values)
    known = reading.memo[key]
    if known is None:
        return False
    of, values = cast(tuple[str | None, list[float]], known)
    if of is not None and of not in {
        w for p in reading.compiled.phrases[fact.id] for w in p.elements
    }:
        return False
    return fact.count in values


def _without_others_of_kind(
    fact: Fact, mentions: Sequence[Mention], per_mention: list[list[SlotResult]], reading: Reading
) -> tuple[list[Mention], list[list[SlotResult]]]:
    """The mentions and their verdicts, without the clashing ones whose subject is a bare
    description scoped to a wider area or another place than the fact's
    (``where.described_elsewhere``: `Nationally, police recorded 612 homicides`): they tell of
    other members of the kind, and are no mention of the fact."""
    kept = [
        (m, r)
        for m, r in zip(mentions, per_mention, strict=True)
        if not (
            any(x.status == CONTRADICTED for x in r) and where.described_elsewhere(fact, m, reading)
        )
    ]
    return [m for m, _ in kept], [r for _, r in kept]


def judge(fact: Fact, mentions: Sequence[Mention], reading: Reading) -> FactResult:
    """The verdict on one fact from its mentions in one article."""
    checks, key, unstated = _plan(fact)
    slots: tuple[SlotResult, ...] = unstated
    status = OMITTED
    evidence: tuple[Evidence, ...] = ()
    doubts: list[SlotResult] = []
    if mentions:  # most facts of a story are not mentioned in a given article
        per_mention = [_judge_mention(fact, m, reading, checks) for m in mentions]
        if any(x.status == CONTRADICTED for r in per_mention for x in r):
            mentions, per_mention = _without_others_of_kind(fact, mentions, per_mention, reading)
        setting = fact.when is not None or fact.where is not None
        if setting and any(map(_denies_another_setting, per_mention)):
            denials = {
                m.index
                for m, r in zip(mentions, per_mention, strict=True)
                if _denies_another_setting(r)
            }  # every phrasing found in such a sentence (`first recording contract`) goes too
            kept = [
                (m, r) for m, r in zip(mentions, per_mention, strict=True) if m.index not in denials
            ]
            mentions, per_mention = [m for m, _ in kept], [r for _, r in kept]
        if key is not None or any(m.actor is not None for m in mentions):
            # keep the mentions that say something about the key slot, and another entity's
            # act only where it contradicts the `who`: it never makes the fact consistent
            kept = []
            for m, r in zip(mentions, per_mention, strict=True):
                if m.actor is not None:
                    if any(x.status == CONTRADICTED for x in r):
                        kept.append((m, r))
                    else:
                        doubts += [x for x in r if x.status == DOUBTFUL]
                elif key is None or any(x.slot == key for x in r):
                    kept.append((m, r))
            mentions = [m for m, _ in kept]
            per_mention = [r for _, r in kept]
        if any(m.via in CONFIRMING_ONLY for m in mentions):
            # a mention found only through an act told sentences before confirms or is
            # dropped: its clashes are shown, never failed, and never make the fact consistent
            kept = []
            for m, r in zip(mentions, per_mention, strict=True):
                if m.via in CONFIRMING_ONLY and any(x.status == DOUBTFUL for x in r):
                    doubts += [x for x in r if x.status == DOUBTFUL]
                else:
                    kept.append((m, r))
            mentions = [m for m, _ in kept]
            per_mention = [r for _, r in kept]
    if len(mentions) > 1 and fact.where is not None and fact.when is not None:
        per_mention = _other_occasions(fact, per_mention)
    if mentions and fact.count is not None:
        per_mention = _superseded_counts(fact, mentions, per_mention, reading)
    if mentions:
        slots = tuple(_merge(fact, per_mention))
        status = CONTRADICTED if any(s.status == CONTRADICTED for s in slots) else CONSISTENT
        doc = reading.document
        evidence = tuple(  # one entry per sentence, however many phrasings found it
            dict.fromkeys(
                doc.evidence(m.quote[0], m.quote[1]) if m.quote else doc.evidence(m.index)
                for m in mentions
            )
        )
    elif doubts:  # shown, never failed: the fact stays omitted
        slots = tuple(next((d for d in doubts if d.slot == s.slot), s) for s in unstated)
    article = reading.document.article
    return FactResult(
        article=article.key,
        story=reading.story.id,
        fact=fact.id,
        status=status,
        source=article.source,
        fact_line=fact.line,
        fact_path=reading.story.path,
        slots=slots,
        mentions=evidence,
        required=fact.required,
    )


INDEXED_ROUTING = 32
"""From this many stories, routing looks up the words of an article in one index of every
story's cue words, instead of looking for each story's cues in the text in turn."""
_WORDS = re.compile(r"[^\W_]+")


class Checker:
    """Stories compiled once, ready to check any number of articles."""

    def __init__(self, stories: Iterable[Story]) -> None:
        self.compiled = {story.id: CompiledStory.build(story) for story in stories}
        self.dotted_names = dotted_names(
            name
            for compiled in self.compiled.values()
            for entity in compiled.story.entities.values()
            for name in entity.names
        )
        """The entities' names with a full stop inside (`ID. Space Vizzion`): kept whole when
        an article is split into sentences."""
        self._by_cue: dict[str, set[str]] = {}
        self._uncued: set[str] = set()  # stories with a name no cue can test cheaply
        for sid, compiled in self.compiled.items():
            if compiled.about_cues is None:
                self._uncued.add(sid)
            for cue in compiled.about_cues or ():
                self._by_cue.setdefault(cue, set()).add(sid)

    def route(self, article: Article) -> list[str]:
        """Ids of the stories the article is about: those it declares (``Article.stories``),
        else those whose `about` entities it names.

        UnknownStory (an ArticleError) when it declares a story that is not loaded: such an
        article is not checked at all, rather than checked against part of what it declares.
        """
        if article.stories:
            unknown = [sid for sid in article.stories if sid not in self.compiled]
            if unknown:
                raise self._unknown(article, unknown)
            return list(article.stories)
        folded = fold_case(f"{article.title}\n{article.text}")
        stories: Iterable[tuple[str, CompiledStory]] = self.compiled.items()
        words: set[str] | None = None
        if len(self.compiled) >= INDEXED_ROUTING:
            # a story's name found in the text puts its cue there as a whole word
            cued = set(self._uncued)
            words = set(_WORDS.findall(folded))
            for word in self._by_cue.keys() & words:
                cued |= self._by_cue[word]
            stories = [(sid, compiled) for sid, compiled in stories if sid in cued]
        return [sid for sid, compiled in stories if compiled.is_about(article, folded, words)]

    def _unknown(self, article: Article, unknown: Sequence[str]) -> UnknownStory:
        """The error for an article that declares stories no loaded fact file holds."""
        known = sorted(self.compiled)
        message = "; ".join(f"unknown story {sid!r}{did_you_mean(sid, known)}" for sid in unknown)
        if not known:
            message += " (no story is loaded)"
        return UnknownStory(message, article.path, article.stories_line, key=article.key)

    def check(self, article: Article, stories: Sequence[str] | None = None) -> list[FactResult]:
        """Every fact of every story the article is about (or of ``stories``, already routed).

        The stories the article declares, if any, else those it names (see ``route``).

        The cyclic garbage collector is paused meanwhile: a check makes thousands of small
        objects (words, names, mentions) and no reference cycle, so they are all freed when it
        ends, and a collection on the way would only walk them (and every object the caller
        keeps) for nothing.
        """
        if not gc.isenabled():
            return self._check(article, stories)
        gc.disable()
        try:
            return self._check(article, stories)
        finally:
            gc.enable()

    def _check(self, article: Article, stories: Sequence[str] | None) -> list[FactResult]:
        results: list[FactResult] = []
        documents: dict[dt.date | None, Document] = {}
        for sid in self.route(article) if stories is None else stories:
            compiled = self.compiled[sid]
            anchor = article.published or compiled.story.date
            if anchor not in documents:  # one reading of the text per anchor date
                documents[anchor] = Document(article, anchor, self.dotted_names)
            reading = Reading(documents[anchor], compiled)
            results += [
                judge(fact, mentions_of(fact, reading), reading) for fact in compiled.story.facts
            ]
        return results


def check_article(article: Article, stories: Iterable[Story]) -> list[FactResult]:
    """Check one article against ``stories`` (compiles them; use Checker for many articles)."""
    return Checker(stories).check(article)
