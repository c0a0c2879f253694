"""Exports whose questions are all answered Cancel: what each asked, and that none wrote its
file (the privacy questions before a report, data workbook or feedback sheet)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from wtfc.model.document import Document
from wtfc.ui.export_actions import ExportController


def asked_on_cancel(doc: Document, qtbot, monkeypatch, folder: Path,
                    exports: tuple[tuple[str, str], ...]) -> list[str]:
    """``exports``: (kind, file name) pairs, exported in turn; every question gets Cancel."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    parent = QWidget()
    qtbot.addWidget(parent)
    for key, file in exports:
        assert ExportController(doc, parent).export(key, folder / file) is None
        assert not (folder / file).exists()
    return asked
