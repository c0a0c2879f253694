"""The capitalised, name-like words one wording has and another lacks.

A facilitator takes a name off a card by hand where the guard did not know it ("Zebedee came
late" made "[name] came late"), or rewords a card on the wall ("Someone from the agency…").
Those words are what they removed on purpose: History stops quoting them (``ui/undo_names``),
and the same sheet imported again holds its row back with them flagged (``reworded_rows``).

A word counts by the guard's own lists (``unlisted_names.may_be_a_name``): it is capitalised
("Zebedee", not "UK" or "I") and no everyday word, pronoun, title, month, day, place word or
body the guard knows ("May", "Tuesday", "Council" stay words). A word starting a sentence is
capitalised anyway ("Felt lonely", "Thank you"), so there it counts only when it is a given
name the guard knows, or when ``sentence_starts`` says the new words show why it went (a
"[name]" typed in its place).
"""

from __future__ import annotations

import re

from wtfc.importing.known_names import starts_sentence
from wtfc.importing.name_words import GIVEN_NAMES
from wtfc.importing.unlisted_names import may_be_a_name
from wtfc.model.workshop import REDACTION_LABELS

_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]+(?:['’-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_PLACEHOLDERS = tuple(REDACTION_LABELS.values())


def name_like_words(text: str, *, sentence_starts: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, word) of each name-like word in ``text`` ("Zebedee's": "Zebedee")."""
    found = []
    for m in _WORD.finditer(text):
        word = _POSSESSIVE.sub("", m.group())
        if not (word[:1].isupper() and any(c.islower() for c in word[1:])):
            continue  # "I", "UK", "NHS", "ok"
        if not may_be_a_name(word):
            continue
        if (not sentence_starts and starts_sentence(text, m.start())
                and word.casefold() not in GIVEN_NAMES):
            continue
        found.append((m.start(), m.start() + len(word), word))
    return found


def dropped_names(before: str, after: str) -> list[str]:
    """The name-like words of ``before`` that ``after`` no longer has, each once: "Zebedee" of
    "Zebedee came late" made "[name] came late again". Conservative, for labels."""
    typed_in = _placeholders(after) > _placeholders(before)
    kept = _words(after)
    words = name_like_words(before, sentence_starts=typed_in)
    return list(dict.fromkeys(w for _, _, w in words if w.casefold() not in kept))


def dropped_spans(row: str, card: str) -> list[tuple[int, int, str]]:
    """Where ``row`` has a name-like word the wall's ``card`` lacks, sentence starts too: the
    card was reworded from these words, so a word gone may be the name taken off."""
    kept = _words(card)
    return [s for s in name_like_words(row, sentence_starts=True) if s[2].casefold() not in kept]


def _words(text: str) -> set[str]:
    return {_POSSESSIVE.sub("", m.group()).casefold() for m in _WORD.finditer(text)}


def _placeholders(text: str) -> int:
    return sum(text.count(p) for p in _PLACEHOLDERS)
