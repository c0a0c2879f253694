"""A file's, a sheet's or a theme's name quoted in a message box reads exactly as typed. Qt
guesses rich text for a box's words, so on Linux a workshop saved as "Tom & <i>Jerry <b>x.wtfc"
was named as "Tom & Jerry x.wtfc" in italics and bold in "The workshop was not saved", "Could
not open the workshop", "Workshop already open" and "Delete the theme?"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.ui.renders import save_render
from tests.ui.shown_words import as_shown

NAME = "Tom & <i>Jerry <b>x.wtfc"  # a name Linux lets anyone give a file


def _drawn(qtbot, text: str, name: str, icon=QMessageBox.Icon.Warning) -> QMessageBox:
    """The box as the static functions draw it, kept as a picture to look at."""
    box = QMessageBox(icon, "wtfc", text)
    qtbot.addWidget(box)
    box.show()
    save_render(box, name)
    return box


def _said(message_boxes, kind: str) -> str:
    [text] = [m for k, m in message_boxes if k == kind]
    return as_shown(text.split(": ", 1)[1])


def test_a_failed_save_names_the_file_as_typed(qtbot, demo_window, tmp_path, message_boxes):
    path = tmp_path / "no such folder" / NAME
    assert not demo_window.files.save_to(path)
    said = _said(message_boxes, "warning")
    assert NAME in said
    _drawn(qtbot, message_boxes[0][1].split(": ", 1)[1], "save_failed_file_name_as_typed")


def test_a_file_that_will_not_open_is_named_as_typed(qtbot, demo_window, tmp_path,
                                                     message_boxes):
    path = tmp_path / NAME
    path.write_text("not a workshop", encoding="utf-8")
    before = demo_window.doc.workshop
    assert not demo_window.files.open_path(path)
    assert demo_window.doc.workshop is before  # the workshop open stays as it was
    assert NAME in _said(message_boxes, "warning")


def test_the_already_open_box_names_the_file_as_typed(qtbot, monkeypatch):
    from wtfc.ui.file_lock import Holder, ask_about_locked_file

    seen: list[QMessageBox] = []

    def shown(box):  # the facilitator looks, then closes it
        seen.append(box)
        box.show()
        save_render(box, "already_open_file_name_as_typed")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", shown)
    parent = QWidget()
    qtbot.addWidget(parent)
    holder = Holder("LAPTOP-7F3KQ2", 4242, dt.datetime.now().replace(hour=9, minute=5))
    assert ask_about_locked_file(parent, holder, NAME) == ""  # closed: as Cancel
    [box] = seen
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == f"'{NAME}' is open on LAPTOP-7F3KQ2 since 09:05."
    assert box.informativeText().startswith("Only one copy of wtfc")


def test_the_offer_of_an_earlier_version_names_the_file_as_typed(qtbot, tmp_path):
    from wtfc.model.errors import WorkshopFileError
    from wtfc.model.storage import save_workshop
    from wtfc.model.versions import newest_readable
    from wtfc.model.workshop import Workshop
    from wtfc.ui.earlier_version_offer import offer_box

    path = tmp_path / NAME
    save_workshop(Workshop(title="Spring"), path)
    save_workshop(Workshop(title="Spring"), path, versions=3)  # the first is kept as .bak
    path.write_text("cut short", encoding="utf-8")
    found = newest_readable(path)
    assert found is not None
    box = offer_box(None, path, WorkshopFileError(f"'{NAME}' is damaged.", ""), found[0])
    qtbot.addWidget(box)
    box.show()
    save_render(box, "earlier_version_file_name_as_typed")
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text().startswith(f"'{NAME}' is damaged.")
    # the box's plain text holds for the words under it too: they are not escaped
    assert f"You can open an earlier version of '{NAME}' instead" in box.informativeText()


def test_export_saved_names_the_files_as_typed(qtbot, tmp_path, message_boxes):
    from wtfc.model.document import Document
    from wtfc.model.workshop import Card, Kind, Workshop
    from wtfc.ui.export_actions import ExportController

    parent = QWidget()
    qtbot.addWidget(parent)
    workshop = Workshop(title="Spring", cards=[Card(id="c1", kind=Kind.WORKING, text="Lunch")])
    exports = ExportController(Document(workshop), parent)
    path = tmp_path / "<b>R&D data.xlsx"
    task = exports.export("data", path)
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: exports.run is None or exports.run.over, timeout=5000)
    assert path.exists()
    assert str(path) in _said(message_boxes, "information")


def test_deleting_a_theme_asks_with_its_name_as_typed(qtbot, demo_window, monkeypatch):
    from wtfc.model.operations.themes import rename_theme
    from wtfc.model.workshop import Stage

    doc = demo_window.doc
    theme = next(t for t in doc.workshop.themes
                 if any(c.theme_id == t.id for c in doc.workshop.causes))
    name = "<b>Staff</b> & me <i>rushed</i>"
    demo_window.undo.push(rename_theme(doc, theme_id=theme.id, name=name))
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    demo_window.go_to_stage(Stage.THEME)
    assert not demo_window.page(Stage.THEME).theme_prompts.fine_to_delete(theme.id)
    assert as_shown(asked[0]).startswith(f"Delete “{name}”?\n\nIts cards go back")
    _drawn(qtbot, asked[0], "delete_theme_name_as_typed", QMessageBox.Icon.Question)


def test_a_sheet_named_with_angle_brackets_and_ampersand_is_named_as_typed(qtbot, tmp_path):
    from collect_fixtures import collect_document
    from import_fixtures import shown_dialog, wait_for, workbook

    from wtfc.ui.undo import UndoAdapter

    doc = collect_document()
    rows = [["Person", "Kind", "Statement"], ["P70", "Working", "The lunch club"],
            ["P71", "Not working", "Cold dinners"]]
    path = workbook(tmp_path / "Tom & <i>Jerry.xlsx",
                    {"R&D <2026>": rows, "Notes & <more>": [["How to fill this in"]]})
    dialog = shown_dialog(qtbot, doc, UndoAdapter(doc))
    dialog.load_file(path)
    wait_for(qtbot, dialog, "confirm")
    save_render(dialog, "import_sheet_names_as_typed")
    shown = as_shown(dialog.confirm_label.text())
    assert "It reads the sheet R&D <2026>." in shown
    assert "1 other sheet: Notes & <more>." in shown


def test_an_export_not_saved_names_the_file_as_typed(qtbot, tmp_path, message_boxes):
    from wtfc.model.document import Document
    from wtfc.model.workshop import Card, Kind, Workshop
    from wtfc.ui.export_actions import ExportController

    parent = QWidget()
    qtbot.addWidget(parent)
    workshop = Workshop(title="Spring", cards=[Card(id="c1", kind=Kind.WORKING, text="Lunch")])
    exports = ExportController(Document(workshop), parent)
    task = exports.export("data", tmp_path / "gone" / "<b>R&D data.xlsx")
    if task is not None:
        with qtbot.waitSignal(task.finished, timeout=30_000):
            pass
    qtbot.waitUntil(lambda: any(k == "warning" for k, _ in message_boxes), timeout=5000)
    said = _said(message_boxes, "warning")
    assert "'<b>R&D data.xlsx' could not" in said
    _drawn(qtbot, message_boxes[-1][1].split(": ", 1)[1], "export_not_saved_file_name_as_typed")
