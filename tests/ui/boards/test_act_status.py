"""Marking an action done or dropped on Act records when, and a dropped one is asked why: Space
dates the check as the dialog's note does (one step, undone and redone whole), and a dropped
action with no note opens a line under the list asking "Why was this stopped?" (Enter keeps
the words, Esc leaves it blank; not a dialog, so the room is not stopped)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.boards.board_workshops import TODAY, sample_workshop
from tests.ui.renders import save_render
from tests.ui.spoken_checks import catch_announcements
from wtfc.export.feedback_sheet_words import stopped_words
from wtfc.model.document import Document
from wtfc.model.operations.actions import edit_action
from wtfc.model.workshop import ActionStatus
from wtfc.ui.boards.action_dialog import ASK_WHY_STOPPED
from wtfc.ui.boards.plan import ACT_HEADING, PROGRESS_COLUMN, PlanBoard
from wtfc.ui.undo import UndoAdapter

REASON = "The bus company took the rota letters on"


def _act(qtbot, show, doc=None, width=1366 - 240, height=700):
    doc = doc or Document(sample_workshop())
    undo = UndoAdapter(doc)
    board = show(PlanBoard(doc, undo, today=lambda: TODAY, heading=ACT_HEADING), width, height)
    board.activateWindow()  # where the keyboard goes is part of what is tested
    qtbot.waitUntil(board.isActiveWindow, timeout=2000)
    board.tree.setFocus()
    return doc, undo, board


def _progress(board, action_id: str) -> str:
    board.select_action(action_id)
    return board.tree.currentItem().text(PROGRESS_COLUMN)


def _state(doc, action_id: str):
    action = doc.get("actions", action_id)
    return action.status, action.checked_on, action.progress_note


def test_space_to_done_says_when_it_was_checked_and_undo_takes_both_back(qtbot, show):
    doc, undo, board = _act(qtbot, show)
    board.select_action("x2")  # in progress, never checked
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)
    assert _state(doc, "x2") == (ActionStatus.DONE, TODAY, "")
    assert _progress(board, "x2") == "Checked 1 Mar 2025"
    assert undo.stack.undoText().startswith("Mark 'Add 'getting to know you' visits")
    assert undo.stack.undoText().endswith("' as done")  # one step, named by its status
    assert board.reason is None or not board.reason.isVisible()  # done: nothing to ask
    undo.stack.undo()
    assert _state(doc, "x2") == (ActionStatus.IN_PROGRESS, None, "")
    assert _progress(board, "x2") == "Not checked yet"
    undo.stack.redo()
    assert _state(doc, "x2") == (ActionStatus.DONE, TODAY, "")
    assert _progress(board, "x2") == "Checked 1 Mar 2025"


def test_space_to_dropped_asks_why_and_enter_keeps_the_words(qtbot, show, monkeypatch):
    said = catch_announcements(monkeypatch)
    doc, undo, board = _act(qtbot, show)
    board.select_action("x3")  # done, no note
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)
    assert _state(doc, "x3") == (ActionStatus.DROPPED, TODAY, "")
    line = board.reason
    assert line.isVisible() and line.editor.hasFocus()
    assert "Why was this stopped?" in line.question.text()
    assert "Send a weekly rota letter to each person" in line.question.text()
    assert line.editor.placeholderText() == "Why was this stopped?"
    assert said[-1] == ("Dropped: Send a weekly rota letter to each person. Why was this "
                        "stopped? Type a few words and press Enter, or Esc to leave it blank.")
    qtbot.keyClicks(line.editor, REASON)
    qtbot.keyClick(line.editor, Qt.Key.Key_Return)
    assert _state(doc, "x3") == (ActionStatus.DROPPED, TODAY, REASON)
    assert not line.isVisible()
    assert board.tree.hasFocus() and board.selected_action().id == "x3"
    assert _progress(board, "x3") == f"Checked 1 Mar 2025: {REASON}"
    assert stopped_words(doc.get("actions", "x3")) == f"We have stopped this: {REASON}"
    assert undo.stack.undoText() == "Record progress on 'Send a weekly rota letter to each person'"
    undo.stack.undo()  # the reason, then the drop: two steps, each whole
    assert _state(doc, "x3") == (ActionStatus.DROPPED, TODAY, "")
    assert not line.isVisible()  # an undo does not ask again
    undo.stack.undo()
    assert _state(doc, "x3") == (ActionStatus.DONE, None, "")
    undo.stack.redo()
    undo.stack.redo()
    assert _state(doc, "x3") == (ActionStatus.DROPPED, TODAY, REASON)


def test_esc_leaves_the_reason_blank_and_space_carries_on(qtbot, show, monkeypatch):
    said = catch_announcements(monkeypatch)
    doc, undo, board = _act(qtbot, show)
    board.select_action("x3")
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)
    qtbot.keyClicks(board.reason.editor, "half typed")
    qtbot.keyClick(board.reason.editor, Qt.Key.Key_Escape)
    assert _state(doc, "x3") == (ActionStatus.DROPPED, TODAY, "")  # Esc: nothing recorded
    assert not board.reason.isVisible() and board.tree.hasFocus()
    assert said[-1] == "No reason given"
    assert undo.stack.count() == 1
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)  # the status moves on from the list again
    assert doc.get("actions", "x3").status == ActionStatus.NOT_STARTED
    assert not board.reason.isVisible()


def test_the_room_is_not_stopped_while_the_question_stands(qtbot, show):
    """The board's list still takes clicks and keys: another action can be moved on, and the
    question about the dropped one stays until it is answered or left blank."""
    doc, _undo, board = _act(qtbot, show)
    board.select_action("x3")
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)
    assert QApplication.activeModalWidget() is None
    board.tree.setFocus()
    board.select_action("x1")
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)
    assert doc.get("actions", "x1").status == ActionStatus.IN_PROGRESS
    assert board.reason.isVisible() and board.reason.action_id == "x3"


def test_words_typed_and_not_sent_are_kept_by_a_save_or_by_leaving_the_line(qtbot, show):
    doc, undo, board = _act(qtbot, show)
    board.select_action("x3")
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)
    qtbot.keyClicks(board.reason.editor, REASON)
    assert [c.label for c in board.reason.typed_edits()] == [
        "Record progress on 'Send a weekly rota letter to each person'"]  # the recovery copy
    assert board.commit_pending()  # what File → Save asks first
    assert doc.get("actions", "x3").progress_note == REASON
    undo.stack.undo()
    board.select_action("x4")
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)  # not started → in progress: nothing asked
    board.select_action("x3")
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)  # dropped → not started
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)  # … → dropped again, still with no note
    assert board.reason.editor.hasFocus()
    qtbot.keyClicks(board.reason.editor, "Merged with x1")
    board.tree.setFocus()  # a click on the list: the words are kept
    qtbot.waitUntil(lambda: doc.get("actions", "x3").progress_note == "Merged with x1")


def test_a_dropped_action_with_a_note_is_not_asked_again(qtbot, show):
    ws = sample_workshop()
    ws = ws.model_copy(update={"actions": [
        a.model_copy(update={"progress_note": "Letters drafted"}) if a.id == "x3" else a
        for a in ws.actions]})
    doc, _undo, board = _act(qtbot, show, Document(ws))
    board.select_action("x3")
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)
    assert doc.get("actions", "x3").status == ActionStatus.DROPPED
    assert board.reason is None or not board.reason.isVisible()
    assert board.tree.hasFocus()


def test_the_dialogs_status_dates_the_check_and_a_drop_asks_why(qtbot, show):
    doc, undo, board = _act(qtbot, show)
    board.select_action("x1")
    board.open_edit_dialog()
    dialog = board.dialog
    assert dialog.progress_note.placeholderText() == ""
    dialog.status.setCurrentIndex(dialog.status.findData(ActionStatus.DROPPED))
    assert dialog.progress_note.placeholderText() == ASK_WHY_STOPPED
    assert dialog.has_checked.isChecked()
    assert dialog.checked_on.date().toPython() == TODAY
    dialog.status.setCurrentIndex(dialog.status.findData(ActionStatus.NOT_STARTED))
    assert not dialog.has_checked.isChecked()  # put back: as it was
    dialog.status.setCurrentIndex(dialog.status.findData(ActionStatus.DROPPED))
    dialog.accept()
    assert _state(doc, "x1") == (ActionStatus.DROPPED, TODAY, "")
    assert board.reason.isVisible() and board.reason.action_id == "x1"
    board.reason.editor.setText("Funding went")
    board.reason.editor.returnPressed.emit()
    assert _state(doc, "x1") == (ActionStatus.DROPPED, TODAY, "Funding went")
    undo.stack.undo()
    undo.stack.undo()
    assert _state(doc, "x1") == (ActionStatus.NOT_STARTED, None, "")


def test_a_note_written_in_the_dialog_when_dropping_needs_no_question(qtbot, show):
    doc, _undo, board = _act(qtbot, show)
    board.select_action("x1")
    board.open_edit_dialog()
    dialog = board.dialog
    dialog.status.setCurrentIndex(dialog.status.findData(ActionStatus.DROPPED))
    dialog.progress_note.setPlainText("Funding went")
    dialog.accept()
    assert _state(doc, "x1") == (ActionStatus.DROPPED, TODAY, "Funding went")
    assert board.reason is None or not board.reason.isVisible()


def test_undoing_the_drop_closes_the_question(qtbot, show):
    doc, undo, board = _act(qtbot, show)
    board.select_action("x3")
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)
    undo.stack.undo()
    assert doc.get("actions", "x3").status == ActionStatus.DONE
    assert not board.reason.isVisible()
    undo.push(edit_action(doc, action_id="x3", status=ActionStatus.DROPPED))  # redone elsewhere
    assert not board.reason.isVisible()  # only Space or the dialog asks


def test_the_question_on_a_laptop_screen(qtbot, show):
    _doc, _undo, board = _act(qtbot, show, width=1366 - 240, height=768 - 100)
    board.select_action("x3")
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)
    qtbot.keyClicks(board.reason.editor, "Mrs Patel said")
    line = board.reason
    assert line.geometry().bottom() < board.height()
    assert line.editor.width() > 400
    assert line.question.height() <= 3 * line.question.fontMetrics().lineSpacing()
    save_render(board, "act_reason_laptop")


def test_acts_summary_counts_dropped_actions_with_no_reason_until_one_is_given(qtbot, show):
    """Left blank with Esc, the question is not lost: the summary above the lanes keeps it."""
    doc, _undo, board = _act(qtbot, show)
    board.select_action("x3")
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)
    qtbot.keyClick(board.reason.editor, Qt.Key.Key_Escape)
    assert "1 dropped action with no reason yet: Enter on one to say why." in \
        board.summary.text()
    qtbot.keyClick(board.tree, Qt.Key.Key_Return)  # Enter: the dialog, the cursor in the note
    qtbot.waitExposed(board.dialog)
    assert board.dialog.progress_note.placeholderText() == ASK_WHY_STOPPED
    qtbot.keyClicks(board.dialog.progress_note, REASON)
    board.dialog.accept()
    assert doc.get("actions", "x3").progress_note == REASON
    assert "no reason" not in board.summary.text()


def test_the_row_asked_about_stays_in_sight_when_the_line_opens(qtbot, show):
    """On a laptop the line takes room from the list: the row at its foot was cut in half."""
    ws = sample_workshop()
    more = [a.model_copy(update={"id": f"m{i}", "status": ActionStatus.DONE})
            for i in range(8) for a in ws.actions[2:3]]
    _doc, _undo, board = _act(qtbot, show, Document(ws.model_copy(
        update={"actions": [*ws.actions, *more]})), height=560)
    board.select_action("m7")
    board.tree.scrollToItem(board.tree.currentItem())
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)
    assert board.reason.isVisible()

    def whole_in_sight() -> bool:
        row = board.tree.visualItemRect(board.tree.currentItem())
        return row.top() >= 0 and row.bottom() <= board.tree.viewport().height()

    qtbot.waitUntil(whole_in_sight)
    save_render(board, "act_reason_row_in_sight")


def test_a_click_on_leave_blank_keeps_nothing_that_was_typed(qtbot, show):
    doc, undo, board = _act(qtbot, show)
    board.select_action("x3")
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)
    qtbot.keyClicks(board.reason.editor, "not this")
    button = Qt.MouseButton.LeftButton  # pressed, then let go a moment later, as a hand does
    qtbot.mousePress(board.reason.blank, button)
    qtbot.wait(20)
    qtbot.mouseRelease(board.reason.blank, button)
    assert _state(doc, "x3") == (ActionStatus.DROPPED, TODAY, "")
    assert not board.reason.isVisible() and undo.stack.count() == 1
