"""Theme suggestions for the wall: groups of similar cards with a name and a reason, "where
does this card go?" and "cards like this one". No Qt; call from a worker thread with a progress
callback. Deterministic: the same cards give the same suggestions, in whatever order they come.

The embedder is the shipped static table unless the caller passes another (tests, or an
optional heavier model); anything with ``embed(texts) -> unit rows`` and
``informativeness(word) -> 0..1`` will do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

import numpy as np

from wtfc.clustering.filler import says_nothing
from wtfc.clustering.grouping import kmeans_groups, louvain_groups
from wtfc.clustering.key_phrases import (
    card_words,
    describe_group,
    name_from,
    reason_from,
    watched_words,
)
from wtfc.clustering.static_embedding import default_embedder
from wtfc.clustering.tightening import largest_theme, tighten
from wtfc.clustering.tokens import words

Progress = Callable[[float], None]
K = TypeVar("K", bound=Hashable)  # a theme's or a card's id, handed back as given
# From this many cards a set is taken to span several topics (see without_common_part).
CENTRE_FROM = 20


class Embedder(Protocol):
    def embed(self, texts: Sequence[str]) -> np.ndarray: ...
    def informativeness(self, word: str) -> float: ...


@dataclass(frozen=True)
class Suggestion:
    """A proposed theme: the room accepts, edits or dismisses it."""

    member_ids: tuple[str, ...]  # in input order
    name: str  # an "I" statement quoted from a member card, or "" (the room names it)
    reason: str  # plain English: what the cards share
    key_words: tuple[str, ...]
    typical_id: str  # the card nearest the group's centre


def group_labels(
    texts: Sequence[str],
    *,
    k: int | None = None,
    embedder: Embedder | None = None,
    progress: Progress | None = None,
) -> list[int]:
    """A group number for every statement (0 = largest group). Automatic count unless ``k``.

    The same statements in any order are grouped alike (the numbers of groups of one size may
    differ). Identical statements (after case, accents and punctuation are ignored) always
    share a group. Statements with no recognisable word, and those that say nothing on their
    own ("ok", "see above": ``filler.says_nothing``), share one group of their own.
    """
    if k is not None and k < 1:
        raise ValueError("the number of groups must be at least 1")
    report = progress or (lambda _: None)
    report(0.0)
    keys = ["" if says_nothing(t) else " ".join(words(t)) for t in texts]
    # in an order of their own, not the caller's: Louvain's result follows its nodes' order, so
    # the same statements in another order were grouped otherwise (review 36 R5-R2; the dev
    # set's cross-fitted ARI ranged 0.32-0.37 over five orders of its rows)
    unique_keys = sorted(set(keys))
    embedder = embedder or default_embedder()
    known = [key for key in unique_keys if key]
    vectors = embedder.embed(known) if known else np.zeros((0, 1), dtype=np.float32)
    usable = np.linalg.norm(vectors, axis=1) > 0
    report(0.2)
    clustered = [key for key, ok in zip(known, usable, strict=True) if ok]
    points = without_common_part(vectors[usable])
    if k is None:
        found = louvain_groups(points, progress=lambda f: report(0.2 + 0.7 * f))
    else:
        found = kmeans_groups(points, k=k) if len(points) else np.zeros(0, dtype=np.int64)
    group_of = dict(zip(clustered, found.tolist(), strict=True))
    leftover = 1 + max(group_of.values(), default=-1)
    raw = [group_of.get(key, leftover) for key in keys]
    report(1.0)
    return _number_by_size(raw)


def suggest_themes(
    texts: Sequence[str],
    ids: Sequence[str],
    *,
    k: int | None = None,
    min_size: int = 2,
    embedder: Embedder | None = None,
    progress: Progress | None = None,
    never_quote: Collection[str] = (),
) -> list[Suggestion]:
    """Suggested themes, largest first; groups smaller than ``min_size`` are not suggested.

    Each group is made close (``tightening``): a loose or oversized group is split, and cards
    that fit their group poorly are left out of every suggestion, for the room to sort by hand.
    Cards that say nothing on their own ("ok", "see above") are in no suggestion. The words of
    ``never_quote`` (personal details the guard found, on any card) are never a suggestion's
    name nor a shared word in its reason.
    """
    if len(texts) != len(ids):
        raise ValueError("texts and ids must be the same length")
    # Grouped in an order of their own (by their words, then text, then id), so that the same
    # cards in another order give the same suggestions: Louvain and the splits' k-means follow
    # the order of their rows, and a room importing the same cards in another order saw about
    # half of them grouped differently (review 36 R5-R2). ``said[row]`` is the card's place in
    # the caller's order, which each suggestion's members are handed back in.
    said = sorted((i for i, text in enumerate(texts) if not says_nothing(text)),
                  key=lambda i: (" ".join(words(texts[i])), texts[i], ids[i]))
    texts, ids = [texts[i] for i in said], [ids[i] for i in said]
    if not texts:
        if progress:
            progress(1.0)
        return []
    embedder = embedder or default_embedder()
    report = progress or (lambda _: None)
    labels = group_labels(texts, k=k, embedder=embedder, progress=lambda f: report(0.9 * f))
    vectors = without_common_part(embedder.embed(texts))
    watched = watched_words(never_quote)
    per_card = card_words(texts, embedder.informativeness, watched)
    frequency = Counter(w for s in per_card for w in s)
    groups = []
    for group in range(max(labels) + 1):
        members = [i for i, g in enumerate(labels) if g == group]
        if len(members) >= min_size and vectors[members].any():
            groups += tighten(vectors, members, largest=largest_theme(len(texts)))
    groups = [g for g in groups if len(g) >= min_size]
    # largest first, then as the cards came
    groups.sort(key=lambda g: (-len(g), min(said[i] for i in g)))
    suggestions = []
    for members in groups:
        description = describe_group(
            members, vectors=vectors, words_per_card=per_card, document_frequency=frequency
        )
        typical = members[description.typical_index]
        suggestions.append(
            Suggestion(
                member_ids=tuple(ids[i] for i in sorted(members, key=said.__getitem__)),
                name=name_from(description, [texts[i] for i in members], watched),
                reason=reason_from(description, len(members)),
                key_words=description.key_words,
                typical_id=ids[typical],
            )
        )
    report(1.0)
    return suggestions


def without_common_part(vectors: np.ndarray) -> np.ndarray:
    """The (unit) rows less what the whole set has in common, normalised again.

    Every card of a workshop speaks of care, carers and the person's day: that shared part made
    cards of different topics look alike (a plain English set of six topics came back as mixed
    groups). Taking the set's mean away leaves what sets each card apart; on the labelled dev
    set grouping agrees better with the human themes (ARI 0.33 -> 0.36). A handful of cards is
    likely one topic, whose mean is the topic itself: below ``CENTRE_FROM`` rows, unchanged.
    Zero rows (no known word) stay zero.
    """
    known = np.linalg.norm(vectors, axis=1) > 0
    if int(known.sum()) < CENTRE_FROM:
        return vectors
    centred = np.zeros_like(vectors)
    centred[known] = vectors[known] - vectors[known].mean(axis=0)
    norms = np.linalg.norm(centred, axis=1, keepdims=True)
    np.divide(centred, norms, out=centred, where=norms > 0)
    return centred


def known_words(texts: Sequence[str], *, embedder: Embedder | None = None) -> list[bool]:
    """Whether wtfc can read each text: most of its words are in the embedder's table, as the
    grouping needs. One it cannot (another language, only numbers) can be neither grouped nor
    placed, and is left for the room to sort."""
    if not texts:
        return []
    vectors = (embedder or default_embedder()).embed(list(texts))
    return (np.linalg.norm(vectors, axis=1) > 0).tolist()


def rank_themes(
    card_text: str,
    themes: Mapping[K, Sequence[str]],
    *,
    embedder: Embedder | None = None,
) -> list[tuple[K, float]]:
    """Themes by how well the card fits (cosine to the theme's cards' centre), best first.

    A theme's texts are its cards (and, if the caller wishes, its name). A theme with no
    recognisable words scores 0 and ranks last (a real theme can score below 0: cosines in the
    topic-projected space may be negative). Equal scores keep the order of ``themes``.
    """
    if not themes:
        return []
    embedder = embedder or default_embedder()
    card = embedder.embed([card_text])[0]
    scores: list[tuple[K, float]] = []
    empty: list[bool] = []
    for theme_id, texts in themes.items():
        centre = embedder.embed(list(texts)).sum(axis=0) if texts else np.zeros_like(card)
        norm = np.linalg.norm(centre)
        scores.append((theme_id, float(card @ centre / norm) if norm > 0 else 0.0))
        empty.append(norm == 0)
    order = sorted(range(len(scores)), key=lambda i: (empty[i], -scores[i][1], i))
    return [scores[i] for i in order]


def similar_cards(
    card_text: str,
    candidates: Mapping[K, str],
    *,
    limit: int | None = 10,
    embedder: Embedder | None = None,
) -> list[tuple[K, float]]:
    """Candidate ids by similarity to the card, most similar first (at most ``limit``)."""
    if not candidates:
        return []
    embedder = embedder or default_embedder()
    ids = list(candidates)
    vectors = embedder.embed([card_text, *candidates.values()])
    similarity = vectors[1:] @ vectors[0]
    order = np.argsort(-similarity, kind="stable")[: limit if limit is not None else len(ids)]
    return [(ids[i], float(similarity[i])) for i in order]


def _number_by_size(raw: Sequence[int]) -> list[int]:
    """Renumber groups 0, 1, 2... by size (largest first), ties by first appearance."""
    sizes = Counter(raw)
    first = {g: raw.index(g) for g in sizes}
    order = sorted(sizes, key=lambda g: (-sizes[g], first[g]))
    new = {g: i for i, g in enumerate(order)}
    return [new[g] for g in raw]
