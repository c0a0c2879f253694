"""The room wall as laid out: its pages, its themes' panels and their cards' rectangles.

A theme too tall for the room's column is drawn in parts, each a ``RoomBlock``: the first under
the theme's name, the others under the name and "(continued)", each with the theme's whole
count, so the room knows whose cards these are.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

from wtfc.ui.wall.layout import Block, PlacementKey, Rect, WallLayout
from wtfc.ui.wall.room_measure import ROW_GAP, RoomMetrics, ThemeSize


@dataclass
class RoomBlock(Block):
    """A theme, or one part of a theme carried on to another column or page (``continued``).
    ``count``: the theme's cards, on every part; ``hidden``: those of them held back by the
    personal-detail guard, which the room does not see ("5 cards (3 not shown)")."""

    continued: bool = False
    count: int = 0
    hidden: int = 0


@dataclass
class RoomLayout(WallLayout):
    """A ``WallLayout`` with its pages: one rectangle a screen in size per page, in scene
    coordinates, side by side with empty wall between them. One page when the wall fits."""

    pages: list[Rect] = field(default_factory=list)
    page_label: Rect | None = None  # where "Page 1 of 3" goes, from each page's top left
    timer: Rect | None = None  # where the room timer goes (it is shown), as the page label
    # each page's type when pages differ (a wall in pages lays each kind out at its own size);
    # empty when every page has the one returned with the layout
    page_metrics: list[RoomMetrics] = field(default_factory=list)

    def metrics_on(self, page: int, default: RoomMetrics) -> RoomMetrics:
        """The type of page ``page`` (kept within the pages there are)."""
        if not self.page_metrics:
            return default
        return self.page_metrics[max(0, min(page, len(self.page_metrics) - 1))]

    def page_at(self, x: float) -> int:
        """The page a scene x (a card's or a panel's left edge) is on."""
        return max(0, bisect_right([left for left, *_ in self.pages], x) - 1)


class Piece(NamedTuple):
    """Where a theme, or a part of it (its cards ``first``…``last``), goes."""

    theme: int  # the theme's index in the wall's order
    first: int
    last: int
    page: int
    column: int
    top: float
    continued: bool = False


class PagePlan(NamedTuple):
    """Some themes' pages before they are built (one kind's, or the whole wall's): the type
    and column width they are laid out at, their measures, where each part goes, and the room
    timer's box their columns were kept clear of."""

    themes: list[tuple]
    m: RoomMetrics
    width: float
    sizes: list[ThemeSize]
    pieces: list[Piece]
    timer: Rect | None = None
    caps: tuple[float, ...] = ()  # how far down each column of a page goes

    @property
    def pages(self) -> int:
        return self.pieces[-1].page + 1 if self.pieces else 1


def continued_key(theme_id: str, first: int) -> str:
    """The key of the part of a theme that begins at its card ``first``."""
    return f"{theme_id}~{first}"


def build(themes: list[tuple], m: RoomMetrics, width: float, pieces: list[Piece],
          sizes: list[ThemeSize], stride: float = 0.0
          ) -> tuple[list[Block], dict[PlacementKey, Rect]]:
    """Blocks and card rectangles from the pieces; page ``n`` starts ``n * stride`` across."""
    blocks: list[Block] = []
    cards: dict[PlacementKey, Rect] = {}
    inner, gap = width - 2 * m.pad, ROW_GAP  # the hottest loop of a 10,000-card wall's layout
    for piece in pieces:
        theme, shown = themes[piece.theme]
        size = sizes[piece.theme]
        x = piece.page * stride + m.margin + piece.column * (width + m.gap)
        y = m.margin + piece.top
        if piece.first == 0 and piece.last == len(shown):  # the theme whole: most are
            part, heights, height = shown, size.cards, size.total
        else:
            part, heights = shown[piece.first:piece.last], size.cards[piece.first:piece.last]
            height = size.height(piece.first, piece.last, continued=piece.continued, pad=m.pad)
        theme_id = theme.id
        key = continued_key(theme_id, piece.first) if piece.continued else theme_id
        blocks.append(RoomBlock(key, theme.kind, theme_id, (x, y, width, height),
                                [c.id for c in part], continued=piece.continued,
                                count=len(theme.card_ids),
                                hidden=len(theme.card_ids) - len(shown)))
        card_x, card_y = x + m.pad, y + (size.continued_head if piece.continued else size.head)
        for card, card_size in zip(part, heights, strict=True):
            cards[(card.id, theme_id)] = (card_x, card_y, inner, card_size)
            card_y += card_size + gap
    return blocks, cards


def build_pages(plans: list[PagePlan], viewport: tuple[float, float], label: Rect | None,
                timer: Rect | None) -> RoomLayout:
    """The pages of ``plans`` one after another (each from a page of its own), a screen each,
    with half a screen of empty wall between them."""
    stride = viewport[0] * 1.5
    blocks: list[Block] = []
    cards: dict[PlacementKey, Rect] = {}
    metrics: list[RoomMetrics] = []
    for plan in plans:
        first = len(metrics)
        pieces = [p._replace(page=p.page + first) for p in plan.pieces] if first \
            else plan.pieces
        more_blocks, more_cards = build(plan.themes, plan.m, plan.width, pieces, plan.sizes,
                                        stride)
        blocks += more_blocks
        cards.update(more_cards)
        metrics += [plan.m] * plan.pages
    pages = [(page * stride, 0.0, viewport[0], viewport[1]) for page in range(len(metrics))]
    return RoomLayout(blocks, cards, [], pages[-1][0] + viewport[0], viewport[1], pages, label,
                      timer, metrics if len(set(metrics)) > 1 else [])
