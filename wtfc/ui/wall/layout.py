"""Where everything sits on the wall: a deterministic layout computed from the model alone.

The model stores no positions, so the wall is laid out afresh after every edit: the same
workshop always gives the same picture. The wall has one section per kind shown (the method
works through green, then red, then blue). A section starts with its unsorted cards in a grid
across the section's width, then its themes as columns ("masonry": each theme goes into the
shortest column), each theme a header and its cards one under the other, like sticky notes on
a real wall. A big theme wraps its cards into several card columns, row by row as the unsorted
grid does (``block_wrap.py``): a 270-card theme in one column was 40,000 px tall, and Fit all
showed hair-thin lines. The number of columns is chosen so the whole wall best fills the
view's shape, which makes "Fit all" as large as it can be.

Pure arithmetic: the Qt items read a ``WallLayout`` and place themselves (``scene.py``).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Theme
from wtfc.ui.wall.block_wrap import caps, card_columns, skyline

KIND_ORDER = (Kind.WORKING, Kind.NOT_WORKING, Kind.FUTURE)
Rect = tuple[float, float, float, float]  # x, y, width, height
PlacementKey = tuple[str, str | None]  # (card id, theme id or None for unsorted)
LANE_GAP = 48.0  # between the lanes of two kinds: wider than between themes


@dataclass(frozen=True)
class WallMetrics:
    """Sizes in scene units (1 unit = 1 pixel at 100 % zoom)."""

    card_width: float = 220.0
    card_height: float = 132.0
    gap: float = 14.0  # between cards, blocks and columns
    pad: float = 10.0  # inside a theme block, around its cards
    header_height: float = 76.0  # theme name (two lines) and its count
    unsorted_header: float = 62.0  # "Not yet in a theme" and its count
    section_height: float = 52.0  # "✓ Working" heading above each section

    @property
    def block_width(self) -> float:
        return self.card_width + 2 * self.pad

    @property
    def pitch(self) -> float:
        return self.block_width + self.gap


@dataclass
class Block:
    """A theme, or the unsorted cards of one kind, as a rectangle on the wall."""

    key: str  # theme id, or "unsorted:<kind>"
    kind: Kind
    theme_id: str | None
    rect: Rect = (0.0, 0.0, 0.0, 0.0)
    card_ids: list[str] = field(default_factory=list)


@dataclass
class WallLayout:
    blocks: list[Block]
    cards: dict[PlacementKey, Rect]
    sections: list[tuple[Kind, Rect]]
    width: float
    height: float

    def block_for(self, key: str) -> Block | None:
        return next((b for b in self.blocks if b.key == key), None)


def unsorted_key(kind: Kind) -> str:
    return f"unsorted:{kind.value}"


def wall_content(doc: Document, kinds: Sequence[Kind], *, include_unsorted: bool = True,
                 show_card: Callable[[Card], bool] | None = None,
                 theme_ids: frozenset[str] | None = None
                 ) -> list[tuple[Kind, list[Card], list[tuple[Theme, list[Card]]]]]:
    """Per kind shown: its unsorted cards and its themes with their (shown) cards, in order.

    ``theme_ids`` limits the wall to those themes (and leaves out the unsorted cards).
    """
    if theme_ids is not None:
        include_unsorted = False
    show = show_card or (lambda card: True)
    placed: set[str] = set()
    for theme in doc.workshop.themes:
        placed.update(theme.card_ids)
    content = []
    for kind in kinds:
        unsorted = ([c for c in doc.workshop.cards
                     if c.kind == kind and c.id not in placed and show(c)]
                    if include_unsorted else [])
        themes = [(t, [c for c in (doc.card(i) for i in t.card_ids) if show(c)])
                  for t in doc.workshop.themes
                  if t.kind == kind and (theme_ids is None or t.id in theme_ids)]
        if unsorted or themes:
            content.append((kind, unsorted, themes))
    return content


def masonry(heights: Sequence[float], columns: int, gap: float) -> tuple[list[tuple[int, float]],
                                                                            float]:
    """Put blocks one by one into the shortest column: (column, top) each, and the tallest."""
    tops = [(0.0, column) for column in range(columns)]  # a heap: (top, column); ties go left
    places = []
    bottom = 0.0
    for height in heights:
        top, column = heapq.heappop(tops)
        places.append((column, top))
        bottom = max(bottom, top + height)
        heapq.heappush(tops, (top + height + gap, column))
    return places, bottom


@dataclass(frozen=True)
class WallPlan:
    """What a wall's columns are chosen from, whatever the view's shape: each kind's content
    and its lane's height for each number of columns. Most of a layout's cost on a big
    workshop (a masonry per number of columns), so a view that only changes shape reuses it.
    The wall is then ``place_lanes(plan, wall_columns(plan, viewport))``."""

    content: list[tuple[Kind, list[Card], list[tuple[Theme, list[Card]]]]]
    heights: list[dict[int, float]]
    # each lane's rows cap for each number of columns (0: no theme wraps), the one that made
    # that height: a big theme wraps where it makes the lane lower, else it stays one column
    caps: list[dict[int, int]] = field(default_factory=list)


def plan_wall(doc: Document, kinds: Sequence[Kind] = KIND_ORDER, *,
              metrics: WallMetrics = WallMetrics(), include_unsorted: bool = True,
              show_card: Callable[[Card], bool] | None = None) -> WallPlan:
    content = wall_content(doc, kinds, include_unsorted=include_unsorted, show_card=show_card)
    lanes = [_lane_heights(unsorted, themes, metrics) for _, unsorted, themes in content]
    return WallPlan(content, [heights for heights, _ in lanes], [cap for _, cap in lanes])


def wall_columns(plan: WallPlan, viewport: tuple[float, float],
                 metrics: WallMetrics = WallMetrics()) -> list[int]:
    """Each lane's columns: the fewest that keep it under a common height; of the common
    heights possible, the one whose wall best fills the viewport's shape wins."""
    best, best_scale = [1] * len(plan.content), -1.0
    for target in sorted({h for heights in plan.heights for h in heights.values()}):
        fits = [min((c for c, h in heights.items() if h <= target), default=None)
                for heights in plan.heights]
        columns = [c for c in fits if c is not None]
        if len(columns) < len(fits):
            continue
        width = sum(c * metrics.pitch - metrics.gap for c in columns) \
            + LANE_GAP * (len(columns) - 1)
        scale = min(viewport[0] / width, viewport[1] / target)
        if scale > best_scale + 1e-9:
            best, best_scale = columns, scale
    return best


