"""The mapping step's choice for cells that hold more than one answer ("To see my grandchildren
more⏎To feel safe at night"): "◉ One card a line ○ Keep each cell as one card".

One card a line by default: on one card the answers read as one garbled sentence, and the room
can put a card in only one theme. Either way the import is one Undo step
(``wtfc/importing/split_answers.py``)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QWidget

from wtfc.importing.answers_mapping import keeps_cells
from wtfc.importing.answers_notes import (
    KEEP_CHOICE,
    several_answers,
    several_offer,
    split_choice,
)
from wtfc.importing.mapping import ColumnMapping
from wtfc.importing.table import SourceTable
from wtfc.ui.parent_font import keep_parent_font


def split_note(table: SourceTable, mapping: ColumnMapping) -> str:
    """The confirm page's words for such cells ("" when none): the choice is made on the
    mapping step, which a template's file skips."""
    cells, how = several_answers(table, mapping)
    if not cells:
        return ""
    if keeps_cells(mapping):
        return f"<br><br>{escape(several_offer(cells, how)[:-1])}: each is one card, as chosen."
    return (f"<br><br>{escape(several_offer(cells, how)[:-1])}: each answer becomes a card of "
            "its own. To keep each cell as one card, click <b>Check the columns first</b>.")


class SplitOffer(QWidget):
    """``chosen(keep)`` fires when the facilitator keeps each cell whole, or takes that back."""

    chosen = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()  # read as its words, as the problems under it are
        keep_parent_font(self.label)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.split = QRadioButton()
        self.keep = QRadioButton("&" + KEEP_CHOICE)
        self.keep.setAccessibleName(KEEP_CHOICE)
        self.keep.setToolTip("Each cell one card, its answers together (Alt+K)")
        group = QButtonGroup(self)  # (the arrow keys move between the two)
        group.addButton(self.split)
        group.addButton(self.keep)
        self.split.toggled.connect(self._toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.split)
        layout.addWidget(self.keep)
        self.setVisible(False)
        self._filling = False

    def fill(self, table: SourceTable, mapping: ColumnMapping) -> None:
        cells, how = several_answers(table, mapping)
        self.label.setText(several_offer(cells, how) if cells else "")
        choice = split_choice(how)
        self.split.setText("&" + choice)
        self.split.setAccessibleName(choice)
        self.split.setToolTip(f"Each answer a card of the row's kind and person (Alt+{choice[0]})")
        self._filling = True  # the choice as the mapping holds it: no signal
        (self.keep if keeps_cells(mapping) else self.split).setChecked(True)
        self._filling = False
        self.setVisible(bool(cells))

    def text(self) -> str:
        return self.label.text()

    def _toggled(self, split: bool) -> None:
        if not self._filling:
            self.chosen.emit(not split)
