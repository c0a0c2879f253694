"""Given names that are words, in a card typed all in capitals: "JACK CAME LATE AGAIN", "MY
CARER BILL IS LOVELY", "I WANT TO SEE MY GRANDSON JACK".

Typed in mixed case these are held ("Jack came late again": a person verb after a word-name
starting a sentence; "My carer Bill": a relation before it), but the capitals rules ask more of
a word-name, as a card in capitals uses the words as words ("BILL IS TOO HIGH", "MARK MY
WORDS"), so the same cards went to the wall whole (code review W1 S2). Here the mixed-case
rules read a copy recased as a person would type it: each word-name capitalised, the rest in
lower case, each letter where it was typed. Only what a capital letter does not itself decide
is kept: a word-name starting a sentence, and one after a relation ("my carer Bill") that is
not as often the word there ("MY SON WILL VISIT", "MY SON MILES AWAY"); mid-sentence the
capital letter alone would make "I HAVE NO JOY WITH THEM", "MY GAS BILL" names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from wtfc.importing.bare_given_names import said_after_surname

# the capitals rules' own test of a surname after a given name (private there; one rule)
from wtfc.importing.capital_names import _surname_end as capitals_surname_end
from wtfc.importing.known_names import starts_sentence
from wtfc.importing.lower_case_pasted import used_as_a_verb
from wtfc.importing.name_words import AMBIGUOUS_GIVEN_NAMES, NOT_NAMES
from wtfc.importing.words_before import relation_before
from wtfc.model.search_key import search_key

# After a relation the word as often as the name: "MY SON WILL VISIT", "MY SON MAY COME", "MY
# SON MILES AWAY NEVER RINGS", "MY CARER GRANT WAS STOPPED"
_NOT_AFTER_A_RELATION = NOT_NAMES | {"grant", "miles", "rich", "art", "chase"}
# After a surname, a verb's object does not say these: "MY HUSBAND WILL HARGREAVES DIED / IS"
_SAID_OF_SOMEONE = re.compile(r"[ \t]+(?:died|passed[ \t]+away|is|was|has|had)\b")
_LETTER_RUNS = re.compile("[a-z]+")
# A word in capitals and its possessive's "'S": "JACK", "ROSE'S"
_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]+(?=(?:['’]S)?(?![\w'’-]))")


class _Span(Protocol):  # what the mixed-case rules find: a Finding's start and end
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def shouted_word_names(
        text: str, names: Callable[[str], Sequence[_Span]]) -> list[tuple[int, int]]:
    """Where `text`, all in capitals, names someone by a given name that is also a word, as
    (start, end) pairs; ``names`` is the guard's rules for capitalised words in mixed case."""
    if not text.isupper():
        return []
    lowered = text.lower()
    if AMBIGUOUS_GIVEN_NAMES.isdisjoint(_LETTER_RUNS.findall(lowered)):
        return []  # most cards: no word-name at all, found in one quick pass
    recased = list(lowered)
    if len(recased) != len(text):  # "İ" lowers to two letters: the places would not agree
        return []
    words = []
    surnames: dict[int, int] = {}  # a word-name's start: where its surname ends
    for m in _WORD.finditer(text):
        if m.group() == "I":
            recased[m.start()] = "I"  # the writer: "I want to see my grandson Jack"
        elif (key := search_key(m.group())) in AMBIGUOUS_GIVEN_NAMES:
            recased[m.start()] = m.group()[0]
            words.append((m.start(), m.group(), key))
            # its surname, capitalised as a person would type it: lower-cased, the rules took
            # "MY HUSBAND JACK OWENS DIED" for "Jack" alone and printed "[name] OWENS" (A8 S2)
            if (end := capitals_surname_end(text, m.end())) is not None:
                surnames[m.start()] = end
                for surname in _WORD.finditer(text, m.end(), end):
                    recased[surname.start()] = surname.group()[0]
    if not words:
        return []
    copy = "".join(recased)
    # only what a capital letter does not itself decide: a sentence's first word, or one
    # after a relation; looked at first, as the rules' run on the copy costs far more
    starts = {start for start, word, key in words if starts_sentence(copy, start) or (
        (key not in _NOT_AFTER_A_RELATION or _surname_said_of_a_person(copy, surnames.get(start)))
        and relation_before(copy[max(0, start - 30):start], word.capitalize())
        # "MY HUSBAND ROSE EARLY", "MY SON BILL ME FOR PETROL": the verb, as typed in mixed case
        and not used_as_a_verb(text, start, start + len(word), key))}
    if not starts:
        return []
    return [(f.start, f.end) for f in names(copy) if f.start in starts]


def _surname_said_of_a_person(copy: str, end: int | None) -> bool:
    """Whether a surname ending at `end` in the recased copy has what a person does after it
    ("my husband Will Hargreaves died", not "my daughter Will Ring on sunday")."""
    return end is not None and (_SAID_OF_SOMEONE.match(copy, end) is not None or said_after_surname(
        copy, end, search_key(copy[:end].split()[-1])))
