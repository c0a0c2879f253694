"""A found name taken whole: the given name before a surname found on its own ("Sue O'Brien
helps me" showed "Sue [name] helps me") and an initial and surname after a given name found on
its own ("My carer is Hope J Green" showed "[name] J Green"). A name half hidden is still a
name on the wall, so the words that finish it are hidden with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wtfc.importing.initial_surnames import NOT_BARE_SURNAMES, is_surname
from wtfc.importing.name_letters import LETTER, LOWER, UPPER
from wtfc.importing.name_words import (
    AMBIGUOUS_GIVEN_NAMES,
    GIVEN_NAMES,
    ORDINARY_WORDS,
    PLACE_WORDS,
    WORDS_AFTER_A_OR_I,
)
from wtfc.importing.not_english import english_beyond_welsh, not_english
from wtfc.importing.unlisted_names import may_be_a_name
from wtfc.model.search_key import search_key

# A capitalised word, then a space, at the end of the text before a name: "Sue " of "Sue O'Brien"
_WORD_BEFORE = re.compile(f"(?<![\\w'’-])([{UPPER}][{LOWER}]+)[ \\t]+$")
# An initial, with or without its full stop, and a capitalised word: " J Green", " J. Green";
# "A", "I" or "O" only before a surname no list knows as a word ("John A Smith", not "Thanks
# Mary A Lot")
_INITIAL_SURNAME = re.compile(
    f"[ \\t]+([{UPPER}])(?:\\.[ \\t]*|[ \\t]+)([{UPPER}][{LETTER}]*(?:['’][{LETTER}]+)*)"
    r"(?![\w'’-])")
_GIVEN = GIVEN_NAMES | AMBIGUOUS_GIVEN_NAMES
# A span that starts with an initial ("J. Green", "J GREEN"): the given name before it is the
# same person's in either case ("Hope J. Green helps me", "HOPE J GREEN CAME LATE")
_STARTS_WITH_INITIAL = re.compile(
    f"[{UPPER}](?:\\.[ \t]*|[ \t]+)[{UPPER}]|[{LOWER}](?:\\.[ \t]*|[ \t]+)[{LOWER}]")
# ... and in lower case: "hope j. green came late"
_ONE_CASE_WORD_BEFORE = re.compile(
    f"(?<![\\w'’-])([{UPPER}](?:[{LOWER}]+|[{UPPER}]+)|[{LOWER}]+)[ \t]+$")
# Words that join a surname to the word after them ("Jo De Souza", "Sue Van Der Berg", "Gwen ap
# Rhys"), then the capitalised rest of the surname
_PARTICLES = r"(?:[Dd][aeiu]|[Dd]e[lr]|[Vv][ao]n|[Ll][ae]|[Mm]ac|ap|ab|bin)"
_PARTICLE_SURNAME = re.compile(
    rf"((?:[ \t]+{_PARTICLES})*)"
    f"[ \t]+[{UPPER}][{LETTER}]*(?:['’][{LETTER}]+)*(?![\\w'’-])")
_PARTICLE = re.compile(rf"(?<![\w'’-]){_PARTICLES}$")  # a span that ends "Jo De"


def whole_names(text: str, names: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The name spans ``names`` (sorted, none overlapping) widened to a given name just before
    a surname no list knows as a word and to an initial and surname just after. Names a space
    apart stay apart: a pasted "Green" and "Lane" are read on as a place ("Green Lane
    surgery"), "Will Day" as a question to Mr Day. In capitals W, Z, U, Y and E with no full
    stop are words, not initials ("SYN MAREK W ANGLII", "AMAR MEYE NASREEN E THAKE") unless the
    card has an English function word beyond AM ("MY CARER JOHN W SMITH IS KIND"), and in a
    card not in English no letter is one ("WALAASHAY FATIMA I CAAWISA")."""
    widened: list[tuple[int, int]] = []
    initials = not not_english(text)
    for start, end in names:
        if widened and start < widened[-1][1]:
            start, end = widened[-1][0], max(end, widened.pop()[1])  # "Hope J Green" twice
        initial = _STARTS_WITH_INITIAL.match(text, start) is not None
        before = (_ONE_CASE_WORD_BEFORE if initial else _WORD_BEFORE).search(
            text, max(0, start - 40), start)
        if before and search_key(before[1]) in _GIVEN and (
                before[1].islower() == text[start].islower()) and (  # "i will J. Green"
                initial or _surname_only(text[start:end])) and (
                not widened or widened[-1][1] <= before.start(1)):
            start = before.start(1)  # "Sue O'Brien", "Hope J. Green"
        rest = _PARTICLE_SURNAME.match(text, end)
        if rest and (rest[1] or _PARTICLE.search(text, start, end)):
            end = rest.end()  # "Jo De" of "Jo De Souza", "Gwen" of "Gwen ap Rhys": all of it
        after = _INITIAL_SURNAME.match(text, end) if initials else None
        if after and is_surname(after[2]) and (
                after[1] not in "AIO" or surname_after_a_word_letter(after[2])) and not (
                after[1] in "WZUYE" and after[2].isupper() and text[after.start(1) + 1] != "."
                and not english_beyond_welsh(text)):
            end = after.end()  # "Hope J Green", "John A Smith"; not "Thanks Mary A Lot"
        widened.append((start, end))
    return widened


def _surname_only(name: str) -> bool:
    """Whether ``name`` is one word no list of the guard's knows as a word or a place's
    ("O'Brien", "Okafor"; not "Hall" of "Christmas Eve Hall", nor "Mrs Jones")."""
    key = search_key(name)
    return " " not in name and may_be_a_name(name) and key not in PLACE_WORDS and (
        key not in _GIVEN)


# What "a", "I" or "o" says before it as a word ("A LOT", "I THINK", "A BIT"), or no surname is
_NOT_SURNAMES_AFTER_A = (WORDS_AFTER_A_OR_I | ORDINARY_WORDS | AMBIGUOUS_GIVEN_NAMES
                         | NOT_BARE_SURNAMES | PLACE_WORDS)


def surname_after_a_word_letter(word: str) -> bool:
    """Whether `word` after a given name and "A", "I" or "O" makes that letter an initial: a
    surname no list knows as a word ("JOHN A SMITH", "MARY I JONES"; not "MARY A LOT", "JOHN I
    THINK", "HOPE A GREEN")."""
    return is_surname(word, after=_NOT_SURNAMES_AFTER_A) and may_be_a_name(word)
