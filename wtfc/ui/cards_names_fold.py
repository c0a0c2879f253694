"""The Collect page's "Names to watch for" box, folded away while it is empty.

Open, it took 260 px of a 1366-wide laptop from the cards' words for a box that is empty
unless names are pasted. Folded, a button in the decisions' row (Alt+N, as the box's own
title) opens it; names put in the box open it too, and folding it keeps them in use.

The names, notes and all, are as private as the held-back details: while the room may see this
screen (the room view on it, or a screen gone: ``wall.room_held_back``) the box is folded away
with them, names put in leave it folded, and opening it asks first. ``RoomFold`` is that folding,
shared with the facilitator's stage notes (``stage_notes_fold``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QPushButton, QSplitter, QWidget

from wtfc.ui.clipboard_taken import watch_pastes

if TYPE_CHECKING:  # Collect's box (its names check): not loaded with the stage notes' RoomFold
    from wtfc.ui.cards_held_back import WatchNamesBox
    from wtfc.ui.wall.room_held_back import HeldBackBesideRoom

_OPEN_TIP = (
    "Paste the names of the people reviewed and of staff, to hold back the cards "
    "that mention them (kept in memory only)"
)


class RoomFold(QObject):
    """Shows or folds away ``pane``, what the room must not see while it may see this screen;
    ``button`` does it. Opening it then asks first (``may_open``, the keeper's question); the
    stage notes fold so too (``stage_notes_fold``)."""

    def __init__(self, pane: QWidget) -> None:
        super().__init__(pane)
        self._pane = pane
        self.button = QPushButton()
        self.button.clicked.connect(lambda *_: self.fold() if self.is_open() else self.open())

    def is_open(self) -> bool:
        return not self._pane.isHidden()

    def open(self, *, focus: bool = True) -> None:
        """Show the pane and, asked, go to it; while the room may see this screen, only if the
        facilitator says so."""
        if not self.is_open():
            keeper = self._keeper()
            if keeper is not None and not self.may_open(keeper):
                return
            self._pane.show()
            self.opened()
            self._say()
        if focus:
            self.go_to()

    def fold(self) -> None:
        """Fold the pane away (what it holds stays in use)."""
        focus = QApplication.focusWidget()
        inside = focus is not None and (focus is self._pane or self._pane.isAncestorOf(focus))
        if inside and self.button.isVisible():
            self.button.setFocus()  # the keys stay where the pane was opened from
        self._pane.hide()
        self._say()
        if inside and not self.button.hasFocus():
            self.button.setFocus()  # a button shown only while folded: now

    def _keeper(self) -> HeldBackBesideRoom | None:
        """What keeps held-back details off the room's screen: the main window's room view's."""
        room = getattr(self._pane.window(), "room", None)
        return getattr(room, "held_back_kept", None)

    # -- what each fold says and does ------------------------------------------------------------
    def may_open(self, keeper: HeldBackBesideRoom) -> bool:
        """Asked while the room may see this screen (Cancel, the default: no)."""
        raise NotImplementedError

    def opened(self) -> None:
        """The pane was just shown."""

    def go_to(self) -> None:
        """The keyboard goes to the pane."""
        self._pane.setFocus()

    def _say(self) -> None:
        """The button's words for the pane shown or folded."""


class NamesFold(RoomFold):
    """Shows or folds away ``box``, the second pane of ``splitter``; ``button`` does it."""

    def __init__(self, box: WatchNamesBox, splitter: QSplitter) -> None:
        super().__init__(box)
        self._box, self._splitter = box, splitter
        box.names_box.textChanged.connect(self._on_names_changed)
        watch_pastes(box.names_box)  # names pasted: off the clipboard as wtfc closes
        self._box.hide()
        self._say()

    def has_names(self) -> bool:
        return bool(self._box.names_box.toPlainText().strip())

    def may_open(self, keeper: HeldBackBesideRoom) -> bool:
        return keeper.may_show_names()  # empty too: it is opened to paste them

    def opened(self) -> None:
        """Beside the table, as narrow as it may be."""
        width = self._box.minimumSizeHint().width()
        total = sum(self._splitter.sizes())
        if total > width:
            self._splitter.setSizes([total - width, width])

    def go_to(self) -> None:
        self._box.go_to_names()

    def _on_names_changed(self) -> None:
        if self.has_names() and not self.is_open():
            keeper = self._keeper()
            if keeper is not None and keeper.room_may_see():
                keeper.say_names_kept()  # (a list dropped on the button) in use, not shown
            else:
                self.open(focus=False)  # names put in (pasted, or a test): shown
        self._say()

    def _keeper(self) -> HeldBackBesideRoom | None:
        """What keeps held-back details off the room's screen: the main window's room view's."""
        room = getattr(self._box.window(), "room", None)
        return getattr(room, "held_back_kept", None)

    def _say(self) -> None:
        if self.is_open():  # no mnemonic: Alt+N is the box's own title while it shows
            text, name, tip = (
                "Hide names to watch for",
                "Hide names to watch for",
                "Fold the names box away (names in it stay in use)",
            )
        else:
            count = len(self._box.names())
            text = f"&Names to watch for ({count})…" if count else "&Names to watch for…"
            # the count said too: folded is the day's usual state, and a reader heard the same
            # "Names to watch for" with three names in force as with none
            name = f"Names to watch for, {count} pasted" if count else \
                "Names to watch for, none pasted"
            tip = _OPEN_TIP
        self.button.setText(text)
        self.button.setAccessibleName(name)
        self.button.setToolTip(tip)
