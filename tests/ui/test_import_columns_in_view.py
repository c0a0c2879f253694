"""The mapping step on a 1366×768 laptop shows every column of a four-column sheet: the dialog
opened 1180 wide with a 330-pixel "Becomes" column, and the fourth column ("Voice") was cut at
the right edge behind a sideways scroll while the screen had ~180 pixels to spare (smoke review
21 finding 7). The dialog now takes the room the columns want, up to the screen's width, and
"Becomes" keeps to 260 pixels (each row's cards are whole in its tooltip)."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_document, save_render
from import_fixtures import shown_dialog, wait_for
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen

from tests.ui.settled import settle
from wtfc.ui.screen_fit import FRAME

MESSY = """Ref,Category,Comments,Voice
R1,Working,I like the Tuesday lunch club,Older person
,Not working,The carer never stays long enough,
,Future,I want to garden again,
R2,Working,My son visits every week,carer
,Not working,Nobody rings back from the office,
,Future,To go on a coach trip,
R3,Working,The nurse is kind,Older person
,Not working,I wait all morning for my carer,
,Future,I want to see my sister in Leeds,
"""
LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a 40-pixel taskbar
AT_150 = QRect(0, 0, 911, 472)  # the same laptop at 150%, less its taskbar


@pytest.fixture
def doc():
    return collect_document()


def _columns_step(qtbot, doc, undo, tmp_path, monkeypatch, free: QRect):
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: free)
    dialog = shown_dialog(qtbot, doc, undo)
    path = tmp_path / "messy.csv"
    path.write_text(MESSY, encoding="utf-8")
    dialog.load_file(path)
    wait_for(qtbot, dialog, "confirm")
    dialog.confirm_page.check_button.click()  # "Check the columns first…"
    wait_for(qtbot, dialog, "mapping")
    dialog.mapping_step.fill_offer.button.click()  # "Fill the blanks from the row above"
    settle()
    return dialog


def _on_screen(dialog, free: QRect) -> bool:
    frame = QRect(dialog.pos(), dialog.size() + FRAME)
    return free.contains(frame)


def test_every_column_of_a_four_column_sheet_is_in_view_at_1366(
        qtbot, doc, undo, tmp_path, monkeypatch):
    dialog = _columns_step(qtbot, doc, undo, tmp_path, monkeypatch, LAPTOP)
    grid = dialog.mapping_step.grid
    assert grid.columnCount() == 5  # "Becomes" and the sheet's four
    assert grid.horizontalScrollBar().maximum() == 0  # no sideways scroll
    for column in range(grid.columnCount()):
        right = grid.columnViewportPosition(column) + grid.columnWidth(column)
        assert right <= grid.viewport().width(), grid.horizontalHeaderItem(column).text()
    assert grid.columnWidth(0) == 260
    assert _on_screen(dialog, LAPTOP)  # Import and Cancel still on the screen
    save_render(dialog, "import_columns_1366")
    # a narrower size the facilitator chooses is kept: the same columns do not widen it again
    dialog.resize(1000, dialog.height())
    dialog.mapping_step.changed.emit()
    assert dialog.width() == 1000


def test_on_a_small_screen_it_stops_at_the_screens_edge(qtbot, doc, undo, tmp_path,
                                                         monkeypatch):
    dialog = _columns_step(qtbot, doc, undo, tmp_path, monkeypatch, AT_150)
    assert dialog.width() == AT_150.width() - FRAME.width()
    assert _on_screen(dialog, AT_150)
    assert dialog.mapping_step.grid.horizontalScrollBar().maximum() > 0  # the rest scrolls
