"""The action dialog's "before this workshop" note, key by key. Typing 15/12/2026 (after the 12
November workshop) the usual way, the box read "15/12/2" as 15 December 2002 and "15/12/20" as
2020: a three-line warning came and went, every row under it jumped, the dialog grew and stayed
taller, and a screen reader heard the wrong warning mid-typing. Words are judged once they are
a whole date, year and all; a note that goes gives its height back (code review A20 R1)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from tests.ui.boards.test_action_dialog_early_date import DAY, SAID, _demo, _typed_in_date
from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.operations.actions import edit_action
from wtfc.ui.boards.action_dialog import ActionDialog
from wtfc.ui.undo import UndoAdapter


def _key_by_key(qtbot, dialog: ActionDialog, words: str) -> list[tuple[str, str, int]]:
    """What the dialog says (under the date, to a screen reader) and its height, each key."""
    said = []
    for key in words:
        qtbot.keyClicks(dialog.by_when, key)
        said.append((dialog.date_note.text() if dialog.date_note.isVisible() else "",
                     dialog.by_when.accessibleDescription(), dialog.height()))
    return said


def test_a_date_after_the_workshop_typed_key_by_key_is_never_warned_of(qtbot, show,
                                                                        font_points):
    font_points(16)  # the projector's size, where the jump was largest
    dialog = show(ActionDialog(_demo(), today=DAY))
    _typed_in_date(qtbot, dialog, "")
    height = dialog.height()
    said = _key_by_key(qtbot, dialog, "15/12/2026")
    save_render(dialog, "action_dialog_date_typed_16pt")
    assert said == [("", "", height)] * len("15/12/2026")
    qtbot.keyClick(dialog.by_when, Qt.Key.Key_Tab)
    assert dialog.values()["by_when"] == dt.date(2026, 12, 15) and dialog.date_note.isHidden()


def test_typing_over_an_early_date_says_no_other_date_on_the_way(qtbot, show):
    """From 1 October 2026 (said), "12 Dec 2026" said "By 12 October 2026 is before…" at "12"
    and "By 1 October…" at "12 D": the note stays as it was until the new date is whole."""
    doc = _demo()
    UndoAdapter(doc).push(edit_action(doc, action_id="a03", by_when=dt.date(2026, 10, 1),
                                      today=DAY))
    dialog = show(ActionDialog(doc, action=doc.get("actions", "a03"), today=DAY))
    assert dialog.date_note.text() == SAID
    _typed_in_date(qtbot, dialog, "")
    said = [note for note, _heard, _height in _key_by_key(qtbot, dialog, "12 Dec 2026")]
    assert said == [SAID] * len("12 Dec 202") + [""]


def test_a_year_of_two_digits_is_judged_when_the_box_reads_it(qtbot, show):
    dialog = show(ActionDialog(_demo(), today=DAY))
    _typed_in_date(qtbot, dialog, "1/10/26")  # "26" may be on the way to 2026, or 2026 itself
    assert dialog.date_note.isHidden()
    qtbot.keyClick(dialog.by_when, Qt.Key.Key_Tab)
    assert dialog.date_note.isVisible() and dialog.date_note.text() == SAID
    assert dialog.by_when.accessibleDescription() == SAID.removeprefix("⚠ ")


def test_the_note_gone_gives_the_dialog_its_height_back(qtbot, show):
    dialog = show(ActionDialog(_demo(), today=DAY))
    _typed_in_date(qtbot, dialog, "")
    height = dialog.height()
    qtbot.keyClicks(dialog.by_when, "1/10/2026")
    assert dialog.date_note.isVisible() and dialog.height() > height  # grown for its lines
    qtbot.keyClick(dialog.by_when, Qt.Key.Key_Tab)
    dialog.by_when.setFocus()
    qtbot.keyClicks(dialog.by_when, "1/12/2026")
    assert dialog.date_note.isHidden()
    assert dialog.height() == height  # not left taller, its rows spread apart
    save_render(dialog, "action_dialog_date_note_gone")


def test_esc_puts_back_the_date_and_its_note(qtbot, show):
    """A file's early date: typed over with a later one the note goes (and its height with
    it); Esc puts the date back, and the note, with no dateChanged to say so."""
    doc = _demo()
    UndoAdapter(doc).push(edit_action(doc, action_id="a03", by_when=dt.date(2026, 10, 1),
                                      today=DAY))
    dialog = show(ActionDialog(doc, action=doc.get("actions", "a03"), today=DAY))
    height = dialog.height()
    _typed_in_date(qtbot, dialog, "15/12/2026")
    assert dialog.date_note.isHidden() and dialog.height() < height
    qtbot.keyClick(dialog.by_when, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.by_when.text() == "1 Oct 2026"
    assert dialog.date_note.text() == SAID and dialog.date_note.isVisible()


def test_a_dialog_made_taller_by_hand_keeps_its_height_when_the_note_goes(qtbot, show):
    """Dragged taller, the dialog had room for the note and did not grow for it; when the note
    went, its bottom edge still jumped up by the note's height (code review A22 R2)."""
    dialog = show(ActionDialog(_demo(), today=DAY))
    _typed_in_date(qtbot, dialog, "")
    dialog.resize(dialog.width(), dialog.height() + 200)  # dragged taller by hand
    settle()
    tall = dialog.height()
    qtbot.keyClicks(dialog.by_when, "1/10/2026")  # the note: room enough, no growth
    assert dialog.date_note.isVisible() and dialog.height() == tall
    qtbot.keyClick(dialog.by_when, Qt.Key.Key_Tab)
    dialog.by_when.setFocus()
    qtbot.keyClicks(dialog.by_when, "1/12/2026")  # after the workshop: the note goes
    assert dialog.date_note.isHidden()
    assert dialog.height() == tall
    save_render(dialog, "action_dialog_hand_taller_note_gone")
