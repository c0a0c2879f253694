"""The Collect page on a laptop's screen, at 100% and at 150%: the words keep room to be read,
why a card is held back shows without scrolling, the buttons and filters are whole, and the
count beside the heading wraps where it reads well."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_workshop, save_render
from collect_helpers import cell, shown_ids
from PySide6.QtCore import Qt

from wtfc.model.document import Document
from wtfc.ui.cards_table import Column


def test_the_words_column_stays_readable_on_a_small_screen(page):
    """On a 1366-wide laptop the other columns left the words 34 px: now the words keep room
    to be read and the table scrolls sideways to the rest."""
    page.resize(1100, 700)
    assert page.table.columnWidth(Column.WORDS) >= 380
    page.resize(2400, 900)
    others = sum(page.table.columnWidth(c) for c in Column if c != Column.WORDS)
    assert page.table.columnWidth(Column.WORDS) == page.table.viewport().width() - others


def test_why_a_card_is_held_back_shows_without_scrolling_on_a_laptop(shown_page):
    """At 1366×768 the Collect page is about 1130 wide: the flagged words used to be the
    seventh column, past Source, and the row only tinted."""
    page = shown_page(1130, 690)
    viewport = page.table.viewport().rect()
    for card_id in ("c2", "c5"):
        row = shown_ids(page).index(card_id)
        for column in (Column.KIND, Column.WORDS, Column.PERSON, Column.DETAILS):
            assert viewport.contains(page.table.visualRect(page.proxy.index(row, column)))
    # read right after the words they are about, who said them first (test_cards_narrow)
    assert (Column.PERSON, Column.DETAILS) == (Column.WORDS + 1, Column.WORDS + 2)
    # not by colour alone: a held-back card's first cell says so too
    assert cell(page, "c2", Column.KIND) == "⚠ ✗ Not working"
    assert cell(page, "c5", Column.KIND) == "⚠ ★ Future"
    assert cell(page, "c1", Column.KIND) == "✗ Not working"
    row = shown_ids(page).index("c2")
    spoken = page.proxy.index(row, Column.KIND).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Kind: Not working, held back"
    save_render(page, "collect_page_laptop")


@pytest.mark.parametrize("width", [675, 727])
def test_on_a_laptop_at_150_percent_the_buttons_and_filter_are_whole(squeezed_page, width):
    """A 1366×768 laptop at 150% (911 logical pixels wide) leaves the page ~675-727 px: the
    seven buttons in one row read "ort statemer", "te from Exc", "Mark as fin" and the filter
    box "Fil…". The groups now go onto a second row."""
    from PySide6.QtWidgets import QPushButton

    page = squeezed_page(width, 493)  # as the main window's stage page
    shown = [b for b in page.findChildren(QPushButton) if b.isVisible() and b.text()]
    assert {page.import_button, page.paste_button, page.fine_button} <= set(shown)
    for widget in (
        *shown,
        page.filter_box,
        page.kind_filter,
        page.held_back_only,
        page.show_held_back,
    ):
        place = widget.mapTo(page, widget.rect().topRight())
        assert widget.width() >= widget.sizeHint().width(), widget.accessibleName()
        assert 0 <= place.x() < width, widget.accessibleName()
    hint = page.filter_box.placeholderText()
    assert page.filter_box.width() > page.filter_box.fontMetrics().horizontalAdvance(hint)
    # the rows below the buttons start below them, not over them
    assert (
        page.filter_box.mapTo(page, page.filter_box.rect().topLeft()).y()
        > page.fine_button.mapTo(page, page.fine_button.rect().bottomLeft()).y()
    )
    assert (
        page.table.mapTo(page, page.table.rect().topLeft()).y()
        > page.show_held_back.mapTo(page, page.show_held_back.rect().bottomLeft()).y()
    )


def test_the_count_wraps_after_the_comma_of_cards_with_no_person(shown_page):
    """ "96 cards from 16 people, 10 with no person recorded" was one unbreakable run, cut at
    150% scaling on a 1366×768 laptop."""
    ws = collect_workshop()
    doc = Document(
        ws.model_copy(
            update={
                "cards": [
                    c.model_copy(update={"person": ""}) if i % 2 else c
                    for i, c in enumerate(ws.cards)
                ]
            }
        )
    )
    page = shown_page(other=doc)
    text = page.summary.text()
    assert "with\u00a0no\u00a0person\u00a0recorded" in text
    assert ", " in text  # a place to wrap after the comma


def test_a_wrapped_count_line_never_starts_with_its_separator(page):
    """At 150% on a 1366×768 laptop the count beside the heading takes two or three lines;
    a line began "· ✗ Not working 32". Each "·" keeps to the count before it, at any width."""
    from PySide6.QtGui import QTextDocument

    layout = QTextDocument()
    layout.setDefaultFont(page.summary.font())
    layout.setHtml(page.summary.text())
    for width in range(240, 700, 4):  # (narrower, a count alone is wider than the line)
        layout.setTextWidth(width)
        layout.size()  # laid out now
        block = layout.begin()
        text, lines = block.text(), block.layout()
        for n in range(lines.lineCount()):
            assert not text[lines.lineAt(n).textStart() :].lstrip().startswith("·"), width
