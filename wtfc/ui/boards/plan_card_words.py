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
from wtfc.ui.boards.plan_room_pages import LINE, MIN_ROW, ROW_PAD
from wtfc.ui.boards.plan_text import (  # noqa: F401  (rank_mark, theme_line: the room's too)
    SHORT_NAME,
    rank_mark,
    theme_line,
    waiting_priorities,
    waiting_priorities_text,
)
from wtfc.ui.boards.room_paint import BODY_PX, SMALL_PX, text_height
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


def owner_lines(owner: str, width: float) -> list[str]:
    """Who does it on a line ``width`` wide, or two where it is longer ("Commissioning Manager,
    / Home Care"): an elided owner, "Commissioning Manager, Hom…", read as a typo from the
    back. A third line's words end the second with "…"."""
    metrics = QFontMetricsF(pixel_font(SMALL_PX))
    if metrics.horizontalAdvance(owner) <= width:
        return [owner]
    words = owner.split()
    n = 1
    while n < len(words) and metrics.horizontalAdvance(" ".join(words[:n + 1])) <= width:
        n += 1
    return [whole_words(" ".join(words[:n]), width), whole_words(" ".join(words[n:]), width)]


def card_height(actions: list[Action], width: float, extra: int = 0, *,
                act: bool = False, note_most: float | None = None) -> float:
    """The row height that shows every action's words whole with its owner (a line or two),
    its status and date line and ``extra`` lines more (its theme, its links), and on Act (``act``)
    what has happened so far, whole or ``note_most`` high at most: more room than that would
    only be empty card. (The note cut to the lines a full page left it read "So far: One
    provider has agreed the contract terms; the other …" at 1024x768.)"""
    tallest = max((text_height(a.what, width - 40, BODY_PX, bold=True)
                   + LINE * len(owner_lines(a.owner or "Owner to be agreed", width - 40))
                   + (min(note_height(a, width - 40), note_most or 1e9) if act else 0.0)
                   for a in actions), default=0.0)
    return max(MIN_ROW, 2 * ROW_PAD + 16 + tallest + (1 + extra) * LINE)


NOTE_LEAST = 3  # lines of what has happened so far a card keeps where whole costs a page


def note_height(action: Action, width: float) -> float:
    """The height what has happened so far takes whole on a card's words ``width`` wide."""
    progress = progress_line(action)
    return text_height(progress, width, SMALL_PX) if progress else 0.0


def with_theme(name: str, facts: str, width: float) -> str:
    """The theme's name before the facts (counts, the lanes with no actions yet) on the line
    under the heading where both fit it whole; else the name on a line (or two) of its own and
    the facts under it: shortened to share their line, "I am not treated with respect or as an
    individual …", the room at 800x600 never read which theme it was planning for."""
    shared = f"{name} · {facts}"
    if QFontMetricsF(pixel_font(SMALL_PX)).horizontalAdvance(shared) <= width:
        return shared
    return f"{name}\n{facts}"


def who_goes(owner: str, answers: list[str], height: float, status: str, *, mark: str,
             when: str, fits: float, note: float, width: float, late: bool,
             plain: bool) -> tuple[list[str], list[str], float, str]:
    """Where a card short of room says who does it (the room asks "Who will do what, by
    when?"): a line of its own under the words (``fits`` high) and the progress note (``note``
    high, 0 where none is shown); else in place of the theme's line, its priority's mark then
    beginning the status line ("#2 · By 1 Apr 2027"), or, where that line too is needed for
    the words (not on Act), the owner after the mark and date; else after the
    date, where (``plain``, on Plan) it takes the place of "Not started" or "In progress".
    Returns the facts' lines, the theme's, the height for the words and those, and the status
    line."""
    noted = note > 0  # what has happened is shown, ``note`` high
    if height >= fits + note + 2 * LINE:
        lines = owner_lines(owner, width)
        if len(lines) > 1 and height >= fits + note + (1 + len(lines)) * LINE:
            return lines, answers, height, status
        return [whole_words(owner, width)], answers, height, status
    metrics = QFontMetricsF(pixel_font(SMALL_PX, bold=late))  # overdue is in bold
    if answers and mark:
        tries = [f"{mark} · {status}", *([f"{mark} · {when}"] if plain else [])]
        marked = next((t for t in tries if metrics.horizontalAdvance(t) <= width), "")
        grown = height + LINE * len(answers)
        if noted:  # on Act, the owner's own line in place of the theme's where it is whole
            if marked and grown >= fits + note + 2 * LINE:  # ("… · 1 Oct 2026 · Head of…")
                return [whole_words(owner, width)], [], grown, marked
            return [], answers, height, after_facts(status, owner, width, bold=late) or status
        squeezed = after_facts(marked, owner, width, bold=late) if marked else ""
        if squeezed and grown < fits + 2 * LINE <= grown + LINE:
            return [], [], grown, squeezed
        if marked:
            return [whole_words(owner, width)], [], grown, marked
    return [], answers, height, after_facts(when if plain else status, owner, width,
                                            bold=late) or status


def more_lines(doc: Document, action: Action) -> int:
    """The lines a card grows by where its page has room: its links (on Act the progress note
    is in its row's height already, ``card_height``)."""
    return len(link_lines(doc, action))
