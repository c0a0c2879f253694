"""The mapping step's line for a sheet read with no person column: it says what is lost, and
offers a left-out column of codes ("Ref no.": P01, p7, R12) as the person, with a button.

Without a person every card is "no person recorded": the priorities' people counts, the
posters' "from N people" and the small-group rules have nothing to count, and a facilitator
who pressed Import on the guess was never told.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from wtfc.importing.mapping import ColumnMapping, Field, column_names
from wtfc.importing.person_code_guess import person_code_column
from wtfc.importing.table import SourceTable
from wtfc.ui.import_screen_words import ScreenWords
from wtfc.ui.parent_font import keep_parent_font
from wtfc.ui.plain_tip import plain_tip
from wtfc.ui.style import warning_look

NO_PERSON = ("No column gives the person: cards will not be counted by person, and the "
             "priorities' people counts and the small-group rules need it.")


def no_person_text(table: SourceTable, mapping: ColumnMapping, words: ScreenWords) -> str:
    """What the step says when no column is the person ("" when one is), offering a left-out
    column of codes by its heading as ``words`` shows it."""
    if Field.PERSON in mapping.fields or not table.rows[mapping.first_data_row:]:
        return ""
    column = person_code_column(table, mapping)
    if column is None:
        return (f"{NO_PERSON} If a column holds a code for each person (never a name), "
                "choose Person above it.")
    name = words.text(column_names(table, mapping)[column])
    return f"{NO_PERSON} “{name}” looks like person codes: use it as Person?"


class PersonOffer(QWidget):
    """``use_column(column)`` fires when the facilitator takes the column offered."""

    use_column = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column: int | None = None
        self.label = QLabel()  # read as its words, as the problems under it are
        keep_parent_font(self.label)
        self.label.setToolTip("Cards with no person are not counted by person")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # the sheet's heading, as written
        warning_look(self.label)
        self.button = QPushButton()
        self.button.clicked.connect(self._use)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.setVisible(False)

    def fill(self, table: SourceTable, mapping: ColumnMapping, words: ScreenWords) -> None:
        text = no_person_text(table, mapping, words)
        self.column = person_code_column(table, mapping) if text else None
        self.label.setText(f"⚠ {text}" if text else "")
        if self.column is not None:
            name = words.text(column_names(table, mapping)[self.column])
            short = name if len(name) <= 24 else name[:23] + "…"
            self.button.setText(f"Use “{short.replace('&', '&&')}” as &Person")
            self.button.setAccessibleName(f"Use {name} as the person")
            self.button.setToolTip(plain_tip(  # the heading as written, not as HTML
                f"Read the column “{name}” as each card's person (Alt+P)"))
        self.button.setVisible(self.column is not None)
        self.setVisible(bool(text))

    def text(self) -> str:
        return self.label.text().removeprefix("⚠ ")

    def _use(self) -> None:
        if self.column is not None:
            self.use_column.emit(self.column)
