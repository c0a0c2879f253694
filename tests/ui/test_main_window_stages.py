"""Moving between stages: words being typed are recorded first, and the keyboard lands on the
page's own table, tree or view, so the page's keys work at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.settled import settle
from wtfc.model.workshop import Stage

KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def _stage_key(window, qtbot, stage: Stage) -> None:
    """Ctrl+1…8 pressed wherever the keyboard is."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window,
                   KEY(KEY.Key_1 + list(Stage).index(stage)), CTRL)
    assert window.shown_stage() == stage


def _type_reason(window, qtbot, words: str):
    """On Understand, words typed (not yet recorded) as the reason of a theme with none."""
    _stage_key(window, qtbot, Stage.UNDERSTAND)
    board = window.page(Stage.UNDERSTAND).priorities
    theme = next(t for t in window.doc.workshop.themes if not t.priority.reason)
    board.select_theme(theme.id)
    board.reason.setFocus()
    qtbot.keyClicks(board.reason, words)
    return theme


# -- a priority's reason being typed ------------------------------------------------------------
def test_a_reason_being_typed_is_recorded_before_the_stage_moves_on(demo_window, qtbot):
    theme = _type_reason(demo_window, qtbot, "Typed then moved on")
    _stage_key(demo_window, qtbot, Stage.IDENTIFY_SUCCESS)
    assert demo_window.doc.theme(theme.id).priority.reason == "Typed then moved on"
    stack = demo_window.undo.stack
    assert stack.text(stack.count() - 1).startswith("Go to stage")
    assert "priority" in stack.text(stack.count() - 2)  # the words first, as their own step
    demo_window.undo_action.trigger()  # back to Understand: the reason is still there
    assert demo_window.doc.workshop.stage == Stage.UNDERSTAND
    assert demo_window.doc.theme(theme.id).priority.reason == "Typed then moved on"


def test_a_reason_being_typed_is_recorded_before_a_save_or_export(demo_window, qtbot):
    _stage_key(demo_window, qtbot, Stage.UNDERSTAND)
    page = demo_window.page(Stage.UNDERSTAND)
    page.priorities.select_theme(demo_window.doc.workshop.themes[-1].id)
    page.priorities.reason.setFocus()
    qtbot.keyClicks(page.priorities.reason, "Words before saving")
    page.setCurrentWidget(page.causes)  # even from the other tab
    assert demo_window.commit_pending_edits()
    assert demo_window.doc.workshop.themes[-1].priority.reason == "Words before saving"


def test_undo_while_a_reason_is_typed_takes_back_the_typing_and_keeps_redo(demo_window, qtbot):
    """Edit → Undo with words in the box: the words were recorded after the undo had moved
    the stage back, as a new step, so Redo was gone and the stage change lost from history."""
    theme = _type_reason(demo_window, qtbot, "Half typed")
    stack = demo_window.undo.stack
    before = [stack.text(i) for i in range(stack.count())]
    demo_window.undo_action.trigger()  # the typing was the last change: it is what goes
    settle()
    assert demo_window.doc.workshop.stage == Stage.UNDERSTAND
    assert demo_window.doc.theme(theme.id).priority.reason == ""
    assert [stack.text(i) for i in range(stack.index())] == before  # the move is still there
    assert stack.canRedo()
    demo_window.redo_action.trigger()
    assert demo_window.doc.theme(theme.id).priority.reason == "Half typed"
    demo_window.undo_action.trigger()
    demo_window.undo_action.trigger()  # and on back past the move to Understand
    assert demo_window.doc.workshop.stage != Stage.UNDERSTAND and stack.canRedo()


def test_a_click_on_a_stage_refused_for_too_long_words_leaves_the_keyboard_with_them(
        demo_window, qtbot):
    _stage_key(demo_window, qtbot, Stage.UNDERSTAND)
    board = demo_window.page(Stage.UNDERSTAND).priorities
    board.select_theme(demo_window.doc.workshop.themes[0].id)
    board.reason.setFocus()
    board.reason.setText("x" * 6000)  # pasted, far too long to record
    nav = demo_window.navigator
    row = list(Stage).index(Stage.IDENTIFY_SUCCESS)
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(nav.item(row)).center())
    assert demo_window.shown_stage() == Stage.UNDERSTAND
    assert QApplication.focusWidget() is board.reason  # not the page's table, nor the list
    assert len(board.reason.text()) == 6000


# -- the keyboard goes to the page ------------------------------------------------------------
def test_a_stage_key_puts_the_keyboard_in_the_pages_main_widget(demo_window, qtbot):
    expected = {Stage.UNDERSTAND: lambda p: p.priorities.table,
                Stage.IDENTIFY_SUCCESS: lambda p: p.columns[next(iter(p.columns))].list,
                Stage.PLAN: lambda p: p.tree, Stage.ACT: lambda p: p.tree,
                Stage.REVIEW: lambda p: p.themes, Stage.THEME: lambda p: p.view,
                Stage.COLLECT: lambda p: p.table}
    demo_window.navigator.setFocus()
    for stage, widget in expected.items():
        _stage_key(demo_window, qtbot, stage)
        assert QApplication.focusWidget() is widget(demo_window.page(stage)), stage


