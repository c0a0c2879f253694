# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A workshop whose merge memory no longer holds (P01 merged into P02 earlier, and P01 a
person of its own again, as an import could make it) opens in the app, which says what it let
go of in the notice opening gives. It was refused: "Person P02 lists P01 as a code merged into
it, but P01 is a person of its own.", and only an earlier version was offered."""

from __future__ import annotations

import json

from window_fixtures import isolated_settings, shown_window  # noqa: F401

from wtfc.model.operations.people import merged_codes
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Person, Workshop


def _stale_file(tmp_path):
    path = tmp_path / "spring.wtfc"
    workshop = Workshop(
        people=[Person(id="P02", former_codes=["P01"])],
        cards=[Card(id="c1", kind=Kind.WORKING, text="The lunch club", person="P02")],
    )
    save_workshop(workshop, path, backup=False)
    raw = json.loads(path.read_bytes())  # then P01 given to someone new, as an import did
    raw["people"].append({"id": "P01"})
    raw["cards"].append({"id": "c2", "kind": "working", "text": "The library van", "person": "P01"})
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def test_it_opens_and_says_the_merge_was_let_go(shown_window, tmp_path, message_boxes):
    assert shown_window.files.open_path(_stale_file(tmp_path))
    assert not shown_window.undo.read_only
    workshop = shown_window.doc.workshop
    assert [(c.text, c.person) for c in workshop.cards] == [
        ("The lunch club", "P02"),
        ("The library van", "P01"),
    ]
    assert merged_codes(workshop) == {}
    [(kind, text)] = message_boxes
    assert kind == "information"
    assert text.startswith(
        "Something to check in this workshop: P01 was merged into P02 "
        "earlier, but P01 is also a person of their own in this workshop"
    )
