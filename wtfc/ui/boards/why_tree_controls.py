"""The Root causes board's buttons and its plain keys on the tree, side by side so each button
names the key that does the same; and the words that follow the tree's theme's kind
(``show_kind``): a hope's tree asks "What is in the way? (W)" of the hope, not "Why? (W)", and
"Why? (W)" of each obstacle below it (``show_asked``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton

from wtfc.model.cause_kind_words import CAUSE_WORDS, CauseWords, cause_words
from wtfc.model.workshop import Kind
from wtfc.ui.boards.click_once import once_per_double_click
from wtfc.ui.boards.common import button_row

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLayout

    from wtfc.ui.boards.causes import CausesBoard

# The board's heading: the question the room is asked of the theme's kind
QUESTIONS = {kind: f"Understand: {words.question}" for kind, words in CAUSE_WORDS.items()}
NO_THEME_QUESTION = "Understand: why?"



def tree_tip(kind: Kind | None) -> str:
    """The tree's tooltip, with what W asks of the theme's ``kind``: a hope's tree asks "what
    is in the way" of the hope, then why of each cause (``CauseLine.set_deeper``)."""
    ask = cause_words(kind).ask.rstrip("?").lower()
    asks = "why" if ask == "why" else f"{ask} (of the theme; why below it)"
    return (f"Arrows move; W asks {asks}; R root cause; A we will act on this; T team; "
            "M move under; P move to another theme's tree; N new action; C category; F fishbone; "
            "drag a cause onto another to move it")


TREE_TIP = tree_tip(Kind.NOT_WORKING)


def board_buttons(board: CausesBoard) -> QLayout:
    """One button per edit, wrapping onto a second row on a narrow page (a laptop at 150%); the
    category and the move to another theme under More…"""
    row = button_row(
        (
            ("Why? (W)", _why_tip(cause_words(Kind.NOT_WORKING)), board.start_why),  # show_asked
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
        ),
        wrap=True,
    )
    row.addWidget(_more_button((
        ("&Category… (C)",
         "Put the chosen cause under a category: people and staff, process, money…",
         board.category.open),
        (  # a cause written under the wrong priority's tree (cause_theme_menu)
            "Move to theme… (&P)",
            "Move the chosen cause, with the reasons below it, to another priority theme's "
            "why-tree",
            board.theme_move.open,
        ),
    )))
    return row


def _more_button(entries: tuple[tuple[str, str, Callable[[], object]], ...]) -> QPushButton:
    """Category… and Move to theme… under one button: as two, the row took a third line at 16 pt
    on 1024x768 and the tree shrank to one box in sight. Their keys (C, P) as before; the
    button's name says what it holds."""
    button = QPushButton("More…")
    names = [text.replace("&", "").split("…")[0] for text, _tip, _slot in entries]
    button.setAccessibleName(f"More: {', '.join(names)}")
    button.setToolTip("\n".join(f"{text.replace('&', '')}: {tip}" for text, tip, _ in entries))
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # as the row's others (button_row)
    menu = QMenu(button)
    menu.setAccessibleName(button.accessibleName())
    menu.setToolTipsVisible(True)
    for text, tip, slot in entries:
        action = QAction(text, menu)
        action.setToolTip(tip)
        action.triggered.connect(lambda _=False, do=slot: do())
        menu.addAction(action)
    button.setMenu(menu)
    return button


def why_button(buttons: QLayout) -> QPushButton:
    """``board_buttons``' first: Why? (W)."""
    item = buttons.itemAt(0)
    button = item.widget() if item is not None else None
    assert isinstance(button, QPushButton)
    return button


def show_kind(board: CausesBoard, kind: Kind | None) -> None:
    """The heading, the Why? button and the line under the tree ask the question of ``kind``
    (None: no theme to show); the W key does for every kind."""
    board.title.setText(QUESTIONS[kind] if kind is not None else NO_THEME_QUESTION)
    board.line.set_kind(kind)
    board.view.setToolTip(tree_tip(kind))
    show_asked(board)


def show_asked(board: CausesBoard) -> None:
    """The Why? button asks what W asks of the chosen box (``CauseLine.words``): a hope's
    "What is in the way? (W)" on its own box, "Why? (W)" on a cause under it."""
    words = board.line.words
    board.why_button.setText(f"{words.ask} (W)")
    board.why_button.setAccessibleName(words.ask)
    board.why_button.setToolTip(_why_tip(words))


def _why_tip(words: CauseWords) -> str:
    return f"Add {words.answer} under the chosen box"


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
        Qt.Key.Key_P: board.theme_move.open,
        Qt.Key.Key_F: board.shapes.switch,
    }
