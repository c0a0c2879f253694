# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Windows' path limit, simulated: in a folder so deep that even 'NAME.wtfc.bak' would pass 259
characters, each save works and keeps no earlier version. The first such save says so in the
status bar (not a box at every save), and the earlier-versions menu says why it has none. The
same for a name of 252-255 bytes on Linux and macOS, where '.bak' passes 255 (code review A1 #2)."""

from __future__ import annotations

import os
import sys

import pytest
from PySide6.QtWidgets import QMenu, QMessageBox
from window_fixtures import make_window, recovery_folder  # noqa: F401

from tests.model.windows_paths import deep_path, windows  # noqa: F401  (windows: a fixture)
from wtfc.model.atomic_save import no_version_kept
from wtfc.model.operations.cards import add_card
from wtfc.model.storage import backup_path, load_workshop, save_workshop
from wtfc.model.workshop import Card, Kind, Workshop

NAME = "spring cycle workshop.wtfc"


def _workshop(*texts: str) -> Workshop:
    return Workshop(title="Spring", cards=[Card(kind=Kind.WORKING, text=t) for t in texts])


@pytest.fixture
def boxes(monkeypatch) -> list[str]:
    said: list[str] = []
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, title, *a, **k: said.append(title))
    return said


@pytest.mark.usefixtures("windows")
def test_a_save_says_once_that_no_earlier_version_fits(make_window, tmp_path, boxes):
    path = deep_path(tmp_path, 257, NAME)  # the file fits; its .bak, 4 longer, does not
    save_workshop(_workshop("First"), path)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    window.undo.push(add_card(window.doc, kind=Kind.WORKING, text="Second"))
    window.files.save()
    assert [c.text for c in load_workshop(path).workshop.cards] == ["First", "Second"]
    assert not backup_path(path, 1).exists()
    assert window.statusBar().currentMessage() == (
        "Saved. No earlier version was kept: the folder and name are too long for Windows. "
        "Save As a shorter name keeps them.")  # it fits the status bar of the smallest window

    window.undo.push(add_card(window.doc, kind=Kind.WORKING, text="Third"))
    window.statusBar().clearMessage()
    window.files.save()  # said once: the next saves are as any other
    assert window.statusBar().currentMessage() == "Saved."
    assert boxes == []  # never a box

    menu = window.findChild(QMenu, "earlier_versions")
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()[:-2]] == [  # then Remove earlier versions…
        "No earlier versions: the folder and name are too long for Windows to keep one"]
    assert not menu.actions()[0].isEnabled()


@pytest.mark.usefixtures("windows")
def test_where_the_bak_fits_only_saved_is_said(make_window, tmp_path, boxes):
    path = deep_path(tmp_path, 255, NAME)  # .bak is 259: it fits
    save_workshop(_workshop("First"), path)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    window.undo.push(add_card(window.doc, kind=Kind.WORKING, text="Second"))
    window.files.save()
    assert backup_path(path, 1).exists()
    assert window.statusBar().currentMessage() == "Saved."  # nothing more


@pytest.mark.usefixtures("windows")
def test_the_save_says_whether_it_kept_the_version_before(tmp_path):
    fits, deep = deep_path(tmp_path, 255, NAME), tmp_path / "deep"
    deep.mkdir()
    too_deep = deep_path(deep, 257, NAME)
    assert save_workshop(_workshop("First"), fits) and save_workshop(_workshop("Two"), fits)
    assert save_workshop(_workshop("First"), too_deep)  # nothing before it to keep
    assert save_workshop(_workshop("Two"), too_deep) is False
    assert save_workshop(_workshop("Three"), too_deep, backup=False)  # none asked for


def test_elsewhere_it_is_said_without_windows(tmp_path):
    assert no_version_kept(tmp_path / "spring.wtfc") == (
        "No earlier version was kept: wtfc could not keep 'spring.wtfc.bak' beside it.")


# Linux and macOS allow 255 bytes in one name, not characters: 83 Chinese letters are 249
LONG_NAME = "春季工作坊" * 16 + "春季工.wtfc"  # 254 bytes: its '.bak', 258, is refused


@pytest.mark.skipif(sys.platform == "win32", reason="Windows counts a whole path's characters")
def test_a_name_too_long_for_a_bak_beside_it_says_why_and_what_to_do(make_window, tmp_path,
                                                                     boxes):
    path = tmp_path / LONG_NAME
    assert len(os.fsencode(LONG_NAME)) == 254
    save_workshop(_workshop("First"), path)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    window.undo.push(add_card(window.doc, kind=Kind.WORKING, text="Second"))
    window.files.save()
    assert [c.text for c in load_workshop(path).workshop.cards] == ["First", "Second"]
    assert [p.name for p in tmp_path.iterdir() if ".bak" in p.name] == []
    assert window.statusBar().currentMessage() == (
        "Saved. No earlier version was kept: the name is too long. Save As a shorter name "
        "keeps them.")  # it said only that wtfc could not keep '春季…….bak', cut to lose '.wtfc'
    assert boxes == []
    menu = window.findChild(QMenu, "earlier_versions")
    menu.aboutToShow.emit()  # it said "No earlier versions yet: each save keeps the version…"
    assert [a.text() for a in menu.actions()[:-2]] == [  # then Remove earlier versions…
        "No earlier versions: the name is too long to keep one"]


@pytest.mark.skipif(sys.platform == "win32", reason="Windows counts a whole path's characters")
def test_a_name_whose_bak_just_fits_keeps_it_and_says_only_saved(make_window, tmp_path, boxes):
    path = tmp_path / ("w" * 246 + ".wtfc")  # 251 bytes: '.bak' makes 255
    save_workshop(_workshop("First"), path)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    window.undo.push(add_card(window.doc, kind=Kind.WORKING, text="Second"))
    window.files.save()
    assert backup_path(path, 1).exists()
    assert window.statusBar().currentMessage() == "Saved."  # nothing more


def test_a_name_cut_short_in_what_is_said_keeps_its_ending(tmp_path):
    assert no_version_kept(tmp_path / ("w" * 100 + ".wtfc")).endswith(".wtfc.bak' beside it.")
