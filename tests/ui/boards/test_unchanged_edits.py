"""Confirming without changing anything adds no undo step (and no unsaved mark), and the
editor still closes as after a real edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.ui.boards.causes import CausesBoard
from wtfc.ui.boards.plan import PlanBoard
from wtfc.ui.boards.priorities import PrioritiesBoard
from wtfc.ui.undo import UndoAdapter


@pytest.fixture
def doc() -> Document:
    return Document(load_workshop(demo_path()).workshop)


def test_minus_at_no_votes_and_enter_on_the_same_reason_add_no_step(qtbot, doc, undo, show):
    board = show(PrioritiesBoard(doc, undo), 1400, 800)
    theme = next(t for t in doc.workshop.themes if t.priority.votes == 0)
    board.select_theme(theme.id)
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_Minus)
    qtbot.keyClick(board.table, Qt.Key.Key_Minus)
    board.reason.setFocus()
    qtbot.keyClick(board.reason, Qt.Key.Key_Return)
    assert undo.stack.count() == 0 and undo.stack.isClean()


def test_f2_then_enter_on_a_cause_closes_the_editor_without_a_step(qtbot, doc, undo, show):
    board = show(CausesBoard(doc, undo), 1400, 800)
    cause = next(c for c in doc.workshop.causes if c.theme_id == board.theme_id())
    board.view.select(cause.id)
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_F2)
    assert board.editor.isEnabled()
    qtbot.keyClick(board.editor, Qt.Key.Key_Return)
    assert not board.editor.isEnabled()
    assert undo.stack.count() == 0


def test_saving_an_action_unchanged_closes_the_dialog_without_a_step(qtbot, doc, undo, show):
    board = show(PlanBoard(doc, undo), 1400, 800)
    board.tree.setFocus()
    qtbot.keyClick(board.tree, Qt.Key.Key_Down)
    qtbot.keyClick(board.tree, Qt.Key.Key_Return)
    dialog = board.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog.what, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert undo.stack.count() == 0


def test_a_real_change_after_them_is_still_one_step(qtbot, doc, show):
    undo = UndoAdapter(doc)
    board = show(PrioritiesBoard(doc, undo), 1400, 800)
    theme = next(t for t in doc.workshop.themes if t.priority.votes == 0)
    board.select_theme(theme.id)
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_Plus)
    assert undo.stack.count() == 1 and doc.theme(theme.id).priority.votes == 1
