"""What Import will skip or leave out, said before it is clicked. On the mapping step the whole
note sits under the preview, in the step's scrolled notes, and beside Import a line counts it:
beside Import, on a 1024×768 screen at 16 pt, the whole note took 8 lines (~270 px) and left
the preview one row in sight (review 34 R6-2). On the confirm page, with room, the whole note
stays beside Import."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget

from wtfc.importing.left_out import left_out_columns
from wtfc.importing.mapping import ColumnMapping
from wtfc.importing.preview import Preview
from wtfc.importing.table import SourceTable
from wtfc.ui.import_fit import place_under
from wtfc.ui.parent_font import keep_parent_font
from wtfc.ui.style import warning_look


def _note_label(tip: str) -> QLabel:
    label = QLabel()  # read as its words; Import's description says them too
    keep_parent_font(label)  # the dialog's, not the system's, beside its style sheet
    label.setToolTip(tip)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a heading's "<b>" is words
    warning_look(label, refusal=True)  # its own pale box, on any desktop
    label.setVisible(False)
    return label


class SkipNotes:
    """``note``: the whole note, under ``grid`` (the preview); ``beside``: the line beside
    Import (the caller lays it out there)."""

    def __init__(self, grid: QTableWidget) -> None:
        self.note = _note_label("Rows the import will leave out")
        place_under(grid, self.note)
        self.beside = _note_label("What the import will leave out")
        self.beside.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def say(self, note: str, counted: str, *, on_mapping: bool) -> None:
        """``note`` in full, and beside Import ``counted`` on the mapping step (``note`` on the
        confirm page, where the preview is not shown)."""
        self.note.setText(note)
        self.note.setVisible(bool(note))
        beside = (counted or note) if on_mapping else note
        self.beside.setText(beside if note else "")
        self.beside.setVisible(bool(note))


def counted_note(table: SourceTable, mapping: ColumnMapping, preview: Preview,
                 counted: dict[tuple[int, int], int]) -> str:
    """The line beside Import on the mapping step: "⚠ Import will skip 4 answers from 2 rows
    and leave out 3 columns: see under the preview." ("" when it has nothing to count)."""
    skips = preview.skips
    columns = len(left_out_columns(table, mapping, counted))
    parts = []
    if skips.total:
        # counted as the note under the preview counts: a cell of two answers is two cards
        rows = skips.rows or skips.total
        answers = "" if rows == skips.total else f"{_many(skips.total, 'answer')} from "
        parts.append(f"skip {answers}{_many(rows, 'row')}")
    if columns:
        parts.append(f"leave out {_many(columns, 'column')}")
    if skips.markup_cells and not parts:  # not a loss: counted only where nothing else is
        parts.append(f"take formatting off {_many(skips.markup_cells, 'cell')}")
    if not parts:
        return ""
    return f"{'⚠ ' if skips.total else ''}Import will {' and '.join(parts)}: see under the preview."


def _many(count: int, thing: str) -> str:
    return f"1 {thing}" if count == 1 else f"{count:,} {thing}s"
