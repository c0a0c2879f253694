"""The words the Review comparison matches themes by: names without case, accents or
punctuation ("I feel like a package!" is "i feel like a package"), the meaningful words on
a theme's cards (common words left out), compared by how many they share (Jaccard), and the
meaningful words of a name, roughly stemmed ("My carers don't treat me with respect" and "I am
not treated with respect … by my paid carers" share "carer", "treat" and "respect")."""

from __future__ import annotations

import functools
import re
import sys
import unicodedata

from wtfc.model.search_key import search_key
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
# The openings theme names share whatever they are about ("I want…", "I feel…", "I cannot…
# on my own"): "I want to see more of my family" and "I want to get out, see people…" are two
# themes, and so are "I feel lonely at weekends" and "I feel safe at home at weekends".
_NAME_FRAME = frozenset({"want", "like", "need", "feel", "cannot", "own"})
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]{1,2})?")


def normalise_name(name: str) -> str:
    """Lower-case words only: accents, punctuation, quotes and spacing do not make a new theme.
    A name with letters outside a-z (Urdu, Bengali, Russian, Chinese…) keeps all its letters:
    its a-z words alone made every such name '', so a second Urdu theme was refused as the
    same name as the first, and Review took two different ones for one renamed."""
    if name.isascii():
        return " ".join(_words(name))
    key = search_key(name)
    if not any(ch.isalpha() and not ch.isascii() for ch in key):  # "Café" is "cafe"
        return " ".join(_words(name))
    # punctuation, symbols and spacing of any script apart ("۔", "،", "!"), letters and their
    # vowel signs kept whole (a Bengali word is not split at its vowel signs)
    category = unicodedata.category
    return " ".join("".join(" " if category(ch)[0] in "PSZC" else ch for ch in key).split())


@functools.lru_cache(maxsize=1 << 12)  # every theme's name is read at each comparison
def name_words(name: str) -> frozenset[str]:
    """A theme name's meaningful words, stemmed: common words and the openings every name
    shares left out, so two names meet on what they are about."""
    return frozenset(name_word_list(name))


def name_word_list(name: str) -> list[str]:
    """``name_words`` in the name's order: "I want to stay living in my own home" is
    ["stay", "liv", "home"]."""
    stems = (_stem(w) for w in _words(name) if w not in _STOP_WORDS and w not in _NAME_FRAME)
    return [s for s in stems if s not in _STOP_WORDS and s not in _NAME_FRAME]


def shared_name_words(before: str, now: str) -> list[str]:
    """The words of the name ``now`` that meet words of ``before`` (``name_words``), as they
    are spelt in it: what a facilitator checks a pair by ("carers, treat, respect")."""
    stems = name_words(before)
    shared = (w for w in _words(now) if w not in _STOP_WORDS and _stem(w) in stems)
    return list(dict.fromkeys(shared))


def card_words(cards: list[Card]) -> frozenset[str]:
    """The meaningful words on a set of cards (common words left out)."""
    words: set[str] = set()
    for card in cards:
        words.update(_text_words(card.text))
    return frozenset(words)


# Kept per theme too: a theme renamed, or a card of another theme edited, leaves every other
# theme's cards as they were, and their words are the same set object again (so the scores
# ``compare_match`` keeps for a pair of them are found by identity, not by comparing words).
@functools.lru_cache(maxsize=1 << 11)  # ~10 kB each: three times a 300-theme comparison's
def texts_words(texts: tuple[str, ...]) -> frozenset[str]:
    """``card_words`` of cards with these texts (a theme's, in its order)."""
    words: set[str] = set()
    for text in texts:
        words.update(_text_words(text))
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


def _stem(word: str) -> str:
    """A rough stem, enough to meet a name said another way: "carers"/"carer", "treated"/
    "treat", "getting"/"get", "hobbies"/"hobby", "centres"/"centre" (both "centr")."""
    word = word.removesuffix("'s")
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            word = word[:-len(suffix)]
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":  # "gett" → "get"
        word = word[:-1]
    return word


def _words(text: str) -> list[str]:
    if text.isascii():  # nothing to unaccent: most cards, and 2 M characters at a big borough
        return _WORD.findall(text.lower())
    return _WORD.findall(search_key(text).replace("\u2019", "'").replace("\u2018", "'"))
