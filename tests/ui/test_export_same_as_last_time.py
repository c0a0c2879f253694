"""File → Export → Report with last time's workshop on the Review board: a purpose, scope or
"How we agreed to work and decide" still word for word last time's is asked about (the cover
would print last time's scope beside this time's people). Only advice: Export is the default,
and Cancel lets the facilitator change them first."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.ui.export_actions import ExportController

TITLE = "Words from last time's workshop"


def _compared(qtbot, tmp_path, **now):
    """The demo with last time's workshop on its Review board; last time's purpose and scope
    are the demo's own, word for word (a new cycle starts with them)."""
    from wtfc.ui.boards.review import ReviewBoard
    from wtfc.ui.undo import UndoAdapter

    demo = load_workshop(demo_path()).workshop
    last = load_workshop(demo_previous_path()).workshop.model_copy(
        update={"purpose": demo.purpose, "scope": demo.scope})
    this = demo.model_copy(update=now)
    previous = tmp_path / "spring.wtfc"
    save_workshop(last, previous)
    doc = Document(this)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert ReviewBoard(doc, UndoAdapter(doc), parent).load_previous(previous)
    return ExportController(doc, parent)


def _asking(monkeypatch, answer_to_it):
    asked: list[tuple[str, str, object]] = []

    def question(_parent, title, text, buttons, default=None):
        asked.append((title, text, default))
        return answer_to_it if title == TITLE else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _finish(qtbot, task):
    if task is not None:
        with qtbot.waitSignal(task.finished, timeout=60_000):
            pass


def test_the_report_asks_about_the_scope_still_last_times(qtbot, tmp_path, monkeypatch,
                                                           message_boxes):
    exports = _compared(qtbot, tmp_path)
    asked = _asking(monkeypatch, QMessageBox.StandardButton.Cancel)
    task = exports.export("report", tmp_path / "r.pdf")
    _finish(qtbot, task)
    assert task is None and not (tmp_path / "r.pdf").exists()  # Cancel: to change them first
    [(_, text, default)] = [a for a in asked if a[0] == TITLE]
    assert text.startswith("The purpose (“Use what older people, family carers…”) and the "
                           "scope (“Sixteen reviews from September and…”) are word for word "
                           "last time's: check they are right for this time.")
    assert text.endswith("Export the report as it is?")
    assert default == QMessageBox.StandardButton.Yes  # never stops the export: Enter goes on


def test_export_goes_on_and_new_words_are_not_asked_about(qtbot, tmp_path, monkeypatch,
                                                          message_boxes):
    exports = _compared(qtbot, tmp_path)
    asked = _asking(monkeypatch, QMessageBox.StandardButton.Yes)
    _finish(qtbot, exports.export("report", tmp_path / "r.pdf"))
    assert (tmp_path / "r.pdf").exists()
    rewritten = _compared(qtbot, tmp_path, purpose="Hear what carers say this winter.",
                          scope="Thirty reviews from November 2026.")
    asked.clear()
    _finish(qtbot, rewritten.export("report", tmp_path / "again.pdf"))
    assert (tmp_path / "again.pdf").exists()
    assert TITLE not in [title for title, _, _ in asked]
    _finish(qtbot, exports.export("feedback", tmp_path / "f.pdf"))  # prints no scope
    assert TITLE not in [title for title, _, _ in asked]
