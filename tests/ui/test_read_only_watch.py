# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A workshop open read-only because another window has it says, at the window's foot, when
that window saves it (offering the newer version) and when it closes it (offering to open it
to work on), without changing anything until the facilitator chooses."""

from __future__ import annotations

import os

import pytest
from lock_fds import no_folder_left_open  # noqa: F401  (autouse: no folder held open)
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget
from settled import settle, until
from spoken_checks import catch_announcements
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.model.operations.cards import add_card
from wtfc.model.workshop import Kind
from wtfc.ui import read_only_watch
from wtfc.ui.undo import show_lasting
from wtfc.ui.wall.room_screens import PROJECTOR_GONE


@pytest.fixture(autouse=True)
def quick_checks(monkeypatch):
    monkeypatch.setattr(read_only_watch, "CHECK_MS", 20)  # a few seconds in use


def _answer_read_only() -> None:
    """Open read-only in "already open in another wtfc window" (a modal left open hangs)."""
    tries = [300]

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(10, answer)
            return
        box.findChild(QPushButton, "open_read_only").click()
    QTimer.singleShot(0, answer)


def _notice(window) -> str:
    bar = window.findChild(QWidget, "read_only_notice")
    return bar.findChild(QLabel).text() if bar is not None and bar.isVisible() else ""


def _button(window) -> QPushButton:
    return window.findChild(QPushButton, "read_only_open")


def _cards(window) -> list[str]:
    return [card.text for card in window.doc.workshop.cards]


def test_the_read_only_window_is_told_of_a_save_and_then_of_the_close(qtbot, make_window,
                                                                     workshop_file):
    first, second = make_window(autosave=False), make_window(autosave=False)
    assert first.files.open_path(workshop_file)
    _answer_read_only()
    assert second.files.open_path(workshop_file)
    assert second.undo.read_only and _notice(second) == ""  # nothing new yet

    first.undo.push(add_card(first.doc, kind=Kind.WORKING, text="Nobody rings me back"))
    assert first.files.save()
    until(qtbot, lambda: bool(_notice(second)))
    said = _notice(second)
    assert said.startswith("'spring.wtfc' was saved in the other wtfc window at ")
    assert "(1 more card)" in said and "still shows it as it was opened" in said
    assert _button(second).text() == "Open the newer version"
    assert _cards(second) == ["My carer is kind"] and second.undo.read_only  # nothing taken

    first.close()  # the other window lets the file go
    until(qtbot, lambda: "then closed there" in _notice(second))
    assert "nobody else has it open now" in _notice(second)
    _button(second).click()  # the facilitator chooses: opened to work on, with the new card
    assert not second.undo.read_only and "read-only" not in second.windowTitle()
    assert _cards(second) == ["My carer is kind", "Nobody rings me back"]
    until(qtbot, lambda: second.findChild(QWidget, "read_only_notice") is None)


def test_the_watch_ends_when_another_workshop_opens(qtbot, make_window, workshop_file):
    first, second = make_window(autosave=False), make_window(autosave=False)
    first.files.open_path(workshop_file)
    _answer_read_only()
    second.files.open_path(workshop_file)
    assert second.findChild(read_only_watch.ReadOnlyWatch) is not None
    second.files.new()
    first.close()
    until(qtbot, lambda: second.findChild(read_only_watch.ReadOnlyWatch) is None)
    assert _notice(second) == ""  # the new workshop is not offered the file let go



def test_a_file_read_only_of_its_own_is_not_watched(make_window, workshop_file, monkeypatch):
    real = os.access  # tests run as root: the file says no to writing, as after chmod 444
    monkeypatch.setattr(os, "access", lambda target, mode, *a, **k: not (
        os.fspath(target) == os.fspath(workshop_file) and mode & os.W_OK)
        and real(target, mode, *a, **k))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)  # "Opened read-only"
    window = make_window(autosave=False)
    assert window.files.open_path(workshop_file)
    assert window.undo.read_only
    assert window.findChild(read_only_watch.ReadOnlyWatch) is None  # no other copy to wait for


def _saved_elsewhere(qtbot, make_window, workshop_file):
    """Two windows on one file, the second read-only; the first saves a new card."""
    first, second = make_window(autosave=False), make_window(autosave=False)
    assert first.files.open_path(workshop_file)
    _answer_read_only()
    assert second.files.open_path(workshop_file)
    first.undo.push(add_card(first.doc, kind=Kind.WORKING, text="Nobody rings me back"))
    assert first.files.save()
    until(qtbot, lambda: bool(_notice(second)))
    return first, second


def test_the_foot_keeps_its_messages_beside_the_notice(qtbot, make_window, workshop_file):
    """The notice in the status bar took its whole width: "The projector was disconnected…"
    was held there and shown nowhere. It has a row of its own above it now."""
    _first, second = _saved_elsewhere(qtbot, make_window, workshop_file)
    second.resize(1366, 768)
    show_lasting(second, PROJECTOR_GONE)
    settle()
    foot, notice = second.statusBar(), second.findChild(QWidget, "read_only_notice")
    assert foot.currentMessage() == PROJECTOR_GONE and foot.isVisible()
    taken = sum(w.width() for w in foot.findChildren(QWidget) if w.isVisible())
    assert taken < foot.width() / 3  # the message has the bar: nothing sits on it
    bottom = notice.mapTo(second, QPoint(0, notice.height())).y()
    assert notice.isVisible() and bottom <= foot.y()  # above it, not on it
    label = notice.findChild(QLabel)
    one_line = label.height()
    assert one_line < 2 * label.fontMetrics().lineSpacing()  # no empty lines on a wide window
    second.resize(700, 768)  # narrow: the words take two lines or more, never cut off
    until(qtbot, lambda: label.height() > one_line)
    assert label.height() >= label.heightForWidth(label.width())


def test_a_screen_reader_is_told_the_notice_once_each_time_it_changes(
        qtbot, make_window, workshop_file, monkeypatch):
    said = catch_announcements(monkeypatch)
    first, second = _saved_elsewhere(qtbot, make_window, workshop_file)
    ticks = [0]
    second.findChild(read_only_watch.ReadOnlyWatch).timer.timeout.connect(
        lambda: ticks.__setitem__(0, ticks[0] + 1))
    until(qtbot, lambda: ticks[0] >= 5)  # looked again and again: said once
    assert [words for words in said if "spring.wtfc" in words] == [_notice(second)]
    first.close()
    until(qtbot, lambda: "then closed there" in _notice(second))
    assert [words for words in said if "spring.wtfc" in words][1:] == [_notice(second)]
