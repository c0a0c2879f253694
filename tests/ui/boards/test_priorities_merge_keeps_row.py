"""Choose priorities keeps the theme chosen when a merge, or its Undo, changes the themes.

With the tab on screen, a merge (or Undo of one, or a History jump over one) reloaded the
table: the chosen row went to none after the merge and to another theme after its Undo ("I am
supported by…"), and a reason typed next was recorded for that other theme, the facilitator's
words lost to the theme they were about (review A4).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from tests.ui.settled import settle
from wtfc.model.operations.themes import merge_themes
from wtfc.model.workshop import Stage
from wtfc.ui.boards.priorities import PrioritiesBoard


def _priorities_shown(window) -> PrioritiesBoard:
    window.go_to_stage(Stage.UNDERSTAND)
    board = window.findChild(PrioritiesBoard)
    board.parentWidget().parentWidget().setCurrentWidget(board)
    settle()
    assert board.isVisible()
    return board


def test_the_chosen_theme_stays_chosen_through_a_merge_and_its_undo(qtbot, demo_window):
    w = demo_window
    board = _priorities_shown(w)
    board.select_theme("t05")
    reasons = {t.id: t.priority.reason for t in w.doc.workshop.themes}

    w.undo.push(merge_themes(w.doc, into_theme_id="t02", theme_ids=["t03"]))
    settle()
    assert board.current_theme().id == "t05"
    w.undo_action.trigger()
    settle()
    assert w.doc.get("themes", "t03") is not None
    assert board.current_theme().id == "t05"
    assert board.reason.text() == reasons["t05"]

    board.reason.setFocus()
    board.reason.selectAll()
    qtbot.keyClicks(board.reason, "Said by all")
    qtbot.keyClick(board.reason, Qt.Key.Key_Return)
    now = {t.id: t.priority.reason for t in w.doc.workshop.themes}
    assert now["t05"] == "Said by all"  # the theme the box was for
    assert {i: r for i, r in now.items() if i != "t05"} == {
        i: r for i, r in reasons.items() if i != "t05"}


def test_the_chosen_theme_merged_away_leaves_nothing_chosen(demo_window):
    w = demo_window
    board = _priorities_shown(w)
    board.select_theme("t03")

    w.undo.push(merge_themes(w.doc, into_theme_id="t02", theme_ids=["t03"]))
    settle()
    assert board.current_theme() is None  # not a neighbour the facilitator did not choose
    assert not board.reason.isEnabled()
    w.undo_action.trigger()  # back: the box was for no theme, and still is, said so
    settle()
    assert board.current_theme() is None and not board.reason.isEnabled()


def test_a_history_jump_over_a_merge_keeps_the_chosen_theme(demo_window):
    """Going back over a merge and forward again with Edit > History, the tab on screen."""
    w = demo_window
    board = _priorities_shown(w)
    w.history_dock.show()
    settle()
    board.select_theme("t05")
    view = w.history_dock.widget()
    start = w.undo.stack.index()
    w.undo.push(merge_themes(w.doc, into_theme_id="t02", theme_ids=["t03"]))
    settle()
    for row in (start, start + 1):
        view.selectionModel().setCurrentIndex(view.model().index(row, 0),
                                              QItemSelectionModel.SelectionFlag.ClearAndSelect)
        settle()
        assert (w.doc.get("themes", "t03") is None) == (row > start)  # jumped
        assert board.current_theme().id == "t05"
        assert board.reason_label.text().startswith("&Why 'I am not sure who is coming")
