"""At 1366x768 the Collect page cut most cards' words: Words sat at its 380 px least while the
"⚠ Personal details?" column (210 px, blank for 94 of the demo's 96 cards) and the empty
"Names to watch for" box (260 px) took ~470 px. Now the box folds away while empty (a button
opens it) and the details column is as wide as what it says."""

from __future__ import annotations

import pytest
from collect_fixtures import save_render
from PySide6.QtCore import Qt

from wtfc.model.document import Document
from wtfc.model.operations.cards import add_card, clear_card_details
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui.card_guard import details_in
from wtfc.ui.cards_table import Column


def in_view(page, column: Column) -> bool:
    rect = page.table.visualRect(page.proxy.index(0, column))
    return page.table.viewport().rect().contains(rect)


@pytest.mark.parametrize("width", [1130, 870, 680])  # the page at 100%, 125%, 150% of 1366
def test_the_words_get_the_room_on_a_laptop(shown_page, width):
    page = shown_page(width, 600)
    save_render(page, f"collect_room_for_words_{width}")
    assert not page.watch_names.isVisible() and page.names_fold.button.isVisible()
    words = page.table.columnWidth(Column.WORDS)
    if width == 1130:  # every column on one screen, its words whole beside the others
        assert all(in_view(page, c) for c in Column)  # Tags, Source, Themes too (was > 600 px
        metrics = page.table.fontMetrics()  # of words, the last three a scroll away)
        assert all(metrics.horizontalAdvance(card.text) + 16 <= words
                   for card in page.doc.workshop.cards)
    assert words >= 380 and in_view(page, Column.WORDS)  # at 150% the words ran off the side
    # the details column no wider than its heading or its words ("⚠ [phone]")
    heading = page.table.horizontalHeader().sectionSizeFromContents(Column.DETAILS).width()
    assert (
        page.table.columnWidth(Column.DETAILS) == min(heading, 210)
        or page.table.columnWidth(Column.DETAILS) < 210
    )


def test_the_details_column_follows_what_it_has_to_say(shown_page):
    doc = Document(Workshop(cards=[Card(id="a", kind=Kind.WORKING, text="The lunch club")]))
    page = shown_page(1130, 600, other=doc)
    undo = page.undo
    assert page.table.isColumnHidden(Column.DETAILS)  # no card has a finding
    wide = page.table.columnWidth(Column.WORDS)
    page.names_box.setPlainText("Mrs Jones")  # names put in: the box shows
    assert page.watch_names.isVisible()
    words = "Mrs Jones is lovely and a very kind neighbour"
    undo.push(
        add_card(
            doc,
            kind=Kind.WORKING,
            text=words,
            person="",
            source="Typed in",
            personal_details=details_in(words, ["Mrs Jones"]),
        )
    )
    assert doc.workshop.cards[-1].held_back
    assert not page.table.isColumnHidden(Column.DETAILS)
    assert page.proxy.index(1, Column.DETAILS).data() == "⚠ [name]"
    held = page.table.columnWidth(Column.WORDS)
    assert held < wide
    undo.push(clear_card_details(doc, card_ids=[doc.workshop.cards[-1].id]))  # marked fine
    heading = page.table.horizontalHeader().sectionSizeFromContents(Column.DETAILS).width()
    assert page.table.columnWidth(Column.DETAILS) == heading  # "Marked fine: …" cut, tooltip
    undo.stack.undo()
    undo.stack.undo()
    assert page.table.isColumnHidden(Column.DETAILS)
    assert page.table.columnWidth(Column.WORDS) > held  # the details' room back


def test_the_names_box_opens_and_folds_from_the_keyboard(qtbot, shown_page, doc):
    page = shown_page(1130, 600)
    page.activateWindow()
    fold = page.names_fold.button
    assert fold.text() == "&Names to watch for…" and fold.accessibleName()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.watch_names.isVisible)
    qtbot.waitUntil(page.names_box.hasFocus)  # straight into the box, to paste
    assert page.watch_names.width() >= 260
    qtbot.keyClicks(page.names_box, "Grimshaw")
    fold.click()  # folded with names in it: they stay in use, and the button says so
    assert not page.watch_names.isVisible() and fold.hasFocus()
    assert page.names() == ["Grimshaw"] and fold.text() == "&Names to watch for (1)…"
    page.check_button.click()
    assert doc.card("c3").held_back
