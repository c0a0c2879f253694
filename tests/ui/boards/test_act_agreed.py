"""Six months on, the Act board shows what the room agreed beside what has changed since: a
moved date with the date agreed, reworded words with the room's own, and an action done after
its date as done late; the dialog says what was agreed and keeps it through an edit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.actions import edit_action
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import ActionStatus
from wtfc.ui.boards.plan import ACT_HEADING, PlanBoard
from wtfc.ui.boards.plan_columns import COLUMNS, PROGRESS_COLUMN, STATUS_COLUMN
from wtfc.ui.undo import UndoAdapter

LATER = dt.date(2027, 5, 12)  # the officer, six months after the demo's day
WHEN_COLUMN = COLUMNS.index("By when")
ISF = "Develop Individual Service Funds"
DIARY = "Keep a four-week diary"


def _action(doc, start):
    return next(a for a in doc.workshop.actions if a.what.startswith(start))


def _row(board, action_id):
    return next(item for item in board.action_items()
                if item.data(0, Qt.ItemDataRole.UserRole) == action_id)


def _act(qtbot):
    doc = Document(load_workshop(demo_path()).workshop)
    undo = UndoAdapter(doc)
    isf, diary = _action(doc, ISF), _action(doc, DIARY)
    undo.push(edit_action(doc, action_id=isf.id, by_when=dt.date(2027, 10, 1),
                          what=f"{ISF} with one provider first", today=LATER))
    undo.push(edit_action(doc, action_id=diary.id, status=ActionStatus.DONE, today=LATER))
    board = PlanBoard(doc, undo, today=lambda: LATER, heading=ACT_HEADING)
    qtbot.addWidget(board)
    board.resize(1366, 700)
    board.show()
    qtbot.waitExposed(board)
    settle()
    return board, doc, undo, isf, diary


def test_act_shows_the_slip_the_rooms_words_and_done_late(qtbot):
    board, _doc, undo, isf, diary = _act(qtbot)
    row = _row(board, isf.id)
    assert row.text(WHEN_COLUMN) == "1 Oct 2027 (agreed: 20 Nov 2026)"
    assert row.text(PROGRESS_COLUMN).startswith(
        f"Changed since the workshop: was '{isf.what}'\n")
    assert "(the date agreed was 20 November 2026)" in row.data(
        0, Qt.ItemDataRole.AccessibleTextRole)
    done = _row(board, diary.id)  # due 31 Jan 2027, recorded done on 12 May
    assert done.text(STATUS_COLUMN) == "✔ Done, 3 months late"
    assert "· 2 done (1 after the date agreed) ·" in board.summary.text()
    board.select_action(diary.id)
    save_render(board, "act_agreed_done_late")
    board.select_action(isf.id)
    save_render(board, "act_agreed_slip")
    undo.stack.undo()
    undo.stack.undo()  # both back: the board as the room left it
    settle()
    row = _row(board, isf.id)
    assert row.text(WHEN_COLUMN) == "20 Nov 2026"
    assert not row.text(PROGRESS_COLUMN).startswith("Changed")
    assert _row(board, diary.id).text(STATUS_COLUMN) != "✔ Done, 3 months late"


def test_the_dialog_says_what_was_agreed_and_an_edit_keeps_it(qtbot):
    board, doc, _undo, isf, _ = _act(qtbot)
    board.select_action(isf.id)
    board.open_edit_dialog()
    dialog = board.dialog
    save_render(dialog, "act_agreed_dialog")
    assert dialog.agreed.isVisibleTo(dialog)
    assert dialog.agreed.text() == f"Agreed at the workshop: '{isf.what}', by 20 November 2026"
    dialog.owner.setText("Commissioning Manager")
    dialog.accept()
    settle()
    action = doc.get("actions", isf.id)
    assert action.owner == "Commissioning Manager"
    assert (action.agreed_what, action.agreed_by_when) == (isf.what, dt.date(2026, 11, 20))
    board.select_action(_action(doc, DIARY).id)  # as agreed: nothing more to say
    board.open_edit_dialog()
    assert not board.dialog.agreed.isVisibleTo(board.dialog)
    board.dialog.reject()


def test_what_people_told_us_at_the_check_is_typed_beside_how_we_know_and_shown(qtbot):
    board, doc, undo, _, diary = _act(qtbot)
    board.select_action(diary.id)
    board.open_edit_dialog()
    dialog = board.dialog
    assert dialog.heard_at_check.accessibleName() == "What people told us at the check"
    dialog.heard_at_check.setText("Carers say the diaries showed the late visits")
    dialog.accept()
    settle()
    assert doc.get("actions", diary.id).heard_at_check == \
        "Carers say the diaries showed the late visits"
    row = _row(board, diary.id)
    assert row.text(PROGRESS_COLUMN).endswith(
        "\nPeople told us: Carers say the diaries showed the late visits")
    board.select_action(diary.id)
    save_render(board, "act_heard_at_check")
    board.open_edit_dialog()
    save_render(board.dialog, "act_heard_at_check_dialog")
    assert board.dialog.heard_at_check.text() == "Carers say the diaries showed the late visits"
    board.dialog.reject()
    undo.stack.undo()
    settle()
    assert "People told us" not in _row(board, diary.id).text(PROGRESS_COLUMN)
