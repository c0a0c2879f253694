"""Ctrl+Shift+Right / Ctrl+Shift+Left turn the room view's page even while a text box has the
keyboard: Ctrl+1 puts it in Prepare's Title, and the box took the keys to select a word while
the projector stayed on page 1 of the welcome. With no pages to turn, the box keeps them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from wtfc.model.workshop import Stage

PAGE_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ROOM_SIZE = (1024, 768)  # the welcome of the demo is in pages there


@pytest.fixture
def paged(demo_window, qtbot):
    """The demo's main window on Prepare, the room view shown in a 1024x768 window with the
    welcome in pages."""
    window = demo_window
    room = window.room
    room.act_show.setChecked(True)
    room.window.showNormal()
    room.window.resize(*ROOM_SIZE)
    window.go_to_stage(Stage.PREPARE, focus=True)
    qtbot.waitUntil(lambda: room.window.content.size().width() == ROOM_SIZE[0])
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert room.window.content.page_count() > 1
    return window


def _press(qtbot, widget, key) -> None:
    qtbot.keyClick(widget, key, PAGE_KEYS)


def test_in_prepares_title_the_keys_turn_the_welcome(paged, qtbot):
    title = paged.page(Stage.PREPARE).title
    assert QApplication.focusWidget() is title  # Ctrl+1 puts the keyboard here
    view = paged.room.window.content
    _press(qtbot, title, Qt.Key.Key_Right)
    assert view.page == 1
    _press(qtbot, title, Qt.Key.Key_Right)
    _press(qtbot, title, Qt.Key.Key_Left)
    assert view.page == 1
    assert title.selectedText() == ""  # no word was selected in the title
    assert title.text() == paged.doc.workshop.title


def test_in_prepares_purpose_and_a_success_add_box_the_keys_turn_the_page(paged, qtbot):
    purpose = paged.page(Stage.PREPARE).purpose
    assert isinstance(purpose, QPlainTextEdit)
    purpose.setFocus()
    qtbot.waitUntil(purpose.hasFocus)
    view = paged.room.window.content
    _press(qtbot, purpose, Qt.Key.Key_Right)
    assert view.page == 1 and not purpose.textCursor().hasSelection()

    paged.go_to_stage(Stage.IDENTIFY_SUCCESS, focus=True)
    room = paged.room
    room.show_view("welcome")  # a paged view while the keyboard is in the Add… box
    view = room.window.content
    assert view.page_count() > 1
    entry = next(iter(paged.page(Stage.IDENTIFY_SUCCESS).columns.values())).entry
    assert isinstance(entry, QLineEdit)
    entry.setFocus()
    qtbot.waitUntil(entry.hasFocus)
    entry.setText("My carers listen to me")
    entry.setCursorPosition(0)
    _press(qtbot, entry, Qt.Key.Key_Right)
    assert view.page == 1
    assert entry.selectedText() == "" and entry.cursorPosition() == 0


def test_with_no_pages_to_turn_the_text_box_keeps_the_keys(paged, qtbot):
    """A view with no pages (or the room view off): Ctrl+Shift+Right selects a word in the
    title, as in any text box."""
    title = paged.page(Stage.PREPARE).title
    paged.room.show_view("readout")  # one card: nothing to turn
    assert not paged.room.act_next_page.isEnabled()
    title.setCursorPosition(0)
    _press(qtbot, title, Qt.Key.Key_Right)
    assert title.selectedText() != ""

    paged.room.show_view("welcome")
    assert paged.room.act_next_page.isEnabled()
    paged.room.act_show.setChecked(False)
    title.setCursorPosition(0)
    _press(qtbot, title, Qt.Key.Key_Right)
    assert title.selectedText() != ""
