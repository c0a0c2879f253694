"""The ⚠ personal-detail line in the dialogs that type words for the wall and the plan, at 16 pt
("Make text bigger") on 1024×768 and 1366×768 laptops: the dialog grew only when the line first
showed, and not enough (the Rename theme dialog cut its top and last lines as a phone number
made it longer; the action dialog did not grow at all, so the line sat below its fields' fold
with room on the screen to show it), and it never came back down when the line went. The
dialog now refits each time the line changes, within the screen, and keeps a height set by
hand."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit

from tests.ui.boards.board_workshops import TODAY, sample_workshop
from tests.ui.settled import settle
from wtfc.model.document import Document
from wtfc.ui.boards.action_dialog import ActionDialog
from wtfc.ui.typed_detail_hint import TypedDetailHint
from wtfc.ui.wall.theme_name_dialog import ThemeNameDialog
from wtfc.ui.wall.theme_picker import ThemePicker

RENDERS = None  # a folder's path here saves each dialog as a PNG, to look at
NAMES = ("Winifred Okafor",)
NAME = "Winifred Okafor"
# a line or two more of the warning at 16 pt, wide or narrow
PHONE = " said to ring 07700 900123 or 07700 900456 at the office, or her son on 07700 900789"


def _name_dialog() -> tuple[QDialog, QLineEdit | QPlainTextEdit]:
    dialog = ThemeNameDialog("Rename theme", "The theme's new name:", "I feel", names=NAMES)
    return dialog, dialog.name


def _picker() -> tuple[QDialog, QLineEdit | QPlainTextEdit]:
    dialog = ThemePicker([], kind=None, title="Move to theme", names=NAMES)
    return dialog, dialog.filter


def _action_dialog() -> tuple[QDialog, QLineEdit | QPlainTextEdit]:
    doc = Document(sample_workshop())
    doc.names_to_watch = NAMES
    dialog = ActionDialog(doc, action=doc.workshop.actions[1], today=TODAY)
    # the note, next to the line: a 16 pt screen of 768 has no room for What at the top too
    return dialog, dialog.progress_note


DIALOGS = {"Rename theme": _name_dialog, "Move to theme": _picker, "action": _action_dialog}


def _opened(qtbot, monkeypatch, width: int, make) -> tuple[QDialog, QLineEdit | QPlainTextEdit]:
    """The dialog on a ``width``×768 screen (its taskbar 40 px), shown."""
    screen = QRect(0, 0, width, 728)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: screen)
    dialog, box = make()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box.setFocus()
    box.clear()
    return dialog, box


def _whole(hint: TypedDetailHint) -> bool:
    """Every line of the warning in sight: as tall as its words, none of it outside the dialog
    or below its fields' fold."""
    settle()  # (a scroll into sight waits for the layout)
    need = hint.heightForWidth(hint.width())
    return hint.height() >= need and hint.visibleRegion().boundingRect().height() >= need


@pytest.mark.parametrize("kind", DIALOGS)
@pytest.mark.parametrize("width", [1024, 1366])
def test_the_warning_is_whole_as_it_grows_and_goes_with_its_room(qtbot, monkeypatch,
                                                                 font_points, width, kind):
    font_points(16)
    dialog, box = _opened(qtbot, monkeypatch, width, DIALOGS[kind])
    hint = dialog.findChild(TypedDetailHint)
    at_first = dialog.height()
    qtbot.keyClicks(box, NAME)
    assert hint.isVisible() and _whole(hint)
    lines = hint.height()
    qtbot.keyClicks(box, PHONE)  # a longer warning: [name] and [phone]
    assert "[phone]" in hint.text() and hint.height() > lines
    assert _whole(hint)
    if RENDERS:
        dialog.grab().save(f"{RENDERS}/hint_room_{kind}_{width}.png")
    assert dialog.frameGeometry().bottom() <= 727  # on the screen, above its taskbar
    box.clear()  # the warning goes, and the room it took with it
    assert hint.isHidden() and dialog.height() == at_first


def test_a_height_set_by_hand_is_kept(qtbot, monkeypatch, font_points):
    font_points(16)
    dialog, box = _opened(qtbot, monkeypatch, 1366, _name_dialog)
    dialog.resize(dialog.width(), 500)
    qtbot.keyClicks(box, NAME + PHONE)
    assert _whole(dialog.detail_hint) and dialog.height() == 500
    box.clear()
    assert dialog.height() == 500


def test_an_action_opened_with_the_warning_showing_has_it_whole(qtbot, monkeypatch, font_points):
    """Its note from the check already holds a detail: the line shows as the dialog opens,
    before it is the active window, and was below the fields' fold."""
    font_points(16)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1366, 728))
    doc = Document(sample_workshop())
    doc.names_to_watch = NAMES
    action = doc.workshop.actions[1].model_copy(update={"progress_note": NAME + PHONE})
    dialog = ActionDialog(doc, action=action, today=TODAY, start_in_note=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.detail_hint.isVisible() and _whole(dialog.detail_hint)


def test_the_rename_dialog_only_grows_while_a_phone_number_is_typed(qtbot, monkeypatch,
                                                                    font_points):
    """Key by key, the warning's words grow and shrink as the number is completed: its foot
    bounced a line up and down under the typing (255→280→255→280 px at 1024, code review A5)."""
    font_points(16)
    dialog, box = _opened(qtbot, monkeypatch, 1024, _name_dialog)
    at_first = dialog.height()
    heights = []
    for key in NAME + PHONE:
        qtbot.keyClicks(box, key)
        heights.append(dialog.height())
    assert heights[-1] > at_first  # (the warning's room was made)
    assert heights == sorted(heights), heights  # never a step back down while typing
    assert _whole(dialog.detail_hint)
    box.clear()  # the warning goes: back to the height it opened at
    assert dialog.height() == at_first
