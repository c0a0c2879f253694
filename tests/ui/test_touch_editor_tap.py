"""A finger on an open in-place editor (a success statement's, a Votes cell's spin box) reaches
the editor, as the mouse does (code review 35 A28 A1): the list's finger handling took the touch,
focused the list and closed the editor, saving its half-typed words."""
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QSpinBox,
    QStyle,
    QStyleOptionSpinBox,
    QWidget,
)

from tests.ui.settled import settle
from tests.ui.wall.test_wall_touch import _finger_device
from wtfc.model.workshop import Stage


def _tap(widget, point):
    """A finger's tap on ``widget`` (Qt finds the widget under it, as on a touch screen)."""
    for action in ("press", "release"):
        sequence = QTest.touchEvent(widget, _finger_device())
        getattr(sequence, action)(0, point, widget)
        sequence.commit()
        QApplication.processEvents()


def test_a_tap_inside_a_statements_editor_keeps_it_open(demo_window):
    from wtfc.ui.boards.success_columns import PerspectiveColumn

    demo_window.resize(800, 760)  # on the offscreen screen's 800 px
    demo_window.go_to_stage(Stage.IDENTIFY_SUCCESS, focus=True)
    settle()
    page = demo_window.page(Stage.IDENTIFY_SUCCESS)
    statements = next(c.list for c in page.findChildren(PerspectiveColumn) if c.list.count() > 1)
    index = statements.model().index(1, 0)
    words, steps = index.data(), demo_window.undo.stack.count()
    statements.setFocus()
    statements.setCurrentIndex(index)
    statements.edit(index)
    settle()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and statements.viewport().isAncestorOf(editor)
    editor.end(False)
    QTest.keyClicks(editor, " and")
    _tap(editor, QPoint(8, editor.height() // 2))  # the cursor put near the start
    settle()
    assert QApplication.focusWidget() is editor  # still editing
    assert editor.cursorPosition() < len(words)
    assert index.data() == words and demo_window.undo.stack.count() == steps  # nothing saved


def test_a_tap_on_the_votes_editors_up_arrow_adds_a_vote(demo_window):
    demo_window.resize(800, 760)
    demo_window.go_to_stage(Stage.UNDERSTAND, focus=True)
    settle()
    page = demo_window.page(Stage.UNDERSTAND)
    board = next(w for w in page.findChildren(QWidget) if type(w).__name__ == "PrioritiesBoard")
    table, model = board.table, board.table.model()
    votes = next(c for c in range(model.columnCount())
             if model.headerData(c, Qt.Orientation.Horizontal) == "Votes")
    index = model.index(1, votes)
    table.setFocus()
    table.setCurrentIndex(index)
    table.edit(index)
    settle()
    spin = QApplication.focusWidget()
    assert isinstance(spin, QSpinBox)
    start = spin.value()
    option = QStyleOptionSpinBox()
    spin.initStyleOption(option)
    up = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option,
                                     QStyle.SubControl.SC_SpinBoxUp, spin).center()
    _tap(spin, up)
    settle()
    assert QApplication.focusWidget() is spin, "the first tap closed the editor"
    _tap(spin, up)
    settle()
    assert spin.value() == start + 2
