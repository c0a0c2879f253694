"""C on the why-tree (or More… → Category…): a cause put under a category from a small menu, by
keys or mouse, one undo step; the box says its category in words, as it says its team."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.boards.more_button import click_more
from tests.ui.renders import save_render
from wtfc.model.cause_category import CauseCategory
from wtfc.ui.boards.why_tree_layout import ROOT
from wtfc.ui.shortcut_help import HELP_ROWS


def _entries(menu) -> list[tuple[str, bool]]:
    return [(a.text(), a.isChecked()) for a in menu.actions() if not a.isSeparator()]


def _entry(menu, words: str):
    return next(a for a in menu.actions() if a.text().endswith(words))


def test_c_opens_the_categories_and_a_choice_is_one_undo_step(qtbot, doc, undo, causes_board):
    board = causes_board
    board.view.select("c")
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_C)
    menu = board.category.menu
    assert menu is not None and menu.isVisible()
    assert _entries(menu) == [
        ("&1 People and staff", False),
        ("&2 Process", False),
        ("&3 Policy and contracts", False),
        ("&4 Money", False),
        ("&5 Information", False),
        ("&6 Places and environment", False),
        ("&0 No category yet", True),
    ]
    _entry(menu, "Money").trigger()
    assert doc.get("causes", "c").category is CauseCategory.MONEY
    assert undo.stack.undoText() == "Put 'Travel time between visits is unpaid' under Money"
    box = board.scene.nodes["c"]
    assert box.describe().endswith("unpaid. Category: Money. Team: Blue table")
    assert "Category: Money" in board.status.text()  # the chosen box, said under the tree
    save_render(board, "why_tree_category_on_the_box")

    undo.stack.undo()
    assert doc.get("causes", "c").category is None
    assert "Category" not in board.scene.nodes["c"].describe()
    undo.stack.redo()
    assert "Category: Money" in board.scene.nodes["c"].describe()
    assert board.selected() == "c"


def test_the_menu_ticks_the_causes_category_and_0_takes_it_out(doc, undo, causes_board):
    board = causes_board
    board.view.select("b")
    board.category.choose("b", CauseCategory.POLICY_CONTRACT)
    menu = board.category.open()
    assert ("&3 Policy and contracts", True) in _entries(menu)
    _entry(menu, "No category yet").trigger()
    assert doc.get("causes", "b").category is None
    assert undo.stack.undoText().startswith("Take 'Contracts pay by the minute")


def test_the_category_button_is_the_mouse_way(qtbot, doc, causes_board):
    board = causes_board
    board.view.select("e")
    click_more(qtbot, board, "Category… (C)")  # under More… since c7666ecd
    assert board.category.menu is not None and board.category.menu.isVisible()
    _entry(board.category.menu, "Process").trigger()
    assert doc.get("causes", "e").category is CauseCategory.PROCESS


def test_no_cause_chosen_or_a_read_only_file_says_why_and_opens_nothing(doc, undo, causes_board):
    board = causes_board
    board.view.select(ROOT)
    assert board.category.open() is None
    assert "Select a cause first" in board.notice.text()
    board.view.select("a")
    undo.read_only = True
    assert board.category.open() is None
    assert "read-only" in board.notice.text()
    assert doc.get("causes", "a").category is None


def test_f1_lists_c_and_f(causes_board):
    board = causes_board
    rows = board.view.property(HELP_ROWS)
    assert "C\tWhy-tree and fishbone: put the chosen cause under a category" in rows
    assert any(row.startswith("F\tRoot causes: show the tree or the fishbone") for row in rows)
