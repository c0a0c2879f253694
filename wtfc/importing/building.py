"""Builds the cards and people of an import, and the one undoable command that adds them.

Everything is worked out first, without touching the workshop; the command only adds. So a
failed import changes nothing, and one Undo removes the whole import.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass

from wtfc.importing.errors import ImportFailed
from wtfc.importing.mapping import ColumnMapping, Field
from wtfc.importing.person_names import is_placeholder, person_name
from wtfc.importing.personal_details import find_personal_details
from wtfc.importing.report import ImportReport, SkippedRow, SkipReason
from wtfc.importing.statements import Statement, read_statements
from wtfc.importing.table import SourceTable, source_in_sentence
from wtfc.model.commands import Edit
from wtfc.model.document import Document
from wtfc.model.operations.cards import add_cards
from wtfc.model.workshop import Card, Person, PersonalDetail, Workshop

# A person cell kept as the person's code: short letters-and-digits like "P07" or "AB-123".
# Long digit runs are refused because they may be NHS or case numbers.
_CODE = re.compile(r"[A-Za-z]{0,6}[-_ ]?\d{1,6}[A-Za-z]?")
_IMPORT_SOURCE = re.compile(r"import (\d+), row ")


@dataclass(frozen=True)
class ImportPlan:
    """What an import would add, and its report. ``cards`` empty: nothing to import."""

    people: list[Person]
    cards: list[Card]
    report: ImportReport
    number: int = 1  # "import 3": what the cards' source and the undo step call it

    def nothing_imported_reason(self) -> str:
        """Why no card could be made, in plain English ("" when there are cards)."""
        if self.cards:
            return ""
        report = self.report
        if report.rows_read == 0:
            return (
                "Nothing could be imported: there are no rows of statements in "
                f"{source_in_sentence(report.source)}."
            )
        if set(report.skipped_counts()) == {SkipReason.DUPLICATE}:
            return "Nothing was added: every statement in it is already in the workshop."
        counts = ", ".join(f"{n:,} {r.label}" for r, n in report.skipped_counts().items())
        rows = "its one row was" if report.rows_read == 1 else f"all {report.rows_read:,} rows were"
        return (
            f"Nothing could be imported: {rows} skipped ({counts}). "
            "Check which column holds the statements and what the kind values mean."
        )


def build_import(
    table: SourceTable,
    mapping: ColumnMapping,
    *,
    workshop: Workshop,
    known_names: Iterable[str] = (),
) -> ImportPlan:
    """The cards and people the rows make, each card checked for personal details."""
    problems = mapping.problems()
    if problems:
        raise ImportFailed(problems[0])
    read = read_statements(table, mapping)
    report = ImportReport(
        source=table.source_name,
        encoding=table.encoding,
        sheet=table.sheet,
        layout=mapping.layout,
        rows_read=read.rows_read,
        skipped=list(read.skipped),
        notes=list(table.notes),
    )
    if read.blank_rows:
        report.notes.append("1 blank row was passed over." if read.blank_rows == 1
                            else f"{read.blank_rows:,} blank rows were passed over.")
    codes = _PersonCodes(
        workshop, by_row=Field.PERSON not in mapping.fields and mapping.layout == "wide"
    )
    names = tuple(known_names) + tuple(
        sorted({name for s in read.statements if (name := person_name(s.person))})
    )
    import_number = _next_import_number(workshop)
    report.notes.append(
        f'Cards give their source as "import {import_number}, row …": the file\'s name is left '
        "out because it can hold a person's name."
    )
    existing = _existing_keys(workshop)
    seen: set[tuple[str, str, str]] = set()
    cards: list[Card] = []
    wide = mapping.layout == "wide"
    for statement in read.statements:
        person, code_from_file = codes.code_for(statement)
        key = (_comparable(statement.text), statement.kind.value, person)
        earlier = (key in existing[0]) if code_from_file else (key[:2] in existing[1])
        # Rows with no person are never repeats of each other: "I feel lonely" on three rows
        # of an anonymised sheet is three people saying it, and that counts towards priorities.
        if (person and key in seen) or earlier:
            where = statement.column if wide else ""
            report.skipped.append(SkippedRow(statement.row, where, SkipReason.DUPLICATE))
            continue
        seen.add(key)
        source = f"import {import_number}, row {statement.row}"
        if wide:
            source += f", {statement.column}"
        cards.append(_card(statement, person, source, names))
    report.skipped.sort(key=lambda s: s.row)
    used = {c.person for c in cards if c.person}
    people = [p for p in codes.new_people() if p.id in used]
    report.cards_added = len(cards)
    report.people_added = len(people)
    report.cards_flagged = sum(1 for c in cards if c.personal_details)
    return ImportPlan(people, cards, report, import_number)


def import_edit(doc: Document, plan: ImportPlan) -> Edit:
    """The one undoable command that adds the plan's people and cards."""
    if not plan.cards:
        raise ImportFailed(plan.nothing_imported_reason())
    count = "1 card" if len(plan.cards) == 1 else f"{len(plan.cards)} cards"
    # Not the file's name: it often names the person, and the history is on screen.
    return add_cards(
        doc, people=plan.people, cards=plan.cards, label=f"Import {count} (import {plan.number})"
    )


