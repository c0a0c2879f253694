# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""'Save them before closing?' says when its save makes the file one a colleague's earlier wtfc
only reads: that save is quiet, so nothing said it after (R1 finding 1, session 31)."""

import shutil
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.operations.actions import edit_action
from wtfc.model.operations.details import edit_details

BY_PREVIOUS_RELEASE = Path(__file__).parents[1] / "model" / "format_5_by_previous_release.wtfc"
SAID = ("If you save, a colleague whose wtfc is older than this one will only be able to read "
        "'spring.wtfc', not change it.")


def _asked(monkeypatch) -> list[str]:
    asked: list[str] = []

    def answer(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def test_save_before_a_new_workshop_says_it_updates_the_file(make_window, tmp_path,
                                                              monkeypatch):
    path = tmp_path / "spring.wtfc"
    shutil.copy(BY_PREVIOUS_RELEASE, path)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    action = window.doc.workshop.actions[0]
    window.undo.push(edit_action(window.doc, action_id=action.id, heard_at_check="Better"))
    asked = _asked(monkeypatch)
    window.files.new()
    assert len(asked) == 1 and asked[0].endswith(f"starting a new workshop?\n\n{SAID}")


def test_nothing_is_said_when_the_save_keeps_its_format(make_window, tmp_path, monkeypatch):
    path = tmp_path / "spring.wtfc"
    shutil.copy(BY_PREVIOUS_RELEASE, path)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    window.undo.push(edit_details(window.doc, venue="Town Hall"))
    asked = _asked(monkeypatch)
    window.files.new()
    assert len(asked) == 1 and "format" not in asked[0]
