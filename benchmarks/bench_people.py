"""Collect's Person's tags filter and People… with a big workshop (10,000 cards from 2,000 people,
each with a locality and a service type, one in three long enough to wrap onto a second line in
People…'s Service type column): the filter set to a tag ("North", as People…'s "Show cards
with this tag" sets it), its cards and people counted, and put away again; People… opened, and
one person's tag changed in it.

``collect.tag_filter_ms@10000`` is the filter set and counted; ``people.open_ms@2000`` is
People… opened and shown, its columns and rows fitted to the words (30.8 s after e849d7b, when
Qt asked every cell for its size; 0.47 s before it); ``people.tag_edit_ms@2000`` is one tag
changed in it and everything redrawn (4.3 s after e849d7b, 0.16 s before). Each figure is the
median of a few runs on one page.
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
SERVICES = ("home care (personal budget)", "day centre",
            "direct payment (personal assistant) with a carer from the family")


def _workshop(cards: int) -> Workshop:
    """``cards`` cards, five a person, each person in one of seven areas and three services."""
    kinds = (Kind.WORKING, Kind.NOT_WORKING, Kind.FUTURE)
    people = [
        Person(id=f"P{i}", locality=AREAS[i % len(AREAS)], service_type=SERVICES[i % 3])
        for i in range(1, PEOPLE + 1)
    ]
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


def _people_figures(page: CardsPage, found: dict[str, list[float]]) -> None:
    """People… opened from the page and shown, then one person's service type changed."""
    for run in range(RUNS):
        found.setdefault(f"people.open_ms@{PEOPLE}", []).append(_ms(page.open_people))
        dialog = page.people_dialog
        dialog.choose(["P1"])
        value = SERVICES[run % 2]  # another each time: the tag changes
        found.setdefault(f"people.tag_edit_ms@{PEOPLE}", []).append(
            _ms(lambda dialog=dialog, value=value: dialog.set_tag("service_type", value))
        )
        dialog.reject()
        QApplication.processEvents()


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
    _people_figures(page, found)
    page.close()
    return {name: round(statistics.median(values), 1) for name, values in found.items()}
