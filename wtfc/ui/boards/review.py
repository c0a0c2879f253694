"""The Review board: open last time's workshop and see what changed (TLAP step 8).

The previous file is only read. The comparison itself is Qt-free (``wtfc.model.compare``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wtfc.model.compare import Change, WorkshopComparison, compare_workshops
from wtfc.model.document import Document
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import load_workshop
from wtfc.ui.boards.common import RefusalNotice, follow_document
from wtfc.ui.boards.plan import OVERDUE_INK, OVERDUE_TINT, date_text
from wtfc.ui.style import kind_text, ui_font
from wtfc.ui.undo import UndoAdapter

THEME_COLUMNS = ("Change", "Kind", "Theme", "Cards then → now", "People then → now",
                 "Matched by")
ACTION_COLUMNS = ("Last time's action", "Who", "Owner", "By when", "Status", "Its theme now")


def change_text(change: Change) -> str:
    return f"{change.symbol} {change.label}"


def action_status_text(action) -> str:
    return (f"⚠ Overdue · {action.status.label}" if action.overdue
            else action.status.label)


class ReviewBoard(QWidget):
    """Compares this workshop with a previous one: themes that changed, last time's actions.

    ``previous_changed()``: last time's workshop was opened or let go (the room view follows).
    """

    previous_changed = Signal()

    def __init__(self, doc: Document, undo: UndoAdapter, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self._doc = doc
        self._undo = undo
        self._today = today
        self.previous: Document | None = None
        self.previous_path: Path | None = None
        self.setAccessibleName("Review board")
        self._build()
        follow_document(self, doc, on_parts=lambda *_: self.refresh(),
                        on_reset=self._on_reset)
        self.refresh()

    def _build(self) -> None:
        title = QLabel("Review: what has changed since last time?")
        title.setFont(ui_font(16, bold=True))
        self.open_button = QPushButton("&Open previous workshop…")
        self.open_button.setAccessibleName("Open previous workshop")
        self.open_button.setToolTip("Choose last time's .wtfc file to compare with (only read)")
        self.open_button.clicked.connect(self.choose_previous)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Review summary")
        self.themes = self._tree(THEME_COLUMNS, "Themes: what changed",
                                 (150, 150, 420, 150, 160))
        self.actions = self._tree(ACTION_COLUMNS, "Last time's actions and their status",
                                  (360, 180, 170, 110, 210))
        self.notice = RefusalNotice()
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.open_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.themes)
        splitter.addWidget(self.actions)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

    @staticmethod
    def _tree(columns, name: str, widths) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(columns)
        tree.setAccessibleName(name)
        tree.setToolTip(name)
        tree.setRootIsDecorated(False)
        tree.setFont(ui_font(11))
        tree.setAlternatingRowColors(True)
        header = tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        return tree

    # -- opening the previous workshop -----------------------------------------------------------
    def choose_previous(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open last time's workshop", "",
                                              "Workshops (*.wtfc);;All files (*)")
        if path:
            self.load_previous(Path(path))

    def load_previous(self, path: Path) -> bool:
        """Read a previous workshop; a bad file is explained in plain English, nothing changes."""
        try:
            loaded = load_workshop(path)
        except WorkshopFileError as exc:
            self.notice.say(f"Couldn't compare with that file. {exc}")
            return False
        self.previous = Document(loaded.workshop)
        self.previous_path = path
        self.notice.clear()
        self.refresh()
        self.previous_changed.emit()
        return True

    def clear_previous(self) -> None:
        """Another workshop was opened: last time's file no longer belongs with it."""
        self.previous = None
        self.previous_path = None
        self.notice.clear()
        self.refresh()
        self.previous_changed.emit()

    def comparison(self) -> WorkshopComparison | None:
        if self.previous is None:
            return None
        return compare_workshops(self.previous.workshop, self._doc.workshop,
                                 today=self._today())

    # -- showing it ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.themes.clear()
        self.actions.clear()
        result = self.comparison()
        if result is None:
            self.summary.setText("Open last time's workshop file to see which themes grew, "
                                 "shrank, appeared or disappeared, and how last time's actions "
                                 "went.")
            return
        counts = {c: len(result.with_change(c)) for c in Change}
        done = sum(1 for a in result.actions if a.status.value == "done")
        overdue = sum(1 for a in result.actions if a.overdue)
        name = self.previous_path.name if self.previous_path else "the previous workshop"
        self.summary.setText(
            f"Compared with “{result.previous_title}” ({name}): {counts[Change.GREW]} grew, "
            f"{counts[Change.SHRANK]} shrank, {counts[Change.APPEARED]} new, "
            f"{counts[Change.DISAPPEARED]} gone. Last time's actions: {len(result.actions)}, "
            f"{done} done, {overdue} overdue.")
        for t in result.themes:
            shown_name = t.name + (f"  (was “{t.previous_name}”)" if t.renamed else "")
            how = {"name": "Same name", "cards": f"Similar cards ({t.similarity:.0%})"}.get(
                t.matched_by, "—")
            item = QTreeWidgetItem([change_text(t.change), kind_text(t.kind), shown_name,
                                    f"{t.cards_before} → {t.cards_now}",
                                    f"{t.people_before} → {t.people_now}", how])
            item.setToolTip(2, shown_name)
            self.themes.addTopLevelItem(item)
        for a in result.actions:
            fate = change_text(a.theme_change) if a.theme_change else "—"
            item = QTreeWidgetItem([a.what, a.role.label, a.owner, date_text(a.by_when),
                                    action_status_text(a), f"{a.theme_name}: {fate}"])
            item.setToolTip(0, a.what)
            if a.overdue:
                for column in range(len(ACTION_COLUMNS)):
                    item.setBackground(column, QBrush(OVERDUE_TINT))
                item.setForeground(4, QBrush(OVERDUE_INK))
                item.setFont(4, ui_font(11, bold=True))
            self.actions.addTopLevelItem(item)

    def _on_reset(self) -> None:
        self.refresh()
