"""The card dialog's height: it grows for what must be read whole (a long held-back warning, the
line offering to paste spreadsheet rows as cards), up to the screen's height, and gives that
back after. Past the screen's height the words box gives way, down to its least."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel

if TYPE_CHECKING:
    from wtfc.ui.card_rows import RowsOffer, WordsBox

NO_MOST = (1 << 24) - 1  # Qt's "no maximum" height


class FitsItsWords(QDialog):
    """``CardDialog``'s sizing; it sets the widgets named here and ``_verdict_least`` (the
    verdict's three lines)."""

    verdict: QLabel
    words: WordsBox
    rows_offer: RowsOffer
    _verdict_least: int
    _grown = 0  # px the dialog grew for a long warning, given back as it shortens
    _offer_grown = 0  # px it grew for the rows offer's line, given back as it goes
    _growing = False  # resized here, not by the user

    def _show_rows_offer(self, on: bool) -> None:
        """The rows offer's line shown or hidden: the dialog grows by its height and gives it
        back. At 16 pt it stayed 599 px high: the line was cut top and bottom, and the warning,
        measured as if the line took nothing, ran under Save."""
        form = self.layout()
        if not isinstance(form, QFormLayout):
            return
        base = self.height() - self._offer_grown  # its height without the line
        self._growing = True
        try:  # (Qt lays a shown dialog out at once: it may grow to its new least here)
            form.setRowVisible(self.rows_offer, on)
        finally:
            self._growing = False
        if not self.isVisible():
            return  # measured once shown (showEvent)
        height = base
        if on:
            self.rows_offer.fit(self.words.width())  # the row is as wide as the words box
            row = self.rows_offer.minimumSizeHint().height() + form.verticalSpacing()
            frame = self.frameGeometry().height() - self.height()
            height = min(base + row, self.screen().availableGeometry().height() - frame)
        self._offer_grown = max(0, height - base)
        more = height - self.height()
        self._grow_by(more)  # (laid out: the line counted at its height, or not at all)
        self._fit_verdict()  # the warning's room counted with the line in (or out)

    def _fit_verdict(self, grow: bool = True) -> None:
        """The verdict whole: at 16 pt its bold, padded warning needed 323 px and had 160, and
        "will be held back" was cut off. The dialog grows for it, up to the screen's height;
        past that the words box gives way (down to its least)."""
        if not self.isVisible():
            return  # measured once shown, at its real width (showEvent)
        need = max(self._verdict_least, self._verdict_words_height())
        screen = self.screen().availableGeometry().height()
        frame = self.frameGeometry().height() - self.height()
        spare = screen - frame - (self.height() - self.verdict.height())
        spare += self.words.height() - self.words.minimumHeight()
        need = max(self._verdict_least, min(need, spare))
        was = self.verdict.minimumHeight()
        if need != was:
            # exactly its height: what a shorter verdict leaves goes back to the words box (at
            # 9 pt it kept 94 px round "No personal details found." once a warning had gone)
            self.verdict.setFixedHeight(need)
            if not grow:
                return
            # the dialog grows for a longer warning, and gives that back after it: the words
            # box keeps its height (it shrank in steps as one typed)
            room = screen - frame - self.height()
            more = max(0, min(need - was, room)) if need > was else -min(was - need, self._grown)
            self._grown += more
            self._grow_by(more)

    def _grow_by(self, more: int) -> None:
        layout = self.layout()
        if layout is None:
            return
        target = self.height() + more
        self._growing = True
        try:
            layout.activate()  # the dialog's new least height (grown to it, at the least)
            if self.height() != target:  # (a resize under that least would be refused)
                self.resize(self.width(), max(target, self.minimumHeight()))
                self._keep_on_screen()
        finally:
            self._growing = False

    def _keep_on_screen(self) -> None:
        """Grown, its top stayed where it opened: at 16 pt its foot went past the screen's and OK
        and Cancel were out of reach. It moves up by what is over, never above the screen's top."""
        screen = self.screen().availableGeometry()
        frame = self.frameGeometry()
        over = frame.bottom() - screen.bottom()
        if over > 0:
            self.move(frame.left(), max(screen.top(), frame.top() - over))

    def _verdict_words_height(self) -> int:
        """The verdict's words' own height: a label's heightForWidth is never under its least,
        so a warning's height was kept round "No personal details found." after it."""
        verdict, least, most = self.verdict, self.verdict.minimumHeight(), \
            self.verdict.maximumHeight()
        verdict.setMinimumHeight(0)
        verdict.setMaximumHeight(NO_MOST)
        height = verdict.heightForWidth(verdict.width())
        verdict.setMinimumHeight(least)
        verdict.setMaximumHeight(most)
        return height

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.rows_offer.rows:  # rows pasted before it was shown
            self._show_rows_offer(True)
        self._fit_verdict()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._growing and event.size().height() != event.oldSize().height():
            # the user's height is theirs: dragged taller, it had shrunk back by what the
            # dialog grew for a warning once the warning went
            self._grown = self._offer_grown = 0
        self._fit_verdict(grow=False)  # narrower, the warning takes more lines
