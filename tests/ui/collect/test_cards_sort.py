"""The Collect table's sort by a heading: people's codes and rows in the order a person counts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Person, Workshop
from wtfc.ui.cards_table import Column


@pytest.fixture
def doc():
    cards = [
        Card(
            id=f"c{i}",
            kind=Kind.WORKING,
            text=f"words {i}",
            person=f"P{i}",
            source=f"reviews.xlsx, row {i + 1}",
        )
        for i in (1, 10, 2, 11, 20)
    ]
    cards.append(Card(id="c0", kind=Kind.WORKING, text="no person"))
    return Document(Workshop(people=[Person(id=c.person) for c in cards if c.person], cards=cards))


def column_of(page, column: Column) -> list[str]:
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


def test_people_and_rows_sort_by_their_number(shown_page):
    """P1, P10, P11, P2 read as a muddle: the code's number counts as a number."""
    page = shown_page(1400, 600)
    page.table.sortByColumn(Column.PERSON, Qt.SortOrder.AscendingOrder)
    assert column_of(page, Column.PERSON) == ["", "P1", "P2", "P10", "P11", "P20"]
    page.table.sortByColumn(Column.PERSON, Qt.SortOrder.DescendingOrder)
    assert column_of(page, Column.PERSON) == ["P20", "P11", "P10", "P2", "P1", ""]
    page.table.sortByColumn(Column.SOURCE, Qt.SortOrder.AscendingOrder)
    assert [s.rsplit(" ", 1)[-1] for s in column_of(page, Column.SOURCE)][1:] == [
        "2",
        "3",
        "11",
        "12",
        "21",
    ]
