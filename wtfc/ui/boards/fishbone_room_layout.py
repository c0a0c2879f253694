"""Where the fishbone's room view puts its bones: sizes in canvas units, and pages.

The fishbone on the facilitator's screen is drawn at 12 px and scrolls; the room's must keep
every word 24 real px or more (``room_paint``'s canvas), so it is planned here from the words'
sizes: a page holds the theme's head at the right and as many bones as fit left of it, in
columns of two (one above the spine, one below), in the categories' order as on the
facilitator's fishbone. The spine sits where the longest bones above and below leave it. Box
widths are tried for one column to several, and the plan with the fewest pages (then the
widest boxes) kept. A bone too long for a page even alone goes on on the next bone's place
("Money (5), continued"), so every cause is on some page, once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from PySide6.QtGui import QFontMetricsF

from wtfc.model.cause_category import NO_CATEGORY
from wtfc.model.workshop import Cause
from wtfc.ui.boards.room_paint import FOOT, text_height
from wtfc.ui.boards.why_tree_items import AGREED_BADGE, ROOT_BADGE
from wtfc.ui.style import pixel_font

# type, in canvas units (room_paint.LEAST_PX, 26, is 24 real px on the smallest canvas:
# room_paint.canvas_size)
TEXT_PX = 30  # a cause's words
MARK_PX = 26  # "◎ Root cause", "✔ Agreed to address", and the head's facts
LABEL_PX = 30  # a bone's category
NAME_PX = 36  # the theme's name in the head
PAD = 16  # inside a box
MARGIN = 40  # beside the fish
TOP = 30  # above it (the foot keeps room_paint.FOOT)
SLANT = 0.15  # how far a bone leans back, across per unit away from the spine
TICK = 12  # from a bone to its boxes
GAP = 14  # between boxes along a bone
CLEAR = 22  # between the spine and the nearest box
COLUMN_GAP = 36
HEAD_GAP = 30  # between the last column and the head
WIDEST_BOX = 600.0  # wider lines read badly (and narrower than a mark, the mark is cut)
MOST_COLUMNS = 5


def pill_width(text: str) -> float:
    return QFontMetricsF(pixel_font(MARK_PX, bold=True)).horizontalAdvance(text) + MARK_PX


def marks(cause: Cause) -> list[str]:
    return [b for b, on in ((ROOT_BADGE, cause.root_cause), (AGREED_BADGE, cause.agreed)) if on]


def marks_together(cause: Cause, width: float) -> bool:
    """Both marks on one line (else one line each)."""
    return sum(pill_width(m) for m in marks(cause)) + 8 <= width - 2 * PAD


def box_height(cause: Cause, width: float) -> float:
    shown = marks(cause)
    lines = 0 if not shown else 1 if marks_together(cause, width) else len(shown)
    words = text_height(cause.text, width - 2 * PAD, TEXT_PX)
    return PAD + lines * (MARK_PX * 1.6 + 8) + words + PAD


def label_size(text: str, width: float) -> tuple[float, float]:
    """A bone's label: as wide as its words (wrapping past ``width``), and its height."""
    words = QFontMetricsF(pixel_font(LABEL_PX, bold=True)).horizontalAdvance(text) + 2
    wide = min(width, words + LABEL_PX)
    return wide, text_height(text, wide - LABEL_PX, LABEL_PX, bold=True) + LABEL_PX * 0.8


@dataclass(frozen=True)
class Bone:
    """A bone as a page draws it: its label's words and its causes (in reading order);
    ``continued``: the rest of a bone begun on the place before."""

    category: str
    total: int
    causes: tuple[Cause, ...]
    continued: bool = False

    @property
    def label(self) -> str:
        said = f"{self.category} ({self.total})"
        return f"{said}, continued" if self.continued else said

    @property
    def placed(self) -> bool:
        return self.category != NO_CATEGORY


Column = tuple[Bone | None, Bone | None]  # a column's bone above the spine, and below


@dataclass
class FishPage:
    """The bones on one page, left to right: each column's upper bone then its lower (either
    may be missing, where the next bone was too long for the place)."""

    columns: list[Column] = field(default_factory=list)

    @property
    def bones(self) -> list[Bone]:
        return [b for column in self.columns for b in column if b is not None]


