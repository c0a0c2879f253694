# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""The "file changed on disk" question names the other wtfc window on this computer when this
window had the file read-only because that window had it (its lock said this computer), not
"perhaps on another computer … or another program" (review R4-5)."""

from __future__ import annotations

from lock_fds import no_folder_left_open  # noqa: F401  (autouse: no folder held open)
from test_read_only_watch import _answer_read_only
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.model.operations.cards import add_card
from wtfc.model.workshop import Kind
from wtfc.ui import changed_elsewhere


def test_a_save_in_the_other_window_here_is_said_to_be_that(make_window, workshop_file,
                                                            monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(changed_elsewhere, "_ask",
                        lambda files, icon, title, text, *a, **k: asked.append(text) or "")
    first, second = make_window(autosave=False), make_window(autosave=False)
    assert first.files.open_path(workshop_file)
    _answer_read_only()
    assert second.files.open_path(workshop_file) and second.undo.read_only
    first.undo.push(add_card(first.doc, kind=Kind.WORKING, text="Nobody rings me back"))
    assert first.files.save()
    first.close()
    assert not second.files.save_to(workshop_file)  # Save As… onto the same name
    [text] = asked
    assert "after wtfc opened or saved it here: in another wtfc window on this computer." in text
    assert "another computer (" not in text and "another program" not in text
    assert "It has 1 card that the workshop open here does not" in text


def test_a_change_with_no_other_window_still_says_another_computer(make_window, workshop_file,
                                                                   monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(changed_elsewhere, "_ask",
                        lambda files, icon, title, text, *a, **k: asked.append(text) or "")
    window = make_window(autosave=False)
    assert window.files.open_path(workshop_file)
    other = make_window(autosave=False)  # as a colleague's save synced in, no lock of ours
    window.files.lock.release()
    assert other.files.open_path(workshop_file)
    other.undo.push(add_card(other.doc, kind=Kind.WORKING, text="Synced in"))
    assert other.files.save()
    other.close()
    assert not window.files.save()
    [text] = asked
    assert "perhaps on another computer (a OneDrive or shared folder)" in text
