"""One action's card in the Plan and Act room views (``plan_room``).

The action's words come first, whole; under them on Act what has happened so far (whole, or
its three lines), who does it, the theme it answers (every theme shown), and the status and
date ("Not started · By 1 Apr 2027", "⚠ Late: started, due 1 Oct 2026"; on a narrow card
"…, due 1 Oct", or "⚠ Late: not started" alone, never the date alone). Where a card is short
of room the note takes the theme's line and the priority ("Priority 2 ·") begins the note, or
the status line where before the note it would push the note's last words onto a line the row
was not sized for.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from wtfc.model.document import Document
from wtfc.model.operations.actions import is_overdue
from wtfc.model.workshop import Action, ActionStatus
from wtfc.ui.boards.plan import OVERDUE_INK, OVERDUE_TINT, date_text, status_text
from wtfc.ui.boards.plan_card_words import (
    NOTE_LEAST,
    advance,
    link_lines,
    measured,
    owner_lines,
    progress_line,
    rank_mark,
    theme_line,
    who_goes,
    whole_words,
)
from wtfc.ui.boards.plan_room_pages import LINE
from wtfc.ui.boards.room_paint import BODY_PX, SMALL_PX, draw_card, draw_text
from wtfc.ui.style import INK, ROOM_MUTED


@dataclass(frozen=True)
class CardLines:
    """What an action's card shows inside its margins, top to bottom."""

    title_h: float  # the action's words' box
    note: str  # what has happened so far, as shown (its priority's mark may begin it), or ""
    note_h: float  # its box
    below: list[str]  # the theme's line, the links, the owner's: above the status
    status: str
    late: bool