def _card(statement: Statement, person: str, source: str, known_names: tuple[str, ...]) -> Card:
    details = [
        PersonalDetail(start=f.start, end=f.end, category=f.category, text=f.text[:300])
        for f in find_personal_details(statement.text, known_names=known_names)
    ][:100]
    return Card(
        id=os.urandom(6).hex(),  # the model's id format; uuid4 was a tenth of the import time
        kind=statement.kind,
        text=statement.text,
        person=person,
        tags=list(statement.tags),
        source=source[:300],
        personal_details=details,
    )


def _next_import_number(workshop: Workshop) -> int:
    """The number the cards of this import give as their source.

    A card's Source names the import and the row, never the file: file names such as
    "Review - Zbigniew Wojcik 12 Acacia Avenue.csv" hold the very details the guard keeps off
    the wall, the guard cannot be trusted to catch every name in one, and Source goes into the
    data export. The report names the file next to the number when the import is made.
    """
    numbers = (_IMPORT_SOURCE.match(c.source) for c in workshop.cards)
    return 1 + max((int(m.group(1)) for m in numbers if m), default=0)


def _comparable(text: str) -> str:
    """Texts that differ only in case, spacing or end punctuation are the same statement."""
    return " ".join(text.casefold().split()).rstrip(".!?…,;: ")


def _existing_keys(workshop: Workshop) -> tuple[set[tuple[str, str, str]], set[tuple[str, str]]]:
    with_person = {(_comparable(c.text), c.kind.value, c.person) for c in workshop.cards}
    return with_person, {k[:2] for k in with_person}


class _PersonCodes:
    """Gives every person in the import a pseudonymous code, never storing a name.

    A cell that already is a short code ("P07") is kept, so a second import of the same people
    joins them up; anything else (a name, an NHS number) gets a fresh code "P001", "P002", …
    """

    def __init__(self, workshop: Workshop, *, by_row: bool) -> None:
        self._taken = {p.id for p in workshop.people}
        self._known = set(self._taken)
        self._by_row = by_row
        self._given: dict[str, str] = {}
        self._new: list[Person] = []
        self._counter = 0

    def code_for(self, statement: Statement) -> tuple[str, bool]:
        """(the person's code, whether it came from the file as a code)."""
        value = " ".join(statement.person.split())
        if self._by_row:
            value = f"\0row {statement.row}"
        if not value or is_placeholder(value):
            return "", False
        # "Wojcik, Zbigniew" and "Zbigniew Wojcik" are one person.
        key = person_name(value).casefold() or value
        if key not in self._given:
            from_file = bool(_CODE.fullmatch(value)) and len(value) <= 16
            code = value if from_file else self._fresh_code()
            self._given[key] = code
            if code not in self._known:
                self._known.add(code)
                self._new.append(Person(id=code))
        code = self._given[key]
        return code, code == value

    def new_people(self) -> list[Person]:
        return list(self._new)

    def _fresh_code(self) -> str:
        while True:
            self._counter += 1
            code = f"P{self._counter:03d}"
            if code not in self._taken and code not in self._given.values():
                self._taken.add(code)
                return code
