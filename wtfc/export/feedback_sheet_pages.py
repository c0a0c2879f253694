"""The feedback sheet's pages shared out so that its last page is not near-empty.

Filling each page before starting the next left a sheet whose actions ran just past a page with
one action on its last page, under "(continued)", and 85% of it blank: a reader turns over for
one line. When the last page is less than ``NEAR_EMPTY`` full, the sheet is made again with the
page before it ended earlier, before one of its whole blocks (an action, a priority's name with
its first action: a ``KeepTogether``, so no action is ever cut across pages), the one that
leaves the two pages most alike in height, as the room view's ``even_pages`` shares its rows.
It is kept only if it has no more pages than the first; most sheets are made once.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import BaseDocTemplate, Flowable, KeepTogether, PageBreak

NEAR_EMPTY = 0.25  # of a page's height for words


@dataclass(frozen=True)
class _Placed:
    page: int
    top: float  # where the frame stood before it was drawn (its space before included)
    bottom: float  # and after
    block: int | None  # the story's block it starts, when it starts one


@dataclass(frozen=True)
class _Made:
    pdf: bytes
    placed: list[_Placed]
    top: float  # the frame's top and bottom edge
    bottom: float

    @property
    def pages(self) -> int:
        return max((x.page for x in self.placed), default=1)

    def fill(self, page: int) -> float:
        """How far down ``page`` its words reach."""
        return self.top - min((x.bottom for x in self.placed if x.page == page),
                              default=self.top)


def build_evenly(
    story: Callable[[], list[Flowable]],
    make_doc: Callable[[io.BytesIO], BaseDocTemplate],
    canvasmaker: type,
) -> bytes:
    """The PDF of ``story()`` (made afresh for each try: reportlab uses its flowables up) in
    the document ``make_doc`` makes, its last page not near-empty where the one before can
    give it some of its blocks."""
    made = _build(story, make_doc, canvasmaker)
    cut = _even_cut(made)
    if cut is None:
        return made.pdf
    again = _build(story, make_doc, canvasmaker, break_before=cut)
    return again.pdf if again.pages <= made.pages else made.pdf


def _even_cut(made: _Made) -> int | None:
    """The block to start the last page with instead, or None: the last page is full enough,
    or no block of the page before would make the two more alike."""
    last = made.pages
    room = made.top - made.bottom
    if last < 2 or made.fill(last) >= NEAR_EMPTY * room:
        return None
    before = [x for x in made.placed if x.page == last - 1]
    end = min(x.bottom for x in before)
    best, best_gap = None, abs(made.fill(last - 1) - made.fill(last))
    for x in before[1:]:  # a break before the page's first block moves nothing
        if x.block is None:
            continue
        moved = x.top - end
        then_last, then_before = made.fill(last) + moved, made.fill(last - 1) - moved
        if then_last <= room and abs(then_before - then_last) < best_gap:
            best, best_gap = x.block, abs(then_before - then_last)
    return best


def _build(
    story: Callable[[], list[Flowable]],
    make_doc: Callable[[io.BytesIO], BaseDocTemplate],
    canvasmaker: type,
    *,
    break_before: int | None = None,
) -> _Made:
    buffer = io.BytesIO()
    doc = make_doc(buffer)
    flowables = story()
    # A KeepTogether is drawn as its parts: a block is known by its first part.
    starts = {id(x._content[0]): n for n, x in enumerate(flowables)
              if isinstance(x, KeepTogether) and x._content}
    if break_before is not None:
        flowables.insert(break_before, PageBreak())
    placed: list[_Placed] = []
    edges: list[float] = []

    def after(flowable: Flowable) -> None:
        frame = getattr(doc, "frame", None)
        if frame is None:  # an action (a page break) before the first page has begun
            return
        if not edges:
            edges[:] = [frame._y1 + frame._height - frame._topPadding,
                        frame._y1 + frame._bottomPadding]
        page = doc.page
        top = placed[-1].bottom if placed and placed[-1].page == page else edges[0]
        placed.append(_Placed(page, top, frame._y, starts.get(id(flowable))))

    doc.afterFlowable = after  # type: ignore[method-assign]  # reportlab's hook, per document
    doc.build(flowables, canvasmaker=canvasmaker)
    top, bottom = edges or (0.0, 0.0)
    return _Made(buffer.getvalue(), placed, top, bottom)