def card_lines(action: Action, doc: Document, width: float, height: float, *,
               today: dt.date, act: bool, themed: bool) -> CardLines:
    """What ``action``'s card ``width`` x ``height`` inside its margins shows, and where: the
    one measure the drawing and the split of a long note (``plan_room_notes``) both use."""
    late = is_overdue(action, today)
    status = status_text(action, today)
    when = f"By {date_text(action.by_when)}" if action.by_when else "Date to be agreed"
    owner = action.owner or "Owner to be agreed"  # as the theme poster says
    line = LINE
    full_height = height
    # The words of the action come first: when space is short (many busy lanes, a small
    # screen) the date joins the status line, and the owner too unless the words leave it
    # a line. On Act what has happened takes those lines, below two lines of the words.
    # With several themes shown, the theme it answers has a line of its own under them.
    progress = progress_line(action, doc.names_to_watch) if act else ""
    theme = doc.get("themes", action.theme_id)
    answers = [whole_words(theme_line(theme), width)] if themed else []
    height -= line * len(answers)  # for the words, the facts, the status
    words = measured(action.what, width, BODY_PX, True)
    # the owner on a line (or two, after a whole word: "…Manager, Hom…" read as a typo)
    # wherever the words leave it room, on every card alike; the date on the status line
    # ("Not started · By 1 Apr 2027"); on a page too low for the owner's line and the words
    # whole, the words keep the room
    owners = owner_lines(owner, width)
    roomy = not act and height >= (1 + len(owners)) * line + min(words, 2 * 38) and (
        height >= (1 + len(owners)) * line + words or full_height < line + words)
    facts = owners if roomy else []
    # late says whether it was started, as every board does ("⚠ Late: started"), and when it
    # was due where the line has room for it (``_dated``, once the line's other words are in)
    dues = late_dues(status, action, today) if late else []
    status = f"{status} · {when}" if not late else dues[0] if roomy and _fits(dues[0], width) \
        else status
    noted = 2 * line + 2 * 36  # two lines of words (as MIN_ROW), the note, the status
    whole = measured(progress, width, SMALL_PX)
    need = next((words + n + 2 * line for n in (whole, min(whole, NOTE_LEAST * line))
                 if words + n + 2 * line <= full_height), noted)
    if progress and answers and height < max(noted, need) and noted <= full_height:
        # no room for both on Act: what has happened keeps the line (whole, or its three),
        # which the priority's mark begins (before the status it cut the overdue date short)
        answers, height = [], full_height
        progress, status = _marked(rank_mark(theme), progress, status, width, late)
    # the note whole as its row was laid out (a page too low: two lines before the owner's)
    whole = measured(progress, width, SMALL_PX)
    note = min(whole, 2 * line)
    if not roomy:
        plain = not late and action.status in (ActionStatus.NOT_STARTED,
                                               ActionStatus.IN_PROGRESS)
        facts, answers, height, status = who_goes(
            owner, answers, height, status, mark=rank_mark(theme), when=when, fits=words,
            note=note if progress and height >= noted else 0.0, width=width, late=late,
            plain=plain and not act)
    # the cause and success it answers, briefly: only in room left with the words whole
    below_words = line * (1 + len(facts)) + (whole if progress and height >= noted else 0)
    fit = max(0, int((height - words - below_words) // line))
    links = link_lines(doc, action, width, fit)  # each says enough, or is left off
    height -= line * len(links)
    if not (progress and height >= noted):
        return CardLines(height - line * (len(facts) + 1), "", 0.0,
                         [*answers, *links, *facts], _dated(status, dues, width), late)
    # the note is the one thing on the card no other page repeats: where it would be cut,
    # the theme's line, then the owner's second line give it their room (the split of a long
    # note measures with this, so its piece here is whole)
    while True:
        title_h = min(words, max(2 * 36.0, height - 2 * line))  # the owner's line, if any:
        note_h = min(whole, height - title_h - line * (1 + len(facts)))
        if whole <= note_h + 1:
            break
        if answers:
            answers, height = [], height + line * len(answers)
            progress, status = _marked(rank_mark(theme), progress, status, width, late)
            whole = measured(progress, width, SMALL_PX)
        elif len(facts) > 1:
            facts, height = [whole_words(owner, width)], height + line * (len(facts) - 1)
        else:
            break
    return CardLines(title_h, progress, note_h, [*answers, *links, *facts],
                     _dated(status, dues, width), late)


def draw_action_card(p: QPainter, rect: QRectF, action: Action, doc: Document, *,
                     today: dt.date, act: bool, themed: bool, inset: float) -> None:
    """``action``'s card in ``rect``: its words, (on Act) what has happened so far, who does
    it, its theme (``themed``: several shown), its links where there is room, its status."""
    inner = rect.adjusted(26, inset, -14, -inset)
    card = card_lines(action, doc, inner.width(), inner.height(), today=today, act=act,
                      themed=themed)
    draw_card(p, rect, edge=OVERDUE_INK if card.late else None,
              face=OVERDUE_TINT if card.late else None, radius=10)
    if card.note:
        draw_text(p, QRectF(inner.left(), inner.top() + card.title_h, inner.width(),
                            card.note_h), card.note, SMALL_PX, colour=ROOM_MUTED)
    draw_text(p, QRectF(inner.left(), inner.top(), inner.width(), card.title_h), action.what,
              BODY_PX, bold=True)
    # the facts straight under the words (and the note), what room is left at the card's
    # foot: from the foot up, a one-line action's card read its words, an empty line, then
    # its facts (800x600)
    top = inner.top() + min(card.title_h, measured(action.what, inner.width(), BODY_PX, True))
    top += card.note_h if card.note else 0.0
    for fact in card.below:  # the theme's line, the links, the owner's, then the status
        draw_text(p, QRectF(inner.left(), top, inner.width(), LINE), fact, SMALL_PX,
                  colour=ROOM_MUTED, wrap=False)
        top += LINE
    draw_text(p, QRectF(inner.left(), top, inner.width(), LINE),
              card.status, SMALL_PX, bold=card.late,  # the fact the room checks: in ink
              colour=OVERDUE_INK if card.late else INK, wrap=False)


def _fits(line: str, width: float) -> bool:
    return advance(line, SMALL_PX, True) <= width


def late_dues(status: str, action: Action, today: dt.date) -> list[str]:
    """A late action's status with when it was due, longest first: "⚠ Late: started, due 1 Oct
    2026", and in ``today``'s year (so the year goes without saying) "…, due 1 Oct". Not for
    any date within twelve months: on 29 Nov 2026 "due 1 Dec" (2025) read as this Tuesday."""
    assert action.by_when is not None  # (late: it has a date)
    date = date_text(action.by_when)
    recent = action.by_when.year == today.year  # late, so before today: never read as ahead
    return [f"{status}, due {date}", *([f"{status}, due {date.rsplit(' ', 1)[0]}"]
                                        if recent else [])]


def _dated(line: str, dues: list[str], width: float) -> str:
    """A late card's status ``line`` with when it was due ("Priority 1 · ⚠ Late: started, due
    1 Oct 2026") where nothing follows the status and the line stays one line; else as it is.
    Short of room it kept the date and dropped whether the action was started ("⚠ Late: due 1
    Oct 2026"), which Plan, Act and every board say. The line's height is the same either way,
    so the pages are laid out as before."""
    if not dues or ", due " in line:
        return line
    short = dues[0].rpartition(", due ")[0]
    if not line.endswith(short):  # the owner after it ("⚠ Late: started · Head of…")
        return line
    return next((dated for due in dues
                 if _fits(dated := line[:len(line) - len(short)] + due, width)), line)


def _marked(mark: str, progress: str, status: str, width: float,
            late: bool) -> tuple[str, str]:
    """(the note, the status line) with the priority's ``mark`` ("#2") begun: the note's where
    it takes no line more, else the status line's where that stays whole. Before the note at
    800x600 "#2 · " pushed its last words onto a line the row was not sized for ("…the diary
    sheet is …")."""
    if not mark:
        return progress, status
    note = f"{mark} · {progress}"
    line = f"{mark} · {status}"
    if measured(note, width, SMALL_PX) > measured(progress, width, SMALL_PX) and \
            advance(line, SMALL_PX, late) <= width:
        return progress, line
    return note, status
