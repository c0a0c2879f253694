# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Ctrl+S that writes the file says "Saved." in the status bar and to a screen reader.

Only the title's '*' went: the keyboard is on the page, so a blind facilitator heard nothing,
and the only confirmation was a second, useless Ctrl+S saying "Already saved"."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from spoken_checks import catch_announcements
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.demo import demo_path
from wtfc.model.operations.cards import add_card
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Kind
from wtfc.ui.already_saved import ALREADY_SAVED


def test_ctrl_s_after_a_change_says_saved_and_again_says_already_saved(
        make_window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "spring.wtfc"
    save_workshop(load_workshop(demo_path()).workshop, path)
    window = make_window(autosave=False)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    assert window.files.open_path(path)
    window.undo.push(add_card(window.doc, kind=Kind.WORKING, text="A new card"))
    said = catch_announcements(monkeypatch)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "A new card" in [c.text for c in load_workshop(path).workshop.cards]
    assert said == ["Saved."]
    assert window.statusBar().currentMessage() == "Saved."
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert said == ["Saved.", ALREADY_SAVED]


def test_saved_gives_back_the_lasting_news_it_covered(make_window, qtbot, tmp_path, monkeypatch):
    """"Time is up" and "the projector was disconnected" hold until their situation ends: a
    Ctrl+S out of habit left the foot empty for good after its "Saved." (as Undo's words don't)."""
    from wtfc.ui import already_saved
    from wtfc.ui.undo import end_lasting, show_lasting

    monkeypatch.setattr(already_saved, "SAID_FOR_MS", 200)  # the test's "five seconds"
    window = make_window(autosave=False)
    qtbot.waitExposed(window)
    assert window.files.save_to(tmp_path / "spring.wtfc")
    bar = window.statusBar()
    time_up = "◷ Theme: time is up (45 min planned)"
    show_lasting(window, time_up)
    window.undo.push(add_card(window.doc, kind=Kind.WORKING, text="A new card"))
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert bar.currentMessage() == "Saved."
    qtbot.waitUntil(lambda: bar.currentMessage() == time_up, timeout=2000)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert bar.currentMessage() == ALREADY_SAVED  # nothing new: said, then the news again
    qtbot.waitUntil(lambda: bar.currentMessage() == time_up, timeout=2000)
    end_lasting(window, time_up)  # the stage is no longer over: gone, and a save leaves it gone
    window.undo.push(add_card(window.doc, kind=Kind.WORKING, text="Another card"))
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=2000)
    qtbot.wait(100)
    assert bar.currentMessage() == ""