class FishMeasure:
    """Sizes of boxes, labels and bones at one box width, kept: a plan measures the same bones
    many times, and the workshop does not change while it is planned and drawn."""

    def __init__(self, width: float, head: tuple[float, float]) -> None:
        self.width, self.head = width, head
        self._boxes: dict[str, float] = {}
        self._labels: dict[str, tuple[float, float]] = {}
        self._lengths: dict[tuple[str, bool, str, int], float] = {}

    def box(self, cause: Cause) -> float:
        if cause.id not in self._boxes:
            self._boxes[cause.id] = box_height(cause, self.width)
        return self._boxes[cause.id]

    def label(self, bone: Bone) -> tuple[float, float]:
        if bone.label not in self._labels:
            self._labels[bone.label] = label_size(bone.label, self.width)
        return self._labels[bone.label]

    def length(self, bone: Bone) -> float:
        """From the spine to the bone's outer end: its boxes, then its label."""
        # a bone's causes are always a run of its category's, so their first and count say which
        key = (
            bone.category,
            bone.continued,
            bone.causes[0].id if bone.causes else "",
            len(bone.causes),
        )
        if key not in self._lengths:
            boxes = sum(self.box(c) + GAP for c in bone.causes)
            self._lengths[key] = CLEAR + boxes + self.label(bone)[1]
        return self._lengths[key]

    def sides(self, columns: Sequence[Column]) -> tuple[float, float]:
        """How far the page reaches above and below the spine."""
        up = max((self.length(u) for u, _ in columns if u is not None), default=0.0)
        down = max((self.length(d) for _, d in columns if d is not None), default=0.0)
        return up, down

    def tall(self, columns: Sequence[Column]) -> float:
        """The fish's height: its bones', or its head's (which moves along the spine)."""
        return max(sum(self.sides(columns)), self.head[1])

    def wide(self, columns: Sequence[Column]) -> float:
        """The fish's width: the lean of its longest bone, its columns and its head."""
        lean = SLANT * max(
            (self.length(b) for c in columns for b in c if b is not None), default=0.0
        )
        return (
            lean
            + len(columns) * (TICK + self.width + COLUMN_GAP)
            - COLUMN_GAP
            + HEAD_GAP
            + self.head[0]
        )


@dataclass(frozen=True)
class FishPlan:
    measure: FishMeasure  # the boxes' width and the head's size, with what was measured
    pages: list[FishPage]


def head_width(wide: float) -> float:
    return min(380.0, max(260.0, wide * 0.2))


def plan(bones: Sequence[Bone], wide: float, tall: float, head_height: float) -> FishPlan:
    """The plan with the fewest pages for a canvas ``wide`` x ``tall`` (tall already clear of
    the page label where there are pages); then the widest boxes."""
    head = (head_width(wide), head_height)
    narrowest = pill_width(AGREED_BADGE) + 2 * PAD + 4
    best: FishPlan | None = None
    widths = box_widths(wide - 2 * MARGIN - head[0] - HEAD_GAP, tall - TOP - FOOT)
    for width in sorted({max(w, narrowest) for w in widths}, reverse=True):
        measure = FishMeasure(width, head)
        pages = pack(bones, measure, wide - 2 * MARGIN, tall - TOP - FOOT)
        if best is None or len(pages) < len(best.pages):
            best = FishPlan(measure, pages)
    assert best is not None
    return best


def box_widths(room: float, tall: float) -> list[float]:
    """Box widths to try, widest first: for one column to ``MOST_COLUMNS`` in ``room``, each
    for bones leaning back a little or a lot (a long bone leans further, taking width)."""
    widths = {
        min(WIDEST_BOX, (room - SLANT * tall * part + COLUMN_GAP) / columns - TICK - COLUMN_GAP)
        for columns in range(1, MOST_COLUMNS + 1)
        for part in (0.3, 0.5, 0.7)
    }
    return sorted((round(w) for w in widths if w > 0), reverse=True) or [WIDEST_BOX]


def pack(bones: Sequence[Bone], measure: FishMeasure, wide: float, tall: float) -> list[FishPage]:
    """Bones in pages, in order, as many to a page as fit ``wide`` x ``tall``: each below the
    spine under the one before, else above it in a column of its own, else below it there."""

    def fits(columns: Sequence[Column]) -> bool:
        return measure.tall(columns) <= tall and measure.wide(columns) <= wide

    def places(columns: list[Column], bone: Bone) -> list[list[Column]]:
        tried = [[*columns, (bone, None)], [*columns, (None, bone)]]
        if columns and columns[-1][1] is None:
            tried.insert(0, [*columns[:-1], (columns[-1][0], bone)])
        return tried

    def place(columns: list[Column], bone: Bone) -> list[Column] | None:
        return next((c for c in places(columns, bone) if fits(c)), None)

    pages = [FishPage()]
    queue = list(bones)
    while queue:
        bone = queue.pop(0)
        page = pages[-1]
        if (placed := place(page.columns, bone)) is not None:
            page.columns = placed
            continue
        if place([], bone) is not None:  # whole on a page of its own: start one
            pages.append(FishPage([(bone, None)]))
            continue
        # too long for any page: as many of its causes as fit here, the rest on after it
        keep = _most(bone, page.columns, place)
        if keep == 0:
            page = FishPage()
            pages.append(page)
            keep = max(1, _most(bone, [], place))
        part = replace(bone, causes=bone.causes[:keep])
        page.columns = place(page.columns, part) or [*page.columns, (part, None)]  # cut short
        if keep < len(bone.causes):
            queue.insert(0, replace(bone, causes=bone.causes[keep:], continued=True))
    return [p for p in pages if p.columns] or [FishPage()]


def _most(
    bone: Bone,
    columns: list[Column],
    place: Callable[[list[Column], Bone], list[Column] | None],
) -> int:
    """How many of ``bone``'s first causes ``place`` finds room for beside ``columns``."""
    keep = 0
    while keep < len(bone.causes) and place(columns, replace(bone, causes=bone.causes[: keep + 1])):
        keep += 1
    return keep
