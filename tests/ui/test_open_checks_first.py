# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""File > Open and Open recent find out whether the chosen file opens before asking "Save them
before opening another workshop?" (code review 23 A F2).

Asked first, Save then a damaged file, or Cancel in "open on another laptop", kept the same
workshop after a save made quiet for one about to close: the status bar (and a screen reader)
no longer said the words typed on Identify success for another theme were still not added."""

from PySide6.QtWidgets import QFileDialog, QMessageBox
from test_open_asks_after_the_file import ADDED, WORDS, _statements, _words_waiting
from window_fixtures import make_window, open_on_stage, recovery_folder  # noqa: F401

from wtfc.model.workshop import Perspective, Stage
from wtfc.ui import file_controller
from wtfc.ui.file_lock import READ_ONLY

DAMAGED = "'autumn.wtfc' is not a wtfc workshop, or it has been damaged"


def _record(monkeypatch, said: list[str], button=QMessageBox.StandardButton.Save) -> None:
    """Every question and notice, in order, as said; "Save them…?" answered ``button``."""
    def question(_parent, _title, text, *_args, **_kwargs):
        said.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **_k: said.append(a[2]) or
                            QMessageBox.StandardButton.Ok)


def _nothing_lost(window, path, before: bytes) -> None:
    """The workshop as it was: not saved, still marked changed, the words still in their box."""
    assert window.files.path == path and path.read_bytes() == before
    assert window.isWindowModified() and window.words_not_added()
    board = window.page(Stage.IDENTIFY_SUCCESS)
    board.selector.setCurrentIndex(board.selector.currentIndex() - 1)  # their theme
    assert board.columns[Perspective.OLDER_PEOPLE].entry.text() == WORDS
    board.selector.setCurrentIndex(board.selector.currentIndex() + 1)  # as it was


def _close_discarding(monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Discard)


def test_a_damaged_file_is_said_before_any_save_question(
        make_window, qtbot, tmp_path, monkeypatch):
    window, path, other, spoken = _words_waiting(make_window, qtbot, tmp_path, monkeypatch)
    other.write_text("{ not a workshop")
    before, said = path.read_bytes(), []
    _record(monkeypatch, said)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.files.open_dialog()
    assert len(said) == 1 and said[0].startswith(DAMAGED)  # and no "Save them…?"
    _nothing_lost(window, path, before)
    assert not spoken
    said.clear()
    window.files._recent_menu.choose(str(other))  # File > Open recent > autumn.wtfc: the same
    assert len(said) == 1 and said[0].startswith(DAMAGED)
    _nothing_lost(window, path, before)
    _close_discarding(monkeypatch)


def test_cancel_in_open_on_another_copy_asks_nothing_more(
        make_window, qtbot, tmp_path, monkeypatch):
    window, path, other, spoken = _words_waiting(make_window, qtbot, tmp_path, monkeypatch)
    assert make_window(autosave=False).files.open_path(other, confirmed=True)  # another copy
    before, said = path.read_bytes(), []
    _record(monkeypatch, said)
    monkeypatch.setattr(file_controller, "ask_about_locked_file",
                        lambda _p, holder, name: said.append(holder.describe(name)) or "")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.files.open_dialog()
    assert len(said) == 1 and "'autumn.wtfc' is already open in another wtfc window" in said[0]
    _nothing_lost(window, path, before)
    assert not spoken
    assert window.files.lock.path == path  # the workshop open here is still guarded
    _close_discarding(monkeypatch)


def test_open_read_only_is_asked_first_then_save_then_it_opens(
        make_window, qtbot, tmp_path, monkeypatch):
    window, path, other, _spoken = _words_waiting(make_window, qtbot, tmp_path, monkeypatch)
    assert make_window(autosave=False).files.open_path(other, confirmed=True)
    said: list[str] = []
    _record(monkeypatch, said)
    monkeypatch.setattr(file_controller, "ask_about_locked_file",
                        lambda _p, holder, name: said.append(holder.describe(name)) or READ_ONLY)
    window.files._recent_menu.choose(str(other))
    assert len(said) == 2 and "already open in another wtfc window" in said[0]
    assert "Save them before opening another workshop?" in said[1]
    assert ADDED in _statements(path)  # saved, the lock of spring.wtfc held while it was
    assert window.files.path == other and window.undo.read_only
    assert window.doc.workshop.title == "Autumn workshop"


def test_a_copy_that_opens_it_during_the_save_question_leaves_it_read_only(
        make_window, qtbot, tmp_path, monkeypatch):
    """Nobody had it when it was chosen; another copy opened it while "Save them…?" was on
    screen: it opens read-only, said once it is open, never two copies changing it."""
    window, path, other, _spoken = _words_waiting(make_window, qtbot, tmp_path, monkeypatch)
    other_copy = make_window(autosave=False)
    said: list[str] = []
    _record(monkeypatch, said)

    def question(_parent, _title, text, *_args, **_kwargs):
        said.append(text)
        assert other_copy.files.open_path(other, confirmed=True)
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(file_controller, "ask_about_locked_file",  # (Cancel, were it asked)
                        lambda _p, holder, name: said.append(holder.describe(name)) or "")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.files.open_dialog()
    assert len(said) == 2 and "Save them before opening another workshop?" in said[0]
    assert ADDED in _statements(path)
    assert window.files.path == other and window.undo.read_only
    assert "'autumn.wtfc' is already open in another wtfc window" in said[1]
    assert "It is open read-only here: use Save As to keep a copy of your own." in said[1]
    assert other_copy.files.lock.path == other and not other_copy.undo.read_only
