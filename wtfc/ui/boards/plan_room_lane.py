"""A lane's name in the Plan room view: beside its cards on a wide canvas, or, on a narrow one
(an 800x600 or 1024x768 projector), on a line above them, so its cards take the lane's whole
width: beside them the name took 300 of the 866 units of an 800x600 projector's canvas, and a
170-character action was cut on the 390-unit card left."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from wtfc.model.workshop import Role
from wtfc.ui.boards.room_paint import BODY_PX, SMALL_PX, draw_text, text_height
from wtfc.ui.style import ROOM_MUTED, pixel_font

LANE_LABEL = 300.0  # the name's column beside the cards
LABEL_HEAD = 44.0  # the name's line above the cards (its 12 above, a line of body type)
ABOVE_INSET = 20.0  # the cards' margin inside the lane when the name is above them
CARD_WIDTH = 470  # the narrowest card: three to a lane on the 1920-wide canvas, one on 1126
CARD_GAP = 20
IDLE = "Nothing planned for"  # the groups with no actions, before their names


def name_place(across: float, *, above: bool = False) -> tuple[float, float]:
    """(the cards' left in a lane ``across`` wide, the line above them): the lane's name beside
    its cards where two fit beside it (unless ``above``: tried where it takes fewer pages),
    else on a line above them, the cards the lane's full width."""
    beside = across - LANE_LABEL - 20
    if above or beside + CARD_GAP < 2 * (CARD_WIDTH + CARD_GAP):
        return ABOVE_INSET, LABEL_HEAD
    return LANE_LABEL, 0.0


def draw_lane(p: QPainter, rect: QRectF, label: str, span: str, *, above: bool) -> None:
    """The lane's box and its ``label`` ("Staff (5)"), with ``span`` ("1–3 of 5", which of a
    long lane's actions this page shows) where there is room for it."""
    p.setPen(QColor("#C9C5BA"))
    p.setBrush(QColor("#F4F2EC"))
    p.drawRoundedRect(rect, 12, 12)
    if above:
        _name_above(p, rect, label, span)
        return
    box = QRectF(rect.left() + 20, rect.top() + 12, LANE_LABEL - 30, rect.height() - 20)
    # "People who use services and carers (2)" takes three lines: in a low lane, the
    # smaller size keeps the name and the count whole rather than cut off with "…"
    size = BODY_PX if text_height(label, box.width(), BODY_PX, bold=True) <= box.height() \
        else SMALL_PX
    named = text_height(label, box.width(), size, bold=True)
    draw_text(p, box, label, size, bold=True)
    if span and named + 36 <= box.height():
        draw_text(p, QRectF(box.left(), box.top() + named + 4, box.width(), 34), span,
                  SMALL_PX, colour=ROOM_MUTED, wrap=False)


def _name_above(p: QPainter, rect: QRectF, label: str, span: str) -> None:
    """One line: the name in bold, the span after it in muted type where both fit whole (the
    smaller size for a long name rather than "…")."""
    box = QRectF(rect.left() + ABOVE_INSET, rect.top() + 8, rect.width() - 2 * ABOVE_INSET,
                 LABEL_HEAD - 4)
    after = f"  ·  {span}" if span else ""
    size = BODY_PX
    for size in (BODY_PX, SMALL_PX):
        if QFontMetricsF(pixel_font(size, bold=True)).horizontalAdvance(label) <= box.width():
            break
    wide = QFontMetricsF(pixel_font(size, bold=True)).horizontalAdvance(label)
    draw_text(p, QRectF(box.left(), box.top(), wide + 2, box.height()), label, size,
              bold=True, wrap=False)
    if after and wide + QFontMetricsF(pixel_font(SMALL_PX)).horizontalAdvance(after) \
            <= box.width():
        draw_text(p, QRectF(box.left() + wide, box.top() + 2, box.width() - wide, box.height()),
                  after, SMALL_PX, colour=ROOM_MUTED, wrap=False)


def idle_words(roles: list[Role], others_busy: bool) -> str:
    """ "Nothing planned for: Other" ("No actions yet: Other" read like a heading; "Nothing
    planned yet for" no longer fitted the facts line at 1024x768 and cost the demo a page)."""
    return f"{IDLE}: {', '.join(role.label for role in roles)}" if others_busy \
        else "Nothing planned yet"


def idle_height(roles: list[Role], others_busy: bool, width: float) -> float:
    """The foot lane's height across ``width``: its words wrapped, every idle lane named whole
    (cut to one line at 800x600, "…: People who use services and…" lost Health
    and Other, the groups the room had to see had nothing planned)."""
    return 12 + text_height(idle_words(roles, others_busy), width - 40, BODY_PX)


def idle_lanes(p: QPainter, rect: QRectF, roles: list[Role], others_busy: bool) -> None:
    """The lanes with no actions, named at the foot (on two lines where one is too short)."""
    p.setPen(QColor("#C9C5BA"))
    p.setBrush(QColor("#F4F2EC"))
    p.drawRoundedRect(rect, 12, 12)
    draw_text(p, rect.adjusted(20, 10, -20, -2), idle_words(roles, others_busy), BODY_PX,
              colour=ROOM_MUTED)
