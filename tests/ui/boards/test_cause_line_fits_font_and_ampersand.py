"""The why-tree's line under the tree: a box named "R&D" shows its "&" (not an underlined D
that takes Alt+D from the window), and a question that fitted is cut to fit again when the
text is made bigger while the line is open (16 pt set from the system, A25 R4)."""

from __future__ import annotations

from PySide6.QtGui import QFont

from wtfc.ui.boards.cause_line import CauseLine


def _line(show):
    line = CauseLine(lambda _mode, _text: True, lambda: None)
    return show(line, 560, 60)


def test_an_ampersand_in_the_question_is_shown_not_taken_for_a_shortcut(show):
    line = _line(show)
    line.begin("why", "Why? ('R&D')", "")
    assert line.prompt.text() == "Why? ('R&&D')"  # a QLabel shows "&&" as one "&"


def test_the_question_is_cut_again_when_the_text_is_made_bigger(show):
    line = _line(show)
    whole = "What is in the way? ('I want to get out, see people')"
    line.begin("why", whole, "")
    assert line.prompt.text() == whole
    font = QFont(line.font())
    font.setPointSize(font.pointSize() * 2)
    line.setFont(font)
    assert line.prompt.text() != whole  # cut, or the question alone (A25 R4)
    assert line.prompt.toolTip() == whole
