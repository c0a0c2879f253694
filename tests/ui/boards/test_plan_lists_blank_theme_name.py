"""Plan with a priority named only a zero-width space (or joiner, word joiner, byte-order
mark), kept from a file saved before one was refused: the "Show:" list offered "Priority 1: "
(its tooltip empty), an action's Answers cell read "Priority 1: ", the action dialog's "Theme
it answers" list "Priority 1: ", and the counts above the lanes "Priority 1 () has no actions
yet." Each names it "Unnamed theme", as the theme box and the exports do; the stored name is
kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.boards.board_workshops import TODAY, sample_workshop
from tests.ui.renders import save_render
from wtfc.model.document import Document
from wtfc.model.unnamed_themes import UNNAMED_THEME
from wtfc.model.workshop import Workshop
from wtfc.ui.boards.action_dialog import ActionDialog
from wtfc.ui.boards.plan import PlanBoard
from wtfc.ui.undo import UndoAdapter

BLANK = "\u200b"
SHOWN = f"Priority 1: {UNNAMED_THEME}"


def _workshop() -> Workshop:
    """The boards' workshop, its first priority ("package", with actions x1 and x2) named only
    a zero-width space, as an older file loads it."""
    ws = sample_workshop()
    themes = [t.model_copy(update={"name": BLANK}) if t.id == "package" else t
              for t in ws.themes]
    return ws.model_copy(update={"themes": themes})


def _board(show, doc: Document, name: str) -> PlanBoard:
    board = show(PlanBoard(doc, UndoAdapter(doc), today=lambda: TODAY), 1400, 700)
    save_render(board, name)
    return board


def _cells(board: PlanBoard) -> list[str]:
    tree, cells = board.tree, []
    for lane in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(lane)
        for row in range(item.childCount()):
            cells.extend(item.child(row).text(c) for c in range(tree.columnCount()))
    return cells


def test_the_show_list_and_the_answers_cells_name_it(show):
    doc = Document(_workshop())
    board = _board(show, doc, "plan_board_blank_theme_name")
    listed = board.theme_filter
    at = listed.findData("package")
    assert listed.itemText(at) == SHOWN
    assert listed.itemData(at, Qt.ItemDataRole.ToolTipRole) == UNNAMED_THEME
    cells = _cells(board)
    assert sum(cell.startswith(SHOWN) for cell in cells) == 2  # x1 and x2 answer it
    assert not [cell for cell in cells if "Priority 1: \u200b" in cell]
    assert doc.theme("package").name == BLANK  # named so on screen, never renamed


def test_the_counts_name_a_priority_with_no_actions(show):
    ws = _workshop()
    left = ws.model_copy(update={"actions": [a for a in ws.actions if a.theme_id != "package"]})
    board = _board(show, Document(left), "plan_board_blank_theme_name_waiting")
    assert f"Priority 1 ({UNNAMED_THEME}) has no actions yet." in board.summary.text()


@pytest.mark.parametrize("blank", [BLANK, "\ufeff", " \u200d\u2060 ", ""])
def test_the_action_dialogs_theme_list_names_it(qtbot, blank):
    ws = _workshop()
    themes = [t.model_copy(update={"name": blank}) if t.id == "package" else t
              for t in ws.themes]
    dialog = ActionDialog(Document(ws.model_copy(update={"themes": themes})),
                          theme_id="package", today=TODAY)
    qtbot.addWidget(dialog)
    listed = dialog.theme
    at = listed.findData("package")
    assert listed.itemText(at) == SHOWN
    assert listed.itemData(at, Qt.ItemDataRole.ToolTipRole) == SHOWN
    assert listed.currentData() == "package"
