"""Remove this person…'s question on a laptop with bigger text (review A1 R3): with the themes
their cards leave, the places reusing their words and what wtfc cannot reach, the message box
was 881 px tall for the demo's P12 at 16 pt, past a 1366×768 screen's edge, its Remove and
Cancel out of reach. Its words now scroll, within the screen's free part; the buttons stay."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QDialog

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.withdraw import plan_remove_person
from wtfc.model.storage import load_workshop
from wtfc.ui import remove_person as rp
from wtfc.ui import scrolling_question as sq
from wtfc.ui.screen_fit import FRAME

TASKBAR = 40


def _question(qtbot, monkeypatch, screen: tuple[int, int], code: str) -> rp.RemoveQuestion:
    width, height = screen
    room = QRect(0, 0, width, height - TASKBAR)
    monkeypatch.setattr(sq, "available_geometry", lambda _widget, **_where: room)
    doc = Document(load_workshop(demo_path()).workshop)
    box = rp.RemoveQuestion(None, plan_remove_person(doc, code=code))
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    # its frame (title bar and edges, about: none on the offscreen platform) on the screen
    frame = QRect(box.frameGeometry().topLeft(), box.size() + FRAME)
    assert room.contains(frame), (frame, room)
    return box


def _reachable(box: rp.RemoveQuestion) -> None:
    """Both buttons drawn whole inside the question, Cancel the default."""
    for button in (box.remove, box.cancel):
        assert button.isVisible() and not button.visibleRegion().isEmpty()
        assert box.rect().contains(button.geometry().translated(button.parentWidget().pos()))
    assert box.cancel.isDefault()


@pytest.mark.parametrize("screen", [(1366, 768), (1093, 614)])
def test_at_16_pt_the_question_fits_the_screen_and_its_words_scroll(
        qtbot, monkeypatch, font_points, screen):
    font_points(16)
    box = _question(qtbot, monkeypatch, screen, "P12")
    _reachable(box)
    bar = box.words_area.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0
    assert box.words_area.focusPolicy() != Qt.FocusPolicy.NoFocus  # Tab reaches the words
    assert box.words.text().endswith("so take their rows out of it first.")
    bar.setValue(bar.maximum())  # the last words can be read
    viewport = box.words_area.viewport()
    assert box.words.mapTo(viewport, QPoint(0, box.words.height())).y() <= viewport.height()


def test_with_room_the_question_shows_every_word_without_scrolling(qtbot, monkeypatch):
    box = _question(qtbot, monkeypatch, (1366, 768), "P05")
    _reachable(box)
    assert not box.words_area.verticalScrollBar().isVisible()
    assert box.words.height() >= box.words.heightForWidth(box.words.width())
    assert box.words_area.focusPolicy() == Qt.FocusPolicy.NoFocus


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_a_slip_of_enter_or_esc_removes_no_one(qtbot, monkeypatch, key):
    box = _question(qtbot, monkeypatch, (1366, 768), "P05")
    assert box.focusWidget() is box.cancel
    qtbot.keyClick(box.focusWidget(), key)
    assert not box.isVisible() and box.result() == QDialog.DialogCode.Rejected
