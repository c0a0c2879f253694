"""Which statements of an import repeat a card already in the workshop.

How many people said a thing counts towards the priorities, so a statement is a repeat only
when the same person said the same words (of the same kind) before. Dropping someone's
statement loses their voice, and two people sharing a code corrupts the counts; an extra card
is visible, and one Undo takes the whole import out. So when in doubt a row is kept. Each row
is judged on its own, by who said it:

- a person the file gives by code ("P07"), or by a name (or a client number) an earlier
  import this session gave a code: the same words from the same code are a repeat; so is the
  row an earlier import made a card from for them (its place: "row 14", or "row 14,
  Working 1" in the wide layout) when the card is that row's words lightly edited since (a
  typo put right, a name redacted to "[name]", its kind changed: ``edited_words``);
- anyone else (a name met for the first time, a row with no person): no card says who that
  was, so only where the words came from can tell. Such a row is a repeat only when the file
  is an earlier import's file again (or a longer or shorter copy of it) and that import's
  card at the row is its words, or them lightly edited since.

The file is import N's file again only on near-total agreement:
  * at least two of its statements lie at places import N made cards from, and at most one in
    five of those rows differs from the cards there (a row agrees when one of its statements
    at least is a card's words or them lightly edited, and for a person known by code the same
    person's: a cell whose two cards were merged on the wall is one row differing, not two
    statements); another locality's sheet whose rows mostly say the same things at the same
    rows is another file, as is a single pasted row;
  * the people line up: each person in the file is the one person who said import N's cards
    at their rows, no one in the file is no one there, and a person the session knows by
    another name is not them. Several people in the file may be one person there: an import
    gives each person in its file a code of their own, so that is a merge since (Rename person
    code…); one person in the file who was several there is another file;
  * when the file has rows past import N's last card, at least three of its rows must agree,
    and nearly all of import N's cards (at most one in five not found at its row; another
    sheet may start with the same two rows): it is then a longer copy,
    and the rows past the end are new rows of it, said by the people lined up (a name never
    lined up gets a fresh code).
Then a row where import N's card was deleted is made again, for the same person, and the
report says so. A row whose card, the same person's, is in other words past a light edit is
added too, and said (``since``): the card may have been reworded on the wall, or the sheet
corrected (or another care manager's, with the same codes and stock phrases), and nothing
records the words a card was made from, so wtfc cannot tell which; a card too many shows and
is deleted on Collect, where a skipped row loses a voice with no way to force it in. The
import dialog lists such rows and lets the facilitator leave them out (``building``'s
``leave_out_other_words``; ``ui/import_other_words.py``; the command line's
--leave-out-reworded). Only in import N's file again: where past one in five of the file's
rows at import N's places differ but half of them or more (one at least) agree, such rows
are added even when rows in other words are to be left out, and said (``unsure``): leaving out
a sheet on that guess would lose every statement of another care manager's with the same codes,
while a card too many is deleted on Collect. The note is only a note, so it is said on a looser
likeness than leaving out needs (a two-row sheet, one row reworded, is said too). A person
known by code is kept in any file, but none of these notes is said unless the file is import
N's again (or that close): another file with P07 on the row of import N's P07 card, nothing
else alike, is P07 saying something else.

A copy sorted another way, or with a title row above its header, does not line up: in a new
session (the command line, a reopened workshop) its statements are all kept, and the report
says plainly how many are worded like cards already there and how to take the import out.
Rows of one file repeat each other only when the same person gave the same words.

A code in the file is the same person in every file. A code typed another way (P7 beside
P07: the same but for case, separators and leading zeros) is P07 only where the file is import
N's file again, P7 is no one in the workshop and import N made P07's card at P7's row: P7 was
merged into P07 since, and its rows are P07's. Anywhere else P7 is a new code: another file
with P7 on the row where import N had P07 is someone else, as far as the file can tell (the
report says how to merge them). A merge the workshop remembers (``Person.former_codes``,
format 5) reaches here already as the person's code (``building``), so its rows are judged as
P07's wherever they are in the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from wtfc.importing.edited_rows import edited_later
from wtfc.importing.place_cards import Made, Placed, placed
from wtfc.importing.repeats_notes import since_note as since_note  # import_plan's name for it
from wtfc.model.operations.people import code_key
from wtfc.model.search_key import search_key
from wtfc.model.workshop import Workshop

_IMPORT_SOURCE = re.compile(r"import (\d+), row (\d+)")


def comparable(text: str) -> str:
    """Texts that differ only in case, accents (``search_key``: "café" typed, or pasted as
    "cafe" and an accent), spacing or end punctuation are the same statement."""
    return " ".join(search_key(text).split()).rstrip(".!?…,;: ")


@dataclass(frozen=True)
class Row:
    """A statement of the file, as its repeats are judged."""

    place: str  # "row 14" (", Working 1" in the wide layout), as the card's source gives it
    row: int
    words: str  # comparable(text)
    kind: str
    person: str  # the code it is given ("" for no one)
    # Who said it within the file when nothing says who they are in the workshop: their name,
    # their row, or "" for no person. None for a person known by ``person``.
    who: str | None


@dataclass
class Judgement:
    """What the rows (by their index) repeat."""

    repeats: set[int] = field(default_factory=set)
    # For a file that is an earlier import's again: who in the file was whom then.
    people: dict[str, str] = field(default_factory=dict)
    # Rows made again where an earlier import's card was deleted or reworded since; and those
    # at a place whose cards there are all other answers of their cell: an answer new in it.
    made_again: set[int] = field(default_factory=set)
    in_cells: set[int] = field(default_factory=set)
    # A code of the file merged into another since an earlier import (P7 into P07) -> that one.
    merged: dict[str, str] = field(default_factory=dict)
    # Rows of people nothing names in the workshop taken as repeats only because the file was
    # taken for import ``same_as``'s file again: the same words at the same rows.
    by_place: set[int] = field(default_factory=set)
    same_as: int = 0
    # Repeats whose words differ a little from their card's (a typo put right): the card's
    # source ("import 1, row 8, Working 1"), said as the card kept.
    reworded: dict[int, str] = field(default_factory=dict)
    # Rows whose card at their place, in an earlier import's file again, is in other words
    # past a light edit: reworded on the wall since, or changed in the sheet. Kept and said,
    # or left out if the facilitator chooses (``building``). -> the card's source.
    since: dict[int, str] = field(default_factory=dict)
    # Rows like ``since``'s (the same person's card at their place, in other words) where the
    # file agrees with that import at half its statements there or more (one at least) but is
    # not taken for its file again: past one in five differ. Added (never left out: it may be
    # another care manager's sheet, all its voices), and said (``unsure_note``). -> the number
    # of the first earlier import it is that close to (of two care managers' sheets with the
    # same codes, its own, whichever was imported first).
    unsure: dict[int, int] = field(default_factory=dict)
    # Rows a later row of the file says again with a word put right (a form exported as a draft,
    # then complete: ``edited_rows``), skipped as repeats for it -> that later spreadsheet row
    edited_later: dict[int, int] = field(default_factory=dict)
    # Whether the file is import N's file again (or a longer copy): worked out when asked
    # (``other_sheet_codes`` leaves such an import's codes unsaid)
    same_file: Callable[[int], bool] = lambda _number: False


class Repeats:
    """What the workshop already holds, read once for an import."""

    def __init__(self, workshop: Workshop) -> None:
        self._said: set[tuple[str, str, str]] = set()
        # a card's source -> what the cards from there say, and whose: a cell of several
        # answers made a card of each (``split_answers``), all from its place
        self._made: dict[str, list[Made]] = {}
        self._last: dict[int, int] = {}  # an import's number -> the last row it made a card of
        self._count: dict[int, int] = {}  # an import's number -> how many of its cards are left
        self._people = {person.id for person in workshop.people}
        for card in workshop.cards:
            made = Made(comparable(card.text), card.kind.value, card.person)
            self._said.add((made.words, made.kind, made.person))
            match = _IMPORT_SOURCE.match(card.source)
            if match:
                number, row = int(match.group(1)), int(match.group(2))
                self._last[number] = max(row, self._last.get(number, 0))
                self._made.setdefault(card.source, []).append(made)
                self._count[number] = self._count.get(number, 0) + 1
        self._worded = {key[:2] for key in self._said}
        self.imports = sorted(self._last)  # the earlier imports' numbers

    def worded_before(self, words: str, kind: str) -> bool:
        """Whether anyone has a card of these words and kind."""
        return (words, kind) in self._worded

    def judge(self, rows: list[Row], *, named: Collection[str] = ()) -> Judgement:
        """``named``: the codes of the people this session knows by name (by a name not met
        in this file, so not theirs)."""
        judged = Judgement()
        unknown = [index for index, row in enumerate(rows) if row.who is not None]
        same_files: dict[int, dict[str, str] | None] = {}
        matched: dict[int, Placed] = {}

        def at(number: int) -> Placed:  # import ``number``'s cards matched with the rows
            if number not in matched:
                matched[number] = placed(rows, lambda place: self._made_at(number, place),
                                         self._same_person)
            return matched[number]

        def same_file(number: int) -> dict[str, str] | None:
            if number not in same_files:
                same_files[number] = self._same_file(number, rows, unknown, set(named),
                                                     at(number))
            return same_files[number]

        unsure: dict[int, list[int]] = {}
        for index, row in enumerate(rows):
            if row.who is None:
                self._judge_known(index, row, judged, same_file, unsure, at)
        close: dict[int, bool] = {}  # an import's number -> the file agrees with half of it
        for index, numbers in unsure.items():
            for number in numbers:  # each earlier import with a card here in other words
                if number not in close:
                    agree = at(number).agreed  # its places, as ``_same_file`` counts them
                    close[number] = agree >= 1 and agree * 2 >= at(number).places
                if close[number] and index not in judged.repeats and index not in judged.since:
                    judged.unsure[index] = number
                    break
        for number in self.imports if unknown else ():
            people = same_file(number)
            if people is not None:
                judged.people, judged.same_as = people, number
                for index in unknown:
                    self._judge_unknown(number, index, rows[index], judged, at(number))
                break
        self._judge_versions(rows, judged)
        judged.same_file = lambda number: number in self._last and same_file(number) is not None
        judged.in_cells &= judged.made_again  # (a later import's card may be theirs)
        return judged

    @staticmethod
    def _judge_versions(rows: list[Row], judged: Judgement) -> None:
        """The file's own rows that a later row repeats lightly edited: skipped as repeats
        (said, as a row worded a little differently, kept as the later row's card)."""
        judged_already = judged.repeats | set(judged.since) | set(judged.unsure)
        later = edited_later([(row.person, row.kind, row.words, row.row) for row in rows])
        for index, kept in later.items():
            if index not in judged_already and kept not in set(judged.since) | set(judged.unsure):
                judged.repeats.add(index)
                judged.made_again.discard(index)
                judged.edited_later[index] = rows[kept].row
                judged.reworded[index] = rows[kept].place

    def _made_at(self, number: int, place: str) -> list[Made]:
        return self._made.get(f"import {number}, {place}"[:300], [])  # cut as sources are

    def _judge_known(
        self,
        index: int,
        row: Row,
        judged: Judgement,
        same_file: Callable[[int], dict[str, str] | None],
        unsure: dict[int, list[int]],
        at: Callable[[int], Placed],
    ) -> None:
        if (row.words, row.kind, row.person) in self._said:
            judged.repeats.add(index)
            return
        for number in self.imports:
            cards = at(number)
            made = cards.cards.get(index) or cards.other_words(
                row.place, lambda made: self._same_person(row.person, made.person))
            if made is None:
                if row.place in cards.left:  # another person's card there
                    continue
                # A row within import N's rows that has no card now: its card was deleted
                # (or the row, or an answer in its cell, is new in the file), said only of
                # import N's file again.
                if row.row <= self._last[number] and same_file(number) is not None:
                    judged.made_again.add(index)
                    if self._made_at(number, row.place):
                        judged.in_cells.add(index)
                continue
            if made.person != row.person:  # P7's row where import N made P07's card
                # P7 merged into P07 since, only when this is import N's file again: another
                # file's P7 that happens to be on the same row is a new code (and the report
                # says it is typed like P07, and how to merge them).
                if same_file(number) is None:
                    continue
                judged.merged.setdefault(row.person, made.person)
            if index in cards.cards:  # its words, or them lightly edited
                judged.repeats.add(index)
                judged.made_again.discard(index)
                if made.words != row.words:
                    judged.reworded[index] = f"import {number}, {row.place}"
                return
            # Import N's file again: its card at this row was reworded on the wall, or the
            # row changed in the sheet; kept and said. Another file with P07 at the same row
            # is P07 saying something else, kept without a word.
            if same_file(number) is not None:
                self._reworded_since(number, index, row, judged)
                return
            unsure.setdefault(index, []).append(number)  # said if the file is close to N's

    def _judge_unknown(self, number: int, index: int, row: Row, judged: Judgement,
                       at: Placed) -> None:
        made = at.cards.get(index)
        person = judged.people.get(row.who or "")
        said = bool(person) and (row.words, row.kind, person) in self._said
        if said or made is not None:
            judged.repeats.add(index)
            judged.by_place.add(index)
            if not said and made is not None and made.words != row.words:
                judged.reworded[index] = f"import {number}, {row.place}"
        elif row.place in at.left:  # its card reworded since, or the row changed in the sheet
            self._reworded_since(number, index, row, judged)
        elif row.row <= self._last[number]:  # its card deleted (not a row added since), or
            judged.made_again.add(index)  # an answer new in a cell of several
            if self._made_at(number, row.place):
                judged.in_cells.add(index)

    @staticmethod
    def _reworded_since(number: int, index: int, row: Row, judged: Judgement) -> None:
        judged.since[index] = f"import {number}, {row.place}"
        judged.made_again.discard(index)

    def _same_file(
        self, number: int, rows: list[Row], unknown: list[int], named: set[str], at: Placed
    ) -> dict[str, str] | None:
        """Who in the file was whom in import ``number``, when the file is its file again
        (near-total agreement: see the module's docstring). A statement agrees when it is
        matched with a card at its place (``place_cards``): its words, or them lightly edited,
        and (for a person known by code) the same person's; a place (a row, or a wide sheet's
        cell) agrees when one of its statements does."""
        if (at.places - at.agreed) * 5 > at.places:  # past one in five rows differ: another
            return None
        agree = len(at.cards)
        if agree < 2:  # one statement, or none, cannot tell a copy from someone else's words
            return None
        if any(row.row > self._last[number] for row in rows) and (
            agree < 3 or (self._count[number] - agree) * 5 > self._count[number]
        ):
            return None  # rows past the end, but not surely a copy of the whole of its file
        people: dict[str, str] = {}
        for index in unknown:
            row = rows[index]
            who = row.who or ""
            made = at.cards.get(index) or next(iter(self._made_at(number, row.place)), None)
            if made is None:  # a row it made no card from, or one past its end: a new row
                continue
            if (made.person == "") != (who == "") or (who and made.person in named):
                return None
            # One person then is one person now (several then may be one now: a merge).
            if people.setdefault(who, made.person) != made.person:
                return None
        return people

    def _same_person(self, code: str, person: str) -> bool:
        """Whether the file's ``code`` is ``person`` in the workshop: the same code, or one
        typed another way that is no one now (merged into it: see the module's docstring)."""
        return code == person or (code not in self._people and code_key(code) == code_key(person))
