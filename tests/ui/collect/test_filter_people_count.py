"""Collect's count line under a words filter counts the people of the cards shown: "P1" also
finds P10-P16's cards, and the line said "42 of 96 cards from 16 people", all the workshop's
people, so nothing showed that 7 people were in view (review R6 M1)."""

from __future__ import annotations

import pytest
from collect_helpers import summary
from PySide6.QtCore import Qt

from tests.ui.settled import settle, until
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop


@pytest.fixture
def doc():
    return Document(load_workshop(demo_path()).workshop)


def test_a_words_filter_counts_the_people_of_the_cards_shown(qtbot, page):
    qtbot.keyClicks(page.filter_box, "P1")
    qtbot.keyClick(page.filter_box, Qt.Key.Key_Return)
    until(qtbot, lambda: not page.filters.waiting, timeout=2000)
    settle()
    shown = page.proxy.rowCount()
    people = {page.model.card_at(page.proxy.mapToSource(page.proxy.index(row, 0)).row()).person
              for row in range(shown)}
    assert len(people) == 7  # P1 and P10-P16
    line = summary(page).replace("<b>", "").replace("</b>", "")
    assert line.startswith(f"{shown} of 96 cards from 7 people")
    assert "16 people" not in line
    said = page.table.accessibleDescription()
    assert said.startswith(f"{shown} of 96 cards from 7 people;")  # a screen reader hears it
    page.filter_box.clear()
    qtbot.keyClick(page.filter_box, Qt.Key.Key_Return)
    until(qtbot, lambda: page.proxy.rowCount() == 96, timeout=2000)
    settle()
    assert summary(page).startswith("<b>96 cards</b> from 16 people")
