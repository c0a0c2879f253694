# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A workshop whose merge memory no longer holds (P01 merged into P02 earlier, and P01 a
person of its own again, as an import could make it) opens in the app, which says what it let
go of in the notice opening gives. It was refused: "Person P02 lists P01 as a code merged into
it, but P01 is a person of its own.", and only an earlier version was offered. So does one where
that P01 was merged away again, into P02 again or into P03."""

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


def _merged_again_file(tmp_path, *intos: str):
    """P01 (given to someone new by the import) merged away again: into P02 again, or into
    P03, as a facilitator putting the morning's import right would have done."""
    path = tmp_path / "spring.wtfc"
    people = [Person(id="P02", former_codes=["P01"]), Person(id="P03")]
    save_workshop(Workshop(people=people, cards=[
        Card(id="c1", kind=Kind.WORKING, text="The lunch club", person="P02"),
        Card(id="c2", kind=Kind.WORKING, text="The library van", person="P03"),
    ]), path, backup=False)
    raw = json.loads(path.read_bytes())
    for person in raw["people"]:
        person["former_codes"] += ["P01"] if person["id"] in intos else []
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def test_merged_into_the_same_person_again_it_opens_quietly(shown_window, tmp_path, message_boxes):
    """It was refused: "Person P02 lists the merged code P01 twice.\""""
    assert shown_window.files.open_path(_merged_again_file(tmp_path, "P02"))
    assert merged_codes(shown_window.doc.workshop) == {"P01": "P02"}
    assert message_boxes == []


def test_merged_into_another_person_it_opens_and_says_so(shown_window, tmp_path, message_boxes):
    """It was refused: "The merged code P01 is listed for both P02 and P03.\""""
    assert shown_window.files.open_path(_merged_again_file(tmp_path, "P03"))
    assert not shown_window.undo.read_only
    workshop = shown_window.doc.workshop
    assert merged_codes(workshop) == {}
    assert [(c.text, c.person) for c in workshop.cards] == [
        ("The lunch club", "P02"),
        ("The library van", "P03"),
    ]
    [(kind, text)] = message_boxes
    assert kind == "information"
    assert text.startswith(
        "Something to check in this workshop: P01 was merged into both P02 and P03 earlier"
    )
