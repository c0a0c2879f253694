"""A given name pasted to watch for that is also a word, typed in lower case in a card: with
'"Smith, Jack" <…>; Bill Hargreaves; Joy Adebayo' pasted, "jack came late again", "my carer
bill is lovely", "joy rang me on sunday" went to the wall whole (code review W1 M4), since a
pasted part that is a word counts only capitalised ("may i have more help" with May Patel
pasted is the word).

Here such a word in lower case counts where the same card with the word capitalised says a
person: what a person does after it ("Jack came late", by the guard's own ``said_of`` rule)
or a relation before it ("my carer Bill"), but not a verb's or a month's name after a
relation alone ("my daughter may come", "my son will ring").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from wtfc.importing.name_words import AMBIGUOUS_GIVEN_NAMES, NOT_NAMES
from wtfc.importing.words_before import relation_before

# A word in lower case, and its possessive's "'s": "jack", "grace's"
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?=(?:['’]s)?(?![\w'’-]))")
# What a person does for someone, after the name: "grace helps every tuesday", "bill drove me"
# (the guard's ``said_of`` reads "came", "rang", "never", "is kind" and the like)
_DOES = re.compile(
    r"[ \t]+(?:helps|helped|keeps|kept|visits|visited|drives|drove|takes|took|brings"
    r"|brought|pops|popped|cooks|cooked|cleans|cleaned|checks|checked|shops|shopped|died"
    r"|passed[ \t]+away)\b")
# "the bill", "a joy", "no hope", "my gas bill": the word after a determiner or a thing
_THING_BEFORE = re.compile(r"\b(?:the|a|an|no|my|your|his|her|our|their|gas|phone)[ \t]+$")


@functools.lru_cache(maxsize=8)  # once for every card of a check
def _word_names(parts: frozenset[str]) -> frozenset[str]:
    """The pasted names' parts that are given names and words too ("jack", "bill", "may")."""
    return parts & AMBIGUOUS_GIVEN_NAMES


def pasted_in_lower_case(
        text: str, parts: frozenset[str],
        said_of: Callable[[str, int, int], bool]) -> list[tuple[int, int]]:
    """Where `text` names someone by a part of a pasted name (``parts``, in lower case) that
    is a given name and a word, typed in lower case, as (start, end) pairs; ``said_of(text,
    start, end)`` says whether the words around a capitalised word say a person."""
    names = _word_names(parts)
    if not names or not any(name in text for name in names):  # most cards: found quickly
        return []
    found = []
    for m in _LOWER_WORD.finditer(text):
        if m.group() not in names:
            continue
        # the card as the word capitalised would have it: "Jack came late again"
        copy = text[:m.start()] + m.group().capitalize() + text[m.end():]
        related = relation_before(copy[max(0, m.start() - 30):m.start()], m.group())
        if (related and m.group() not in NOT_NAMES) or (
                not _THING_BEFORE.search(text, max(0, m.start() - 8), m.start())
                and (said_of(copy, *m.span()) or _DOES.match(text, m.end()))):
            found.append(m.span())
    return found
