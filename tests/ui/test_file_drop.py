# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Files dragged from Explorer or Files onto wtfc's window (review 32 R2 R3): a workshop opens
as File → Open opens it, a spreadsheet opens Import statements on it, anything else is said at
the window's foot, and a file dropped on a text box is never typed in as its address.

The drag's events are sent to the window's QWindow at a point, as the platform sends them: Qt
finds the widget under that point from there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from settled import settle
from window_fixtures import isolated_settings, shown_window, workshop_file  # noqa: F401

from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Stage, Workshop
from wtfc.ui.file_drop import FOLDER, READ_ONLY, SEVERAL, WEB_LINK
from wtfc.ui.names_drop import not_names

COPY = Qt.DropAction.CopyAction
ANY = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction | Qt.DropAction.LinkAction


def files_of(*urls: QUrl, as_text: bool = True) -> QMimeData:
    """What a file manager drags: the files' URLs and, as Linux's do, their addresses as text."""
    data = QMimeData()
    data.setUrls(list(urls))
    if as_text:
        data.setText("\r\n".join(url.toString() for url in urls))
    return data


def local(path: Path) -> QUrl:
    return QUrl.fromLocalFile(str(path))


def drag_onto(widget: QWidget, data: QMimeData) -> bool:
    """Drag ``data`` over ``widget``'s middle and drop it there, as a user's drag arrives at
    the window; True when the cursor said it could be dropped."""
    window = widget.window()
    handle = window.windowHandle()
    point = QPointF(widget.mapTo(window, widget.rect().center()))
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), ANY, data, buttons, keys)
    QApplication.sendEvent(handle, enter)
    move = QDragMoveEvent(point.toPoint(), ANY, data, buttons, keys)
    QApplication.sendEvent(handle, move)
    taken = enter.isAccepted() and move.isAccepted() and move.dropAction() != \
        Qt.DropAction.IgnoreAction
    if taken:
        QApplication.sendEvent(handle, QDropEvent(point, ANY, data, buttons, keys))
    return taken


def spreadsheet(tmp_path: Path, name: str = "spring reviews.csv") -> Path:
    path = tmp_path / name
    path.write_text("Person,Statement,Kind\nP01,My carer is kind,Working\n"
                    "P02,The bus is always late,Not working\n", encoding="utf-8")
    return path


def foot(window) -> str:
    return window.statusBar().currentMessage()


def test_a_workshop_dropped_opens_it(shown_window, workshop_file):
    window = shown_window
    assert drag_onto(window.navigator, files_of(local(workshop_file)))
    assert window.files.path is None  # not inside the drop: the file manager waits on it
    settle()
    assert window.files.path == workshop_file
    assert [c.text for c in window.doc.workshop.cards] == ["My carer is kind"]


def test_unsaved_changes_are_asked_about_first(shown_window, workshop_file, monkeypatch):
    window = shown_window
    window.go_to_stage(Stage.COLLECT)  # a change not saved
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    assert drag_onto(window.navigator, files_of(local(workshop_file)))
    settle()
    assert "Save them before opening another workshop?" in asked[0]
    assert window.files.path is None  # Cancel kept the workshop on screen
    assert window.doc.workshop.stage == Stage.COLLECT


def test_a_spreadsheet_dropped_opens_import_on_it(shown_window, tmp_path, qtbot):
    window = shown_window
    assert drag_onto(window.navigator, files_of(local(spreadsheet(tmp_path))))
    settle()
    dialog = window.page(Stage.COLLECT).import_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Import statements — spring reviews.csv"
    qtbot.waitUntil(lambda: dialog.stage in ("mapping", "confirm"), timeout=10_000)
    dialog.close()


def test_a_spreadsheet_on_a_read_only_workshop_says_why(shown_window, tmp_path):
    window = shown_window
    window.undo.read_only = True
    assert drag_onto(window.navigator, files_of(local(spreadsheet(tmp_path))))
    settle()
    assert window.page(Stage.COLLECT).import_dialog is None
    assert foot(window) == READ_ONLY


