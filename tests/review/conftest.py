"""A main window with its own settings and recovery folder, for the review tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from wtfc.ui.autosave import RECOVERY_DIR_ENV
from wtfc.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    monkeypatch.setenv(RECOVERY_DIR_ENV, str(tmp_path / "recovery"))
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    return w
