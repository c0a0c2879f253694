"""One comparison with last time's workshop, shared by the Review board and its room view.

Comparing 10,000 cards a side takes about 0.3 s. The board and the room view each compared for
themselves, and the room view again after every edit (a Looking back answer, a date, the stage
itself): going to 8 Review compared three times for one click. The comparison reads only last
time's workshop, this workshop's title, people, cards and themes, and today's date, so it is
kept with last time's file until one of those changes. Parts are replaced, never changed in
place (``document.py``), so the same parts in the same order are the same inputs.
"""

from __future__ import annotations

import datetime as dt
from weakref import WeakKeyDictionary

from wtfc.model.compare import WorkshopComparison, compare_workshops
from wtfc.model.document import Document

# Kept with last time's document (the board and the room view hold the same one) and gone with
# it when another file is opened; one comparison each: the one for the workshop as it is now.
_KEPT: WeakKeyDictionary[Document, tuple[tuple, WorkshopComparison]] = WeakKeyDictionary()


def _inputs(previous: Document, current: Document, today: dt.date) -> tuple:
    then, now = previous.workshop, current.workshop
    return (then, now.title, today, tuple(now.people), tuple(now.cards), tuple(now.themes))


def shared_comparison(previous: Document, current: Document, today: dt.date
                      ) -> WorkshopComparison:
    """``compare_workshops`` of last time's and this workshop, compared again only when what it
    reads has changed since it was last asked for."""
    inputs = _inputs(previous, current, today)
    kept = _KEPT.get(previous)
    # a tuple compares each part by identity first, so an unchanged workshop costs ~1 ms
    if kept is None or kept[0] != inputs:
        kept = inputs, compare_workshops(previous.workshop, current.workshop, today=today)
        _KEPT[previous] = kept
    return kept[1]
