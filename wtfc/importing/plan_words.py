"""Small pieces of an import plan's wording (``building``): a note with nothing to do, a count
of cards, and where a statement is in the file as its card's source says it."""

from __future__ import annotations

from wtfc.importing.report import ImportReport
from wtfc.importing.statements import Statement


def fact(report: ImportReport, note: str) -> None:
    """A note in the report with nothing to do: not said to a screen reader after an import."""
    report.notes.append(note)
    report.facts.add(note)


def cards_are(count: int) -> str:
    return "1 card is" if count == 1 else f"{count:,} cards are"


def they_carry(count: int) -> str:
    return "it carries" if count == 1 else "they carry"


def place(statement: Statement, wide: bool) -> str:
    """Where a statement is in the file, as its card's source says it after "import 3, "."""
    return f"row {statement.row}" + (f", {statement.column}" if wide else "")
