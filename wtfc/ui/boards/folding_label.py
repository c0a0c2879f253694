"""A wrapped label that folds to one line, cut with "…", its whole words in a tooltip, to a
screen reader (its text stays whole) and on screen while it has the focus (a Tab stop then).

Review folds its labels to make room for last time's tables (``review_split``). Choose
priorities and Plan/Act fold their summary on a short board (``fold_when_short``): at 16 pt on
a 1366×768 laptop at 125% the four-line summary and the heading left Choose priorities' table
one theme, and Act's list less than its chosen action.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLabel, QWidget

from wtfc.ui.plain_tip import plain_tip
from wtfc.ui.style import FOCUS, palette_ink

RING_PX = 2  # the focus ring's width, as the app's ring round buttons (focus_frame)


class FoldingLabel(QLabel):
    """A wrapped label that can fold to its first line, cut short with "…", or first (``lead``
    set, ``lead_only``) leave out only its opening words that ``lead`` matches, the rest whole.
    Its text stays the full words (what a screen reader reads), which are its tooltip while it
    is folded. Folded, it is a Tab stop, and whole with a focus ring while it has the focus."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        # last time's title and words, as typed: painted plain when folded, so plain unfolded
        # too ("<b>Bold</b> & Co" was bold, and its lines ran together, only when unfolded)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.folded = False
        self.lead_only = False  # folded: only the lead left out, not cut to a line
        self.lead: re.Pattern[str] | None = None

    def fold(self, folded: bool, *, lead_only: bool = False) -> None:
        lead_only = folded and lead_only
        if (folded, lead_only) != (self.folded, self.lead_only):
            self.folded, self.lead_only = folded, lead_only
            self.setToolTip(plain_tip(self.text()) if folded else "")
            # unfolded it has nothing more to show: no stop for Tab on the way to the tables
            self.setFocusPolicy(Qt.FocusPolicy.TabFocus if folded else Qt.FocusPolicy.NoFocus)
            if not folded and self.hasFocus():  # whole now (a taller window): no stop, no ring
                self.focusNextChild()
            self._changed()

    @property
    def cut_short(self) -> bool:
        """Painted as one line: folded and not focused."""
        return self.folded and not self.lead_only and not self.hasFocus()

    @property
    def lead_left_out(self) -> bool:
        """Painted without its lead, the rest whole: folded so and not focused."""
        return self.folded and self.lead_only and not self.hasFocus()

    def shown_words(self) -> str:
        """Its words as painted while folded: without the lead (which is in the tooltip)."""
        found = self.lead.match(self.text()) if self.lead is not None else None
        return self.text()[found.end():] if found else self.text()

    def _changed(self) -> None:
        # whole while focused, its words clear of the ring
        ring = RING_PX + 1 if self.hasFocus() else 0
        self.setContentsMargins(ring, ring, ring, ring)
        self.updateGeometry()
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._changed()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._changed()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(plain_tip(text) if self.folded else "")

    def unfolded_height(self) -> int:
        """The height its words take unfolded, at its width now."""
        return super().heightForWidth(self.width())

    def folded_height(self) -> int:
        """Its height folded: a line."""
        return self._line()

    def lead_off_height(self, width: int | None = None) -> int:
        """Its height with only the lead left out, at ``width`` (its width now)."""
        margins = self.contentsMargins()
        inner = (self.width() if width is None else width) - margins.left() - margins.right() \
            - 2 * self.margin()
        words = self.fontMetrics().boundingRect(
            QRect(0, 0, max(inner, 1), 1 << 20), self._wrap(), self.shown_words())
        return words.height() + margins.top() + margins.bottom() + 2 * self.margin()

    def _wrap(self) -> int:
        return int(self.alignment()) | int(Qt.TextFlag.TextWordWrap)

    def _line(self) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().height() + margins.top() + margins.bottom() + 2 * self.margin()

    def hasHeightForWidth(self) -> bool:
        return not self.cut_short and super().hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        if self.lead_left_out:
            return self.lead_off_height(width)
        return self._line() if self.cut_short else super().heightForWidth(width)

    def _folded_height(self) -> int | None:
        if self.lead_left_out:
            return self.lead_off_height()
        return self._line() if self.cut_short else None

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        height = self._folded_height()
        return hint if height is None else QSize(hint.width(), height)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        height = self._folded_height()
        return hint if height is None else QSize(hint.width(), height)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.lead_left_out:
            m = self.margin()
            painter = QPainter(self)
            self.style().drawItemText(painter, self.contentsRect().adjusted(m, m, -m, -m),
                                      self._wrap(), self.palette(), self.isEnabled(),
                                      self.shown_words(), self.foregroundRole())
            painter.end()
            return
        if not self.cut_short:
            super().paintEvent(event)
            if self.hasFocus():
                self._ring()
            return
        m = self.margin()
        rect = self.contentsRect().adjusted(m, m, -m, -m)
        line = self.fontMetrics().elidedText(" ".join(self.shown_words().splitlines()),
                                             Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(self)
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(),
                                  self.isEnabled(), line, self.foregroundRole())
        painter.end()

    def _ring(self) -> None:
        colour = palette_ink(FOCUS, QPalette.ColorRole.Window, text=QPalette.ColorRole.WindowText,
                             palette=self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, RING_PX))
        half = RING_PX / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 4, 4)
        painter.end()



SHORT_LINES = 24  # a board fewer lines of its text high than this is short: summaries fold


class FoldWhenShort(QObject):
    """Folds ``label`` to a line while ``board`` is short (under ``SHORT_LINES`` lines of the
    label's text high) and its words take more than a line; whole again when there is room
    (a taller window, a smaller font). 16 pt on a 1366×768 laptop at 125% is ~22 lines; the
    9 pt design size is ~45 lines there and ~30 at 150%, and keeps every summary whole."""

    def __init__(self, label: FoldingLabel, board: QWidget) -> None:
        super().__init__(board)
        self.label, self.board = label, board
        self.room: QWidget | None = None  # folds by the lines this holds instead (``by_room``)
        self.room_lines = 0
        board.installEventFilter(self)
        label.installEventFilter(self)

    def by_room(self, room: QWidget, lines: int) -> None:
        """Fold while ``room`` (what the label's lines take from) would hold under ``lines``
        lines of its text with the label whole, not by the board's height: Choose priorities'
        summary unfolded at 1090x680 with 16 pt and left the table 4 lines, not 7."""
        self.room, self.room_lines = room, lines
        room.installEventFilter(self)
        self.follow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):  # its height, or the width
            self.follow()
        return False

    def follow(self) -> None:
        """Fold or unfold for the words, width and height now (call after new words)."""
        if not self.board.isVisible():  # not laid out yet (100×30 as it is built): at its Show
            return
        line = self.label.fontMetrics().lineSpacing()
        if self.room is None:
            short = 0 < self.board.height() < SHORT_LINES * line
        else:  # the room with the label whole: the same, folded or not, so no see-saw
            whole = self.room.height() - (self.label.unfolded_height() - self.label.height())
            short = whole < self.room_lines * self.room.fontMetrics().lineSpacing()
        self.label.fold(short and self.label.unfolded_height() > 1.5 * line)
