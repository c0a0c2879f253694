"""One comparison with last time's workshop, shared by the Review board and its room view.

Comparing 10,000 cards a side takes about 0.3 s. The board and the room view each compared for
themselves, and the room view again after every edit (a Looking back answer, a date, the stage
itself): going to 8 Review compared three times for one click. The comparison reads only last
time's workshop, this workshop's title, people, cards and themes, and today's date, so it is
kept with last time's file until one of those changes. Parts are replaced, never changed in
place (``document.py``), so the same parts in the same order are the same inputs.

The room view's copy of it (last time's words as their kinds until the facilitator says they are
fine) and its pages at each canvas size are kept beside it: the room view is built again at
each visit to 8 Review, and laying out 374 themes and 200 actions took ~0.4 s each time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any
from weakref import WeakKeyDictionary

from wtfc.model.compare import WorkshopComparison, compare_workshops
from wtfc.model.document import Document
from wtfc.model.last_time_yardsticks import Yardsticks, yardsticks
from wtfc.ui.boards.review_last_words import (
    flagged_words,
    hidden_in_room,
    room_comparison,
    room_yardsticks,
)

# Kept with last time's document (the board and the room view hold the same one) and gone with
# it when another file is opened; one comparison each: the one for the workshop as it is now.
_KEPT: WeakKeyDictionary[Document, tuple[tuple, WorkshopComparison]] = WeakKeyDictionary()
_ROOM: WeakKeyDictionary[Document, RoomCopy] = WeakKeyDictionary()


@dataclass
class RoomCopy:
    """The comparison as the room may see it, and the room view's pages of it."""

    made_from: tuple  # the shared comparison, last time's, whether its words are hidden, names
    result: WorkshopComparison
    marks: Yardsticks  # last time's yardsticks, as the room may see them
    laid_for: tuple = ()  # what the pages were laid out for, besides the canvas
    laid: dict[tuple[float, float], Any] = field(default_factory=dict)  # canvas → pages


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


def room_copy(previous: Document, current: Document, today: dt.date) -> RoomCopy:
    """The shared comparison as the room view draws it, made again only when it changed, or
    last time's words were said to be fine (or hidden again), or the names to watch changed."""
    shared = shared_comparison(previous, current, today)
    # last time's workshop too: its yardsticks and date are the room's, not the comparison's
    made_from = (shared, previous.workshop, hidden_in_room(previous), current.names_to_watch)
    kept = _ROOM.get(previous)
    if kept is None or kept.made_from != made_from:
        result, marks = shared, yardsticks(previous.workshop)
        if made_from[2]:  # last time's words hidden until the facilitator says
            flagged = flagged_words(previous.workshop, current.workshop, current.names_to_watch)
            result = room_comparison(result, flagged)
            marks = room_yardsticks(marks, flagged)
        kept = _ROOM[previous] = RoomCopy(made_from, result, marks)
    return kept
