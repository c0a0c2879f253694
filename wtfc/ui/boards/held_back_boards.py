"""The words typed after the day on the Act and Review boards, as this screen may show them.

The room view draws Act's "What has happened so far" and last time's words on Review with the
guard's stand-ins ("[name] rang on [phone]"). The facilitator's own boards drew them as typed,
and with the room view on the laptop's only screen (a mirrored projector) those boards are what
the room sees once they switch to them. So the boards follow the window's "Show held-back
details on this screen" as the held-back cards do (``held_back_words``): while it is off (at
every start, and forced off when the room view goes up on this screen) they show the room
view's words; ticked, the words as typed. Copy takes the room's words either way.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QWidget

from wtfc.model.document import Document
from wtfc.ui.held_back_words import HeldBackWords

DRAWN_FOR = "wtfcDrawnFor"  # a board's list's property: the names its words were hidden with


class Board(Protocol):
    """A board that draws itself again (``refresh``), or at its next show (``_stale``)."""

    _stale: bool

    def refresh(self) -> None: ...
    def isVisible(self) -> bool: ...


def _held_back(widget: QWidget) -> HeldBackWords | None:
    held_back = getattr(widget.window(), "held_back", None)  # the main window's choice
    return held_back if isinstance(held_back, HeldBackWords) else None


def details_shown(widget: QWidget) -> bool:
    """Whether ``widget``'s window shows held-back details; not in a window that has no such
    choice (a board built before it is placed, a render): hidden is the safe side."""
    held_back = _held_back(widget)
    return held_back is not None and held_back.shown


def hidden_names(widget: QWidget, doc: Document) -> tuple[str, ...] | None:
    """The names to watch for that the guard reads the words with while ``widget``'s screen
    hides held-back details; None while it shows them (the words as typed)."""
    return None if details_shown(widget) else doc.names_to_watch


def drawn_with(view: QWidget, names: tuple[str, ...] | None) -> None:
    """``view``'s words were drawn for ``names`` (``hidden_names``)."""
    view.setProperty(DRAWN_FOR, repr(names))


class _Follower(QObject):
    """Draws its board again when the choice changes (at its next show, when off screen); a
    child of the board, so the connection goes with it."""

    def __init__(self, board: QWidget, held_back: HeldBackWords) -> None:
        super().__init__(board)
        self.board = board
        held_back.changed.connect(self.follow)

    @Slot(bool)
    def follow(self, _shown: bool) -> None:
        board: Board = self.board  # type: ignore[assignment]
        if board.isVisible():
            board.refresh()
        else:
            board._stale = True


def follow_held_back(board: QWidget, view: QWidget, doc: Document) -> bool:
    """For ``board``'s ``showEvent``, before it looks at its ``_stale`` flag: from its first
    show in the window, it is drawn again whenever the choice changes. Whether ``view``'s words
    were drawn otherwise (built before it was placed in the window, the choice made since, or
    names to watch pasted since): the board is then marked stale."""
    held_back = _held_back(board)
    if held_back is None:
        return False
    if board.findChild(_Follower, options=Qt.FindChildOption.FindDirectChildrenOnly) is None:
        _Follower(board, held_back)
    drawn = view.property(DRAWN_FOR)
    otherwise = drawn is not None and drawn != repr(hidden_names(board, doc))
    if otherwise:
        board._stale = True  # type: ignore[attr-defined]
    return otherwise
