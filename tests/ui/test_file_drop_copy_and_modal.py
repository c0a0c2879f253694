# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""R1b (review 33): two of 0241fb58's checks no test held.

1. A file Shift-dragged from Explorer (or dragged where the file manager proposes Move) must be
   taken as a copy: a drop answered "moved" lets Explorer delete the original, the team
   folder's spring.wtfc gone after it opened.
2. A file dropped on the main window while Add card (a modal dialog) is open over it must not
   open another workshop under the dialog. Put in tests/ui/."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog
from settled import settle
from test_file_drop import files_of, local
from window_fixtures import isolated_settings, shown_window, workshop_file  # noqa: F401

COPY_OR_MOVE = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction


def test_a_shift_drag_from_explorer_is_taken_as_a_copy_never_a_move(shown_window,
                                                                     workshop_file):
    window = shown_window
    handle = window.windowHandle()
    point = QPointF(window.navigator.mapTo(window, window.navigator.rect().center()))
    data = files_of(local(workshop_file))
    left, shift = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier
    events = [QDragEnterEvent(point.toPoint(), COPY_OR_MOVE, data, left, shift),
              QDragMoveEvent(point.toPoint(), COPY_OR_MOVE, data, left, shift),
              QDropEvent(point, COPY_OR_MOVE, data, left, shift)]
    for event in events:
        event.setDropAction(Qt.DropAction.MoveAction)  # what the file manager proposes
        QApplication.sendEvent(handle, event)
        assert event.isAccepted()
        assert event.dropAction() == Qt.DropAction.CopyAction  # the file stays where it was
    settle()
    assert window.files.path == workshop_file and workshop_file.exists()


def test_a_workshop_dropped_under_an_open_dialog_opens_nothing(shown_window, workshop_file,
                                                              qtbot):
    from test_file_drop import drag_onto

    window = shown_window
    dialog = QDialog(window)  # as Add card is, over the window
    dialog.setModal(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    try:
        assert QApplication.activeModalWidget() is dialog
        assert not drag_onto(window.navigator, files_of(local(workshop_file)))
        settle()
        assert window.files.path is None  # the workshop the card is typed for stays
    finally:
        dialog.close()
