"""Comment on theme… by keyboard: after Add, Save changes or Delete the focus goes where the
next step is. Before, the button pressed greyed and Qt passed the focus on: from Save changes
to Delete, so a second Space deleted the comment just changed; from Add or Delete to Close, so
the next comment typed went nowhere and Enter closed the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wtfc.model.operations.themes import add_theme_comment
from wtfc.ui.wall.theme_comments import ThemeCommentsDialog


def _shown(qtbot, panel, theme_id="package"):
    dialog = ThemeCommentsDialog(panel.doc, panel.undo, theme_id, parent=panel)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.words)
    return dialog


def _space(qtbot, dialog):
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)


def test_after_add_by_keys_the_next_comment_can_be_typed_and_the_dialog_stays(panel, doc, qtbot):
    dialog = _shown(qtbot, panel)
    qtbot.keyClicks(dialog.words, "Transport is late")
    qtbot.keyClick(dialog.words, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.add
    _space(qtbot, dialog)
    assert doc.theme("package").comments == ["Transport is late"]
    assert dialog.focusWidget() is dialog.words
    qtbot.keyClicks(dialog.focusWidget(), "Staff change too often")
    assert dialog.words.toPlainText() == "Staff change too often"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # a new line in the box
    assert dialog.isVisible()


def test_a_double_space_on_save_changes_deletes_nothing(panel, doc, qtbot):
    add_theme_comment(doc, theme_id="package", comment="Inform market development").do(doc)
    add_theme_comment(doc, theme_id="package", comment="Spread this practice").do(doc)
    dialog = _shown(qtbot, panel)
    qtbot.keyClick(dialog.words, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(dialog.comments, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.comments, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.words, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.words, " in Riverside")
    qtbot.keyClick(dialog.words, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.save
    _space(qtbot, dialog)
    _space(qtbot, dialog)
    saved = ["Inform market development in Riverside", "Spread this practice"]
    assert doc.theme("package").comments == saved
    # the list has the focus, on the changed comment; Down chooses the next to change
    assert dialog.focusWidget() is dialog.comments and dialog.comments.currentRow() == 0
    qtbot.keyClick(dialog.comments, Qt.Key.Key_Down)
    assert dialog.words.toPlainText() == "Spread this practice"
    assert doc.theme("package").comments == saved


def test_after_delete_by_keys_the_box_is_ready_for_a_new_comment(panel, doc, qtbot):
    add_theme_comment(doc, theme_id="package", comment="Inform market development").do(doc)
    add_theme_comment(doc, theme_id="package", comment="Spread this practice").do(doc)
    dialog = _shown(qtbot, panel)
    qtbot.keyClick(dialog.words, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(dialog.comments, Qt.Key.Key_Down)
    dialog.delete.setFocus()
    _space(qtbot, dialog)
    assert doc.theme("package").comments == ["Spread this practice"]
    assert dialog.focusWidget() is dialog.words and dialog.words.toPlainText() == ""
    assert dialog.comments.currentRow() == -1
    _space(qtbot, dialog)  # a second Space is a space in the box, not another deletion
    assert doc.theme("package").comments == ["Spread this practice"]
    assert dialog.isVisible()
