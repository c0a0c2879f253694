"""Root causes as a fishbone: the theme the head, a bone per category in use (and "No category
yet"), marks in words as on the tree, readable on a 1366×768 laptop and at 150%; a cause chosen
there is the tree's chosen box when the tree comes back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.ui.boards.board_window import root_causes_at, settle
from tests.ui.renders import save_render
from wtfc.model.cause_category import CauseCategory
from wtfc.model.operations.cause_categories import set_cause_category
from wtfc.model.workshop import Stage
from wtfc.ui.boards.causes import CausesBoard
from wtfc.ui.boards.fishbone_view import FishboneView
from wtfc.ui.boards.why_tree_items import AGREED_BADGE, ROOT_BADGE, CauseItem, ThemeRootItem
from wtfc.ui.boards.why_tree_layout import ROOT
from wtfc.ui.boards.why_tree_view import WhyTreeView


def _bones(board) -> list[tuple[str, list[str]]]:
    return [(label.text, ids) for label, ids in board.shapes.scene.bones]


def test_f_shows_the_fishbone_with_a_bone_per_category_in_use(qtbot, doc, undo, show):
    set_cause_category(doc, cause_id="b", category=CauseCategory.MONEY).do(doc)
    set_cause_category(doc, cause_id="e", category=CauseCategory.PEOPLE_STAFF).do(doc)
    set_cause_category(doc, cause_id="a", category=CauseCategory.MONEY).do(doc)
    board = show(CausesBoard(doc, undo), 1400, 800)  # on the causes' categories
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_F)
    assert board.shapes.showing_fishbone() and board.focusWidget() is board.shapes.fishbone
    assert board.shapes.buttons["Fishbone"].isChecked()
    # in the categories' own order, causes in the tree's reading order; the rest last
    assert _bones(board) == [
        ("People and staff (1)", ["e"]),
        ("Money (2)", ["a", "b"]),
        ("No category yet (2)", ["c", "d"]),
    ]
    nodes = board.shapes.scene.nodes
    assert isinstance(nodes[ROOT], ThemeRootItem)
    assert nodes[ROOT].theme.name == "I feel like a package, not a person"
    assert nodes["b"]._badges == [ROOT_BADGE, AGREED_BADGE] and nodes["e"]._badges == [ROOT_BADGE]
    # the head is right of every bone, the bones above and below the spine by turns
    spine = board.shapes.scene.spine_y
    head = nodes[ROOT].sceneBoundingRect()
    assert all(
        item.sceneBoundingRect().right() < head.left() for n, item in nodes.items() if n != ROOT
    )
    assert nodes["e"].sceneBoundingRect().bottom() < spine < nodes["a"].sceneBoundingRect().top()
    save_render(board, "fishbone_sample")
    qtbot.keyClick(board.shapes.fishbone, Qt.Key.Key_F)
    assert not board.shapes.showing_fishbone() and board.focusWidget() is board.view


def test_a_cause_chosen_on_the_fishbone_stays_chosen_on_the_tree(qtbot, causes_board):
    board = causes_board
    board.view.select("a")
    qtbot.mouseClick(board.shapes.buttons["Fishbone"], Qt.MouseButton.LeftButton)
    fishbone = board.shapes.fishbone
    assert fishbone.selected_id() == "a"  # the tree's choice, carried over
    settle(qtbot)
    item = board.shapes.scene.nodes["e"]
    fishbone.centerOn(item)
    where = fishbone.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(fishbone.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(where))
    assert fishbone.selected_id() == "e"
    assert board.status.text().startswith("Selected: Training covers tasks")
    qtbot.mouseClick(board.shapes.buttons["Tree"], Qt.MouseButton.LeftButton)
    assert board.selected() == "e" and board.focusWidget() is board.view


def test_arrows_walk_the_bones_and_c_files_a_cause_under_another_bone(
    qtbot, doc, undo, causes_board
):
    board = causes_board
    board.shapes.show_shape(fishbone=True)
    fishbone = board.shapes.fishbone
    assert _bones(board) == [("No category yet (5)", ["a", "b", "c", "d", "e"])]
    fishbone.select("a")
    qtbot.keyClick(fishbone, Qt.Key.Key_Down)
    assert fishbone.selected_id() == "b" and board.selected() == "b"
    assert "(root cause, we will act on this)" in fishbone.accessibleDescription()
    assert "On the bone No category yet (5)" in fishbone.accessibleDescription()
    qtbot.keyClick(fishbone, Qt.Key.Key_Right)  # right of the last bone: the theme's head
    assert fishbone.selected_id() == ROOT
    qtbot.keyClick(fishbone, Qt.Key.Key_Left)
    assert fishbone.selected_id() == "a"
    qtbot.keyClick(fishbone, Qt.Key.Key_C)
    board.category.menu.actions()[3].trigger()  # 4 Money
    assert doc.get("causes", "a").category is CauseCategory.MONEY
    assert _bones(board) == [("Money (1)", ["a"]), ("No category yet (4)", ["b", "c", "d", "e"])]
    assert fishbone.selected_id() == "a"  # still chosen, on its new bone
    qtbot.keyClick(fishbone, Qt.Key.Key_R)  # marks work here too
    assert doc.get("causes", "a").root_cause
    undo.stack.undo()
    undo.stack.undo()
    assert _bones(board) == [("No category yet (5)", ["a", "b", "c", "d", "e"])]


def test_a_theme_with_no_causes_says_how_to_start(doc, causes_board):
    board = causes_board
    for cause in [c for c in doc.workshop.causes if c.theme_id == "package"]:
        if doc.get("causes", cause.id) is not None and cause.parent_id is None:
            from wtfc.model.operations.causes import delete_cause

            delete_cause(doc, cause_id=cause.id).do(doc)
    board.shapes.show_shape(fishbone=True)
    assert _bones(board) == []
    texts = [i.toPlainText() for i in board.shapes.scene.items() if hasattr(i, "toPlainText")]
    assert any("press W to ask “why?”" in t for t in texts)


@pytest.mark.parametrize("size", [(1366, 768), (911, 512)])
def test_the_demo_fishbone_is_readable_on_a_laptop(demo_window, qtbot, size):
    """Every word at 12 px or more on screen (the marks' 14 px type included), the head and
    the spine in sight, the rest a scroll away."""
    board = root_causes_at(demo_window, qtbot, size)
    board.shapes.show_shape(fishbone=True)
    settle(qtbot)
    fishbone = board.shapes.fishbone
    assert isinstance(fishbone, FishboneView) and fishbone.isVisible()
    scale = fishbone.transform().m11()
    style = board.shapes.scene.tree_style
    assert min(style.small_px, style.text_px) * scale >= 12 - 0.01
    port = fishbone.viewport().rect()
    head = fishbone.mapFromScene(board.shapes.scene.nodes[ROOT].sceneBoundingRect())
    assert port.intersects(head.boundingRect())
    labels = [label.text for label, _ in board.shapes.scene.bones]
    assert labels == [
        "People and staff (2)",
        "Process (2)",
        "Policy and contracts (1)",
        "Information (3)",
    ]
    save_render(demo_window, f"fishbone_demo_{size[0]}")
    # the Tree / Fishbone pair after the Theme box cost the heading no second line
    title = board.title
    assert title.height() < 2 * title.fontMetrics().lineSpacing()
    for button in board.shapes.buttons.values():
        assert button.isVisible() and button.width() >= button.sizeHint().width()
    # the tree comes back as it was
    board.shapes.show_shape(fishbone=False)
    assert isinstance(board.shapes.current_view(), WhyTreeView)


def test_theme_c_shows_its_no_category_yet_bone(qtbot, demo_window):
    demo_window.go_to_stage(Stage.UNDERSTAND)
    board = demo_window.page(Stage.UNDERSTAND).causes
    demo_window.page(Stage.UNDERSTAND).setCurrentWidget(board)
    board.selector.select_theme("t06")
    board.shapes.show_shape(fishbone=True)
    labels = [label.text for label, _ in board.shapes.scene.bones]
    assert labels[-1] == "No category yet (2)"
    assert all(isinstance(i, CauseItem) for n, i in board.shapes.scene.nodes.items() if n != ROOT)
    save_render(demo_window, "fishbone_demo_theme_c")
