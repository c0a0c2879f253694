# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""The recovery offer at 16 pt and for a screen reader: its buttons whole on a laptop's screen
("Save elsewhere…" was drawn "ave elsewhere.": the dialog opened 533 px wide, its buttons
needing 570); and a screen reader hears its words, not a fixed name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from tests.ui.settled import settle
from tests.ui.test_recovery_dialog import _crashed_copy
from wtfc.ui import recovery_dialog
from wtfc.ui.autosave import crashed_sessions
from wtfc.ui.recovery_dialog import RecoveryDialog


def _shown(qtbot, recovery_folder, workshop_file) -> RecoveryDialog:
    _crashed_copy(recovery_folder, workshop_file)
    [crashed] = crashed_sessions(recovery_folder)
    dialog = RecoveryDialog(crashed)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    return dialog


@pytest.mark.parametrize("screen_width", [1024, 1366])
def test_every_button_whole_at_16_pt(qtbot, font_points, monkeypatch, recovery_folder,
                                     workshop_file, screen_width):
    font_points(16)
    room = QRect(0, 0, screen_width, 768 - 40)  # a laptop's screen, less its task bar
    monkeypatch.setattr(recovery_dialog, "available_geometry", lambda *_: room)
    dialog = _shown(qtbot, recovery_folder, workshop_file)
    for button in dialog.buttons.values():
        assert button.width() >= button.sizeHint().width(), button.text()
    assert room.contains(dialog.frameGeometry())


def _read(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def test_a_screen_reader_hears_the_words(qtbot, recovery_folder, workshop_file):
    """Its words were named "What can be recovered", so that was all a reader said of them."""
    dialog = _shown(qtbot, recovery_folder, workshop_file)
    assert "3 more cards, 1 more theme" in _read(dialog.text)
    assert _read(dialog.words_area) == "What can be recovered"