def _lane_heights(unsorted: list, themes: list, m: WallMetrics
                  ) -> tuple[dict[int, float], dict[int, int]]:
    """A lane's height for each useful number of columns (sizes only: cheap for 10,000 cards),
    and the rows cap that gives it (0: no theme wraps; a cap only where it makes it lower)."""
    counts = [len(shown) for _, shown in themes]
    tried = caps(counts)
    widest = sum(card_columns(n, tried[0]) for n in counts) if tried else len(themes)
    most = max(1, min(widest + 1, 60), min(-(-len(unsorted) // 3), 60))
    heights, lane_caps = {}, {}
    block_heights = [_block_height(n, m) for n in counts]
    wrapped = {cap: [_theme_shape(n, cap, m) for n in counts] for cap in tried}
    # what each cap's blocks cover, and the tallest: no packing of them is lower than either
    bounds = {cap: (sum(k * (h + m.gap) for k, h in shapes), max(h for _, h in shapes),
                    sum(k for k, _ in shapes)) for cap, shapes in wrapped.items()}
    for columns in range(1, most + 1):
        height = m.section_height
        if unsorted:
            height += _unsorted_height(len(unsorted), columns, m) + m.gap
        themes_height, best_cap = masonry(block_heights, columns, m.gap)[1], 0
        for cap, shapes in wrapped.items():
            area, tallest, wide = bounds[cap]
            if max(area / columns - m.gap, tallest) >= themes_height:
                continue  # it cannot be lower: not packed (a 10,000-card wall's took 0.15 s)
            if columns >= wide:  # side by side, each in columns of its own: the tallest
                lowest = tallest
            else:
                packed = skyline(shapes, columns, m.gap)
                lowest = packed[1] if packed is not None else themes_height
            if lowest < themes_height:
                themes_height, best_cap = lowest, cap
        heights[columns], lane_caps[columns] = height + themes_height, best_cap
    return heights, lane_caps


def _block_height(count: int, m: WallMetrics, columns: int = 1) -> float:
    rows = -(-max(count, 1) // columns)  # an empty theme keeps one slot
    return m.header_height + rows * (m.card_height + m.gap) - m.gap + 2 * m.pad


def _theme_shape(count: int, cap: int, m: WallMetrics) -> tuple[int, float]:
    """A theme's block under a rows cap: its card columns and its height."""
    columns = card_columns(count, cap)
    return columns, _block_height(count, m, columns)


def _unsorted_height(count: int, columns: int, m: WallMetrics) -> float:
    rows = -(-count // columns)
    return m.unsorted_header + rows * (m.card_height + m.gap) - m.gap + 2 * m.pad


def place_lanes(plan: WallPlan, lane_columns: list[int], m: WallMetrics) -> WallLayout:
    """Every block and card where ``lane_columns`` (one per lane) puts it."""
    content = plan.content
    if not content:
        return WallLayout([], {}, [], 0.0, 0.0)
    blocks: list[Block] = []
    cards: dict[PlacementKey, Rect] = {}
    sections: list[tuple[Kind, Rect]] = []
    x0, bottom = 0.0, 0.0
    lane_caps = plan.caps or [{} for _ in content]
    for (kind, unsorted, themes), columns, cap_for in zip(content, lane_columns, lane_caps,
                                                          strict=True):
        width = columns * m.pitch - m.gap
        sections.append((kind, (x0, 0.0, width, m.section_height)))
        y = m.section_height
        if unsorted:
            height = _unsorted_height(len(unsorted), columns, m)
            blocks.append(Block(unsorted_key(kind), kind, None, (x0, y, width, height),
                                [c.id for c in unsorted]))
            top = y + m.unsorted_header + m.pad
            for i, card in enumerate(unsorted):
                row, col = divmod(i, columns)
                cards[(card.id, None)] = (x0 + col * m.pitch + m.pad,
                                          top + row * (m.card_height + m.gap),
                                          m.card_width, m.card_height)
            y += height + m.gap
        shapes = [_theme_shape(len(shown), cap_for.get(columns, 0), m) for _, shown in themes]
        packed = skyline(shapes, columns, m.gap) if any(k > 1 for k, _ in shapes) else None
        places, tallest = packed or masonry([h for _, h in shapes], columns, m.gap)
        for (theme, shown), (column, top), (wide, height) in zip(themes, places, shapes,
                                                                 strict=True):
            x = x0 + column * m.pitch
            blocks.append(Block(theme.id, kind, theme.id,
                                (x, y + top, wide * m.pitch - m.gap, height),
                                [c.id for c in shown]))
            card_top = y + top + m.header_height + m.pad
            for i, card in enumerate(shown):  # row by row, as the unsorted grid
                row, col = divmod(i, wide) if wide > 1 else (i, 0)
                cards[(card.id, theme.id)] = (x + col * m.pitch + m.pad,
                                              card_top + row * (m.card_height + m.gap),
                                              m.card_width, m.card_height)
        bottom = max(bottom, y + tallest)
        x0 += width + LANE_GAP
    return WallLayout(blocks, cards, sections, x0 - LANE_GAP, bottom)


def wall_themes(doc: Document, kinds: Sequence[Kind]) -> list[Theme]:
    """The themes of the kinds shown, in the wall's order: lane by lane, each lane's themes in
    the workshop's order. The outline lists them so and Alt+1…9 count along it (``numbers``)."""
    return [t for kind in kinds for t in doc.workshop.themes if t.kind == kind]


def theme_numbers(doc: Document, kinds: Sequence[Kind]) -> dict[str, int]:
    """Theme id → the number Alt+1…9 reaches it by, one numbering for the wall's headers, the
    outline and read-out mode (where Alt+4 was the fourth theme of the card's kind)."""
    return {t.id: n for n, t in enumerate(wall_themes(doc, kinds)[:9], start=1)}


def readout_sequence(doc: Document, kinds: Sequence[Kind]) -> list[Card]:
    """The cards read out, in order: the kinds in the method's order, held-back ones skipped."""
    order = {kind: i for i, kind in enumerate(KIND_ORDER)}
    cards = [c for c in doc.workshop.cards if c.kind in kinds and not c.held_back]
    return sorted(cards, key=lambda c: order[c.kind])  # stable: document order within a kind
