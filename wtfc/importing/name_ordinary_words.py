"""Names the guard finds on weak evidence that an import shows to be ordinary words.

Two readings rest on a single capitalised word: the word after a lone letter with its full stop
("B. Better food at the day centre", one card per lettered answer of a survey) and the second
of two words joined by "and" before a role ("Rose and Memory from the agency"). Each holds back
its own card, but spread, "better" or "memory" held back every card saying it (12 of 13 cards of
one survey). The import says which they are: a word its other cards write in lower case, and
never capitalised mid-sentence, is an ordinary word there and holds back no other card; "Tendai"
or "Smith", written only with a capital, still spreads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from wtfc.importing.name_letters import NEXT_WORD
from wtfc.importing.name_words import PERSON_VERBS
from wtfc.importing.words_before import relation_before, title_before
from wtfc.model.search_key import search_key

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# "B. Better", "D. Respite": a lone letter, its full stop, one word
_LETTER_AND_WORD = re.compile(r"[A-Za-z]\.[ \t]+([^\W\d_][\w'’-]*)")
# "Rose and Memory": the word before the name, joined to it
_JOINED_BEFORE = re.compile(r"[^\W\d_]+[ \t]+(?:and|&)[ \t]+$")
# after a word or a comma: a capital there says a name ("I saw Brown at the shop")
_MID_SENTENCE = re.compile(r"(?:[^\W\d_]|,)[ \t]+$")
# "i rang okoro", "no help at all": a card typed all in lower case says nothing of a word's case
_LOWER_I = re.compile(r"(?:^|[ \t])i(?:[ \t']|$)")
# "j. okoro", "mrs okoro": a name typed in lower case is no ordinary word
_LONE_LETTER_BEFORE = re.compile(r"(?<![\w])[a-z]\.[ \t]+$")


def _says_case(text: str) -> bool:
    return any(ch.isupper() for ch in text) and _LOWER_I.search(text) is None


def weak_word(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The word (lower case) of the name at text[start:end], and where it starts, when only a
    lone letter or a joined name says it is one: no relation word before, no person verb after."""
    name = text[start:end]
    m = _LETTER_AND_WORD.fullmatch(name)
    if m is None:
        if not _WORD.fullmatch(name) or not _JOINED_BEFORE.search(text, max(0, start - 40), start):
            return None
        word, at = name, start
    else:
        word, at = m[1], start + m.start(1)
    following = NEXT_WORD.match(text, end)
    if following is not None and search_key(following[1]) in PERSON_VERBS:
        return None  # "A. Smith came at 9"
    if relation_before(text[max(0, start - 30) : start]):
        return None  # "my carer B. Better"
    return word.casefold(), at


def ordinary_words(
    texts: Iterable[str], words: set[str], found_at: set[tuple[str, int]]
) -> set[str]:
    """Those of ``words`` that ``texts`` write in lower case and never capitalise mid-sentence,
    but where they were found (``found_at``: each text and where its word starts)."""
    lower: set[str] = set()
    capitalised: set[str] = set()
    if not words:
        return set()
    # a quick look first: of 10,000 cards only a few say one of the words at all, and reading
    # each card word by word made opening Add card 8 → 48 ms; the case-folded text holds every
    # word's case-folded form, so no card that says one is passed over
    said = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True)))).search
    for text in texts:
        if said(text.casefold()) is None:
            continue
        for m in _WORD.finditer(text):
            key = m.group().casefold()
            if key not in words:
                continue
            if m.group()[0].islower():
                before = text[max(0, m.start() - 30) : m.start()]
                if _says_case(text) and not _LONE_LETTER_BEFORE.search(before) and not (
                        title_before(before) or relation_before(before)):
                    lower.add(key)
            elif (text, m.start()) not in found_at and _MID_SENTENCE.search(
                    text, max(0, m.start() - 30), m.start()):
                capitalised.add(key)
    return lower - capitalised
