"""Collect at 16 pt ("Make text bigger") on a 768-high laptop or projector, held-back details
shown, names pasted and a long message at the foot: the rows of buttons and filters were laid
over each other, the ticked "Show held-back details" lay under the Filter row (out of sight,
out of reach) and the table showed one row. The rows above the table now scroll instead."""

from __future__ import annotations

import os
from itertools import combinations

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

from tests.ui.settled import settle
from wtfc.model.demo import demo_path
from wtfc.model.workshop import Stage
from wtfc.ui.main_window import MainWindow

FOOT = ("Removed P003's cards. Still holding them: the names pasted to watch for, the held-back "
        "details shown on this screen and the undo history until the workshop is closed; save "
        "now to keep the file without them, and hide the held-back details before projecting.")


def _collect(qtbot, tmp_path, font_points, points: float, width: int) -> tuple[MainWindow, QWidget]:
    font_points(points)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.open_path(demo_path(), as_copy=True, confirmed=True)
    window.resize(width, 738)  # a 768-high screen less its panel
    window.show()
    window.go_to_stage(Stage.COLLECT)
    page = window.page(Stage.COLLECT)
    page.names_fold.button.click() if not page.names_box.isVisible() else None
    page.names_box.setPlainText("Zebedee Okafor\nJoan Smith")
    page.held_back.set_shown(True)
    window.statusBar().showMessage(FOOT)
    settle()
    return window, page


def _place(widget: QWidget, page: QWidget) -> QRect:
    return QRect(widget.mapTo(page, widget.rect().topLeft()), widget.size())


def _controls(page: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QComboBox, QLineEdit, QLabel)
    found = [w for kind in kinds for w in page.findChildren(kind)
             if w.isVisibleTo(page) and w.width() > 0 and w.height() > 0]
    # a control inside the table, the names box or another control's own parts is not a row's
    return [w for w in found if not any(isinstance(p, kinds) or p is page.table
                                        or p is page.watch_names
                                        for p in _parents(w, page))]


def _parents(widget: QWidget, page: QWidget):
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        yield parent
        parent = parent.parentWidget()


@pytest.mark.parametrize("width", [1366, 1024])
def test_at_16_pt_on_a_768_high_screen_no_control_lies_over_another(
        qtbot, tmp_path, font_points, width):
    window, page = _collect(qtbot, tmp_path, font_points, 16, width)
    if out := os.environ.get("F44_OUT"):
        window.grab().save(f"{out}/collect-16pt-{width}.png")
    top = page.top_rows
    seen = _place(top.viewport(), page)
    controls = _controls(page)
    for a, b in combinations(controls, 2):
        assert not _place(a, page).intersects(_place(b, page)), (a.text() if hasattr(a, "text")
                                                                  else a, b.text()
                                                                  if hasattr(b, "text") else b)
    # the ticked box can be seen and reached: the rows scroll to it when it takes the keyboard
    # (Tab or Alt+W), from the table under them as well
    box = page.show_held_back
    assert box.isChecked()
    top.verticalScrollBar().setValue(0)
    page.table.setFocus()
    box.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    assert seen.contains(_place(box, page)) and not box.visibleRegion().isEmpty()
    # the table keeps at least three rows in sight
    table = page.table
    rows = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    assert rows >= 3
