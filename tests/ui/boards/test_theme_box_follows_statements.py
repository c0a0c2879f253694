"""Both Theme boxes list a theme with no priority once it has board work of any kind
(``priority_themes``): a statement added on Identify success under such a theme, or an action,
listed it only when a theme next changed, so the box could not reach the statement just added
or redone (F11's leftover, session 36)."""

from __future__ import annotations

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.actions import add_action
from wtfc.model.operations.success import add_success
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Perspective, Role
from wtfc.ui.boards.causes import CausesBoard
from wtfc.ui.boards.success import SuccessBoard
from wtfc.ui.undo import UndoAdapter


def _listed(board) -> set[str]:
    return {board.selector.itemData(i) for i in range(board.selector.count())}


def test_a_statement_or_action_lists_its_theme_in_both_boxes_and_undo_takes_it_off(qtbot):
    doc = Document(load_workshop(demo_path()).workshop)
    undo = UndoAdapter(doc)
    spare = next(t.id for t in doc.workshop.themes if not t.priority.chosen and not any(
        p.theme_id == t.id for name in ("causes", "success", "actions") for p in doc.parts(name)))
    boards = [SuccessBoard(doc, undo), CausesBoard(doc, undo)]
    for board in boards:
        qtbot.addWidget(board)
    assert all(spare not in _listed(board) for board in boards)
    undo.push(add_success(doc, theme_id=spare, perspective=Perspective.OLDER_PEOPLE,
                          text="We meet every week"))
    assert all(spare in _listed(board) for board in boards)
    boards[0].selector.select_theme(spare)  # and the statement is reached from the box
    column = boards[0].columns[Perspective.OLDER_PEOPLE].list
    assert [column.item(r).text() for r in range(column.count())] == ["We meet every week"]
    undo.stack.undo()
    assert all(spare not in _listed(board) for board in boards)
    undo.push(add_action(doc, theme_id=spare, role=Role.COMMISSIONERS, what="Book the hall"))
    assert all(spare in _listed(board) for board in boards)
