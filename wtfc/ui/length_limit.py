"""A box takes no more words than the workshop can keep, and says so when it stops.

The workshop keeps a Purpose or Scope of at most 4,000 characters, a title of 300. A longer
text pasted in was held by the box alone: the recovery copy, built as leaving the box would
record it, had to leave it out (the workshop refuses it), and only leaving the box said it was
too long. Now the box stops at the limit as words are typed, pasted or dropped in, keeping the
start of what was pasted, and a line under it says how much was left out. Characters are
counted as the workshop counts them.
"""

from __future__ import annotations

from pydantic import BaseModel
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit


def model_limit(model: type[BaseModel], field: str) -> int:
    """The most characters ``model.field`` may hold (its max_length)."""
    for rule in model.model_fields[field].metadata:
        if getattr(rule, "max_length", None) is not None:
            return rule.max_length
    raise ValueError(f"{model.__name__}.{field} has no limit")


def _utf16(text: str) -> int:
    """Qt's positions count UTF-16 units: an emoji is two."""
    return len(text.encode("utf-16-le")) // 2


class LengthLimit(QObject):
    """Keeps ``box`` to ``limit`` characters; ``note`` (hidden until then) says what was left
    out, and goes once the words are shorter than the limit again."""

    def __init__(self, box: QLineEdit | QPlainTextEdit, limit: int, what: str) -> None:
        """``what``: the box's name as its label gives it ('Purpose')."""
        super().__init__(box)
        self._box, self.limit, self._what = box, limit, what
        self.note = QLabel()
        self.note.setObjectName("length_note")
        self.note.setWordWrap(True)
        self.note.hide()
        self._inserted = (0, 0)  # where the last change put words, in Qt's units
        self._cutting = False
        if isinstance(box, QLineEdit):
            box.setMaxLength(limit)  # Qt keeps what fits (an emoji counts two here: safe)
            box.inputRejected.connect(
                lambda: self._say(f"{self._full()}, so the rest was left out.")
            )
            box.textChanged.connect(self.update_note)
        else:
            document = self._document = box.document()
            document.contentsChange.connect(self._on_contents_change)
            document.contentsChanged.connect(self._on_contents_changed)

    def update_note(self, *_: object) -> None:
        """The note goes once the words are under the limit (deleted, undone, another file)."""
        if len(self._text()) < self.limit:
            self.note.hide()

    def _text(self) -> str:
        box = self._box
        return box.text() if isinstance(box, QLineEdit) else box.toPlainText()

    def _full(self) -> str:
        return f"The {self._what} box holds at most {self.limit:,} characters"

    def _say(self, words: str) -> None:
        self.note.setText(words)
        self.note.show()

    def _on_contents_change(self, position: int, _removed: int, added: int) -> None:
        if not self._cutting:
            self._inserted = (position, position + added)

    def _on_contents_changed(self) -> None:
        text = self._text()
        over = len(text) - self.limit
        if over <= 0 or self._cutting:
            self.update_note()
            return
        units = text.encode("utf-16-le")
        start, end = self._inserted
        end = min(end, len(units) // 2)  # (Qt may count a first insertion one past the end)
        # what was just typed or pasted is start..end: as much of its end as is over goes
        before = len(units[: 2 * end].decode("utf-16-le"))
        cut_from = max(before - over, len(units[: 2 * start].decode("utf-16-le")))
        if cut_from >= before:
            return  # over already, and nothing added to take back (cannot come from typing)
        from PySide6.QtGui import QTextCursor  # its enums, built on import: only for a cut

        self._cutting = True
        try:
            cursor = QTextCursor(self._document)
            cursor.joinPreviousEditBlock()  # one step with the paste: Ctrl+Z takes both back
            cursor.setPosition(_utf16(text[:cut_from]))
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            cursor.endEditBlock()
        finally:
            self._cutting = False
        left_out = before - cut_from
        if end - start == 1:  # a key pressed with the box full
            self._say(f"{self._full()}: it is full.")
        else:
            self._say(
                f"{self._full()}, so the last {left_out:,} character"
                f"{'' if left_out == 1 else 's'} of what was pasted "
                f"{'was' if left_out == 1 else 'were'} left out."
            )
