# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""File → Go back to an earlier version: the kept copies of the open workshop, brought back as
one undoable step; a damaged copy is explained and changes nothing."""

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QMessageBox
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.operations.details import edit_details
from wtfc.model.storage import backup_path, load_workshop, save_workshop
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui.earlier_versions_menu import go_back, version_choices


@pytest.fixture
def window(make_window):
    return make_window(autosave=False)


@pytest.fixture
def saved_twice(tmp_path) -> Path:
    """spring.wtfc as "Second draft", with "First draft" kept in spring.wtfc.bak."""
    path = tmp_path / "spring.wtfc"
    for title in ("First draft", "Second draft"):
        save_workshop(Workshop(title=title, cards=[Card(kind=Kind.WORKING, text=title)]),
                      path, versions=3)
    return path


def _menu(window) -> QMenu:
    menu = window.findChild(QMenu, "earlier_versions")
    menu.aboutToShow.emit()  # what opening the submenu does
    return menu


def _versions(window) -> list:
    """The menu's versions (or why none), above its separator and Remove earlier versions…"""
    actions = _menu(window).actions()
    assert actions[-2].isSeparator() and actions[-1].text() == "Remove earlier versions…"
    return actions[:-2]


def test_the_menu_says_why_there_is_nothing_to_go_back_to(window, tmp_path):
    assert [a.text() for a in _versions(window)] == [
        "Save the workshop first: each save keeps the version before it"]
    path = tmp_path / "new.wtfc"
    save_workshop(Workshop(title="New"), path)
    window.files.open_path(path)
    actions = _versions(window)
    assert [a.isEnabled() for a in actions] == [False]
    assert "No earlier versions yet" in actions[0].text()


def test_going_back_from_the_menu_is_one_undoable_step(window, saved_twice):
    window.files.open_path(saved_twice)
    actions = _versions(window)
    assert len(actions) == 1 and actions[0].text().startswith("Saved today at ")

    actions[0].trigger()
    assert window.doc.workshop.title == "First draft"
    assert [c.text for c in window.doc.workshop.cards] == ["First draft"]
    assert window.isWindowModified()  # nothing on disk changes until the next save
    assert load_workshop(saved_twice).workshop.title == "Second draft"
    assert window.undo.stack.undoText().startswith("Go back to the version saved today")

    window.undo_action.trigger()
    assert window.doc.workshop.title == "Second draft"
    assert not window.isWindowModified()
    window.redo_action.trigger()
    assert window.doc.workshop.title == "First draft"

    assert window.files.save()  # saving keeps it, and the replaced version is kept in turn
    assert load_workshop(saved_twice).workshop.title == "First draft"
    assert load_workshop(backup_path(saved_twice, 1)).workshop.title == "Second draft"


def test_edits_after_going_back_undo_in_order(window, saved_twice):
    window.files.open_path(saved_twice)
    go_back(window, version_choices(window)[0][1])
    window.undo.push(edit_details(window.doc, venue="Town hall"))
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.doc.workshop.title == "Second draft" and window.doc.workshop.venue == ""
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert window.doc.workshop.title == "First draft"
    assert window.doc.workshop.venue == "Town hall"


def test_a_damaged_copy_is_explained_and_changes_nothing(window, saved_twice, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: said.append(text))
    window.files.open_path(saved_twice)
    backup_path(saved_twice, 1).write_bytes(b'{"schema_version": 1, "title": "Fir')
    os.utime(backup_path(saved_twice, 1))
    _versions(window)[0].trigger()
    assert said and "cut short" in said[0] and "Traceback" not in said[0]
    assert window.doc.workshop.title == "Second draft"
    assert window.undo.stack.count() == 0 and not window.isWindowModified()


def test_not_offered_while_the_workshop_is_read_only(window, saved_twice):
    window.files.open_path(saved_twice)
    window.undo.read_only = True
    assert [text for text, _ in version_choices(window)] == [
        "Not while the workshop is open read-only"]


def test_going_back_first_records_what_is_still_being_typed(window, saved_twice):
    """A venue typed on the Prepare page but not yet left: going back records it first, as its
    own step, so Undo brings it back; before, it was lost or landed on the old version."""
    from wtfc.model.workshop import Stage

    window.files.open_path(saved_twice)
    window.go_to_stage(Stage.PREPARE)
    page = window.page(Stage.PREPARE)
    page.venue.setText("Town Hall")  # typed; the field has not been left
    go_back(window, version_choices(window)[0][1])
    assert window.doc.workshop.title == "First draft" and window.doc.workshop.venue == ""
    assert page.venue.text() == ""  # the page shows the version gone back to
    window.undo_action.trigger()
    assert window.doc.workshop.title == "Second draft"
    assert window.doc.workshop.venue == "Town Hall"
