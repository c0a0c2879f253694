"""The Collect page with a big workshop (10,000 cards): opening it, the first keystroke in its
filter box (which also makes each card's words to search), a later keystroke, and sorting by a
column heading.

``collect.open_ms@10000`` is building and showing the page; each figure is the median of a few
runs, each on a new page.
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from benchmarks.bench_wall import _workshop
from wtfc.model.document import Document
from wtfc.ui.cards_page import CardsPage
from wtfc.ui.cards_table import Column
from wtfc.ui.undo import UndoAdapter

RUNS = 3


def _ms(step) -> float:
    start = time.perf_counter()
    step()
    QApplication.processEvents()
    return (time.perf_counter() - start) * 1000


def _type(page, words: str) -> None:
    """Words typed and filtered at once: the box waits for a pause before it filters (as Enter
    does not), so the figure is the filtering the pause then costs, not the keystroke alone."""
    page.filter_box.setText(words)
    page.filters.apply_words()


def run() -> dict[str, float]:
    app = QApplication.instance() or QApplication([])
    doc = Document(_workshop(10_000))
    undo = UndoAdapter(doc)
    found: dict[str, list[float]] = {}
    for _ in range(RUNS):
        start = time.perf_counter()  # built and shown: what "2 Collect" in the stages costs
        page = CardsPage(doc, undo)
        page.resize(1366, 700)
        page.show()
        QApplication.processEvents()
        found.setdefault("collect.open_ms@10000", []).append(
            (time.perf_counter() - start) * 1000)
        for name, step in (
                ("collect.first_key_ms@10000", lambda p=page: _type(p, "c")),
                ("collect.key_ms@10000", lambda p=page: _type(p, "ca")),
                ("collect.clear", lambda p=page: _type(p, "")),
                ("collect.sort_ms@10000", lambda p=page: p.table.sortByColumn(
                    Column.WORDS, Qt.SortOrder.AscendingOrder))):
            found.setdefault(name, []).append(_ms(step))
        page.close()
        page.deleteLater()
        app.processEvents()
    found.pop("collect.clear")
    return {name: round(statistics.median(values), 1) for name, values in found.items()}
