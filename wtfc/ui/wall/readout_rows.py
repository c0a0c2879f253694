"""The room's read-out list, row by row: each theme as said (its Alt number, or a bullet past
the ninth), how many lines of a column it takes, and which of them go in the columns.

Alt+1…9 number the first nine themes of a kind; a county workshop has 13-14, and the list
stopped at "9." and "and 4 more" with room under it (review 37 R1 F4). Past the ninth a row
says "•" where the number goes, its name in line with the numbered names above it, so it is
neither taken for a number the room could say nor for the second line of the row above.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QTextLayout, QTextOption

from wtfc.ui.style import pixel_font
from wtfc.ui.wall.room_measure import cards_phrase

BULLET = "•"  # a theme past Alt+9: listed, with no number to say


@dataclass(frozen=True)
class ThemeRow:
    """One theme as the room's list says it: "2." (or "" past Alt+9), its name, its count."""

    number: str
    name: str
    count: int  # every card in it, held back or not, as the room's theme view counts them
    holds_card: bool  # the card read out is already in it (Previous, or a copy)
    hidden: int = 0  # of its cards, those held back: said "(1 not shown)", as its header says

    def text(self) -> str:
        return f"{self.number} {self.name}{tail(self)}".lstrip()


def mark(row: ThemeRow) -> str:
    """What goes before the name: "2. " (bold, said aloud), or "• " past Alt+9."""
    return f"{row.number or BULLET} "


def mark_width(row: ThemeRow, px: int) -> float:
    """The mark's room: a bullet takes a number's, so that every name starts in line."""
    bold = QFontMetricsF(pixel_font(px, bold=True))
    return max(bold.horizontalAdvance(mark(row)), bold.horizontalAdvance("9. "))


def row_line(name: str, count: str) -> str:
    """The name and its count as painted: the name isolated (FSI…PDI), so that an Urdu or
    Arabic name neither turns the line right to left nor pulls " · 3 cards" round itself."""
    return f"\u2068{name}\u2069{count}"


@dataclass(frozen=True)
class ListPlan:
    """Where the list's rows go: each shown row with its (column, first line, lines), how many
    themes "and N more" stands for and its (column, line), the columns and their tallest, and
    the type they are planned at."""

    rows: list[tuple[ThemeRow, tuple[int, int, int]]]
    more: int
    more_at: tuple[int, int]
    columns: int
    lines: int
    px: int = 0  # the rows' type, set by the list that plans them


def row_lines(row: ThemeRow, px: int, width: float) -> int:
    """1 if the row says its number, name and count on one line of ``width``, else 2."""
    said = mark_width(row, px) + QFontMetricsF(pixel_font(px)).horizontalAdvance(
        row.name + tail(row))
    return 1 if said <= width else 2


def pack(rows: Sequence[ThemeRow], needs: Sequence[int], fit: int, columns: int) -> ListPlan:
    """The most of ``rows`` (``needs`` lines each) that go in order into ``columns`` columns of
    ``fit`` lines, leaving a line for "and N more" if any are left; past the ninth as well
    (a bullet for its number)."""
    for count in range(len(rows), -1, -1):
        spots: list[tuple[int, int, int]] = []
        column, line = 0, 0
        for need in needs[:count]:
            if line + need > fit:  # a row is never split between columns
                column, line = column + 1, 0
            spots.append((column, line, need))
            line += need
        if column >= columns:
            continue
        if count < len(rows):  # "and N more" after the last row shown
            if line + 1 > fit:
                column, line = column + 1, 0
            if column >= columns:
                continue
            line += 1
        tallest = max([line, *(first + lines for _, first, lines in spots)])
        return ListPlan(list(zip(rows, spots, strict=False)), len(rows) - count,
                        (column, line - 1), columns, tallest)
    return ListPlan([], len(rows), (0, 0), columns, 1)


def name_lines(row: ThemeRow, px: int, width: float, lines: int) -> list[tuple[str, str]]:
    """The row after its number, (name, count) on each line of ``width``: the name whole on one
    line if it fits with its count; else broken between words onto a second line, shortened
    (…) only if it still does not fit, the count whole at its end."""
    metrics = QFontMetricsF(pixel_font(px))
    count = tail(row)
    if lines == 1 or metrics.horizontalAdvance(row.name + count) <= width:
        room = width - metrics.horizontalAdvance(count)
        return [(metrics.elidedText(row.name, Qt.TextElideMode.ElideRight, room), count)]
    layout = QTextLayout(row.name, pixel_font(px))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    first = layout.createLine()
    first.setLineWidth(width)
    layout.endLayout()
    cut = first.textLength()
    if not row.name[cut:].strip():  # the name fits, not its count: its last word goes down too
        cut = row.name.rstrip().rfind(" ") + 1
    rest = row.name[cut:].strip()
    if not cut or not rest:  # one long word: the count under it
        return [(row.name.strip(), ""), ("", count.lstrip())]
    room = width - metrics.horizontalAdvance(count)
    return [(row.name[:cut].strip(), ""),
            (metrics.elidedText(rest, Qt.TextElideMode.ElideRight, room), count)]


def said_whole(row: ThemeRow, px: int, width: float, lines: int) -> bool:
    """Whether the row's name is drawn whole, unshortened, in ``lines`` lines of ``width``."""
    room = width - mark_width(row, px)
    drawn = " ".join(name for name, _ in name_lines(row, px, room, lines) if name)
    return drawn.split() == row.name.split()


def tail(row: ThemeRow) -> str:
    """The count, " · 3 cards" (" · 3 cards (1 not shown)"), and " · this card" where the
    card read out is in it already."""
    return f" · {cards_phrase(row.count, row.hidden)}" + (" · this card" if row.holds_card else "")
