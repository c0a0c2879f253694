"""The "Names to watch for" box in a short window (a 1366x768 laptop at 150% is 910x512): its
privacy note stays whole, "never saved in the file" included, and the rest scrolls into view."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QScrollArea


@pytest.mark.parametrize("height", [330, 720])
def test_the_privacy_note_is_whole_however_short_the_page(qtbot, shown_page, height):
    page = shown_page(1366, height)
    page.names_fold.open()
    box = page.watch_names
    note = next(label for label in box.findChildren(QLabel) if "never saved" in label.text())
    qtbot.waitUntil(lambda: box.isVisible() and note.width() > 0)
    assert note.height() >= note.heightForWidth(note.width())  # every line of it
    assert note.visibleRegion().boundingRect() == note.rect()  # none of it hidden
    assert "never saved in the file" in note.text()
    area = box.findChild(QScrollArea)
    area.ensureWidgetVisible(box.check_button)  # what is below it can be scrolled to
    qtbot.wait(10)
    shown = box.check_button.visibleRegion().boundingRect()
    assert shown == box.check_button.rect()
