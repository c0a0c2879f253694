"""A2 (session 36) M1: 373009b0 looks at the window's title with the guard only 1.5 s after
start-up's first frame (GUARD_AFTER_MS), so a file opened at start (double-clicked, or
`wtfc FILE`) showed "winter.wtfc — Call 01632 960418 about the review — wtfc" in the title bar
and taskbar for those seconds (longer on a slow laptop: the guard's import comes after).
Until the guard has looked, the title is left out, not shown; a title it passes comes back."""

from __future__ import annotations

import pytest

from tests.ui.settled import until
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Workshop
from wtfc.ui import window_title


@pytest.fixture
def starting(qtbot, monkeypatch):
    """make(title, after_ms) → a window as start-up makes it: the file opened, then shown."""
    from PySide6.QtWidgets import QMessageBox

    from wtfc.ui.main_window import MainWindow

    monkeypatch.setattr(window_title, "_guard_ready", False)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)

    def make(title: str, after_ms: int, path):
        monkeypatch.setattr(window_title, "GUARD_AFTER_MS", after_ms)
        save_workshop(Workshop(title=title), path)
        window = MainWindow()
        qtbot.addWidget(window)
        window.files.open_path(path, confirmed=True)
        window.show()
        return window
    return make


def test_before_the_guard_has_looked_the_title_is_not_shown(starting, tmp_path):  # A2's
    window = starting("Call 01632 960418 about the review", 60_000, tmp_path / "winter.wtfc")
    assert "01632" not in window.windowTitle()  # failed before: shown as typed
    assert window.windowTitle() == "winter.wtfc[*] — wtfc"


def test_a_title_the_guard_passes_comes_back_once_it_has_looked(qtbot, starting, tmp_path):
    window = starting("Older people's services", 0, tmp_path / "spring.wtfc")
    assert window.windowTitle() == "spring.wtfc[*] — wtfc"  # not looked at yet
    until(qtbot, lambda: window.windowTitle() == "spring.wtfc[*] — Older people's services — wtfc")
