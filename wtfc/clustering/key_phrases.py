"""Plain-English names and reasons for a suggested group: the words its cards share that the
other cards use less ("waiting", "appointment"), and the card most typical of the group.

Themes are named as "I" statements, so a group's working name is the first sentence of one of
its own cards that speaks in the first person ("I'm on my own with it at night"): the one using
most of the key words, the most typical on a tie. A group with no such card has no working
name: the room names it. A list of shared words is not a name, and a
card cut off to fit is a misquotation.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from math import log

import numpy as np

from wtfc.clustering.filler import FILLER_WORDS
from wtfc.clustering.tokens import normalise, words

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
]) | FILLER_WORDS  # "nobody", "went", "ten": cards of any topic share them (filler.py)
# What a redacted personal detail reads as on a card ("[name]", "[phone]"): not a word of the
# person's, so never a shared word, and a card holding one is never quoted as a name.
_PLACEHOLDER = re.compile(r"\[[^\]]*\]")
# The first word of an "I" statement (after normalise: lower case, straight apostrophes).
_I_WORDS = frozenset(["i", "i'm", "i've", "i'd", "i'll"])
_MAX_NAME_CHARS = 80
_STOP = re.compile(r"([.!?…]+)['\"”’)]*\s+")  # a stop, closing quotes, then a space
# Words a full stop follows without ending the sentence. Not "etc" (it ends sentences as often
# as not: "cleaning etc. My carer…") nor "no" ("they said no. Nobody…"; "No. 12" is caught by
# the digit after it).
_ABBREVIATIONS = frozenset(["dr", "mr", "mrs", "ms", "st", "mt", "vs", "e.g", "i.e", "approx",
                            "dept", "prof", "rev", "fr", "sr", "jr"])


@dataclass(frozen=True)
class GroupDescription:
    key_words: tuple[str, ...]  # best first
    key_word_counts: tuple[int, ...]  # how many of the group's cards use each key word
    typical_index: int  # index (into the group's members) of the most typical card
    # indices (into the group's members), most typical first: where a name is looked for
    by_typicality: tuple[int, ...] = ()


def card_words(texts: Sequence[str], informativeness: Callable[[str], float]) -> list[set[str]]:
    """The content words of each card, as sets (a word counts once per card). A word and its
    plural count as one when the set uses both ("carers" and "carer": one shared word)."""
    found = [
        {
            w
            for w in words(_PLACEHOLDER.sub(" ", text) if "[" in text else text)
            if len(w) >= _MIN_LETTERS
            and not w.isdigit()
            and len(set(w)) > 1  # "xxxx": a redaction mark, not a word
            and w not in _NEVER_KEY
            and informativeness(w) >= _MIN_INFORMATIVENESS
        }
        for text in texts
    ]
    uses = Counter(w for card in found for w in card)
    pairs = [(w, w[:-1]) for w in uses if w.endswith("s") and not w.endswith("ss")
             and w[:-1] in uses]
    # both forms become the one more cards use ("carers" 2, "carer" 1: "carers"; a tie: singular)
    one: dict[str, str] = {}
    for plural, singular in pairs:
        kept = plural if uses[plural] > uses[singular] else singular
        one[plural] = one[singular] = kept
    return [{one.get(w, w) for w in card} for card in found]


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
    closeness = vectors[list(members)] @ centre
    # stable: equally typical cards keep the order they came in
    order = tuple(int(i) for i in np.argsort(-closeness, kind="stable"))
    return GroupDescription(
        key_words=tuple(w for _, _, w in top),
        key_word_counts=tuple(c for _, c, _ in top),
        typical_index=order[0] if order else 0,
        by_typicality=order,
    )


def i_statement(text: str) -> str:
    """The card's first sentence if it is a short "I" statement fit to name a theme, else ""."""
    if "[" in text and _PLACEHOLDER.search(text):
        return ""  # a redacted detail: "[name] is lovely" is no name for a theme
    sentence = " ".join(_first_sentence(text.strip()).split())
    sentence = sentence.rstrip(" .!?,;:…")
    if sentence.count("\"") % 2 or sentence.count("“") != sentence.count("”"):
        return ""  # a quotation cut open: not the person's words as they said them
    first = normalise(sentence.split(" ", 1)[0]).rstrip(",")
    if first in _I_WORDS and " " in sentence and len(sentence) <= _MAX_NAME_CHARS:
        return sentence
    return ""


def _first_sentence(text: str) -> str:
    """Up to the first full stop, ! or ? that ends a sentence: followed by a capital letter or
    a number, or by a small letter after a plain word ("my carer. she is kind", as people
    write); not after "Dr", "Mrs", "e.g." and the like, nor "No." before a number, and not an
    ellipsis (which trails off); a line break ends one too. ("I see Dr. Patel every week" is
    one sentence, not "I see Dr".)"""
    text = text.split("\n", 1)[0]
    for stop in _STOP.finditer(text):
        rest = text[stop.end():].lstrip("\"“‘'(")
        word = text[:stop.start()].rsplit(" ", 1)[-1].lower().lstrip("(\"“‘'[")
        if "…" in stop.group(1) or stop.group(1).startswith(".."):
            continue
        if stop.group(1) == "." and (word in _ABBREVIATIONS
                                     or (word == "no" and rest[:1].isdigit())):
            continue
        plain_word = word.isalpha() and len(word) > 2  # not "G.P", "a", an initial…
        if rest[:1].isupper() or rest[:1].isdigit() or rest[:1] == "[" \
                or (rest[:1].islower() and plain_word):
            return text[:stop.start() + len(stop.group(1))]
    return text


def name_from(description: GroupDescription, member_texts: Sequence[str]) -> str:
    """The working name: the first sentence of the first-person card that uses most of the
    group's key words, the more typical one on a tie; "" when no card speaks in the first
    person."""
    key = {_singular(w) for w in description.key_words}
    best, best_uses = "", -1
    for index in description.by_typicality or range(len(member_texts)):
        name = i_statement(member_texts[index])
        if not name:
            continue
        uses = len(key.intersection(_singular(w) for w in words(name)))
        if uses > best_uses:
            best, best_uses = name, uses
            if uses == len(key):
                break  # no card can do better
    return best


def _singular(word: str) -> str:
    """Crudely: "meals" and "meal" compare equal (a key word may be either form)."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def reason_from(description: GroupDescription, size: int) -> str:
    """Why these cards go together, in a sentence a facilitator can read aloud, and true of the
    group: "often" only of a word at least half its cards use, "some" of one fewer use."""
    if size == 1:
        return "A single card."
    if not description.key_words:
        return (f"These {size} cards are close in meaning, though they share no words: "
                "check that each belongs.")
    counted = list(zip(description.key_words, description.key_word_counts, strict=True))
    often = [(w, c) for w, c in counted if 2 * c >= size]
    if often:
        return (f"These {size} cards are close in meaning; they often mention "
                f"{_listed(often, size)}.")
    return (f"These {size} cards are close in meaning; some of them mention "
            f"{_listed(counted, size)}: check that each belongs.")


def _listed(counted: Sequence[tuple[str, int]], size: int) -> str:
    quoted = [f"“{w}” ({c} of {size})" for w, c in counted]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
