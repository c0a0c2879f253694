"""The Plan board: swim-lanes by role, the action dialog, overdue actions standing out."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from tests.ui.boards.conftest import TODAY, save_render
from wtfc.model.workshop import ActionStatus, Role
from wtfc.ui.boards.plan import STATUS_COLUMN, PlanBoard


def _board(qtbot, doc, undo) -> PlanBoard:
    board = PlanBoard(doc, undo, today=lambda: TODAY)
    qtbot.addWidget(board)
    board.resize(1600, 720)
    board.show()
    return board


def _lane_texts(board, role):
    lane = board.lane(role)
    return [lane.child(i).text(0) for i in range(lane.childCount())]


def test_actions_sit_in_their_role_lanes(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    assert board.tree.topLevelItemCount() == len(Role)
    assert _lane_texts(board, Role.COMMISSIONERS) == ["Pilot outcome-based home care contracts"]
    assert _lane_texts(board, Role.PROVIDERS) == [
        "Add 'getting to know you' visits to induction", "Send a weekly rota letter to each person"]
    assert board.lane(Role.HEALTH).text(0) == "Health (0)"


def test_overdue_stands_out_with_icon_word_and_colour(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    late = board.lane(Role.PROVIDERS).child(0)   # due 31 Jan, in progress, today 1 Mar
    done = board.lane(Role.PROVIDERS).child(1)   # due 1 Feb but done
    assert late.text(STATUS_COLUMN) == "⚠ Overdue · In progress"
    assert late.foreground(STATUS_COLUMN).color().name() == "#8a3200"
    assert done.text(STATUS_COLUMN) == "✔ Done"
    assert "1 overdue" in board.summary.text()


def test_add_an_action_through_the_dialog_then_undo_redo(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.tree.setCurrentItem(board.lane(Role.HEALTH))
    board.tree.setFocus()
    qtbot.keyClick(board.tree, Qt.Key.Key_Insert)
    dialog = board.dialog
    assert dialog.role.currentData() == Role.HEALTH
    assert dialog.theme.currentData() == "package"  # the first priority
    qtbot.keyClicks(dialog.what, "Named district nurse link for each home care team")
    dialog.owner.setText("Community nursing")
    dialog.by_when.setDate(QDate(2025, 6, 30))
    dialog.cause.setCurrentIndex(dialog.cause.findData("d"))
    qtbot.keyClick(dialog.what, Qt.Key.Key_Return)  # Enter saves
    action = doc.workshop.actions[-1]
    assert (action.role, action.owner, action.by_when, action.cause_id) == \
        (Role.HEALTH, "Community nursing", dt.date(2025, 6, 30), "d")
    assert _lane_texts(board, Role.HEALTH) == [action.what]
    assert board.selected_action().id == action.id
    undo.stack.undo()
    assert _lane_texts(board, Role.HEALTH) == []
    undo.stack.redo()
    assert _lane_texts(board, Role.HEALTH) == [action.what]


def test_an_action_with_no_words_is_refused_and_the_dialog_stays(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.open_add_dialog()
    board.dialog.accept()
    assert "needs to say what" in board.notice.text()
    assert board.dialog.isVisible()
    assert undo.stack.count() == 0


def test_edit_moves_an_action_to_another_lane(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.select_action("x4")
    qtbot.keyClick(board.tree, Qt.Key.Key_F2)
    dialog = board.dialog
    assert dialog.what.text() == "Run a 'know your rights' session on home care"
    dialog.role.setCurrentIndex(dialog.role.findData(Role.OTHER))
    dialog.accept()
    assert doc.get("actions", "x4").role == Role.OTHER
    assert board.selected_action().id == "x4"
    undo.stack.undo()
    assert doc.get("actions", "x4").role == Role.OLDER_PEOPLES_ORGANISATIONS


def test_space_moves_status_on_and_delete_removes(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.select_action("x2")
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)
    assert doc.get("actions", "x2").status == ActionStatus.DONE
    assert board.lane(Role.PROVIDERS).child(0).text(STATUS_COLUMN) == "✔ Done"  # no longer overdue
    undo.stack.undo()
    assert doc.get("actions", "x2").status == ActionStatus.IN_PROGRESS
    board.select_action("x2")
    qtbot.keyClick(board.tree, Qt.Key.Key_Delete)
    assert doc.get("actions", "x2") is None
    undo.stack.undo()
    undo.stack.redo()
    assert doc.get("actions", "x2") is None


def test_theme_filter(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.theme_filter.setCurrentIndex(board.theme_filter.findData("who"))
    assert _lane_texts(board, Role.COMMISSIONERS) == []
    assert _lane_texts(board, Role.PROVIDERS) == ["Send a weekly rota letter to each person"]


def test_render(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.select_action("x1")
    qtbot.wait(20)
    save_render(board, "plan_board")


def test_long_cells_wrap_onto_more_lines_instead_of_ending_in_dots(qtbot, show):
    """Every word of an action can be read on the board: its row grows to the longest cell."""
    from PySide6.QtGui import QFontMetrics

    from wtfc.model.demo import demo_path
    from wtfc.model.document import Document
    from wtfc.model.storage import load_workshop
    from wtfc.ui.undo import UndoAdapter

    doc = Document(load_workshop(demo_path()).workshop)
    board = show(PlanBoard(doc, UndoAdapter(doc)), 1600, 900)
    line = QFontMetrics(board.tree.font()).lineSpacing()
    longest = max(doc.workshop.actions, key=lambda a: len(a.what))
    board.select_action(longest.id)
    item = board.tree.currentItem()
    assert board.tree.visualItemRect(item).height() >= 3 * line
    board.tree.header().resizeSection(0, 900)  # wider column: fewer lines
    qtbot.waitUntil(lambda: board.tree.visualItemRect(item).height() < 3 * line)


def test_the_act_stage_is_headed_for_doing_and_counts_each_status(qtbot, show):
    """On the Act stage the board asks whether actions are happening; the summary counts each
    status, and the status sits beside the date, on screen on a 1366-wide laptop."""
    from PySide6.QtWidgets import QLabel

    from wtfc.model.demo import demo_path
    from wtfc.model.document import Document
    from wtfc.model.storage import load_workshop
    from wtfc.ui.boards.plan import ACT_HEADING, PLAN_HEADING
    from wtfc.ui.undo import UndoAdapter

    doc = Document(load_workshop(demo_path()).workshop)
    board = show(PlanBoard(doc, UndoAdapter(doc), today=lambda: dt.date(2026, 11, 28),
                           heading=ACT_HEADING), 1366 - 240, 700)
    headings = [label.text() for label in board.findChildren(QLabel)]
    assert ACT_HEADING in headings and PLAN_HEADING not in headings
    counts = {s: sum(a.status == s for a in doc.workshop.actions) for s in ActionStatus}
    for status, count in counts.items():
        if count:
            assert f"{count} {status.label.lower()}" in board.summary.text()
    header = board.tree.header()
    right = header.sectionViewportPosition(STATUS_COLUMN) + header.sectionSize(STATUS_COLUMN)
    assert right <= board.tree.viewport().width()  # no sideways scrolling to see the status


def test_the_plan_and_act_stages_each_get_their_heading(qtbot, doc, undo):
    from PySide6.QtWidgets import QLabel

    from wtfc.model.workshop import Stage
    from wtfc.ui.boards.plan import ACT_HEADING, PLAN_HEADING
    from wtfc.ui.pages import build_stage_page

    for stage, heading in ((Stage.PLAN, PLAN_HEADING), (Stage.ACT, ACT_HEADING)):
        page = build_stage_page(stage, doc, undo)
        qtbot.addWidget(page)
        assert heading in [label.text() for label in page.findChildren(QLabel)]
