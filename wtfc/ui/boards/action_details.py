"""The chosen action's columns that are a scroll to the right, shown whole under the Plan and
Act boards' list.

On a 1366x768 laptop Act's list keeps the action, its date, its status, the note and the owner
in view (``plan_columns.fit_columns``); what it answers, its first step and how we'll know
were a scroll to the right, and scrolling there hid the action being talked about. The
facilitator goes through the actions one at a time with the room, so the chosen one's hidden
columns are set out here, label beside words, two or three to a line: nothing to scroll. Where
every column is in view (1920x1080) the panel is not shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from wtfc.ui.style import MUTED_INK, ui_font

# the hidden columns in this order, each with the words it shows when empty
SHOWN = {"Answers": "", "Owner": "Owner to be agreed", "First step": "Not written yet",
         "How we'll know": "Not written yet"}
NOTHING_CHOSEN = "Choose an action (↑ ↓) to see these for it."
NARROW = 900  # below this many px wide, two fields to a line (else all side by side)


class ActionDetails(QFrame):
    """``show_fields(names, values)``: the fields ``names`` (those a scroll away) with the chosen
    action's ``values`` (by column name; None: no action chosen). Hidden while ``names`` is
    empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Chosen action's other columns")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(8, 6, 8, 6)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(4)
        self.names: tuple[str, ...] = ()
        self.labels: dict[str, QLabel] = {}  # each field's words, by column name
        self._wide: bool | None = None
        self.hide()

    def show_fields(self, names: tuple[str, ...], values: dict[str, str] | None) -> None:
        names = tuple(name for name in SHOWN if name in names)
        if names != self.names or self._wide != (self.width() >= NARROW):
            self.names = names
            self._build()
        self.setVisible(bool(names))
        for i, (name, label) in enumerate(self.labels.items()):
            if values is None:  # a lane is chosen: the first field says how to see them
                label.setText("" if i else NOTHING_CHOSEN)
            else:
                label.setText(values.get(name, "") or SHOWN[name] or "—")

    def _build(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        self.labels = {}
        self._wide = self.width() >= NARROW
        across = len(self.names) if self._wide else 2
        for i, name in enumerate(self.names):
            row, column = divmod(i, across)
            title = QLabel(name)
            title.setFont(ui_font(10, bold=True))
            title.setStyleSheet(f"color: {MUTED_INK.name()}")
            words = QLabel()
            words.setWordWrap(True)
            words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            words.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            words.setAccessibleName(name)
            self._grid.addWidget(title, 2 * row, column)
            self._grid.addWidget(words, 2 * row + 1, column, Qt.AlignmentFlag.AlignTop)
            self.labels[name] = words
        for column in range(across):
            self._grid.setColumnStretch(column, 1)
        for column in range(across, 4):
            self._grid.setColumnStretch(column, 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.names and self._wide != (self.width() >= NARROW):
            texts = {name: label.text() for name, label in self.labels.items()}
            self._build()
            for name, text in texts.items():
                self.labels[name].setText(text)
