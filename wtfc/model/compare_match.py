"""How the Review comparison pairs last time's themes with this time's (``compare``).

First by normalised name (never a group's "Group 1 (not named yet)": cards alone pair
those). Then, for those left over, within their kind, by names alike or
cards alike, best pairs first, each theme once: names alike share at least
``NAME_MIN_WORDS`` meaningful words and a third of all (``NAME_MATCH_THRESHOLD``, stemmed,
``compare_text.name_words``) and some card words too (``NAME_CARDS_SHARE``), or one name's
words are all in the other's, in order (a word or two added or taken away); cards alike, a
Jaccard similarity of their cards' meaningful words of at least ``CARD_MATCH_THRESHOLD``. A
pair is as good as the two scores together. The name counts because a new cycle's cards are
other people's words: the demo's respect theme, renamed "My carers don't treat me with
respect" in the autumn, shares 9% of its card words with last time's (themes keeping their
names share only 21–26%) but "carer", "treat" and "respect" of its name. The cards count too
because a name is 2–4 meaningful words and a subject ("day centre", "home care") is two of
them: "Day centre transport is unreliable" and "The day centre food is poor" are two themes,
whose cards (the minibus; cold dinners) share nothing.

Then merges and splits among the rest: a theme left over from last time whose card words
mostly sit in one theme now was merged into it; a theme new this time whose card words mostly
sit in one of last time's (matched or not) was split off it (``RELATED_SHARE``, and at least
``RELATED_MIN_WORDS`` shared words, so one common word never links two small themes). A
"split" into one theme, with nothing else split off or merged, is that theme carried on under
a new name: it is paired (``pair_themes``, matched by "carried"), one row, not two splits.
"""

from __future__ import annotations

import functools
from collections import Counter

from wtfc.model.compare_text import (
    jaccard,
    name_word_list,
    name_words,
    normalise_name,
    texts_words,
)
from wtfc.model.unnamed_themes import is_unnamed
from wtfc.model.workshop import Card, Kind, Theme

CARD_MATCH_THRESHOLD = 0.25
# Renamed themes in the autumn workshop score 0.43 ("I enjoy … the day centre") and 0.60
# (respect); different themes of one kind in the demo pair and the autumn share one word
# at most ("see", 0.14), and two only by their opening ("I want to see …", 0.29), now left out.
NAME_MATCH_THRESHOLD = 1 / 3
NAME_MIN_WORDS = 2
# Names alike pair only with this share of the smaller side's card words in the other's too:
# the autumn respect theme has 7 of its 16 (0.44); in 300 themes a side with no card word in
# common on purpose, the closest two share 0.09–0.12 by chance.
NAME_CARDS_SHARE = 0.25
RELATED_SHARE = 0.5
RELATED_MIN_WORDS = 2
Words = dict[str, frozenset[str]]  # each theme's card words (``theme_words``), by its id


def match_themes(before: list[Theme], now: list[Theme], before_words: Words,
                 now_words: Words) -> list[tuple[Theme, Theme, str, float]]:
    """One-to-one pairs (``before_words``, ``now_words``: each theme's card words, by id)."""
    pairs: list[tuple[Theme, Theme, str, float]] = []
    by_name: dict[tuple[Kind, str], Theme] = {}
    for theme in now:
        by_name.setdefault((theme.kind, normalise_name(theme.name)), theme)
    left_before: list[Theme] = []
    taken: set[str] = set()
    for old in before:
        new = by_name.get((old.kind, normalise_name(old.name)))
        # "Group 1 (not named yet)" last time and now are two groups the rooms have not named,
        # about anything: only their cards can pair them
        if new is not None and new.id not in taken and normalise_name(old.name) and \
                not is_unnamed(old.name):
            pairs.append((old, new, "name", 1.0))
            taken.add(new.id)
        else:
            left_before.append(old)
    left_now = [t for t in now if t.id not in taken]

    now_names = {t.id: _name_words(t) for t in left_now}
    candidates = []
    for old in left_before:
        old_words, old_name = before_words[old.id], _name_words(old)
        kept = _CARD_SCORES.row(old_words)
        for new in left_now:
            if new.kind != old.kind:
                continue
            cards = kept.get(now_words[new.id])
            if cards is None:
                cards = kept[now_words[new.id]] = jaccard(old_words, now_words[new.id])
            names = jaccard(old_name, now_names[new.id])
            alike = names >= NAME_MATCH_THRESHOLD and (
                _within(old.name, new.name) or
                (len(old_name & now_names[new.id]) >= NAME_MIN_WORDS and
                _held(old_words, now_words[new.id]) >= NAME_CARDS_SHARE))
            if alike or cards >= CARD_MATCH_THRESHOLD:
                candidates.append((names + cards, cards, "names" if alike else "cards",
                                   old, new))
    candidates.sort(key=lambda c: -c[0])  # best pairs first; each theme matches once
    used_before: set[str] = set()
    for _, score, how, old, new in candidates:
        if old.id not in used_before and new.id not in taken:
            pairs.append((old, new, how, score))
            used_before.add(old.id)
            taken.add(new.id)
    return pairs


