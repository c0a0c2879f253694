"""A by-when before the workshop's own date typed in the action dialog (1/10/2026 on the 12
November workshop) was saved with nothing said, and the report, the posters and the feedback
sheet then printed the action as late on the day the room agreed it. It is still kept (a file
may hold one, and the facilitator decides), but said under the date as it is typed, as
Prepare says a next review left before the workshop under its date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from tests.ui.renders import save_render
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.actions import edit_action
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import ActionStatus
from wtfc.ui.boards.action_dialog import ActionDialog
from wtfc.ui.undo import UndoAdapter

DAY = dt.date(2026, 11, 12)  # the demo's workshop
SAID = ("⚠ By 1 October 2026 is before this workshop (12 November 2026). The report, the "
        "posters and the feedback sheet print it as late. Choose the date the room agreed, or "
        "change the workshop's date on Prepare.")


def _demo() -> Document:
    return Document(load_workshop(demo_path()).workshop)


def _typed_in_date(qtbot, dialog: ActionDialog, words: str) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    if not dialog.has_date.isChecked():
        dialog.has_date.setFocus()
        qtbot.keyClick(dialog.has_date, Qt.Key.Key_Space)
    dialog.by_when.setFocus()
    qtbot.waitUntil(dialog.by_when.hasFocus)
    qtbot.keyClicks(dialog.by_when, words)


def test_a_date_before_the_workshop_is_said_as_it_is_typed_and_kept(qtbot, show):
    dialog = show(ActionDialog(_demo(), today=DAY))
    assert dialog.date_note.isHidden()
    _typed_in_date(qtbot, dialog, "1/10/2026")
    # said before Enter or Tab reads it: as typed
    assert dialog.date_note.isVisible() and dialog.date_note.text() == SAID
    assert dialog.by_when.accessibleDescription() == SAID.removeprefix("⚠ ")
    save_render(dialog, "action_dialog_early_date")
    qtbot.keyClick(dialog.by_when, Qt.Key.Key_Tab)  # read: still said, and not refused
    assert dialog.date_note.text() == SAID
    assert dialog.values()["by_when"] == dt.date(2026, 10, 1)
    dialog.by_when.setFocus()
    qtbot.keyClicks(dialog.by_when, "1/12/2026")  # after the workshop: nothing to say
    assert dialog.date_note.isHidden() and dialog.date_note.text() == ""
    assert dialog.by_when.accessibleDescription() == ""


def test_untick_the_date_and_nothing_is_said(qtbot, show):
    dialog = show(ActionDialog(_demo(), today=DAY))
    _typed_in_date(qtbot, dialog, "1/10/2026")
    qtbot.keyClick(dialog.by_when, Qt.Key.Key_Tab)
    assert dialog.date_note.isVisible()
    dialog.has_date.setChecked(False)
    assert dialog.date_note.isHidden()


def test_a_file_that_holds_one_says_so_as_the_dialog_opens(qtbot, show):
    doc = _demo()
    UndoAdapter(doc).push(edit_action(doc, action_id="a03", by_when=dt.date(2026, 10, 1),
                                      today=DAY))
    dialog = show(ActionDialog(doc, action=doc.get("actions", "a03"), today=DAY))
    assert dialog.date_note.isVisible() and dialog.date_note.text() == SAID
    dialog.status.setCurrentIndex(dialog.status.findData(ActionStatus.DONE))
    assert "print that date." in dialog.date_note.text()  # done: printed with its date


def test_after_the_day_the_date_the_room_agreed_is_the_one_judged(qtbot, show):
    """Changed after the workshop's day, Save keeps the room's 1 October as the date agreed:
    the note goes on saying so, and where to put it right, rather than going quiet."""
    doc = _demo()
    UndoAdapter(doc).push(edit_action(doc, action_id="a03", by_when=dt.date(2026, 10, 1),
                                      today=DAY))
    later = dt.date(2026, 12, 1)
    dialog = show(ActionDialog(doc, action=doc.get("actions", "a03"), today=later))
    _typed_in_date(qtbot, dialog, "1/3/2027")
    assert dialog.date_note.text().startswith(
        "⚠ The date agreed, 1 October 2026, is before this workshop (12 November 2026).")
    assert "change it on Prepare" in dialog.date_note.text()


def test_the_note_is_whole_at_16_points(qtbot, show, font_points):
    font_points(16)
    doc = _demo()
    UndoAdapter(doc).push(edit_action(doc, action_id="a03", by_when=dt.date(2026, 10, 1),
                                      today=DAY))
    dialog = show(ActionDialog(doc, action=doc.get("actions", "a03"), today=DAY))
    save_render(dialog, "action_dialog_early_date_16pt")
    note = dialog.date_note
    assert note.isVisible() and note.text() == SAID
    assert note.height() >= note.heightForWidth(note.width())  # every line of it
