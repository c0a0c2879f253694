"""Rows copied from a spreadsheet and pasted into Add card's words: they made one card holding
every statement, with the codes and kinds among its words. The paste still goes in (it may
be meant), and a line under the box offers *Paste them as cards…*: Paste statements from Excel
with those rows, where each becomes a card of its own."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from wtfc.ui.boards.common import announce
from wtfc.ui.parent_font import keep_parent_font

OFFER_BUTTON = "Paste them as ca&rds…"  # Alt+R: K, W, P and A are the dialog's, C its Cancel
OFFER_ONE = "Paste it as a ca&rd…"
TIP = ("Close this card and open Paste statements from Excel with these rows: each row "
       "becomes a card (Alt+R)")
TIP_ONE = ("Close this card and open Paste statements from Excel with this row: its words, "
           "person and kind each go in their place (Alt+R)")


def rows_in(text: str) -> int:
    """How many spreadsheet rows ``text`` looks like, read as Excel copies them (tab between
    cells, a cell with a line break in quotes): rows of two cells or more, when there are two
    or more; one row alone when it is the whole paste and has three cells or more (a code, the
    words, a kind: a late card's row); else 0 (Word's paragraphs, one with a tab in it, are a
    card's words)."""
    if "\t" not in text:
        return 0
    rows = [row for row in csv.reader(io.StringIO(text), delimiter="\t")
            if any(cell.strip() for cell in row)]
    shaped = sum(1 for row in rows if len(row) > 1)
    if shaped > 1:
        return shaped
    return 1 if len(rows) == 1 and len(rows[0]) >= 3 else 0


class WordsBox(QPlainTextEdit):
    """A card's words. ``rows_pasted`` gives text pasted or dropped that looks like rows, and
    what it became in the box (line breaks as newlines, no-break spaces as spaces)."""

    rows_pasted = Signal(str, str)

    def insertFromMimeData(self, source: QMimeData) -> None:
        start = self.textCursor().selectionStart()
        super().insertFromMimeData(source)
        text = source.text() if source.hasText() else ""
        if rows_in(text):
            self.rows_pasted.emit(text, self.toPlainText()[start:self.textCursor().position()])


class RowsOffer(QWidget):
    """The line under the words box: how many rows were pasted, and ``button`` to paste them
    as cards. Hidden until rows are pasted, and again once they are no longer in the box
    (undone, deleted). ``rows``: the rows as pasted ("" while hidden). ``show_row`` shows or
    hides it (a form's row: its label and spacing too).

    The words over the button, at the height they need (``fit``): beside it at 16 pt they had
    a third of the width and 93 of their 264 px, and were cut after "copied from"."""

    def __init__(self, box: QPlainTextEdit, show_row: Callable[[bool], None]) -> None:
        super().__init__()
        self.box, self._show_row = box, show_row
        self.rows = self._in_box = ""
        self.words = QLabel()
        self.words.setWordWrap(True)
        keep_parent_font(self.words)
        self.button = QPushButton(OFFER_BUTTON)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.words)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        box.textChanged.connect(self._on_words_changed)

    def fit(self, width: int) -> None:
        """The words' least height what they take at ``width`` (the row's): a dialog's layout
        gives a wrapped label only its one-line least, whatever its width."""
        words = self.words
        words.setMinimumHeight(0)  # (its height for a width is never under its least)
        words.setMinimumHeight(words.heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit(event.size().width())  # narrower, more lines

    def offer(self, rows: str, in_box: str) -> None:
        self.rows, self._in_box = rows, in_box
        count = rows_in(rows)
        if count == 1:  # its code and kind would be on the card, the kind box left as it was
            self.words.setText("⚠ This looks like a row copied from a spreadsheet: all its "
                               "cells would be this card's words.")
        else:
            self.words.setText(f"⚠ This looks like {count} rows copied from a spreadsheet. "
                               "Each should be a card of its own:")
        self.button.setText(OFFER_ONE if count == 1 else OFFER_BUTTON)
        self.button.setToolTip(TIP_ONE if count == 1 else TIP)
        self.button.setAccessibleDescription(self.words.text().removeprefix("⚠ "))
        self._show_row(True)
        said = self.button.text().replace("&", "").removesuffix("…")
        announce(self, f"{self.words.text().removeprefix('⚠ ')} {said}, Alt+R.")

    def typed_besides(self) -> str:
        """The words in the box other than the pasted rows (what closing the card would lose)."""
        return self.box.toPlainText().replace(self._in_box, "", 1).strip()

    def _on_words_changed(self) -> None:
        if self.rows and self._in_box not in self.box.toPlainText():
            self.rows = self._in_box = ""
            self._show_row(False)
