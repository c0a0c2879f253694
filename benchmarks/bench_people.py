"""Collect's Person's tags filter with a big workshop (10,000 cards from 2,000 people, each with
a locality): the filter set to a tag ("North", as People…'s "Show cards with this tag" sets
it), its cards and people counted, and put away again.

``collect.tag_filter_ms@10000`` is the filter set and counted; each figure is the median of a
few runs on one page.
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Person, Workshop
from wtfc.ui.cards_page import CardsPage
from wtfc.ui.undo import UndoAdapter

RUNS = 3
PEOPLE = 2_000
AREAS = ("North", "South", "East Moor", "Old Town", "Riverside", "Northfield", "Hillside")


def _workshop(cards: int) -> Workshop:
    """``cards`` cards, five a person, each person in one of seven areas."""
    kinds = (Kind.WORKING, Kind.NOT_WORKING, Kind.FUTURE)
    people = [Person(id=f"P{i}", locality=AREAS[i % len(AREAS)]) for i in range(1, PEOPLE + 1)]
    return Workshop(
        people=people,
        cards=[
            Card(
                id=f"c{i}",
                kind=kinds[i % 3],
                text=f"Statement {i} about care",
                person=f"P{i % PEOPLE + 1}",
            )
            for i in range(cards)
        ],
    )


def _ms(step) -> float:
    start = time.perf_counter()
    step()
    QApplication.processEvents()
    return (time.perf_counter() - start) * 1000


def run() -> dict[str, float]:
    app = QApplication.instance() or QApplication([])
    doc = Document(_workshop(10_000))
    page = CardsPage(doc, UndoAdapter(doc))
    page.resize(1366, 700)
    page.show()
    app.processEvents()
    found: dict[str, list[float]] = {}
    for _ in range(RUNS):
        found.setdefault("collect.tag_filter_ms@10000", []).append(
            _ms(lambda: page.person_tags.show_tag("North"))
        )
        found.setdefault("collect.tag_filter_off_ms@10000", []).append(
            _ms(lambda: page.person_tags.show_tag(""))
        )
    page.close()
    return {name: round(statistics.median(values), 1) for name, values in found.items()}
