"""The action dialog's ⚠ line sits under its scrolling fields, not in them: bringing it into
sight mapped it to a form it is not in (Qt: "mapTo(): parent must be in parent hierarchy")
and scrolled the fields by a position that meant nothing. Only a line inside the fields is
scrolled to; the box typed in stays where it was."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen

from tests.ui.boards.board_workshops import TODAY, sample_workshop
from tests.ui.settled import settle
from wtfc.model.document import Document
from wtfc.ui.boards.action_dialog import ActionDialog
from wtfc.ui.scrolling_form import ScrollingForm


def test_a_line_under_the_fields_is_not_scrolled_to(qtbot, qtlog, monkeypatch, font_points):
    font_points(16)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1024, 728))
    dialog = ActionDialog(Document(sample_workshop()), action=sample_workshop().actions[1],
                          today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.what.setFocus()
    settle()
    bar = dialog.findChild(ScrollingForm).verticalScrollBar()
    at = bar.value()
    dialog.what.setText("Ring 07700 900123 about the visits")
    settle()
    assert dialog.detail_hint.isVisible()
    assert bar.value() == at  # What, at the top, stays put
    assert not [r for r in qtlog.records if "mapTo" in r.message]
