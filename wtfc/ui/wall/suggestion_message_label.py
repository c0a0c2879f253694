"""What the suggestions panel says, on as many lines as the panel can spare: at 911×512 (a
1366×768 laptop at 150%) its seven lines left no card of the suggestion in sight under "Cards
(untick any that do not belong):". Folded, the last line kept ends in "…" and a "More" link
(mouse or Tab then Enter) shows the whole until "Less"; the whole is also the label's tooltip
and accessible description; ``text()`` is always the whole."""

from __future__ import annotations

from html import escape
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QWidget


class PanelMessage(QLabel):
    """A word-wrapped label shown on at most ``max_lines`` lines (``None``: all of them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._whole = ""
        self._max_lines: int | None = None
        self._opened = False  # "More" pressed: the whole shown until "Less" or a new message
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)  # for the link; the words are escaped
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.linkActivated.connect(self._toggle)

    def text(self) -> str:  # type: ignore[override]
        return self._whole

    def setText(self, text: str) -> None:  # type: ignore[override]
        if text != self._whole:
            self._opened = False  # a new message starts folded again: the cards keep the room
        self._whole = text
        self._fold()

    def _toggle(self, _link: str) -> None:
        self._opened = not self._opened
        self._fold()

    def set_max_lines(self, lines: int | None) -> None:
        if lines != self._max_lines:
            self._max_lines = lines
            self._fold()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fold()  # narrower, the words wrap onto more lines

    def _fold(self) -> None:
        self.ensurePolished()  # the style sheet's font, which the label wraps in
        width = self.contentsRect().width()
        shown, link = self._whole, ""
        if self._max_lines is not None and width > 0:
            more = self.fontMetrics().horizontalAdvance(f" {MORE}") + 4
            folded = fold_lines(self._whole, self.font(), max(40, width - more), self._max_lines)
            if folded != self._whole:
                shown, link = (self._whole, LESS) if self._opened else (folded, MORE)
        said = self._whole if link == MORE else ""
        if self.toolTip() != said:
            self.setToolTip(said)
            self.setAccessibleDescription(said)
        rich = escape(shown).replace("\n", "<br>")
        if link:
            rich += f' <a href="{link}">{link}</a>'
        if super().text() != rich:  # unchanged, it asks for no new layout (nor a loop)
            super().setText(rich)


MORE, LESS = "More", "Less"


def fold_lines(text: str, font: QFont, width: int, lines: int) -> str:
    """``text`` word-wrapped at ``width`` px as a label wraps it; past ``lines`` lines, the
    lines kept (each ending where it wrapped) with "…" ending the last."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    starts: list[int] = []
    while len(starts) <= lines:  # one line past the last kept says whether there is more
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    if len(starts) <= lines:
        return text
    kept = [text[start:end].rstrip() for start, end in pairwise(starts[:lines])]
    last = text[starts[lines - 1]:]
    return "\n".join([*kept, QFontMetrics(font).elidedText(last, Qt.TextElideMode.ElideRight,
                                                              width)])
