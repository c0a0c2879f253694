"""Plain-English names and reasons for a suggested group: the words its cards share that the
other cards use less ("waiting", "appointment"), and the card most typical of the group."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from math import log

import numpy as np

from wtfc.clustering.tokens import words

# Words this common in English ("the", "was", "very") say nothing about a theme.
_MIN_INFORMATIVENESS = 0.75
_MIN_LETTERS = 3
_MAX_KEY_WORDS = 3
# Words the frequency table misses (contractions) or that every review statement uses.
_NEVER_KEY = frozenset([
    "i'd", "i'm", "i've", "i'll", "it's", "don't", "can't", "won't", "didn't", "doesn't",
    "isn't", "wasn't", "couldn't", "wouldn't", "they're", "we're", "you're", "there's",
    "that's", "what's", "let's", "happens", "happen", "happened", "things", "thing", "want",
    "wants", "wanted", "like", "would", "could", "should", "really", "always", "never", "just",
    "get", "got",
])


@dataclass(frozen=True)
class GroupDescription:
    key_words: tuple[str, ...]  # best first
    key_word_counts: tuple[int, ...]  # how many of the group's cards use each key word
    typical_index: int  # index (into the group's members) of the most typical card


def card_words(texts: Sequence[str], informativeness: Callable[[str], float]) -> list[set[str]]:
    """The content words of each card, as sets (a word counts once per card)."""
    return [
        {
            w
            for w in words(text)
            if len(w) >= _MIN_LETTERS
            and not w.isdigit()
            and len(set(w)) > 1  # "xxxx": a redaction mark, not a word
            and w not in _NEVER_KEY
            and informativeness(w) >= _MIN_INFORMATIVENESS
        }
        for text in texts
    ]


def describe_group(
    members: Sequence[int],
    *,
    vectors: np.ndarray,
    words_per_card: Sequence[set[str]],
    document_frequency: Counter[str],
) -> GroupDescription:
    """Key words by lift over the whole set, weighted by how many members use them."""
    size, total = len(members), len(words_per_card)
    in_group = Counter(w for m in members for w in words_per_card[m])
    scored = []
    for word, count in in_group.items():
        if count < 2 and size > 1:
            continue  # one card's word is not something the group shares
        share = count / size
        lift = share / (document_frequency[word] / total)
        scored.append((share * log(1 + lift), count, word))
    scored.sort(key=lambda s: (-s[0], -s[1], s[2]))
    top = scored[:_MAX_KEY_WORDS]
    centre = vectors[list(members)].sum(axis=0)
    typical = int(np.argmax(vectors[list(members)] @ centre)) if size else 0
    return GroupDescription(
        key_words=tuple(w for _, _, w in top),
        key_word_counts=tuple(c for _, c, _ in top),
        typical_index=typical,
    )


def name_from(description: GroupDescription, typical_text: str) -> str:
    """A short working name. Themes are named as "I" statements, so a short typical card that
    already speaks in the first person is the best start; otherwise the key words."""
    first_person = typical_text.split(" ", 1)[0].rstrip(",") in {"I", "I'm", "I've", "My", "We"}
    if first_person and len(typical_text) <= 80:
        return typical_text.rstrip(".")
    if description.key_words:
        return ", ".join(description.key_words).capitalize()
    return typical_text if len(typical_text) <= 60 else typical_text[:57].rstrip() + "..."


def reason_from(description: GroupDescription, size: int) -> str:
    """Why these cards go together, in a sentence a facilitator can read aloud."""
    if size == 1:
        return "A single card."
    if not description.key_words:
        return f"These {size} cards say similar things in different words."
    quoted = [
        f"“{w}” ({c} of {size})"
        for w, c in zip(description.key_words, description.key_word_counts, strict=True)
    ]
    listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
    return f"These {size} cards are close in meaning; they often mention {listed}."
