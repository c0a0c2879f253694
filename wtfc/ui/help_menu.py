"""The Help menu's windows: the keyboard shortcuts (F1) and About wtfc.

Loaded when first asked for, so start-up never builds their Qt classes.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

import wtfc
from wtfc.ui.fingers import ItemFingers
from wtfc.ui.screen_fit import FRAME, available_geometry, fit_to_screen
from wtfc.ui.shortcut_help import ShortcutGroup, short_names
from wtfc.ui.style import ui_font
from wtfc.ui.wrapped_list import WrappedColumnsDelegate

WANTED_SIZE = QSize(760, 680)  # where the screen has room
# On a screen narrower than two such lists (a 1366×768 laptop at 125% or 150%: 1093 or 911
# wide) the list opens as a column against the right edge, a third of the screen wide: at
# 760 it covered nearly the whole window it explains.
BESIDE_BELOW = 2 * WANTED_SIZE.width()
BESIDE_MIN_WIDTH = 360  # two columns of wrapped 12-point words still read at this width


class ShortcutsDialog(QDialog):
    """The shortcut list, with a box that narrows it as you type. Not modal: it can stay open
    beside the window while the facilitator learns the keys."""

    def __init__(self, groups: list[ShortcutGroup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts — wtfc")
        self.setAccessibleName("Keyboard shortcuts")
        self.resize(WANTED_SIZE)
        self._fitted = False
        self.find_box = QLineEdit()
        self.find_box.setPlaceholderText("Type to find a key or an action")
        self.find_box.setAccessibleName("Find a shortcut")
        self.find_box.setClearButtonEnabled(True)
        self.find_box.textChanged.connect(self.show_matching)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Keys", "What it does"])
        self.tree.setAccessibleName("Shortcuts")
        self.tree.setRootIsDecorated(False)
        # a long row wraps onto a second line (whole in its tooltip too): in a narrow window it
        # ended "(numbered in the …" with no way to read the rest
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegate(WrappedColumnsDelegate(self.tree))
        self.tree.setFont(ui_font(12))
        ItemFingers(self.tree)  # a flick to read on scrolls it, choosing no row as it passes
        bold = ui_font(12, bold=True)
        for group in groups:
            top = QTreeWidgetItem([group.title])
            top.setFont(0, bold)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for keys, what in group.rows:
                row = QTreeWidgetItem([keys, what])
                row.setData(1, Qt.ItemDataRole.AccessibleTextRole, f"{what}: {keys}")
                row.setToolTip(1, what)
                top.addChild(row)
            self.tree.addTopLevelItem(top)
            # across both columns (Qt ignores this before the item is in the tree): in a
            # narrow list the title wrapped within the keys' column, "On the / Theme page"
            top.setFirstColumnSpanned(True)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, self.tree.columnWidth(0) + 24)
        self.nothing = QLabel("No shortcut matches.")
        self.nothing.setFont(ui_font(12))
        self.nothing.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.find_box)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.nothing)
        layout.addWidget(buttons)

    def showEvent(self, event) -> None:
        if not self._fitted:  # once: after that the size is the facilitator's to choose
            self._fitted = True
            available = available_geometry(self)
            if available is not None and available.width() < BESIDE_BELOW:
                self._open_beside(available)
            elif available is not None:  # the Close button stays on a 150% laptop screen
                fit_to_screen(self, WANTED_SIZE, available)
        super().showEvent(event)

    def _open_beside(self, available: QRect) -> None:
        """A column against the screen's right edge, the screen's height, a third as wide;
        the keys wrap at their spaces ("Ctrl+Shift+Z / or Ctrl+Y") to leave room for the
        words, but a key is never cut ("Ctrl+Shift+…")."""
        metrics = QFontMetrics(self.tree.font())
        longest_key = max((metrics.horizontalAdvance(key) for _, rows in self._groups()
                           for row in rows for key in row.text(0).split()), default=0)
        keys = longest_key + self.tree.indentation() + 16
        # the words' column at least as wide as the keys' (40: the margins and scroll bar)
        width = min(WANTED_SIZE.width(), available.width() - FRAME.width(),
                    max(BESIDE_MIN_WIDTH, available.width() // 3, 2 * keys + 40))
        self.resize(width, available.height() - FRAME.height())
        self.move(available.right() + 1 - width - FRAME.width(), available.top())
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), max(keys, width * 2 // 5)))

    def _groups(self) -> list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]]:
        """Each group's item with its rows' items, in order."""
        tree = self.tree
        groups = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
        return [(group, [row for row in (group.child(j) for j in range(group.childCount()))
                         if row is not None])
                for group in groups if group is not None]

    def show_matching(self, text: str) -> None:
        words = text.casefold().split()
        shown_any = False
        for group, rows in self._groups():
            group_shown = False
            for row in rows:
                # a key searched for as Qt or a keyboard spells it ("Ctrl+Return", "PgDn")
                # finds the row, which says it as the buttons do ("Ctrl+Enter", "Page Down")
                keys = row.text(0)
                seen = f"{keys} {short_names(keys)} {row.text(1)} {group.text(0)}".casefold()
                match = all(word in seen for word in words)
                row.setHidden(not match)
                group_shown |= match
            group.setHidden(not group_shown)
            shown_any |= group_shown
        self.nothing.setVisible(not shown_any)

    def visible_rows(self) -> list[tuple[str, str, str]]:
        """(group, keys, what) of the rows shown: what the facilitator sees."""
        return [(group.text(0), row.text(0), row.text(1))
                for group, rows in self._groups() for row in rows
                if not group.isHidden() and not row.isHidden()]


ABOUT = """<h2>wtfc {version}</h2>
<p>The Working Together for Change workshop tool: from what older people say in their reviews
to themes, root causes, what success looks like and actions by role.</p>
<p><b>Your workshop stays on this computer.</b> wtfc never uses the network. The cards are
kept in the workshop files you save and, until you save, in this computer's recovery folder;
the names you paste in to watch for are never saved anywhere.</p>
<p>Posters and reports use Atkinson Hyperlegible (Braille Institute, SIL Open Font License),
and Noto Sans Arabic (Google, SIL Open Font License) for Urdu and Arabic, joined with
arabic-reshaper (MIT) and set right to left with python-bidi (LGPL); Noto Sans Bengali,
Gurmukhi, Gujarati, Devanagari and Tamil (Google, SIL Open Font License) for Bengali,
Punjabi, Gujarati, Hindi and Tamil, shaped with HarfBuzz (uharfbuzz, Apache 2.0; HarfBuzz, MIT).
Theme suggestions use word vectors distilled from the all-MiniLM-L6-v2 sentence model
(Apache 2.0) and a projection learned from NHS Friends and Family Test comments labelled by
the pxtextmining project. Built with Qt for Python (PySide6, LGPL), pydantic, psygnal,
networkx, numpy and reportlab.</p>
<p>wtfc is free software under the MIT licence.</p>"""


def about_text() -> str:
    return ABOUT.format(version=wtfc.__version__)


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, "About wtfc", about_text())
