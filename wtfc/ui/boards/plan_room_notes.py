"""Act's room view: what has happened so far, whole on some page. A note longer than its card
has room for (three lines where whole would cost a page; a page's worth at most) goes on over
the next page, on a card of its own under its lane's name ("continued"), as many pages as it
needs: at 800x600 a long overdue note was cut after three lines ("…"), and the room never read
the rest of why it was late."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF, QPainter

from wtfc.model.document import Document
from wtfc.model.operations.actions import is_overdue
from wtfc.model.workshop import Action
from wtfc.ui.boards import plan_card_words as card_words
from wtfc.ui.boards.plan import OVERDUE_INK, OVERDUE_TINT, date_text, status_text
from wtfc.ui.boards.plan_card_words import guarded, measured
from wtfc.ui.boards.plan_room_card import card_lines, late_dues
from wtfc.ui.boards.plan_room_pages import LINE, LanePart, PlanLayout, rows_of
from wtfc.ui.boards.room_paint import BODY_PX, SMALL_PX, draw_card, draw_text
from wtfc.ui.style import ROOM_MUTED, pixel_font

MORE = " …"  # the end of a piece that goes on over the next page
TITLE_LINE = 40.0  # the action's words, on one line, over a continued note


def note_pieces(note: str, width: float, first: Callable[[str], bool],
                rest: float) -> list[str]:
    """``note`` (after "So far: ") in pieces of whole words: the first as long as ``first``
    says its card shows whole, ended " …", the others at most ``rest`` high, each but the
    last ending " …"."""
    words = re.findall(r"\S+\s*", note)
    low, high = 0, len(words) - 1  # (the card shows fewer words whole, if not more)
    while low < high:
        mid = (low + high + 1) // 2
        low, high = (mid, high) if first("".join(words[:mid]).rstrip() + MORE) else (low, mid - 1)
    pieces = ["".join(words[:max(low, 1)]).rstrip()]  # a word taller than the room still goes
    words = words[max(low, 1):]
    while words:
        fits = 0
        for n in range(1, len(words) + 1):
            text = _continued("".join(words[:n]).rstrip(), n < len(words))
            if measured(text, width, SMALL_PX) > rest + 1:  # (as ``draw_text`` allows)
                break
            fits = n
        fits = max(fits, 1)
        pieces.append("".join(words[:fits]).rstrip())
        words = words[fits:]
    return pieces


def continue_notes(out: PlanLayout, doc: Document, *, today: dt.date,
                   drawn: Callable[[Action], str] | None = None) -> None:
    """Where a card's note is longer than its row leaves it, its first piece on the card
    (``out.notes``) and the rest on pages of their own after the card's page. Whether a note
    or a piece fits is the card's own measure (``card_lines``): a sum of the lines it keeps
    judged a note to fit that the card then cut ("…needs changing before …"), the rest never
    on any page. ``drawn``: what has happened so far as the card draws it (``progress_line``,
    the layout's own), by which a card is known while the names to watch change."""
    names = doc.names_to_watch
    drawn = drawn or (lambda action: card_words.progress_line(action, names))
    width = out.card_width - 40
    rest = out.room - out.gap - out.head - 2 * out.pad - 2 * out.inset - TITLE_LINE - LINE
    pages: list[list[LanePart]] = []
    for page in out.pages:
        pages.append(page)
        # what the page leaves under its lanes: a note going on takes it first
        spare = out.room - sum(out.gap + out.head + sum(rows_of(out, part, 0.0))
                               for part in page)
        for part in page:
            for i, height in enumerate(rows_of(out, part, 0.0)):
                for action in part.actions[i * out.per_row:(i + 1) * out.per_row]:

                    def whole(note: str, row: float, action: Action = action) -> bool:
                        inner = row - 2 * out.pad - 2 * out.inset
                        # (its other words the same while the measures are kept)
                        key = (action.id, drawn(action), note, width, inner, out.themed)
                        if (fits := _WHOLE.get(key)) is None:
                            card = card_lines(action.model_copy(update={"progress_note": note}),
                                              doc, width, inner, today=today, act=True,
                                              themed=out.themed)
                            _WHOLE[key] = fits = bool(card.note) and \
                                measured(card.note, width, SMALL_PX) <= card.note_h + 1
                        return fits

                    # split as the room reads it: a piece going on was drawn as typed
                    note = guarded(action.progress_note, names)
                    if not note or whole(note, height):
                        continue
                    row = part.first // out.per_row + i
                    if spare > 0:
                        out.heights[part.role][row] += spare
                        height, spare = height + spare, 0.0
                        if whole(note, height):
                            continue
                    inner = height - 2 * out.pad - 2 * out.inset  # (as ``whole`` is keyed)
                    split = (action.id, drawn(action), note, width, inner, out.themed, rest)
                    if (kept := _PIECES.get(split)) is None:
                        kept = _PIECES[split] = tuple(note_pieces(
                            note, width, partial(whole, row=height), rest))
                    pieces = list(kept)
                    out.notes[action.id] = pieces
                    index = part.first + part.actions.index(action)
                    for n, piece in enumerate(pieces[1:], start=1):
                        tall = 2 * out.pad + 2 * out.inset + TITLE_LINE + LINE + measured(
                            _continued(piece, n < len(pieces) - 1), width, SMALL_PX)
                        pages.append([LanePart(part.role, [action], index, part.total, 1,
                                               piece=n, height=tall)])
    out.pages = pages


# whether a note shows whole on an action's card of a size: asked again by each of a layout's
# trials (13,500 cards measured for 150 actions); kept until the view measures afresh
# (``plan_room_memo``: not for names to watch alone, which the card's drawn note is keyed by)
_WHOLE: dict[tuple[str, str, str, float, float, bool], bool] = {}
# and a note's pieces on a card of a size, as split (each trial split every long note again)
_PIECES: dict[tuple[str, str, str, float, float, bool, float], tuple[str, ...]] = {}


def forget_measures() -> None:
    """Measure afresh (``plan_card_words.forget_measures``): the actions or fonts may differ."""
    _WHOLE.clear()
    _PIECES.clear()
    card_words.forget_measures()


def shown(action: Action, out: PlanLayout) -> Action:
    """The action as its card shows it: a long note's first piece, ended "…"."""
    pieces = out.notes.get(action.id)
    if not pieces or len(pieces) < 2:
        return action
    return action.model_copy(update={"progress_note": pieces[0] + MORE})


def _one_line(text: str, width: float) -> str:
    """The action's words on one line in bold, cut after a whole word ("…") where longer."""
    metrics = QFontMetricsF(pixel_font(BODY_PX, bold=True))
    words = text.split()
    while len(words) > 1 and metrics.horizontalAdvance(" ".join(words)) > width:
        words.pop()
        if metrics.horizontalAdvance(" ".join(words).rstrip(",;:.") + "…") <= width:
            return " ".join(words).rstrip(",;:.") + "…"
    return " ".join(words)


def _continued(piece: str, more: bool) -> str:
    return f"{MORE.strip()} {piece}{MORE if more else ''}"


def draw_continued(p: QPainter, rect: QRectF, action: Action, out: PlanLayout, piece: int, *,
                   today: dt.date, inset: float) -> None:
    """A card going on with ``action``'s note: its words on a line, the piece, its status."""
    late = is_overdue(action, today)
    draw_card(p, rect, edge=OVERDUE_INK if late else None,
              face=OVERDUE_TINT if late else None, radius=10)
    inner = rect.adjusted(26, inset, -14, -inset)
    pieces = out.notes[action.id]
    draw_text(p, QRectF(inner.left(), inner.top(), inner.width(), TITLE_LINE),
              _one_line(action.what, inner.width()), BODY_PX, bold=True, wrap=False)
    text = _continued(pieces[piece], piece < len(pieces) - 1)
    draw_text(p, QRectF(inner.left(), inner.top() + TITLE_LINE, inner.width(),
                        inner.height() - TITLE_LINE - LINE), text, SMALL_PX, colour=ROOM_MUTED)
    status = _status(action, today, inner.width())
    draw_text(p, QRectF(inner.left(), inner.bottom() - LINE, inner.width(), LINE), status,
              SMALL_PX, bold=late, colour=OVERDUE_INK if late else ROOM_MUTED, wrap=False)


def _status(action: Action, today: dt.date, width: float) -> str:
    """The status line, in the card's words: late and whether it was started, then when it
    was due where that fits, as on the card (``late_dues``; "⚠ Late: started · By 1 Oct 2…"
    was cut on a continued card at 1366x768)."""
    status = status_text(action, today)
    if not action.by_when:
        return status
    if not is_overdue(action, today):
        return f"{status} · By {date_text(action.by_when)}"
    metrics = QFontMetricsF(pixel_font(SMALL_PX, bold=True))
    return next((due for due in late_dues(status, action, today)
                 if metrics.horizontalAdvance(due) <= width), status)