@pytest.mark.parametrize("what", ["folder", "two files", "web link", "a document"])
def test_what_wtfc_cannot_open_is_said_at_the_foot(shown_window, tmp_path, what):
    window = shown_window
    document = tmp_path / "minutes.docx"
    document.write_bytes(b"PK")
    data, words = {
        "folder": (files_of(local(tmp_path)), FOLDER),
        "two files": (files_of(local(spreadsheet(tmp_path)), local(document)), SEVERAL),
        "web link": (files_of(QUrl("https://example.org/spring.wtfc")), WEB_LINK),
        "a document": (files_of(local(document)),
                       "wtfc cannot open 'minutes.docx': drop a workshop (.wtfc) or a "
                       "spreadsheet."),
    }[what]
    assert drag_onto(window.navigator, data)  # the cursor says it may go: the drop says why
    settle()
    assert foot(window) == words
    assert window.files.path is None
    assert window.page(Stage.COLLECT).import_dialog is None


def test_a_file_dropped_on_a_text_box_is_the_file_not_its_address(shown_window, tmp_path):
    window = shown_window
    window.go_to_stage(Stage.PREPARE)
    title = window.page(Stage.PREPARE).title  # type: ignore[attr-defined]
    settle()
    assert title.isVisible()
    title.setText("Spring")
    assert drag_onto(title, files_of(local(spreadsheet(tmp_path))))
    settle()
    assert title.text() == "Spring"
    page = window.page(Stage.COLLECT)
    assert page.import_dialog is not None and page.import_dialog.isVisible()
    page.import_dialog.close()


def test_statements_dropped_on_the_names_box_open_nothing(shown_window, tmp_path):
    """A sheet dropped where the names go is no list of names: nothing opens (Import would
    show a sheet of names whole), and the foot says where statements go."""
    window = shown_window
    window.go_to_stage(Stage.COLLECT)
    page = window.page(Stage.COLLECT)
    page.names_fold.open()
    settle()
    assert page.names_box.isVisible()
    page.names_box.setPlainText("Hope Green")
    assert drag_onto(page.names_box.viewport(), files_of(local(spreadsheet(tmp_path))))
    settle()
    assert page.names_box.toPlainText() == "Hope Green"
    assert page.names() == ["Hope Green"]
    assert page.import_dialog is None
    assert foot(window) == not_names("spring reviews.csv")


def test_words_dragged_onto_a_text_box_still_go_in(shown_window):
    window = shown_window
    window.go_to_stage(Stage.COLLECT)
    page = window.page(Stage.COLLECT)
    page.names_fold.open()
    settle()
    words = QMimeData()
    words.setText("Zebulon Quarrie")
    assert drag_onto(page.names_box.viewport(), words)
    settle()
    assert page.names() == ["Zebulon Quarrie"]


def test_the_room_view_takes_no_drops(shown_window, workshop_file):
    window = shown_window
    room = window.room.window
    room.show()
    assert not drag_onto(room, files_of(local(workshop_file)))
    settle()
    assert window.files.path is None


def test_a_kept_earlier_version_opens_read_only(shown_window, tmp_path, monkeypatch):
    window = shown_window
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, *_a: told.append(title))
    kept = tmp_path / "spring.wtfc.bak"
    save_workshop(Workshop(title="Spring", cards=[Card(id="c1", kind=Kind.WORKING,
                                                        text="My carer is kind")]), kept)
    assert drag_onto(window.navigator, files_of(local(kept)))
    settle()
    assert window.files.path == kept
    assert window.undo.read_only
    assert told == ["Opened read-only"]  # as File → Open says it


def test_a_file_dropped_on_a_dialogs_box_is_refused(shown_window, tmp_path, qtbot):
    """Import's paste page (a dialog of its own): a file dragged there is not typed in as
    its address, and the cursor says it cannot be dropped."""
    window = shown_window
    qtbot.waitExposed(window)
    page = window.page(Stage.COLLECT)
    page.open_paste()
    dialog = page.import_dialog
    qtbot.waitUntil(lambda: QApplication.focusWindow() is dialog.windowHandle(), timeout=2000)
    before = dialog.paste_box.toPlainText()
    assert not drag_onto(dialog.paste_box.viewport(), files_of(local(spreadsheet(tmp_path))))
    settle()
    assert dialog.paste_box.toPlainText() == before
    dialog.close()
