"""What the why-tree's room view measured, kept for the workshop while it is open.

A plan of a 25-cause tree's pages lays the tree out at ~20 box widths and gaps for each page it
might make (70-250 ms on one slow core). The room view is replaced at each choice in the
Theme box and each stage switch, and an edit changes one branch, so most plans ask again what
an earlier plan found. Everything here is keyed by what the boxes show (the causes' words,
marks and teams, the theme's box, who was in each team, the fonts lent), never by ids alone,
so an answer is reused only where a plan made afresh would find the same.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any
from weakref import WeakKeyDictionary

from wtfc.model.document import Document
from wtfc.model.workshop import Cause

# enough for every page tried of a day's priorities at two screen sizes and a few hundred edits;
# past it the oldest half is forgotten (a key holds a page's words: 1-3 KB, so at most ~20 MB)
BESTS_KEPT = 8_000
PLANS_KEPT = 64
LAID_THEMES = 3  # layouts are the bulky part (3-10 MB a 60-cause tree): the last few themes'


def cause_key(cause: Cause) -> tuple:
    """What a cause's box shows that its size follows (as ``cause_height`` keys it)."""
    return (cause.text, cause.root_cause, cause.agreed, cause.category, cause.team)


class _Bounded(dict):
    """A dict that forgets its least recently used half once it holds ``limit`` entries (a
    priority switched back to all day is kept: it was searched afresh late in a long day)."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def keep(self, key: Hashable, value: Any) -> Any:
        if len(self) >= self.limit:
            for old in list(self)[: self.limit // 2]:
                del self[old]
        self[key] = value
        return value

    def get(self, key: Hashable, default: Any = None) -> Any:
        if key not in self:
            return default
        self[key] = value = self.pop(key)  # to the end: used most recently
        return value


class Kept:
    """One workshop's: each page's best style (``TreeMeasure._best``), each whole plan, and
    the layouts of each theme's last two plans (``TreeMeasure.kept``)."""

    def __init__(self) -> None:
        self.bests: _Bounded = _Bounded(BESTS_KEPT)
        self.plans: _Bounded = _Bounded(PLANS_KEPT)
        self.laid: dict[str, tuple[dict[tuple, tuple[float, float]], ...]] = {}
        self.searches = 0  # scale searches made (not found here): the tests count them

    def keep_laid(self, theme_id: str, laid: dict[tuple, tuple[float, float]]) -> None:
        """``laid`` first among ``theme_id``'s last two plans' layouts; the theme last."""
        before = self.laid.pop(theme_id, ())
        while len(self.laid) >= LAID_THEMES:
            del self.laid[next(iter(self.laid))]
        self.laid[theme_id] = (laid, *before[:1])


_KEPT: WeakKeyDictionary[Document, Kept] = WeakKeyDictionary()


def kept_for(doc: Document) -> Kept:
    if doc not in _KEPT:
        _KEPT[doc] = Kept()
    return _KEPT[doc]


def forget() -> None:
    """Everything kept, for every workshop (tests: a view that measures afresh)."""
    _KEPT.clear()
