# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Cancel at 'Already open in another wtfc window on this computer', in a wtfc started only to
open that file (a double-click twice), quits quietly as Show that window does: no blank
Untitled window, exit code 0, no recovery folder left and no change to recent files. A wtfc
already running whose File → Open is cancelled keeps its workshop (review R4-3)."""

from __future__ import annotations

import sys

import pytest
from lock_fds import no_folder_left_open  # noqa: F401  (autouse: no folder held open)
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.model.recovery import session_folders
from wtfc.ui import application
from wtfc.ui.recent_files import recent_files

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="offscreen activation")


def _cancel(seen: list[str]) -> None:
    """Press Cancel in the next 'Workshop already open' box."""
    tries = [500]

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(10, answer)
            return
        seen.append(box.windowTitle())
        QTimer.singleShot(0, box.button(QMessageBox.StandardButton.Cancel).click)
    QTimer.singleShot(0, answer)


@pytest.fixture
def holder(make_window, workshop_file):
    first = make_window(autosave=False)  # the window that already has spring.wtfc
    assert first.files.open_path(workshop_file)
    return first


def test_cancel_at_a_start_on_that_file_quits_quietly(holder, workshop_file, recovery_folder,
                                                      monkeypatch):
    monkeypatch.delenv("WTFC_TEST_SCRIPT", raising=False)
    monkeypatch.setattr(application, "make_application", QApplication.instance)
    monkeypatch.setattr(QApplication, "exec", lambda *a: pytest.fail("the event loop ran"))
    recent, saved = recent_files(), workshop_file.read_bytes()
    seen: list[str] = []
    _cancel(seen)
    before = set(QApplication.topLevelWidgets())
    assert application.run_app(file=str(workshop_file)) == 0  # as `wtfc spring.wtfc` exits
    assert seen == ["Workshop already open"]
    assert [w for w in set(QApplication.topLevelWidgets()) - before if w.isVisible()] == []
    assert not recovery_folder.exists() or session_folders(recovery_folder) == []
    assert recent_files() == recent and workshop_file.read_bytes() == saved
    assert holder.files.lock.guarding and holder.files.path == workshop_file  # still its


def test_cancel_in_a_running_window_keeps_its_workshop(holder, make_window, workshop_file):
    second = make_window(autosave=False)
    second.files.new()
    second.doc.workshop.title = "Autumn workshop"
    seen: list[str] = []
    _cancel(seen)
    assert not second.files.open_path(workshop_file)  # File → Open, then Cancel
    assert seen == ["Workshop already open"] and second.isVisible()
    assert second.files.path is None and second.doc.workshop.title == "Autumn workshop"
