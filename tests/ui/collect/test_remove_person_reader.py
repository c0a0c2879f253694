"""Remove this person… for a screen reader and the keyboard (review R7 #4, #5): the label with
every detail (themes losing cards, the row going, what wtfc cannot reach) reported only "What
removing them changes" (its accessible name replaced its words), while the scroll area Tab
reaches at 16 pt had no name; and that Tab stop showed no focus mark, so one Tab from Cancel
changed nothing on screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from tests.ui.collect.test_remove_person_question_fits import _question
from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.ui.focus_ring import install_focus_ring


def _read(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def test_a_screen_reader_reads_the_words_and_the_scroll_area_is_named(qtbot, monkeypatch,
                                                                      font_points):
    font_points(16)
    box = _question(qtbot, monkeypatch, (1366, 768), "P12")
    assert _read(box.words).endswith("so take their rows out of it first.")
    assert "Their cards leave" in _read(box.words)
    assert _read(box.words_area) == "What removing them changes"


def test_tab_from_cancel_rings_the_words(qtbot, monkeypatch, font_points):
    install_focus_ring(QApplication.instance())
    font_points(16)
    box = _question(qtbot, monkeypatch, (1366, 768), "P12")
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    assert box.cancel.hasFocus()
    area = box.words_area

    def top_edge():  # where a ring round the words runs (not the ring of Remove, below them)
        return box.grab(QRect(area.x() - 4, area.y() - 4, area.width() + 8, 8)).toImage()

    before = top_edge()
    qtbot.keyClick(box.cancel, Qt.Key.Key_Tab)
    settle()
    assert area.hasFocus()
    after = top_edge()
    assert after != before  # a mark round the words: the keyboard is here
    save_render(box, "remove_person_words_ringed")
    qtbot.keyClick(area, Qt.Key.Key_Tab)  # on to Remove: the ring goes from the words
    settle()
    assert not area.hasFocus()
    assert top_edge() == before

