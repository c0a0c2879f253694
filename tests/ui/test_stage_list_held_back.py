"""The stage list's Collect entry says how many cards are held back, from every stage: they
stay off the projector and out of exports until redacted or marked as fine on Collect. The demo
holds back c45 ("Mrs Patel…") and c52 (a phone number)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wtfc.model.operations.cards import clear_card_details, redact_card
from wtfc.model.workshop import Stage, Workshop

ROLE = Qt.ItemDataRole


def collect_entry(window):
    return window.navigator.item(list(Stage).index(Stage.COLLECT))


def test_the_collect_entry_says_how_many_are_held_back(demo_window):
    item = collect_entry(demo_window)
    assert item.text() == "2  Collect\n   ⚠ 2 held back"
    assert "2 cards held back for possible personal details" in item.toolTip()
    assert item.toolTip().startswith("Bring in the statements")  # the stage's hint stays
    assert item.data(ROLE.AccessibleTextRole) == "2  Collect, 2 held back"
    assert "until redacted or marked as fine" in item.data(ROLE.AccessibleDescriptionRole)


def test_redact_mark_fine_and_undo_keep_the_count(demo_window):
    doc, undo = demo_window.doc, demo_window.undo
    item = collect_entry(demo_window)
    undo.push(redact_card(doc, card_id="c45"))
    assert item.text().endswith("⚠ 1 held back")
    undo.push(clear_card_details(doc, card_ids=["c52"]))
    assert item.text() == "2  Collect"
    assert "held back" not in item.toolTip()
    assert item.data(ROLE.AccessibleDescriptionRole) == ""
    undo.stack.undo()
    assert item.text().endswith("⚠ 1 held back")
    undo.stack.undo()
    assert item.text().endswith("⚠ 2 held back")
    undo.stack.redo()
    assert item.text().endswith("⚠ 1 held back")


def test_another_workshop_has_its_own_count(demo_window):
    demo_window.doc.replace_workshop(Workshop(title="Empty"))
    assert collect_entry(demo_window).text() == "2  Collect"


def test_the_note_does_not_widen_the_stage_list(demo_window, qtbot):
    """The list keeps its width (its longest stage name, 230 px at most): the note is on a
    line of its own, and fits it."""
    nav = demo_window.navigator
    qtbot.waitUntil(nav.isVisible)
    assert nav.width() <= max(230, nav.minimumWidth())
    note = nav.fontMetrics().horizontalAdvance("   ⚠ 2 held back")
    assert nav.visualItemRect(collect_entry(demo_window)).width() >= note
    assert not nav.horizontalScrollBar().isVisible()
