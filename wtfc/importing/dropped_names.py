"""The capitalised, name-like words one wording has and another lacks.

A facilitator takes a name off a card by hand where the guard did not know it ("Zebedee came
late" made "[name] came late"), or rewords a card on the wall ("Someone from the agency…").
Those words are what they removed on purpose: History stops quoting them (``ui/undo_names``),
and the same sheet imported again holds its row back with them flagged (``reworded_rows``).

A word counts by the guard's own lists (``unlisted_names.may_be_a_name``): it is capitalised
("Zebedee", not "UK" or "I") and no everyday word, pronoun, title, month, day, place word or
body the guard knows ("May", "Tuesday", "Council" stay words). A word starting a sentence is
capitalised anyway ("Felt lonely", "Honestly…", "Bore da"), so there it counts only when it is
a given name the guard knows, or the new words put a stand-in in its place ("Zebedee from…" made
"Someone from…", "They…", "[name]…"), or, for a row imported again, what follows says a person
("Zebedee never rang"). A word fixed for a typo ("Tuesdya" to "Tuesday") is no name taken off.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wtfc.importing.known_names import starts_sentence
from wtfc.importing.name_words import GIVEN_NAMES
from wtfc.importing.unlisted_names import may_be_a_name
from wtfc.model.workshop import REDACTION_LABELS

_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]+(?:['’-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_PLACEHOLDERS = tuple(REDACTION_LABELS.values())
# what a facilitator types in a name's place at a sentence's start
_STAND_INS = r"(?i:someone|somebody|they|he|she|a[ \t]+person|the[ \t]+person)|\[name\]"
# capitalised mid-sentence in a card half put into English ("Lovely carers, Diolch yn fawr"
# made "…, thank you"): thanks and greetings, never a name
_WELSH_GREETINGS = frozenset({"diolch", "bore", "croeso", "hwyl", "noswaith", "prynhawn"})


def name_like_words(text: str, *, at_start: Callable[[int, int, str], bool] | None = None
                    ) -> list[tuple[int, int, str]]:
    """(start, end, word) of each name-like word in ``text`` ("Zebedee's": "Zebedee"); one
    starting a sentence only if a given name the guard knows or ``at_start(start, end, word)``."""
    found = []
    for m in _WORD.finditer(text):
        word = _POSSESSIVE.sub("", m.group())
        if not (word[:1].isupper() and any(c.islower() for c in word[1:])):
            continue  # "I", "UK", "NHS", "ok"
        if not may_be_a_name(word):
            continue
        end = m.start() + len(word)
        if (starts_sentence(text, m.start()) and word.casefold() not in GIVEN_NAMES
                and not (at_start and at_start(m.start(), end, word))):
            continue
        found.append((m.start(), end, word))
    return found


def dropped_names(before: str, after: str) -> list[str]:
    """The name-like words of ``before`` that ``after`` no longer has, each once: "Zebedee" of
    "Zebedee came late" made "[name] came late again". Conservative, for labels: not a word
    only respelt ("Tuesdya" made "Tuesday")."""
    typed_in = _placeholders(after) > _placeholders(before)

    def stood_in(_start: int, end: int, _word: str) -> bool:
        return typed_in or _stand_in_for(before, end, after)

    kept, added = _words(after), _words(after) - _words(before)
    words = name_like_words(before, at_start=stood_in)
    return list(dict.fromkeys(w for _, _, w in words if w.casefold() not in kept
                              and not _respelt(w.casefold(), added)))


def names_gone(was: str, now: str | None) -> list[str]:
    """The words that may name someone that a part of the workshop lost at a save (``now``:
    its words since, None when deleted), for ``model.words_taken_off``: ``dropped_names`` for
    a part reworded (not a typo fixed, nor "Group" of "Group 1 (not named yet)" as a theme is
    named); for a part deleted, each capitalised, name-like word, a sentence's first too
    ("Zebedee brought lunch")."""
    was = re.sub(r"(?m)^Group \d+ \(not named yet\)$", "", was)  # PLACEHOLDER: no name
    kept = _words(now or "")
    added = kept - _words(was)
    found = [w for _, _, w in name_like_words(was, at_start=lambda *_: True)]
    return [w for w in dict.fromkeys(found) if w.casefold() not in kept
            and not _respelt(w.casefold(), added)]


def dropped_spans(row: str, card: str) -> list[tuple[int, int, str]]:
    """Where ``row`` has a name-like word the wall's ``card`` lacks: the card was reworded from
    these words, so a word gone may be the name taken off. None where fewer than half of the
    card's words are the row's and no stand-in is typed: the card was translated or written
    afresh ("Dw i ddim yn gwybod…" made "I do not know…"). Measured from the card, as a card
    shortened to fit ("Zebedee from the agency is always late and never rings…" made "The
    agency is always late") loses most of the row's words too, yet is all the row's words. A
    sentence's first word only where a person is said to follow or a stand-in took its place
    (not "Honestly", "Bore da"); no Welsh greeting ("Diolch yn fawr" made "thank you")."""
    from wtfc.importing.said_of_a_person import said_of_a_person  # at a row imported again

    kept, had = _words(card), _words(row)
    words = [_POSSESSIVE.sub("", m.group()).casefold() for m in _WORD.finditer(card)]
    row_words = [_POSSESSIVE.sub("", m.group()).casefold() for m in _WORD.finditer(row)]
    if (2 * sum(w in had for w in words) < len(words)
            and 2 * sum(w not in kept for w in row_words) > len(row_words)
            and not _stands_in(card)):
        return []

    def a_person(start: int, end: int, _word: str) -> bool:
        return said_of_a_person(row, start, end) or _stand_in_for(row, end, card)

    return [s for s in name_like_words(row, at_start=a_person)
            if s[2].casefold() not in kept and s[2].casefold() not in _WELSH_GREETINGS]


def _stands_in(text: str) -> bool:
    """Whether ``text`` has a stand-in or a placeholder typed in a name's place."""
    return _placeholders(text) > 0 or re.search(
        rf"(?<![\w'’-])(?:{_STAND_INS})(?![\w'’-])", text) is not None


def _stand_in_for(before: str, end: int, after: str) -> bool:
    """Whether ``after`` has a stand-in ("Someone", "They", "[name]") before the word that
    followed ``before``'s word ending at ``end``: "Zebedee from" made "Someone from"."""
    follows = _WORD.search(before, end)
    return follows is not None and re.search(
        rf"(?<![\w'’-])(?:{_STAND_INS})[ \t]+{re.escape(follows.group())}(?![\w'’-])",
        after) is not None


def _respelt(word: str, added: set[str]) -> bool:
    """Whether ``word`` is a typo of one the new words added: within 2 letters of it, starting
    alike, and longer than twice that ("Tuesdya", "Tusday"; not "Jo" made "he")."""
    return any(w[:1] == word[:1] and _within_two(word, w) and len(word) > 2 * _within_two(word, w)
               for w in added)


def _within_two(a: str, b: str) -> int:
    """The edit distance between ``a`` and ``b`` if 2 or less, else 0."""
    if abs(len(a) - len(b)) > 2 or a == b:
        return 0
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1] if row[-1] <= 2 else 0


def _words(text: str) -> set[str]:
    return {_POSSESSIVE.sub("", m.group()).casefold() for m in _WORD.finditer(text)}


def _placeholders(text: str) -> int:
    return sum(text.count(p) for p in _PLACEHOLDERS)
