"""File → New workshop from this one…: the autumn workshop starts from spring's file with its
details, plan and people's codes, and Review compares with spring at once. Spring's file is
never written."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.operations.details import edit_details
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Stage
from wtfc.ui.main_window import MainWindow
from wtfc.ui.review_memory import remembered


@pytest.fixture
def spring(tmp_path):
    path = tmp_path / "spring.wtfc"
    shutil.copy(demo_path(), path)
    return path


@pytest.fixture
def window(qtbot, spring):
    w = MainWindow()
    qtbot.addWidget(w)
    w.files.open_path(spring, confirmed=True)
    w.resize(1366, 768)
    w.show()
    return w


def _new_from(window) -> None:
    action = next(a for a in window.menuBar().actions()[0].menu().actions()
                  if a.objectName() == "new_from")
    action.trigger()


def test_the_menu_item_has_an_alt_letter_of_its_own_and_no_key(window):
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.objectName() == "new_from")
    assert action.text() == "New workshop &from this one…"
    assert action.shortcut().isEmpty()
    letters = [a.text().split("&")[1][0].lower() for a in file_menu.actions() if "&" in a.text()]
    assert letters.count("f") == 1


def test_details_plan_and_codes_come_across_and_the_cards_do_not(window, spring):
    before = load_workshop(spring).workshop
    _new_from(window)
    now = window.doc.workshop
    assert window.files.path is None
    assert (now.title, now.venue, now.facilitator, now.agreements) == \
        (before.title, before.venue, before.facilitator, before.agreements)
    assert now.date is None and before.in_the_room and now.in_the_room == []  # last time's day
    assert [p.minutes for p in now.agenda] == [p.minutes for p in before.agenda]
    assert [(p.id, p.voice, p.locality) for p in now.people] == \
        [(p.id, p.voice, p.locality) for p in before.people]
    assert not (now.cards or now.themes or now.actions or now.success)
    assert window.shown_stage() == Stage.PREPARE
    assert "Untitled (from spring.wtfc)" in window.windowTitle()
    # like File → New: a new document, so there is nothing to undo into spring's workshop
    assert window.undo.stack.count() == 0


def test_review_compares_with_spring_at_once_and_after_saving_and_reopening(window, spring,
                                                                            tmp_path, qtbot):
    _new_from(window)
    board = window.page(Stage.REVIEW)
    assert board.previous_path == spring
    assert board.action_tree.topLevelItemCount() == len(load_workshop(spring).workshop.actions)
    autumn = tmp_path / "autumn.wtfc"
    assert window.files.save_to(autumn)
    assert remembered(autumn) == spring.resolve()
    window.files.lock.release()
    again = MainWindow()
    qtbot.addWidget(again)
    again.files.open_path(autumn, confirmed=True)
    assert again.page(Stage.REVIEW).previous_path == spring.resolve()


def test_spring_s_file_is_never_written(window, spring, message_boxes):
    on_disk = spring.read_bytes()
    window.undo.push(edit_details(window.doc, venue="Town hall"))  # not saved
    _new_from(window)  # asked, and the conftest's answer is Discard
    assert any("Unsaved changes" in text for kind, text in message_boxes if kind == "question")
    assert window.doc.workshop.venue == "Riverside Community Hall"  # discarded means gone
    assert not window.files.save_to(spring)  # Save As over last time's file is refused
    assert any("last time's workshop" in text for kind, text in message_boxes
               if kind == "warning")
    assert spring.read_bytes() == on_disk


def test_save_as_suggests_a_name_beside_spring_not_spring_itself(window, spring, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    _new_from(window)
    suggested = []

    def chooser(_parent, _title, start, _filter):
        suggested.append(start)
        return "", ""  # cancelled

    monkeypatch.setattr(QFileDialog, "getSaveFileName", chooser)
    window.files.save_as_dialog()
    assert suggested and suggested[0].startswith(str(spring.parent))
    assert suggested[0] != str(spring)


def test_cancel_keeps_the_workshop_open(window, spring, monkeypatch):
    window.undo.push(edit_details(window.doc, venue="Town hall"))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    _new_from(window)
    assert window.files.path == spring
    assert window.doc.workshop.venue == "Town hall"


def test_an_unsaved_workshop_is_saved_first_or_nothing_happens(qtbot, monkeypatch,
                                                               message_boxes):
    window = MainWindow()
    qtbot.addWidget(window)
    window.undo.push(edit_details(window.doc, venue="Town hall"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (
        message_boxes.append(("question", a[1])), QMessageBox.StandardButton.Cancel)[1])
    _new_from(window)
    assert ("question", "Save this workshop first") in message_boxes
    assert window.doc.workshop.venue == "Town hall"


def test_the_demo_s_copy_starts_a_new_cycle_compared_with_the_demo(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.open_demo()
    _new_from(window)
    assert window.page(Stage.REVIEW).previous_path == demo_path()
    assert window.doc.workshop.people and not window.doc.workshop.cards


def _save_as_offers(window, monkeypatch) -> str:
    """Where Save As opens (then cancelled)."""
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _p, _t, start, _f: (offered.append(start), ("", ""))[1])
    window.files.save_as_dialog()
    return offered[0]


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder


def test_from_a_read_only_drive_save_as_opens_in_home_not_on_the_drive(qtbot, tmp_path, home,
                                                                      monkeypatch):
    """The stick was said to be unwritable when spring opened: Save As offered it, then
    refused to save there."""
    stick = tmp_path / "stick"
    stick.mkdir()
    spring = stick / "spring.wtfc"
    shutil.copy(demo_path(), spring)
    real = os.access  # tests run as root, for whom everything is writable
    unwritable = {os.fspath(stick), os.fspath(spring)}
    monkeypatch.setattr(os, "access", lambda target, mode, *a, **k: False if (
        os.fspath(target) in unwritable and mode & os.W_OK) else real(target, mode, *a, **k))
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.open_path(spring, confirmed=True)
    assert window.undo.read_only
    _new_from(window)
    offered = Path(_save_as_offers(window, monkeypatch))
    assert offered.parent == home and offered.suffix == ".wtfc"
    assert window.page(Stage.REVIEW).previous_path == spring  # still compared with the stick's


def test_from_the_demo_save_as_opens_in_home_not_in_wtfc_s_own_folder(qtbot, home, monkeypatch):
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.open_demo()
    _new_from(window)
    assert "Untitled (from the demo)" in window.windowTitle()
    offered = Path(_save_as_offers(window, monkeypatch))
    assert offered.parent == home  # an upgrade would take a workshop saved in wtfc/assets
    assert not window.files.save_to(demo_path())  # the bundled demo is never written


def test_the_demo_s_last_time_starts_a_new_cycle_as_the_demo_does(qtbot, home, monkeypatch,
                                                                 message_boxes):
    """Its copy asked to be saved first, as an untitled workshop does; the demo's did not."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.open_path(demo_previous_path(), confirmed=True)
    _new_from(window)
    assert not [text for kind, text in message_boxes if kind == "question"]
    assert "Untitled (from the demo's last time)" in window.windowTitle()
    assert window.page(Stage.REVIEW).previous_path == demo_previous_path()
    assert window.doc.workshop.people and not window.doc.workshop.cards
    assert Path(_save_as_offers(window, monkeypatch)).parent == home


