# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""People → Remove this person… then Ctrl+Z (the wrong row picked): the kept recovery copy of
this workshop gets the person's unsaved cards back, held nowhere else; Ctrl+Y takes them out
again (review 36 A7 R2). Before, Undo left the copy rewritten: after Save, the next start
offered a workshop without the person, and no withdrawal recorded."""

from __future__ import annotations

import re

from test_remove_person_recovery_copies import _day, _remove
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model import recovery
from wtfc.model.operations.cards import add_card
from wtfc.model.workshop import Kind
from wtfc.ui.recovery_dialog import Choice, offer_recovery


def _texts(session):
    return [c.text for c in recovery.read_snapshot(session).workshop.cards]


def test_remove_then_undo_then_save_leaves_the_kept_copy_whole(
        make_window, recovery_folder, tmp_path, monkeypatch):
    path, session = _day(tmp_path, recovery_folder)
    before = (session / recovery.SNAPSHOT_NAME).read_bytes()
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    _remove(window, "P90", monkeypatch)
    assert "Edith Pike fell" not in _texts(session)
    window.undo.stack.undo()
    assert "P90" in [p.id for p in window.doc.workshop.people]
    assert (session / recovery.SNAPSHOT_NAME).read_bytes() == before  # byte for byte
    window.undo.stack.redo()
    assert "Edith Pike fell" not in _texts(session)
    window.undo.stack.undo()
    assert window.files.save()
    assert "Edith Pike fell" in _texts(session)
    said = []

    def look(dialog):
        said.append(" ".join(re.sub(r"<[^>]+>", " ", dialog.text.text()).split()))
        return Choice.RESTORE

    window.files.new()
    assert offer_recovery(window, ask=look)
    ws = window.doc.workshop
    assert "Edith Pike fell" in [c.text for c in ws.cards]
    assert [p.id for p in ws.people] == ["P01", "P90"]


def test_a_later_edit_over_the_undone_removal_leaves_the_copy_whole(
        make_window, recovery_folder, tmp_path, monkeypatch):
    """Undo, then a new edit drops the removal from the stack: Undo and Redo of that edit
    do not touch the copy again."""
    path, session = _day(tmp_path, recovery_folder)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    _remove(window, "P90", monkeypatch)
    window.undo.stack.undo()
    window.undo.push(add_card(window.doc, kind=Kind.WORKING, text="New here", person="P01"))
    window.undo.stack.undo()
    window.undo.stack.redo()
    assert "Edith Pike fell" in _texts(session)
