"""Word-wrapped statements whose in-place editor says what it holds as it is typed.

A success statement changed in place (F2, a double-click) goes on the projector as typed, as
one added in a column's box does; the board's typed-detail line watches both. This delegate is
the wrapped-text one with a signal, ``editing_changed``, sent as the editor's words change and
when it closes, and ``editing_text()``, what the open editor holds ("" with none open).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem, QWidget

from wtfc.ui.wrapped_list import WrappedTextDelegate


class StatementDelegate(WrappedTextDelegate):
    """For a column's statement list; see the module docstring."""

    editing_changed = Signal()

    def __init__(self, view) -> None:
        super().__init__(view)
        self._editor: QLineEdit | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            self._editor = editor
            editor.textChanged.connect(self.editing_changed)
        return editor

    def destroyEditor(self, editor: QWidget,
                      index: QModelIndex | QPersistentModelIndex) -> None:
        if editor is self._editor:  # closed (Enter, Esc, a click elsewhere): nothing typed now
            self._editor = None
            self.editing_changed.emit()
        super().destroyEditor(editor, index)

    def editing_text(self) -> str:
        return self._editor.text() if self._editor is not None else ""
