"""Ctrl+Z and the Redo keys from whichever box in the main window has the keyboard.

A box with words typed since the keyboard came undoes them itself; with nothing typed since, the
keys go on to the workshop's Undo and Redo (Edit menu), so a theme deleted by mistake can be
taken back from any box. ``undo.py`` makes the watcher with the window's Undo/Redo actions.
A box that is no part of the workshop (Collect's names to watch for: never saved, never a step)
keeps both keys to itself, with ``keep_own_undo``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


class _Typing(Protocol):  # a line edit, or a text box's document
    def isUndoAvailable(self) -> bool: ...
    def isRedoAvailable(self) -> bool: ...


def undo_keys_pass_on(event: QEvent, edit: _Typing) -> bool:
    """Whether ``event`` is an Undo or Redo key's override that ``edit`` has nothing of its
    own for: then it is ignored, and the key goes on to Edit > Undo or Redo. A line edit takes
    Ctrl+Z even with nothing to undo, so a box the keyboard was put in (a date just picked, the
    question after a drop) swallowed the window's Undo."""
    key = _undo_or_redo(event)
    if key is None:
        return False
    ours = edit.isUndoAvailable() if key == "undo" else edit.isRedoAvailable()
    if not ours:
        event.ignore()
    return not ours


# A box's dynamic property: Ctrl+Z and the Redo keys never leave it. Set on the names box, the
# second Ctrl+Z after a paste (the box empty again) took back the whole import of 120 cards.
KEEPS_OWN_UNDO = "keeps_own_undo"


def keep_own_undo(box: QWidget) -> None:
    """Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y in ``box`` undo and redo its own typing only, even with
    nothing of its own to undo; its history is kept as the keyboard comes back to it."""
    box.setProperty(KEEPS_OWN_UNDO, True)


def _keeps_own(box: QObject) -> bool:
    return bool(box.property(KEEPS_OWN_UNDO))


def _undo_or_redo(event: QEvent) -> str | None:
    """"undo" or "redo": ``event`` is the override of the window's Undo key or of one of its
    two Redo keys (Ctrl+Shift+Z, Ctrl+Y); None: any other event."""
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return None
    if event.matches(QKeySequence.StandardKey.Undo):
        return "undo"
    pressed = QKeySequence(event.keyCombination())
    if pressed in (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")) \
            or event.matches(QKeySequence.StandardKey.Redo):
        return "redo"
    return None


_BOXES = ("QLineEdit", "QAbstractSpinBox", "QComboBox", "QPlainTextEdit", "QTextEdit")


def _typing_in(box: Any) -> _Typing | None:
    """What holds the typing of the box with the keyboard (a line edit, or a text box's
    document), by Qt's class names: looking up the Python types would load them at start-up. A
    date box keeps its own rule: its typing is not its line edit's to undo, yet Ctrl+Z then puts
    the date back (``DateBox.event``)."""
    if box.inherits("QLineEdit"):
        return box
    if box.inherits("QDateTimeEdit"):
        return None
    if box.inherits("QAbstractSpinBox") or box.inherits("QComboBox"):
        return box.lineEdit()  # the box has the keyboard, its line edit the words; None: a list
    if box.inherits("QPlainTextEdit") or box.inherits("QTextEdit"):
        return box.document()
    return None


def forget_typing(typing: Any) -> None:
    """The box's own undo and redo go; its words, cursor and selection stay. A box records its
    words as the keyboard leaves it, so its history was of edits already steps of the workshop:
    a count typed, Tab, a theme renamed by mistake, back into the count box and Ctrl+Z put the
    old count back, not the name, and leaving the box recorded the old count as a new step."""
    if not (typing.isUndoAvailable() or typing.isRedoAvailable()):
        return
    if not typing.inherits("QLineEdit"):  # a text box's document
        typing.clearUndoRedoStacks()
        return
    cursor, start, length = typing.cursorPosition(), typing.selectionStart(), \
        len(typing.selectedText())
    typing.setText(typing.text())  # Qt's one way to clear it: the same words, no change said
    if length and cursor == start:  # selected towards the start: the cursor stays there
        typing.setSelection(start + length, -length)
    elif length:
        typing.setSelection(start, length)
    else:
        typing.setCursorPosition(cursor)


class UndoKeysReachWindow(QObject):
    """``undo_keys_pass_on`` for whichever box in ``window`` has the keyboard. Given box by
    box, the rule missed Prepare's Title, Collect's Filter, Understand's reason line and every
    count and minutes box: Ctrl+Z there with nothing typed did nothing, silently, and a theme
    deleted by mistake looked lost. Only the box with the keyboard is watched (its filter put
    on as focus comes and taken off as it goes), so no other box pays a Python call per event;
    put on last, this filter runs before a box's own, which apply the same rule. As focus comes
    the box forgets its own history (``forget_typing``): nothing typed since, nothing its own.
    ``leaving(box, event)`` hears first that the keyboard leaves the box, and True keeps the
    box from hearing it yet (a click in History: ``typed_ahead``)."""

    def __init__(self, window: QWidget,
                 leaving: Callable[[QWidget, QEvent], bool] | None = None) -> None:
        super().__init__(window)
        self._window, self._leaving = window, leaving
        self._watched: QWidget | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focused)

    def _focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None and shiboken6.isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = None
        if new is not None and new.window() is self._window \
                and any(new.inherits(kind) for kind in _BOXES):
            new.installEventFilter(self)
            self._watched = new
            # (a menu or a box's own right-click menu opening and closing is no focus change:
            # words typed before it keep their undo)
            # (a box keeping its own undo keeps its history: none of it is the workshop's)
            if not _keeps_own(new) and (typing := _typing_in(new)) is not None:
                forget_typing(typing)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched is self._watched \
                and self._leaving is not None and isinstance(watched, QWidget):
            return self._leaving(watched, event)
        if event.type() != QEvent.Type.ShortcutOverride or watched is not self._watched:
            return False
        if _keeps_own(watched):
            if _undo_or_redo(event):
                event.accept()  # the box's key press, not the window's Undo/Redo shortcut
                return True
            return False
        typing = _typing_in(watched)
        return typing is not None and undo_keys_pass_on(event, typing)
