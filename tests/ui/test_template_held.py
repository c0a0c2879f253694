"""File → Export collection template… into a OneDrive folder: the new template, held for a
moment by OneDrive or Defender as it is put in place, is saved on a second try, as a
workshop save is, rather than said to be open in another program."""

from __future__ import annotations

import errno
import os

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from wtfc.model import temporary_files
from wtfc.ui.import_actions import export_template


def test_a_template_held_for_a_moment_is_saved(qtbot, monkeypatch, tmp_path):
    path = tmp_path / "statements-template.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(path), "Excel workbook (*.xlsx)"))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(temporary_files.time, "sleep", lambda _s: None)
    real, refused = os.replace, []

    def held_once(source, target):
        if not refused:
            refused.append(target)
            exc = PermissionError(errno.EACCES, "being used by another process")
            exc.winerror = 32  # type: ignore[attr-defined]
            raise exc
        real(source, target)

    monkeypatch.setattr(os, "replace", held_once)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert export_template(parent) == path
    assert warned == [] and refused and path.read_bytes().startswith(b"PK")
    assert [p.name for p in tmp_path.iterdir()] == ["statements-template.xlsx"]
