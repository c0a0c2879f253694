"""A given name pasted to watch for that is also a word, typed in lower case in a card: with
'"Smith, Jack" <…>; Bill Hargreaves; Joy Adebayo' pasted, "jack came late again", "my carer
bill is lovely", "joy rang me on sunday" went to the wall whole (code review W1 M4), since a
pasted part that is a word counts only capitalised ("may i have more help" with May Patel
pasted is the word).

Here, in a card typed all in lower case only (a card typed normally says a name by its capital:
"Energy bill keeps going up" is the bill, review 33 A8 R1), such a word counts where the same
card with the word capitalised says a person: a relation before it ("my carer Bill"), unless
it is the verb said of that relation ("my husband rose early"); at a sentence's start or after
"and"/"with"/"told", what a person does after it ("Jack came late", by the guard's own
``said_of`` rule), only what a person alone does for a word first read as a thing ("bill rang
me", not "bill came in the post", "dawn visits are too early"); at the card's end after "i
miss", "thank you", "my carer is"; and both of a pair ("rose and mark came"). Never WILL or
MAY ("my carer will never come", "may is my review month").
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
# Word-names first read as things or feelings: at a sentence's start these need what only a
# person does ("bill rang me"), as "bill came in the post", "hope keeps me going", "dawn
# visits are too early", "bill is my daughter's job" say the thing (review 33 A8 R1)
_THINGS_FIRST = frozenset({
    "bill", "hope", "faith", "joy", "dawn", "rose", "mark", "will", "may", "summer", "june",
    "april", "august", "ivy", "holly", "ruby", "amber", "pearl", "crystal", "penny", "grant",
    "chase", "miles", "rich", "art", "sandy", "frank", "nick", "rob", "pat", "sue", "ray"})
_ONLY_A_PERSON = re.compile(
    r"[ \t]+(?:always[ \t]+|never[ \t]+|often[ \t]+)?(?:rang|rings|phoned|phones|told|tells"
    r"|asked|asks|drove|drives|cooked|cooks|cleaned|cleans|shopped|popped|visited|died"
    r"|passed[ \t]+away|(?:is|was)[ \t]+(?:(?:always|so|very|really)[ \t]+)?(?:kind|rude"
    r"|caring|helpful|patient|polite|gentle|lovely|friendly|my[ \t]+(?:carer|pa|nurse"
    r"|support[ \t]+worker|key[ \t]?worker|social[ \t]+worker)s?(?![\w'’])))\b")
# Mid-sentence, words that go before a person: "rose and mark came", "i came with jack"
_PERSON_BEFORE = re.compile(r"(?<![\w'’])(?:and|with|told|asked|rang|phoned)[ \t]+$")
# At the card's end, after a relation and "is", or after seeing, missing, thanking: "my carer
# is bill", "i miss pat", "thank you joy", "i want to see jack", "ask for rose" (A8 R3)
_NAMED_LAST = re.compile(
    r"(?<![\w'’])(?:see|saw|miss|missed|thank[ \t]+you|thanks|ask[ \t]+for|asked[ \t]+for"
    r"|love)[ \t]+$")
_RELATION_IS = re.compile(r"[ \t]+(?:is|was)[ \t]+$")
_PAIR_BEFORE = re.compile(r"(?<![\w'’])([a-z]+)[ \t]+and[ \t]+$")
_PAIR_DOES = re.compile(r"[ \t]+(?:came|come|visit|visited|rang|ring|help|helped|drove|are[ \t]+"
                        r"(?:my|our|kind|lovely)|were[ \t]+(?:my|our|kind|lovely))(?![\w'’])")
_CARD_END = re.compile(r"[ \t]*[.!?]*[ \t]*$")
# What a verb that is a name takes after it, after a relation starting its sentence: "my
# husband rose early / at six / to get a drink", "my son bill me for petrol", "my daughter hope
# so" are the verbs (review 33 A8 R2); "my wife rose is poorly" is a name
_VERB_USE = {
    "rose": r"to|at|from|through|early|up|out|in|on|over|into|onto|with|above|before|after",
    "hope": r"so|not|to|that|it|i|you|we|they|he|she",
    **dict.fromkeys(("bill", "mark", "sue", "pat", "rob", "nick"),
                    r"me|us|him|her|them|the|it|my|his|their|our|a|an|you"),
}
_VERB_USE_AFTER = {key: re.compile(rf"[ \t]+(?:{words})(?![\w'’])", re.IGNORECASE)
                   for key, words in _VERB_USE.items()}
_SUBJECT_RELATION = re.compile(
    r"(?:^|[.!?;:\n])[ \t\"'“‘(]*(?:(?:my|our|his|her|their)[ \t]+(?:[^\W\d_]+['’]?[ \t]+){1,2}"
    r"|[^\W\d_]+[ \t]+)$",  # "MY OLD CARER ", "SISTER "
    re.IGNORECASE)


def used_as_a_verb(text: str, start: int, end: int, key: str) -> bool:
    """Whether the word-name at `start` (``key`` its lower case) is a verb said of the relation
    starting its sentence before it: "MY HUSBAND ROSE EARLY", "MY SON BILL ME FOR PETROL"."""
    after = _VERB_USE_AFTER.get(key)
    return (after is not None and after.match(text, end) is not None
            and _SUBJECT_RELATION.search(text, max(0, start - 40), start) is not None)


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
    if text != text.lower():  # a card typed normally: "Energy bill keeps going up" (A8 R1)
        return []
    names = _word_names(parts)
    if not names or not any(name in text for name in names):  # most cards: found quickly
        return []
    found = []
    for m in _LOWER_WORD.finditer(text):
        key = m.group()
        if key not in names or key in NOT_NAMES:  # "may is my review month", "will the carer"
            continue
        before = text[max(0, m.start() - 30):m.start()]
        # the card as the word capitalised would have it: "Jack came late again"
        copy = text[:m.start()] + key.capitalize() + text[m.end():]
        if relation_before(copy[max(0, m.start() - 30):m.start()], key):
            if not used_as_a_verb(text, *m.span(), key):
                found.append(m.span())
        elif _CARD_END.match(text, m.end()) and _named_last(before, key):
            found.append(m.span())
        elif (pair := _PAIR_BEFORE.search(before)) is not None and pair[1] in names and (
                pair[1] not in NOT_NAMES):
            # two pasted names: "rose and mark came", "jack and joy visit" (A8 R3)
            if _PAIR_DOES.match(text, m.end()) or said_of(copy, *m.span()):
                found.append(m.span())
        elif _starts_sentence(text, m.start()) or _PERSON_BEFORE.search(before):
            if key in _THINGS_FIRST:
                if _ONLY_A_PERSON.match(text, m.end()):
                    found.append(m.span())
            elif said_of(copy, *m.span()) or _DOES.match(text, m.end()):
                found.append(m.span())
    # the first of a pair whose second is held: "rose and mark came" (A8 R3)
    for start, _ in list(found):
        pair = _PAIR_BEFORE.search(text, max(0, start - 30), start)
        if pair is not None and pair[1] in names and pair[1] not in NOT_NAMES and (
                (span := pair.span(1)) not in found):
            found.append(span)
    return found


def _named_last(before: str, key: str) -> bool:
    """Whether the words before a word-name ending its card name it: "i miss ", "thank you ",
    "my carer is " ("my worry is bill" is the bill)."""
    if _NAMED_LAST.search(before):
        return True
    is_ = _RELATION_IS.search(before)
    return is_ is not None and relation_before(before[:is_.start()] + " ", key)


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“‘(")
    return before == "" or before[-1] in ".!?:;\n"
