"""Prepare's "How we agreed to work and decide" (format 5): the ground rules the group set and
how it decides (the method's Principles 2 and 4), typed once and recorded as one undoable step
when the facilitator leaves the box, as the purpose is."""

from __future__ import annotations

from collect_fixtures import save_render
from prepare_helpers import shown_in
from PySide6.QtCore import Qt

from tests.ui.settled import settle
from wtfc.model.workshop import Stage

KEY = Qt.Key
RULES = "One voice at a time; no names.\nPriorities: five dots each, then agreed in the room."


def test_typed_agreements_are_one_undoable_step(qtbot, page, doc, undo):
    page.agreements.setFocus()
    qtbot.keyClicks(page.agreements, "One voice at a time; no names.")
    page.agreements.insertPlainText("\nPriorities: five dots each, then agreed in the room. ")
    assert doc.workshop.agreements == ""  # still being typed
    qtbot.keyClick(page.agreements, KEY.Key_Tab)
    assert doc.workshop.agreements == RULES
    assert undo.stack.count() == 1
    assert undo.stack.undoText() == "Edit workshop details"
    undo.stack.undo()
    assert doc.workshop.agreements == "" and page.agreements.toPlainText() == ""
    undo.stack.redo()
    assert page.agreements.toPlainText() == RULES
    save_render(page, "prepare_agreements")


def test_agreements_still_being_typed_are_recorded_when_the_window_saves(page, doc, undo):
    page.agreements.setFocus()
    page.agreements.setPlainText("Decisions by show of hands")
    assert [e.label for e in page.typed_edits()] == ["Edit workshop details"]
    assert page.commit_pending()
    assert doc.workshop.agreements == "Decisions by show of hands"
    assert undo.stack.count() == 1


def test_alt_g_reaches_the_agreements_in_sight_on_a_laptop_at_150_percent(qtbot, demo_window):
    demo_window.resize(911, 480)  # a 1366×768 laptop at 150%, less a title bar and taskbar
    demo_window.go_to_stage(Stage.PREPARE)
    page = demo_window.page(Stage.PREPARE)
    settle()
    page.title.setFocus()
    qtbot.keyClick(page.title, KEY.Key_G, Qt.KeyboardModifier.AltModifier)
    settle()
    assert page.focusWidget() is page.agreements
    assert shown_in(page.agreements, page)
    save_render(demo_window, "prepare_agreements_911")


def test_a_read_only_workshop_shows_its_agreements_but_cannot_change_them(page, doc, undo):
    undo.read_only = True
    doc.replace_workshop(doc.workshop.model_copy(update={"agreements": RULES}))
    assert page.agreements.toPlainText() == RULES
    assert not page.agreements.isEnabled()
