"""P on the why-tree (or More… → Move to theme…): a cause written under the wrong priority's tree
moved, with its branch, to another theme's tree from a small menu of the other themes; one undo
step. Links from this theme's actions are named in a question first and dropped; Undo puts them
back. Each theme's entry names its kind, count and teams as the Theme box does (c7666ecd)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.boards.more_button import click_more
from tests.ui.renders import save_render
from wtfc.model.operations.cause_move import links_dropped
from wtfc.model.workshop import Priority
from wtfc.ui.boards import cause_theme_menu
from wtfc.ui.boards.why_tree_layout import ROOT
from wtfc.ui.shortcut_help import HELP_ROWS

WHO = "&1 Priority 2: I never know who is coming or when · ✗ 4 cards · Team: Green table"


def _entries(menu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_p_moves_the_cause_to_the_theme_chosen_and_undo_brings_it_back(qtbot, doc, undo,
                                                                       causes_board):
    board = causes_board
    board.view.select("c")
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_P)
    menu = board.theme_move.menu
    assert menu is not None and menu.isVisible()
    assert _entries(menu) == [WHO]  # not the tree's own theme
    save_render(board, "why_tree_move_to_theme_button")
    save_render(menu, "why_tree_move_to_theme_menu")
    menu.actions()[0].trigger()

    assert undo.stack.undoText() == ("Move 'Travel time between visits is unpaid' to "
                                     "'I never know who is coming or when'")
    assert "c" not in board.scene.nodes  # gone from this tree…
    save_render(board, "why_tree_moved_from_this_tree")
    assert "Moved 'Travel time between visits is unpaid' to the why-tree of" in \
        board.status.text()
    board.selector.select_theme("who")
    assert "c" in board.scene.nodes  # …and on the other, at its top, with its team
    assert board.scene.nodes["c"].cause.parent_id is None
    assert doc.get("causes", "c").team == "Blue table"
    qtbot.wait(50)  # the Teams panel lays out its second team
    save_render(board, "why_tree_moved_to_theme")

    undo.stack.undo()
    assert "c" not in board.scene.nodes
    board.selector.select_theme("package")
    assert doc.get("causes", "c").parent_id == "a" and "c" in board.scene.nodes
    undo.stack.redo()
    assert doc.get("causes", "c").theme_id == "who"


def test_a_branch_with_a_linked_action_asks_first_and_drops_the_link(qtbot, doc, undo,
                                                                     causes_board, monkeypatch):
    board = causes_board
    asked: list[str] = []
    answer = [False]

    def ask(_parent, words, count):
        asked.append(words)
        return answer[0]

    monkeypatch.setattr(cause_theme_menu, "ask_to_drop_links", ask)
    board.view.select("d")
    menu = board.theme_move.open()
    menu.actions()[0].trigger()
    assert asked == ["The action 'Add 'getting to know you' visits to induction' is for 'I feel "
                     "like a package, not a person' and is linked to 'Paid carers are too task "
                     "focused' (or a reason below it).\n\nMoved to 'I never know who is coming "
                     "or when', the cause would be on another theme's why-tree, so the link is "
                     "dropped: the action stays on the Plan page, with no cause. Ctrl+Z puts the "
                     "cause and the link back."]
    assert doc.get("causes", "d").theme_id == "package"  # Cancel: nothing moved
    assert undo.stack.count() == 0

    answer[0] = True
    board.theme_move.choose("d", "who")
    assert undo.stack.undoText() == (
        "Move 'Paid carers are too task focused' (and 1 cause under it) to 'I never know who "
        "is coming or when' (the action 'Add 'getting to know you' visits to ind…' loses its link)")
    assert {doc.get("causes", i).theme_id for i in "de"} == {"who"}
    assert doc.get("causes", "e").root_cause  # its mark goes with it
    assert doc.get("actions", "x2").cause_id is None
    assert "no longer has a cause: Ctrl+Z puts the cause and the link back" in \
        board.status.text()
    assert "d" not in board.scene.nodes and "e" not in board.scene.nodes
    undo.stack.undo()
    assert doc.get("actions", "x2").cause_id == "e"
    assert "d" in board.scene.nodes and "e" in board.scene.nodes


def test_the_button_is_the_mouse_way_and_f1_lists_p(qtbot, doc, causes_board):
    board = causes_board
    board.view.select("a")
    click_more(qtbot, board, "Move to theme… (P)")
    assert board.theme_move.menu is not None and board.theme_move.menu.isVisible()
    rows = board.view.property(HELP_ROWS)
    assert any(row.startswith("P\tWhy-tree and fishbone: move the chosen cause") for row in rows)
    assert "P move to another theme's tree" in board.view.toolTip()


def test_no_cause_chosen_read_only_or_no_other_theme_says_why(doc, undo, causes_board):
    board = causes_board
    board.view.select(ROOT)
    assert board.theme_move.open() is None
    assert "Select a cause first" in board.notice.text()
    board.view.select("a")
    undo.read_only = True
    assert board.theme_move.open() is None
    assert "read-only" in board.notice.text()
    undo.read_only = False
    who = doc.theme("who")
    doc.put("themes", "who", who.model_copy(update={"priority": Priority()}), None)
    doc.put("causes", "s1", None, None)
    for action in ("x3", "x4"):
        doc.put("actions", action, None, None)
    assert board.theme_move.open() is None
    assert "no other priority theme" in board.notice.text()


def test_long_names_are_cut_at_a_word_and_an_ampersand_is_shown(doc, causes_board):
    board = causes_board
    who = doc.theme("who")
    name = "Carers come & go and nobody tells me who is coming or when, or why they are late"
    doc.put("themes", "who", who.model_copy(update={"name": name}), None)
    board.view.select("a")
    [entry] = board.theme_move.open().actions()
    # cut at 48 characters, at a word (c7666ecd: the kind, count and team follow it)
    assert entry.text() == ("&1 Priority 2: Carers come && go and nobody tells me who is… · ✗ 4 "
                            "cards · Team: Green table")
    assert entry.toolTip() == f"Priority 2: {name}. Not working, 4 cards. Team: Green table"


def test_p_on_the_fishbone_moves_the_box_chosen_there(qtbot, doc, causes_board):
    board = causes_board
    board.view.select("e")
    board.shapes.show_shape(fishbone=True)
    qtbot.keyClick(board.shapes.fishbone, Qt.Key.Key_P)
    assert board.theme_move.menu.isVisible()
    assert board.theme_move.menu.accessibleName() == (
        "Move 'Training covers tasks, not getting to know people' to another theme's why-tree")


def test_two_links_are_named_together(doc):
    doc.put("actions", "x2", doc.get("actions", "x2").model_copy(update={"cause_id": "c"}), None)
    words = cause_theme_menu.drop_links_words(doc, doc.get("causes", "a"), doc.theme("who"),
                                              links_dropped(doc, "a", "who"))
    assert words.startswith(
        "2 actions for 'I feel like a package, not a person' are linked to 'Visits are booked "
        "in 15-minute slots' or reasons below it: 'Pilot outcome-based home care contracts'; "
        "'Add 'getting to know you' visits to ind…'.")
    assert words.endswith("so the links are dropped: the actions stay on the Plan page, with no "
                          "cause. Ctrl+Z puts the cause and the links back.")
