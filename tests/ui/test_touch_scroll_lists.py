"""Fingers on the lists, tables and trees (a touch screen, real QTest touch events): a flick
scrolls them and chooses nothing. Left to Qt a finger was a mouse: a flick up Collect's card
table chose the eight rows it passed over and let the tapped card go, and "Delete" then
deleted all eight; on the Theme page's outline "Move to theme" then took twelve. A tap still
chooses a row, and a finger held still and lifted opens the menu a right-click opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.settled import settle
from tests.ui.wall.test_wall_touch import _swipe, _touch
from wtfc.model.workshop import Stage
from wtfc.ui.fingers import HOLD_MS, ItemFingers
from wtfc.ui.wall import panel_actions


def _tap(view, point: QPoint) -> None:
    _touch(view, ("press", 0, point))
    _touch(view, ("release", 0, point))


def _hold_time_comes(view) -> None:
    """A finger held still: its HOLD_MS come now (its timer, running, fires)."""
    hold = view.findChild(ItemFingers).hold
    assert hold.isActive() and hold.interval() == HOLD_MS
    hold.stop()
    hold.timeout.emit()


def _chosen_rows(view) -> list[int]:
    return sorted(index.row() for index in view.selectionModel().selectedRows())


def _shown(qtbot, dialog, width: int, height: int):
    """The dialog shown at that size, on the offscreen screen, kept for qtbot to close."""
    qtbot.addWidget(dialog)
    dialog.resize(width, height)
    dialog.move(20, 20)  # on the offscreen screen
    dialog.show()
    settle()
    return dialog


def _on_screen(view, point: QPoint) -> bool:
    """The offscreen screen is 800 px square: a touch off it reaches no window."""
    screen = QApplication.primaryScreen().geometry()
    return screen.contains(view.viewport().mapToGlobal(point))


@pytest.fixture
def cards(demo_window):
    demo_window.resize(1366, 768)
    demo_window.go_to_stage(Stage.COLLECT, focus=True)
    settle()
    return demo_window.page(Stage.COLLECT).table


def test_a_flick_up_the_card_table_scrolls_it_and_keeps_the_tapped_card(cards, demo_window):
    steps = demo_window.undo.stack.count()
    row = cards.visualRect(cards.model().index(2, 1))
    tap_at = QPoint(120, row.center().y())
    assert _on_screen(cards, tap_at)
    _tap(cards, tap_at)
    assert _chosen_rows(cards) == [2]
    start = QPoint(120, cards.viewport().height() - 15)
    before = cards.verticalScrollBar().value()
    _swipe(cards, start, start - QPoint(0, 250))
    assert cards.verticalScrollBar().value() > before
    assert _chosen_rows(cards) == [2]  # it chose rows 6 to 13, and row 2 no more
    assert demo_window.undo.stack.count() == steps


def test_a_finger_keeps_its_place_in_the_table_as_it_scrolls(cards):
    """The card under the finger as it lands stays under it: by the row, a finger's 250 px
    would have scrolled 250 rows."""
    start = QPoint(120, cards.viewport().height() - 15)
    under = cards.indexAt(start).row()
    _swipe(cards, start, start - QPoint(0, 150))
    assert cards.indexAt(start - QPoint(0, 150)).row() == under


@pytest.fixture
def outline(demo_window):
    demo_window.resize(800, 760)  # the outline on the offscreen screen's 800 px
    demo_window.go_to_stage(Stage.THEME, focus=True)
    settle()
    view = demo_window.page(Stage.THEME).outline
    assert view.verticalScrollBar().maximum() > 0
    return view


def test_a_flick_up_the_outline_scrolls_it_and_chooses_nothing(outline):
    start = QPoint(40, outline.viewport().height() - 15)
    assert _on_screen(outline, start)
    before = outline.verticalScrollBar().value()
    _swipe(outline, start, start - QPoint(0, 250))
    assert outline.verticalScrollBar().value() > before
    assert outline.selectionModel().selectedIndexes() == []  # it chose twelve rows


def test_a_long_press_on_an_outline_row_chooses_it_and_opens_its_menu(outline, demo_window,
                                                                      monkeypatch):
    shown: list[list[str]] = []

    class Noted(QMenu):  # the menu's actions noted, not shown
        def exec(self, *_args) -> None:  # type: ignore[override]
            shown.append([a.text() for a in self.actions() if not a.isSeparator()])

    monkeypatch.setattr(panel_actions, "QMenu", Noted)
    point = outline.visualRect(outline.model().index(0, 0)).center()
    theme_id = demo_window.doc.workshop.themes[0].id
    steps = demo_window.undo.stack.count()
    _touch(outline, ("press", 0, point))
    _hold_time_comes(outline)
    _touch(outline, ("release", 0, point))
    assert outline.current_theme_id() == theme_id
    assert len(shown) == 1 and "Delete theme" in shown[0]
    assert demo_window.undo.stack.count() == steps


def test_a_swipe_down_the_stage_list_goes_to_no_stage(demo_window):
    from PySide6.QtWidgets import QListWidget

    demo_window.resize(1366, 768)
    settle()
    stages = next(w for w in demo_window.findChildren(QListWidget)
                  if w.accessibleName() == "Workshop stages")
    shown = demo_window.doc.workshop.stage
    first = stages.visualItemRect(stages.item(0)).center()
    last = stages.visualItemRect(stages.item(5)).center()
    _swipe(stages, first, last)
    settle()
    assert demo_window.doc.workshop.stage == shown


def test_a_swipe_down_the_history_list_undoes_nothing(demo_window):
    """Edit > History: a row chosen there undoes or redoes the workshop to it."""
    from PySide6.QtWidgets import QUndoView

    demo_window.resize(800, 760)  # the docked list on the offscreen screen's 800 px
    for stage in (Stage.COLLECT, Stage.THEME, Stage.UNDERSTAND, Stage.THEME, Stage.COLLECT):
        demo_window.go_to_stage(stage)
    stack = demo_window.undo.stack
    steps, at = stack.count(), stack.index()
    assert steps >= 5
    dock = demo_window.history_dock  # made at the first use since 555226ae
    dock.show()
    settle()
    history = dock.findChild(QUndoView)
    first = history.visualRect(history.model().index(1, 0)).center()
    last = history.visualRect(history.model().index(4, 0)).center()
    assert _on_screen(history, first) and _on_screen(history, last)
    _swipe(history, last, first)
    settle()
    assert (stack.count(), stack.index()) == (steps, at)


def test_a_flick_up_the_move_to_theme_list_keeps_the_theme_tapped(demo_window, qtbot):
    """Move to theme…: the flick chose the last theme it passed, and OK moved the cards there."""
    from wtfc.ui.wall.theme_picker import ThemePicker

    picker = ThemePicker(demo_window.doc.workshop.themes, kind=None, title="Move to theme")
    _shown(qtbot, picker, 420, 240)
    themes = picker.list
    assert themes.verticalScrollBar().maximum() > 0, (
        themes.count(), themes.height(), picker.height())
    _tap(themes, themes.visualRect(themes.model().index(1, 0)).center())
    assert themes.currentRow() == 1
    start = QPoint(40, themes.viewport().height() - 10)
    _swipe(themes, start, start - QPoint(0, 120))
    assert themes.verticalScrollBar().value() > 0
    assert themes.currentRow() == 1
