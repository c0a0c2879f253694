""""Still in a temporary folder" as leaving such a file asks it: its buttons were Save &As…,
&Close anyway and Cancel, and GNOME's Qt theme labels Cancel "&Cancel", so on an Ubuntu laptop
Alt+C only moved between the two and closed nothing. Each Alt letter is now its own."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox

from wtfc.model.temporary_place import LEFT_IN_TEMPORARY, go_on_anyway, left_in_temporary
from wtfc.ui import unsaved_changes


@pytest.mark.parametrize("doing", ["closing", "starting a new workshop",
                                   "opening another workshop"])
def test_each_alt_letter_is_its_own_with_gnome_cancel(qtbot, monkeypatch, doing):
    window = QMainWindow()
    qtbot.addWidget(window)
    seen: list[str] = []

    def clicked(box: QMessageBox):
        box.button(QMessageBox.StandardButton.Cancel).setText("&Cancel")  # as GNOME labels it
        seen.extend(button.text() for button in box.buttons())
        return None  # closed: Cancel

    monkeypatch.setattr(unsaved_changes, "_clicked", clicked)
    unsaved_changes._asked_with_save_as(
        SimpleNamespace(window=window), LEFT_IN_TEMPORARY, left_in_temporary("spring.wtfc"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        go_on=go_on_anyway(doing))
    assert len(seen) == 3
    letters = [found[1].casefold() for text in seen if (found := re.search(r"&([^&])", text))]
    assert len(letters) == 3 and len(set(letters)) == 3, seen
