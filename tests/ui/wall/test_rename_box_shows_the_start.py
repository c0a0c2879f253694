"""F2 on a theme with a long name: the name box shows the start of the name, all of it chosen
(typing replaces it), not its end (review 23 smoke walk)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from wtfc.model.operations.themes import rename_theme

LONG = ("I am not treated with respect or as an individual by my paid carers, who are always in "
        "a rush")


def test_the_name_box_opens_on_the_start_of_a_long_name(panel, doc, undo):
    undo.push(rename_theme(doc, theme_id="package", name=LONG))
    editor = panel.view.start_rename("package")
    assert editor.selectedText() == LONG
    assert editor.cursorPosition() == 0


def test_right_goes_to_the_end_of_the_name_as_in_any_box(panel, doc, undo, qtbot):
    """Chosen backwards, Right put the caret after the first letter ("I now am not…")."""
    undo.push(rename_theme(doc, theme_id="package", name=LONG))
    editor = panel.view.start_rename("package")
    qtbot.keyClick(editor, Qt.Key.Key_Right)
    assert editor.cursorPosition() == len(LONG) and not editor.hasSelectedText()
    qtbot.keyClicks(editor, " now")
    assert editor.text() == LONG + " now"
