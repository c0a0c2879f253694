"""The pseudonymous code each person of an import is given, and the names behind them.

Worked out before the import is added (see ``building.py``): a name is only ever kept in memory,
as the key to its code for the session's next import, and never stored in the workshop.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from copy import copy as shallow_copy

from wtfc.importing.person_names import is_code, is_placeholder, person_name
from wtfc.importing.statements import Statement
from wtfc.model.operations.people import code_key, merged_codes
from wtfc.model.workshop import Person, Workshop


def withdrawn_check(workshop: Workshop) -> Callable[[str], bool]:
    """Whether a row's person withdrew (Remove this person…): their rows in a sheet imported
    again stay out, counted and never quoted; the same sheet brought them back (review A6)."""
    keys = {code_key(code) for code in workshop.withdrawn_codes}
    return lambda person: bool(person) and code_key(person) in keys


def person_cell_value(cell: str) -> str:
    """A person cell as it is compared: runs of spaces made one, the ends trimmed."""
    return " ".join(cell.split())


class PersonCodes:
    """Gives every person in the import a pseudonymous code, never storing a name.

    A cell that already is a short code ("P07") is kept, so a second import of the same people
    joins them up; anything else (a name, an NHS number) gets a fresh code "P001", "P002", …,
    one no one in the workshop or the file has.
    """

    def __init__(
        self,
        workshop: Workshop,
        *,
        by_row: bool,
        earlier: Mapping[str, str] | None,
        in_file: set[str],
    ) -> None:
        self._merged = merged_codes(workshop)  # P7 merged into P07 earlier: P7's rows are P07's
        # A merged code is never given again: it means its person to a later file, and a person
        # of its own by that code would make the workshop refuse to open.
        self._taken = {p.id for p in workshop.people} | {v for v in in_file if is_code(v)}
        self._taken |= self._merged.keys()
        # nor a withdrawn person's: the facilitator's key list says P05 is the one who withdrew
        self._taken.update(workshop.withdrawn_codes)
        # nor one typed like a code there: P001 beside P1 reads as P1 typed another way
        self._taken_keys = {code_key(code) for code in self._taken}
        self._known = {p.id for p in workshop.people}
        self._by_row = by_row
        # A name's code from an earlier import, while a card an import made is still theirs.
        # Once Undo has taken them out, their code is free for anyone (a card added by hand
        # for "P001", or a later import, may give it to someone else), so the name is
        # forgotten, and not kept in ``earlier()``.
        # A name whose person withdrew since (Remove this person…) keeps their code, so the
        # same names-based sheet again keeps their rows out (``withdrawn_check``), as it does a
        # code's; without it they came back under a new code.
        imported = {c.person for c in workshop.cards if c.source.startswith("import ")}
        withdrawn = set(workshop.withdrawn_codes)
        self._earlier = {
            n: c for n, c in (earlier or {}).items()
            if (c in self._known and c in imported) or c in withdrawn
        }
        self._given: dict[str, str] = {}
        self._given_codes: set[str] = set()  # the values of ``_given``, to look up quickly
        # What ``code_for`` said for each person cell: a person's cell repeats on their rows.
        self._said: dict[str, tuple[str, str | None]] = {}
        self._named: dict[str, str] = {}
        self._new: list[Person] = []
        self._counter = 0
        self._fresh: list[str] = []  # the fresh codes given, in order
        # Cells neither a code nor a name ("Ł01", "ک01", a code with a zero-width space in it,
        # "1234567") given a fresh code, each with its first row: said in the report, since the
        # facilitator's own list knows them by that cell.
        self._not_codes: dict[str, int] = {}

    def code_for(self, statement: Statement) -> tuple[str, str | None]:
        """(the person's code, who they are within the file when nothing says who they are
        in the workshop: their name, their row, or "" for no person). ``None`` for a person
        known by a code in the file, or by a name an earlier import gave a code."""
        if self._by_row:
            return self._code_for(f"\0row {statement.row}")
        cell = statement.person
        said = self._said.get(cell)
        if said is None:
            said = self._said[cell] = self._code_for(person_cell_value(cell), statement.row)
        return said

    def _code_for(self, value: str, row: int = 0) -> tuple[str, str | None]:
        if not value or is_placeholder(value):
            return "", ""
        if value in self._merged:  # known by the code it was merged into, as a code is
            return self._merged[value], None
        # "Wojcik, Zbigniew" and "Zbigniew Wojcik" are one person.
        # A cell that is neither a code nor a name (a client number "1234567") is remembered
        # as it is, so a copy of the file gives its person the same code.
        key = person_name(value).casefold() or value.casefold()
        if key not in self._given:
            from_file = is_code(value)
            code = value if from_file else self._earlier.get(key) or self._fresh_code()
            if row and not from_file and key not in self._earlier and not person_name(value):
                self._not_codes[key] = row
            self._given[key] = code
            self._given_codes.add(code)
            if not (from_file or self._by_row):  # a row is no one in another file
                self._named[key] = code
            if code not in self._known:
                self._known.add(code)
                self._new.append(Person(id=code))
        code = self._given[key]
        return code, (None if code == value or key in self._earlier else key)

    def copy(self) -> PersonCodes:
        """A copy with its own dicts, lists and sets (the codes and people in them are never
        changed in place): ``building`` finishes two plans from one reading of the rows."""
        twin = shallow_copy(self)
        for name, value in vars(self).items():
            if isinstance(value, dict | list | set):
                setattr(twin, name, type(value)(value))
        return twin

    def merged_code(self, statement: Statement) -> str | None:
        """The statement's person code when it is one merged into another earlier."""
        value = "" if self._by_row else person_cell_value(statement.person)
        return value if value in self._merged else None

    def new_people(self) -> list[Person]:
        return list(self._new)

    def from_file(self, codes: Iterable[str]) -> list[str]:
        """Those of ``codes`` the file gave, not fresh ones given to a name."""
        return [code for code in codes if code not in self._fresh]

    def not_codes(self, used: set[str], lined_up: Collection[str] = ()) -> list[tuple[int, str]]:
        """(first row, code given) of each cell that was neither a code nor a name, among the
        people in ``used`` (after ``close_gaps``), in row order. ``lined_up``: the cells the
        same file again gave an earlier import's person; the fresh code they were first given
        may since have gone to someone else (``close_gaps``), so they are not listed."""
        given = (
            (row, self._given[key]) for key, row in self._not_codes.items() if key not in lined_up
        )
        return sorted((row, code) for row, code in given if code in used)

    def earlier(self) -> dict[str, str]:
        """The earlier imports' names whose person is still in the workshop."""
        return dict(self._earlier)

    def named(self) -> dict[str, str]:
        """The code each name (or other cell not a code) was given, case-folded, a name as
        ``person_name`` reads it."""
        return dict(self._named)

    def close_gaps(self, used: set[str]) -> dict[str, str]:
        """Fresh codes given again, lowest first, to the people who keep one: a name the same
        file again lines up with someone already there leaves no gap ("P001, P002, P005")."""
        kept = [code for code in self._fresh if code in used]
        moved = {old: new for old, new in zip(kept, self._fresh, strict=False) if old != new}
        if moved:
            self._given = {key: moved.get(code, code) for key, code in self._given.items()}
            self._given_codes = set(self._given.values())
            self._said.clear()
            self._named = {name: moved.get(code, code) for name, code in self._named.items()}
            self._new = [
                Person(id=moved.get(p.id, p.id))
                for p in self._new
                if p.id in used or p.id not in self._fresh
            ]
        return moved

    def _fresh_code(self) -> str:
        while True:
            self._counter += 1
            code = f"P{self._counter:03d}"
            key = code_key(code)
            if code not in self._given_codes and key not in self._taken_keys:
                self._taken.add(code)
                self._taken_keys.add(key)
                self._fresh.append(code)
                return code
