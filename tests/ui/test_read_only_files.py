# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Files wtfc opens read-only and never saves over: one marked read-only (its read-only box, or
chmod 444) and one a newer wtfc wrote. Opening says why; Save offers a copy beside it, and
choosing the file itself anyway is refused in plain words with the file left as it was."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from window_fixtures import isolated_settings, shown_window  # noqa: F401

from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import SCHEMA_VERSION, Card, Kind, Workshop
from wtfc.ui.file_names import copy_beside

pytestmark = pytest.mark.usefixtures("isolated_settings")  # recent files: this test's own


@pytest.fixture
def window(shown_window):
    return shown_window


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


def test_a_file_on_a_read_only_drive_says_the_drive_not_the_file(window, workshop_file,
                                                                 monkeypatch, message_boxes):
    """A write-protected stick: unticking the file's read-only box would not help, so the
    notice names the drive or folder and sends the copy somewhere else."""
    _as_if_read_only(monkeypatch, workshop_file)
    _as_if_read_only(monkeypatch, workshop_file.parent)
    assert window.files.open_path(workshop_file)
    assert window.undo.read_only
    assert message_boxes == [("information", "Opened read-only: 'spring day.wtfc' is on a drive "
                              "or in a folder wtfc may not write to, so it is open read-only "
                              "here: wtfc will not save over it. To make changes, save a copy "
                              "somewhere else with Save As.")]

def test_a_writable_file_in_a_folder_wtfc_may_not_write_opens_read_only(
        window, workshop_file, tmp_path, monkeypatch, message_boxes):
    """A shared team folder: the file is theirs to write, the folder is not, and a save
    replaces the file. It opened as if editable; only Save, hours later, said no (and with the
    recovery folder read-only too, nothing guarded it). Save now offers a copy at home."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    _as_if_read_only(monkeypatch, workshop_file.parent)
    assert window.files.open_path(workshop_file)
    assert window.undo.read_only and "read-only" in window.windowTitle()
    assert message_boxes == [("information", "Opened read-only: 'spring day.wtfc' is on a drive "
                              "or in a folder wtfc may not write to, so it is open read-only "
                              "here: wtfc could not save it there. To make changes, save a copy "
                              "somewhere else with Save As.")]
    offered = _save_dialog_answers(monkeypatch, home / "spring day.wtfc")
    assert window.files.save()
    assert offered == [str(home / "spring day.wtfc")]
    assert window.files.path == home / "spring day.wtfc" and not window.undo.read_only


def test_a_link_in_a_folder_wtfc_may_not_write_opens_for_editing(window, workshop_file,
                                                                  tmp_path, message_boxes,
                                                                  monkeypatch):
    """A save writes the linked file, in its own folder: the link's folder is not asked."""
    links = tmp_path / "links"
    links.mkdir()
    link = links / "spring.wtfc"
    link.symlink_to(workshop_file)
    _as_if_read_only(monkeypatch, links)
    assert window.files.open_path(link)
    assert not window.undo.read_only and message_boxes == []


def test_save_as_of_a_file_on_a_read_only_drive_opens_in_home(window, workshop_file, tmp_path,
                                                               monkeypatch):
    """It was said to be on a drive wtfc may not write to: Save As offered that drive again."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    _as_if_read_only(monkeypatch, workshop_file)
    _as_if_read_only(monkeypatch, workshop_file.parent)
    window.files.open_path(workshop_file)
    offered = _save_dialog_answers(monkeypatch, home / "spring day.wtfc")
    assert window.files.save()
    assert offered == [str(home / "spring day.wtfc")]
    assert window.files.path == home / "spring day.wtfc" and not window.undo.read_only


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
    from wtfc.model.operations.details import edit_details

    window.files.open_path(workshop_file)
    before = workshop_file.read_bytes()
    _as_if_read_only(monkeypatch, workshop_file)
    # a change to save (with none, Ctrl+S says "Already saved" and writes nothing)
    window.undo.push(edit_details(window.doc, title="Changed since"))
    assert not window.files.save()
    assert workshop_file.read_bytes() == before
    assert "is marked read-only" in message_boxes[-1][1]


def test_a_writable_file_opens_for_editing_with_no_message(window, workshop_file, message_boxes):
    assert window.files.open_path(workshop_file)
    assert not window.undo.read_only and message_boxes == []


@pytest.fixture
def newer_file(tmp_path) -> Path:
    """spring day.wtfc as a newer wtfc wrote it: a format this one does not read, with a part
    it does not know."""
    path = tmp_path / "spring day.wtfc"
    raw = {"schema_version": SCHEMA_VERSION + 1, "title": "From a newer wtfc",
           "cards": [{"id": "c1", "kind": "working", "text": "Kind carer"}],
           "gadgets": [{"what": "a part only the newer wtfc knows"}]}
    path.write_text(json.dumps(raw, separators=(",", ":")))
    return path


def test_save_offers_a_copy_of_a_newer_file_and_never_writes_over_it(window, newer_file,
                                                                    monkeypatch, message_boxes):
    """Ctrl+S opened Save As on the file itself; Enter (and yes to the dialog's replace
    question) wrote it in this version's format, without the newer version's parts."""
    before = newer_file.read_bytes()
    assert window.files.open_path(newer_file) and window.undo.read_only
    offered = _save_dialog_answers(monkeypatch, newer_file)  # Enter on the file itself
    message_boxes.clear()
    assert not window.files.save()
    assert offered == [str(newer_file.with_name("spring day (copy).wtfc"))]
    assert newer_file.read_bytes() == before
    kind, text = message_boxes[-1]
    assert kind == "warning" and text.startswith(
        "The workshop was not saved: 'spring day.wtfc' was made with a newer wtfc than this "
        "one, so wtfc did not save over it: this version would lose what the newer one wrote. "
        "The file is untouched. Your workshop is safe in wtfc: use Save As to save it under "
        "another name.")
    assert window.undo.read_only and window.files.path == newer_file

    copy = Path(offered[0])
    _save_dialog_answers(monkeypatch, copy)  # the copy offered, as it was
    assert window.files.save()
    assert window.files.path == copy and not window.undo.read_only
    assert load_workshop(copy).workshop.title == "From a newer wtfc"
    assert newer_file.read_bytes() == before


def test_the_copy_offered_is_one_not_there_yet(window, newer_file, monkeypatch):
    (newer_file.parent / "spring day (copy).wtfc").write_text("kept")
    window.files.open_path(newer_file)
    offered = _save_dialog_answers(monkeypatch, newer_file)
    window.files.save_as_dialog()
    assert offered == [str(newer_file.with_name("spring day (copy 2).wtfc"))]
    assert copy_beside(Path("/a/spring.wtfc")) == Path("/a/spring (copy).wtfc")


def test_a_writable_file_is_offered_as_itself(window, workshop_file, monkeypatch):
    window.files.open_path(workshop_file)
    offered = _save_dialog_answers(monkeypatch, workshop_file)
    assert window.files.save_as_dialog()
    assert offered == [str(workshop_file)]
