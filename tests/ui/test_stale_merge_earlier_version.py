# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""An earlier version whose merge memory no longer holds (P01 merged into P02, and P01 a person
of its own again, as the morning's import could make it) says what it let go of when it is
brought back, as opening the file does. File → Go back to an earlier version, and the earlier
version offered when a workshop will not open, brought it back with the merge dropped and no
word of it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.operations.people import merged_codes
from wtfc.model.storage import backup_path, save_workshop
from wtfc.model.workshop import Card, Kind, Person, Workshop
from wtfc.ui import earlier_version_offer
from wtfc.ui.earlier_versions_menu import go_back, version_choices

LET_GO = (
    "Something to check in this workshop: P01 was merged into P02 earlier, but P01 is also a "
    "person of their own in this workshop"
)


@pytest.fixture
def window(make_window):
    return make_window(autosave=False)


@pytest.fixture
def spring(tmp_path) -> Path:
    """spring.wtfc put right ("Afternoon"); spring.wtfc.bak ("Morning") as the import left
    it: P01 merged into P02, and P01 given to someone new."""
    path = tmp_path / "spring.wtfc"
    save_workshop(
        Workshop(
            title="Morning",
            people=[Person(id="P02", former_codes=["P01"])],
            cards=[Card(kind=Kind.WORKING, text="Lunch club", person="P02")],
        ),
        path,
        backup=False,
    )
    raw = json.loads(path.read_bytes())
    raw["people"].append({"id": "P01"})
    raw["cards"].append({"id": "c2", "kind": "working", "text": "Library van", "person": "P01"})
    backup_path(path, 1).write_text(json.dumps(raw), encoding="utf-8")
    save_workshop(Workshop(title="Afternoon"), path, backup=False)
    return path


def test_going_back_to_it_says_the_merge_was_let_go(window, spring, message_boxes):
    assert window.files.open_path(spring)
    assert message_boxes == []
    assert go_back(window, version_choices(window)[0][1])
    workshop = window.doc.workshop
    assert workshop.title == "Morning" and merged_codes(workshop) == {}
    [(kind, text)] = message_boxes
    assert kind == "information" and text.startswith(LET_GO)
    window.undo_action.trigger()  # still one undoable step, said once
    assert window.doc.workshop.title == "Afternoon"
    window.redo_action.trigger()
    assert window.doc.workshop.title == "Morning" and len(message_boxes) == 1


def test_the_version_offered_in_place_of_a_damaged_file_says_so(
    window, spring, monkeypatch, message_boxes
):
    monkeypatch.setattr(earlier_version_offer, "_chosen", lambda _box: True)
    spring.write_bytes(b'{"schema_version": 5, "title": "Afte')  # cut short
    assert window.files.open_path(spring)
    assert window.doc.workshop.title == "Morning"
    [(kind, text)] = message_boxes
    assert kind == "information" and text.startswith(LET_GO)
