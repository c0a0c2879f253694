"""A new workshop's Title box is empty with a grey example, not the words "Untitled workshop"
typed in for the facilitator (they went onto the report's cover and the posters unnoticed). The
window and Save As still call it "Untitled workshop"; a file titled so by an older wtfc keeps
its title; the app's "Export saved" says the title or date is missing, as ``wtfc check`` does
(review 24 firsttime F4)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from wtfc.model.demo import demo_path
from wtfc.model.operations.details import edit_details
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Stage, Workshop
from wtfc.ui.details_page import TITLE_EXAMPLE
from wtfc.ui.export_notes import record_note
from wtfc.ui.main_window import MainWindow

NO_TITLE = ("Please check: The workshop has no title or date yet: fill them in on 1 Prepare "
            "(the exports print “Untitled workshop” and no date).")


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    return w


def test_a_new_workshops_title_box_is_empty_with_a_grey_example(window):
    from wtfc.ui.save_as_place import _suggested_name

    page = window.page(Stage.PREPARE)
    assert page.title.text() == "" and window.doc.workshop.title == ""
    assert page.title.placeholderText() == TITLE_EXAMPLE == (
        "e.g. North locality older people's workshop")
    assert " — Untitled workshop — wtfc" in window.windowTitle()
    assert _suggested_name(window.files) == "Untitled workshop.wtfc"
    # leaving the box empty records nothing and refuses nothing
    page.title.setFocus()
    page.title.editingFinished.emit()
    assert not window.undo.stack.count()
    # typed: the window says it, and Undo empties the box again
    page.title.setText("North locality")
    page.title.editingFinished.emit()
    assert " — North locality — wtfc" in window.windowTitle()
    window.undo.stack.undo()
    assert page.title.text() == "" and " — Untitled workshop — wtfc" in window.windowTitle()
    window.undo.stack.redo()
    assert page.title.text() == "North locality"


def test_an_older_files_untitled_workshop_stays_as_it_is(tmp_path):
    path = tmp_path / "old.wtfc"
    save_workshop(Workshop(title="Untitled workshop"), path)
    assert load_workshop(path).workshop.title == "Untitled workshop"


@pytest.mark.parametrize("key", ["posters", "action-poster", "report", "feedback", "data"])
def test_export_saved_asks_for_the_title_and_date(key):
    ws = load_workshop(demo_path()).workshop
    today = dt.date(2026, 11, 26)
    assert "no title" not in record_note(key, ws, today=today)
    for title in ("", "Untitled workshop"):
        note = record_note(key, ws.model_copy(update={"title": title, "date": None}),
                           today=today)
        assert f"\n\n{NO_TITLE}" in note
    dated = record_note(key, ws.model_copy(update={"title": ""}), today=today)
    assert "no title yet: fill it in on 1 Prepare" in dated
    undated = record_note(key, ws.model_copy(update={"date": None}), today=today)
    assert "Please check: The workshop has no date yet: fill it in on 1 Prepare." in undated


def test_a_title_cleared_once_typed_is_still_refused(window):
    window.undo.push(edit_details(window.doc, title="North locality"))
    page = window.page(Stage.PREPARE)
    page.title.setText("")
    page.title.editingFinished.emit()
    assert window.doc.workshop.title == "North locality" == page.title.text()
