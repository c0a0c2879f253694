# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Ctrl+Z with words typed in a success "Add…" box undoes the step Edit → Undo names.

A statement deleted by mistake, a new one half typed, a click on the list, Ctrl+Z: the menu said
"Undo Delete success statement…", but the typed words were first added as a step and that step
was taken straight back, so the words vanished and the deleted statement stayed gone. The words
in the box are a draft: Undo and Redo leave them there (save, close or moving on add them)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from renders import save_render
from window_fixtures import make_window, open_on_stage, recovery_folder  # noqa: F401

from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Perspective, Stage
from wtfc.ui.boards.success_columns import ID_ROLE

WORDS = "Older people choose when the carer comes"
OLDER = Perspective.OLDER_PEOPLE


def _on_success(make_window, qtbot, tmp_path):
    path = tmp_path / "spring.wtfc"
    save_workshop(load_workshop(demo_path()).workshop, path)
    window = open_on_stage(make_window(autosave=False), path, qtbot, Stage.IDENTIFY_SUCCESS)
    return window, window.page(Stage.IDENTIFY_SUCCESS), path


def _edit_menu(window) -> list[str]:
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    return [a.text() for a in edit.actions()[:2]]


def _key(window, key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    QTest.keyClick(window.windowHandle(), key, modifiers)


def test_ctrl_z_brings_back_a_statement_deleted_and_keeps_the_words_being_typed(make_window,
                                                                               qtbot, tmp_path):
    window, board, path = _on_success(make_window, qtbot, tmp_path)
    column = board.columns[OLDER]
    first = board.statements(OLDER)[0]
    assert board.delete_statement(column.list.item(0).data(ID_ROLE))  # by mistake
    assert first not in board.statements(OLDER)
    column.entry.setFocus()
    QTest.keyClicks(column.entry, WORDS)  # a new one, Enter not pressed
    column.list.setFocus()  # a click on the list
    undo_says = _edit_menu(window)[0]
    assert undo_says.startswith("&Undo Delete success statement")

    _key(window, Qt.Key.Key_Z)  # undo: the step the menu named
    save_render(window, "success_undo_keeps_words")
    assert first in board.statements(OLDER)
    assert column.entry.text() == WORDS and WORDS not in board.statements(OLDER)
    assert _edit_menu(window)[1].startswith("&Redo Delete success statement")
    # the step said, nothing refused or said about the words
    assert window.statusBar().currentMessage().startswith("Undone: Delete success statement")

    _key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
         | Qt.KeyboardModifier.ShiftModifier)  # redo: deleted again, the words still there
    assert first not in board.statements(OLDER)
    assert column.entry.text() == WORDS and WORDS not in board.statements(OLDER)
    _key(window, Qt.Key.Key_Y)  # nothing more to redo: the words are not a step
    assert column.entry.text() == WORDS and WORDS not in board.statements(OLDER)

    _key(window, Qt.Key.Key_Z)  # undo again: back, the words still a draft
    assert first in board.statements(OLDER) and column.entry.text() == WORDS

    _key(window, Qt.Key.Key_S)  # a save still adds them, as their own step
    saved = [s.text for s in load_workshop(path).workshop.success]
    assert first in saved and WORDS in saved
    assert column.entry.text() == "" and WORDS in board.statements(OLDER)
    assert window.undo.stack.undoText() == f"Add success statement '{WORDS}'"


def test_edit_undo_from_the_menu_with_the_keyboard_in_the_box_leaves_the_words(make_window,
                                                                              qtbot, tmp_path):
    window, board, _path = _on_success(make_window, qtbot, tmp_path)
    column = board.columns[OLDER]
    column.entry.setText("Carers listen to us")
    QTest.keyClick(column.entry, Qt.Key.Key_Return)  # a statement added with Enter: one step
    assert "Carers listen to us" in board.statements(OLDER)
    column.entry.setFocus()
    QTest.keyClicks(column.entry, WORDS)
    undo = next(a for a in window.findChildren(QAction) if a.text().startswith("&Undo"))
    assert undo.text() == "&Undo Add success statement 'Carers listen to us'"
    undo.trigger()  # Edit → Undo with the mouse: the line edit's own undo is not asked
    assert "Carers listen to us" not in board.statements(OLDER)
    assert column.entry.text() == WORDS and WORDS not in board.statements(OLDER)
    redo = next(a for a in window.findChildren(QAction) if a.text().startswith("&Redo"))
    redo.trigger()
    assert "Carers listen to us" in board.statements(OLDER)
    assert column.entry.text() == WORDS and WORDS not in board.statements(OLDER)
    QTest.keyClick(column.entry, Qt.Key.Key_Return)  # Enter still adds them, one step
    assert WORDS in board.statements(OLDER) and column.entry.text() == ""
    window.undo.stack.undo()
    assert WORDS not in board.statements(OLDER)
    window.undo.stack.redo()
    assert WORDS in board.statements(OLDER)


def test_moving_on_still_adds_the_words_first(make_window, qtbot, tmp_path):
    """Not an undo: going to Plan adds them as their own step before the move (93b9d3f)."""
    window, board, _path = _on_success(make_window, qtbot, tmp_path)
    column = board.columns[OLDER]
    column.entry.setFocus()
    QTest.keyClicks(column.entry, WORDS)
    window.go_to_stage(Stage.PLAN)
    assert WORDS in board.statements(OLDER) and column.entry.text() == ""
    _key(window, Qt.Key.Key_Z)  # the move back; the words stay added
    assert window.doc.workshop.stage == Stage.IDENTIFY_SUCCESS
    assert WORDS in board.statements(OLDER)
