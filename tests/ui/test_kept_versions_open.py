# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Opening a kept earlier version (spring.wtfc.bak, from File → Open with All files) is
read-only: saved into, the next three saves of spring.wtfc pushed that work out and deleted it
without a word. A workshop that will not open (cut short, gone) offers the newest earlier
version that does, opened as the workshop itself and not yet saved: Save puts it back and keeps
the damaged file as spring.wtfc.damaged."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from renders import save_render
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model import storage
from wtfc.model.errors import WorkshopFileError
from wtfc.model.operations.details import edit_details
from wtfc.model.storage import backup_path, load_workshop, save_workshop
from wtfc.model.versions import earlier_versions
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui import earlier_version_offer
from wtfc.ui.earlier_version_offer import offer_box

CUT_SHORT = b'{"schema_version": 5, "title": "Spring", "cards": [{"id": "c1", "kind": "wor'


@pytest.fixture
def window(make_window):
    return make_window(autosave=False)


@pytest.fixture
def spring(tmp_path) -> Path:
    """spring.wtfc as "Afternoon", with "Morning" kept in spring.wtfc.bak."""
    path = tmp_path / "spring.wtfc"
    for title in ("Morning", "Afternoon"):
        save_workshop(
            Workshop(title=title, cards=[Card(kind=Kind.WORKING, text=title)]), path, versions=3
        )
    return path


@pytest.fixture
def offers(monkeypatch) -> list[QMessageBox]:
    """The offer of an earlier version, taken; the boxes shown are kept to look at."""
    shown: list[QMessageBox] = []

    def take(box: QMessageBox) -> bool:
        shown.append(box)
        return True

    monkeypatch.setattr(earlier_version_offer, "_chosen", take)
    return shown


def _save_as_answers(monkeypatch, answer: str = "") -> list[str]:
    offered: list[str] = []

    def dialog(_parent, _title, start, *_args, **_kwargs):
        offered.append(start)
        return answer, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return offered


# -- a kept version opened ----------------------------------------------------------------------


def test_a_kept_version_opens_read_only_and_says_why(window, spring, message_boxes):
    kept = backup_path(spring, 1)
    assert window.files.open_path(kept)
    assert window.undo.read_only and "read-only" in window.windowTitle()
    assert window.doc.workshop.title == "Morning"
    assert message_boxes == [
        (
            "information",
            (
                "Opened read-only: 'spring.wtfc.bak' is an earlier version of 'spring.wtfc', "
                "kept by wtfc when it saved that workshop. It is open read-only here: each save "
                "of 'spring.wtfc' replaces its earlier versions, so work saved into this one "
                "would be lost. To work on it, save it with Save As."
            ),
        )
    ]


def test_work_on_a_kept_version_is_never_saved_into_it(window, spring, monkeypatch):
    """The review's trail: work saved into .bak, then three saves of spring.wtfc, and it was
    gone. Now Save asks for a name (a copy beside spring.wtfc), and .bak is left as it was."""
    kept = backup_path(spring, 1)
    before = kept.read_bytes()
    window.files.open_path(kept)
    window.undo.push(edit_details(window.doc, venue="Afternoon work"))
    offered = _save_as_answers(monkeypatch)  # the facilitator cancels the dialog
    assert not window.files.save()
    assert offered == [str(spring.with_name("spring (copy).wtfc"))]
    assert kept.read_bytes() == before
    assert not spring.with_name("spring.wtfc.bak.bak").exists()


def test_save_as_from_a_kept_version_offers_the_workshops_own_name_when_it_is_gone(
    window, spring, monkeypatch
):
    kept = backup_path(spring, 1)
    spring.unlink()
    window.files.open_path(kept)
    offered = _save_as_answers(monkeypatch, str(spring))
    assert window.files.save()
    assert offered == [str(spring)]
    assert load_workshop(spring).workshop.title == "Morning"
    assert window.files.path == spring and not window.undo.read_only


# -- a workshop that will not open --------------------------------------------------------------


def test_a_cut_short_workshop_offers_the_earlier_version_that_opens(window, spring, offers):
    spring.write_bytes(CUT_SHORT)
    assert window.files.open_path(spring)
    box = offers[0]
    assert box.text() == (  # no "If you have a copy…": the version offered is the next step
        "'spring.wtfc' is cut short: it ends in the middle. It may not have been saved "
        "completely."
    )
    saved = earlier_versions(spring)[0].describe().replace("Saved", "saved")
    assert box.informativeText() == (
        f"You can open an earlier version of 'spring.wtfc' instead: the one {saved} "
        f"('spring.wtfc.bak', kept by wtfc when it saved). It opens as 'spring.wtfc', not yet "
        f"saved. Save then puts it "
        f"in place of the damaged file, which is kept beside it as 'spring.wtfc.damaged'."
    )
    assert [b.text() for b in box.buttons()] == ["&Open that version", "Cancel"]
    assert window.doc.workshop.title == "Morning"
    assert window.files.path == spring and not window.undo.read_only
    assert window.isWindowModified()  # not saved: the file on disk is still the damaged one


