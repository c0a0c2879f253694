"""Where files dragged onto wtfc are first noticed; what is done with them is ``file_drop``.

The platform hands a drag to a window's QWindow before any widget sees it, so a filter there
sees every drag onto the window, a text box's included (a text box would take a file dragged
from Linux's file managers as its address: "file:///…/spring.xlsx" as a name to watch for).
This module is all start-up loads: ``file_drop`` waits for the first drag that brings files.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QWindow

    from wtfc.ui.main_window import MainWindow

_DRAGS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


class DropDoor(QObject):
    """On the main window's QWindow: files dragged there are taken as files (opened or
    imported). On its dialogs' windows, once each has had the keyboard: files are refused,
    never typed into a box as their address. The room view has none: it takes no drops."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._on_focus_window_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _DRAGS:  # every event of the window passes: kept cheap
            return False
        from wtfc.ui.file_drop import dragged

        return dragged(self.window, event, main=watched is self.window.windowHandle())

    def _on_focus_window_changed(self, focused: QWindow | None) -> None:
        own = self.window.windowHandle()
        if focused is None or own is None or focused is own:
            return
        parent = focused.transientParent()
        while parent is not None and parent is not own:
            parent = parent.transientParent()
        if parent is own:  # a dialog of this window (Add card, Import…)
            focused.installEventFilter(self)


def watch_drops(window: MainWindow) -> None:
    """At each show of the main window: its QWindow is there from the first show (and may be
    made again, moved between screens), so the door goes on it each time (once: Qt moves a
    filter installed again to the front, it does not add it twice)."""
    door = window.findChild(DropDoor, "", Qt.FindChildOption.FindDirectChildrenOnly)
    if door is None:
        door = DropDoor(window)
        window.setAcceptDrops(True)  # the window registers as a place files may be dropped
    if (handle := window.windowHandle()) is not None:
        handle.installEventFilter(door)
