"""Editing Collect's "Names to watch for" while Review's room view is on the projector, showing
last time's "Runs every Thursday; [name] drives it." (Okafor pasted earlier). The facilitator
clears the box to paste a fuller list (Ctrl+A, Delete, Ctrl+V), or backspaces a letter of
"Okafor" to correct it: since the names changed event (F17) the room view drew again at that
keystroke with "Okafor drives it." While the box is being edited names now only grow for the
room; one taken out stops counting when editing ends (focus to another part of the window,
the box folded, Check all cards again): the facilitator's decision then."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication

from tests.ui.boards.board_workshops import TODAY as REVIEW_TODAY
from tests.ui.boards.board_workshops import previous_file
from tests.ui.boards.test_room_views_names_changed import _drawn, _up
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.ui.boards.common import RefusalNotice
from wtfc.ui.boards.review_last_words import LastTime
from wtfc.ui.boards.review_room import ReviewRoomView
from wtfc.ui.cards_held_back import WatchNamesBox
from wtfc.ui.undo import UndoAdapter

NOTE = "Runs every Thursday; Okafor drives it."
CTRL = Qt.KeyboardModifier.ControlModifier


def _room_and_box(qtbot, doc: Document, tmp_path) -> tuple[ReviewRoomView, WatchNamesBox]:
    """Review's room view up with Okafor's note, and the box holding Okafor (pasted earlier);
    then the facilitator goes back into the box."""
    then = load_workshop(previous_file(tmp_path)).workshop
    previous = LastTime(then.model_copy(update={
        "actions": [a.model_copy(update={"progress_note": NOTE}) for a in then.actions]}))
    view = _up(qtbot, ReviewRoomView(doc, previous, today=lambda: REVIEW_TODAY), (1920, 1080))
    box = WatchNamesBox(doc, UndoAdapter(doc), RefusalNotice())
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    box.names_box.setPlainText("Okafor\nGrace Lee")
    QApplication.processEvents()
    assert "[name] drives it" in _drawn(view) and "Okafor" not in _drawn(view)
    box.names_box.setFocus()
    return view, box


def _keys(qtbot, box: WatchNamesBox, *keys) -> None:
    for key, *modifier in keys:
        qtbot.keyClick(box.names_box, key, *modifier)
    QApplication.processEvents()  # no forced paint: what the projector shows now


def test_clearing_the_box_to_paste_again_keeps_the_name_hidden(qtbot, doc, tmp_path):
    view, box = _room_and_box(qtbot, doc, tmp_path)
    _keys(qtbot, box, (Qt.Key.Key_A, CTRL), (Qt.Key.Key_Delete,))
    assert box.names_box.toPlainText() == ""
    assert "Okafor" not in _drawn(view) and "[name] drives it" in _drawn(view)
    # what an export, the letter or Accept of a suggestion started now would hide
    assert "Okafor" in doc.names_to_watch
    QGuiApplication.clipboard().setText("Okafor\nGrace Lee\nBill Jones")
    _keys(qtbot, box, (Qt.Key.Key_V, CTRL))
    assert "Okafor" not in _drawn(view) and doc.names_to_watch[:3] == (
        "Okafor", "Grace Lee", "Bill Jones")


def test_a_letter_backspaced_keeps_the_name_hidden_until_editing_ends(qtbot, doc, tmp_path):
    view, box = _room_and_box(qtbot, doc, tmp_path)
    cursor = box.names_box.textCursor()
    cursor.setPosition(len("Okafor"))
    box.names_box.setTextCursor(cursor)
    _keys(qtbot, box, (Qt.Key.Key_Backspace,))
    assert box.names_box.toPlainText().startswith("Okafo\n")
    assert "Okafor" not in _drawn(view) and "[name] drives it" in _drawn(view)
    # the facilitator leaves it so, and Tabs on: Okafor is no name to watch for now
    _keys(qtbot, box, (Qt.Key.Key_Tab,))
    assert not box.names_box.hasFocus()
    assert doc.names_to_watch == ("Okafo", "Grace Lee")
    assert "Okafor drives it" in _drawn(view)


def test_going_to_another_window_is_no_end_of_editing(qtbot, doc, tmp_path):
    """Cleared, then off to the spreadsheet (here: the room view's window) for the list."""
    view, box = _room_and_box(qtbot, doc, tmp_path)
    _keys(qtbot, box, (Qt.Key.Key_A, CTRL), (Qt.Key.Key_Delete,))
    view.activateWindow()
    qtbot.waitUntil(lambda: not box.isActiveWindow())
    QApplication.processEvents()
    assert "Okafor" in doc.names_to_watch and "Okafor" not in _drawn(view)
    # back, nothing pasted after all: the box is left empty with Check all cards again
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    box.check_all_again()
    QApplication.processEvents()
    assert doc.names_to_watch == () and "Okafor drives it" in _drawn(view)


def test_a_name_typed_letter_by_letter_hides_no_everyday_word_on_the_way(qtbot, doc,
                                                                          tmp_path):
    _view, box = _room_and_box(qtbot, doc, tmp_path)
    box.names_box.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(box.names_box, Qt.Key.Key_Return)  # a new line: names go one a line
    qtbot.keyClicks(box.names_box, "Ann Best")
    assert doc.names_to_watch == ("Okafor", "Grace Lee", "Ann Best")  # not "An", "Ann B"…
    box.hide()  # folded away: editing ends
    assert doc.names_to_watch == ("Okafor", "Grace Lee", "Ann Best")
