"""With "Only cards held back" ticked, the last card decided leaves the table empty: it says
what next, "All checked… Next: 3 Theme (Ctrl+3)", where it stayed an empty table with nothing
said (review 24 firsttime F6)."""

from __future__ import annotations

from wtfc.ui.cards_page import ALL_CHECKED


def _hint_shown(page) -> bool:
    hint = page._over_table
    return hint is not None and hint.isVisible() and hint.text() == ALL_CHECKED


def test_the_emptied_held_back_table_says_what_next_and_undo_takes_it_away(page, undo):
    page.held_back_only.setChecked(True)
    assert page.proxy.rowCount() == 2 and not _hint_shown(page)
    page.table.selectAll()
    page.redact_selected()
    assert page.proxy.rowCount() == 0
    assert _hint_shown(page)
    assert "Next: 3 Theme (Ctrl+3)" in ALL_CHECKED
    # the words sit in the table, inside its viewport
    hint, seen = page._over_table, page.table.viewport().geometry()
    assert seen.contains(hint.geometry().topLeft())
    undo.stack.undo()  # held back again: the rows come back, the words go
    assert page.proxy.rowCount() == 2 and not _hint_shown(page)
    undo.stack.redo()
    assert _hint_shown(page)
    page.held_back_only.setChecked(False)  # every card shown again
    assert not _hint_shown(page)


def test_nothing_said_while_cards_are_still_held_back(page):
    page.held_back_only.setChecked(True)
    page.table.selectRow(0)
    page.mark_selected_fine()
    assert page.proxy.rowCount() == 1 and not _hint_shown(page)
