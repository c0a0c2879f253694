"""How many cards are chosen, beside the Theme page's heading, where the facilitator looks.

The ring round each chosen card was all a sighted facilitator had: 30 cards chosen by
Shift+arrows on a county wall were mostly off screen, and only a screen reader was told "30
cards chosen". The line shows it while two or more are chosen ("30 cards chosen: 9 in no theme,
21 in “I don't know who…”"), and where Shift+arrows stopped at a group's end. It sits on the
heading's row, in the room the heading leaves (at 911×512 or 16 pt, where that is too little
for the count, over the words under the heading: ``theme_intro``), so showing it never makes
the page taller (which would lay out the wall again); too long for the room left, it is cut at
its end and its tooltip holds it whole.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from wtfc.ui.style import ui_font


class ChosenLine(QLabel):
    """``say(words)`` shows them (cut at the end to fit), "" hides the line; ``shown(bool)``
    as it comes and goes."""

    shown = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(ui_font(11, bold=True))
        self.setTextFormat(Qt.TextFormat.PlainText)  # theme names as typed
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # takes the width the heading leaves, never more: the heading is not squeezed to wrap
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self._words = ""
        self.hide()

    def full_text(self) -> str:
        return self._words

    def say(self, words: str) -> None:
        self._words = words
        self.setToolTip(words)
        self.setAccessibleName(words)
        self._fit()
        if bool(words) == self.isHidden():
            self.setVisible(bool(words))
            self.shown.emit(bool(words))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._words, Qt.TextElideMode.ElideRight,
                                                   max(self.width(), 1)))
