"""How tall the room wall's cards and theme headers are at a type size: the layout's measures.

Line counts come from a greedy word wrap with cached word widths: far quicker than asking Qt to
lay out every card at every candidate size. Where that would not be what Qt draws, the text is
laid out as the items draw it (``laid_out_lines``): a letter drawn in a font with a taller line
(Urdu's lent Noto Sans Arabic has about twice the main font's; Bengali, Gurmukhi a little more),
a word wider than the column (a URL, Llanfairpwll…gogogoch), which Qt breaks inside, and a card
typed on more than one line (``shown_lines``: its breaks measured as drawn). A line count is
then in the main font's lines (an Urdu line counts about 1.8), so the height a card or header is
given is the height it is drawn at.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import accumulate

from PySide6.QtGui import QFontMetricsF

from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Kind
from wtfc.ui.paint_cache import shared_font
from wtfc.ui.screen_fonts import lent_count
from wtfc.ui.style import pixel_font
from wtfc.ui.wall.block_item import count_phrase
from wtfc.ui.wall.card_item import laid_out_lines, shown_lines

# never smaller: "nothing on the room view falls below about 24 px" (shared research §A3)
FLOOR_PX = 24
ROW_GAP = 2.0  # a hairline of the theme's tint between two cards of one theme
WHOLE_TITLE_LINES = 16  # a theme's name is drawn whole: 300 characters take about 14 lines
CONTINUED = " (continued)"  # after the name of a theme carried on to another column or page
COUNT_INDENT = 1.3  # the kind symbol before the count line, in count-type ems


@dataclass(frozen=True)
class RoomMetrics:
    """Sizes derived from the text size ``font_px``; every other size follows it.

    ``title_lines``: the most lines a theme's name may take (whole, in practice);
    ``count_lines``: 1 for "✓ Working · 7 cards", 2 when the wall's columns are too narrow
    for that and every header puts "7 cards" under "✓ Working" (one wording for the room), 3
    when "5 cards (3 not shown)" is too wide for its line too and "(3 not shown)" has its own.
    """

    font_px: int
    max_lines: int
    title_lines: int = WHOLE_TITLE_LINES
    count_lines: int = 1

    # Each size is worked out once: a 10,000-card wall asks for them for every card.
    @cached_property
    def line(self) -> float:
        return _metrics(self.font_px, False).lineSpacing()

    @cached_property
    def pad(self) -> float:
        return round(self.font_px * 0.4)

    @cached_property
    def gap(self) -> float:
        return round(self.font_px * 0.5)

    @cached_property
    def row_pad(self) -> float:
        """Above and below a card's words: cards are rows of one list, not separate notes."""
        return round(self.font_px * 0.25)

    @cached_property
    def edge(self) -> float:
        """The coloured edge plus the kind symbol in front of the words."""
        return round(self.font_px * 1.6)

    @cached_property
    def title_px(self) -> int:
        return round(self.font_px * 1.15)

    @cached_property
    def count_px(self) -> int:
        return max(FLOOR_PX, round(self.font_px * 0.8))

    @cached_property
    def margin(self) -> float:
        return round(self.font_px * 0.8)

    @cached_property
    def title_line(self) -> float:
        return _metrics(self.title_px, True).lineSpacing()

    @cached_property
    def count_line(self) -> float:
        return _metrics(self.count_px, False).lineSpacing()

    @cached_property
    def card_most(self) -> float:
        """A card at its most lines."""
        return self.max_lines * self.line + 2 * self.row_pad


@lru_cache(maxsize=64)
def _metrics(px: int, bold: bool) -> QFontMetricsF:
    return QFontMetricsF(pixel_font(px, bold=bold))


class _WordWidths(dict):
    """Each word's advance at one font size, measured the first time it is asked for."""

    def __init__(self, px: int, bold: bool) -> None:
        super().__init__()
        self.metrics = _metrics(px, bold)

    def __missing__(self, word: str) -> float:
        width = self[word] = self.metrics.horizontalAdvance(word)
        return width


@lru_cache(maxsize=64)
def _word_widths(px: int, bold: bool) -> _WordWidths:
    return _WordWidths(px, bold)


def wrapped_lines(text: str, px: int, width: float, *, bold: bool = False,
                  most: int | None = None) -> float:
    """How many of the main font's lines ``text`` takes when wrapped at ``width`` as the items
    draw it (or ``most``, if it takes more: the wrap stops counting there). A text Qt draws
    with taller lines counts them as they are (an Urdu line about 1.8)."""
    return _wrapped_lines(text, px, width, bold, most, lent_count())


