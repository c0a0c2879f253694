"""The action dialog at 16 pt on a 1024×768 laptop: a phone number typed in What (or Owner)
showed "⚠ Possible personal detail in “What”…" as the last row of the scrolling fields, below
Checked on: with the box typed in at the top kept in sight, the line stayed out of it. The line
now sits under the fields, above Save and Cancel, as the card dialog's verdict does: on screen
with whichever box is typed in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen

from tests.ui.boards.board_workshops import TODAY, sample_workshop
from tests.ui.settled import settle
from tests.ui.test_detail_hint_room import NAMES
from wtfc.model.document import Document
from wtfc.ui.boards.action_dialog import ActionDialog


def _whole(widget) -> bool:
    return widget.visibleRegion().boundingRect() == widget.rect()


@pytest.mark.parametrize(("field", "label", "words"), [
    ("what", "What", "Ring 07700 900123 about the visits"),
    ("owner", "Owner", "Team lead, 07700 900123")])
def test_the_line_is_whole_beside_the_box_typed_in(qtbot, monkeypatch, font_points,
                                                     field, label, words):
    font_points(16)
    screen = QRect(0, 0, 1024, 728)  # 768 less a 40 px taskbar
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: screen)
    doc = Document(sample_workshop())
    doc.names_to_watch = NAMES
    dialog = ActionDialog(doc, action=doc.workshop.actions[1], today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = getattr(dialog, field)
    box.setFocus()
    box.setText(words)
    settle()
    hint = dialog.detail_hint
    assert hint.isVisible() and f"“{label}”" in hint.text() and "[phone]" in hint.text()
    assert _whole(hint) and hint.height() >= hint.heightForWidth(hint.width())
    assert _whole(box)  # and the words being typed
    assert screen.contains(dialog.frameGeometry())