@pytest.fixture
def kept_version(window, spring) -> Path:
    """spring.wtfc.bak, as two saves of spring left it, open (read-only) in the window."""
    for venue in ("Version A hall", "Version B hall"):
        window.undo.push(edit_details(window.doc, venue=venue))
        assert window.files.save()
    kept = spring.with_name("spring.wtfc.bak")
    window.files.open_path(kept, confirmed=True)
    assert window.undo.read_only
    return kept


def test_a_kept_earlier_version_is_saved_under_its_own_name_first(window, spring, kept_version,
                                                                 monkeypatch, message_boxes):
    """Paired with spring.wtfc.bak, the new workshop's Review compared with whatever version the
    next save of spring left there."""
    message_boxes.clear()
    monkeypatch.setattr(QMessageBox, "question", lambda _p, title, text, *a, **k: (
        message_boxes.append(("question", f"{title}: {text}")), QMessageBox.StandardButton.Save)[1])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _p, _t, start, _f: (start, ""))
    _new_from(window)
    kind, text = message_boxes[0]
    assert kind == "question" and text.startswith(
        "Save this workshop first: 'spring.wtfc.bak' is an earlier version of 'spring.wtfc', "
        "kept by wtfc: the next saves of 'spring.wtfc' replace it.")
    own = spring.with_name("spring (copy).wtfc")  # offered beside it: spring.wtfc is taken
    assert load_workshop(own).workshop.venue == "Version A hall"
    assert window.page(Stage.REVIEW).previous_path == own
    assert "Untitled (from spring (copy).wtfc)" in window.windowTitle()
    autumn = spring.with_name("autumn.wtfc")
    assert window.files.save_to(autumn)
    assert remembered(autumn) == own.resolve()


