"""Plain-English names and reasons for a suggested group: the words its cards share that the
other cards use less ("waiting", "appointment"), and the card most typical of the group.

Themes are named as "I" statements, so a group's working name is the first sentence of one of
its own cards that speaks in the first person ("I'm on my own with it at night"): the one using
most of the key words, the most typical on a tie. A group with no such card has no working
name: the room names it. A list of shared words is not a name, and a
card cut off to fit is a misquotation. Nor is one card's sentence a name for a group it does not
describe: a name must use one of the group's key words, and a group with none is named by the
room unless it is a pair.

A personal detail the guard found (``never_quote``: "Gwenllian", "Mrs Jones") is never a key
word, and a card holding one is never quoted, wherever else in the workshop it was found.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from math import log

import numpy as np

from wtfc.clustering.filler import FILLER_WORDS, FUNCTION_WORDS
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
    "get", "got", "aren't", "weren't", "haven't", "hasn't", "hadn't", "shouldn't", "ok",
]) | FILLER_WORDS | FUNCTION_WORDS  # cards of any topic share them (filler.py): "nobody",
# "went", "ten"; and "myself", "past", "round", which pass the informativeness bar (a row read
# "shared words: morning, myself" for dressing, the hairdresser and the cat: review 36 R5-M3)
# What a redacted personal detail reads as on a card ("[name]", "[phone]"): not a word of the
# person's, so never a shared word, and a card holding one is never quoted as a name.
_PLACEHOLDER = re.compile(r"\[[^\]]*\]")
# Two-letter words are too short to be key words ("my", "go") unless typed in capitals as an
# abbreviation: "PA", "GP", "OT" are what a group about them shares.
_ABBREVIATION = re.compile(r"\b[A-Z]{2}\b")
# Titles the guard includes in a name it found ("Mrs Jones"): the name is the rest.
_TITLES = frozenset(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "sir"])
# Words every card uses: never kept out of a quoted name for being in a detail
_NOT_WATCHED = FUNCTION_WORDS | _NEVER_KEY
_MIN_WATCHED_DIGITS = 4  # "12" (a house number) is in too many cards; a phone number is not
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


def watched_words(never_quote: Iterable[str]) -> frozenset[str]:
    """The words of the personal details never to quote ("Mrs Jones": "jones"), as ``words``
    gives them, without titles, short numbers, single letters, function words and filler ("the",
    "of", "me", "may", "went"): the guard may take "I" or "Checks On Me" for a name, and
    watched, such a word would leave no card to name any group."""
    return frozenset(
        w for detail in never_quote for w in words(detail)
        if w not in _TITLES and len(w) > 1 and w not in _NOT_WATCHED
        and (not w.isdigit() or len(w) >= _MIN_WATCHED_DIGITS)
    )


def card_words(texts: Sequence[str], informativeness: Callable[[str], float],
               watched: frozenset[str] = frozenset()) -> list[set[str]]:
    """The content words of each card, as sets (a word counts once per card). A word and its
    plural count as one when the set uses both ("carers" and "carer": one shared word). A
    ``watched`` word (``watched_words``) is never one."""
    found = [_content_words(text, informativeness, watched) for text in texts]
    uses = Counter(w for card in found for w in card)
    pairs = [(w, w[:-1]) for w in uses if w.endswith("s") and not w.endswith("ss")
             and w[:-1] in uses]
    # both forms become the one more cards use ("carers" 2, "carer" 1: "carers"; a tie: singular)
    one: dict[str, str] = {}
    for plural, singular in pairs:
        kept = plural if uses[plural] > uses[singular] else singular
        one[plural] = one[singular] = kept
    return [{one.get(w, w) for w in card} for card in found]


def _content_words(text: str, informativeness: Callable[[str], float],
                   watched: frozenset[str]) -> set[str]:
    if "[" in text:
        text = _PLACEHOLDER.sub(" ", text)
    found = {
        w
        for w in words(text)
        if len(w) >= _MIN_LETTERS
        and not w.isdigit()
        and len(set(w)) > 1  # "xxxx": a redaction mark, not a word
        and w not in _NEVER_KEY
        and w not in watched
        and informativeness(w) >= _MIN_INFORMATIVENESS
    }
    for short in _ABBREVIATION.findall(text):  # kept in capitals: the reason says "PA"
        lower = short.lower()
        if lower not in _NEVER_KEY and lower not in watched \
                and informativeness(lower) >= _MIN_INFORMATIVENESS:
            found.add(short)
    return found


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


def i_statement(text: str, watched: frozenset[str] = frozenset()) -> str:
    """The card's first sentence if it is a short "I" statement fit to name a theme, else "".
    A card holding a ``watched`` word (a personal detail found on any card) is never one."""
    if "[" in text and _PLACEHOLDER.search(text):
        return ""  # a redacted detail: "[name] is lovely" is no name for a theme
    if watched and not watched.isdisjoint(words(text)):
        return ""  # "I love it when Gwenllian comes": the name would go on the room's wall
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


def name_from(description: GroupDescription, member_texts: Sequence[str],
              watched: frozenset[str] = frozenset()) -> str:
    """The working name: the first sentence of the first-person card that uses most of the
    group's key words, the more typical one on a tie. "" when no card speaks in the first
    person, when the best uses none of the key words ("I waited 6 months for an OT
    assessment" for a group about late calls), and when a group of more than two shares no
    word (one member's sentence says nothing of the others)."""
    key = {_singular(w.lower()) for w in description.key_words}
    if not key and len(member_texts) > 2:
        return ""
    best, best_uses = "", -1
    for index in description.by_typicality or range(len(member_texts)):
        name = i_statement(member_texts[index], watched)
        if not name:
            continue
        uses = len(key.intersection(_singular(w) for w in words(name)))
        if uses > best_uses:
            best, best_uses = name, uses
            if uses == len(key):
                break  # no card can do better
    return best if best_uses > 0 or not key else ""


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
