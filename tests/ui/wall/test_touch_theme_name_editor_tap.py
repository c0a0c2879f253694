"""The wall's theme-name editor (a QLineEdit on the wall's viewport, opened by a double tap): a
tap inside it puts the cursor there (code review 35 A28 A1)."""
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.wall.test_wall_touch import (  # noqa: F401
    _double_tap,
    _finger_device,
    _theme_name_point,
    wall,
)


def test_a_tap_inside_the_theme_name_editor_keeps_it_open(wall, demo_window):  # noqa: F811
    _theme_id, point = _theme_name_point(wall)
    _double_tap(wall, point)
    editor = wall._editor
    assert editor is not None and editor.isVisible()
    editor.end(False)
    QTest.keyClicks(editor, " x")
    for action in ("press", "release"):
        sequence = QTest.touchEvent(editor, _finger_device())
        getattr(sequence, action)(0, QPoint(8, editor.height() // 2), editor)
        sequence.commit()
        QApplication.processEvents()
    assert wall._editor is editor and editor.isVisible()
    assert editor.cursorPosition() < 3, editor.cursorPosition()
