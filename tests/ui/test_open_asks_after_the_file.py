# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""File > Open asks "Save them before opening another workshop?" once a file is chosen, as
Open recent does (code review 22 F F2).

It asked first: Save, then Cancel in the file picker, kept the same workshop after a save made
quiet for a workshop about to close, so the status bar (and a screen reader) no longer said that
words typed on Identify success for another theme were still not added."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from window_fixtures import make_window, open_on_stage, recovery_folder  # noqa: F401

from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Perspective, Stage, Workshop

WORDS = "Older people choose when the carer comes"
ADDED = "We get a rota every week"
WAITING = ("Saved. Words typed on Identify success for 1 theme are not added yet (Enter in their "
           "box adds them).")


def _words_waiting(make_window, qtbot, tmp_path, monkeypatch):
    """spring.wtfc open with one change not saved (ADDED) and WORDS typed for another theme."""
    path = tmp_path / "spring.wtfc"
    save_workshop(load_workshop(demo_path()).workshop, path)
    window = open_on_stage(make_window(autosave=False), path, qtbot, Stage.IDENTIFY_SUCCESS)
    spoken: list[str] = []
    monkeypatch.setattr("wtfc.ui.already_saved.announce", lambda _w, text: spoken.append(text))
    board = window.page(Stage.IDENTIFY_SUCCESS)
    entry = board.columns[Perspective.OLDER_PEOPLE].entry
    entry.setFocus()
    QTest.keyClicks(entry, WORDS)
    board.selector.setCurrentIndex(board.selector.currentIndex() + 1)  # kept for its theme
    entry.setFocus()
    QTest.keyClicks(entry, ADDED)
    QTest.keyClick(entry, Qt.Key.Key_Return)  # a change: the file is not clean
    other = tmp_path / "autumn.wtfc"
    save_workshop(Workshop(title="Autumn workshop"), other)
    return window, path, other, spoken


def _answer(monkeypatch, button) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _statements(path) -> list[str]:
    return [s.text for s in load_workshop(path).workshop.success]


def test_cancelling_the_file_picker_asks_nothing_and_changes_nothing(
        make_window, qtbot, tmp_path, monkeypatch):
    window, path, _other, spoken = _words_waiting(make_window, qtbot, tmp_path, monkeypatch)
    before = path.read_bytes()
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Save)  # would save, if asked
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))  # Cancel
    window.files.open_dialog()
    assert asked == [] and path.read_bytes() == before  # no question, no save
    assert window.files.path == path and window.isWindowModified()
    assert window.words_not_added() and not spoken
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ADDED in _statements(path)  # a save now says the words still wait, as ever
    assert window.statusBar().currentMessage() == WAITING and spoken == [WAITING]
    monkeypatch.setattr(QMessageBox, "question",  # closing the window discards
                        lambda *_a, **_k: QMessageBox.StandardButton.Discard)


def test_a_file_chosen_asks_then_saves_quietly_and_opens_it(
        make_window, qtbot, tmp_path, monkeypatch):
    window, path, other, spoken = _words_waiting(make_window, qtbot, tmp_path, monkeypatch)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.files.open_dialog()
    assert len(asked) == 1 and "They will be lost." in asked[0]
    assert "Save them before opening another workshop?" in asked[0]
    saved = _statements(path)
    assert ADDED in saved and WORDS not in saved  # saved, without the words said to be lost
    assert window.files.path == other and window.doc.workshop.title == "Autumn workshop"
    assert not window.isWindowModified() and not window.words_not_added()
    assert "not added yet" not in window.statusBar().currentMessage() and not spoken


def test_open_recent_asks_the_same_once_its_file_is_chosen(
        make_window, qtbot, tmp_path, monkeypatch):
    window, path, other, spoken = _words_waiting(make_window, qtbot, tmp_path, monkeypatch)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Save)
    window.files._recent_menu.choose(str(other))  # File > Open recent > autumn.wtfc
    assert len(asked) == 1 and "Save them before opening another workshop?" in asked[0]
    assert ADDED in _statements(path)
    assert window.files.path == other and not spoken


def test_cancel_in_the_question_keeps_the_workshop_and_its_words(
        make_window, qtbot, tmp_path, monkeypatch):
    window, path, other, spoken = _words_waiting(make_window, qtbot, tmp_path, monkeypatch)
    before = path.read_bytes()
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.files.open_dialog()
    assert len(asked) == 1  # the question says the words are not added yet
    assert "Words typed on Identify success for 1 theme are not added yet" in asked[0]
    assert path.read_bytes() == before and window.files.path == path and not spoken
    assert window.isWindowModified() and window.words_not_added()
    board = window.page(Stage.IDENTIFY_SUCCESS)
    board.selector.setCurrentIndex(board.selector.currentIndex() - 1)  # their theme
    assert board.columns[Perspective.OLDER_PEOPLE].entry.text() == WORDS
    monkeypatch.setattr(QMessageBox, "question",  # closing the window discards
                        lambda *_a, **_k: QMessageBox.StandardButton.Discard)
