"""Files wtfc opens read-only and never saves over: one marked read-only (its read-only box, or
chmod 444) and one a newer wtfc wrote. Opening says why; Save offers a copy beside it, and
choosing the file itself anyway is refused in plain words with the file left as it was."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def workshop_file(tmp_path) -> Path:
    path = tmp_path / "spring day.wtfc"
    save_workshop(Workshop(title="Spring", cards=[Card(kind=Kind.WORKING, text="Kind carer")]),
                  path)
    return path


def _as_if_read_only(monkeypatch, path: Path) -> None:
    """Tests run as root, for whom os.access is always True: say no for this one file, as it
    would for anyone else after chmod 444."""
    real = os.access

    def access(target, mode, *args, **kwargs):
        if os.fspath(target) == os.fspath(path) and mode & os.W_OK:
            return False
        return real(target, mode, *args, **kwargs)
    monkeypatch.setattr(os, "access", access)


def _save_dialog_answers(monkeypatch, path: Path) -> list[str]:
    """The Save As dialog, answered with ``path`` (Enter on what it was given, or a name
    typed); returns the names it was opened on."""
    offered: list[str] = []

    def answer(_parent, _title, start, *_args, **_kwargs):
        offered.append(start)
        return str(path), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return offered


def test_a_file_marked_read_only_opens_read_only_and_says_why(window, workshop_file,
                                                               monkeypatch, message_boxes):
    os.chmod(workshop_file, 0o444)
    _as_if_read_only(monkeypatch, workshop_file)
    assert window.files.open_path(workshop_file)
    assert window.undo.read_only and "read-only" in window.windowTitle()
    assert message_boxes == [("information", "Opened read-only: 'spring day.wtfc' is marked "
                              "read-only, so it is open read-only here: wtfc will not save over "
                              "it. To make changes, save a copy with Save As.")]


def test_saving_over_a_file_marked_read_only_is_refused(window, workshop_file, monkeypatch,
                                                        message_boxes):
    before = workshop_file.read_bytes()
    _as_if_read_only(monkeypatch, workshop_file)
    window.files.open_path(workshop_file)
    _save_dialog_answers(monkeypatch, workshop_file)
    message_boxes.clear()
    assert not window.files.save()
    assert workshop_file.read_bytes() == before
    kind, text = message_boxes[-1]
    assert kind == "warning" and text.startswith(
        "The workshop was not saved: 'spring day.wtfc' is marked read-only, so wtfc did not "
        "save over it. The file is untouched.")
    assert window.undo.read_only


def test_a_file_made_read_only_while_open_is_not_saved_over(window, workshop_file, monkeypatch,
                                                            message_boxes):
    window.files.open_path(workshop_file)
    before = workshop_file.read_bytes()
    _as_if_read_only(monkeypatch, workshop_file)
    assert not window.files.save()
    assert workshop_file.read_bytes() == before
    assert "is marked read-only" in message_boxes[-1][1]


def test_a_writable_file_opens_for_editing_with_no_message(window, workshop_file, message_boxes):
    assert window.files.open_path(workshop_file)
    assert not window.undo.read_only and message_boxes == []
