"""Where the fishbone's room view puts its bones: sizes in canvas units, and pages.

The fishbone on the facilitator's screen is drawn at 12 px and scrolls; the room's must keep
every word 24 real px or more (``room_paint``'s canvas), so it is planned here from the words'
sizes: a page holds the theme's head at the right and as many bones as fit left of it, in
columns of two (one above the spine, one below), in the categories' order as on the
facilitator's fishbone. The spine sits where the longest bones above and below leave it. Box
widths are tried for one column to several, and the plan with the fewest pages (then the
widest boxes) kept. A bone too long for a page even alone goes on on the next bone's place
("Money (5), continued"), so every cause is on some page, once.

The point of a fishbone is every category seen at once, so a fish the roomy type puts over
pages is tried in the compact type (the causes' words at the 24 px floor, boxes closer, the
head narrower); one still over pages (a 1024x768 projector) starts with an overview page: the
whole fish, each bone named and counted, "On page 2" and its marks counted in place of its
causes, whose pages follow. Bones whose causes fit there too keep them on the overview
(``_filled``), in the categories' order as far as they fit: at 1280x720 the demo's page 1 showed
no cause at all ("On page 2 ◎ 1 root cause"), where its first bones' causes fit beside the notes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from PySide6.QtGui import QFontMetricsF

from wtfc.model.cause_category import NO_CATEGORY
from wtfc.model.workshop import Cause, Kind
from wtfc.ui.boards.fishbone_room_head import head_on_page
from wtfc.ui.boards.room_paint import FOOT, text_height
from wtfc.ui.boards.why_tree_items import AGREED_BADGE, ROOT_BADGE
from wtfc.ui.style import kind_text, pixel_font

# type, in canvas units (room_paint.LEAST_PX, 26, is 24 real px on the smallest canvas:
# room_paint.canvas_size)
MARK_PX = 26  # "◎ Root cause", "✔ We will act on this" and the head's facts
WIDEST_BOX = 600.0  # wider lines read badly (and narrower than a mark, the mark is cut)
MOST_COLUMNS = 5


@dataclass(frozen=True)
class FishType:
    """The sizes a fish is drawn in, canvas units: the roomy ones while they fit the screen,
    the compact ones (the causes' words at the 24 px floor, everything closer) when that puts
    every bone on one page."""

    text_px: int = 30  # a cause's words
    label_px: int = 30  # a bone's category
    name_px: int = 36  # the theme's name in the head
    pad: int = 16  # inside a box
    margin: int = 40  # beside the fish
    top: int = 30  # above it (the foot keeps room_paint.FOOT)
    slant: float = 0.15  # how far a bone leans back, across per unit away from the spine
    tick: int = 12  # from a bone to its boxes
    gap: int = 14  # between boxes along a bone
    clear: int = 22  # between the spine and the nearest box
    column_gap: int = 36
    head_gap: int = 30  # between the last column and the head
    head_part: float = 0.2  # the head's width, as a part of the canvas's (260 to 380)


ROOMY = FishType()
COMPACT = FishType(text_px=MARK_PX, label_px=MARK_PX, name_px=30, pad=10, margin=24, top=16,
                   slant=0.1, tick=8, gap=8, clear=12, column_gap=20, head_gap=16, head_part=0.0)


def pill_width(text: str) -> float:
    return QFontMetricsF(pixel_font(MARK_PX, bold=True)).horizontalAdvance(text) + MARK_PX


def marks(cause: Cause) -> list[str]:
    return [b for b, on in ((ROOT_BADGE, cause.root_cause), (AGREED_BADGE, cause.agreed)) if on]


def marks_together(cause: Cause, width: float, look: FishType) -> bool:
    """Both marks on one line (else one line each)."""
    return sum(pill_width(m) for m in marks(cause)) + 8 <= width - 2 * look.pad


def box_height(cause: Cause, width: float, look: FishType) -> float:
    shown = marks(cause)
    lines = 0 if not shown else 1 if marks_together(cause, width, look) else len(shown)
    words = text_height(cause.text, width - 2 * look.pad, look.text_px)
    return look.pad + lines * (MARK_PX * 1.6 + 8) + words + look.pad


def label_size(text: str, width: float, look: FishType) -> tuple[float, float]:
    """A bone's label: as wide as its words (wrapping past ``width``), and its height."""
    px = look.label_px
    words = QFontMetricsF(pixel_font(px, bold=True)).horizontalAdvance(text) + 2
    wide = min(width, words + px)
    return wide, text_height(text, wide - px, px, bold=True) + px * 0.8


def note_size(text: str, width: float, look: FishType) -> tuple[float, float]:
    """The overview's note under a bone's label (its page, its marks counted)."""
    words = max(QFontMetricsF(pixel_font(look.text_px)).horizontalAdvance(line)
                for line in text.splitlines()) + 4
    wide = min(width, words + 2 * look.pad)
    return wide, text_height(text, wide - 2 * look.pad, look.text_px) + 2 * look.pad


@dataclass(frozen=True)
class Bone:
    """A bone as a page draws it: its label's words and its causes (in reading order);
    ``continued``: the rest of a bone begun on the place before; ``note``: on the overview,
    in place of its causes, the page they are on and their marks counted."""

    category: str
    total: int
    causes: tuple[Cause, ...]
    continued: bool = False
    note: str = ""

    @property
    def label(self) -> str:
        said = f"{self.category} ({self.total})"
        return f"{said}, continued" if self.continued else said

    @property
    def placed(self) -> bool:
        return self.category != NO_CATEGORY


Column = tuple[Bone | None, Bone | None]  # a column's bone above the spine, and below


class FishMeasure:
    """Sizes of boxes, labels and bones at one box width and type, kept: a plan measures the
    same bones many times, and the workshop does not change while it is planned and drawn."""

    def __init__(self, width: float, head: tuple[float, float], look: FishType = ROOMY) -> None:
        self.width, self.head, self.look = width, head, look
        self._boxes: dict[str, float] = {}
        self._labels: dict[str, tuple[float, float]] = {}
        self._lengths: dict[tuple[str, bool, str, int, str], float] = {}

    def box(self, cause: Cause) -> float:
        if cause.id not in self._boxes:
            self._boxes[cause.id] = box_height(cause, self.width, self.look)
        return self._boxes[cause.id]

    def label(self, bone: Bone) -> tuple[float, float]:
        if bone.label not in self._labels:
            self._labels[bone.label] = label_size(bone.label, self.width, self.look)
        return self._labels[bone.label]

    def note(self, bone: Bone) -> tuple[float, float]:
        return note_size(bone.note, self.width, self.look)

    def length(self, bone: Bone) -> float:
        """From the spine to the bone's outer end: its boxes (or note), then its label."""
        # a bone's causes are always a run of its category's, so their first and count say which
        first = bone.causes[0].id if bone.causes else ""
        key = (bone.category, bone.continued, first, len(bone.causes), bone.note)
        if key not in self._lengths:
            boxes = sum(self.box(c) + self.look.gap for c in bone.causes)
            if bone.note:
                boxes += self.note(bone)[1] + self.look.gap
            self._lengths[key] = self.look.clear + boxes + self.label(bone)[1]
        return self._lengths[key]

    def sides(self, columns: Sequence[Column]) -> tuple[float, float]:
        """How far the page reaches above and below the spine."""
        up = max((self.length(u) for u, _ in columns if u is not None), default=0.0)
        down = max((self.length(d) for _, d in columns if d is not None), default=0.0)
        return up, down

    def tall(self, columns: Sequence[Column]) -> float:
        """The fish's height: its bones', or its head's (which moves along the spine)."""
        return max(sum(self.sides(columns)), self.head[1])

    def lean(self, columns: Sequence[Column]) -> float:
        """How far the longest bone leans back from its joint on the spine."""
        longest = max((self.length(b) for c in columns for b in c if b is not None), default=0.0)
        return self.look.slant * longest

    def wide(self, columns: Sequence[Column]) -> float:
        """The fish's width: the lean of its longest bone, its columns and its head."""
        look = self.look
        return (
            self.lean(columns)
            + len(columns) * (look.tick + self.width + look.column_gap)
            - look.column_gap
            + look.head_gap
            + self.head[0]
        )


@dataclass
class FishPage:
    """The bones on one page, left to right: each column's upper bone then its lower (either
    may be missing, where the next bone was too long for the place), measured by
    ``measure``. The overview's bones are notes, not causes."""

    measure: FishMeasure
    columns: list[Column] = field(default_factory=list)

    @property
    def bones(self) -> list[Bone]:
        return [b for column in self.columns for b in column if b is not None]


@dataclass(frozen=True)
class FishPlan:
    pages: list[FishPage]

    @property
    def overview(self) -> bool:
        """Page 1 shows every bone, named and counted, and the pages after it their causes."""
        return any(b.note for b in self.pages[0].bones)


HeadHeight = Callable[[FishType, float], float]  # the head's height in a type, at a width


def head_width(wide: float, look: FishType) -> float:
    if not look.head_part:  # as narrow as its kind's mark lets it be
        return max(240.0, max(pill_width(kind_text(k)) for k in Kind) + 2 * look.pad)
    return min(380.0, max(260.0, wide * look.head_part))


def plan(bones: Sequence[Bone], wide: float, tall: float, head_height: HeadHeight) -> FishPlan:
    """The bones on a canvas ``wide`` x ``tall`` (tall already clear of the page label where
    there are pages): all on one page in the roomy type, else in the compact; else the pages
    of whichever needs fewer (the roomy, if neither), after an overview page where every bone
    is named and counted, with the page its causes are on (where it fits one page)."""
    roomy = _plan(bones, wide, tall, head_height, ROOMY)
    if len(roomy.pages) == 1:
        return roomy
    compact = _plan(bones, wide, tall, head_height, COMPACT)
    if len(compact.pages) == 1:
        return compact
    detail = compact if len(compact.pages) < len(roomy.pages) else roomy
    first = _overview(bones, detail, wide, tall, head_height)
    if first is None:
        return detail
    return _filled(bones, first, detail, wide, tall, head_height)


def _detail(bones: Sequence[Bone], wide: float, tall: float, head_height: HeadHeight
            ) -> FishPlan:
    """The pages of ``bones``' causes in whichever type needs fewer (the roomy, if neither)."""
    roomy = _plan(bones, wide, tall, head_height, ROOMY)
    compact = _plan(bones, wide, tall, head_height, COMPACT)
    return compact if len(compact.pages) < len(roomy.pages) else roomy


def _filled(bones: Sequence[Bone], first: FishPage, detail: FishPlan, wide: float,
            tall: float, head_height: HeadHeight) -> FishPlan:
    """The overview with each bone, in order, showing its causes instead of its note where
    the page still fits (their pages then left out of the rest): the room reads causes on
    page 1, and every category is still on it."""
    full: set[str] = set()
    for bone in bones:
        rest = [b for b in bones if b.category not in full | {bone.category}]
        rest_plan = _detail(rest, wide, tall, head_height) if rest else FishPlan([])
        page = _overview(bones, rest_plan, wide, tall, head_height, full | {bone.category})
        if page is not None and len(rest_plan.pages) <= len(detail.pages):
            full.add(bone.category)
            first, detail = page, rest_plan
    return FishPlan([first, *detail.pages])


def _plan(bones: Sequence[Bone], wide: float, tall: float, head_height: HeadHeight,
          look: FishType) -> FishPlan:
    """The plan in ``look`` with the fewest pages; then the widest boxes (no narrower than a
    cause's mark, or than the overview's notes)."""
    room, high = wide - 2 * look.margin, tall - look.top - FOOT
    px, head_w, head_h = head_on_page(look.name_px, MARK_PX, head_width(wide, look), room / 2,
                                      high, lambda n, w: head_height(replace(look, name_px=n), w))
    look, head = replace(look, name_px=px) if px != look.name_px else look, (head_w, head_h)
    narrowest = 0.0
    if any(b.note for b in bones):
        narrowest = max(note_size(b.note, WIDEST_BOX, look)[0] for b in bones if b.note)
    if any(b.causes for b in bones):
        narrowest = max(narrowest, pill_width(AGREED_BADGE) + 2 * look.pad + 4)
    best: list[FishPage] | None = None
    for width in sorted({max(w, narrowest) for w in box_widths(room - head[0], high, look)},
                        reverse=True):
        pages = pack(bones, FishMeasure(width, head, look), room, high)
        if best is None or len(pages) < len(best):
            best = pages
    assert best is not None
    # the bones shared out as evenly as the same pages let (four and one read as a page
    # with one cause left over)
    count = len(best)
    for most in range(-(-len(bones) // count), len(bones)):
        if count == 1 or len(even := pack(bones, best[0].measure, room, high, most)) > count:
            continue
        return FishPlan(even)
    return FishPlan(best)


def _overview(bones: Sequence[Bone], detail: FishPlan, wide: float, tall: float,
              head_height: HeadHeight, full: frozenset[str] | set[str] = frozenset()
              ) -> FishPage | None:
    """Every bone on one page, each with a note in place of its causes (but those of the
    categories ``full``), in the roomy type or else the compact; None where even that does
    not fit."""
    on: dict[str, list[int]] = {}
    for number, page in enumerate(detail.pages, start=2):  # the overview is page 1
        for bone in page.bones:
            on.setdefault(bone.category, []).append(number)
    noted = [b if b.category in full else
             replace(b, causes=(), note=overview_note(b, on.get(b.category, [2])))
             for b in bones]
    for look in (ROOMY, COMPACT):
        if len(pages := _plan(noted, wide, tall, head_height, look).pages) == 1:
            return pages[0]
    return None


def overview_note(bone: Bone, pages: Sequence[int]) -> str:
    """'On page 2', then its marks counted in words: '◎ 1 root cause', '✔ 2 to act on'."""
    first, last = min(pages), max(pages)
    lines = [f"On page {first}" if first == last else f"On pages {first}–{last}"]
    roots = sum(c.root_cause for c in bone.causes)
    agreed = sum(c.agreed for c in bone.causes)
    if roots:
        lines.append(f"{ROOT_BADGE[0]} {roots} root cause{'s' if roots != 1 else ''}")
    if agreed:
        # the badge's "We will act on this" in fewer words: "✔ 2 we will act on" was too
        # wide for a bone's note and cost the 800x600 fish its overview page
        lines.append(f"{AGREED_BADGE[0]} {agreed} to act on")
    return "\n".join(lines)


def box_widths(room: float, tall: float, look: FishType) -> list[float]:
    """Box widths to try, widest first: for one column to ``MOST_COLUMNS`` in ``room`` (less
    the head's gap), each for bones leaning back a little or a lot (a long bone leans further,
    taking width)."""
    room -= look.head_gap
    gap, tick = look.column_gap, look.tick
    widths = {
        min(WIDEST_BOX, (room - look.slant * tall * part + gap) / columns - tick - gap)
        for columns in range(1, MOST_COLUMNS + 1)
        for part in (0.3, 0.5, 0.7)
    }
    return sorted((round(w) for w in widths if w > 0), reverse=True) or [WIDEST_BOX]


def pack(bones: Sequence[Bone], measure: FishMeasure, wide: float, tall: float,
         most: int | None = None) -> list[FishPage]:
    """Bones in pages, in order, as many to a page as fit ``wide`` x ``tall`` (and, given
    ``most``, no more than that): each below the spine under the one before, else above it in
    a column of its own, else below it there."""

    def fits(columns: Sequence[Column]) -> bool:
        bones = sum(b is not None for c in columns for b in c)
        return (measure.tall(columns) <= tall and measure.wide(columns) <= wide
                and (most is None or bones <= most))

    def places(columns: list[Column], bone: Bone) -> list[list[Column]]:
        tried = [[*columns, (bone, None)], [*columns, (None, bone)]]
        if columns and columns[-1][1] is None:
            tried.insert(0, [*columns[:-1], (columns[-1][0], bone)])
        return tried

    def place(columns: list[Column], bone: Bone) -> list[Column] | None:
        return next((c for c in places(columns, bone) if fits(c)), None)

    pages = [FishPage(measure)]
    queue = list(bones)
    while queue:
        bone = queue.pop(0)
        page = pages[-1]
        if (placed := place(page.columns, bone)) is not None:
            page.columns = placed
            continue
        if place([], bone) is not None:  # whole on a page of its own: start one
            pages.append(FishPage(measure, [(bone, None)]))
            continue
        # too long for any page: as many of its causes as fit here, the rest on after it
        keep = _most(bone, page.columns, place)
        if keep == 0:
            page = FishPage(measure)
            pages.append(page)
            keep = max(1, _most(bone, [], place))
        part = replace(bone, causes=bone.causes[:keep])
        page.columns = place(page.columns, part) or [*page.columns, (part, None)]  # cut short
        if keep < len(bone.causes):
            queue.insert(0, replace(bone, causes=bone.causes[keep:], continued=True))
    return [p for p in pages if p.columns] or [FishPage(measure)]


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
