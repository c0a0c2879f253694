"""The Collect table sorted by a heading and filtered by words, kind or held back: the chosen
card is kept and followed, and edits (and their undo) show at once."""

from __future__ import annotations

from collect_helpers import cell, filter_by, shown_ids
from PySide6.QtCore import Qt

from wtfc.model.workshop import Kind, Workshop
from wtfc.ui.cards_table import CARD_ID_ROLE, Column


def test_a_sorted_table_keeps_the_chosen_card_and_follows_edits(page, doc, undo):
    from wtfc.model.operations.cards import edit_card

    page.table.sortByColumn(Column.WORDS, Qt.SortOrder.AscendingOrder)
    words = [cell(page, c, Column.WORDS) for c in shown_ids(page)]
    assert words == sorted(words, key=str.casefold)
    assert shown_ids(page)[0] == "c2"  # "[name] never comes…": what is shown is sorted
    page.select_cards(["c4"])
    page.table.sortByColumn(Column.WORDS, Qt.SortOrder.DescendingOrder)
    assert shown_ids(page)[0] == "c4" and page.selected_ids() == ["c4"]  # "The lunch club…"
    undo.push(edit_card(doc, card_id="c1", text="Zero carers came"))  # now first, descending
    assert shown_ids(page)[0] == "c1"
    undo.stack.undo()
    assert shown_ids(page)[0] == "c4" and shown_ids(page)[-1] == "c2"
    undo.stack.redo()
    assert shown_ids(page)[0] == "c1" and page.selected_ids() == ["c4"]
    page.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the workshop's own order
    assert shown_ids(page) == ["c1", "c2", "c3", "c4", "c5", "c6"]


def test_sort_by_a_heading_and_filter(qtbot, page):
    page.table.sortByColumn(Column.KIND, Qt.SortOrder.AscendingOrder)
    assert shown_ids(page)[:2] == ["c1", "c2"] and set(shown_ids(page)[2:4]) == {"c3", "c4"}
    page.table.sortByColumn(Column.DETAILS, Qt.SortOrder.AscendingOrder)
    assert set(shown_ids(page)[:2]) == {"c2", "c5"}
    page.held_back_only.setChecked(True)
    assert sorted(shown_ids(page)) == ["c2", "c5"]
    page.held_back_only.setChecked(False)
    filter_by(qtbot, page, "home")  # words or tags
    assert sorted(shown_ids(page)) == ["c3", "c6"]
    filter_by(qtbot, page, "")
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(Kind.FUTURE.value))
    assert shown_ids(page) == ["c5", "c6"]


def test_the_filter_follows_edits_to_words_and_kinds(qtbot, page, doc, undo):
    """The filter keeps each card's words to search (asking every cell on every keystroke took
    seconds at 10,000 cards): an edit must still show at once, and its undo."""
    from wtfc.model.operations.cards import edit_card

    filter_by(qtbot, page, "Allotment")
    assert shown_ids(page) == []
    undo.push(edit_card(doc, card_id="c4", text="My allotment keeps me going"))
    assert shown_ids(page) == ["c4"]
    filter_by(qtbot, page, "future")  # the Kind column's words count too
    future = set(shown_ids(page))
    assert "c4" not in future
    undo.push(edit_card(doc, card_id="c4", kind=Kind.FUTURE))
    assert set(shown_ids(page)) == future | {"c4"}
    undo.stack.undo()
    assert set(shown_ids(page)) == future


def test_a_sorted_table_scrolls_to_the_chosen_card_when_an_edit_moves_it(shown_page):
    from wtfc.model.document import Document
    from wtfc.model.operations.cards import edit_card
    from wtfc.model.workshop import Card

    doc = Document(
        Workshop(
            cards=[
                Card(id=f"k{i:03}", kind=Kind.WORKING, text=f"Card {i:03} about the day centre")
                for i in range(200)
            ]
        )
    )
    page = shown_page(1200, 600, other=doc)
    page.table.sortByColumn(Column.WORDS, Qt.SortOrder.AscendingOrder)
    page.select_cards(["k000"])
    page.undo.push(edit_card(doc, card_id="k000", text="Zzz, my carer never comes"))
    current = page.table.currentIndex()
    assert current.data(CARD_ID_ROLE) == "k000" and current.row() == 199
    assert page.table.viewport().rect().intersects(page.table.visualRect(current))
