"""A step relabelled in place (a name taken off by hand) repaints Edit > History's list, found
through the lists History made, not by walking QApplication.allWidgets(): that walk also met
widgets being destroyed and crashed a whole test run (a segfault in ``labels_changed``)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow

from wtfc.model.document import Document
from wtfc.model.operations.details import edit_details
from wtfc.model.workshop import Workshop
from wtfc.ui.undo import UndoAdapter, history_dock, history_views
from wtfc.ui.undo_names import labels_changed


class Paints(QObject):
    count = 0

    def eventFilter(self, _watched, event):
        self.count += event.type() == QEvent.Type.Paint
        return False


def _window(qtbot, undo: UndoAdapter) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    dock = history_dock(window, undo)
    window.show()
    dock.show()
    return window


def test_a_relabel_repaints_the_history_list_and_passes_a_deleted_one(qtbot):
    doc = Document(Workshop())
    undo = UndoAdapter(doc)
    undo.push(edit_details(doc, purpose="Zebedee's purpose"))
    gone = _window(qtbot, undo)
    [gone_view] = history_views(undo.stack)
    shiboken6.delete(gone)  # a window closed and deleted, its list with it
    window = _window(qtbot, undo)
    [view] = history_views(undo.stack)  # the live one only: the deleted list is passed over
    assert view is window.findChild(type(view)) and not shiboken6.isValid(gone_view)
    assert history_views(UndoAdapter(doc).stack) == []  # another workshop's stack: not its list
    paints = Paints(view)
    view.viewport().installEventFilter(paints)
    qtbot.waitUntil(lambda: paints.count > 0 or view.viewport().isVisible())
    paints.count = 0
    undo.stack.command(0).setText("Edit details '[name] purpose'")
    labels_changed(undo.stack)
    qtbot.waitUntil(lambda: paints.count > 0)  # the row reads "[name]" now
