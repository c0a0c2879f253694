"""The import dialog's paste page: a box for the cells copied from Excel, and Read.

Qt lays out a line of text whole: a pasted line of 100,000 characters with no space froze the
window for 4 s, 300,000 for half a minute, 3 million for minutes. Text that long, or that big,
is kept aside rather than shown, with a line saying how many rows it has; Read reads it all
the same. While cells are held the box takes no typing, so a stray key cannot drop them (it
did, silently, and Undo did not bring them back): pasting other cells replaces them, Clear
empties the box for typing, and Ctrl+Z puts back what the box had before the long paste.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MOST_SHOWN = 50_000  # characters shown in the box (about 400 rows of statements)
LONGEST_LINE = 10_000  # characters of one line shown (a row holds a few statements)


def too_long_to_show(text: str) -> bool:
    """Whether the box would take seconds to lay ``text`` out."""
    return len(text) > MOST_SHOWN or any(len(line) > LONGEST_LINE for line in text.split("\n"))


def held_note(text: str) -> str:
    """The words saying what was copied, when it is not shown: "1,204 rows copied …"."""
    rows = text.count("\n") + (not text.endswith("\n"))
    copied = "1 row copied" if rows == 1 else f"{rows:,} rows copied"
    return (
        f"<b>{copied}</b> (too long to show here: {len(text):,} characters). Click "
        "<b>Read the pasted cells</b> to go on, or paste other cells in the box."
    )


# under the box once it has cells: opened from Add card's "Paste it as a card…" the row was
# shown in a big box with nothing to say the next click is Read
NEXT = "Check the cells above, then click <b>Read the pasted cells</b> (Alt+R) to go on."

HELD_PLACEHOLDER = (
    "The copied cells are held (see above). Paste other cells here (Ctrl+V) to use them "
    "instead, or Clear to type here; Ctrl+Z puts back what was here before."
)


class PasteBox(QPlainTextEdit):
    """The box. A paste (Ctrl+V, the menu, a drop) too long to lay out is handed on by
    ``too_long`` instead of being put in it: the box's text as the paste would have left it,
    so words typed before are read with it rather than lost. While the box is read-only
    (cells held), Ctrl+V is handed on by ``pasted`` and Ctrl+Z by ``undo_asked``."""

    too_long = Signal(str)
    pasted = Signal(str)
    undo_asked = Signal()

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = source.text() if source.hasText() else ""
        if text and too_long_to_show(text):
            cursor = self.textCursor()
            whole = self.toPlainText()
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            self.too_long.emit(whole[:start] + text + whole[end:])
            return
        super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.isReadOnly() and event.matches(QKeySequence.StandardKey.Paste):
            data = QGuiApplication.clipboard().mimeData()
            if data is not None and data.hasText() and data.text():
                self.pasted.emit(data.text())
            return
        if self.isReadOnly() and event.matches(QKeySequence.StandardKey.Undo):
            self.undo_asked.emit()
            return
        super().keyPressEvent(event)


class PastePage(QWidget):
    """The heading, a line for text held aside from the box (with ``clear_button``), the box,
    a line saying what comes next once the box has cells (``next_note``), and ``read_button``
    (the dialog's default on this page: ``ImportDialog._show``)."""

    def __init__(self, heading: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._held: str | None = None  # the copied cells, when too long for the box
        self._before = ""  # the box's text before they were held, for Ctrl+Z
        self.box = PasteBox()
        self.box.setAccessibleName("Pasted cells")
        self.box.setToolTip("Paste the cells copied from Excel here (Ctrl+V)")
        self._placeholder = (
            "Select the cells in Excel (with the headings), copy "
            "them (Ctrl+C) and paste them here (Ctrl+V)."
        )
        self.box.setPlaceholderText(self._placeholder)
        self.box.setTabChangesFocus(True)
        self.box.too_long.connect(self.set_text)
        self.box.pasted.connect(self.set_text)
        self.box.undo_asked.connect(lambda: self._let_go(self._before))
        self.held_label = QLabel()
        self.held_label.setWordWrap(True)
        self.held_label.setToolTip("The copied cells, not shown because they are so long")
        self.clear_button = QPushButton("C&lear")
        self.clear_button.setAccessibleName("Clear the held cells")
        self.clear_button.setToolTip("Let go of the copied cells and empty the box for typing")
        self.clear_button.clicked.connect(lambda *_: self._let_go(""))
        held = QHBoxLayout()
        held.setContentsMargins(0, 0, 0, 0)
        held.addWidget(self.held_label, 1)
        held.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        self.read_button = QPushButton("&Read the pasted cells")
        self.read_button.setAccessibleName("Read the pasted cells")
        self.read_button.setToolTip("Go on to check which column holds what")
        self.next_note = QLabel(NEXT)
        self.next_note.setWordWrap(True)
        self.box.textChanged.connect(self._show_next)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(held)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.next_note)
        layout.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._show_held()

    def has_cells(self) -> bool:
        return self._held is not None or bool(self.box.toPlainText().strip())

    def _show_next(self) -> None:
        """The line once there are cells to read (cells held aside have their own)."""
        self.next_note.setVisible(self._held is None and self.has_cells())
        # a screen reader hears it on the button
        self.read_button.setAccessibleDescription(
            NEXT.replace("<b>", "").replace("</b>", "") if self.has_cells() else "")

    def set_text(self, text: str) -> None:
        """Put ``text`` in the box, or hold it aside with a line saying so when it is too
        long to lay out (in place of any cells held before)."""
        if not too_long_to_show(text):
            self._let_go(text)
            return
        if self._held is None:
            self._before = self.box.toPlainText()
        self._held = text
        self.box.clear()
        self.held_label.setText(held_note(text))
        self._show_held()

    def text(self) -> str:
        """The cells to read: those held aside, else the box's."""
        return self._held if self._held is not None else self.box.toPlainText()

    def _let_go(self, text: str) -> None:
        """Drop the held cells (asked for: Clear, Ctrl+Z, other cells pasted) and put
        ``text`` in the box, ready for typing."""
        self._held = None
        self._show_held()
        self.box.setPlainText(text)
        self.box.moveCursor(QTextCursor.MoveOperation.End)
        self.box.setFocus()

    def _show_held(self) -> None:
        held = self._held is not None
        self._show_next()
        self.held_label.setVisible(held)
        self.clear_button.setVisible(held)
        self.box.setReadOnly(held)  # no stray key drops them
        self.box.setPlaceholderText(HELD_PLACEHOLDER if held else self._placeholder)
        self.box.setAccessibleDescription(  # said to a screen reader on the empty box
            held_note(self._held).replace("<b>", "").replace("</b>", "")
            if self._held is not None
            else ""
        )
