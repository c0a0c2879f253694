"""Edit > History (Ctrl+H) takes the keyboard into the list it shows, and gives it back to where
it was as the list hides (Ctrl+H again, or the dock's close button).

Shown, the list sat beside the page with the keyboard still in the stage list: the arrow keys
moved between stages, not through the changes, and a screen reader heard nothing of the list.
Loaded at the first Ctrl+H, not at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget
from shiboken6 import Shiboken


class HistoryKeys(QObject):
    """``HistoryKeys.of(dock).toggled(shown)``: follow the History action's toggle."""

    def __init__(self, dock: QDockWidget) -> None:
        super().__init__(dock)
        self.setObjectName("history keys")
        self._dock = dock
        self._before: QWidget | None = None  # where Ctrl+H took the keyboard from
        dock.visibilityChanged.connect(self._on_visibility_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
            # a plain function: Qt could not find a slot of this object once the dock had gone
            dock.destroyed.connect(lambda *_: _forget(app, self._on_focus_changed))

    @classmethod
    def of(cls, dock: QDockWidget) -> HistoryKeys:
        keys = dock.findChild(HistoryKeys, "history keys")
        return keys if isinstance(keys, HistoryKeys) else cls(dock)

    def toggled(self, shown: bool) -> None:
        if not shown:
            return  # the dock's hiding (visibilityChanged) gives the keyboard back
        here = QApplication.focusWidget()
        if here is not None and not self._inside(here):
            self._before = here
        target = self._dock.widget()
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_visibility_changed(self, visible: bool) -> None:
        before, self._before = self._before, None
        if visible or before is None or not Shiboken.isValid(before):
            return
        if before.isVisible() and before.isEnabled():
            before.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The facilitator took the keyboard elsewhere (a click on the wall) with the list still
        shown: hiding it later leaves the keyboard where they put it."""
        if new is not None and self._dock.isVisible() and not self._inside(new):
            self._before = None

    def _inside(self, widget: QWidget) -> bool:
        return widget is self._dock or self._dock.isAncestorOf(widget)


def _forget(app: QApplication, slot) -> None:
    import contextlib

    with contextlib.suppress(RuntimeError, ValueError):
        app.focusChanged.disconnect(slot)