def test_after_a_stage_key_the_pages_own_keys_work(demo_window, qtbot, monkeypatch):
    """Insert on Plan, Space on Choose priorities, Alt+1 on Identify success: at once, with no
    Tab first (they did nothing while the keyboard stayed in the stage list)."""
    from wtfc.ui.boards.action_dialog import ActionDialog

    monkeypatch.setattr(ActionDialog, "open", lambda self: None)  # no dialog left open
    demo_window.navigator.setFocus()
    _stage_key(demo_window, qtbot, Stage.PLAN)
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Insert)
    assert demo_window.page(Stage.PLAN).dialog is not None

    _stage_key(demo_window, qtbot, Stage.UNDERSTAND)
    board = demo_window.page(Stage.UNDERSTAND).priorities
    chosen = len(board.chosen_ids())
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Space)
    assert len(board.chosen_ids()) != chosen

    _stage_key(demo_window, qtbot, Stage.IDENTIFY_SUCCESS)
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_1, Qt.KeyboardModifier.AltModifier)
    success = demo_window.page(Stage.IDENTIFY_SUCCESS)
    assert QApplication.focusWidget() is next(iter(success.columns.values())).entry


def test_a_click_in_the_stage_list_puts_the_keyboard_in_the_page(demo_window, qtbot):
    nav = demo_window.navigator
    row = list(Stage).index(Stage.PLAN)
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(nav.item(row)).center())
    assert demo_window.doc.workshop.stage == Stage.PLAN
    assert QApplication.focusWidget() is demo_window.page(Stage.PLAN).tree


def test_arrows_in_the_stage_list_move_through_stages_and_keep_the_keyboard_there(demo_window,
                                                                                  qtbot):
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow)
    nav = demo_window.navigator
    nav.setFocus()
    start = demo_window.doc.workshop.stage
    qtbot.keyClick(nav, KEY.Key_Down)
    qtbot.keyClick(nav, KEY.Key_Down)
    assert list(Stage).index(demo_window.doc.workshop.stage) == list(Stage).index(start) + 2
    assert QApplication.focusWidget() is nav


def test_undo_of_a_stage_change_leaves_the_keyboard_in_the_stage_list(demo_window, qtbot):
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow)
    demo_window.navigator.setFocus()
    qtbot.keyClick(demo_window.navigator, KEY.Key_Down)
    demo_window.undo_action.trigger()
    assert QApplication.focusWidget() is demo_window.navigator


def test_on_the_root_causes_tab_the_stage_key_puts_the_keyboard_on_the_why_tree(demo_window,
                                                                                  qtbot):
    _stage_key(demo_window, qtbot, Stage.UNDERSTAND)
    page = demo_window.page(Stage.UNDERSTAND)
    page.setCurrentWidget(page.causes)
    demo_window.navigator.setFocus()
    _stage_key(demo_window, qtbot, Stage.UNDERSTAND)
    assert QApplication.focusWidget() is page.causes.view
    qtbot.keyClick(page.causes.view, KEY.Key_W)  # asks "why?" at once
    assert QApplication.focusWidget() is page.causes.editor


def test_closing_with_success_words_not_added_asks_even_when_all_is_saved(demo_window, qtbot,
                                                                         monkeypatch):
    """Words in an "Add…" box on Identify success are added when the window closes (their own
    step, so the close offers to save them); words kept for another theme, not on screen,
    are not a change the file holds: closing or opening another workshop lost them without a
    question."""
    from PySide6.QtWidgets import QMessageBox

    _stage_key(demo_window, qtbot, Stage.IDENTIFY_SUCCESS)
    board = demo_window.page(Stage.IDENTIFY_SUCCESS)
    entry = next(iter(board.columns.values())).entry
    entry.setText("We know who is coming")
    board.selector.setCurrentIndex(1)  # another theme: the words are kept for the first
    demo_window.undo.stack.setClean()
    asked = []
    answer = QMessageBox.StandardButton.Cancel
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, title, text, *a: asked.append(text) or answer)
    assert not demo_window.files.confirm_discard("closing")
    assert asked[0].startswith("Words typed on Identify success for 1 theme are not added yet")
    assert "Go on closing without them?" in asked[0]
    answer = QMessageBox.StandardButton.Discard
    assert demo_window.files.confirm_discard("closing")
    board.selector.setCurrentIndex(0)  # back: the words are in their box again
    assert entry.text() == "We know who is coming"
    asked.clear()
    answer = QMessageBox.StandardButton.Cancel
    assert not demo_window.files.confirm_discard("closing")
    assert entry.text() == "" and "We know who is coming" in board.statements(
        next(iter(board.columns)))
    assert asked == ["This workshop has changes that are not saved.\nSave them before closing?"]
    demo_window.undo.stack.undo()
    assert demo_window.undo.stack.isClean()
    asked.clear()
    assert demo_window.files.confirm_discard("closing") and asked == []  # nothing to lose


def test_words_kept_for_a_theme_since_deleted_are_not_asked_about(demo_window, qtbot):
    from wtfc.model.operations.themes import delete_theme

    _stage_key(demo_window, qtbot, Stage.IDENTIFY_SUCCESS)
    board = demo_window.page(Stage.IDENTIFY_SUCCESS)
    first = board.theme_id()
    next(iter(board.columns.values())).entry.setText("We know who is coming")
    board.selector.setCurrentIndex(1)  # another theme: the words are kept for the first
    assert board.words_not_added()
    demo_window.undo.push(delete_theme(demo_window.doc, theme_id=first))
    assert board.words_not_added() == ""  # nowhere to add them now: nothing to ask
