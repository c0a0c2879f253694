"""The words the Review comparison matches themes by: names without case, accents or
punctuation ("I feel like a package!" is "i feel like a package"), and the meaningful words on
a theme's cards (common words left out), compared by how many they share (Jaccard)."""

from __future__ import annotations

import functools
import re
import sys
import unicodedata

from wtfc.model.workshop import Card

# Words too common in care-review statements to say anything about what a theme is about.
_STOP_WORDS = frozenset({
    "a", "about", "after", "all", "am", "an", "and", "any", "are", "as", "at", "be", "because",
    "been", "but", "by", "can", "can't", "could", "did", "do", "does", "don't", "for", "from",
    "get", "got", "had", "has", "have", "he", "her", "him", "his", "how", "i", "i'm", "i've",
    "if", "in", "into", "is", "it", "it's", "just", "me", "more", "my", "no", "not", "of", "on",
    "or", "our", "out", "she", "so", "than", "that", "the", "their", "them", "then", "there",
    "they", "this", "to", "too", "up", "us", "very", "was", "we", "were", "what", "when", "which",
    "who", "will", "with", "would", "you", "your",
})
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]{1,2})?")


def normalise_name(name: str) -> str:
    """Lower-case words only: accents, punctuation, quotes and spacing do not make a new theme."""
    return " ".join(_words(name))


def card_words(cards: list[Card]) -> frozenset[str]:
    """The meaningful words on a set of cards (common words left out)."""
    words: set[str] = set()
    for card in cards:
        words.update(_text_words(card.text))
    return frozenset(words)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared words over all words: 1.0 for the same set, 0.0 for nothing in common."""
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


# Kept per text, not per theme: an edit changes one card or theme, and the comparison reads
# every card of both cycles (twice: to match themes, then to find merges and splits) each time
# Review looks again. Big enough for 16,000 cards a side; a cycle bigger than that only misses.
@functools.lru_cache(maxsize=1 << 15)
def _text_words(text: str) -> tuple[str, ...]:
    # interned, so the cache holds one copy of each word, not one per card it is on
    return tuple(dict.fromkeys(sys.intern(w) for w in _words(text) if w not in _STOP_WORDS))


def _words(text: str) -> list[str]:
    if text.isascii():  # nothing to unaccent: most cards, and 2 M characters at a big borough
        return _WORD.findall(text.lower())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return _WORD.findall(text)
