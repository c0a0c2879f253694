"""Words still in an editor when the facilitator saves or closes are kept: a theme's name typed
on the wall, a reason typed under the why-tree, a statement edited in place, a cell of votes.
Ctrl+S or closing the window does not leave the editor, so nothing recorded them before."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Kind, Stage
from wtfc.ui.boards.priorities_model import Column
from wtfc.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    path = tmp_path / "day.wtfc"
    shutil.copy(demo_path(), path)
    w = MainWindow()
    qtbot.addWidget(w)
    w.files.open_path(path, confirmed=True)
    w.resize(1400, 880)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


def _saved(window):
    assert window.files.save()
    return load_workshop(window.files.path).workshop


def _why_tree(window, theme_id: str | None = ""):
    """Understand's why-tree tab on screen, on ``theme_id`` ("": the first priority; None:
    as it comes)."""
    window.go_to_stage(Stage.UNDERSTAND)
    board = window.page(Stage.UNDERSTAND).causes
    window.page(Stage.UNDERSTAND).setCurrentWidget(board)
    if theme_id is not None:
        board.selector.select_theme(theme_id or _priority(window))
    return board


def _priority(window) -> str:
    return next(t.id for t in window.doc.workshop.themes if t.priority.rank)


def test_a_theme_name_typed_on_the_wall_is_saved(window):
    window.go_to_stage(Stage.THEME)
    theme = next(t for t in window.doc.workshop.themes if t.kind == Kind.NOT_WORKING)
    editor = window.page(Stage.THEME).view.start_rename(theme.id)
    editor.setText("I am never told who is coming")
    assert QApplication.focusWidget() is editor
    saved = _saved(window)
    assert next(t for t in saved.themes if t.id == theme.id).name == \
        "I am never told who is coming"


def test_a_reason_typed_under_the_why_tree_is_saved(window):
    board = _why_tree(window)
    board.start_why()
    board.editor.setText("The rota is written a week late")
    saved = _saved(window)
    assert any(c.text == "The rota is written a week late" for c in saved.causes)
    assert board.line.mode == ""  # recorded: the line is free for the next "why?"


def test_a_statement_edited_in_place_is_saved(window):
    window.go_to_stage(Stage.IDENTIFY_SUCCESS)
    board = window.page(Stage.IDENTIFY_SUCCESS)
    column = next(c for c in board.columns.values() if c.list.count())
    item = column.list.item(0)
    column.list.setCurrentItem(item)
    column.list.editItem(item)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not column.list
    editor.setText("I choose when my visits are")
    saved = _saved(window)
    assert any(s.text == "I choose when my visits are" for s in saved.success)


def test_votes_typed_in_their_cell_are_saved(window, qtbot):
    window.go_to_stage(Stage.UNDERSTAND)
    board = window.page(Stage.UNDERSTAND).priorities
    theme = _priority(window)
    board.select_theme(theme, Column.VOTES)
    board.table.edit(board.table.currentIndex())
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not board.table
    qtbot.keyClicks(editor, "17")
    saved = _saved(window)
    assert next(t for t in saved.themes if t.id == theme).priority.votes == 17
    assert board.table.hasFocus()  # the keyboard is back in the table


def test_closing_records_the_words_and_asks_about_them(window, monkeypatch):
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    window.go_to_stage(Stage.UNDERSTAND)
    window.undo.stack.setClean()
    board = window.page(Stage.UNDERSTAND).causes
    window.page(Stage.UNDERSTAND).setCurrentWidget(board)
    board.selector.select_theme(_priority(window))
    board.start_why()
    board.editor.setText("Nobody rings when the carer is late")
    window.close()
    assert window.isVisible() and asked  # asked about unsaved work, not closed unasked
    assert any(c.text == "Nobody rings when the carer is late"
               for c in window.doc.workshop.causes)



def test_a_reason_is_recorded_when_the_keyboard_leaves_its_line(window):
    """A click on the tree (or a button, or another theme) after typing, without Enter."""
    board = _why_tree(window)
    board.start_why()
    board.editor.setText("Calls go to a machine")
    board.view.setFocus()
    assert any(c.text == "Calls go to a machine" for c in window.doc.workshop.causes)
    board.start_edit()  # opened and left unchanged: nothing recorded, the line closes
    steps = window.undo.stack.count()
    board.view.setFocus()
    assert window.undo.stack.count() == steps and board.line.mode == ""


def test_a_team_cleared_and_not_sent_is_cleared_on_save(window):
    """An empty team is an answer (Enter with it empty clears the team): it was kept."""
    board = _why_tree(window, theme_id=None)
    cause = next(c for c in window.doc.workshop.causes if c.team)
    board.selector.select_theme(cause.theme_id)
    board.view.select(cause.id)
    board.start_team()
    board.editor.clear()
    saved = _saved(window)
    assert next(c for c in saved.causes if c.id == cause.id).team == ""
    assert board.line.mode == ""
