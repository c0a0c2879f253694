# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""For a workshop not saved yet, Save As, Export, the recovery copy's Save elsewhere… and the
collection template's Save dialog open in the Documents folder (which OneDrive backs up on a
council laptop), not the bare home folder (C:\\Users\\name: AppData, Saved Games…), nor the
process's working folder. The home folder only when there is no Documents folder."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget
from window_fixtures import isolated_settings, shown_window  # noqa: F401

from wtfc.model.recovery import SnapshotHeader
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Workshop
from wtfc.ui.documents_folder import documents_or_home


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A home folder of the test's own; Qt finds Documents in it as on a fresh desktop."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))  # no user-dirs.dirs there
    return folder


@pytest.fixture
def documents(home) -> Path:
    folder = home / "Documents"
    folder.mkdir()
    return folder


@pytest.fixture
def starts(monkeypatch) -> list[str]:
    """Where each Save dialog opened; each is cancelled."""
    seen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _p, _t, start, *a, **k: (seen.append(start), ("", ""))[1])
    return seen


def test_documents_when_there_is_one_else_home(home):
    assert documents_or_home() == home
    (home / "Documents").mkdir()
    assert documents_or_home() == home / "Documents"


def test_a_new_workshops_save_as_and_exports_open_in_documents(shown_window, documents, starts):
    shown_window.files.save_as_dialog()
    shown_window.findChild(QAction, "export_report").trigger()
    assert [Path(s).parent for s in starts] == [documents, documents]
    assert Path(starts[0]).name.endswith(".wtfc")


def test_with_no_documents_folder_they_open_in_home(shown_window, home, starts):
    shown_window.files.save_as_dialog()
    shown_window.findChild(QAction, "export_report").trigger()
    assert [Path(s).parent for s in starts] == [home, home]


def test_a_saved_workshops_exports_still_open_beside_its_file(shown_window, documents, starts,
                                                              tmp_path):
    path = tmp_path / "Workshops" / "spring.wtfc"
    path.parent.mkdir()
    save_workshop(Workshop(title="Spring"), path)
    assert shown_window.files.open_path(path, confirmed=True)
    shown_window.findChild(QAction, "export_report").trigger()
    assert [Path(s).parent for s in starts] == [path.parent]


def test_a_never_saved_recovery_copy_is_offered_in_documents(qtbot, documents, starts):
    from wtfc.ui.recovery_save import save_elsewhere

    parent = QWidget()
    qtbot.addWidget(parent)
    header = SnapshotHeader(original_path="", title="", untitled_name="Untitled 2")
    crashed = SimpleNamespace(snapshot=SimpleNamespace(header=header, body=b"{}"))
    assert not save_elsewhere(parent, crashed)
    assert starts == [str(documents / "Untitled 2 (recovered).wtfc")]


def test_the_template_dialog_gets_a_folder_not_a_bare_name(qtbot, documents, starts, tmp_path,
                                                          monkeypatch):
    """A bare name opened the dialog in the working folder: a shortcut's "Start in"."""
    from wtfc.ui.import_actions import export_template

    monkeypatch.chdir(tmp_path)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert export_template(parent) is None
    parent.files = SimpleNamespace(path=tmp_path / "Workshops" / "spring.wtfc")
    assert export_template(parent) is None
    assert starts == [str(documents / "statements-template.xlsx"),
                      str(tmp_path / "Workshops" / "statements-template.xlsx")]
