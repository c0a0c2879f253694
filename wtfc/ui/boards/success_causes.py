"""The causes the room agreed to act on, named under the theme on Identify success.

The method asks what success would be like "if they could address these issues" (seed 003), so
the statements are written with the causes the room chose in sight. The board and the room view
name them in one line of words, "We agreed to act on: …; …": where they do not all fit, the
longest are cut first at a whole word, to no fewer than six words, then the last are counted
("and 2 more"); the board's tooltip and screen reader have them whole. A big workshop's nine
causes cut to three words each ("The phone line do…; Care plans do…") named none of them: fewer
causes that can be recognised say more. Only where one cause of six words does not fit are the
causes cut shorter.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget

from wtfc.model.document import Document
from wtfc.model.workshop import Cause

LEAD = "We agreed to act on: "
NONE_YET = "No cause is agreed to act on yet: A marks one on the why-tree (4 Understand)."
LEAST_WORDS = 3  # a cause cut shorter than this says too little to recognise
READABLE_WORDS = 6  # the causes are counted sooner than cut to fewer (where one fits so)
# words a cut cause does not end on: "long and…" says less than "long…"
SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into",
                         "of", "on", "or", "so", "than", "that", "the", "to", "with", "not"})
BOARD_LINES = 2  # the board's line never takes more from the columns


def agreed_causes(doc: Document, theme_id: str | None) -> list[Cause]:
    """The theme's causes marked agreed ("We will act on this"), root causes or not, in the
    why-tree's list order (as the action dialog lists them)."""
    return [c for c in doc.workshop.causes if c.theme_id == theme_id and c.agreed]


def _cut(text: str, words: int | None) -> str:
    said = text.split()
    if words is None or len(said) <= words:
        return text
    kept = said[:words]
    while len(kept) > 1 and kept[-1].strip(",;:–-").lower() in SMALL_WORDS:
        kept.pop()  # "written…", not "written for…"
    return " ".join(kept).rstrip(",;:–-") + "…"  # "person…", not "person,…"


def agreed_line(causes: Sequence[Cause], fits: Callable[[str], bool]) -> str:
    """ "We agreed to act on: A; B; C", shortened until ``fits`` says it fits; "" for none."""
    if not causes:
        return ""
    texts = [c.text.strip().rstrip(".") for c in causes]
    longest = max(len(t.split()) for t in texts)
    for least in (READABLE_WORDS, LEAST_WORDS):
        for shown in range(len(texts), 0, -1):
            more = f"; and {len(texts) - shown} more" if shown < len(texts) else ""
            for words in (None, *range(longest - 1, least - 1, -1)):
                line = LEAD + "; ".join(_cut(t, words) for t in texts[:shown]) + more
                if fits(line):
                    return line
    return f"We agreed to act on {len(texts)} causes" if len(texts) > 1 \
        else "We agreed to act on 1 cause"


def in_full(causes: Sequence[Cause]) -> str:
    """Every cause whole, one a line: the board's tooltip and screen-reader description."""
    return "We agreed to act on:\n" + "\n".join(f"• {c.text}" for c in causes)


class AgreedCausesLine(QLabel):
    """The board's line under the theme box: the agreed causes, at most two lines, or a hint
    that none is agreed yet; hidden with no theme to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)  # the lead in bold; the words escaped
        # no fixed accessible name: named "Causes we agreed to act on", a screen reader heard
        # neither the causes nor that none is agreed yet; it reads the line, then all of them
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._causes: list[Cause] = []
        self._width = -1  # the width the words were last fitted to

    def show_for(self, causes: Sequence[Cause] | None) -> None:
        """``causes`` agreed for the theme shown; None: no theme."""
        self.setVisible(causes is not None)
        self._causes = list(causes or [])
        tip = in_full(self._causes) if self._causes else ""
        self.setToolTip(tip)
        self.setAccessibleDescription(tip)
        self._width = -1
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.contentsRect().width()
        if width == self._width and self.text():
            return
        self._width = width
        if not self._causes:
            self.setText(NONE_YET)
            return
        metrics = QFontMetrics(self.font())
        room = metrics.lineSpacing() * BOARD_LINES
        bold = QFont(self.font())
        bold.setBold(True)
        # measured as plain text, on a line narrower by what the bold lead takes more
        wider = QFontMetrics(bold).horizontalAdvance(LEAD) - metrics.horizontalAdvance(LEAD)

        def fits(line: str) -> bool:
            bounds = metrics.boundingRect(QRect(0, 0, max(width - wider, 1), 10**6),
                                          int(Qt.TextFlag.TextWordWrap), line)
            return bounds.height() <= room

        line = agreed_line(self._causes, fits)
        rest = line.removeprefix(LEAD)
        self.setText(f"<b>{LEAD.strip()}</b> {html.escape(rest)}" if rest != line
                     else html.escape(line))
