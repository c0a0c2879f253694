"""Fixtures every UI test can use: the undo adapter for the test's ``doc``, and showing a widget.

Each test module (or folder conftest) provides its own ``doc``; message boxes are answered at
once by the top-level conftest.
"""

from __future__ import annotations

import pytest

from wtfc.ui.undo import UndoAdapter


@pytest.fixture
def undo(doc):
    return UndoAdapter(doc)


@pytest.fixture
def show(qtbot):
    """``show(widget, width, height)``: owned by qtbot, resized, shown and exposed."""
    def shown(widget, width: int | None = None, height: int | None = None):
        qtbot.addWidget(widget)
        if width and height:
            widget.resize(width, height)
        widget.show()
        qtbot.waitExposed(widget)
        return widget
    return shown


@pytest.fixture
def font_points(qapp):
    """``font_points(n)``: the app's font at n pt for this test, as a larger system font sets it
    ("Make text bigger"); put back after."""
    from PySide6.QtGui import QFont

    before = qapp.font()

    def set_size(points: float) -> None:
        font = QFont(before)
        font.setPointSizeF(points)
        qapp.setFont(font)

    yield set_size
    qapp.setFont(before)


@pytest.fixture
def demo_window(qtbot, tmp_path, monkeypatch):
    """A shown main window on a copy of the demo, with its own settings; closing discards."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from wtfc.model.demo import demo_path
    from wtfc.ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    w = MainWindow()
    qtbot.addWidget(w)
    w.files.open_path(demo_path(), as_copy=True, confirmed=True)
    w.resize(1400, 900)
    w.show()
    return w
