# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A workshop opened from an e-mail attachment or a .zip is in a temporary folder, cleared away
later with the day's saves in it (review 32 R2 S2): opening says so and offers Save As, which
(and the exports) starts in the Documents folder; Ctrl+S still saves there and says where; Open
recent never lists it. The folders declared temporary here are the test's own."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget
from renders import save_render
from window_fixtures import isolated_settings, shown_window  # noqa: F401

from wtfc.model.operations.details import edit_details
from wtfc.model.recovery import SnapshotHeader
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.temporary_place import ROOTS_ENV, SAVED_IN_TEMPORARY
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui import temporary_notice, unsaved_changes
from wtfc.ui.app_settings import settings
from wtfc.ui.recent_files import GONE, UNREACHABLE, recent_files
from wtfc.ui.save_as_place import save_as_start


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    """A home of the test's own, whose Documents folder Qt finds, and a declared temporary
    folder beside it."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs there
    monkeypatch.setenv(ROOTS_ENV, str(tmp_path / "Temp"))
    return home / "Documents"


@pytest.fixture
def attachment(tmp_path, documents) -> Path:
    """Thunderbird's copy of spring.wtfc, opened from the e-mail."""
    path = tmp_path / "Temp" / "mozilla_jane0" / "spring.wtfc"
    path.parent.mkdir(parents=True)
    save_workshop(Workshop(title="Spring", cards=[Card(kind=Kind.WORKING, text="Kind carer")]),
                  path)
    return path


@pytest.fixture
def notices(monkeypatch) -> list[QMessageBox]:
    """Each notice shown, answered Later."""
    shown: list[QMessageBox] = []
    monkeypatch.setattr(temporary_notice, "_chosen", lambda box: (shown.append(box), False)[1])
    return shown


def _save_dialog(monkeypatch, answer: Path | None = None) -> list[str]:
    """Where each Save dialog opened; answered with ``answer`` (else cancelled)."""
    offered: list[str] = []

    def ask(_parent, _title, start, *_args, **_kwargs):
        offered.append(start)
        return (str(answer), "") if answer else ("", "")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return offered


def test_opening_says_where_it_is_and_save_as_goes_to_documents(
        shown_window, attachment, documents, monkeypatch, message_boxes, qtbot):
    window = shown_window
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(temporary_notice, "_chosen", lambda box: (boxes.append(box), True)[1])
    offered = _save_dialog(monkeypatch, documents / "spring.wtfc")
    assert window.files.open_path(attachment)
    [box] = boxes  # one notice, and nothing else
    assert message_boxes == []
    assert box.windowTitle() == "Opened from a temporary folder"
    assert box.text().startswith("'spring.wtfc' is an e-mail attachment's copy")
    assert "The mail program or Windows may delete it without asking" in box.text()
    assert box.text().endswith("Save it in your Documents or team folder first: File → Save As.")
    assert [b.text() for b in box.buttons()] == ["&Save As…", "&Later"]
    assert box.defaultButton().text() == "&Save As…"
    box.show()
    qtbot.waitExposed(box)
    save_render(box, "opened_from_temporary")
    box.close()
    # Save As… took it to Documents under its own name; only that one is listed as recent
    assert offered == [str(documents / "spring.wtfc")]
    assert window.files.path == documents / "spring.wtfc"
    assert load_workshop(documents / "spring.wtfc").workshop.title == "Spring"
    assert recent_files() == [str(documents / "spring.wtfc")]


def test_later_ctrl_s_saves_there_and_says_where(shown_window, attachment, documents,
                                                 monkeypatch, notices, message_boxes):
    window = shown_window
    offered = _save_dialog(monkeypatch)
    assert window.files.open_path(attachment)
    assert len(notices) == 1 and recent_files() == []  # the attachment's path is not kept
    window.undo.push(edit_details(window.doc, title="Spring, morning"))
    assert window.files.save()  # never refused: it saves where it is, and says where
    assert offered == [] and window.files.path == attachment
    assert load_workshop(attachment).workshop.title == "Spring, morning"
    assert window.statusBar().currentMessage() == SAVED_IN_TEMPORARY
    assert recent_files() == []
    # Save As and the exports start in Documents, the name kept (a copy's, when it is taken)
    assert save_as_start(window.files) == documents / "spring.wtfc"
    (documents / "spring.wtfc").write_bytes(b"")
    assert save_as_start(window.files) == documents / "spring (copy).wtfc"
    window.findChild(QAction, "export_report").trigger()
    assert Path(offered[-1]).parent == documents


def _answer_unsaved(monkeypatch, qtbot, choice: str) -> list[QMessageBox]:
    """"Save them before …?" for a file in a temporary folder, seen drawn and answered with
    the button whose words are ``choice``."""
    asked: list[QMessageBox] = []

    def click(box):
        asked.append(box)
        box.show()
        qtbot.waitExposed(box)
        save_render(box, "unsaved_in_temporary")
        box.close()
        return next(b for b in box.buttons() if b.text().replace("&", "") == choice)
    monkeypatch.setattr(unsaved_changes, "_clicked", click, raising=False)  # (none before)
    return asked


