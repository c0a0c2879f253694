"""The words on an action's card in the Plan room view besides the action's own: who does it
where it shares the status line, what has happened so far, (with several themes shown) the
theme it answers, and the root cause and success statement it is linked to, each on one line
of a card cut after a whole word; and, under the heading, the priorities nothing is planned
for."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from wtfc.model.document import Document
from wtfc.model.link_words import aims_at_words, tackles_words
from wtfc.model.workshop import Action, Workshop
from wtfc.ui.boards.plan_text import (  # noqa: F401  (rank_mark, theme_line: the room's too)
    SHORT_NAME,
    rank_mark,
    theme_line,
    waiting_priorities,
    waiting_priorities_text,
)
from wtfc.ui.boards.room_paint import SMALL_PX
from wtfc.ui.style import pixel_font


def progress_line(action: Action) -> str:
    """What the room reads of an action's progress: the note, if the group has written one.
    (Whether an action was checked is for the facilitator's board: on the projector a "Not
    checked yet" line would cost a line of the action's words.)"""
    return f"So far: {action.progress_note}" if action.progress_note else ""


def link_lines(doc: Document, action: Action) -> list[str]:
    """The root cause the action tackles and the success it aims at, when it is linked to
    them, in the words of the boards and the exports (``link_words``): a cause the room has
    not agreed to address says so first, "Tackles (cause not agreed): …"."""
    cause = doc.get("causes", action.cause_id) if action.cause_id else None
    success = doc.get("success", action.success_id) if action.success_id else None
    return [*([tackles_words(cause)] if cause else []),
            *([aims_at_words(success)] if success else [])]


def whole_words(text: str, width: float, px: int = SMALL_PX) -> str:
    """``text`` on one line ``width`` wide, cut after a whole word with "…" where it is longer
    (a theme cut mid-word, "I am not sure who is co…", reads as a typo from the back)."""
    metrics = QFontMetricsF(pixel_font(px))
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split()
    while len(words) > 1:
        words.pop()
        shorter = " ".join(words).rstrip(",;:.") + "…"
        if metrics.horizontalAdvance(shorter) <= width:
            return shorter
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def after_facts(facts: str, owner: str, width: float, *, bold: bool = False) -> str:
    """``facts`` then as many of the owner's words as fit ``width`` on one line ("…" after a
    cut): a card with no line for who does it says it after the date. "" where not even the
    first word fits."""
    metrics = QFontMetricsF(pixel_font(SMALL_PX, bold=bold))
    words = owner.split()
    for n in range(len(words), 0, -1):
        line = f"{facts} · {' '.join(words[:n]).rstrip(',;:.')}{'…' if n < len(words) else ''}"
        if metrics.horizontalAdvance(line) <= width:
            return line
    return ""


def priority_gaps(workshop: Workshop, width: float) -> str:
    """The chosen priorities with no action, or only dropped ones, in the board's words for the
    line under the room plan's heading, their names as long as ``width`` allows (the ranks
    alone where even short names are too long): the room's view of every theme never said
    that a priority had nothing planned for it."""
    waiting = waiting_priorities(workshop)
    metrics = QFontMetricsF(pixel_font(SMALL_PX))
    for length in (SHORT_NAME, 24, 0):
        text = waiting_priorities_text(waiting, workshop.actions, length)
        if length == 0 or metrics.horizontalAdvance(text) <= width:
            return text
    return ""
