"""The Collect page reads its chosen cards from the selection's ranges: at 10,000 cards
``selectedRows()`` took 0.6 s, asked on every change of the selection (Ctrl+A froze 1.5-3.6 s)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def buttons(page) -> dict[str, bool]:
    return {
        name: getattr(page, f"{name}_button").isEnabled()
        for name in ("edit", "delete", "redact", "fine")
    }


def test_select_all_never_lists_every_row(qtbot, page, monkeypatch):
    selection = page.table.selectionModel()
    asked = []
    monkeypatch.setattr(selection, "selectedRows", lambda *a: asked.append(a) or [])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert buttons(page) == {"edit": False, "delete": True, "redact": True, "fine": True}
    assert page.selected_ids() == ["c1", "c2", "c3", "c4", "c5", "c6"]
    assert asked == []


def test_the_buttons_follow_what_is_chosen(qtbot, page):
    page.select_cards(["c1", "c3"])  # neither held back
    assert buttons(page) == {"edit": False, "delete": True, "redact": False, "fine": False}
    page.select_cards(["c5", "c1"])  # one held back; the first named is current
    assert buttons(page) == {"edit": False, "delete": True, "redact": True, "fine": True}
    assert page.selected_ids() == ["c1", "c5"]
    assert page.table.currentIndex().row() == 4
    page.select_cards(["c2"])
    assert buttons(page) == {"edit": True, "delete": True, "redact": True, "fine": True}
    page.select_cards([])
    assert buttons(page) == {"edit": False, "delete": False, "redact": False, "fine": False}
    page.filter_box.setText("home")  # c3 and c6 shown: their rows are not their cards' rows
    page.filters.apply_words()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert page.selected_ids() == ["c3", "c6"]
    assert buttons(page) == {"edit": False, "delete": True, "redact": False, "fine": False}


def test_delete_every_card_then_undo(qtbot, page, doc, undo):
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert doc.workshop.cards == [] and page.proxy.rowCount() == 0
    assert buttons(page)["delete"] is False
    undo.stack.undo()
    assert page.proxy.rowCount() == 6
