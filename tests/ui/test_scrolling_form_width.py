"""The action dialog at 16 pt ("Make text bigger") on 1024×768 and 1366×768 laptops: it opened
1077 pixels wide, off a 1024-pixel screen's right edge, and once its fields scrolled (the ⚠
personal-detail line grown by a phone number) the scroll bar lay over their right 15 pixels:
the end of the ⚠ line and part of the Today button were hidden. The dialog now opens within
the screen (rows too wide for it put their field under the label), and the fields' box leaves
room for its own scroll bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget

from tests.ui.boards.board_workshops import TODAY, sample_workshop
from tests.ui.settled import settle
from wtfc.model.document import Document
from wtfc.ui.boards.action_dialog import ActionDialog
from wtfc.ui.scrolling_form import ScrollingForm

RENDERS = None  # a folder's path here saves each dialog as a PNG, to look at
NAMES = ("Winifred Okafor",)
# the ⚠ line two or three lines long at 16 pt: the fields no longer fit a 768 screen
NOTE = "Winifred Okafor said to ring 07700 900123 or 07700 900456 at the office"


def _opened(qtbot, monkeypatch, width: int) -> tuple[ActionDialog, QRect]:
    """The action dialog on a ``width``×768 screen (its taskbar 40 px), shown."""
    screen = QRect(0, 0, width, 728)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: screen)
    doc = Document(sample_workshop())
    doc.names_to_watch = NAMES
    dialog = ActionDialog(doc, action=doc.workshop.actions[1], today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, screen


def test_it_opens_within_a_narrow_screen(qtbot, monkeypatch, font_points):
    font_points(16)
    dialog, screen = _opened(qtbot, monkeypatch, 1024)
    settle()
    # Qt places a window that fits on the free part of the real screen, which the test cannot
    # swap (only what Python asks of QScreen is this screen): its frame must fit this one
    frame = dialog.frameGeometry()
    assert screen.contains(QRect(screen.topLeft(), frame.size()))


def _fields(dialog: ActionDialog) -> list[QWidget]:
    return [dialog.what, dialog.theme, dialog.role, dialog.owner, dialog.by_when,
            dialog.first_step, dialog.how_we_know, dialog.heard_at_check, dialog.resources,
            dialog.status, dialog.cause, dialog.success, dialog.progress_note,
            dialog.checked_on, dialog.checked_today]  # (the ⚠ line is under the fields now)


@pytest.mark.parametrize("width", [1024, 1366])
def test_no_field_lies_under_the_scroll_bar(qtbot, monkeypatch, font_points, width):
    font_points(16)
    dialog, _screen = _opened(qtbot, monkeypatch, width)
    dialog.progress_note.setFocus()
    qtbot.keyClicks(dialog.progress_note, NOTE)
    settle()
    area = dialog.findChild(ScrollingForm)
    bar, viewport = area.verticalScrollBar(), area.viewport()
    assert bar.isVisible() and dialog.detail_hint.isVisible()  # the fields scroll
    if RENDERS:
        dialog.grab().save(f"{RENDERS}/scrolling_form_width_{width}.png")
    for field in _fields(dialog):
        left = field.mapTo(viewport, QPoint(0, 0)).x()
        right = field.mapTo(viewport, QPoint(field.width() - 1, 0)).x()
        assert left >= 0 and right < viewport.width(), field.accessibleName()
    assert viewport.mapTo(area, QPoint(viewport.width() - 1, 0)).x() < bar.mapTo(area, QPoint()).x()
