"""At 1024×768 and 16 pt a hope's question filled the line under the why-tree, "What is in the
way? ('I want to get out, see people and enjoy n", cut mid-word with no "…", and left a 45 px
box: three letters, and the room's answer was typed blind (A25 R4). The question now gives way:
its quoted name is cut with "…" inside the quotes, whole in its tooltip and names, and the box
keeps room for twenty letters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.boards.test_why_tree_hope_words import _doc, _undo
from tests.ui.settled import until
from wtfc.ui.boards.cause_line import TYPING_ROOM

WHOLE = "What is in the way? ('I want to stay in my own home')"


def test_a_long_question_is_cut_inside_its_quotes_and_the_box_keeps_its_room(show, font_points,
                                                                            qtbot):
    from wtfc.ui.boards.causes import CausesBoard

    font_points(16)
    doc = _doc()
    board = show(CausesBoard(doc, _undo(doc)), 560, 700)  # the line as narrow as at 1024×768
    board.selector.select_theme("home")  # a hope: the longer question
    board.view.setFocus()
    QTest.keyClick(board.view, Qt.Key.Key_W)
    shown = board.prompt.text()
    assert shown.startswith("What is in the way? ('I want") and shown.endswith("…')"), shown
    assert board.prompt.toolTip() == board.prompt.accessibleName() == WHOLE
    assert board.editor.accessibleName() == WHOLE
    assert board.editor.width() >= board.editor.fontMetrics().averageCharWidth() * TYPING_ROOM
    assert board.prompt.geometry().right() < board.editor.geometry().left()  # side by side
    board.resize(1300, 700)  # room for it all: whole again, no tooltip to repeat it
    until(qtbot, lambda: board.prompt.text() == WHOLE)
    assert board.prompt.toolTip() == ""


def test_with_no_room_for_any_of_the_name_the_question_is_whole(show, font_points, qtbot):
    """"What is in the way? ('I w…')" said nothing of the name: the question alone, whole."""
    from wtfc.ui.boards.cause_line import CauseLine

    font_points(16)
    line = show(CauseLine(lambda _mode, _words: True, lambda: None), 520, 60)
    line.begin("why", WHOLE, "")
    until(qtbot, lambda: line.prompt.text() == "What is in the way?")
    assert line.prompt.toolTip() == WHOLE
    assert line.editor.width() >= line.editor.fontMetrics().averageCharWidth() * TYPING_ROOM


def test_a_long_name_is_whole_in_the_questions_tooltip_and_names(show, font_points, qtbot):
    """The name was cut at 50 letters before the line measured anything ("…enjoy my hobbie…')"
    with room to spare, and in the tooltip and the names a screen reader hears: A29 M2)."""
    from wtfc.ui.boards.causes import CausesBoard

    name = "I want to get out, see people and enjoy my hobbies again like I used to do"
    doc = _doc()
    doc.workshop.themes[[t.id for t in doc.workshop.themes].index("home")].name = name
    font_points(16)
    board = show(CausesBoard(doc, _undo(doc)), 560, 700)
    board.selector.select_theme("home")
    board.view.setFocus()
    QTest.keyClick(board.view, Qt.Key.Key_W)
    whole = f"What is in the way? ('{name}')"
    assert board.prompt.toolTip() == board.prompt.accessibleName() == whole
    assert board.editor.accessibleName() == whole
