"""F1 and a screen reader's list of the why-tree's keys said W asks "why?" under the chosen box,
on a hope's tree too, where the button, its tooltip and the line ask "What is in the way?" of
the hope's own box (review 35 R5-3): the W row says both."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tests.ui.boards.test_why_tree_hope_words import _doc, _undo
from wtfc.ui.shortcut_help import HELP_ROWS


def test_f1_says_w_asks_what_is_in_the_way_on_a_hopes_tree(show):
    from wtfc.ui.boards.causes import CausesBoard

    doc = _doc()
    board = show(CausesBoard(doc, _undo(doc)), 1400, 800)
    board.selector.select_theme("home")  # a hope
    assert board.why_button.text() == "What is in the way? (W)"
    rows = [row for w in (board, *board.findChildren(QWidget))
            for row in (w.property(HELP_ROWS) or [])]
    [w_row] = [row for row in rows if row.startswith("W or Insert\t")]
    assert '"what is in the way?"' in w_row and '"why?"' in w_row
