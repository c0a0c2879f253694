"""File → Export → Feedback sheet hands the workshop's names to watch for to the letter's guard,
so a name only that list knows ("zebedee", typed in lower case) is hidden in its notes too."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tests.ui.settled import until
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui import export_actions
from wtfc.ui.export_actions import ExportController


def test_the_feedback_export_is_given_the_names_to_watch(qtbot, tmp_path, monkeypatch):
    given: list[dict] = []

    def written(key, workshop, output, progress, previous=None, **more):
        given.append({"key": key, **more})
        output.write_bytes(b"%PDF-1.4 quick")
        return [output]

    monkeypatch.setattr(export_actions, "run_export_now", written)
    parent = QWidget()
    qtbot.addWidget(parent)
    doc = Document(Workshop(title="Spring workshop"))
    doc.names_to_watch = ("Zebedee",)
    exports = ExportController(doc, parent)
    for key in ("feedback", "report"):
        assert exports.export(key, tmp_path / f"{key}.pdf") is not None
        until(qtbot, lambda: exports.task is None, timeout=30_000)
    assert given == [{"key": "feedback", "names": ("Zebedee",)}, {"key": "report"}]