# Kept across layouts: an edit lays the room wall out again with the same texts, sizes and
# column widths (a 10,000-card wall re-wrapped every card on every edit, ~0.5 s). ``lent``:
# the fonts lent to Qt so far, as a text's letters may be drawn otherwise once they are.
# Let go with the workshop (``wtfc.ui.forget_words``).
@lru_cache(maxsize=200_000)
def _wrapped_lines(text: str, px: int, width: float, bold: bool, most: int | None,
                   lent: int) -> float:
    if not text.isascii() and ("\u2028" in text  # a card's typed line break (shown_lines)
                               or any(map(_tall_letters(lent).__getitem__, set(text)))):
        return _laid_out(text, px, width, bold, most)
    widths = _word_widths(px, bold)  # one dictionary look-up a word: the wall's hottest loop
    space = widths[" "]
    lines, used = 1, 0.0
    for w in map(widths.__getitem__, text.split()):
        if used and used + space + w > width:
            if lines == most:
                return lines
            lines, used = lines + 1, w
        else:
            used = used + space + w if used else w
        if used > width:  # a word alone wider than the line: Qt breaks it inside
            return _laid_out(text, px, width, bold, most)
    return lines


def _laid_out(text: str, px: int, width: float, bold: bool, most: int | None) -> float:
    """The lines Qt draws ``text`` in, each counted in the main font's lines: one, or what a
    line in a taller font is in them (Qt rounds a main-font line up: still one)."""
    spacing = _metrics(px, bold).lineSpacing()
    total, top = 0.0, 0.0
    for _start, _length, bottom in laid_out_lines(text, shared_font(px, bold), width):
        total, top = total + (spacing if bottom - top <= spacing + 1 else bottom - top), bottom
    lines = max(1.0, total / spacing)
    return lines if most is None else min(lines, most)


class _TallLetters(dict):
    """Whether Qt draws a letter in a font whose line is taller than the main font's (asked
    of each letter once)."""

    def __init__(self) -> None:
        super().__init__()
        self.font = shared_font(100)
        self.plain = laid_out_lines("A", self.font, 10_000.0)[0][2]

    def __missing__(self, letter: str) -> bool:
        lines = laid_out_lines(letter, self.font, 10_000.0)
        tall = self[letter] = bool(lines) and lines[0][2] > self.plain + 1
        return tall


@lru_cache(maxsize=4)
def _tall_letters(lent: int) -> _TallLetters:
    return _TallLetters()


def card_height(text: str, m: RoomMetrics, width: float) -> float:
    # at most one line: every card takes exactly one, so there is nothing to wrap
    lines = 1 if m.max_lines == 1 else \
        wrapped_lines(shown_lines(text), m.font_px, width - m.edge - m.pad, most=m.max_lines)
    return lines * m.line + 2 * m.row_pad


def header_height(name: str, m: RoomMetrics, width: float) -> float:
    return header_for(title_lines(name, m, width), m)


def title_lines(name: str, m: RoomMetrics, width: float) -> float:
    """The lines a theme's name takes in a column ``width`` wide (``m.title_lines`` at most)."""
    return wrapped_lines(name, m.title_px, width - 2 * m.pad, bold=True, most=m.title_lines)


def header_for(lines: float, m: RoomMetrics) -> float:
    """A header with its name on ``lines`` lines."""
    return lines * m.title_line + m.count_lines * m.count_line + 2 * m.pad


def cards_phrase(count: int, hidden: int = 0) -> str:
    """"7 cards"; with cards held back by the personal-detail guard, every card counted and
    those the room does not see said, as its priorities and why-tree views say them: "5 cards
    (3 not shown)" (a theme all held back read "0 cards", with no word why)."""
    return f"{count_phrase(count)} ({hidden:,} not shown)" if hidden else count_phrase(count)


def count_words(kind: Kind, count: int, hidden: int = 0) -> str:
    """A header's count line when it fits on one line: "✓ Working · 7 cards" (after the
    symbol). Otherwise the kind's word and "7 cards" take a line each: the same words."""
    return f"{kind.label} · {cards_phrase(count, hidden)}"


def count_lines_for(themes: list[tuple], m: RoomMetrics, width: float) -> int:
    """1 when every theme's count line fits on one line at column ``width``, else 2 (or 3):
    decided for the whole wall, so no header says "10" where its neighbour says "7 cards"."""
    return count_lines_of(count_shapes(themes), m, width)


def count_shapes(themes: list[tuple]) -> frozenset[tuple[Kind, int, int]]:
    """The (kind, cards, cards not shown) of the wall's headers: all ``count_lines_of`` needs.
    A theme's cards are all of its cards; those not among ``shown`` are held back."""
    return frozenset((theme.kind, len(theme.card_ids), len(theme.card_ids) - len(shown))
                     for theme, shown in themes)


