"""How the Plan room view shares its lanes out over rows and pages: each busy lane's rows
when they share one page, else pages of rows each as tall as its own cards' words need (a
lane longer than a page goes on over the next); and ``PlanLayout``, what the view paints from."""

from __future__ import annotations

from dataclasses import dataclass, field

from wtfc.model.workshop import Action, Role
from wtfc.ui.boards.plan_room_lane import (  # noqa: F401  (the cards: the view's too)
    CARD_GAP,
    CARD_WIDTH,
    LANE_LABEL,
)
from wtfc.ui.boards.room_paint import heading_bottom

LANE_GAP = 12
ROW_PAD = 10  # above and below the cards of a row
LINE = 34.0  # a line of small words on a card: the status, the owner, the theme
# Two lines of the action's words and its status line (see ``PlanRoomView._card``): the
# lowest row, for one-line actions; a row is as tall as its longest action's words need.
MIN_ROW = 2 * ROW_PAD + 16 + 2 * 36 + 34
WIDEST_CARD = 760  # lanes of one or two actions (one theme shown) get wider cards
EMPTY_LANE = 56
TIGHT_LANE_GAP = 4  # when every busy lane needs the room: their borders still part them
CARD_INSET = 8  # above and below the words inside a card
TIGHT_PAD = 4  # both of those when all seven lanes are busy


@dataclass(frozen=True)
class LanePart:
    """A lane on one page: ``actions`` are its actions from number ``first + 1`` of ``total``,
    in ``rows`` rows (a long lane goes on over the next page)."""

    role: Role
    actions: list[Action]
    first: int
    total: int
    rows: int
    piece: int = 0  # over 0: a page going on with its one action's note (``plan_room_notes``)
    height: float = 0.0  # and that card's row


def lane_rows(counts: list[int], per_row: int, room: float,
              row: float = MIN_ROW) -> list[int]:
    """Rows for each busy lane (``counts`` of actions): one each, then one more at a time for
    the lane with most actions still hidden, while every row stays ``row`` or taller."""
    rows = [1] * len(counts)
    while True:
        hidden = [count - r * per_row for count, r in zip(counts, rows, strict=True)]
        most = max(hidden, default=0)
        lane = hidden.index(most) if hidden else -1  # on a tie, the upper lane
        if most <= 0 or room / (sum(rows) + 1) < row:
            return rows
        rows[lane] += 1


def pack_rows(lanes: list[list[float]], room: float,
              gap: float = LANE_GAP) -> list[list[tuple[int, int, int]]]:
    """Pages of (lane, first row, rows) for lanes whose rows need ``lanes[i]`` heights, each
    row as tall as its own cards need (rows of short actions leave room for more). A lane
    that fits whole on the next page is not split; a row taller than a page has one alone."""
    pages: list[list[tuple[int, int, int]]] = [[]]
    used = 0.0
    for lane, heights in enumerate(lanes):
        first = 0
        while first < len(heights):
            left = heights[first:]
            n = 0
            while n < len(left) and used + gap + sum(left[:n + 1]) <= room:
                n += 1
            whole_next = sum(left) + gap <= room
            if pages[-1] and (n == 0 or (n < len(left) and first == 0 and whole_next)):
                pages.append([])
                used = 0.0
                continue
            n = max(n, 1)
            pages[-1].append((lane, first, n))
            used += gap + sum(left[:n])
            first += n
    return [page for page in pages if page]


@dataclass
class PlanLayout:
    """The plan laid out for the canvas: its pages of lanes and the sizes they share."""

    pages: list[list[LanePart]] = field(default_factory=list)
    per_row: int = 1
    card_width: float = float(CARD_WIDTH)
    gap: float = LANE_GAP
    pad: float = ROW_PAD
    inset: float = CARD_INSET
    idle: list[Role] = field(default_factory=list)
    idle_line: bool = False  # the idle lanes on a line of their own, under the last page
    idle_page: int = -1  # or under this page (the last with room for it), when not -1
    foot_lane: float = EMPTY_LANE  # that line's lane: as high as its words wrapped need
    room: float = 0.0  # for the lanes, under the heading
    themed: bool = False  # actions of several themes: each card says which it answers
    row: float = MIN_ROW  # the lowest a row of cards is made
    heights: dict[Role, list[float]] = field(default_factory=dict)  # each row's, over pages
    top: float = field(default_factory=heading_bottom)  # where the lanes start
    label: float = LANE_LABEL  # the cards' left in a lane: right of its name, or under it
    head: float = 0.0  # the name's line above the cards (a narrow canvas)
    notes: dict[str, list[str]] = field(default_factory=dict)  # long notes' pieces, by action


def rows_of(out: PlanLayout, part: LanePart, uniform: float) -> list[float]:
    """The heights of ``part``'s rows: each its own where pages were laid out so, else
    ``uniform`` (the lanes share one page)."""
    if part.piece:
        return [part.height]
    mine = out.heights.get(part.role)
    first = part.first // out.per_row
    return mine[first:first + part.rows] if mine else [uniform] * part.rows
