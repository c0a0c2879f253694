"""Plan and Act: Ctrl+Z (or a jump in Edit > History) that changes an action of a theme the
"Show:" list hides shows every theme's actions again and says so at the window's foot
("Undone: … — the Show list shows all themes again: it hid this change"), as the wall widens
its kind filter. Before, the list showed one theme and the board looked unchanged. A step on
the theme shown keeps the list as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.operations.actions import delete_action, edit_action
from wtfc.model.workshop import Stage

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
WIDENED = "the Show list shows all themes again: it hid this change"


def _key(qtbot, w, key, modifiers) -> None:
    qtbot.keyClick(QApplication.focusWidget() or w, key, modifiers)
    settle()


@pytest.fixture(params=[Stage.PLAN, Stage.ACT])
def board(request, qtbot, demo_window):
    w = demo_window
    w.go_to_stage(request.param, focus=True)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    return w, w.page(request.param)


def _only(board, theme_id: str) -> None:
    board.theme_filter.setCurrentIndex(board.theme_filter.findData(theme_id))
    board.tree.setFocus()


def test_an_undo_under_a_theme_the_list_hides_shows_all_themes_and_says_so(qtbot, board):
    w, page = board
    actions = w.doc.workshop.actions
    action = actions[0]
    other = next(a.theme_id for a in actions if a.theme_id != action.theme_id)
    w.undo.push(edit_action(w.doc, action_id=action.id, what="Words changed by the group"))
    label = w.undo.stack.undoText()
    _only(page, other)
    assert not any(item.text(0) == "Words changed by the group" for item in page.action_items())

    _key(qtbot, w, Qt.Key.Key_Z, CTRL)
    assert w.doc.get("actions", action.id).what == action.what
    assert page.theme_filter.currentData() is None  # "All themes"
    assert page.theme_filter.currentText() == "All themes"
    assert any(item.text(0) == action.what for item in page.action_items())
    assert w.statusBar().currentMessage() == f"Undone: {label} — {WIDENED}"
    save_render(w, f"plan_undo_shows_all_themes_{w.shown_stage().value}")

    _only(page, other)
    _key(qtbot, w, Qt.Key.Key_Z, CTRL | SHIFT)
    assert page.theme_filter.currentData() is None
    assert w.statusBar().currentMessage() == f"Redone: {label} — {WIDENED}"


def test_an_undone_delete_under_a_hidden_theme_comes_back_in_sight_and_chosen(qtbot, board):
    w, page = board
    actions = w.doc.workshop.actions
    action = actions[0]
    other = next(a.theme_id for a in actions if a.theme_id != action.theme_id)
    w.undo.push(delete_action(w.doc, action_id=action.id))
    _only(page, other)
    _key(qtbot, w, Qt.Key.Key_Z, CTRL)
    assert page.theme_filter.currentData() is None
    assert page.selected_action() is not None and page.selected_action().id == action.id


def test_an_undo_on_the_theme_shown_keeps_the_list(qtbot, board):
    w, page = board
    action = w.doc.workshop.actions[0]
    w.undo.push(edit_action(w.doc, action_id=action.id, what="Words changed by the group"))
    label = w.undo.stack.undoText()
    _only(page, action.theme_id)
    _key(qtbot, w, Qt.Key.Key_Z, CTRL)
    assert page.theme_filter.currentData() == action.theme_id
    assert w.statusBar().currentMessage() == f"Undone: {label}"
