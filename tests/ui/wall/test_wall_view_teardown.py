"""A wall view that goes away says nothing on the way: closing a window or a benchmark's wall
printed "Error calling Python override of QObject::eventFilter() … 'CardDrag' object has no
attribute 'start'" and "Slot 'SpokenFocus::' not found" to the terminal, from the drag's
watcher and the screen reader's description, which outlived the view's Python side."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QEvent

from wtfc.ui.wall.scene import WallScene
from wtfc.ui.wall.view import WallView


def test_a_wall_view_deleted_says_nothing_and_leaves_the_document_quiet(qtbot, doc, capfd):
    scene = WallScene(doc)
    view = WallView(scene, None)
    view.show()
    qtbot.waitExposed(view)
    del view
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    doc.events.edited.emit()  # nothing is left listening that could fail
    err = capfd.readouterr().err
    assert "Error calling Python override" not in err
    assert "not found" not in err
