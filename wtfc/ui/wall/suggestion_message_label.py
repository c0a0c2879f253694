"""What the suggestions panel says, on as many lines as the panel can spare: at 911×512 (a
1366×768 laptop at 150%) its seven lines left no card of the suggestion in sight under "Cards
(untick any that do not belong):". Folded, the last line kept ends in "…" and a "More" button
in its corner (one Tab stop; Enter or Space) shows the whole until "Less"; ``text()`` is
always the whole. A screen reader hears the whole as the label's name: folded, the words cut
to "…" were its name and the whole its description, so it heard most of them twice."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QPalette,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QLabel, QToolButton, QToolTip, QWidget

from wtfc.model.workshop import Kind
from wtfc.ui.announce import announce

MORE, LESS = "More", "Less"


class PanelMessage(QLabel):
    """A word-wrapped label shown on at most ``max_lines`` lines (``None``: all of them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._whole = ""
        self._max_lines: int | None = None
        self._opened = False  # "More" pressed: the whole shown until "Less" or a new message
        self._tip = ""  # the whole, for a mouse resting on it, while folded
        self._heard = ""  # the words last announced, while in sight since
        self._telling = False  # an announcement waits for the code showing the words to end
        self.setWordWrap(True)
        # its words hold theme names and cards as typed: "I get <b>no</b> help" is shown so,
        # never drawn as bold (Qt guesses rich text from a label's words otherwise)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # a button, not a link in the words: a link took Tab, Tab, Enter and lost the focus
        self.more = QToolButton(self)
        self.more.setAutoRaise(True)
        self.more.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more.setForegroundRole(QPalette.ColorRole.Link)  # read as a link, underlined too
        self.more.clicked.connect(self._toggle)
        self.more.installEventFilter(self)  # Enter too, as a link took it (a tool button: Space)
        self.more.hide()

    def text(self) -> str:  # type: ignore[override]
        return self._whole

    def setText(self, text: str) -> None:  # type: ignore[override]
        if text != self._whole:
            self._opened = False  # a new message starts folded again: the cards keep the room
        self._whole = text
        self._fold()

    def say_when_shown(self) -> None:
        """Announce what it says once the code setting it has run, as a sighted user notices
        the words appear: "Grouping 40 cards…", then "Suggested 6 themes…" (one message each,
        not a progress step). Only words in sight and not just heard; a message replaced in
        the same breath (an edit's list count, then "Made the theme …") is not said."""
        if not self._telling:
            self._telling = True
            QTimer.singleShot(0, self, self._tell)

    def _tell(self) -> None:
        self._telling = False
        if self._whole == self._heard:
            return  # unchanged since it was said (Suggest pressed again while it works)
        self._heard = self._whole if self.isVisible() else ""
        if self._heard:
            words = self._heard
            for kind in Kind:  # "Grouping 9 Not working cards", not "… ballot x Not working"
                words = words.replace(f"{kind.symbol} ", "")
            announce(self, words)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._heard = ""  # the panel opened again on the same words: said again

    def event(self, event: QEvent) -> bool:
        # the whole shown to a mouse by hand, not as the tooltip: Qt gives a screen reader a
        # widget's tooltip as its description when it has none, the whole heard twice again
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and self._tip:
            from wtfc.ui.plain_tip import plain_tip  # not on the start-up path

            QToolTip.showText(event.globalPos(), plain_tip(self._tip), self)  # as typed
            return True
        return super().event(event)  # no tip set: none shown

    def tip(self) -> str:
        """What a mouse resting on it is shown: the whole while folded, else nothing."""
        return self._tip

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.more and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            if not event.isAutoRepeat():  # Enter held a moment long: one toggle, as Space
                self.more.click()
            return True
        return super().eventFilter(watched, event)

    def _toggle(self) -> None:
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
        self.more.ensurePolished()
        if not self.more.font().underline():  # after polish: the style sheet sets its font
            underlined = QFont(self.more.font())
            underlined.setUnderline(True)
            self.more.setFont(underlined)
        letters = self.more.fontMetrics()  # one width for either word: the lines stay put
        self.more.setFixedSize(max(map(letters.horizontalAdvance, (MORE, LESS))) + 16,
                               self.more.sizeHint().height())
        button = self.more.size()
        width = self.width() - button.width()  # the button's column beside every line
        shown, said = self._whole, ""
        if self._max_lines is not None and width > 40:
            folded = fold_lines(self._whole, self.font(), width, self._max_lines)
            if folded != self._whole:
                shown, said = (self._whole, LESS) if self._opened else (folded, MORE)
        self.more.setVisible(bool(said))
        if said:
            self.more.setText(said)
            self.more.setAccessibleName("Show all of what the panel says" if said == MORE
                                        else "Show less of what the panel says")
            self.more.move(self.width() - button.width(), self.height() - button.height())
        self.setContentsMargins(0, 0, button.width() if said else 0, 0)
        self._tip = self._whole if said == MORE else ""
        # folded: named the whole, no description; else named by its own words (all shown),
        # the whole its description as before. Set only when changed: each set tells a reader
        name, description = (self._whole, "") if said == MORE else ("", self._whole)
        if self.accessibleName() != name:
            self.setAccessibleName(name)
        if self.accessibleDescription() != description:
            self.setAccessibleDescription(description)
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
