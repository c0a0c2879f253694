"""Alt+M (the Teams panel) pressed while a team's name is being typed on the why-tree.

It made two undo steps: the team given (its record carried, as designed), then a second,
"Set 'Older people' in team 'Blue table' to 2", a ghost record of the old name, listed under
"Teams on no why-tree now"; and the keyboard ended on the tree. The keyboard went to the old
team's count first, the line then recorded the name as it lost the keyboard, and the old
team's box, left, pushed its count. Now the line is recorded first and the keyboard goes to
the new team's first count; a box whose team has gone pushes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.workshop import RoomRole
from wtfc.ui.boards.causes import CausesBoard
from wtfc.ui.boards.why_tree_layout import ROOT

OLDER = RoomRole.OLDER_PEOPLE


def test_alt_m_while_naming_a_team_is_one_step_with_no_ghost_record(qtbot, doc, undo):
    board = CausesBoard(doc, undo)
    qtbot.addWidget(board)
    board.resize(1400, 800)
    board.show()
    qtbot.waitExposed(board)
    board.activateWindow()
    part = board.teams.parts["Blue table"]
    part.boxes[OLDER].setValue(2)
    part.boxes[OLDER].editingFinished.emit()
    before = undo.stack.index()
    board.view.select(ROOT)
    board.view.setFocus()
    qtbot.waitUntil(board.view.hasFocus)
    qtbot.keyClick(board.view, Qt.Key.Key_T)
    board.editor.selectAll()
    qtbot.keyClicks(board.editor, "Team Z")
    qtbot.keyClick(board.editor, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    settle()  # a box left late would push its count now
    steps = [undo.stack.text(i) for i in range(before, undo.stack.index())]
    assert len(steps) == 1 and "Team Z" in steps[0]
    assert [team.name for team in doc.workshop.teams] == ["Team Z"]
    assert list(board.teams.parts) == ["Team Z"]
    assert board.teams.parts["Team Z"].line.text() == "Team Z: 2 older people"
    assert not board.teams.leftovers.isVisibleTo(board)  # no "Teams on no why-tree now"
    qtbot.waitUntil(board.teams.parts["Team Z"].boxes[OLDER].hasFocus)
    save_render(board, "causes_alt_m_while_naming")
    undo.stack.undo()  # one Ctrl+Z takes it all back
    assert [team.name for team in doc.workshop.teams] == ["Blue table"]
    assert list(board.teams.parts) == ["Blue table"]
    undo.stack.redo()
    assert list(board.teams.parts) == ["Team Z"]


def test_a_box_whose_team_has_gone_records_nothing_when_left(qtbot, doc, undo):
    board = CausesBoard(doc, undo)
    qtbot.addWidget(board)
    old = board.teams.parts["Blue table"]
    old.boxes[OLDER].setValue(2)
    old.boxes[OLDER].editingFinished.emit()
    assert board.set_team("Team Z", node=ROOT)  # its record carried to the new name
    steps = undo.stack.index()
    old.boxes[OLDER].editingFinished.emit()  # the old name's box, left as the panel is rebuilt
    old.summary.clearFocus()
    assert old.commit_pending()
    assert undo.stack.index() == steps
    assert [team.name for team in doc.workshop.teams] == ["Team Z"]
