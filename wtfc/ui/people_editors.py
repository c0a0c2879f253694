"""The People table's editors in place: a role chosen from its fixed list, the other tags
typed, held to the workshop's limit and completed from the values already used. What is being
typed is told to ``typing`` (for the personal-detail hint under the table)."""

from __future__ import annotations

from collections.abc import Callable
from math import ceil

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from wtfc.model.document import Document
from wtfc.model.operations.people import TAG_LIMIT, TAG_NAMES, tag_values
from wtfc.model.workshop import Voice
from wtfc.ui.people_table import Column

NOT_RECORDED = "(not recorded)"
_PLACEHOLDERS = {
    "age_band": "e.g. 75-84",
    "service_type": "e.g. home care",
    "locality": "e.g. North (an area, never an address)",
}

_WRAP = QTextOption()
_WRAP.setWrapMode(QTextOption.WrapMode.WordWrap)  # as Qt's style wraps a cell's words


def wrapped_height(text: str, font: QFont, width: int) -> int:
    """The height of ``text``'s lines wrapped in ``width``, laid out as Qt lays out a cell's
    words (a word longer than the line keeps its line, which Qt cuts with "…")."""
    layout = QTextLayout(text, font)
    layout.setTextOption(_WRAP)
    bottom = 0.0
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(width, 1))
        line.setPosition(QPointF(0, bottom))
        bottom += line.height()
    layout.endLayout()
    return ceil(bottom)


class PeopleDelegate(QStyledItemDelegate):
    """Makes each tag column's editor; the model's ``setData`` hands the value on."""

    def __init__(self, doc: Document, typing: Callable[[str, str], None], parent=None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._typing = typing  # (tag, words) as they are typed; ("", "") when editing ends
        # told, in words, when an editor stops at the limit (the view shows and says it)
        self.too_long_said: Callable[[str], None] = lambda _said: None
        self.closeEditor.connect(lambda *_: self._typing("", ""))

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        tag = Column(index.column()).tag
        if tag == "voice":
            box = QComboBox(parent)
            box.setAccessibleName("Role")
            box.addItem(NOT_RECORDED, None)
            for voice in Voice:
                box.addItem(voice.label, voice.value)
            return box
        assert tag is not None  # only tag columns are editable
        line = QLineEdit(parent)
        line.setAccessibleName(TAG_NAMES[tag].capitalize())
        line.setMaxLength(TAG_LIMIT)  # Qt counts an emoji as two: never more than is kept
        # said as it stops (typed past it or a longer one pasted), not cut without a word
        line.inputRejected.connect(
            lambda: self.too_long_said(
                f"That is too long: a {TAG_NAMES[tag]} holds at most {TAG_LIMIT} characters, "
                "so the rest was left out."
            )
        )
        line.setPlaceholderText(_PLACEHOLDERS[tag])
        completer = QCompleter(tag_values(self._doc, tag), line)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        line.setCompleter(completer)
        line.textEdited.connect(lambda text: self._typing(tag, text))
        return line

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            at = editor.findText(text) if text else 0
            editor.setCurrentIndex(max(at, 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(text)
            editor.selectAll()  # typing replaces it, as in a spreadsheet
            tag = Column(index.column()).tag
            self._typing(tag or "", text)

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # at least as tall as its words (a row at a larger font is not cut by a frame)
        rect = option.rect  # type: ignore[attr-defined]
        editor.setGeometry(
            rect.adjusted(0, 0, 0, max(0, editor.sizeHint().height() - rect.height()))
        )
