# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""The recovery offer's width at 16 pt (fe0ab5fb), its two rules left unguarded:
- never wider than the screen: on a small screen (800x600 at 150 %: 533 px) the button row is
  wider than the screen, and the dialog opened past its right edge, "Decide later" off it;
- the button row's width is its least width: held at the old fixed 520, a facilitator dragging
  the dialog narrower cut "Save elsewhere…" to "ave elsewhere." again."""

from __future__ import annotations

from PySide6.QtCore import QRect
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from tests.ui.test_recovery_dialog_big_text import _shown
from wtfc.ui import recovery_dialog


def test_on_a_screen_narrower_than_the_buttons_it_stays_on_the_screen(
        qtbot, font_points, monkeypatch, recovery_folder, workshop_file):
    font_points(16)
    room = QRect(0, 0, 533, 400 - 27)  # 800x600 at 150 %, less its task bar
    monkeypatch.setattr(recovery_dialog, "available_geometry", lambda *_: room)
    dialog = _shown(qtbot, recovery_folder, workshop_file)
    assert dialog.frameGeometry().right() <= room.right()


def test_it_cannot_be_dragged_narrower_than_its_buttons(
        qtbot, font_points, monkeypatch, recovery_folder, workshop_file):
    font_points(16)
    room = QRect(0, 0, 1366, 768 - 40)
    monkeypatch.setattr(recovery_dialog, "available_geometry", lambda *_: room)
    dialog = _shown(qtbot, recovery_folder, workshop_file)
    dialog.resize(300, dialog.height())  # dragged as narrow as it goes
    qtbot.wait(10)
    for button in dialog.buttons.values():
        assert button.width() >= button.sizeHint().width(), button.text()
