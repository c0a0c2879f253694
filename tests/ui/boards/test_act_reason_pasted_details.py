"""'Why was this stopped?' says a name or a phone number may be in the reason however it was
written: pasted from an e-mail with no-break spaces, with a zero-width space inside a name, in
Urdu script after a title or a relation, or as someone's house ("Mr Khan's house")."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QListView

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.document import Document
from wtfc.model.workshop import Action, ActionStatus, Kind, Role, Theme, Workshop
from wtfc.ui.boards.action_reason import ReasonLine
from wtfc.ui.boards.common import RefusalNotice
from wtfc.ui.undo import UndoAdapter


@pytest.fixture
def line(qtbot):
    doc = Document(Workshop(
        themes=[Theme(id="t1", kind=Kind.NOT_WORKING, name="I am kept waiting")],
        actions=[Action(id="a1", theme_id="t1", role=Role.PROVIDERS, what="Rebook the rounds",
                        status=ActionStatus.DROPPED)]))
    actions = QListView()
    qtbot.addWidget(actions)
    reason = ReasonLine(doc, UndoAdapter(doc), RefusalNotice(), lambda: dt.date(2026, 11, 29),
                        actions)
    qtbot.addWidget(reason)
    reason.resize(900, 140)
    reason.show()
    reason.ask("a1")
    return reason


@pytest.mark.parametrize("words", [
    "Mrs\u00a0Hughes died, her son rang on 07700\u00a0900456",
    "Do\u200breen moved to her son's",
    "Stopped: Mrs فاطمہ moved to her son's in Bradford",
    "میری بیٹی فاطمہ looks after her now",
    "Stopped: Mr Khan's house is being sold",
])
def test_the_line_says_a_detail_may_be_in_the_reason(qtbot, line, words):
    line.editor.setText("The council stopped funding it")
    settle()
    assert line.detail_hint.isHidden()
    line.editor.setText(words)
    qtbot.waitUntil(line.detail_hint.isVisible, timeout=2000)


def test_pasted_with_no_break_spaces_looks_as_typed_plainly(qtbot, line):
    line.editor.setText("Mrs\u00a0Hughes died, her son rang on 07700\u00a0900456")
    qtbot.waitUntil(line.detail_hint.isVisible, timeout=2000)
    assert "“[name] died, her son rang on [phone]”" in line.detail_hint.text()
    save_render(line, "act_reason_no_break_spaces")
