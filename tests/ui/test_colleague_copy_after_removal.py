# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A person removed, and the file changed on disk meanwhile (a colleague's save synced in): the
save keeps the colleague's version beside it as "spring (changed elsewhere 10-20).wtfc", which
still holds the person's cards. Save, then delete leaves it (it is their work, asked of no one),
and nothing named it: "Removed 2 earlier versions", the foot's "earlier versions", the save's
note naming only '.bak'. Each now names it; it is deleted only when asked."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from test_remove_earlier_versions import Asked
from test_withdrawn_leaks import _holding, _spring
from window_fixtures import make_window, recovery_folder  # noqa: F401

from tests.ui.settled import until
from wtfc.model.operations.withdraw import remove_person
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Card, Kind
from wtfc.ui import remove_earlier_versions as rev
from wtfc.ui import remove_person as rp


def _removed_then_changed_elsewhere(make_window, tmp_path, monkeypatch) -> tuple:
    """P05 removed (not saved), then a colleague's save of spring.wtfc, which still has P05's
    cards, synced in. Returns (window, the changed-elsewhere questions asked)."""
    window = make_window(autosave=False)
    path = _spring(tmp_path)
    assert window.files.open_path(path)
    window.undo.push(remove_person(window.doc, code="P05"))
    rp.keep_said_at_foot(window, window.undo)  # as Remove this person… does
    theirs = load_workshop(path).workshop
    save_workshop(theirs.model_copy(update={"cards": [
        *theirs.cards, Card(id="z9", kind=Kind.WORKING, text="Jo's card")]}), path, backup=False)
    os.utime(path, ns=(time.time_ns() + 5 * 10**9,) * 2)  # a time of its own, as a sync gives
    questions: list[str] = []

    def question(_parent, _title, text, *_a, **_k):
        questions.append(text)
        return QMessageBox.StandardButton.Save
    monkeypatch.setattr(QMessageBox, "question", question)
    return window, questions


def _asked(tmp_path, monkeypatch, *answers: str) -> Asked:
    """Remove earlier versions' questions, answered with ``answers`` in turn."""
    asked = Asked(monkeypatch, tmp_path / "pictures")
    asked.folder.mkdir()
    asked.answers = list(answers)
    return asked


def _saved_then_deleted(window, tmp_path, monkeypatch) -> Asked:
    """Remove earlier versions: "Save, then delete", said briefly. Returns what was asked."""
    asked = _asked(tmp_path, monkeypatch, "save_then_remove")
    monkeypatch.setattr(rev, "SAID_FOR_MS", 30)
    assert rev.remove_earlier_versions(window)
    return asked


def _copy(folder: Path) -> Path:
    [copy] = folder.glob("spring (changed elsewhere *).wtfc")
    return copy


def test_save_then_delete_names_the_colleagues_copy_it_leaves(make_window, tmp_path,
                                                              monkeypatch, qtbot):
    window, questions = _removed_then_changed_elsewhere(make_window, tmp_path, monkeypatch)
    asked = _saved_then_deleted(window, tmp_path, monkeypatch)
    copy = _copy(tmp_path)
    assert _holding(tmp_path) == [copy.name]  # their work: never deleted unasked
    assert (f"as '{copy.name}' beside it, until you delete it (Save, then delete leaves it, as "
            f"it was not asked about: it may still hold what you took off, and wtfc names it "
            f"after)") in questions[0]
    assert window.statusBar().currentMessage() == (
        f"Removed 2 earlier versions of 'spring.wtfc'. Still holding what was taken off: "
        f"'{copy.name}', the colleague's version this save kept, not deleted.")
    foot = (f"A person's cards were removed. Still holding them: '{copy.name}' (a "
            f"colleague's), PDFs and spreadsheets made or sent, last cycle's file.")
    until(qtbot, lambda: window.statusBar().currentMessage() == foot)  # the foot names it

    asked.answers = ["cancel"]  # asked again: named as a colleague's work
    assert not rev.remove_earlier_versions(window)
    assert (f"It is '{copy.name}'.\n\nIt is a version changed elsewhere that a save replaced, "
            f"a colleague's work: it may have work of theirs that the workshop open here does "
            f"not") in asked.said[1]
    assert copy.exists() and window.statusBar().currentMessage() == foot

    asked.answers = ["remove"]  # deleted when asked: the foot stops naming it
    assert rev.remove_earlier_versions(window)
    assert _holding(tmp_path) == []
    until(qtbot, lambda: not window.statusBar().currentMessage().startswith("Removed"))
    assert "Still holding" not in window.statusBar().currentMessage()


def test_the_foot_naming_the_copy_goes_when_the_removal_is_undone(make_window, tmp_path,
                                                                  monkeypatch, qtbot):
    window, _ = _removed_then_changed_elsewhere(make_window, tmp_path, monkeypatch)
    _saved_then_deleted(window, tmp_path, monkeypatch)
    until(qtbot, lambda: "(a colleague's)" in window.statusBar().currentMessage())
    window.undo.stack.undo()  # P05 back: nothing of theirs was taken off
    until(qtbot, lambda: "Still holding" not in window.statusBar().currentMessage())


def test_the_save_over_a_colleagues_version_names_the_copy_it_kept(make_window, tmp_path,
                                                                   monkeypatch):
    window, _ = _removed_then_changed_elsewhere(make_window, tmp_path, monkeypatch)
    assert window.files.save()
    copy = _copy(tmp_path)
    assert window.statusBar().currentMessage().endswith(
        f" Its earlier versions 'spring.wtfc.bak' and '{copy.name}' (a colleague's) still "
        f"hold words taken off that may name someone. To delete earlier versions: "
        f"{rev.WHERE}")


def test_closing_with_save_names_the_copy_as_a_colleagues_work(make_window, tmp_path,
                                                               monkeypatch):
    window, _ = _removed_then_changed_elsewhere(make_window, tmp_path, monkeypatch)
    asked = _asked(tmp_path, monkeypatch, "cancel")
    assert window.close()  # "Save them before closing?": Save, then the earlier versions
    copy = _copy(tmp_path)
    assert len(asked.said) == 1
    assert (f"'{copy.name}' is a version changed elsewhere that a save replaced, a colleague's "
            f"work") in asked.said[0]
    assert copy.name in _holding(tmp_path)  # Cancel keeps it
