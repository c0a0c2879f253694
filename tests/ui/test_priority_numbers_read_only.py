# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A file opened read-only (a kept .bak, a file marked read-only) whose priorities are numbered
oddly says it keeps its old numbers and that a copy saved with Save As has the new ones: the
notice said "until the workshop is saved" beside "wtfc will not save over it" (review 23 code B
F2). A file open for editing still says "until the workshop is saved"."""

from __future__ import annotations

import shutil

from window_fixtures import isolated_settings, shown_window  # noqa: F401

from wtfc.model.storage import backup_path, save_workshop
from wtfc.model.workshop import Card, Kind, Priority, Theme, Workshop

KEEPS = "The file keeps its old numbers until the workshop is saved."
SAVE_AS = "The file keeps its old numbers; a copy saved with Save As has the new ones."


def _odd(path):
    cards = [Card(id=f"k{n}", kind=kind, text=f"What was said {n}")
             for n, kind in enumerate((Kind.NOT_WORKING, Kind.NOT_WORKING, Kind.FUTURE))]
    save_workshop(Workshop(cards=cards, themes=[  # each with a card: no "no cards left" notice
        Theme(id="a", kind=Kind.NOT_WORKING, name="I feel lonely", card_ids=["k0"],
              priority=Priority(chosen=True, rank=1)),
        Theme(id="b", kind=Kind.NOT_WORKING, name="I cannot get out", card_ids=["k1"],
              priority=Priority(chosen=True, rank=4)),
        Theme(id="c", kind=Kind.FUTURE, name="I want to stay at home", card_ids=["k2"],
              priority=Priority(chosen=True, rank=2)),
    ]), path, backup=False)
    return path


def test_a_kept_version_says_save_as_has_the_new_numbers(shown_window, tmp_path,
                                                         message_boxes):
    kept = backup_path(tmp_path / "spring.wtfc", 1)
    shutil.copy(_odd(tmp_path / "other.wtfc"), kept)
    assert shown_window.files.open_path(kept)
    assert shown_window.undo.read_only
    [(_, text)] = message_boxes
    assert "work saved into this one would be lost" in text
    assert "'I cannot get out' is Priority 3." in text
    assert text.rstrip().endswith(SAVE_AS) and KEEPS not in text


def test_a_file_marked_read_only_says_the_same(shown_window, tmp_path, message_boxes,
                                               monkeypatch):
    import wtfc.ui.open_checks as checks  # as root, chmod leaves a file writable: say it is

    monkeypatch.setattr(checks, "marked_read_only", lambda path: True)
    path = _odd(tmp_path / "spring.wtfc")
    assert shown_window.files.open_path(path)
    assert shown_window.undo.read_only
    [(_, text)] = message_boxes
    assert "wtfc will not save over it" in text
    assert text.rstrip().endswith(SAVE_AS) and KEEPS not in text


def test_a_file_open_for_editing_still_says_until_saved(shown_window, tmp_path,
                                                       message_boxes):
    assert shown_window.files.open_path(_odd(tmp_path / "spring.wtfc"))
    [(_, text)] = message_boxes
    assert text.rstrip().endswith(KEEPS)
