"""PySide6 6.12.0 took a reference away from None on every void Qt call (CPython 3.11) and then
aborted the interpreter. This fails on such a build, so an upgrade cannot bring it back quietly."""

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_leave_the_refcount_of_none_alone(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for i in range(1000):
        widget.setWindowTitle(f"title {i}")  # returns void
    after = sys.getrefcount(None)
    assert abs(after - before) < 50, f"refcount of None moved by {after - before}"


def test_pyside_is_the_pinned_version():
    import PySide6

    assert PySide6.__version__ == "6.11.3"