Pair = tuple[Theme, Theme, str, float]
Related = tuple[dict[str, Theme], dict[str, Theme], dict[str, list[Theme]]]


def pair_themes(before: list[Theme], now: list[Theme], before_cards: dict[str, Card],
                now_cards: dict[str, Card]) -> tuple[list[Pair], Related]:
    """``match_themes``, then ``relate`` among the rest, a one-to-one split taken as a pair
    (matched by "carried", similarity its cards' Jaccard): last time's theme all of whose
    split-off parts are one theme now, which came from it alone and took nothing else in."""
    before_words = {t.id: theme_words(t, before_cards) for t in before}  # each theme once
    now_words = {t.id: theme_words(t, now_cards) for t in now}
    pairs = match_themes(before, now, before_words, now_words)
    while True:
        matched_before = {p.id for p, _, _, _ in pairs}
        matched_now = {n.id for _, n, _, _ in pairs}
        related = relate([t for t in before if t.id not in matched_before],
                         [t for t in now if t.id not in matched_now], before,
                         [t for t in now if t.id in matched_now], now, before_words, now_words)
        carried = [(old, parts[0]) for old in before if old.id not in matched_before
                   and len(parts := related[2].get(old.id, [])) == 1]
        if not carried:
            return pairs, related
        for old, new in carried:  # and again: a theme may be merged into one paired now
            pairs.append((old, new, "carried", jaccard(before_words[old.id], now_words[new.id])))


def relate(left_before: list[Theme], left_now: list[Theme], all_before: list[Theme],
            matched_now: list[Theme], all_now: list[Theme], before_words: Words,
            now_words: Words) -> tuple[dict[str, Theme], dict[str, Theme], dict[str, list[Theme]]]:
    """Merges and splits among the themes the one-to-one match left over.

    Returns: last time's theme id → the theme now it was merged into; a new theme's id → last
    time's theme it was split from; last time's theme id → the new themes it was split into
    (a theme that carries on under its own or a new name may have parts split off it too).
    A theme is only merged into one that carries on from last time (into a theme new this
    time it would read "merged into" a "new" theme), and one merged away is split into nothing.
    """
    if not left_before and not left_now:
        return {}, {}, {}
    # words most themes share ("carers", "time") say nothing about which theme went where
    common = _common_words((*before_words.values(), *now_words.values()),
                           max(2, (len(all_before) + len(all_now)) / 2))
    if common:
        before_words = {k: _without(v, common) for k, v in before_words.items()}
        now_words = {k: _without(v, common) for k, v in now_words.items()}

    def best(part: frozenset[str], kind: Kind, wholes: list[Theme],
             words: dict[str, frozenset[str]]) -> Theme | None:
        """The theme whose card words hold most of ``part`` (if one holds enough)."""
        kept = _SHARES.row(part)
        scored = []
        for t in wholes:
            if t.kind == kind:
                share = kept.get(words[t.id])
                if share is None:
                    share = kept[words[t.id]] = _share(part, words[t.id])
                if share > 0:
                    scored.append((share, t))
        if not scored:
            return None
        return max(scored, key=lambda s: s[0])[1]

    merged_into = {}
    for old in left_before:
        into = best(before_words[old.id], old.kind, matched_now, now_words)
        if into is not None:
            merged_into[old.id] = into
    split_from = {}
    for new in left_now:
        source = best(now_words[new.id], new.kind, all_before, before_words)
        if source is not None and source.id not in merged_into:
            split_from[new.id] = source
    split_into: dict[str, list[Theme]] = {}
    for new in left_now:
        source = split_from.get(new.id)
        if source is not None and source.id not in merged_into:
            split_into.setdefault(source.id, []).append(new)
    return merged_into, split_from, split_into


