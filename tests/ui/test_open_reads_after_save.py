# ruff: noqa: F811
"""File > Open of the workshop already open (or of one of its kept versions), with unsaved
changes, answered Save: that save writes the very file being opened, so it is read again after
the save. It was read before (0089438): the change just saved vanished from the screen and the
next Ctrl+S offered to write the old workshop over it (code review 23 E2 F1)."""
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from test_open_asks_after_the_file import ADDED, _words_waiting
from window_fixtures import make_window, open_on_stage, recovery_folder  # noqa: F401

from wtfc.model.storage import load_workshop


def test_reopen_same_file_save(make_window, qtbot, tmp_path, monkeypatch):
    window, path, _other, _spoken = _words_waiting(make_window, qtbot, tmp_path, monkeypatch)
    said = []
    def question(_p, title, text, *a, **k):
        said.append((title, text))
        return QMessageBox.StandardButton.Save
    monkeypatch.setattr(QMessageBox, "question", question)
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **_k: said.append((a[1], a[2])) or
                            QMessageBox.StandardButton.Ok)
    assert ADDED in repr(window.doc.workshop)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.files.open_dialog()  # File > Open… the file already open; Save in "Save them…?"
    assert ADDED in repr(load_workshop(path).workshop)  # saved
    assert ADDED in repr(window.doc.workshop), "the saved change is no longer shown"
    said.clear()
    window.files.save()  # Ctrl+S: nothing about the file having changed on disk
    assert not any("changed on disk" in text for _title, text in said)


@pytest.mark.parametrize("kept", [".bak", ".bak3"])
def test_a_kept_version_opened_shows_the_copy_chosen(make_window, qtbot, tmp_path, monkeypatch,
                                                     kept):
    """File > Open spring.wtfc.bak (or .bak3) with changes unsaved, Save: the save moves the
    kept versions on (and drops the oldest), but the window shows the copy chosen, as read
    (code review 23 F F1: re-reading showed the workshop as it was before the save)."""
    from wtfc.model.storage import save_workshop
    from wtfc.model.workshop import Workshop
    window, path, _other, _spoken = _words_waiting(make_window, qtbot, tmp_path, monkeypatch)
    for name in (".bak", ".bak2", ".bak3"):
        save_workshop(Workshop(title="Last week's copy" if name == kept else f"Kept {name}"),
                      path.with_name(path.name + name))
    chosen = path.with_name(path.name + kept)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Save)
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **_k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen), ""))
    window.files.open_dialog()
    assert ADDED in repr(load_workshop(path).workshop)  # the workshop left was saved
    assert window.doc.workshop.title == "Last week's copy"


def test_reopen_damaged_same_file_save(make_window, qtbot, tmp_path, monkeypatch):
    """spring.wtfc open with a change; on disk it is damaged (a sync tool); File > Open
    spring.wtfc, take the earlier version offered, Save in 'Save them…?': the save writes the
    change into spring.wtfc, but the window shows the earlier version, not saved; Ctrl+S would
    write it over the change just saved."""
    from wtfc.model.storage import save_workshop
    from wtfc.model.workshop import Workshop
    from wtfc.ui import earlier_version_offer
    window, path, _other, _spoken = _words_waiting(make_window, qtbot, tmp_path, monkeypatch)
    save_workshop(Workshop(title="Last week's copy"), path.with_name(path.name + ".bak"))
    path.write_text("{ damaged")
    monkeypatch.setattr(earlier_version_offer, "_chosen", lambda box: True)
    said = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: said.append(a[2]) or QMessageBox.StandardButton.Save)
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **_k: said.append(a[2]) or
                            QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.files.open_dialog()
    assert ADDED in repr(window.doc.workshop)
