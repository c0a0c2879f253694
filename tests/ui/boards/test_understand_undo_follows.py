"""Understand follows Ctrl+Z and Ctrl+Shift+Z to where the step shows: a cause changed under
another theme brings that theme's why-tree up with the cause chosen and in sight; a cause
undone while the priorities tab is shown brings up Root causes; a priority undone while the
why-tree is shown brings up Choose priorities, its row chosen. Before, the other theme or tab
stayed on screen and only "Undone: …" at the window's foot said anything had changed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.boards.board_window import root_causes_at, settle
from tests.ui.renders import save_render

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _key(qtbot, window, key, modifiers) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)
    settle(qtbot)


def _in_sight(board, node: str) -> bool:
    view = board.view
    item = board.scene.nodes[node]
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    return shown.intersects(item.sceneBoundingRect())


@pytest.fixture
def understand(qtbot, demo_window):
    w = demo_window
    board = root_causes_at(w, qtbot, (1400, 900))
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    themes = [board.selector.itemData(i) for i in range(board.selector.count())]
    first = next(t for t in themes if any(c.theme_id == t for c in w.doc.workshop.causes))
    other = next(t for t in themes if t != first)
    board.selector.select_theme(first)
    # the deepest cause of the first theme: a box far down the tree, to be scrolled to
    causes = [c for c in w.doc.workshop.causes if c.theme_id == first]
    return w, board, first, other, causes[-1]


def test_a_cause_edited_under_another_theme_brings_that_tree_up(qtbot, understand):
    w, board, first, other, cause = understand
    assert board.edit_text("Words changed by the group", cause.id)
    board.selector.select_theme(other)  # the room moves on to the next priority
    board.view.setFocus()

    _key(qtbot, w, Qt.Key.Key_Z, CTRL)
    assert w.doc.get("causes", cause.id).text == cause.text
    assert board.theme_id() == first and board.selected() == cause.id
    assert _in_sight(board, cause.id)
    assert w.statusBar().currentMessage().startswith("Undone: ")
    save_render(w, "understand_undo_follows_theme")

    board.selector.select_theme(other)
    board.view.setFocus()
    _key(qtbot, w, Qt.Key.Key_Z, CTRL | SHIFT)
    assert board.theme_id() == first and board.selected() == cause.id
    assert w.doc.get("causes", cause.id).text == "Words changed by the group"


def test_an_undone_reason_under_another_theme_chooses_the_box_it_hung_under(qtbot, understand):
    w, board, first, other, cause = understand
    board.view.select(cause.id)
    assert board.add_why("Nobody asked the family", under=cause.id)
    added = next(c for c in w.doc.workshop.causes if c.text == "Nobody asked the family")
    board.selector.select_theme(other)
    board.view.setFocus()

    _key(qtbot, w, Qt.Key.Key_Z, CTRL)
    assert w.doc.get("causes", added.id) is None
    assert board.theme_id() == first and board.selected() == cause.id
    _key(qtbot, w, Qt.Key.Key_Z, CTRL | SHIFT)  # put back: chosen itself
    assert board.theme_id() == first and board.selected() == added.id
    assert _in_sight(board, added.id)


def test_a_cause_undone_from_the_priorities_tab_brings_up_root_causes(qtbot, understand):
    w, board, first, other, cause = understand
    assert board.edit_text("Words changed by the group", cause.id)
    board.selector.select_theme(other)
    tabs = board.parentWidget().parentWidget()
    tabs.setCurrentWidget(tabs.priorities)
    tabs.priorities.focus_target().setFocus()

    _key(qtbot, w, Qt.Key.Key_Z, CTRL)
    assert tabs.currentWidget() is board
    assert board.theme_id() == first and board.selected() == cause.id
    save_render(w, "understand_undo_brings_up_root_causes")


def test_a_priority_undone_from_the_why_tree_brings_up_choose_priorities(qtbot, understand):
    w, board, first, other, _cause = understand
    tabs = board.parentWidget().parentWidget()
    priorities = tabs.priorities
    theme = w.doc.theme(other)
    assert priorities.set_votes(other, theme.priority.votes + 3)
    priorities.select_theme(first)
    board.view.setFocus()

    _key(qtbot, w, Qt.Key.Key_Z, CTRL)
    assert w.doc.theme(other).priority.votes == theme.priority.votes
    assert tabs.currentWidget() is priorities
    assert priorities.current_theme().id == other
    save_render(w, "understand_undo_brings_up_priorities")


def test_a_step_on_the_tree_shown_changes_no_tab_or_theme(qtbot, understand):
    w, board, first, _other, cause = understand
    assert board.edit_text("Words changed by the group", cause.id)
    board.view.select(cause.id)
    board.view.setFocus()
    _key(qtbot, w, Qt.Key.Key_Z, CTRL)
    tabs = board.parentWidget().parentWidget()
    assert tabs.currentWidget() is board and board.theme_id() == first
    assert board.selected() == cause.id


def test_a_priority_undone_under_a_kind_the_priorities_hide_shows_all_kinds(qtbot, understand):
    w, board, _first, other, _cause = understand
    tabs = board.parentWidget().parentWidget()
    priorities = tabs.priorities
    theme = w.doc.theme(other)
    assert priorities.set_votes(other, theme.priority.votes + 3)
    label = w.undo.stack.undoText()
    tabs.setCurrentWidget(priorities)
    hiding = next(i for i in range(1, priorities.kind_filter.count())
                  if priorities.kind_filter.itemData(i) != theme.kind)
    priorities.kind_filter.setCurrentIndex(hiding)
    priorities.focus_target().setFocus()

    _key(qtbot, w, Qt.Key.Key_Z, CTRL)
    assert w.doc.theme(other).priority.votes == theme.priority.votes
    assert priorities.kind_filter.currentText() == "All kinds"
    assert priorities.current_theme().id == other
    assert w.statusBar().currentMessage() == (
        f"Undone: {label} — the priorities show all kinds again: their filter hid this change")
    save_render(w, "understand_undo_shows_all_kinds")


def test_with_the_fishbone_shown_the_undo_brings_up_its_theme_and_chooses_the_cause(
        qtbot, understand):
    w, board, first, other, cause = understand
    assert board.edit_text("Words changed by the group", cause.id)
    board.selector.select_theme(other)
    board.shapes.show_shape(fishbone=True)  # F: the causes by category
    _key(qtbot, w, Qt.Key.Key_Z, CTRL)
    assert board.theme_id() == first and board.shapes.showing_fishbone()
    assert board.shapes.fishbone.selected_id() == cause.id
    save_render(w, "understand_undo_follows_on_fishbone")
