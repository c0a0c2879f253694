"""The Understand board's Teams panel: who was in each root-cause team, by role, and what it
found, beside the why-tree; each edit one undo step, typed words kept, reached by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.renders import save_render
from wtfc.model.operations.record import count_of, team_record
from wtfc.model.workshop import RoomRole
from wtfc.ui.boards.causes import CausesBoard
from wtfc.ui.boards.why_tree_layout import ROOT

OLDER, COMM = RoomRole.OLDER_PEOPLE, RoomRole.COMMISSIONERS


def _board(qtbot, doc, undo, width=1400, height=800) -> CausesBoard:
    board = CausesBoard(doc, undo)
    qtbot.addWidget(board)
    board.resize(width, height)
    board.show()
    qtbot.waitExposed(board)
    return board


def _count(doc, team, role) -> int:
    record = team_record(doc.workshop, team)
    return count_of(record.members, role) if record else 0


def test_the_panel_shows_the_teams_of_the_chosen_tree(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    assert list(board.teams.parts) == ["Blue table"]
    assert board.teams.parts["Blue table"].line.text() == "Blue table: nobody recorded yet"
    board.selector.select_theme("who")
    assert list(board.teams.parts) == ["Green table"]
    assert not board.teams.empty.isVisibleTo(board)


def test_a_count_is_one_undo_step_and_the_words_follow(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    part = board.teams.parts["Blue table"]
    box = part.boxes[COMM]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "2")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert _count(doc, "Blue table", COMM) == 2
    assert undo.stack.count() == 1
    assert undo.stack.undoText() == "Set 'Commissioners' in team 'Blue table' to 2"
    assert part.line.text() == "Blue table: 2 commissioners"
    # commissioners but no older person: said in words, not by colour
    assert part.note.isVisibleTo(board) and "No older person in this team" in part.note.text()
    undo.stack.undo()
    assert _count(doc, "Blue table", COMM) == 0 and box.value() == 0
    assert part.line.text() == "Blue table: nobody recorded yet"
    assert not part.note.isVisibleTo(board)
    undo.stack.redo()
    assert box.value() == 2 and part.line.text() == "Blue table: 2 commissioners"
    part.boxes[OLDER].setValue(3)
    part.boxes[OLDER].editingFinished.emit()
    assert part.line.text() == "Blue table: 3 older people, 2 commissioners"
    assert not part.note.isVisibleTo(board)


def test_a_summary_is_kept_on_save_and_undone_in_one_step(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    summary = board.teams.parts["Blue table"].summary
    summary.setFocus()
    qtbot.waitUntil(summary.hasFocus)
    qtbot.keyClicks(summary, "Contracts pay for minutes")
    assert [e.label for e in board.teams.typed_edits()] == [
        "Edit the summary of team 'Blue table'"
    ]  # the autosave's copy holds it
    assert board.commit_pending()  # what Ctrl+S, closing and a stage change do first
    assert team_record(doc.workshop, "Blue table").summary == "Contracts pay for minutes"
    assert undo.stack.count() == 1
    assert board.commit_pending() and undo.stack.count() == 1  # nothing new: no empty step
    undo.stack.undo()
    assert team_record(doc.workshop, "Blue table") is None
    assert summary.toPlainText() == ""
    undo.stack.redo()
    assert summary.toPlainText() == "Contracts pay for minutes"


def test_alt_m_reaches_the_panel_and_tab_walks_the_counts_then_the_summary(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.activateWindow()
    board.view.setFocus()
    qtbot.waitUntil(board.view.hasFocus)
    qtbot.keyClick(board.view, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    part = board.teams.parts["Blue table"]
    qtbot.waitUntil(part.boxes[OLDER].hasFocus)
    walked = []
    for _ in range(len(RoomRole)):
        walked.append(board.focusWidget())
        qtbot.keyClick(board.focusWidget(), Qt.Key.Key_Tab)
    assert [w.accessibleName() for w in walked] == [
        f"{role.label} in Blue table" for role in RoomRole
    ]
    assert part.summary.hasFocus()


def test_renaming_the_team_on_the_tree_carries_its_record(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    part = board.teams.parts["Blue table"]
    part.boxes[OLDER].setValue(2)
    part.boxes[OLDER].editingFinished.emit()
    assert board.set_team("Team A", node=ROOT)  # T on the theme: every cause of its tree
    assert list(board.teams.parts) == ["Team A"]
    assert board.teams.parts["Team A"].line.text() == "Team A: 2 older people"
    undo.stack.undo()
    assert board.teams.parts["Blue table"].line.text() == "Blue table: 2 older people"


def test_a_team_whose_last_branch_is_deleted_leaves_the_panel_and_comes_back_with_undo(
    qtbot, doc, undo
):
    board = _board(qtbot, doc, undo)
    board.selector.select_theme("who")
    part = board.teams.parts["Green table"]
    part.boxes[OLDER].setValue(1)
    part.boxes[OLDER].editingFinished.emit()
    board.view.select("s1")
    assert board.delete_selected()
    assert board.teams.parts == {}
    assert board.teams.empty.isVisibleTo(board)  # no team here: it says how to name one
    assert _count(doc, "Green table", OLDER) == 1  # the record stays in the file
    undo.stack.undo()
    assert board.teams.parts["Green table"].line.text() == "Green table: 1 older person"


def test_a_read_only_workshop_shows_the_record_and_takes_no_edit(qtbot, doc, undo):
    undo.read_only = True
    board = _board(qtbot, doc, undo)
    part = board.teams.parts["Blue table"]
    assert part.boxes[OLDER].isReadOnly() and part.summary.isReadOnly()
    assert board.commit_pending() and undo.stack.count() == 0


def _demo_board(qtbot, window_size):
    from PySide6.QtWidgets import QWidget

    from wtfc.model.demo import demo_path
    from wtfc.model.document import Document
    from wtfc.model.storage import load_workshop
    from wtfc.ui.undo import UndoAdapter

    doc = Document(load_workshop(demo_path()).workshop)
    window = QWidget()  # as the main window's stage page: squeezed below its own wish
    qtbot.addWidget(window)
    board = CausesBoard(doc, UndoAdapter(doc), window)
    board.setGeometry(0, 0, *window_size)
    window.resize(*window_size)
    window.show()
    qtbot.waitExposed(window)
    return window, board


def test_the_demo_s_team_reads_whole_beside_the_tree_at_100_and_150_percent(qtbot):
    """1366x768 leaves the board ~1120x690; at 150% (911x512) ~724x460."""
    for size, name in (((1120, 690), "100"), ((724, 460), "150")):
        window, board = _demo_board(qtbot, size)
        part = board.teams.parts["Team A"]
        assert part.line.text() == (
            "Team A: 2 older people, 1 family carer, 1 commissioner, 1 provider, 1 care manager"
        )
        assert part.summary.toPlainText().startswith("Contracts pay for minutes of task")
        line = part.line
        assert line.height() >= line.heightForWidth(line.width())  # wrapped, not cut
        assert board.view.width() >= 0.55 * board.width()  # the tree keeps most of the width
        for box in part.boxes.values():
            assert box.width() >= box.sizeHint().width()
        save_render(window, f"causes_teams_panel_{name}")
    part.boxes[OLDER].setValue(0)  # at 150%: the note in words fits too
    part.boxes[OLDER].editingFinished.emit()
    assert part.note.text().startswith("No older person in this team")
    assert part.note.height() >= part.note.heightForWidth(part.note.width())
    save_render(window, "causes_teams_panel_150_no_older_person")


def test_a_summary_typed_then_another_stage_is_kept_in_the_window(demo_window, qtbot):
    """The stage list's change records the words first, as it does for the tree's line."""
    from wtfc.model.workshop import Stage

    window = demo_window
    window.go_to_stage(Stage.UNDERSTAND)
    page = window.page(Stage.UNDERSTAND)
    page.setCurrentWidget(page.causes)
    summary = page.causes.teams.parts["Team A"].summary
    summary.setFocus()
    summary.selectAll()
    qtbot.keyClicks(summary, "Contracts pay for minutes")
    window.go_to_stage(Stage.PLAN)
    assert team_record(window.doc.workshop, "Team A").summary == "Contracts pay for minutes"
    stack = window.undo.stack  # its own step, before the stage change's
    assert [stack.text(stack.count() - n) for n in (2, 1)] == [
        "Edit the summary of team 'Team A'",
        "Go to stage 'Plan'",
    ]
