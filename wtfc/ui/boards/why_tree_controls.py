"""The Root causes board's buttons and its plain keys on the tree, side by side so each button
names the key that does the same."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from wtfc.ui.boards.click_once import once_per_double_click
from wtfc.ui.boards.common import button_row

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLayout

    from wtfc.ui.boards.causes import CausesBoard

TREE_TIP = (
    "Arrows move; W asks why; R root cause; A we will act on this; T team; M move under; "
    "N new action; C category; F fishbone; drag a cause onto another to move it"
)


def board_buttons(board: CausesBoard) -> QLayout:
    """One button per edit, wrapping onto a second row on a narrow page (a laptop at 150%)."""
    return button_row(
        (
            ("Why? (W)", "Add a reason under the chosen box", board.start_why),
            ("Edit (F2)", "Change the words of the selected cause", board.start_edit),
            (  # once: a double-click turned the mark on and off again, two undo steps unseen
                "Root cause (R)",
                "Mark or unmark the selected cause as a root cause",
                once_per_double_click(board.toggle_root_cause),
            ),
            (
                "Act on this (A)",
                "Mark or unmark: we will act on this",
                once_per_double_click(board.toggle_agreed),
            ),
            ("Team (T)", "Set the team working on this branch", board.start_team),
            ("Move under… (M)", "Move the chosen reason under another box", board.open_move_dialog),
            (  # once: after a delete the tree chooses the parent, which a second click took too
                "Delete",  # "Delete (Delete)" read as a typo; the key is in its tip
                "Delete the selected cause and the reasons below it (Delete key)",
                once_per_double_click(board.delete_selected),
            ),
            (
                "New action… (N)",
                "Add an action for the chosen cause (it goes on the Plan page)",
                board.open_action_dialog,
            ),
            (
                "Category… (C)",
                "Put the chosen cause under a category: people and staff, process, money…",
                board.category.open,
            ),
        ),
        wrap=True,
    )


def plain_keys(board: CausesBoard) -> dict[Qt.Key, Callable[[], object]]:
    """What a key without Ctrl or Alt does on the tree, and on the fishbone (fishbone_view)."""
    return {
        Qt.Key.Key_W: board.start_why,
        Qt.Key.Key_Insert: board.start_why,
        Qt.Key.Key_F2: board.start_edit,
        Qt.Key.Key_Return: board.start_edit,
        Qt.Key.Key_Enter: board.start_edit,
        Qt.Key.Key_R: board.toggle_root_cause,
        Qt.Key.Key_A: board.toggle_agreed,
        Qt.Key.Key_T: board.start_team,
        Qt.Key.Key_M: board.open_move_dialog,
        Qt.Key.Key_Delete: board.delete_selected,
        Qt.Key.Key_N: board.open_action_dialog,
        Qt.Key.Key_Escape: board.branch_cut.forget,
        Qt.Key.Key_C: board.category.open,
        Qt.Key.Key_F: board.shapes.switch,
    }
