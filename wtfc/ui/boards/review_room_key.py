"""The Review room view's key: what each kind's symbol means, in words.

Each theme's card carries its kind as a symbol before its name ("✗ I feel lonely"), and
whether "▲ A bigger share of people said this" is good news turns on that kind: more people
saying they feel lonely is bad, more saying their family looks out for them is good. The
card's edge tells the kinds apart by colour alone (one grey in greyscale), so every page with
themes says in words what the symbols mean ("✗ Not working · ✓ Working · ★ Future"), as
Choose priorities' room view does where its badges are symbols alone (``symbols_key``).

A paged view keeps a foot row for its page label: the key goes there, left of the label (and
of the room timer), where it costs the themes no room; a line of its own under "Themes" put
the demo's last theme on a page of its own at 1366x768. Where the foot has no room for it (a
view on one page; beside the timer on a 4:3 screen) it goes under "Themes", page 1's at the end
of its subtitle's last line where it fits there. Side by side, the actions' column beside the
themes is not moved down for it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter

from wtfc.ui.boards.priorities_layout import symbols_key
from wtfc.ui.boards.review_room_rows import HEADING_LINES, SECTION, Columns
from wtfc.ui.boards.room_paint import (
    LEAST_PX,
    SMALL_PX,
    RoomCanvas,
    canvas_size,
    draw_text,
    text_height,
)
from wtfc.ui.style import ROOM_MUTED, pixel_font
from wtfc.ui.wall.room_corner import TIMER_GAP, timer_rect
from wtfc.ui.wall.room_pages import page_label_rect

# the priorities' key in its room order; asked for as where its badges are symbols alone,
# which a Review card's always is
KEY = symbols_key(0.0)
UNDER = 38  # the key's top under the "Themes" heading's: close under its words
BELOW = 10  # between the key and the first card (a card's gap)


def place_key(view: RoomCanvas, cols: Columns, themes: bool, subtitle: str,
              height: float) -> tuple[float, bool, bool]:
    """Where the key goes on a canvas ``height`` high (short of the whole where the view keeps
    a foot row), as (its height under "Themes" on every page, whether page 1's is at its
    subtitle's end instead, whether every page's is in the foot row instead); nowhere where
    no theme is shown."""
    if not themes:
        return 0.0, False, False
    if height < canvas_size(view.width(), view.height())[2] - 0.5 and foot_fits(view):
        return 0.0, False, True
    return key_height(cols), key_up(subtitle, view.canvas_width()), False


def foot_fits(view: RoomCanvas) -> bool:
    """Whether the key fits in the view's foot row, beside the page label and the timer."""
    return _in_foot(view) is not None


def _in_foot(view: RoomCanvas) -> tuple[QRectF, str, int] | None:
    """The key in the foot row, in canvas units: its box, from the themes' left edge to a gap
    before the page label (and the room timer kept beside it), as tall as the label, its words
    and their size; at 800x600 a little smaller, the "·" between its kinds left out (the
    symbols part them). None where it is wider than that (beside the timer on a 4:3 screen)."""
    size = (float(view.width()), float(view.height()))
    scale, wide, tall = canvas_size(*size)
    left, top = (size[0] - wide * scale) / 2, (size[1] - tall * scale) / 2
    x, y, _w, h = page_label_rect(size)
    if view.timer_kept:
        x = timer_rect(size, True)[0]
    room = (x - left) / scale - TIMER_GAP - 60
    for words, px in ((KEY, SMALL_PX), (KEY.replace(" · ", "  "), LEAST_PX)):
        if QFontMetricsF(pixel_font(px)).horizontalAdvance(words) <= room:
            return QRectF(60, (y - top) / scale, room, h / scale), words, px
    return None


def key_height(cols: Columns) -> float:
    """What the key under "Themes" adds to their heading (``SECTION``): a line across their
    column (two where a narrow one wraps it)."""
    return UNDER + _key_lines(cols) + BELOW - SECTION


def _key_lines(cols: Columns) -> float:
    return text_height(KEY, _key_width(cols), SMALL_PX)


def _key_width(cols: Columns) -> float:
    return cols.themes_right - 60


def key_up(subtitle: str, wide: float) -> bool:
    """Whether the first page's key fits at the end of its subtitle's last line, a clear gap
    after its words, as Choose priorities' does (``key_after_subtitle``): under "Themes" it
    took the room the demo's first theme needed at 1024x768, which left page 1 the facts
    alone. The subtitle names both workshops, in ``HEADING_LINES`` lines at most."""
    width = wide - 120  # the heading's
    own = text_height(subtitle, width, SMALL_PX)
    after = text_height(subtitle + "\u00a0" * 8 + KEY.replace(" ", "\u00a0"), width, SMALL_PX)
    return after <= own + 1 and own <= HEADING_LINES * text_height("Ag", width, SMALL_PX) + 1


def paint_key(p: QPainter, cols: Columns, top: float, *, up: float | None = None,
              foot: RoomCanvas | None = None) -> None:
    """The key under "Themes", whose heading is at ``top``; or where it is ``key_up``, at the
    end of the subtitle's last line, over the content starting at ``up``; or in ``foot``'s
    foot row."""
    if foot is not None:  # (laid out again whenever the foot's room changes)
        if (placed := _in_foot(foot)) is not None:
            draw_text(p, *placed, colour=ROOM_MUTED, wrap=False,
                      align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return
    if up is not None:
        draw_text(p, QRectF(60, up - 62, cols.actions_right - 60, 44), KEY, SMALL_PX,
                  colour=ROOM_MUTED, align=Qt.AlignmentFlag.AlignRight, wrap=False)
        return
    draw_text(p, QRectF(60, top + UNDER, _key_width(cols), _key_lines(cols)), KEY, SMALL_PX,
              colour=ROOM_MUTED)