def test_a_kept_earlier_version_not_saved_first_makes_no_new_workshop(window, kept_version,
                                                                     monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    _new_from(window)
    assert window.files.path == kept_version and window.doc.workshop.cards


def test_a_new_cycle_restored_after_a_crash_still_compares_with_spring_and_spares_it(
        window, spring, tmp_path, qtbot, monkeypatch, message_boxes):
    """Restored, it compared with nothing, Save As opened in the home folder, and saving over
    spring.wtfc was no longer refused."""
    from wtfc.model import recovery
    from wtfc.ui.autosave import Autosaver
    from wtfc.ui.recovery_dialog import Choice, offer_recovery

    folder = tmp_path / "recovery"
    on_disk = spring.read_bytes()
    _new_from(window)
    window.files.autosaver = Autosaver(window, folder)
    window.undo.push(edit_details(window.doc, venue="Autumn venue"))
    assert window.files.autosaver.snapshot_now()
    window.files.autosaver.wait()
    window.files.autosaver._lock.unlock()  # the laptop dies: the copy stays, its lock is free
    again = MainWindow()
    qtbot.addWidget(again)
    again.files.autosaver = Autosaver(again, folder)
    assert offer_recovery(again, ask=lambda _dialog: Choice.RESTORE)
    assert "Untitled (from spring.wtfc) (recovered)" in again.windowTitle()
    assert again.doc.workshop.venue == "Autumn venue"
    assert again.page(Stage.REVIEW).previous_path == spring
    assert Path(_save_as_offers(again, monkeypatch)).parent == spring.parent
    assert not again.files.save_to(spring)
    assert spring.read_bytes() == on_disk
    # and a second crash keeps it too: this session's own copy says where it came from
    again.files.autosaver.wait()
    kept = recovery.read_snapshot(again.files.autosaver.session)
    assert kept.header.made_from == str(spring.absolute())


def test_prepare_says_once_which_words_are_last_time_s(window, spring, tmp_path, qtbot):
    """Spring's dated scope and purpose came across with nothing to mark them as last time's."""
    _new_from(window)
    page = window.page(Stage.PREPARE)
    assert window.shown_stage() == Stage.PREPARE
    assert page.started_from.isVisible()
    assert page.started_from.text() == (
        "Started from last time's workshop ('spring.wtfc'). The title, venue, facilitator, "
        "purpose, scope and how the room agreed to work and decide are last time's words: check "
        "each is right for this time. People's roles and tags (age band, service type, "
        "locality) came across too: check them on 2 Collect → People. The date and who is in "
        "the room are left for this time's day.")
    assert page.room.total.text() == "Nobody counted yet."  # this time's room, to count
    window.undo.push(edit_details(window.doc, purpose="Autumn's reviews"))
    assert page.started_from.isVisible()  # still there while the fields are checked
    autumn = tmp_path / "autumn.wtfc"
    assert window.files.save_to(autumn)
    assert page.started_from.isVisible()
    window.files.open_path(autumn, confirmed=True)  # opened again: said once, not every time
    assert not page.started_from.isVisible()
    window.files.new()
    assert not page.started_from.isVisible()


def test_the_demo_s_new_cycle_says_it_came_from_the_demo(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.open_demo()
    window.show()
    _new_from(window)
    note = window.page(Stage.PREPARE).started_from.text()
    assert note.startswith("Started from last time's workshop (the demo). ")


def test_prepare_says_people_s_tags_came_across_only_when_there_are_some(qtbot, tmp_path):
    """Tags typed last time ("Sarah Jones team") go into the data export: said, to be checked;
    people with codes only have nothing to check."""
    from wtfc.model.storage import load_workshop, save_workshop
    from wtfc.model.workshop import Person

    bare = tmp_path / "bare.wtfc"
    workshop = load_workshop(demo_path()).workshop
    workshop.people = [Person(id=p.id) for p in workshop.people]
    save_workshop(workshop, bare, backup=False)
    w = MainWindow()
    qtbot.addWidget(w)
    w.files.open_path(bare, confirmed=True)
    _new_from(w)
    said = w.page(Stage.PREPARE).started_from.text()
    assert "last time's words" in said and "People's roles and tags" not in said
    assert w.doc.workshop.people
