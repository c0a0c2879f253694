"""What a screen reader hears on Collect, where the keyboard lands in the cards table.

The count line above the table ("6 cards from 3 people · ✓ Working 2 · …") was a label Tab
never reached; a filter leaving some cards, and a Delete, changed the table without a word; the
Kind cell read its symbol ("ballot x Not working"); Tab went from the table to the stage panel
and came back to the page's buttons afterwards."""

from __future__ import annotations

import pytest
from collect_helpers import filter_by, shown_ids
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from spoken_checks import catch_announcements, described

from wtfc.model.workshop import Stage
from wtfc.ui import cards_filter_bar, cards_said
from wtfc.ui.cards_table import Column

# The two pauses a fifth of their size (the page reads them when it is made): the tests wait
# each out, 7.5 s a run at full size, and what they prove is the order, not the length.
TYPING_MS, SAY_MS = 30, 140  # the filter after 150 ms of no typing, the count 700 ms after it
KEY_GAP_MS = 80  # as 250: over the filter's pause, far under the count's
QUIET_MS = 400  # as 1000-1200: long after the count would have come a second time


@pytest.fixture(autouse=True)
def short_pauses(monkeypatch):
    monkeypatch.setattr(cards_filter_bar, "TYPING_PAUSE_MS", TYPING_MS)
    monkeypatch.setattr(cards_said, "SAY_AFTER_MS", SAY_MS)


def test_the_table_is_described_by_the_count_line_in_words(page, qtbot):
    assert described(page.table) == (
        "6 cards from 3 people; Working 2; Not working 2; Future 2; 2 held back. "
        "Every card; click a heading to sort")
    filter_by(qtbot, page, "carers")  # kept up to date
    # the people of the card shown, not all three (review R6 M1)
    assert described(page.table).startswith("1 of 6 cards from 1 person; Working 2;")


def test_a_filter_says_how_many_cards_it_leaves(page, qtbot, monkeypatch):
    said = catch_announcements(monkeypatch)
    filter_by(qtbot, page, "carers")
    qtbot.waitUntil(lambda: said == ["1 of 6 cards shown."], timeout=2000)
    page.kind_filter.setCurrentIndex(page.kind_filter.findText("★ Future"))
    qtbot.waitUntil(lambda: said[-1] == "0 of 6 cards shown.", timeout=2000)
    page.kind_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: said[-1] == "1 of 6 cards shown.", timeout=2000)
    filter_by(qtbot, page, "")
    qtbot.waitUntil(lambda: said[-1] == "All 6 cards shown.", timeout=2000)


def test_typing_a_filter_says_one_count_once_the_typing_pauses(page, qtbot, monkeypatch):
    """At 250 ms a key each letter was counted aloud over the echo of the typing, the same
    count again and again ("1 of 95", "1 of 95", "1 of 95")."""
    said = catch_announcements(monkeypatch)
    page.filter_box.setFocus()
    for letter in "carers":  # the table follows each pause; the count waits for the last
        qtbot.keyClick(page.filter_box, letter)
        qtbot.wait(KEY_GAP_MS)
    assert page.proxy.rowCount() == 1 and said == []
    qtbot.waitUntil(lambda: said == ["1 of 6 cards shown."], timeout=2000)
    qtbot.keyClick(page.filter_box, "x")  # "carersx": none
    # the table follows it before Backspace (its count not yet said): pressed within the
    # typing pause, the filter never changed and the same count was never asked for again
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 0, timeout=2000)
    qtbot.keyClick(page.filter_box, Qt.Key.Key_Backspace)  # back to the count just said
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=2000)
    qtbot.wait(QUIET_MS)
    assert said == ["1 of 6 cards shown."]  # not said twice
    qtbot.keyClick(page.filter_box, Qt.Key.Key_Return)  # asked for: said at once, again
    assert said == ["1 of 6 cards shown."] * 2
    qtbot.keyClick(page.filter_box, "x")
    page.filters.clear_words()  # Esc, before the pause ran out: every card, said at once
    assert said[-1] == "All 6 cards shown."
    qtbot.wait(QUIET_MS)
    assert said[2:] == ["All 6 cards shown."]


def test_delete_says_what_went_and_that_undo_brings_it_back(page, undo, monkeypatch):
    said = catch_announcements(monkeypatch)
    page.select_cards(["c6"])
    page.delete_selected()
    assert said == ["Deleted P03's Future card: Undo brings it back."]  # its words never
    undo.stack.undo()
    page.select_cards(["c1", "c6"])
    page.delete_selected()
    assert said[-1] == "Deleted 2 cards: Undo brings them back."
    undo.stack.undo()
    undo.stack.redo()
    assert "c1" not in shown_ids(page)


def test_the_kind_cell_is_read_in_words(page):
    row = shown_ids(page).index("c6")
    index = page.proxy.index(row, Column.KIND)
    assert index.data() == "★ Future"  # the eye keeps its symbol
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == "Kind: Future"


def test_tab_goes_through_the_page_before_the_stage_panel(demo_window, qtbot):
    window = demo_window
    window.go_to_stage(Stage.COLLECT, focus=True)
    page = window.page(Stage.COLLECT)
    qtbot.waitUntil(page.table.hasFocus)
    stops = []
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    first_out = next(i for i, w in enumerate(stops) if not page.isAncestorOf(w))
    assert stops[:3] == [page.import_button, page.paste_button, page.add_button]
    assert page.filter_box in stops[:first_out] and page.kind_filter in stops[:first_out]
    assert window.stage_side.isAncestorOf(stops[first_out])  # then out, to the stage panel
    assert page.table in stops[first_out:]  # and round again
