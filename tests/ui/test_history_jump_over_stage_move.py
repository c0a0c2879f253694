"""A History jump over a move to another stage, past cards added or deleted on the wall.

The most ordinary day (review 34 R1 S1): on Theme three cards read out and added, Ctrl+4 to
Understand, Ctrl+H, the row before the three cards chosen. The jump shows the Theme page first
(the stage is told before the cards changed after the move), and the wall, shown at another
width (History narrows the page), laid out from the plan it kept: the three cards, gone from
the workshop, raised KeyError. The window was left half-followed: Theme shown with the stage list
on Understand, the gone cards on the wall, no "Went back to:", and autosave never told, so its
recovery copy kept the state before the jump. Small walls: one of 1,000 cards or more lays out
on a timer, after the jump is told.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QItemSelectionModel

from tests.ui.settled import settle, until
from wtfc.model.operations.cards import add_card, delete_cards
from wtfc.model.workshop import Kind, Stage

ADDED = "Added on the day"


def _jump(window, row: int) -> None:
    window.history_dock.show()  # Ctrl+H: the page narrows
    settle()
    view = window.history_dock.widget()
    view.selectionModel().setCurrentIndex(view.model().index(row, 0),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)
    settle()


def _three_added_then_on_to_understand(window) -> int:
    """History's row before the three cards."""
    window.go_to_stage(Stage.THEME)
    start = window.undo.stack.index()
    for i in range(3):
        window.undo.push(add_card(window.doc, kind=Kind.NOT_WORKING, text=f"{ADDED} {i}"))
    window.go_to_stage(Stage.UNDERSTAND)  # moving on: a History step
    settle()
    return start


def _wall_texts(window) -> list[str]:
    return [item.card.text for item in window.page(Stage.THEME).scene.cards.values()]


def _stage_listed(window) -> Stage:
    return list(Stage)[window.navigator.currentRow()]


def test_a_jump_back_over_the_move_shows_theme_without_the_cards_it_took(qtbot, demo_window):
    w = demo_window
    start = _three_added_then_on_to_understand(w)
    _jump(w, start)
    assert w.doc.workshop.stage == w.shown_stage() == _stage_listed(w) == Stage.THEME
    assert w.stage_side.rows.shown == Stage.THEME  # the side panel's timer and notes
    assert w.statusBar().currentMessage().startswith("Went back to:")
    texts = _wall_texts(w)
    assert texts and not [t for t in texts if t.startswith(ADDED)]
    placed = {card_id for (card_id, _theme) in w.page(Stage.THEME).scene.cards}
    assert placed <= {card.id for card in w.doc.workshop.cards}

    _jump(w, start + 4)  # and forward again: the cards and the move come back
    assert w.shown_stage() == _stage_listed(w) == Stage.UNDERSTAND
    assert w.statusBar().currentMessage().startswith("Went forward to:")
    w.go_to_stage(Stage.THEME)  # and a look at the wall
    settle()
    assert len([t for t in _wall_texts(w) if t.startswith(ADDED)]) == 3


def test_a_jump_forward_over_a_move_back_to_the_wall_and_a_delete(qtbot, demo_window):
    """On Understand: to Theme (a step), three cards deleted, to Understand (a step); Undo
    three times, one at a time; then History's row of the delete chosen."""
    w = demo_window
    w.go_to_stage(Stage.UNDERSTAND)
    w.go_to_stage(Stage.THEME)
    gone = [c.id for c in w.doc.unsorted_cards(Kind.WORKING)][:3]
    gone_texts = {w.doc.card(card_id).text for card_id in gone}
    w.undo.push(delete_cards(w.doc, card_ids=gone))
    w.go_to_stage(Stage.UNDERSTAND)
    settle()
    for _ in range(3):
        w.undo.stack.undo()
        settle()
    assert w.shown_stage() == Stage.UNDERSTAND
    _jump(w, w.undo.stack.index() + 2)  # the delete's row
    assert w.shown_stage() == _stage_listed(w) == Stage.THEME
    assert w.statusBar().currentMessage().startswith("Went forward to:")
    assert not gone_texts & set(_wall_texts(w))


def test_the_recovery_copy_after_the_jump_holds_the_state_jumped_to(qtbot, demo_window,
                                                                     tmp_path):
    from wtfc.model import recovery
    from wtfc.ui.autosave import Autosaver

    w = demo_window
    saver = Autosaver(w, tmp_path / "rec", delay_ms=0, max_interval_ms=0)
    # unsaved at the row jumped to (undone to the saved state, the copy would go)
    w.undo.push(add_card(w.doc, kind=Kind.WORKING, text="Before the jump's row"))
    start = _three_added_then_on_to_understand(w)
    until(qtbot, lambda: saver.snapshots_written > 0)
    saver.wait()
    copied = saver.snapshots_written
    _jump(w, start)
    until(qtbot, lambda: saver.snapshots_written > copied)  # autosave heard of the jump
    saver.wait()
    copy = recovery.read_snapshot(saver.session).workshop
    saver.close()
    assert copy.stage == Stage.THEME
    assert not [card.text for card in copy.cards if card.text.startswith(ADDED)]


def test_a_page_that_fails_as_it_is_shown_leaves_the_list_naming_its_stage(
        qtbot, demo_window, monkeypatch):
    """Whatever goes wrong as a page comes on screen, the stage list and the side panel name
    the stage the workshop is on (they named the stage left: the facilitator's next press of
    the list made a step from the wrong stage)."""
    w = demo_window
    w.go_to_stage(Stage.UNDERSTAND)
    settle()
    view = w.page(Stage.THEME).view

    def fail(*_args) -> None:
        raise RuntimeError("the wall failed")

    monkeypatch.setattr(view, "_reshape", fail)
    with qtbot.capture_exceptions():
        with contextlib.suppress(RuntimeError):
            w.undo.stack.undo()  # back on Theme
        settle()
    assert w.doc.workshop.stage == _stage_listed(w) == Stage.THEME
    assert w.stage_side.rows.shown == Stage.THEME
