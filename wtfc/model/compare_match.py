"""How the Review comparison pairs last time's themes with this time's (``compare``).

First by normalised name, then, for those left over, by how alike their cards are (Jaccard
similarity of their cards' meaningful words, at least ``CARD_MATCH_THRESHOLD``, best pairs
first). Then merges and splits among the rest: a theme left over from last time whose card
words mostly sit in one theme now was merged into it; a theme new this time whose card words
mostly sit in one of last time's (matched or not) was split off it (``RELATED_SHARE``, and at
least ``RELATED_MIN_WORDS`` shared words, so one common word never links two small themes).
"""

from __future__ import annotations

from collections import Counter

from wtfc.model.compare_text import card_words, jaccard, normalise_name
from wtfc.model.workshop import Card, Kind, Theme

CARD_MATCH_THRESHOLD = 0.25
RELATED_SHARE = 0.5
RELATED_MIN_WORDS = 2


def match_themes(before: list[Theme], now: list[Theme], before_cards: dict[str, Card],
                  now_cards: dict[str, Card]) -> list[tuple[Theme, Theme, str, float]]:
    pairs: list[tuple[Theme, Theme, str, float]] = []
    by_name: dict[tuple[Kind, str], Theme] = {}
    for theme in now:
        by_name.setdefault((theme.kind, normalise_name(theme.name)), theme)
    left_before: list[Theme] = []
    taken: set[str] = set()
    for old in before:
        new = by_name.get((old.kind, normalise_name(old.name)))
        if new is not None and new.id not in taken and normalise_name(old.name):
            pairs.append((old, new, "name", 1.0))
            taken.add(new.id)
        else:
            left_before.append(old)
    left_now = [t for t in now if t.id not in taken]

    def words_of(theme: Theme, cards: dict[str, Card]) -> frozenset[str]:
        return card_words([cards[c] for c in theme.card_ids if c in cards])

    now_words = {t.id: words_of(t, now_cards) for t in left_now}
    candidates = []
    for old in left_before:
        old_words = words_of(old, before_cards)
        for new in left_now:
            if new.kind == old.kind:
                score = jaccard(old_words, now_words[new.id])
                if score >= CARD_MATCH_THRESHOLD:
                    candidates.append((score, old, new))
    candidates.sort(key=lambda c: -c[0])  # best pairs first; each theme matches once
    used_before: set[str] = set()
    for score, old, new in candidates:
        if old.id not in used_before and new.id not in taken:
            pairs.append((old, new, "cards", score))
            used_before.add(old.id)
            taken.add(new.id)
    return pairs


def relate(left_before: list[Theme], left_now: list[Theme], all_before: list[Theme],
            matched_now: list[Theme], all_now: list[Theme], before_cards: dict[str, Card],
            now_cards: dict[str, Card],
            ) -> tuple[dict[str, Theme], dict[str, Theme], dict[str, list[Theme]]]:
    """Merges and splits among the themes the one-to-one match left over.

    Returns: last time's theme id → the theme now it was merged into; a new theme's id → last
    time's theme it was split from; last time's theme id → the new themes it was split into
    (a theme that carries on under its own or a new name may have parts split off it too).
    A theme is only merged into one that carries on from last time (into a theme new this
    time it would read "merged into" a "new" theme), and one merged away is split into nothing.
    """
    if not left_before and not left_now:
        return {}, {}, {}
    before_words = {t.id: card_words([before_cards[c] for c in t.card_ids if c in before_cards])
                    for t in all_before}
    now_words = {t.id: card_words([now_cards[c] for c in t.card_ids if c in now_cards])
                 for t in all_now}
    # words most themes share ("carers", "time") say nothing about which theme went where
    spread = Counter(w for words in (*before_words.values(), *now_words.values()) for w in words)
    common = {w for w, n in spread.items() if n > max(2, (len(all_before) + len(all_now)) / 2)}
    if common:
        before_words = {k: v - common for k, v in before_words.items()}
        now_words = {k: v - common for k, v in now_words.items()}

    def best(part: frozenset[str], kind: Kind, wholes: list[Theme],
             words: dict[str, frozenset[str]]) -> Theme | None:
        """The theme whose card words hold most of ``part`` (if one holds enough)."""
        scored = [(_share(part, words[t.id]), t) for t in wholes if t.kind == kind]
        scored = [(share, t) for share, t in scored if share > 0]
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


def _share(part: frozenset[str], whole: frozenset[str]) -> float:
    """How much of ``part`` is in ``whole`` (0 unless it is enough to call them related)."""
    shared = len(part & whole)
    if shared < RELATED_MIN_WORDS or shared < RELATED_SHARE * len(part):
        return 0.0
    return shared / len(part)
