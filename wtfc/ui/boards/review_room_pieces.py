"""A theme's card in the Review room view that goes on over the next page, never cut.

A theme's card taller than a page (a priority with last time's success statements from four
perspectives: 832 of 845 units at 1920x1080 on a 60-theme workshop) had its statements cut
with "…" to fit, and the first page then held the heading and facts alone, four fifths empty.
Its statements now go on, in whole words, on a card of their own on the next page under the
theme's name ("…, continued"), each piece ending " …" where the next goes on and beginning
"… " after one, as Plan's and Act's notes do. The first theme begins under the facts on page 1
where they would otherwise leave most of it empty."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from wtfc.model.compare import ThemeChange
from wtfc.ui.boards.review_room_rows import GAP, _lines, name_text, theme_row_height
from wtfc.ui.boards.room_paint import SMALL_PX, draw_text, text_height
from wtfc.ui.style import MUTED_INK

if TYPE_CHECKING:  # (the measures keep this module's answers)
    from wtfc.ui.boards.review_room_measure import RowMeasures

MORE = " …"  # the end of a piece that goes on on the next page
LEAST_LINES = 3  # of success statements under a theme's head, or it starts on the next page


def continued_name(t: ThemeChange, rank: int | None) -> str:
    return f"{name_text(t, rank)}, continued"


def paint_continued(p: QPainter, t: ThemeChange, rank: int | None, piece: str,
                    inside: QRectF) -> None:
    """A card going on with the theme's statements (``inside`` its margins): its name, then
    the piece."""
    name = continued_name(t, rank)
    named = text_height(name, inside.width(), SMALL_PX) + 4
    draw_text(p, QRectF(inside.left(), inside.top(), inside.width(), named), name, SMALL_PX)
    draw_text(p, inside.adjusted(0, named, 0, 0), piece, SMALL_PX, colour=MUTED_INK)


def piece_text(pieces: list[str], k: int) -> str:
    """Piece ``k`` as drawn: "… " before all but the first, " …" after all but the last."""
    return f"{'… ' if k else ''}{pieces[k]}{MORE if k < len(pieces) - 1 else ''}"


def part_height(t: ThemeChange, rank: int | None, width: float, most: int, pieces: list[str],
                k: int) -> float:
    """Part ``k`` of the theme's card: the whole card's head with the first piece, or a
    continued card (its name, whole, then the piece)."""
    text = piece_text(pieces, k) if pieces else ""
    if k == 0:
        return theme_row_height(t, rank, width, most, text)
    return _continued_head(t, rank, width) + _lines(text, width, most=None)


def _continued_head(t: ThemeChange, rank: int | None, width: float) -> float:
    """A continued card's height without its piece: its name, whole, and its margins."""
    return 8 + _lines(continued_name(t, rank), width, most=None) + 8 + GAP


def success_pieces(t: ThemeChange, rank: int | None, width: float, most: int, success: str,
                   first: float, room: float) -> list[str]:
    """``success`` in pieces of whole words: whole ([success]) where the card fits ``first``
    (what the page has left for it), else the first piece as much as leaves the card ``first``
    high and each after it a continued card at most ``room`` (a page) high. [] where there
    are no statements."""
    if not success:
        return []
    if theme_row_height(t, rank, width, most, success) <= first:
        return [success]
    head = theme_row_height(t, rank, width, most, "")
    again = _continued_head(t, rank, width)
    words = re.findall(r"\S+\s*", success)
    pieces: list[str] = []
    while words:
        space, before = (first - head, "") if not pieces else (room - again, "… ")
        if _lines(before + "".join(words).rstrip(), width, most=None) <= space:
            pieces.append("".join(words).rstrip())  # the rest, whole
            break
        fits = _most_words(words, before, width, space)
        pieces.append("".join(words[:fits]).rstrip())
        words = words[fits:]
    return pieces


def flowed(measure: RowMeasures, rows: list[tuple[ThemeChange, int | None, str]],
           width: float, most: int, room: float, extra: float) -> list[list[str]]:
    """Each theme's (``rows``: the theme, its rank, its success statements) statements in
    pieces (``success_pieces``), the themes going down pages ``room`` high in order, the first
    page's facts ``extra`` high over the first. A card that does not fit the page left begins
    on it, going on over the next, where its head and ``LEAST_LINES`` of its statements fit
    and it is taller than a page (it goes on over one anyway), or the page would otherwise be
    mostly empty under the first page's facts or a card going on from the page before (the
    next priority's card as tall: each went alone on a page a fifth full). Otherwise it begins
    on the next page: a card that fits a page is not broken to fill one more than half full."""
    line = text_height("Ag", width, SMALL_PX)
    flowed: list[list[str]] = []
    used, going_on = extra, False  # the page's height so far; it began with a continued card
    for n, (t, rank, said) in enumerate(rows):
        whole = measure.part(t, rank, width, most, (said,) if said else (), 0)
        if used + whole <= room:
            flowed.append([said] if said else [])
            used += whole
            continue
        head = measure.part(t, rank, width, most, (), 0)
        left = room - used
        begins_here = bool(said) and left >= head + LEAST_LINES * line + 4 and (
            whole > room or (used * 2 < room and (n == 0 or going_on)))
        if not begins_here:
            left, used = room, 0.0  # a page of its own
        pieces = measure.pieces(t, rank, width, most, said, left, room)
        flowed.append(pieces)
        going_on = len(pieces) > 1
        used = measure.part(t, rank, width, most, tuple(pieces), len(pieces) - 1) \
            if going_on else used + whole
    return flowed


def _most_words(words: list[str], before: str, width: float, space: float) -> int:
    """The most of ``words`` (at least one: a word taller than the room still goes) that,
    after ``before`` and ended " …", are at most ``space`` high: found by halving (a
    priority's statements are ~500 words)."""
    low, high, best = 1, len(words), 1
    while low <= high:
        mid = (low + high) // 2
        if _lines(before + "".join(words[:mid]).rstrip() + MORE, width, most=None) <= space:
            best, low = mid, mid + 1
        else:
            high = mid - 1
    return best
