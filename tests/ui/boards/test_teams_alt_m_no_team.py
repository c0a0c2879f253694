"""Alt+M (the Teams panel) on a why-tree that names no team, and Tab to a record on no tree.

Alt+M did nothing seen or heard when the tree named no team, even with a record listed under
"Teams on no why-tree now"; and that record's Delete came only after the whole toolbar.
Before any priority was chosen it framed and said "No team named on this why-tree yet: choose
a box and press T", with no tree and no box: now the Theme box's advice, to choose priorities.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.ui.renders import save_render
from tests.ui.spoken_checks import catch_announcements
from wtfc.model.document import Document
from wtfc.model.workshop import RoomRole, Workshop
from wtfc.ui.boards.causes import CausesBoard
from wtfc.ui.boards.team_record import NO_TEAMS, NO_TEAMS_SAID, NO_THEME
from wtfc.ui.undo import UndoAdapter

OLDER = RoomRole.OLDER_PEOPLE


@pytest.fixture
def spoken(monkeypatch):
    return catch_announcements(monkeypatch)


def _board(qtbot, doc, undo, width=1400) -> CausesBoard:
    board = CausesBoard(doc, undo)
    qtbot.addWidget(board)
    board.resize(width, 800 if width > 1000 else 500)
    board.show()
    qtbot.waitExposed(board)
    board.activateWindow()
    board.selector.select_theme("who")  # one cause, given to Green table
    return board


def _alt_m(qtbot, board) -> None:
    board.view.setFocus()
    qtbot.waitUntil(board.view.hasFocus)
    qtbot.keyClick(board.view, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)


def _leave_a_record_on_no_tree(board) -> QPushButton:
    part = board.teams.parts["Green table"]
    part.boxes[OLDER].setValue(1)
    part.boxes[OLDER].editingFinished.emit()
    board.view.select("s1")
    assert board.set_team("")  # its one branch given no team: the record stays in the file
    (button,) = board.teams.leftovers.buttons.values()
    return button


@pytest.mark.parametrize("width", [1400, 700])
def test_with_no_team_alt_m_goes_to_the_words_saying_how_to_name_one(
    qtbot, doc, undo, spoken, width
):
    board = _board(qtbot, doc, undo, width)
    board.view.select("s1")
    assert board.set_team("")
    assert board.teams.parts == {} and not board.teams.leftovers.isVisibleTo(board)
    _alt_m(qtbot, board)
    qtbot.waitUntil(board.teams.empty.hasFocus)
    assert spoken == [NO_TEAMS_SAID]
    assert board.teams.empty.isVisible()  # the panel opened, where it was folded to a strip
    save_render(board, f"causes_alt_m_no_team_{width}")


@pytest.mark.parametrize("width", [1400, 700])
def test_with_no_priority_yet_alt_m_says_to_choose_priorities(qtbot, spoken, width):
    empty = Document(Workshop())
    board = CausesBoard(empty, UndoAdapter(empty))
    qtbot.addWidget(board)
    board.resize(width, 800 if width > 1000 else 500)
    board.show()
    qtbot.waitExposed(board)
    board.activateWindow()
    assert board.selector.theme_id() is None
    _alt_m(qtbot, board)
    qtbot.waitUntil(board.teams.empty.hasFocus)
    assert board.teams.empty.isVisible()
    words = board.teams.empty.text()
    assert words == NO_THEME and "1. Choose priorities" in words and "press T" not in words
    assert spoken == [NO_THEME]
    save_render(board, f"causes_alt_m_no_priority_{width}")


def test_a_file_with_priorities_opened_then_says_how_to_name_a_team(qtbot, doc):
    empty = Document(Workshop())
    board = CausesBoard(empty, UndoAdapter(empty))
    qtbot.addWidget(board)
    assert board.teams.empty.text() == NO_THEME
    empty.replace_workshop(doc.workshop)
    board.selector.select_theme("who")
    board.view.select("s1")
    assert board.set_team("")
    qtbot.waitUntil(lambda: board.teams.empty.text() == NO_TEAMS)


def test_with_no_team_alt_m_goes_to_the_first_record_s_delete(qtbot, doc, undo, spoken):
    board = _board(qtbot, doc, undo, 700)
    button = _leave_a_record_on_no_tree(board)
    assert board.teams.parts == {}
    _alt_m(qtbot, board)
    qtbot.waitUntil(button.hasFocus)
    assert button.accessibleName() == "Delete the record of Green table"
    assert spoken == [NO_TEAMS_SAID]


def test_tab_reaches_a_record_s_delete_before_the_toolbar(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    button = _leave_a_record_on_no_tree(board)
    toolbar = {b for b in board.findChildren(QPushButton) if not board.teams.isAncestorOf(b)}
    board.view.setFocus()
    qtbot.waitUntil(board.view.hasFocus)
    walked = []
    for _ in range(4):  # the tree, then the panel: its words take no Tab
        qtbot.keyClick(board.focusWidget(), Qt.Key.Key_Tab)
        walked.append(board.focusWidget())
        if walked[-1] is button:
            break
    assert button in walked and not toolbar & set(walked)
    # a theme with a team: its summary, then the record
    board.selector.select_theme("package")
    summary = board.teams.parts["Blue table"].summary
    summary.setFocus()
    qtbot.waitUntil(summary.hasFocus)
    qtbot.keyClick(summary, Qt.Key.Key_Tab)
    assert button.hasFocus()
