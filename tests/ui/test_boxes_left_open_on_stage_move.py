"""A box left open when the facilitator moves on: the wall's name box (F2) and the why-tree's
"Why?" line. Moving to Prepare with the name box open once cut "Who's in the room" and "The
day's plan" in half (every row of every flow in the window lost its items), and an empty box
swallowed Ctrl+Z instead of passing it on to Edit > Undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from wtfc.model.workshop import Stage
from wtfc.ui.days_plan import DaysPlan
from wtfc.ui.room_counts import InTheRoom


def _open_name_box(window):
    window.go_to_stage(Stage.THEME, focus=True)
    panel = window.page(Stage.THEME)
    QApplication.processEvents()
    theme = window.doc.workshop.themes[0]
    panel.view.setFocus()
    panel.view.focus_card(panel.scene.cards[(theme.card_ids[0], theme.id)])
    panel.wall_actions.rename.trigger()
    editor = panel.view._editor
    assert editor is not None and editor.hasFocus()
    return panel, editor


def _rows_whole(block) -> None:
    """Every count box shown at the height it asks for, inside its block."""
    assert block.boxes
    for box in block.boxes.values():
        assert box.isVisible()
        assert box.height() >= box.sizeHint().height()  # not sliced through
        top_left = box.mapTo(block, box.rect().topLeft())
        assert block.rect().contains(top_left) and top_left.y() + box.height() <= block.height()


def test_prepare_is_whole_after_the_wall_name_box_was_left_open(demo_window, qtbot, capfd):
    demo_window.go_to_stage(Stage.PREPARE, focus=True)  # its flows built before, as in a day
    QApplication.processEvents()
    _open_name_box(demo_window)
    QTest.keyClicks(demo_window.page(Stage.THEME).view._editor, " and more")
    item = demo_window.navigator.item(0)  # a real click on "1 Prepare", the box still open
    QTest.mouseClick(demo_window.navigator.viewport(), Qt.MouseButton.LeftButton,
                     pos=demo_window.navigator.visualItemRect(item).center())
    QApplication.processEvents()
    QApplication.processEvents()  # the name box and its hint deleted (deleteLater)
    assert demo_window.shown_stage() == Stage.PREPARE
    assert demo_window.doc.workshop.themes[0].name == "and more"  # the name typed was kept
    page = demo_window.page(Stage.PREPARE)
    for kind in (InTheRoom, DaysPlan):
        (block,) = page.findChildren(kind)
        _rows_whole(block)
    assert "already deleted" not in capfd.readouterr().err


def test_ctrl_z_in_the_empty_wall_name_box_undoes_the_last_step(demo_window, qtbot):
    panel, editor = _open_name_box(demo_window)
    theme = demo_window.doc.workshop.themes[0]
    first = theme.name
    editor.setText("Getting about")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # a rename: the step Ctrl+Z should take back
    stack = demo_window.undo.stack
    renamed = stack.index()
    _, editor = _open_name_box(demo_window)  # F2 again: the new name, nothing typed
    assert not editor.isUndoAvailable()
    QTest.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert stack.index() == renamed - 1  # Edit > Undo's step, not nothing
    assert demo_window.doc.theme(theme.id).name == first
    assert panel.view._editor is None  # the box closed, making no step of its own
    assert stack.canRedo() and stack.redoText().startswith("Rename")


def test_ctrl_z_in_the_empty_why_box_undoes_the_cause_just_added(demo_window, qtbot):
    from wtfc.ui.boards.why_tree_layout import ROOT

    demo_window.go_to_stage(Stage.UNDERSTAND, focus=True)
    tabs = demo_window.page(Stage.UNDERSTAND)
    tabs.setCurrentWidget(tabs.causes)
    causes = tabs.causes
    causes.view.setFocus()
    causes.view.select(ROOT)
    QTest.keyClick(causes.view, Qt.Key.Key_W)
    QTest.keyClicks(causes.editor, "First why")
    QTest.keyClick(causes.editor, Qt.Key.Key_Return)
    stack = demo_window.undo.stack
    assert stack.undoText() == "Add cause 'First why'"
    added = stack.index()
    QTest.keyClick(causes.view, Qt.Key.Key_W)  # the "Why?" box opens under it, empty
    assert causes.editor.hasFocus() and causes.editor.text() == ""
    QTest.keyClicks(causes.editor, "Sec")
    QTest.keyClick(causes.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert causes.editor.text() == "" and stack.index() == added  # first the box's own typing
    QTest.keyClick(causes.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert stack.index() == added - 1  # then the cause: Edit > Undo
    assert "First why" not in [c.text for c in demo_window.doc.workshop.causes]
    assert not causes.editor.isEnabled()  # the box closed
    QTest.keyClick(demo_window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    QApplication.processEvents()
    assert stack.index() == added  # and Redo puts it back