def test_closing_after_later_asks_to_save_as_into_documents(
        shown_window, attachment, documents, monkeypatch, notices, message_boxes, qtbot):
    """Later, a day's work, then the window closed: the question's Save wrote the day into the
    attachment's folder without a word (review 32 A1 2). It says where the file is, and Save
    As… (the default) offers Documents."""
    window = shown_window
    assert window.files.open_path(attachment)
    window.undo.push(edit_details(window.doc, title="Spring, the day's work"))
    asked = _answer_unsaved(monkeypatch, qtbot, "Save As…")
    offered = _save_dialog(monkeypatch, documents / "spring.wtfc")
    assert window.close()
    [box] = asked
    assert message_boxes == []  # one question, not the usual one as well
    assert box.windowTitle() == "Unsaved changes"
    assert box.text().startswith("This workshop has changes that are not saved.\nSave them "
                                 "before closing?\n\n'spring.wtfc' is in a temporary folder "
                                 "that may be cleared without asking")
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == \
        ["Cancel", "Discard", "Save", "Save As…"]
    assert box.defaultButton().text() == "Save &As…"
    assert offered == [str(documents / "spring.wtfc")]
    assert load_workshop(documents / "spring.wtfc").workshop.title == "Spring, the day's work"
    assert load_workshop(attachment).workshop.title == "Spring"


def test_its_save_there_is_still_offered_and_cancel_keeps_the_window(
        shown_window, attachment, documents, monkeypatch, notices, qtbot):
    window = shown_window
    assert window.files.open_path(attachment)
    window.undo.push(edit_details(window.doc, title="Spring, the day's work"))
    _answer_unsaved(monkeypatch, qtbot, "Cancel")
    assert not window.close() and window.isVisible()
    _answer_unsaved(monkeypatch, qtbot, "Save")
    offered = _save_dialog(monkeypatch)
    assert window.files.confirm_discard("opening another workshop")
    assert offered == [] and window.files.path == attachment  # saved where it is, as asked
    assert load_workshop(attachment).workshop.title == "Spring, the day's work"
    # saved there, leaving it asks again (test_left_in_temporary): left there, as chosen
    _answer_unsaved(monkeypatch, qtbot, "Close anyway")
    assert window.close()


def test_recovered_work_of_an_attachment_is_offered_in_documents(qtbot, attachment, documents,
                                                                 monkeypatch):
    """The laptop died with an attachment's workshop open: the recovery dialog's Save
    elsewhere… offered the attachment's folder, cleared later with the recovered day (review
    32 A1 3). It starts in Documents, the name kept."""
    from wtfc.ui.recovery_save import save_elsewhere

    offered = _save_dialog(monkeypatch)
    parent = QWidget()
    parent.files = SimpleNamespace(path=None)
    qtbot.addWidget(parent)
    header = SnapshotHeader(original_path=str(attachment), title="Spring")
    assert not save_elsewhere(parent, SimpleNamespace(snapshot=SimpleNamespace(
        header=header, body=b"{}")))  # the dialog cancelled
    assert offered == [str(documents / "spring (recovered).wtfc")]


def test_a_read_only_attachment_is_one_notice_and_its_copy_goes_to_documents(
        shown_window, attachment, documents, monkeypatch, notices, message_boxes):
    """Outlook and Thunderbird mark the copy read-only (tests run as root: said so here)."""
    import wtfc.ui.open_checks as open_checks

    monkeypatch.setattr(open_checks, "marked_read_only", lambda path: path == attachment)
    window = shown_window
    assert window.files.open_path(attachment) and window.undo.read_only
    [box] = notices
    assert message_boxes == []
    assert "e-mail attachment" in box.text()
    assert "marked read-only" in box.informativeText()  # what opening says too, in one notice
    assert save_as_start(window.files) == documents / "spring.wtfc"


def test_a_file_inside_a_zip_and_a_listed_one_whose_folder_was_cleared(
        shown_window, tmp_path, documents, monkeypatch, notices):
    window = shown_window
    inside = tmp_path / "Downloads" / "Temp1_spring papers.zip" / "spring.wtfc"
    inside.parent.mkdir(parents=True)
    save_workshop(Workshop(title="Spring"), inside)
    assert window.files.open_path(inside)
    assert notices[-1].text().startswith("'spring.wtfc' was opened from inside a .zip")
    # listed before wtfc left such files off, then cleared away: gone, not "a drive not
    # connected"
    cleared = tmp_path / "Temp" / "mozilla_jane0" / "old.wtfc"
    settings().setValue("recent", [str(cleared)])
    menu = window.findChild(QMenu, "recent")
    menu.aboutToShow.emit()  # what opening the submenu does
    assert menu.actions()[0].text().endswith(GONE)
    assert menu.actions()[0].isEnabled()  # choosing it offers to take it off the list


def test_a_team_share_not_mounted_yet_stays_greyed(shown_window, monkeypatch):
    """The team's file opened through GNOME Files (a share gvfs mounts in the desktop's runtime
    folder only once opened there): listed before, it waits greyed for the drive, as a share
    not connected does, never "no longer there" offering to take it off (review 32 A1 1)."""
    monkeypatch.delenv(ROOTS_ENV)  # the system's own temporary folders
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/run/user/1000")
    share = "/run/user/1000/gvfs/smb-share:server=council,share=team/WTFC/spring.wtfc"
    assert not Path(share).parent.exists()
    settings().setValue("recent", [share])
    menu = shown_window.findChild(QMenu, "recent")
    menu.aboutToShow.emit()
    assert menu.actions()[0].text().endswith(UNREACHABLE)
    assert not menu.actions()[0].isEnabled()


def test_the_collection_template_starts_in_documents_too(
        shown_window, attachment, documents, monkeypatch, notices):
    from wtfc.ui.import_actions import export_template

    offered = _save_dialog(monkeypatch)
    assert shown_window.files.open_path(attachment)
    assert export_template(shown_window) is None  # the dialog cancelled
    assert offered == [str(documents / "statements-template.xlsx")]
