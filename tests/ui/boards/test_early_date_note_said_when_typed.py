"""The early-date note is said once, as the keyboard leaves By when after a date was typed there;
it was also said (all ~40 words) as the dialog opened on an action a file already dates early,
over the dialog's title and first field, and again each time Status moved onto or off Done
(code review 35 A33)."""
from __future__ import annotations

import datetime as dt

from tests.ui.boards.test_action_dialog_early_date import DAY, _demo
from tests.ui.settled import settle
from tests.ui.spoken_checks import catch_announcements
from wtfc.model.operations.actions import edit_action
from wtfc.model.workshop import ActionStatus
from wtfc.ui.boards.action_dialog import ActionDialog
from wtfc.ui.undo import UndoAdapter


def _early_doc():
    doc = _demo()
    UndoAdapter(doc).push(edit_action(doc, action_id="a03", by_when=dt.date(2026, 10, 1),
                                      today=DAY))
    return doc


def test_opening_an_early_action_is_not_announced_over_the_dialog(qtbot, show, monkeypatch):
    doc = _early_doc()
    said = catch_announcements(monkeypatch)
    show(ActionDialog(doc, action=doc.get("actions", "a03"), today=DAY))
    settle()
    assert not any("before this workshop" in s for s in said), said


def test_arrowing_status_through_done_does_not_repeat_the_note(qtbot, show, monkeypatch):
    doc = _early_doc()
    dialog = show(ActionDialog(doc, action=doc.get("actions", "a03"), today=DAY))
    settle()
    dialog.status.setFocus()
    said = catch_announcements(monkeypatch)
    for status in (ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.DONE):
        dialog.status.setCurrentIndex(dialog.status.findData(status))
        settle()
    print("COUNT", sum("before this workshop" in x for x in said))
    assert not any("before this workshop" in s for s in said), said
