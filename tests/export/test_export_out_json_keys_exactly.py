"""Which JSON at OUT is a workshop is read from its top level's keys alone (session 35,
14f04007), mutation check M1: a value that reads "cards" is not a key, so a settings file
{"name": "x", "schema_version": 1, "kind": "cards"} is replaced like any other file; and
"schema_version" split across two of the pieces the file is read in is still found, so a big
hand-edited workshop is not written over."""

from __future__ import annotations

import json

from wtfc.export.cli import main_export
from wtfc.export.top_level_keys import CHUNK
from wtfc.export.workshop_at_out import held_by


def test_a_value_that_reads_cards_is_not_taken_for_a_key(tmp_path, capsys):
    other = tmp_path / "settings.pdf"
    other.write_text(json.dumps({"name": "x", "schema_version": 1, "kind": "cards"}))
    assert held_by(other) == ""
    assert main_export(["report", "demo", "-o", str(other)]) == 0, capsys.readouterr().err
    assert other.read_bytes().startswith(b"%PDF")


def test_schema_version_split_across_two_pieces_is_still_found(tmp_path):
    key = b'"schema_version"'
    head = b'{"actions": [], "notes": "'
    filler = CHUNK - len(head) - 8 - len(b'", ')  # the key starts 8 bytes before the piece ends
    data = head + b"x" * filler + b'", ' + key + b": 1}"
    assert data.index(key) < CHUNK < data.index(key) + len(key)  # split by the first piece's end
    spring = tmp_path / "spring.pdf"
    spring.write_bytes(data)
    assert held_by(spring) == "a wtfc workshop"
