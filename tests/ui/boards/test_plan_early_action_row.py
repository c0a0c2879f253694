"""An action whose date agreed is before the workshop's own (the demo's 'agreed' on 12 November
for 1 October) was said by ``wtfc check``, the exports and the opening notice, but not on the
Plan board, where it is put right: its row read "⚠ Late" on the very day the room agreed it,
with no word why. The row now says so under the action's words, in words (its tooltip and a
screen reader have what the exports then print), and stops saying it once the date or the
workshop's date is put right."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.actions import edit_action
from wtfc.model.operations.details import edit_details
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Stage
from wtfc.ui.boards.plan import PLAN_HEADING, PlanBoard
from wtfc.ui.undo import UndoAdapter

DAY = dt.date(2026, 11, 12)  # the demo's workshop
NOTE = "⚠ By 1 Oct 2026 is before this workshop (12 Nov 2026)."
WHOLE = "By 1 October 2026 is before this workshop (12 November 2026)."
PRINTS = "The report, the posters and the feedback sheet print it as late."


def _shown_words(board: PlanBoard, action_id: str) -> str:
    """The What cell's words as drawn (its marks added by the delegate)."""
    item = next(i for i in board.action_items() if i.data(0, Qt.ItemDataRole.UserRole)
                == action_id)
    index = board.tree.indexFromItem(item, 0)
    option = QStyleOptionViewItem()
    board.tree.itemDelegate().initStyleOption(option, index)
    return option.text


def _item(board: PlanBoard, action_id: str):
    return next(i for i in board.action_items()
                if i.data(0, Qt.ItemDataRole.UserRole) == action_id)


def _board(show, doc: Document, undo: UndoAdapter) -> PlanBoard:
    return show(PlanBoard(doc, undo, today=lambda: DAY, heading=PLAN_HEADING), 1098, 640)


def test_an_action_dated_before_the_workshop_says_so_on_its_row(show):
    doc = Document(load_workshop(demo_path()).workshop)
    undo = UndoAdapter(doc)
    board = _board(show, doc, undo)
    assert not any("before this workshop" in _shown_words(board, a.id)
                   for a in doc.workshop.actions)
    height = board.tree.visualItemRect(_item(board, "a03")).height()
    undo.push(edit_action(doc, action_id="a03", by_when=dt.date(2026, 10, 1), today=DAY))
    settle()
    board.select_action("a03")
    save_render(board, "plan_early_action")
    shown = _shown_words(board, "a03")
    assert shown.startswith("⚠ Late — Develop Individual Service Funds")
    assert shown.endswith(f"\u2028{NOTE}")  # a line of its own, under the action's words
    item = _item(board, "a03")
    assert board.tree.visualItemRect(item).height() > height  # the row grew to show it
    assert item.text(0) == doc.get("actions", "a03").what  # the action's own words unchanged
    said = item.data(0, Qt.ItemDataRole.AccessibleTextRole)
    assert said.endswith(f"by 1 October 2026. {WHOLE} {PRINTS}")
    assert f"⚠ {WHOLE} {PRINTS}" in item.toolTip(0)
    # only that action
    assert sum("before this workshop" in _shown_words(board, a.id)
               for a in doc.workshop.actions) == 1
    undo.stack.undo()
    settle()
    assert "before this workshop" not in _shown_words(board, "a03")
    assert "before this workshop" not in (_item(board, "a03").toolTip(0)
                                          + _item(board, "a03").data(
                                              0, Qt.ItemDataRole.AccessibleTextRole))


def test_the_workshops_date_put_right_on_prepare_takes_it_away(show):
    doc = Document(load_workshop(demo_path()).workshop)
    undo = UndoAdapter(doc)
    undo.push(edit_action(doc, action_id="a03", by_when=dt.date(2026, 10, 1), today=DAY))
    board = _board(show, doc, undo)  # a file that holds one: said as it opens
    assert _shown_words(board, "a03").endswith(NOTE)
    undo.push(edit_details(doc, date=dt.date(2026, 9, 12)))  # the day was typed wrong
    settle()
    assert "before this workshop" not in _shown_words(board, "a03")
    undo.stack.undo()
    settle()
    assert _shown_words(board, "a03").endswith(NOTE)


def test_the_note_is_whole_on_a_laptop_at_16_points(demo_window, font_points):
    font_points(16)
    demo_window.resize(1366, 728)  # maximised on a 1366x768 laptop, less the title bar
    doc = demo_window.doc
    demo_window.undo.push(edit_action(doc, action_id="a03", by_when=dt.date(2026, 10, 1),
                                      today=DAY))
    demo_window.go_to_stage(Stage.PLAN)
    board = demo_window.page(Stage.PLAN)
    assert isinstance(board, PlanBoard)
    board.select_action("a03")
    settle()
    save_render(demo_window, "plan_early_action_16pt")
    tree, item = board.tree, _item(board, "a03")
    row = tree.visualItemRect(item)
    words = _shown_words(board, "a03")
    assert words.endswith(NOTE)
    index = tree.indexFromItem(item, 0)
    option = QStyleOptionViewItem()
    tree.itemDelegate().initStyleOption(option, index)
    width = tree.header().sectionSize(0) - tree.indentation() * 2
    needed = option.fontMetrics.boundingRect(0, 0, width, 100_000,
                                             Qt.TextFlag.TextWordWrap, words).height()
    assert row.height() >= needed  # every line of it, the note's last words too
    bar = tree.verticalScrollBar()  # its foot: the note, whole
    bar.setValue(bar.value() + row.bottom() - tree.viewport().height() + 4)
    settle()
    save_render(demo_window, "plan_early_action_16pt_foot")
