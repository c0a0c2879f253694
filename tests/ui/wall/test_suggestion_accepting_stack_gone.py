"""An accepted suggestion follows Undo and Redo through the undo stack's indexChanged; the stack
tells its index once more as it is deleted with its window, when it can no longer be read. That
raised "Internal C++ object (QUndoStack) already deleted" at the end of a whole-suite run."""

from __future__ import annotations

from types import SimpleNamespace

import shiboken6
from PySide6.QtGui import QUndoCommand, QUndoStack

from wtfc.ui.wall.suggestion_accepting import Acceptances, still_done


def test_the_stack_deleted_with_its_window_is_not_read(qtbot):
    stack = QUndoStack()
    stack.push(QUndoCommand("Accept suggestion"))
    panel = SimpleNamespace(wall=SimpleNamespace(undo=SimpleNamespace(stack=stack)),
                            themes_page=SimpleNamespace(shown=[]))
    moved: list[bool] = []
    acceptances = Acceptances(panel, lambda: moved.append(True))
    acceptances._kept.append((object(), 0, still_done(panel.wall.undo)))
    shiboken6.delete(stack)  # its destructor clears it: indexChanged, with the stack going
    assert moved == []
