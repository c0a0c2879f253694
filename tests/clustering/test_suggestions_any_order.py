"""The same cards give the same suggestions whatever order they come in: two facilitators who
import the same cards in another order (the wall suggests in the order the cards were added)
saw about half of them in other groups (review 36 R5-R2)."""

from __future__ import annotations

import random
from pathlib import Path

from wtfc.clustering.suggest import group_labels, suggest_themes

# 55 not-working cards on 7 topics, in a room's own words and spellings (review 36 R5):
# topic<TAB>text
CARDS = Path(__file__).parent / "data" / "social_care_cards.tsv"


def _cards() -> tuple[list[str], list[str]]:
    rows = [line.split("\t", 1) for line in CARDS.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    # and cards of the same words, in other spellings too: they tie on their words, and the
    # tie is broken by their text, then their id, never by where they came
    texts = [text for _, text in rows] + ["I feel lonely", "i feel lonely!", "I feel lonely"]
    return texts, [f"c{i}" for i in range(len(texts))]


def _seen(suggestions) -> set[tuple[frozenset[str], str, str, str]]:
    return {(frozenset(s.member_ids), s.name, s.reason, s.typical_id) for s in suggestions}


def test_the_same_cards_in_another_order_give_the_same_suggestions(embedder):
    texts, ids = _cards()
    first = suggest_themes(texts, ids, embedder=embedder)
    assert len(first) >= 5
    for order in (list(range(len(texts)))[::-1],
                  random.Random(1).sample(range(len(texts)), len(texts))):
        shuffled = suggest_themes([texts[i] for i in order], [ids[i] for i in order],
                                  embedder=embedder)
        assert _seen(shuffled) == _seen(first)  # the same groups, names, reasons, typical cards
        place = {ids[i]: n for n, i in enumerate(order)}
        for suggestion in shuffled:  # each group's cards as the caller gave them
            assert list(suggestion.member_ids) == sorted(suggestion.member_ids, key=place.get)


def _partition(labels: list[int], ids: list[str]) -> set[frozenset[str]]:
    groups: dict[int, set[str]] = {}
    for label, ident in zip(labels, ids, strict=True):
        groups.setdefault(label, set()).add(ident)
    return {frozenset(g) for g in groups.values()}


def test_grouping_alone_is_the_same_in_any_order(embedder):
    """``group_labels``, as ``wtfc suggest --k`` and the quality figures use it."""
    texts, ids = _cards()
    order = random.Random(2).sample(range(len(texts)), len(texts))
    for k in (None, 7):
        first = group_labels(texts, k=k, embedder=embedder)
        shuffled = group_labels([texts[i] for i in order], k=k, embedder=embedder)
        assert _partition(shuffled, [ids[i] for i in order]) == _partition(first, ids)
