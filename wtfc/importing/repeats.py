"""Which statements of an import repeat a card already in the workshop.

How many people said a thing counts towards the priorities, so a statement is a repeat only
when the same person said the same words (of the same kind) before:

- a person the file gives by code ("P07"), or by a name an earlier import this session gave
  a code: the same words from the same code are a repeat;
- anyone else (a name met for the first time, a row with no person): no card says who that
  was, so only where the words came from can tell. The statements are repeats when one
  earlier import made cards of the same words and kinds at the same rows (and columns) for
  every one of them, from people grouped the same way: the same file imported again. A file
  that differs anywhere holds new statements; they are all kept, and the report says how many
  are worded like cards already there, with Undo to take the import out again.

Rows of one file repeat each other only when the same person gave the same words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wtfc.importing.report import count_phrase
from wtfc.model.workshop import Workshop

_IMPORT_SOURCE = re.compile(r"import (\d+), row ")


def comparable(text: str) -> str:
    """Texts that differ only in case, spacing or end punctuation are the same statement."""
    return " ".join(text.casefold().split()).rstrip(".!?…,;: ")


@dataclass(frozen=True)
class Unplaced:
    """A statement whose person nothing identifies: judged by where it is in the file."""

    place: str  # "row 14" (", Working 1" in the wide layout), as the card's source gives it
    words: str  # comparable(text)
    kind: str
    who: str  # who said it within the file: their name, their row, or "" for no one


class Repeats:
    """What the workshop already holds, read once for an import."""

    def __init__(self, workshop: Workshop) -> None:
        self._said: set[tuple[str, str, str]] = set()
        self._placed: dict[tuple[str, str, str], str] = {}  # (source, words, kind) -> person
        numbers: set[int] = set()
        for card in workshop.cards:
            words, kind = comparable(card.text), card.kind.value
            self._said.add((words, kind, card.person))
            match = _IMPORT_SOURCE.match(card.source)
            if match:
                numbers.add(int(match.group(1)))
                self._placed[(card.source, words, kind)] = card.person
        self._worded = {key[:2] for key in self._said}
        self.imports = sorted(numbers)  # the earlier imports' numbers

    def said_before(self, words: str, kind: str, person: str) -> bool:
        """Whether this person already has a card of these words and kind."""
        return (words, kind, person) in self._said

    def worded_before(self, words: str, kind: str) -> bool:
        """Whether anyone has a card of these words and kind."""
        return (words, kind) in self._worded

    def earlier_import(self, statements: list[Unplaced]) -> dict[str, str] | None:
        """When the statements are the cards of one earlier import, made again (the same file
        imported twice): who in the file was whom then (``who`` → person code). Else None."""
        if not statements:
            return None
        for number in self.imports:
            people = self._same_places(number, statements)
            if people is not None:
                return people
        return None

    def _same_places(self, number: int, statements: list[Unplaced]) -> dict[str, str] | None:
        people: dict[str, str] = {}
        whose: dict[str, str] = {}
        for s in statements:
            # (cut as the card's source is cut)
            person = self._placed.get((f"import {number}, {s.place}"[:300], s.words, s.kind))
            if person is None or (person == "") != (s.who == ""):
                return None
            # One person then is one person now, and the other way round.
            if people.setdefault(s.who, person) != person:
                return None
            if whose.setdefault(person, s.who) != s.who:
                return None
        return people


def worded_like_note(count: int) -> str:
    """The report's note on statements kept though worded like cards already there."""
    have = "has" if count == 1 else "have"
    return (
        f"{count_phrase(count, 'statement')} {have} the same words as cards already in the "
        "workshop and were kept as other people's words (how many people say a thing counts). "
        "If they are rows imported before, from an earlier copy of this file, Undo takes this "
        "import out: then import only the new rows."
    )
