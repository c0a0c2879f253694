"""Choose priorities' Votes editor hides the cell's old count: after F2 and Up on 14, the
editor's arrow strip let the selected cell show through, its old "4" beside the editor's "15"
(code review 23 G2 F4)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QSpinBox

from tests.ui.renders import save_render
from wtfc.model.workshop import Stage
from wtfc.ui.boards.priorities_model import Column
from wtfc.ui.boards.priorities_table import VotesTable


def _cell_showing_through(table: VotesTable, editor: QSpinBox) -> int:
    """Pixels of the selected cell's highlight within the editor's arrow strip, as on screen."""
    where = editor.geometry().translated(table.viewport().pos())
    strip = QRect(where.right() - where.height() // 2 - 4, where.top() + 2,
                  where.height() // 2, where.height() - 4)
    image = table.grab(strip).toImage()
    # by its red, green and blue: QColor's == also compares how a colour was made (RGB or HSL)
    highlight = table.palette().color(QPalette.ColorGroup.Active,
                                      QPalette.ColorRole.Highlight).rgb()
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if image.pixelColor(x, y).rgb() == highlight)


def test_the_old_count_does_not_show_through_the_editor_s_arrows(qtbot, demo_window):
    demo_window.go_to_stage(Stage.UNDERSTAND)
    table = demo_window.findChild(VotesTable)
    cell = table.model().index(0, Column.VOTES)
    table.setFocus()
    table.setCurrentIndex(cell)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(cell) or table.focusWidget()
    assert isinstance(editor, QSpinBox)
    qtbot.keyClick(editor, Qt.Key.Key_Up)
    save_render(table, "votes_editor_opaque")
    assert _cell_showing_through(table, editor) == 0
    editor.setAutoFillBackground(False)  # as before: the check sees the cell through it
    assert _cell_showing_through(table, editor) > 20
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
