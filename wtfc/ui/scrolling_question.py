"""A question too long for a message box on a small screen at 16 pt: a bold question above its
words, then a destructive button and Cancel (the default, and Esc). The words scroll within the
screen's free part (``fit_scrolling_words``), so the buttons always stay on screen. Remove this
person… and Delete this workshop and its copies… ask this way: as message boxes, both ran off
a 768-px screen at 16 pt with their buttons below its foot."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from wtfc.ui.screen_fit import FRAME, available_geometry
from wtfc.ui.scrolling_words_fit import fit_scrolling_words

if TYPE_CHECKING:
    from wtfc.ui.focus_frame import RingFrame

LINE_LETTERS = 75  # the question's width, about, where the screen has room
LONG_WORD = 40  # letters a word (a name typed with no spaces, a path) runs to before it breaks


class ScrollingQuestion(QDialog):
    """``heading`` in bold beside ``icon``, ``words`` below it (scrolling when the screen is
    short), then ``act`` (object name "act" unless given) and Cancel, the default."""

    def __init__(self, parent: QWidget | None, title: str, heading: str, words: str, act: str,
                 *, words_name: str, icon: QStyle.StandardPixmap) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.heading_text, self.words_text = heading, words
        layout = self._layout = QVBoxLayout(self)
        top = QHBoxLayout()
        picture = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        picture.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        top.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        self.heading = plain_label(heading, self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        top.addWidget(self.heading, 1)
        layout.addLayout(top)
        self.words = plain_label(words, self)
        self.words_area = QScrollArea(self)
        # the stop Tab reaches at 16 pt, where the words scroll: named, and ringed (``eventFilter``)
        self.words_area.setAccessibleName(words_name)
        self.words_area.installEventFilter(self)
        self._ring: RingFrame | None = None
        self.words_area.setWidget(self.words)
        self.words_area.setWidgetResizable(True)
        self.words_area.setFrameShape(QFrame.Shape.NoFrame)
        self.words_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.words_area.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        layout.addWidget(self.words_area, 1)
        self.buttons = QDialogButtonBox(self)
        self.act = self.buttons.addButton(act, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.act.setObjectName("act")
        self.act.clicked.connect(self.accept)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        self.cancel = cancel
        self.cancel.setObjectName("cancel")
        self.cancel.clicked.connect(self.reject)  # Esc too, as any dialog's
        layout.addWidget(self.buttons)
        # a screen reader reads a dialog's description as it opens: the whole question
        self.setAccessibleDescription(f"{heading}\n\n{words}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The app's focus ring round the words while the keyboard is on them: with no frame,
        Tab from Cancel changed nothing on screen (the arrow keys then scroll them)."""
        if watched is self.words_area and event.type() in (QEvent.Type.FocusIn,
                                                            QEvent.Type.FocusOut):
            keyed = event.type() == QEvent.Type.FocusIn and \
                self.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
            if keyed and self._ring is None:
                from wtfc.ui.focus_frame import RingFrame

                self._ring = RingFrame()
            if self._ring is not None:
                self._ring.setWidget(self.words_area if keyed else None)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_to_screen()
        self.cancel.setDefault(True)  # a slip of Enter does nothing
        self.cancel.setFocus()

    def _fit_to_screen(self) -> None:
        """As tall as the words need, within the screen's free part: past it they scroll, and
        Tab then stops at them (the arrow keys move them)."""
        room = available_geometry(self)
        if room is None:
            return
        width = min(room.width() - FRAME.width(),
                    max(self.sizeHint().width(),
                        self.fontMetrics().averageCharWidth() * LINE_LETTERS))
        needed = self._height_for(width)
        fit_scrolling_words(self, self.words_area, QSize(width, needed), needed, room)

    def _height_for(self, width: int) -> int:
        """The dialog's height showing all its words at ``width``, with no scrolling."""
        layout = self._layout
        margins = layout.contentsMargins()
        inside = width - margins.left() - margins.right()
        top = layout.itemAt(0)
        heading = top.heightForWidth(inside) if top is not None else 0
        # measured beside a scroll bar: one shown while the dialog was narrower stays, else
        # (the words then a line or two taller than the room made for them)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        words = self.words.heightForWidth(inside - bar)
        buttons = self.buttons.sizeHint().height()
        return (margins.top() + heading + words + buttons + 2 * layout.spacing()
                + margins.bottom())


def plain_label(text: str, parent: QWidget) -> QLabel:
    """``text`` as typed (a theme's or a file's name is never HTML), wrapped, a word too long
    for a line broken every ``LONG_WORD`` letters (a zero-width space)."""
    label = QLabel(re.sub(rf"\S{{{LONG_WORD + 1},}}", _breakable, text), parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _breakable(word: re.Match[str]) -> str:
    whole = word.group()
    return "\u200b".join(whole[i:i + LONG_WORD] for i in range(0, len(whole), LONG_WORD))
