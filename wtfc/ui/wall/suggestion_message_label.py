"""What the suggestions panel says, on as many lines as the panel can spare: at 911×512 (a
1366×768 laptop at 150%) its seven lines left no card of the suggestion in sight under "Cards
(untick any that do not belong):". Folded, the last line kept ends in "…" and the whole of it
is the label's tooltip and accessible description; ``text()`` is always the whole."""

from __future__ import annotations

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
        self.setWordWrap(True)

    def text(self) -> str:  # type: ignore[override]
        return self._whole

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._whole = text
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
        shown = self._whole
        if self._max_lines is not None and width > 0:
            shown = fold_lines(shown, self.font(), width, self._max_lines)
        folded = shown != self._whole
        said = self._whole if folded else ""
        if self.toolTip() != said:
            self.setToolTip(said)
            self.setAccessibleDescription(said)
        if super().text() != shown:  # unchanged, it asks for no new layout (nor a loop)
            super().setText(shown)


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
