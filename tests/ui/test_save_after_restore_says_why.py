# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Save after Restore of a recovery copy taken before the file was saved again here (R6's
day_d, session 36): P90 removed with People → Remove this person… and saved, then the copy
kept when wtfc stopped without closing restored. Save asked whether to replace a file
'changed … perhaps on another computer (a OneDrive or shared folder), or by another program',
though the change was this computer's own save, which the offer to restore had said. It now
says the file changed after the restored copy was taken; a file opened here and changed
after still names another computer."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from window_fixtures import make_window, recovery_folder  # noqa: F401

from tests.ui.test_remove_person_recovery_copies import _day, _remove
from wtfc.model.operations.cards import add_card
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Kind
from wtfc.ui.recovery_dialog import Choice, offer_recovery


def _asked(monkeypatch) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(" ".join(text.split()))
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_save_after_restore_does_not_blame_another_computer(make_window, recovery_folder,
                                                             tmp_path, monkeypatch):
    path, _session = _day(tmp_path, recovery_folder)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    _remove(window, "P90", monkeypatch)
    assert window.files.save()
    window.files.new()
    assert offer_recovery(window, ask=lambda _dialog: Choice.RESTORE)
    asked = _asked(monkeypatch)
    assert window.files.save()
    assert len(asked) == 1
    assert "another computer" not in asked[0]
    assert "after the recovery copy restored here was taken: it is not the version that copy " \
           "was made from. The workshop open here has 1 card that it does not." in asked[0]
    saved = load_workshop(path).workshop
    assert [c.text for c in saved.cards] == ["I like my garden", "The lunch club"]
    assert saved.withdrawn_codes == ["P90"]


def test_a_file_opened_here_and_changed_after_still_names_another_computer(
        make_window, recovery_folder, tmp_path, monkeypatch):
    path, _session = _day(tmp_path, recovery_folder)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    theirs = load_workshop(path).workshop
    save_workshop(theirs.model_copy(update={"title": "Spring, theirs"}), path)
    window.undo.push(add_card(window.doc, kind=Kind.WORKING, text="Ours", person="P01"))
    asked = _asked(monkeypatch)
    assert window.files.save()
    assert "after wtfc opened or saved it here: perhaps on another computer" in asked[0]
