# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A file whose priorities are numbered oddly (two at rank 1, one chosen with no rank: a hand
edit, or another tool) opens in the app numbered 1, 2, 3…, and the notice opening gives says
so, as ``wtfc check`` does; the file on disk is written only when the workshop is saved
(review agree F4)."""

from __future__ import annotations

from window_fixtures import isolated_settings, shown_window  # noqa: F401

from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Kind, Priority, Theme, Workshop


def test_it_opens_numbered_and_says_so(shown_window, tmp_path, message_boxes):
    path = tmp_path / "spring.wtfc"
    save_workshop(Workshop(themes=[
        Theme(id="a", kind=Kind.NOT_WORKING, name="I feel lonely",
              priority=Priority(chosen=True, rank=1)),
        Theme(id="b", kind=Kind.NOT_WORKING, name="I cannot get out",
              priority=Priority(chosen=True)),
        Theme(id="c", kind=Kind.FUTURE, name="I want to stay at home",
              priority=Priority(chosen=True, rank=1)),
    ]), path, backup=False)
    on_disk = path.read_bytes()
    assert shown_window.files.open_path(path)
    assert not shown_window.undo.read_only
    ranks = {t.name: t.priority.rank for t in shown_window.doc.workshop.themes}
    assert ranks == {"I feel lonely": 1, "I want to stay at home": 2, "I cannot get out": 3}
    [(kind, text)] = message_boxes
    assert kind == "information"
    assert ("(1 priority had no number; 2 shared number 1), so wtfc numbers them in order, as "
            "the app does: 'I want to stay at home' is Priority 2 and 'I cannot get out' is "
            "Priority 3.") in text
    assert path.read_bytes() == on_disk  # opening writes nothing
    shown_window.files.save()
    assert load_workshop(path).renumbered == ""  # saved as numbered
