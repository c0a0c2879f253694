"""A theme row cut short in the outline shows its whole name when pointed at: at 1024×768 the
row read "1. ✓ Group 1 (not na…", cutting the words that say it still needs a name, and only
card rows had a tooltip (review a11y24 F4). A screen reader already hears the whole name."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from wtfc.model.operations.themes import rename_theme
from wtfc.ui.wall.outline import THEME_ROLE

LONG = "Group 1 (not named yet): people who want the same carer every week"


def _pointed_at(outline, row) -> str:
    """The tooltip shown for the pointer resting on ``row``, as Qt's item view shows it."""
    spot = outline.visualRect(row.index()).center()
    QApplication.sendEvent(outline.viewport(), QHelpEvent(
        QEvent.Type.ToolTip, spot, outline.viewport().mapToGlobal(spot)))
    return QToolTip.text()


def test_a_cut_theme_row_shows_its_whole_name_when_pointed_at(panel, doc, undo, tmp_path):
    undo.push(rename_theme(doc, theme_id="package", name=LONG))
    outline = panel.outline
    outline.rebuild()
    outline.setFixedWidth(220)  # as narrow as beside the wall on a 1024×768 laptop
    QApplication.processEvents()
    [row] = [outline.model_.item(r) for r in range(outline.model_.rowCount())
             if outline.model_.item(r).data(THEME_ROLE) == "package"]
    assert (outline.fontMetrics().horizontalAdvance(row.text())
            > outline.visualRect(row.index()).width())  # cut on screen
    outline.grab().save(str(tmp_path / "outline.png"))
    try:
        assert _pointed_at(outline, row) == LONG
    finally:
        QToolTip.hideText()
    assert LONG in row.data(Qt.ItemDataRole.AccessibleTextRole)
