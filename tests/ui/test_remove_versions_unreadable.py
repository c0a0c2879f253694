# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Remove earlier versions… with a kept version wtfc cannot read: it may hold anything, a name
redacted since too, so the question says "Earlier versions may still hold what was taken off…"
(64f129e3's ``unread``). No test fails with that sentence dropped (review 33 R1a S6).
Put in tests/ui/."""

from __future__ import annotations

from test_remove_versions_what_they_hold import GONE, _asked_after_saving, window  # noqa: F401
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.operations.details import edit_details

MAY = "Earlier versions may still hold what was taken off the workshop since they were saved."


def test_a_version_that_cannot_be_read_may_hold_anything(window, monkeypatch, tmp_path):
    window.undo.push(edit_details(window.doc, venue="Library"))
    assert window.files.save()
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("spring.wtfc") and
            p.name != "spring.wtfc" and p.is_file()]
    assert kept
    for path in kept:
        path.write_bytes(b"PK\x03\x04 damaged")
    said = _asked_after_saving(window, monkeypatch, tmp_path,
                               lambda doc: edit_details(doc, venue="Church hall"))
    assert f"{MAY} {GONE}" in said, said
