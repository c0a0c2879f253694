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
