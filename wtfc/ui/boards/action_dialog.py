"""The dialog that adds or edits one action: every field reachable by Tab, Enter saves."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from wtfc.model.document import Document
from wtfc.model.workshop import Action, ActionStatus, Role


def _named(widget: QWidget, name: str, tip: str) -> QWidget:
    widget.setAccessibleName(name)
    widget.setToolTip(tip)
    return widget


class ActionDialog(QDialog):
    """Fields of an action; ``values()`` gives them for ``add_action`` / ``edit_action``."""

    def __init__(self, doc: Document, *, action: Action | None = None, theme_id: str | None = None,
                 role: Role = Role.COMMISSIONERS, today: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self.setWindowTitle("Edit action" if action else "New action")
        self.setMinimumWidth(640)
        self.what = _named(QLineEdit(), "What will be done", "What will be done (required)")
        self.theme = _named(QComboBox(), "Theme it answers", "The theme this action answers")
        for theme in doc.workshop.themes:
            mark = f"★{theme.priority.rank} " if theme.priority.chosen else ""
            self.theme.addItem(f"{mark}{theme.name}", theme.id)
        self.role = _named(QComboBox(), "Who (swim-lane)", "Which group takes it on")
        for r in Role:
            self.role.addItem(r.label, r)
        self.owner = _named(QLineEdit(), "Owner", "The team or role that owns it (no names)")
        self.has_date = _named(QCheckBox("By"), "Has a date", "Tick to set a date")
        self.by_when = _named(QDateEdit(), "By when", "The date it should be done by")
        self.by_when.setCalendarPopup(True)
        self.by_when.setDisplayFormat("d MMM yyyy")
        self.has_date.toggled.connect(self.by_when.setEnabled)
        self.first_step = _named(QLineEdit(), "First step", "The very next thing to do")
        self.how_we_know = _named(QLineEdit(), "How we'll know",
                                  "What will show it worked (evidence for the next review)")
        self.status = _named(QComboBox(), "Status", "Not started, in progress, done or dropped")
        for s in ActionStatus:
            self.status.addItem(s.label, s)
        self.cause = _named(QComboBox(), "Root cause it tackles (optional)",
                            "Optionally, the cause on the why-tree it tackles")
        self.success = _named(QComboBox(), "Success it aims at (optional)",
                              "Optionally, the success statement it works towards")
        self.theme.currentIndexChanged.connect(lambda _: self._fill_links())

        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.by_when, 1)
        form = QFormLayout(self)
        form.addRow("&What:", self.what)
        form.addRow("&Theme:", self.theme)
        form.addRow("&Who:", self.role)
        form.addRow("&Owner:", self.owner)
        form.addRow("By &when:", date_row)
        form.addRow("&First step:", self.first_step)
        form.addRow("How we'll &know:", self.how_we_know)
        form.addRow("&Status:", self.status)
        form.addRow("Root &cause:", self.cause)
        form.addRow("Su&ccess statement:", self.success)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._load(action, theme_id, role, today or dt.date.today())

    def _load(self, action: Action | None, theme_id: str | None, role: Role,
              today: dt.date) -> None:
        self._select(self.theme, action.theme_id if action else theme_id)
        self._select(self.role, action.role if action else role)
        date = action.by_when if action and action.by_when else today + dt.timedelta(days=90)
        self.by_when.setDate(QDate(date.year, date.month, date.day))
        self.has_date.setChecked(bool(action and action.by_when) or action is None)
        self.by_when.setEnabled(self.has_date.isChecked())
        if action is not None:
            self.what.setText(action.what)
            self.owner.setText(action.owner)
            self.first_step.setText(action.first_step)
            self.how_we_know.setText(action.how_we_know)
            self._select(self.status, action.status)
        self._fill_links()
        if action is not None:
            self._select(self.cause, action.cause_id)
            self._select(self.success, action.success_id)

    def _fill_links(self) -> None:
        theme_id = self.theme.currentData()
        for combo, items in (
                (self.cause, [(c.id, c.text) for c in self._doc.workshop.causes
                              if c.theme_id == theme_id]),
                (self.success, [(s.id, f"{s.perspective.label}: {s.text}")
                                for s in self._doc.workshop.success if s.theme_id == theme_id])):
            combo.clear()
            combo.addItem("(none)", None)
            for part_id, text in items:
                combo.addItem(text, part_id)

    @staticmethod
    def _select(combo: QComboBox, data: Any) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def values(self) -> dict[str, Any]:
        date = self.by_when.date()
        return {
            "theme_id": self.theme.currentData(), "role": self.role.currentData(),
            "what": self.what.text(), "owner": self.owner.text(),
            "by_when": dt.date(date.year(), date.month(), date.day())
            if self.has_date.isChecked() else None,
            "first_step": self.first_step.text(), "how_we_know": self.how_we_know.text(),
            "status": self.status.currentData(), "cause_id": self.cause.currentData(),
            "success_id": self.success.currentData(),
        }
