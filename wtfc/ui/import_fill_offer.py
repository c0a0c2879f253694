"""The mapping step's line for a person column written as a code on each person's first row
and blanks below (merged cells saved as CSV): it says the cards would have no person, and
offers to fill each blank from the row above, with a button that takes the choice back.

Never filled unasked (``wtfc/importing/person_fill.py``): a blank can be someone who did not
want to be known. The import stays one Undo step, whichever way it is chosen.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from wtfc.importing.mapping import ColumnMapping
from wtfc.importing.person_fill import FillDown, fill_down
from wtfc.importing.report import FILL_BUTTON
from wtfc.importing.table import SourceTable
from wtfc.model.counting import count_phrase
from wtfc.ui.import_screen_words import ScreenWords
from wtfc.ui.parent_font import keep_parent_font
from wtfc.ui.style import warning_look

LEAVE_BUTTON = "Leave the blanks"


def fill_text(found: FillDown | None, on: bool, words: ScreenWords) -> str:
    """What the step says of the blanks ("" when the column does not read that way)."""
    if found is None:
        return ""
    heading, rows = words.text(found.heading), count_phrase(found.count, "row")
    if on:
        return (f"Each blank in “{heading}” takes the code from the row above ({rows}, "
                "marked ↑ above), as merged cells would show it.")
    return (f"“{heading}” is blank on {rows} under a code on the row above, as merged cells "
            "saved as CSV leave it: those cards would have no person. Fill each blank from the "
            "row above?")


def fill_note(table: SourceTable, mapping: ColumnMapping, words: ScreenWords) -> str:
    """The confirm page's words for such blanks not filled ("" otherwise): the choice is made
    on the mapping step."""
    found = None if mapping.fill_person_down else fill_down(table, mapping)
    if found is None:
        return ""
    # the page is rich text (its button's name in bold): the sheet's heading is escaped, or
    # "Ref no. <b>R&D</b>" showed as a bold "R&D"
    heading, rows = escape(words.text(found.heading)), count_phrase(found.count, "row")
    return (f"<br><br>⚠ “{heading}” is blank on {rows} under a code on the row above, as "
            "merged cells saved as CSV leave it: those cards would have no person. To fill "
            "each blank from the row above, click <b>Check the columns first</b>.")


class FillOffer(QWidget):
    """``chosen(on)`` fires when the facilitator fills the blanks, or takes that back."""

    chosen = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on = False
        self.label = QLabel()  # read as its words, as the problems under it are
        keep_parent_font(self.label)
        self.label.setToolTip("A code written once above each person's rows")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # the sheet's heading, as typed
        self.button = QPushButton()
        self.button.clicked.connect(lambda *_: self.chosen.emit(not self.on))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.setVisible(False)

    def fill(self, table: SourceTable, mapping: ColumnMapping, words: ScreenWords) -> None:
        found = fill_down(table, mapping)
        self.on = mapping.fill_person_down and found is not None
        text = fill_text(found, self.on, words)
        # a warning while the cards would have no person; plain words once filled, as chosen
        self.label.setText(("" if self.on else "⚠ ") + text if text else "")
        if self.on:
            self.label.setStyleSheet("QLabel { padding: 3px 8px; }")
        else:
            warning_look(self.label)
        self.button.setText("&" + (LEAVE_BUTTON if self.on else FILL_BUTTON))
        self.button.setAccessibleName(LEAVE_BUTTON if self.on else FILL_BUTTON)
        self.button.setToolTip(
            "Import the blanks as no one's (Alt+L)" if self.on else
            "Give each blank person cell the code on the row above it (Alt+F)")
        self.setVisible(bool(text))

    def text(self) -> str:
        return self.label.text().removeprefix("⚠ ")
