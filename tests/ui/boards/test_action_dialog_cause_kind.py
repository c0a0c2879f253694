"""The action dialog names an action's cause for its theme's kind, as the boards and exports
lead it in: a hope's "In the way:", a working theme's "Builds on:", a problem's "Root cause:".
It said "Root cause:" for every theme, so a hope's "No transport after the number 12 bus
stopped" was offered as the root cause of people wanting to get out."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel

from tests.export.test_hope_action_links import BUS, TODAY, linked
from tests.ui.renders import save_render
from wtfc.model.document import Document
from wtfc.ui.boards.action_dialog import ActionDialog
from wtfc.ui.boards.plan import PLAN_HEADING, THEME_COLUMN, PlanBoard
from wtfc.ui.undo import UndoAdapter


def _dialog(qtbot, action_id: str) -> ActionDialog:
    doc = Document(linked())  # t1 not working (a1), t2 a hope (a3), t3 working (a4)
    dialog = ActionDialog(doc, action=doc.get("actions", action_id), today=TODAY)
    # put away unasked after the test: its changed Theme box would ask "Discard?" (answered
    # "keep editing" under test) and leave it up for the next test
    qtbot.addWidget(dialog, before_close_func=lambda d: QDialog.done(d, 0))
    dialog.show()
    return dialog


def _choose_theme(dialog: ActionDialog, theme_id: str) -> None:
    dialog.theme.setCurrentIndex(dialog.theme.findData(theme_id))


def _alt_letters(dialog: ActionDialog) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
             if w.isVisible()]
    return [m[1].lower() for text in texts if (m := re.search(r"&([^&])", text))]


def test_a_hopes_action_names_its_cause_in_the_way_and_follows_the_theme_box(qtbot):
    dialog = _dialog(qtbot, "a3")
    label, cause = dialog.links.cause_label, dialog.cause
    assert label.text() == "&In the way:" and label.buddy() is cause
    assert cause.accessibleName() == "What stands in the way (optional)"
    assert "What stands in the way of this?" in cause.toolTip()
    assert "root cause" not in (label.text() + cause.accessibleName() + cause.toolTip()).lower()
    save_render(dialog, "action_dialog_cause_hope")
    _choose_theme(dialog, "t1")  # a problem: the method's own word
    assert label.text() == "&Root cause:"
    assert cause.accessibleName() == "Root cause it tackles (optional)"
    _choose_theme(dialog, "t3")  # what is working: what the action builds on
    assert label.text() == "Bu&ilds on:"
    assert cause.accessibleName() == "Why it works (optional)"
    assert "Why is this working?" in cause.toolTip()


def test_every_kinds_field_keeps_an_alt_key_of_its_own(qtbot):
    dialog = _dialog(qtbot, "a1")
    for theme_id in ("t1", "t2", "t3"):
        _choose_theme(dialog, theme_id)
        letters = _alt_letters(dialog)
        assert len(letters) == len(set(letters)), letters


def test_a_hopes_lost_link_is_said_as_what_stands_in_the_way(qtbot):
    dialog = _dialog(qtbot, "a3")
    _choose_theme(dialog, "t1")
    assert dialog.links.warning.text().startswith(
        f"⚠ Saved now, this action loses its link to what stands in the way '{BUS}'")


def test_the_boards_answers_heading_leads_each_kind_in_as_its_rows_do(qtbot):
    """The Answers column's heading, over every theme's actions on Plan and Act, said "the root
    cause it tackles"; it now says how each kind's cause is led in."""
    doc = Document(linked())
    board = PlanBoard(doc, UndoAdapter(doc), today=lambda: TODAY, heading=PLAN_HEADING)
    qtbot.addWidget(board)
    tip = board.tree.headerItem().toolTip(THEME_COLUMN)
    assert "“In the way:” what stands in the way of what is important for the future" in tip
    assert "“Because:” a cause of what is not working" in tip and "root cause" not in tip
