"""Back on Choose priorities after the wall changed (a new theme, or its undo), the theme the
facilitator had chosen is still chosen: the page read the wall afresh and forgot it, the
keyboard's place went back to the first row, the reason box showed the first theme's reason
and + gave the first theme a vote."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wtfc.model.workshop import Stage


def _on_priorities(w):
    w.go_to_stage(Stage.UNDERSTAND, focus=True)
    tabs = w.page(Stage.UNDERSTAND)
    tabs.setCurrentWidget(tabs.priorities)
    return tabs.priorities


def _new_theme_on_the_wall(w) -> None:
    w.go_to_stage(Stage.THEME, focus=True)
    ws = w.doc.workshop
    themed = {c for t in ws.themes for c in t.card_ids}
    card = next(c.id for c in ws.cards if c.id not in themed and not c.held_back)
    assert w.page(Stage.THEME).gestures.new_theme([(card, None)], "I am new here")


def _kept(board, theme_id) -> None:
    assert board.current_theme() is not None and board.current_theme().id == theme_id
    rows = board.table.selectionModel().selectedRows()
    assert [board.model.theme_at(board.proxy.mapToSource(r).row()).id for r in rows] \
        == [theme_id]  # the row is highlighted, not just a thin focus frame
    name = board._doc.theme(theme_id).name
    assert name[:20] in board.reason_label.text()
    assert board.reason.text() == board._doc.theme(theme_id).priority.reason


def test_the_theme_left_is_still_chosen_after_a_new_theme_and_its_undo(qtbot, demo_window):
    w = demo_window
    board = _on_priorities(w)
    second = board.model.theme_at(board.proxy.mapToSource(board.proxy.index(1, 0)).row())
    board.select_theme(second.id)
    _new_theme_on_the_wall(w)
    _on_priorities(w)
    _kept(board, second.id)

    for _ in range(3):  # the move back, the new theme, the move to the wall
        w.undo_action.trigger()
    assert w.shown_stage() == Stage.UNDERSTAND
    assert not any(t.name == "I am new here" for t in w.doc.workshop.themes)
    _kept(board, second.id)

    votes = second.priority.votes
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_Plus)  # + goes to the theme left, not the first
    assert w.doc.theme(second.id).priority.votes == votes + 1
