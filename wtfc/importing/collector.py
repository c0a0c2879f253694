"""Keeps Python's cyclic garbage collector off while an import reads its rows and builds its
cards."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector off for the block, and on again after it only if it was on.

    An import of 100,000 rows reads as many rows and makes as many cards, all kept: the
    collector, started by every few hundred new objects, walks them over and over (a third of
    the time of a big import, on the command line and in tests) and finds no cycle to free.
    The app reads and imports on a worker that already runs with the collector off
    (wtfc/ui/background.py), so there this changes nothing.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
