"""The import report: what was read, what became cards, and why each skipped row was skipped."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum


class SkipReason(StrEnum):
    EMPTY = "empty"
    TOO_LONG = "too_long"
    UNKNOWN_KIND = "unknown_kind"
    DUPLICATE = "duplicate"

    @property
    def label(self) -> str:
        return {
            "empty": "empty",
            "too_long": "too long",
            "unknown_kind": "unknown kind",
            "duplicate": "duplicate of a card already there",
        }[self.value]


@dataclass(frozen=True)
class SkippedRow:
    """A row (or one cell of it, in the wide layout) that gave no card."""

    row: int  # as numbered in the spreadsheet (1 = first row)
    column: str  # the column's heading, "" for the whole row
    reason: SkipReason
    detail: str = ""

    def describe(self) -> str:
        where = f"Row {self.row}" + (f", {self.column}" if self.column else "")
        return f"{where}: {self.reason.label}" + (f" ({self.detail})" if self.detail else "")


@dataclass
class ImportReport:
    source: str
    encoding: str = ""
    sheet: str = ""
    layout: str = ""
    rows_read: int = 0
    cards_added: int = 0
    people_added: int = 0
    cards_flagged: int = 0
    skipped: list[SkippedRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def skipped_counts(self) -> dict[SkipReason, int]:
        return dict(Counter(s.reason for s in self.skipped))

    def summary(self) -> str:
        """One sentence for a status bar or a dialog's heading."""
        cards = "1 card" if self.cards_added == 1 else f"{self.cards_added} cards"
        text = f"{cards} added from {self.rows_read} rows"
        if self.skipped:
            text += f"; {len(self.skipped)} skipped"
        if self.cards_flagged:
            text += f"; {self.cards_flagged} held back to check for personal details"
        return text + "."

    def lines(self, *, max_skipped: int = 50) -> list[str]:
        """The whole report as lines of plain text (the command line prints these)."""
        where = self.source + (f", sheet '{self.sheet}'" if self.sheet else "")
        out = [f"Imported from {where}."]
        if self.encoding:
            out.append(f"Text encoding: {self.encoding}.")
        if self.layout:
            out.append(
                "Layout: one row per person (wide)."
                if self.layout == "wide"
                else "Layout: one row per statement (long)."
            )
        out.append(self.summary())
        if self.people_added:
            out.append(f"{self.people_added} people added (by code, never by name).")
        for reason, count in self.skipped_counts().items():
            out.append(f"Skipped as {reason.label}: {count}.")
        for skipped in self.skipped[:max_skipped]:
            out.append("  " + skipped.describe())
        if len(self.skipped) > max_skipped:
            out.append(f"  … and {len(self.skipped) - max_skipped} more.")
        out += self.notes
        return out
