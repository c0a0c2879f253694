"""On the fishbone, the tree's keys act on the box chosen there (W, F2, T, M, N, Delete as well
as C, R, A), and a screen reader is told the chosen box however it came to be chosen, as it
is drawn now (its bone after C, its marks after R or an undo)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.spoken_checks import catch_announcements, described
from wtfc.model.cause_category import CauseCategory
from wtfc.model.operations.cause_categories import set_cause_category
from wtfc.ui.boards.causes import CausesBoard
from wtfc.ui.boards.why_tree_layout import ROOT


def _fishbone_board(qtbot, doc, undo, chosen: str | None = None) -> CausesBoard:
    board = CausesBoard(doc, undo)
    qtbot.addWidget(board)
    board.resize(1400, 800)
    board.show()
    qtbot.waitExposed(board)
    board.view.setFocus()
    if chosen:
        board.view.select(chosen)
    qtbot.keyClick(board.view, Qt.Key.Key_F)
    assert board.shapes.showing_fishbone()
    return board


def test_the_chosen_box_is_described_after_f_and_a_click(qtbot, doc, undo):
    board = _fishbone_board(qtbot, doc, undo, chosen="c")
    fishbone = board.shapes.fishbone
    assert described(fishbone) == (
        "Selected: Travel time between visits is unpaid. On the bone No category yet (5)."
    )
    for _ in range(5):
        QApplication.processEvents()
    item = board.shapes.scene.nodes["e"]
    fishbone.centerOn(item)
    where = fishbone.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(fishbone.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(where))
    assert described(fishbone).startswith("Selected: Training covers tasks")


def test_the_description_follows_c_r_undo_and_another_theme(qtbot, doc, undo):
    set_cause_category(doc, cause_id="b", category=CauseCategory.MONEY).do(doc)
    board = _fishbone_board(qtbot, doc, undo, chosen="a")
    fishbone = board.shapes.fishbone
    assert described(fishbone).endswith("On the bone No category yet (4).")
    qtbot.keyClick(fishbone, Qt.Key.Key_C)
    board.category.menu.actions()[3].trigger()  # 4 Money
    assert described(fishbone).endswith("On the bone Money (2).")
    qtbot.keyClick(fishbone, Qt.Key.Key_R)
    assert "15-minute slots (root cause)" in described(fishbone)
    undo.stack.undo()
    assert "(root cause)" not in described(fishbone)
    assert described(fishbone).endswith("On the bone Money (2).")
    undo.stack.undo()
    assert described(fishbone).endswith("On the bone No category yet (4).")
    board.selector.select_theme("who")
    assert fishbone.selected_id() == ROOT
    assert described(fishbone).startswith("Selected: Theme: I never know who is coming")
    board.shapes.fishbone.select(None)
    assert described(fishbone) == ""


def test_w_on_the_fishbone_asks_why_under_the_chosen_box(qtbot, doc, undo, monkeypatch):
    board = _fishbone_board(qtbot, doc, undo, chosen="c")
    fishbone = board.shapes.fishbone
    qtbot.keyClick(fishbone, Qt.Key.Key_W)
    assert board.prompt.text() == "Why? ('Travel time between visits is unpaid')"
    assert board.focusWidget() is board.editor
    qtbot.keyClicks(board.editor, "Mileage is not paid either")
    qtbot.keyClick(board.editor, Qt.Key.Key_Return)
    new = next(c for c in doc.workshop.causes if c.text == "Mileage is not paid either")
    assert new.parent_id == "c"
    assert board.shapes.showing_fishbone() and board.focusWidget() is fishbone
    assert fishbone.selected_id() == new.id  # drawn on the fishbone, and chosen there
    assert described(fishbone).startswith("Selected: Mileage is not paid either")


def test_the_trees_other_keys_work_on_the_fishbone(qtbot, doc, undo):
    board = _fishbone_board(qtbot, doc, undo, chosen="c")
    fishbone = board.shapes.fishbone
    qtbot.keyClick(fishbone, Qt.Key.Key_F2)
    assert board.prompt.text() == "Edit the cause:"
    assert board.editor.text() == "Travel time between visits is unpaid"
    qtbot.keyClick(board.editor, Qt.Key.Key_Escape)
    fishbone.setFocus()
    qtbot.keyClick(fishbone, Qt.Key.Key_T)
    assert board.prompt.text() == "Team for this branch:"
    qtbot.keyClick(board.editor, Qt.Key.Key_Escape)
    fishbone.setFocus()
    qtbot.keyClick(fishbone, Qt.Key.Key_N)
    assert board.tree_actions.dialog.isVisible()
    board.tree_actions.dialog.reject()
    qtbot.keyClick(fishbone, Qt.Key.Key_M)
    assert board.move_dialog.isVisible()
    board.move_dialog.reject()
    qtbot.keyClick(fishbone, Qt.Key.Key_Delete)
    assert doc.get("causes", "c") is None
    assert board.shapes.showing_fishbone()
    assert "c" not in board.shapes.scene.nodes


def test_an_arrow_says_the_box_it_chose(qtbot, doc, undo, monkeypatch):
    said = catch_announcements(monkeypatch)
    board = _fishbone_board(qtbot, doc, undo, chosen="a")
    qtbot.keyClick(board.shapes.fishbone, Qt.Key.Key_Down)
    assert said[-1] == described(board.shapes.fishbone)
    assert said[-1].startswith("Selected: Contracts pay by the minute")
