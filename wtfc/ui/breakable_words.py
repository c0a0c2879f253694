"""Typed words shown in a word-wrapped label, a word too long for its column allowed to break.

A QLabel's word wrap never breaks inside a word, so its narrowest is its longest word: an owner
"adult.social.care.commissioning@riverside.gov.uk" or a first step holding a survey link
widened its column until the fields beside it were pushed past the window's edge. Here a long
word (``LONG`` letters or more) may break after a link's or address's punctuation and, failing
that, every ``PIECE`` letters: a zero-width space is put there, drawn as nothing. It is only
for the eye: ``BreakingLabel`` copies the words as typed, and the accessible name is the
caller's (as typed). Rows of a word-wrapped list measure and paint their words with a break
between the letters of a word wider than the row (``broken_to_fit``): "I look forward to
aaaa…" (300 letters) or a link in a success statement was cut at the column's edge, no "…".
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QLabel, QMenu, QSizePolicy, QWidget

BREAK = "\u200b"  # zero-width space: where Qt may end a line
LONG = 25  # letters: a word this long may break (an ordinary long word stays whole)
PIECE = 20  # letters between breaks where a long word has no punctuation to break after
_LONG_WORD = re.compile(rf"\S{{{LONG},}}")
_AFTER = re.compile(r"(?<=[/?&=@._\-#:;,])(?=\w)")  # after a link's punctuation, before a letter
_UNBROKEN = re.compile(rf"[^{BREAK}]{{{PIECE + 1},}}")


def _pieces(match: re.Match[str]) -> str:
    whole = match.group()
    return BREAK.join(whole[i:i + PIECE] for i in range(0, len(whole), PIECE))


def _breakable(match: re.Match[str]) -> str:
    return _UNBROKEN.sub(_pieces, _AFTER.sub(BREAK, match.group()))


def breakable(text: str) -> str:
    """``text`` with a zero-width space where each of its long words may break."""
    return _LONG_WORD.sub(_breakable, text) if len(text) >= LONG else text


def broken_to_fit(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` with a zero-width space between the letters of each word wider than ``width``
    (a pasted link, a German or Welsh compound), so a word-wrapped line fills up to the edge
    and goes on on the next, rather than the word being cut there; words that fit are left
    whole. Never between a letter and its accent, nor inside an emoji sequence."""
    if width <= 0 or metrics.horizontalAdvance(text) <= width:
        return text  # one line: the usual statement, measured once

    def letters(word: re.Match[str]) -> str:
        whole = word.group()
        if metrics.horizontalAdvance(whole) <= width:
            return whole
        return whole[0] + "".join(letter if _holds_on(before, letter) else BREAK + letter
                                  for before, letter in pairwise(whole))

    return _WORD.sub(letters, text)


_WORD = re.compile(r"\S{4,}")
_ZWJ, _MODIFIERS = "\u200d", range(0x1F3FB, 0x1F400)  # a joiner, the skin tones


def _holds_on(before: str, letter: str) -> bool:
    """Whether ``letter`` belongs to the character before it: no line may end between them."""
    return (before == _ZWJ or letter == _ZWJ or ord(letter) in _MODIFIERS
            or "\ufe00" <= letter <= "\ufe0f" or unicodedata.category(letter)[0] == "M")


def as_typed(text: str) -> str:
    """``text`` without the breaks ``breakable`` put in."""
    return text.replace(BREAK, "")


class BreakingLabel(QLabel):
    """A word-wrapped, plain-text label of typed words that takes the width its column is
    given, not its longest word's; ``setText`` lets a long word break (``breakable``), and
    ``typed()``, Copy and the menu's Copy give the words as typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a person's words, as typed
        policy = self.sizePolicy()  # keeps its height-for-width
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:  # type: ignore[override]
        super().setText(breakable(text))

    def typed(self) -> str:
        return as_typed(self.text())

    def _copy(self) -> None:
        chosen = self.selectedText() or self.text()
        QGuiApplication.clipboard().setText(as_typed(chosen))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self._copy()  # a pasted e-mail address with invisible spaces in it would bounce
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction("Copy", self._copy)
        menu.exec(event.globalPos())
