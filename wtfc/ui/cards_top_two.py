"""The line over Collect's table naming the people with more than the method's top two cards of
one kind: "⚠ P1 has 6 'not working' cards; the method takes each person's top two." Hidden
while nobody has. A warning only (see ``wtfc.model.top_two``): nothing is refused or dropped.
Many people are named as "P01, P04 and 10 more", so the line keeps to one line where it can
and the table keeps its rows; the tooltip and the accessible description give everyone.

Counted once per change of the workshop (``CardsPage._refresh_state``), never as rows paint:
one pass over the cards, as the kind counts beside it take.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from wtfc.model.top_two import kind_counts, top_two_line, top_two_note
from wtfc.model.workshop import Card
from wtfc.ui.announce import announce
from wtfc.ui.parent_font import keep_parent_font
from wtfc.ui.plain_tip import plain_tip
from wtfc.ui.style import warning_look

_TIP = (
    "Collect takes each person's top two things working and not working, and for the future. "
    "More cards of one kind count more than once towards that kind's themes and priorities. "
    "Nothing is left out: delete or keep cards as you judge right."
)


class TopTwoLine(QLabel):
    """Says who has more than two cards of one kind; ``refresh`` with the workshop's cards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # person codes, as typed
        self.setToolTip(_TIP)
        warning_look(self)
        keep_parent_font(self)  # the page's, not the system's, beside its style sheet
        self.hide()

    def refresh(self, cards: Iterable[Card]) -> None:
        counts = kind_counts(cards)
        note, whole = top_two_line(counts), top_two_note(counts)
        if note and note != self.note():
            announce(self, note)  # said as it appears or changes, as a sighted user sees it
        self.setText(f"⚠ {note}" if note else "")
        self.setToolTip(plain_tip(f"{whole}\n\n{_TIP}") if whole != note else _TIP)
        self.setAccessibleDescription(whole)
        self.setVisible(bool(note))

    def note(self) -> str:
        """What the line says, without its mark ("" when hidden)."""
        return self.text().removeprefix("⚠ ")
