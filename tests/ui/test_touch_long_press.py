"""A finger held still and lifted opens the menu a right-click opens (Windows' "press and
hold"), on the wall's cards and theme names (review R1 R1): fourteen of the wall's actions
(Delete theme, Merge theme into…, Comment on theme…, Take out of theme, "Where does this card
go?"…) were only on those menus, out of a finger's reach. Nothing is changed by the hold."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from tests.ui.wall.test_wall_touch import _card_near, _middle, _theme_name_point, _touch, wall
from wtfc.ui.fingers import HOLD_MS
from wtfc.ui.wall import panel_actions

__all__ = ["wall"]  # the wall's fixture, shared


@pytest.fixture
def menus(monkeypatch) -> list[list[str]]:
    """The menus' words, each as it would have been shown."""
    shown: list[list[str]] = []

    class Noted(QMenu):
        def exec(self, *_args) -> None:  # type: ignore[override]
            shown.append([a.text() for a in self.actions() if not a.isSeparator()])

    monkeypatch.setattr(panel_actions, "QMenu", Noted)
    return shown


def _held_and_lifted(view, point) -> None:
    _touch(view, ("press", 0, point))
    hold = view.fingers.hold  # its HOLD_MS come now: the timer, running, fires
    assert hold.isActive() and hold.interval() == HOLD_MS
    hold.stop()
    hold.timeout.emit()
    _touch(view, ("move", 0, point))  # still
    _touch(view, ("release", 0, point))


def test_a_long_press_on_a_themes_name_opens_the_themes_menu(wall, demo_window, menus):
    theme_id, point = _theme_name_point(wall)
    steps = demo_window.undo.stack.count()
    _held_and_lifted(wall, point)
    assert len(menus) == 1
    assert {"Delete theme", "Merge theme into…"} <= set(menus[0])
    assert demo_window.page(demo_window.doc.workshop.stage).current_theme() == theme_id
    assert demo_window.undo.stack.count() == steps


def test_a_long_press_on_a_card_opens_its_menu_and_moves_nothing(wall, demo_window, menus):
    item, point = _card_near(wall, _middle(wall))
    where = item.pos()
    steps = demo_window.undo.stack.count()
    _held_and_lifted(wall, point)
    assert len(menus) == 1 and "Edit card…" in menus[0]
    assert sorted(i.card.id for i in wall.selected_cards()) == [item.card.id]
    assert item.pos() == where and demo_window.undo.stack.count() == steps


def test_a_tap_opens_no_menu(wall, menus):
    _item, point = _card_near(wall, _middle(wall))
    _touch(wall, ("press", 0, point))
    _touch(wall, ("release", 0, point))
    assert menus == []


def test_a_long_press_on_a_priority_opens_its_menu(demo_window, qtbot):
    """Choose priorities: the table's own right-click menu (Rename theme…), its row chosen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tests.ui.settled import settle
    from wtfc.model.workshop import Stage
    from wtfc.ui.fingers import ItemFingers

    demo_window.resize(1366, 768)
    demo_window.go_to_stage(Stage.UNDERSTAND, focus=True)
    page = demo_window.page(Stage.UNDERSTAND)
    page.setCurrentIndex(0)
    settle()
    table = page.priorities.table
    point = table.visualRect(table.model().index(2, 0)).center()
    shown: list[list[str]] = []

    def note_and_close() -> None:  # Qt's own menu (an actions menu): noted, then shut
        menu = QApplication.activePopupWidget()
        if menu is not None:
            shown.append([a.text() for a in menu.actions() if not a.isSeparator()])
            menu.close()
            watch.stop()

    watch = QTimer(interval=10)  # from inside the menu's own loop
    watch.timeout.connect(note_and_close)
    watch.start()
    steps = demo_window.undo.stack.count()
    _touch(table, ("press", 0, point))
    hold = table.findChild(ItemFingers).hold
    hold.stop()
    hold.timeout.emit()
    _touch(table, ("release", 0, point))
    qtbot.waitUntil(lambda: shown != [])
    watch.stop()
    assert "Rename theme…" in shown[0]
    assert table.currentIndex().row() == 2
    assert demo_window.undo.stack.count() == steps
