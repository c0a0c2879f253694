"""Fixtures for the autosave, recovery and lock tests: main windows with their own recovery
folder and settings, whose closing never waits on a dialog (any modal left open hangs a run)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Stage, Workshop
from wtfc.ui.autosave import RECOVERY_DIR_ENV, Autosaver
from wtfc.ui.main_window import MainWindow


@pytest.fixture
def recovery_folder(tmp_path, monkeypatch) -> Path:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    folder = tmp_path / "recovery"
    monkeypatch.setenv(RECOVERY_DIR_ENV, str(folder))
    # closing with unsaved changes discards them instead of asking
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    return folder


@pytest.fixture
def make_window(qtbot, recovery_folder):
    """make_window(autosave=True) → a shown MainWindow (closed after the test)."""

    def make(*, autosave: bool = True, delay_ms: int = 30, max_ms: int = 120) -> MainWindow:
        window = MainWindow()
        qtbot.addWidget(window)
        if autosave:
            window.files.autosaver = Autosaver(window, recovery_folder, delay_ms=delay_ms,
                                               max_interval_ms=max_ms)
        window.show()
        return window
    return make


@pytest.fixture
def workshop_file(tmp_path) -> Path:
    path = tmp_path / "spring.wtfc"
    save_workshop(Workshop(title="Spring workshop",
                           cards=[Card(id="c1", kind=Kind.WORKING, text="My carer is kind")]),
                  path)
    return path


@pytest.fixture
def isolated_settings(tmp_path) -> Path:
    """The app's settings (recent files, Review's pairings) in this test's own folder."""
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def shown_window(qtbot, isolated_settings) -> MainWindow:
    """A shown, empty main window with its own settings (closed after the test)."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def open_on_stage(window: MainWindow, path: Path, qtbot, stage: Stage) -> MainWindow:
    """``window`` at 1366×768, shown and active (keys reach it), with the workshop at ``path``
    open on ``stage`` and counted as saved (moving there was a step of its own)."""
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.files.open_path(path)
    window.go_to_stage(stage)
    window.undo.stack.setClean()
    return window
