"""The import dialog's paste page: a box for the cells copied from Excel, and Read.

Qt lays out a line of text whole: a pasted line of 100,000 characters with no space froze the
window for 4 s, 300,000 for half a minute, 3 million for minutes. Text that long, or that big,
is kept aside rather than shown, with a line saying how many rows it has; Read reads it all
the same. Typing or pasting in the box sets it aside for the new words.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

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


class PasteBox(QPlainTextEdit):
    """The box. A paste (Ctrl+V, the menu, a drop) too long to lay out is handed on by
    ``too_long`` instead of being put in it."""

    too_long = Signal(str)

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = source.text() if source.hasText() else ""
        if text and too_long_to_show(text):
            self.too_long.emit(text)
            return
        super().insertFromMimeData(source)


class PastePage(QWidget):
    """The heading, a line for text held aside from the box, the box, and ``read_button``."""

    def __init__(self, heading: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._held: str | None = None  # the copied cells, when too long for the box
        self.box = PasteBox()
        self.box.setAccessibleName("Pasted cells")
        self.box.setToolTip("Paste the cells copied from Excel here (Ctrl+V)")
        self.box.setPlaceholderText(
            "Select the cells in Excel (with the headings), copy "
            "them (Ctrl+C) and paste them here (Ctrl+V)."
        )
        self.box.setTabChangesFocus(True)
        self.box.too_long.connect(self.set_text)
        self.box.textChanged.connect(self._on_box_changed)
        self.held_label = QLabel()
        self.held_label.setWordWrap(True)
        self.held_label.setToolTip("The copied cells, not shown because they are so long")
        self.held_label.setVisible(False)
        self.read_button = QPushButton("&Read the pasted cells")
        self.read_button.setAccessibleName("Read the pasted cells")
        self.read_button.setToolTip("Go on to check which column holds what")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.held_label)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_text(self, text: str) -> None:
        """Put ``text`` in the box, or hold it aside with a line saying so when it is too
        long to lay out."""
        if not too_long_to_show(text):
            self._held = None
            self.box.setAccessibleDescription("")
            self.box.setPlainText(text)
            return
        self.box.clear()  # (before holding: a change in the box lets go of held text)
        self._held = text
        self.held_label.setText(held_note(text))
        self.held_label.setVisible(True)
        self.box.setAccessibleDescription(  # said to a screen reader on the empty box
            held_note(text).replace("<b>", "").replace("</b>", "")
        )

    def text(self) -> str:
        """The cells to read: those held aside, else the box's."""
        return self._held if self._held is not None else self.box.toPlainText()

    def _on_box_changed(self) -> None:
        if self._held is not None and self.box.document().characterCount() > 1:
            self._held = None  # new words typed or pasted: they are what is read
            self.box.setAccessibleDescription("")
        self.held_label.setVisible(self._held is not None)
