"""R2 review, session 36: a mixed team's report-back (each expected to FAIL on 008998db)."""
from PySide6.QtCore import Qt

from wtfc.model.workshop import RoomRole, Stage


def _tree(w, index):
    w.go_to_stage(Stage.UNDERSTAND)
    page = w.page(Stage.UNDERSTAND)
    page.setCurrentIndex(1)
    board = page.causes
    board.selector.setCurrentIndex(index)
    return board


def test_success_comes_up_on_the_team_s_theme(demo_window, qtbot):
    """Finding 1: Team C's why-tree shown, then Ctrl+5: success of Team C's theme."""
    board = _tree(demo_window, 2)
    demo_window.go_to_stage(Stage.IDENTIFY_SUCCESS)
    success = demo_window.page(Stage.IDENTIFY_SUCCESS)
    assert success.selector.theme_id() == board.theme_id()


def test_t_then_enter_on_the_theme_box_keeps_its_one_team(demo_window, qtbot):
    """Finding 3: T, Enter on the theme's box of a one-team tree changes nothing."""
    board = _tree(demo_window, 2)
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_T)
    qtbot.keyClick(board.editor, Qt.Key.Key_Return)
    teams = {c.team for c in demo_window.doc.workshop.causes if c.theme_id == board.theme_id()}
    assert teams == {"Team C"}


def test_undo_of_another_team_s_count_brings_its_tree_up(demo_window, qtbot):
    """Finding 5: Ctrl+Z of Team A's count while Team C's tree is shown shows Team A's."""
    board = _tree(demo_window, 0)
    first = board.theme_id()
    box = board.teams.parts["Team A"].boxes[RoomRole.OLDER_PEOPLE]
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "5")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    board.selector.setCurrentIndex(2)
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert board.theme_id() == first
