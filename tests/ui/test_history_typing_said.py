"""Edit > History clicked while a box holds typed words: the words are recorded first, as Undo
records them (a click moves the keyboard out of the box). Recorded after going back, they
replace the steps History listed after them, so a later row clicked is gone: that is now
said ("Recorded: Edit workshop details — the 2 later steps in History went, …"), where the
rows vanished, nothing jumped, and the foot still said the last jump (review 24 code_a F5).
A row clicked back still jumps, over the words' new step, and says so. (A later row is asked
about first now, test_history_typed_ahead: "Enter it and stay" records them as here.)"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.renders import save_render
from tests.ui.test_history_jump_said import _click_row
from wtfc.model.operations.cards import edit_card
from wtfc.model.workshop import Stage
from wtfc.ui import typed_ahead
from wtfc.ui.details_page import DetailsPage


def _history_and_title(qtbot, w):
    w.go_to_stage(Stage.PREPARE)  # (a step too: first, so the jumps leave Prepare shown)
    card = w.doc.workshop.cards[0]
    for n in range(3):
        w.undo.push(edit_card(w.doc, card_id=card.id, text=f"Words changed {n}"))
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    qtbot.keyClick(w, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)  # Edit > History
    view = w.history_dock.widget()
    qtbot.waitUntil(view.isVisible, timeout=2000)
    return card, view, w.findChild(DetailsPage)


def _row_after(w, label: str) -> int:
    """History's row for the state after the step ``label`` (row 0 is "Opened")."""
    stack = w.undo.stack
    return next(i for i in range(stack.count()) if stack.text(i) == label) + 1


def _type_title(qtbot, page, words: str) -> None:
    page.title.setFocus()
    qtbot.waitUntil(page.title.hasFocus)
    page.title.selectAll()
    qtbot.keyClicks(page.title, words)


def test_a_later_row_clicked_with_words_typed_says_the_later_steps_went(qtbot, demo_window,
                                                                         monkeypatch):
    w = demo_window
    # asked first now (test_history_typed_ahead): "Enter it and stay" records them as before
    monkeypatch.setattr(typed_ahead, "ask", lambda *_: typed_ahead.ENTER)
    card, view, page = _history_and_title(qtbot, w)
    title = w.doc.workshop.title
    first, last = _row_after(w, "Edit card 'Words changed 0'"), w.undo.stack.count()
    _click_row(qtbot, view, first)  # back to the first card edit: two steps to go forward to
    assert w.statusBar().currentMessage() == "Went back to: Edit card 'Words changed 0'"
    _type_title(qtbot, page, "Autumn reviews")

    _click_row(qtbot, view, last)  # a later row: the typing is recorded first, and it goes
    assert w.doc.workshop.title == "Autumn reviews"
    assert w.undo.stack.undoText() == "Edit workshop details"
    assert w.statusBar().currentMessage() == (
        "Recorded: Edit workshop details — the 2 later steps in History went, as a change "
        "after going back replaces them")
    save_render(w, "history_typing_said")
    w.undo.stack.undo()  # the words are one step, as any edit
    assert w.doc.workshop.title == title
    w.undo.stack.redo()
    assert w.doc.workshop.title == "Autumn reviews"
    assert w.doc.get("cards", card.id).text == "Words changed 0"


def test_an_earlier_row_clicked_with_words_typed_jumps_over_them(qtbot, demo_window):
    w = demo_window
    card, view, page = _history_and_title(qtbot, w)
    _type_title(qtbot, page, "Autumn reviews")
    _click_row(qtbot, view, _row_after(w, "Edit card 'Words changed 0'"))
    assert w.doc.get("cards", card.id).text == "Words changed 0"
    assert w.undo.stack.text(w.undo.stack.count() - 1) == "Edit workshop details"
    assert w.statusBar().currentMessage() == "Went back to: Edit card 'Words changed 0'"
