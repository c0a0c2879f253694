"""The Review board remembers, on this laptop, which file each workshop was compared with:
opening the workshop again compares with it at once, and a file that has gone is said plainly."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QSettings

from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.workshop import Stage
from wtfc.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def no_lock_question(monkeypatch):
    """The windows here open one file in turn: a question about its lock would be a failure,
    not a dialog that waits for ever."""
    def asked(*_args, **_kwargs):
        raise AssertionError("asked about a locked file")

    monkeypatch.setattr("wtfc.ui.file_controller.ask_about_locked_file", asked)


@pytest.fixture
def files(tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    today, last = tmp_path / "autumn.wtfc", tmp_path / "spring.wtfc"
    shutil.copy(demo_path(), today)
    shutil.copy(demo_previous_path(), last)
    return today, last


def _review(qtbot, path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.open_path(path, confirmed=True)
    window.show()
    return window, window.page(Stage.REVIEW)


def _closed(window) -> None:
    """Close the window (nothing edited), so the next one opens the file without asking."""
    window.files.lock.release()
    window.close()


def test_opening_the_workshop_again_compares_with_last_time_s_file(qtbot, files):
    today, last = files
    window, board = _review(qtbot, today)
    assert board.previous_path is None  # nothing chosen yet for this workshop
    assert board.load_previous(last)
    _closed(window)
    _, again = _review(qtbot, today)
    assert again.previous_path == last.resolve()
    assert again.themes.topLevelItemCount() > 0


def test_last_time_s_file_gone_is_said_and_nothing_is_compared(qtbot, files):
    today, last = files
    window, board = _review(qtbot, today)
    board.load_previous(last)
    _closed(window)
    last.unlink()
    _, again = _review(qtbot, today)
    assert again.previous_path is None
    assert "'spring.wtfc', is no longer where it was" in again.notice.text()


def test_another_workshop_does_not_get_this_one_s_comparison(qtbot, files, tmp_path):
    today, last = files
    window, board = _review(qtbot, today)
    board.load_previous(last)
    other = tmp_path / "other.wtfc"
    shutil.copy(demo_path(), other)
    window.files.open_path(other, confirmed=True)
    assert board.previous_path is None


def test_save_as_takes_last_time_s_file_with_the_new_name(qtbot, files, tmp_path):
    """A new cycle compared, then saved (or saved under another name): the pairing was kept
    only for the old name, or for none."""
    from wtfc.ui.review_memory import remembered

    today, last = files
    window, board = _review(qtbot, today)
    board.load_previous(last)
    final = tmp_path / "autumn final.wtfc"
    assert window.files.save_to(final)
    assert remembered(final) == last.resolve()
    _closed(window)
    _, again = _review(qtbot, final)
    assert again.previous_path == last.resolve()


def test_ctrl_s_keeps_the_pairing_while_last_time_s_file_is_away(qtbot, files, tmp_path):
    """The USB stick with last time's file was out when the workshop was opened and saved:
    Ctrl+S forgot the pairing, so nothing compared once the stick was back."""
    from wtfc.ui.review_memory import remembered

    today, last = files
    window, board = _review(qtbot, today)
    board.load_previous(last)
    _closed(window)
    away = tmp_path / "away.wtfc"
    last.rename(away)
    window, board = _review(qtbot, today)
    assert board.previous_path is None
    assert window.files.save_to(today)
    _closed(window)
    away.rename(last)
    assert remembered(today) == last.resolve()
    _, again = _review(qtbot, today)
    assert again.previous_path == last.resolve()
