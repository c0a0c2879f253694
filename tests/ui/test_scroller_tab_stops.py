"""A page that scrolls on a short screen is no Tab stop of its own: Ctrl+1 put the keyboard on
Prepare's nameless scroller (typing went nowhere), and Tab stopped on one on Collect's "Names to
watch for" and Review's "Looking back on this workshop"; a screen reader said nothing there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea

from wtfc.model.workshop import Stage

KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def _stage_key(window, qtbot, stage: Stage) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        QApplication.focusWidget() or window, KEY(KEY.Key_1 + list(Stage).index(stage)), CTRL
    )
    assert window.shown_stage() == stage


def _tab_stops(qtbot, presses: int = 40) -> list:
    stops = []
    for _ in range(presses):
        widget = QApplication.focusWidget()
        stops.append(widget)
        qtbot.keyClick(widget, KEY.Key_Tab)
    return stops


def test_ctrl_1_puts_the_keyboard_on_the_title_and_typing_goes_there(demo_window, qtbot):
    _stage_key(demo_window, qtbot, Stage.COLLECT)
    _stage_key(demo_window, qtbot, Stage.PREPARE)
    page = demo_window.page(Stage.PREPARE)
    assert QApplication.focusWidget() is page.title
    assert page.title.accessibleName() == "Workshop title"
    page.title.end(False)
    qtbot.keyClicks(QApplication.focusWidget(), " 2027")
    assert page.title.text().endswith("Change 2027")


def test_tab_never_stops_on_a_scroller(demo_window, qtbot):
    _stage_key(demo_window, qtbot, Stage.COLLECT)
    collect = demo_window.page(Stage.COLLECT)
    collect.names_fold.open()  # the names box, which scrolls on a short screen
    collect.watch_names.names_box.setFocus()
    stops = {Stage.COLLECT: _tab_stops(qtbot)}
    _stage_key(demo_window, qtbot, Stage.PREPARE)
    stops[Stage.PREPARE] = _tab_stops(qtbot)
    _stage_key(demo_window, qtbot, Stage.REVIEW)
    review = demo_window.page(Stage.REVIEW)
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_B, Qt.KeyboardModifier.AltModifier)
    assert review.looking_back.isVisible()  # on its own tab, beside last time's tables
    review.looking_back.boxes[next(iter(review.looking_back.boxes))].setFocus()
    stops[Stage.REVIEW] = _tab_stops(qtbot)
    assert collect.watch_names.names_box in stops[Stage.COLLECT]
    assert review.looking_back.date in stops[Stage.REVIEW]
    for stage, walked in stops.items():
        assert [w for w in walked if isinstance(w, QScrollArea)] == [], stage
        # what does scroll and is reached (lists, tables, text boxes) has a name to be read
        assert all(w.accessibleName() for w in walked if isinstance(w, QAbstractScrollArea)), stage
