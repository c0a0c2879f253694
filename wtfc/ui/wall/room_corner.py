"""Where the room timer sits on a room view: the foot row, beside "Page 1 of 3".

Every room view already keeps its bottom-right corner for the page label, and a paged view
keeps the whole foot row clear of words. The timer ("12 min left") takes that row too, just
left of the page label, or the corner itself when the view is one page. A strip across the
top of the screen for it cost the room wall's cards a line at 1024×768 and 1366×768 (two lines
to one) and at 1920×1080 (three to two), and every board a page or some of its type.

A paged wall's columns run to the foot of each page: where the timer beside the page label
would take the foot of every column (both of a 1024×768 page, and the wall's type went from
26 px to 24), it goes over the label instead, and takes the rightmost column's alone.

The timer is as tall as the page label (its type larger, its padding less), so the row is the
same height with it; it is wide enough for its longest words, so the layout does not change as
the minutes go by.
"""

from __future__ import annotations

from functools import lru_cache

from wtfc.ui.timer_words import short_time
from wtfc.ui.wall.layout import Rect
from wtfc.ui.wall.room_measure import _metrics
from wtfc.ui.wall.room_pages import PAGE_LABEL_INSET, PAGE_LABEL_PAD, page_label_rect

TIMER_PX = 32  # "12 min left": larger than the page label, read from the back of the room
TIMER_GAP = 12.0  # between the timer and the page label
# The most hours the box is measured for: a stage left running (or run over) for four days.
# Past that the words grow leftwards over the view rather than every view keeping more room.
HOURS = 99


def _widest(digits: str) -> str:
    metrics = _metrics(TIMER_PX, True)
    return max(digits, key=metrics.horizontalAdvance)


def widest_words() -> tuple[str, ...]:
    """Each form of the timer's words at its widest, as the room sees them: time left, over and
    so far (a stage with no planned minutes), in two-digit hours of the widest digits, and
    "Time is up". "1 h 59 min so far" was wider than the box kept for "8 h 58 min over"."""
    hours = min(HOURS, int(_widest("123456789") + _widest("0123456789")))
    minutes = int(_widest("12345") + _widest("0123456789"))
    ms = (hours * 60 + minutes) * 60_000
    said = (short_time(ms, 0), short_time(-ms, 0), short_time(None, ms), short_time(-1, 0))
    return tuple(words[0].upper() + words[1:] for words in said)  # as RoomTimer.text says


@lru_cache(maxsize=1)
def timer_size() -> tuple[float, float]:
    """The timer's box: as tall as the page label, as wide as its widest words."""
    width = max(_metrics(TIMER_PX, True).horizontalAdvance(w) for w in widest_words())
    return width + 2 * PAGE_LABEL_PAD[0], page_label_rect((0.0, 0.0))[3]


def timer_pad_y() -> float:
    """The timer's padding above and below its words, to be as tall as the page label."""
    return max(0.0, (timer_size()[1] - _metrics(TIMER_PX, True).lineSpacing()) / 2)


def timer_rect(viewport: tuple[float, float], paged: bool, above: bool = False) -> Rect:
    """The timer's box on a view of ``viewport``: left of the page label when ``paged`` (or,
    ``above``, over it), in the bottom-right corner otherwise."""
    width, height = timer_size()
    right, bottom = viewport[0] - PAGE_LABEL_INSET, viewport[1] - PAGE_LABEL_INSET
    if paged:
        x, y, _w, _h = page_label_rect(viewport)
        if above:
            return (right - width, y - PAGE_LABEL_INSET - height, width, height)
        return (x - TIMER_GAP - width, y, width, height)
    return (right - width, bottom - height, width, height)


def corner_rect(
    viewport: tuple[float, float], paged: bool, timer: bool, above: bool = False
) -> Rect:
    """What a view keeps clear in its bottom-right corner: the page label (``paged``), the
    timer (``timer``), or both, side by side or the timer ``above``."""
    label = page_label_rect(viewport)
    if not timer:
        return label
    x, y, _w, _h = timer_rect(viewport, paged, above)
    if paged and above:
        left = min(x, label[0])
        return (left, y, viewport[0] - PAGE_LABEL_INSET - left, label[1] + label[3] - y)
    return (x, y, viewport[0] - PAGE_LABEL_INSET - x, label[3])
