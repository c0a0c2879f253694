"""Words in Collect's filter that match no card: the table says so and how to see every card
again, and the heading counts the cards shown ("0 of 96 cards"), where the table stood blank
under "96 cards from 16 people" with nothing said (review smoke24 F4)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.renders import save_render
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop

MISSED = "No card has these words: zzzz cafes. Esc clears the filter."


def _said(page) -> str:
    hint = page._over_table
    return hint.text() if hint is not None and hint.isVisible() else ""


def _heading(page) -> str:
    return page.summary.text().replace("\xa0", " ")  # it wraps between counts only


def _filter(page, qtbot, words: str) -> None:
    page.filter_box.setFocus()
    qtbot.waitUntil(page.filter_box.hasFocus)
    page.filter_box.setText(words)
    page.filters.apply_words()


def test_a_filter_that_matches_nothing_says_so_and_esc_brings_every_card_back(
        shown_page, qtbot):
    page = shown_page(1366, 768, other=Document(load_workshop(demo_path()).workshop))
    total = len(page.doc.workshop.cards)
    assert f"<b>{total} cards</b>" in _heading(page) and not _said(page)
    _filter(page, qtbot, "  zzzz   cafes ")
    assert page.proxy.rowCount() == 0
    assert _said(page) == MISSED
    hint, seen = page._over_table, page.table.viewport().geometry()
    assert seen.contains(hint.geometry().topLeft())  # in the table, not over the filter row
    assert f"<b>0 of {total} cards</b>" in _heading(page)
    save_render(page, "collect-filter-matches-nothing")
    _filter(page, qtbot, "carer")  # some shown, counted, no words over them
    shown = page.proxy.rowCount()
    assert 0 < shown < total and not _said(page)
    assert f"<b>{shown} of {total} cards</b>" in _heading(page)
    _filter(page, qtbot, "zzzz")
    qtbot.keyClick(page.filter_box, Qt.Key.Key_Escape)
    assert page.filter_box.text() == "" and page.proxy.rowCount() == total
    assert not _said(page) and f"<b>{total} cards</b>" in _heading(page)


def test_esc_in_the_table_clears_the_words_too(shown_page, qtbot):
    page = shown_page()
    _filter(page, qtbot, "zzzz")
    assert page.proxy.rowCount() == 0 and _said(page).startswith("No card has these words: zzzz")
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)
    assert page.proxy.rowCount() == len(page.doc.workshop.cards) and not _said(page)


def test_no_words_but_no_card_shown_says_how_to_see_them_all(shown_page):
    page = shown_page()
    page.proxy.set_people(frozenset())  # a person's tag that no one has
    assert page.proxy.rowCount() == 0
    assert _said(page) == "No card fits the filter: choose All kinds, or Everyone's cards."
    page.proxy.set_people(None)
    assert not _said(page)