def test_saving_the_version_repairs_the_workshop_and_keeps_the_damaged_file(window, spring, offers):
    spring.write_bytes(CUT_SHORT)
    kept = backup_path(spring, 1).read_bytes()
    window.files.open_path(spring)
    assert window.files.save()
    assert load_workshop(spring).workshop.title == "Morning"
    assert spring.with_name("spring.wtfc.damaged").read_bytes() == CUT_SHORT
    # the damaged file took no place among the three kept versions: they are as they were
    assert backup_path(spring, 1).read_bytes() == kept
    assert not backup_path(spring, 2).exists()
    assert not window.isWindowModified()
    window.undo.push(edit_details(window.doc, venue="Town hall"))
    assert window.files.save()  # later saves keep versions as always
    assert load_workshop(backup_path(spring, 1)).workshop.title == "Morning"
    assert spring.with_name("spring.wtfc.damaged").read_bytes() == CUT_SHORT


def test_a_failed_save_leaves_the_damaged_file_where_it_was(
    window, spring, offers, monkeypatch, message_boxes
):
    spring.write_bytes(CUT_SHORT)
    window.files.open_path(spring)

    def full_disk(*_args, **_kwargs):
        raise WorkshopFileError("The disk is full, so 'spring.wtfc' could not be saved.")

    monkeypatch.setattr("wtfc.ui.file_controller.save_workshop", full_disk)
    assert not window.files.save()
    assert spring.read_bytes() == CUT_SHORT
    assert not spring.with_name("spring.wtfc.damaged").exists()
    monkeypatch.setattr("wtfc.ui.file_controller.save_workshop", storage.save_workshop)
    assert window.files.save()  # and the next save sets it aside as before
    assert spring.with_name("spring.wtfc.damaged").read_bytes() == CUT_SHORT


def test_a_missing_workshop_offers_its_earlier_version(window, spring, offers):
    spring.unlink()
    assert window.files.open_path(spring)
    assert offers[0].text().endswith("does not exist (it may have been moved or renamed).")
    assert offers[0].informativeText().endswith("Save then puts 'spring.wtfc' back.")
    assert window.files.save()
    assert load_workshop(spring).workshop.title == "Morning"
    assert not spring.with_name("spring.wtfc.damaged").exists()


def test_a_recent_workshop_gone_offers_its_earlier_version(window, spring, offers):
    spring.unlink()
    window.files._recent_menu.choose(str(spring))
    assert offers and window.doc.workshop.title == "Morning"
    assert window.files.path == spring and window.isWindowModified()


def test_declining_the_offer_keeps_the_workshop_open_before(window, spring, monkeypatch):
    monkeypatch.setattr(earlier_version_offer, "_chosen", lambda _box: False)
    other = spring.with_name("other.wtfc")
    save_workshop(Workshop(title="Other"), other)
    window.files.open_path(other)
    spring.write_bytes(CUT_SHORT)
    assert not window.files.open_path(spring)
    assert window.doc.workshop.title == "Other" and window.files.path == other


def test_without_an_earlier_version_that_opens_it_says_why_as_before(window, spring, message_boxes):
    spring.write_bytes(CUT_SHORT)
    backup_path(spring, 1).write_bytes(CUT_SHORT)
    assert not window.files.open_path(spring)
    assert message_boxes == [
        (
            "warning",
            "Could not open the workshop: 'spring.wtfc' is cut short: it ends in the middle. It "
            "may not have been saved completely. If you have a copy — an e-mail attachment, a "
            "USB stick — open that.",
        )
    ]


def test_pictures_of_the_offer_and_the_read_only_note(window, spring, qtbot, monkeypatch):
    spring.write_bytes(CUT_SHORT)
    version = earlier_versions(spring)[0]
    try:
        load_workshop(spring)
    except WorkshopFileError as exc:
        box = offer_box(window, spring, exc, version)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    save_render(box, "earlier_version_offer")
    assert box.windowTitle() == "Could not open the workshop" and "cut short" in box.text()
    assert "'spring.wtfc.bak', kept by wtfc when it saved" in box.informativeText()
    assert any(b.text() == "&Open that version" for b in box.buttons())
    screen = window.screen().availableGeometry()
    assert box.width() <= screen.width() and box.height() <= screen.height()

    notes: list[QMessageBox] = []  # the note the app shows, built as QMessageBox.information does

    def information(parent, title, text, *_args, **_kwargs):
        notes.append(QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", information)
    assert window.files.open_path(backup_path(spring, 1))
    [note] = notes
    qtbot.addWidget(note)
    note.show()
    qtbot.waitExposed(note)
    save_render(note, "kept_version_read_only")
    assert note.windowTitle() == "Opened read-only"
    assert note.text().startswith("'spring.wtfc.bak' is an earlier version of 'spring.wtfc'")
    assert note.text().endswith("To work on it, save it with Save As.")
    assert note.width() <= screen.width() and note.height() <= screen.height()