def count_lines_of(shapes: frozenset[tuple[Kind, int, int]], m: RoomMetrics,
                   width: float) -> int:
    room = width - 2 * m.pad - m.count_px * COUNT_INDENT
    words = _word_widths(m.count_px, False)
    needed = max((words[count_words(*shape)] for shape in shapes), default=0.0)
    if needed <= room:
        return 1
    second = max((words[cards_phrase(count, hidden)] for _, count, hidden in shapes),
                 default=0.0)
    return 2 if second <= room else 3


class ThemeSize:
    """A theme measured at one type and column width: its header (``head``, its name on
    ``title_lines`` lines), each card's height, and the header of a part carried on
    ("… (continued)"), measured only when a part is carried on: most themes never are."""

    __slots__ = ("_continued", "_name", "_reach", "_total", "cards", "head", "m", "title_lines",
                 "width")

    def __init__(self, name: str, m: RoomMetrics, width: float, cards: list[float]) -> None:
        self._name, self.m, self.width, self.cards = name, m, width, cards
        self.title_lines = title_lines(name, m, width)
        self.head = header_for(self.title_lines, m)
        self._continued: float | None = None
        self._total: float | None = None
        self._reach: list[float] | None = None

    @property
    def continued_head(self) -> float:
        if self._continued is None:
            self._continued = header_height(self._name + CONTINUED, self.m, self.width)
        return self._continued

    @property
    def total(self) -> float:
        """The whole theme's height, worked out once: the layout asks for it more than once."""
        if self._total is None:
            self._total = self.height(pad=self.m.pad)
        return self._total

    @property
    def reach(self) -> list[float]:
        """``reach[k]``: the first ``k`` cards' heights, each with the gap after it (so a part
        of a theme too tall for a column is cut where it reaches the column's foot by a
        binary search, not by adding up a 2,000-card theme card by card on every page)."""
        if self._reach is None:
            self._reach = [0.0, *accumulate(card + ROW_GAP for card in self.cards)]
        return self._reach

    def height(self, first: int = 0, last: int | None = None, *, continued: bool = False,
               pad: float = 0.0) -> float:
        """The height of the part with cards ``first``…``last`` (all, by default)."""
        sizes = self.cards[first:last]
        head = self.continued_head if continued else self.head
        return head + sum(sizes) + ROW_GAP * max(0, len(sizes) - 1) + (pad if sizes else 0)


def card_sizes(themes: list[tuple], m: RoomMetrics, width: float) -> list[list[float]]:
    """Each theme's card heights at column ``width``: the costly part of measuring a wall."""
    inside = width - 2 * m.pad
    return [[card_height(card.text, m, inside) for card in shown] for _, shown in themes]


class CardHeights:
    """The card heights of one layout's passes, each theme's cards wrapped once at a type
    size and column width however many passes ask: its line counts are kept for the
    candidates with fewer lines a card at that size (24 px with 4, 3 and 2 lines wraps each
    card once, not three times)."""

    def __init__(self, themes: list[tuple]) -> None:
        self.themes = themes
        self._lines: dict[tuple[int, float], tuple[int, dict[int, list[float]]]] = {}

    def of(self, which: Sequence[int], m: RoomMetrics, width: float) -> list[list[float]]:
        """``card_sizes`` of the themes ``which`` (indexes) at column ``width``."""
        themes, one = self.themes, m.line + 2 * m.row_pad
        if m.max_lines == 1:  # every card takes exactly one line: nothing to wrap
            return [[one] * len(themes[i][1]) for i in which]
        most, lines = self._lines.get((m.font_px, width), (0, {}))
        if most < m.max_lines:
            most, lines = m.max_lines, {}
            self._lines[(m.font_px, width)] = (most, lines)
        inside = width - 2 * m.pad - m.edge - m.pad  # as ``card_sizes`` and ``card_height``
        for i in which:
            if i not in lines:
                lines[i] = [wrapped_lines(shown_lines(card.text), m.font_px, inside, most=most)
                            for card in themes[i][1]]
        top, line, rows = m.max_lines, m.line, 2 * m.row_pad
        return [[min(n, top) * line + rows for n in lines[i]] for i in which]


def measure(themes: list[tuple], m: RoomMetrics, width: float,
            sizes: list[list[float]]) -> list[ThemeSize]:
    """Each theme's ``ThemeSize`` at column ``width``, its card heights from ``card_sizes``."""
    # the name as its header draws it (``room_block.room_title``), so its lines are measured
    return [ThemeSize(shown_theme_name(theme.name), m, width, cards)
            for (theme, _), cards in zip(themes, sizes, strict=True)]