def theme_words(theme: Theme, cards: dict[str, Card]) -> frozenset[str]:
    """The meaningful words on the theme's cards (``compare_text.texts_words``)."""
    return texts_words(tuple([cards[c].text for c in theme.card_ids if c in cards]))


class PairScores:
    """Scores of pairs of themes' word sets, kept for the same two sets: comparing again after
    an edit meets the same themes' words again (``texts_words`` gives the same set objects
    back, found by identity), so of the ~15,000 pairs of 300 themes a side only an edited
    theme's are scored again (a comparison took ~100 ms, now ~30). A row (a dict) for each
    first set, not a tuple for each pair: 27,000 more objects for the garbage collector made
    the first comparison ~50 ms slower."""

    def __init__(self) -> None:
        self._rows: dict[frozenset[str], dict[frozenset[str], float]] = {}

    def clear(self) -> None:
        """Let go of the scores and the words they were of (another workshop is open)."""
        self._rows.clear()

    def row(self, a: frozenset[str]) -> dict[frozenset[str], float]:
        """The scores kept of ``a`` with each other set: the caller fills in the missing."""
        row = self._rows.get(a)
        if row is None:
            if len(self._rows) >= KEPT:  # a long day's edits: start again
                self._rows.clear()
            row = self._rows[a] = {}
        elif len(row) >= KEPT:  # (and the sets they keep, ~10 kB each)
            row.clear()
        return row


KEPT = 2048  # sets of words: three times a 300-theme comparison's
_CARD_SCORES = PairScores()  # card words' Jaccard similarity (``match_themes``)
_SHARES = PairScores()  # how much of a theme's words sit in another's (``relate``)


@functools.lru_cache(maxsize=8)
def _common_words(words: tuple[frozenset[str], ...], most: float) -> frozenset[str]:
    """The words on more than ``most`` of the themes (``words``: each theme's)."""
    spread = Counter(w for theme in words for w in theme)
    return frozenset(w for w, n in spread.items() if n > most)


@functools.lru_cache(maxsize=KEPT)
def _without(words: frozenset[str], common: frozenset[str]) -> frozenset[str]:
    return words - common


def _name_words(theme: Theme) -> frozenset[str]:
    """``name_words``, none for a group not named yet: "Group 1 (not named yet)" and "Group 2
    (not named yet)" share "group", "nam" and "yet", which say nothing about what they hold."""
    return frozenset() if is_unnamed(theme.name) else name_words(theme.name)


def _within(a: str, b: str) -> bool:
    """One name's words all in the other's, in its order: words added or taken away ("I feel
    lonely and cut off" → "I feel lonely"; "I want to stay in my own home" → "… stay living in
    my own home"). Such a pair needs no card words in common, as a small theme's cards, in
    other people's words, share few; two themes sharing some name words and
    not others ("lonely at weekends", "safe at home at weekends") still do."""
    x, y = sorted((name_word_list(a), name_word_list(b)), key=len)
    if not x:
        return False
    rest = iter(y)
    return all(word in rest for word in x)


def _held(a: frozenset[str], b: frozenset[str]) -> float:
    """How much of the smaller set of words is in the other (0 if either is empty)."""
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0


def _share(part: frozenset[str], whole: frozenset[str]) -> float:
    """How much of ``part`` is in ``whole`` (0 unless it is enough to call them related)."""
    shared = len(part & whole)
    if shared < RELATED_MIN_WORDS or shared < RELATED_SHARE * len(part):
        return 0.0
    return shared / len(part)

