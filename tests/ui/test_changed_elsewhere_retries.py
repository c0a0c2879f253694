# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""The file changed elsewhere, asked about once (review code-d1, session 27): Save As… chosen
for a file gone meanwhile saves where it is told; a retry after a save OneDrive held keeps no
second copy; an empty placeholder is said to be empty and never kept; a read-only window that
refuses to write over its own file keeps no lock on it."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox
from test_changed_elsewhere import OURS, Boxes, _add, _cards, _ctrl_s, _synced_in, boxes, spring  # noqa
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.errors import WorkshopFileError

SB = QMessageBox.StandardButton
TITLE = "The file changed on disk"


def test_save_as_chosen_for_a_gone_file_saves_there(make_window, boxes, spring, monkeypatch):
    """'No longer there' → Save As… (the default) → the same name: saved, not asked again."""
    window = make_window(autosave=False)
    window.files.open_path(spring, confirmed=True)
    spring.unlink()
    _add(window, "Jane's card")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(spring), ""))
    boxes.answers = ["save_as", "save_as", "cancel"]
    _ctrl_s(window)
    titles = [title for title, _ in boxes.said]
    assert titles.count("The file is no longer there") == 1
    assert _cards(spring) == [OURS, "Jane's card"] and window.undo.stack.isClean()


def test_each_retry_of_a_held_save_keeps_one_copy_and_asks_once(make_window, boxes, spring,
                                                                 monkeypatch):
    import wtfc.ui.file_controller as fc

    window = make_window(autosave=False)
    window.files.open_path(spring, confirmed=True)
    _add(window, "Jane's card")
    _synced_in(spring, OURS, "B's card")
    real, fails = fc.save_workshop, [True, True, True]

    def held(workshop, path, **kw):
        if fails:
            fails.pop()
            raise WorkshopFileError("Windows would not let wtfc replace it.",
                                    "Try Save again in a moment.")
        return real(workshop, path, **kw)

    monkeypatch.setattr(fc, "save_workshop", held)
    for _ in range(4):
        boxes.answers = [SB.Save]
        _ctrl_s(window)
    kept = list(spring.parent.glob("*changed elsewhere*"))
    assert len(kept) == 1 and _cards(kept[0]) == [OURS, "B's card"]
    assert [title for title, _ in boxes.said].count(TITLE) == 1
    assert _cards(spring) == [OURS, "Jane's card"] and window.undo.stack.isClean()


def test_an_empty_placeholder_is_said_and_never_kept(make_window, boxes, spring):
    window = make_window(autosave=False)
    window.files.open_path(spring, confirmed=True)
    _add(window, "Jane's card")
    spring.write_bytes(b"")
    boxes.answers = ["cancel"]
    _ctrl_s(window)
    assert "'spring.wtfc' is empty now" in boxes.texts()
    assert "may still be downloading" in boxes.texts()
    assert Boxes.defaults == ["Cancel"]  # waiting loses nothing
    assert spring.read_bytes() == b"" and not window.undo.stack.isClean()
    boxes.answers = ["save_anyway"]
    _ctrl_s(window)
    assert _cards(spring) == [OURS, "Jane's card"]
    assert not list(spring.parent.glob("*changed elsewhere*"))


def test_nothing_new_here_and_the_file_empty_says_so_and_can_still_save(make_window, boxes, spring):
    window = make_window(autosave=False)
    window.files.open_path(spring, confirmed=True)
    spring.write_bytes(b"")
    boxes.answers = ["cancel"]
    window.files.save_to(spring)
    assert "'spring.wtfc' is empty now" in boxes.texts()
    assert "Nothing has changed in the workshop open here, but it is whole" in boxes.texts()
    assert spring.read_bytes() == b""
    boxes.answers = ["save_anyway"]  # emptied for good: the window's copy is the only whole one
    window.files.save_to(spring)
    assert _cards(spring) == [OURS]


def test_a_read_only_window_refusing_its_own_file_keeps_no_lock(make_window, boxes, spring,
                                                                 monkeypatch):
    """A opened spring read-only (B had it); B saved and closed. A: Save (Save As…) onto
    spring.wtfc, 'Open the newer version' / Cancel: A holds no lock, so B reopens it freely."""
    import wtfc.ui.file_controller as fc
    from wtfc.ui.file_lock import READ_ONLY
    from wtfc.ui.open_checks import other_holder

    b = make_window(autosave=False)
    b.files.open_path(spring, confirmed=True)
    a = make_window(autosave=False)
    monkeypatch.setattr(fc, "ask_about_locked_file", lambda *x: READ_ONLY)
    a.files.open_path(spring, confirmed=True)
    assert a.undo.read_only and a.files.lock.path is None
    _add(b, "B's card")
    b.files.save()
    b.files.closed_cleanly()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *x, **k: (str(spring), ""))
    boxes.answers = ["cancel"]
    assert not a.files.save()
    assert a.undo.read_only and a.files.lock.path is None
    assert other_holder(make_window(autosave=False).files.lock, spring) is None
