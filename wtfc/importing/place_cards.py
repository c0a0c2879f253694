"""Which of an earlier import's cards at a place each statement of the file is again.

A cell holding several answers became a card each (``split_answers``), every one with the row's
place as its source ("import 1, row 2"). Judged against the first card there alone, the second
answer read as that card in other words: the same file again was not known for itself, and
every card of a file of names (or of no person) was made twice (review 35 F3). So each
statement is matched with a card of its own at its place: the same words first, then words
lightly edited since (``edited_words``), each card taken once. A statement matched with none
is the row's card in other words when a card at its place is left over (reworded on the wall,
or changed in the sheet); when none is, it is an answer added to the cell since, or one whose
card was deleted.

Whether the file is that import's again is counted by place, not statement (``Placed.places``):
the room merging a cell's two cards into one, or rewording both, is one edit to one row, and
counted as two of the file's statements differing it put a names file past "one in five differ",
so the same file again made every card again (review 35 A21 R2).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from wtfc.importing.edited_words import lightly_edited


@dataclass(frozen=True)
class Made:
    """What an earlier import's card says, and whose it is."""

    words: str  # ``repeats.comparable`` of its text
    kind: str
    person: str


class Statement(Protocol):
    """A statement of the file as ``repeats.Row`` gives it."""

    @property
    def place(self) -> str: ...
    @property
    def words(self) -> str: ...
    @property
    def person(self) -> str: ...
    @property
    def who(self) -> str | None: ...


@dataclass
class Placed:
    """One earlier import's cards, matched with the file's statements at their places."""

    cards: dict[int, Made] = field(default_factory=dict)  # a statement's index -> its card
    left: dict[str, list[Made]] = field(default_factory=dict)  # a place -> cards not matched
    # the places of the file the import made cards at, and those where one statement at least
    # was matched with a card: a place differs when none of its statements was
    places: int = 0
    agreed: int = 0

    def other_words(self, place: str, person: Callable[[Made], bool]) -> Made | None:
        """A card at ``place`` no statement there is (of ``person``'s), taken for the
        unmatched statement's card in other words; None when there is none."""
        return next((made for made in self.left.get(place, ()) if person(made)), None)


def placed(
    rows: Sequence[Statement],
    made_at: Callable[[str], Sequence[Made]],
    same_person: Callable[[str, str], bool],
) -> Placed:
    """The cards ``made_at`` gives at each statement's place, matched with those statements.
    A person known by code (``who`` None) matches only their own cards (``same_person``);
    anyone else by the words alone, as nothing says who they were then."""
    at: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        if made_at(row.place):
            at.setdefault(row.place, []).append(index)
    found = Placed(places=len(at))
    for place, indices in at.items():
        free = list(made_at(place))
        for alike in (str.__eq__, lightly_edited):  # the same words before a light edit
            for index in indices:
                row = rows[index]
                if index in found.cards:
                    continue
                made = next((made for made in free if alike(made.words, row.words) and (
                    row.who is not None or same_person(row.person, made.person))), None)
                if made is not None:
                    found.cards[index] = made
                    free.remove(made)
        if free:
            found.left[place] = free
        found.agreed += any(index in found.cards for index in indices)
    return found
