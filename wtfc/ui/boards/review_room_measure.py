"""The Review room view's rows measured once, not again after every edit.

A theme renamed on a 10,000-card workshop laid the room view out again over its 374 themes and
200 actions: each row's words measured at three column widths, twice (the page label's foot
row), and the pages shared out evenly again, ~250 ms for one changed name. A row's height
depends only on the row (a frozen ``ThemeChange`` or ``PreviousAction``, compared by value, so
the same row of a fresh comparison is found) and the width, and the pages only on the heights,
so each is kept: an edit measures only the rows it changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any
from weakref import WeakKeyDictionary

from wtfc.model.compare import PreviousAction, ThemeChange
from wtfc.model.document import Document
from wtfc.ui.boards.even_pages import even_pages
from wtfc.ui.boards.review_room_pieces import part_height, success_pieces
from wtfc.ui.boards.review_room_rows import action_row_height, fit_most

KEPT_MOST = 50_000  # ~20 measures a row at each canvas size: forgotten past a few hundred sizes


class RowMeasures:
    """``part_height``, ``success_pieces``, ``action_row_height``, ``fit_most`` and
    ``even_pages``, each answer kept for the same question."""

    def __init__(self) -> None:
        self._kept: dict[tuple, Any] = {}

    def _answer(self, key: tuple, work: Callable[[], Any]) -> Any:
        try:
            return self._kept[key]
        except KeyError:
            if len(self._kept) >= KEPT_MOST:
                self._kept.clear()
            answer = self._kept[key] = work()
            return answer

    def part(self, t: ThemeChange, rank: int | None, width: float, most: int,
             pieces: tuple[str, ...], k: int) -> float:
        return self._answer(("part", t, rank, width, most, pieces, k),
                            lambda: part_height(t, rank, width, most, list(pieces), k))

    def pieces(self, t: ThemeChange, rank: int | None, width: float, most: int, success: str,
               first: float, room: float) -> list[str]:
        return list(self._answer(  # (a new list each time: the layout keeps its own)
            ("pieces", t, rank, width, most, success, first, room),
            lambda: tuple(success_pieces(t, rank, width, most, success, first, room))))

    def action(self, a: PreviousAction, width: float, noted: int | None) -> float:
        return self._answer(("action", a, width, noted),
                            lambda: action_row_height(a, width, noted))

    def most(self, a: PreviousAction, width: float, room: float) -> int | None:
        return self._answer(("most", a, width, room), lambda: fit_most(a, width, room))

    def pages(self, heights: Sequence[float], room: float, count: int = 0, *,
              beside: Sequence[float] = ()) -> list[range]:
        """``even_pages``, a new list each time (the layout inserts into its pages)."""
        key = ("pages", tuple(heights), room, count, tuple(beside))
        return list(self._answer(key, lambda: even_pages(heights, room, count, beside=beside)))


# Kept with last time's document, as its comparison is (``review_compared``), and gone with it
_KEPT: WeakKeyDictionary[Document, RowMeasures] = WeakKeyDictionary()


def kept_measures(previous: Document | None) -> RowMeasures:
    """The rows measured for the room views compared with ``previous``: the room view is built
    again at each visit to 8 Review, and then measures only the rows edited since the last."""
    if previous is None:  # (no comparison: nothing to measure)
        return RowMeasures()
    return _KEPT.setdefault(previous, RowMeasures())
