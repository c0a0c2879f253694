# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Save and Delete this workshop… after a recovery copy was restored over a file this
computer saved after the copy was taken (review 36 A7 M1): neither blames another computer."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from test_every_copy_of_a_workshop import asked  # noqa: F401
from test_remove_person_recovery_copies import _day
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.operations.cards import add_card
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Kind
from wtfc.ui.delete_workshop import delete_workshop
from wtfc.ui.recovery_dialog import Choice, offer_recovery


def _restored_after_a_later_save_here(make_window, recovery_folder, tmp_path):
    """The copy kept (Decide later); the file opened here, a card added and saved; then the
    copy restored (it lacks that card)."""
    path, _session = _day(tmp_path, recovery_folder)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    window.undo.push(add_card(window.doc, kind=Kind.WORKING, text="Saved later here",
                              person="P01"))
    assert window.files.save()
    window.files.new()
    assert offer_recovery(window, ask=lambda _dialog: Choice.RESTORE)
    return path, window


def test_save_after_restore_names_the_files_card_the_copy_lacks_and_keeps_it(
        make_window, recovery_folder, tmp_path, monkeypatch):
    path, window = _restored_after_a_later_save_here(make_window, recovery_folder, tmp_path)
    said = []

    def question(_parent, _title, text, *_args):
        said.append(" ".join(text.split()))
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", question)
    assert window.files.save()
    assert "It has 1 card that the workshop open here does not" in said[0]
    kept = [p for p in path.parent.glob("spring (changed elsewhere*).wtfc")]
    assert kept and "Saved later here" in [c.text for c in load_workshop(kept[0]).workshop.cards]


def test_delete_after_restore_does_not_blame_another_computer(
        make_window, recovery_folder, tmp_path, asked):
    """Delete's question after the same Restore: this window never opened the file, and the
    change was this computer's own save, so it says the file changed after the copy was
    taken, as Save's question does (it said 'perhaps on another computer')."""
    _path, window = _restored_after_a_later_save_here(make_window, recovery_folder, tmp_path)
    asked.answers = ["cancel"]
    assert not delete_workshop(window)
    assert "perhaps on another computer" not in asked.said[0]
    assert "changed after the recovery copy restored here was taken" in asked.said[0]
