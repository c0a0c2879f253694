"""File → Export collection template… on a full USB stick: one plain sentence, and no 0-byte
statements-template.xlsx left under the name the facilitator chose (Excel cannot open it, and
it is easy to send out); a template already there stays whole."""

from __future__ import annotations

import errno
import os

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

import wtfc.export.output as output
from wtfc.importing.template import template_bytes
from wtfc.ui.import_actions import export_template


def _disk_full(_fd):  # the bytes did not fit: the disk says so as they are flushed
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture
def warned(qtbot, monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: pytest.fail("said saved"))
    monkeypatch.setattr(output.os, "fsync", _disk_full)
    return said


def _choose(monkeypatch, path, kind: str) -> QWidget:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), kind))
    return QWidget()


@pytest.mark.parametrize(("name", "kind"), [("statements-template.xlsx", "Excel workbook (*.xlsx)"),
                                            ("statements-template.csv", "CSV file (*.csv)")])
def test_a_full_disk_leaves_no_template_and_says_so(qtbot, monkeypatch, tmp_path, warned,
                                                    name, kind):
    parent = _choose(monkeypatch, tmp_path / name, kind)
    qtbot.addWidget(parent)
    assert export_template(parent) is None
    assert warned == [f"The disk is full, so '{name}' could not be saved."]
    assert list(tmp_path.iterdir()) == []  # neither an empty template nor a temporary


def test_a_full_disk_keeps_the_template_already_there(qtbot, monkeypatch, tmp_path, warned):
    path = tmp_path / "statements-template.xlsx"
    path.write_bytes(template_bytes(".xlsx"))
    before = path.read_bytes()
    parent = _choose(monkeypatch, path, "Excel workbook (*.xlsx)")
    qtbot.addWidget(parent)
    assert export_template(parent) is None
    assert "No space left" not in warned[0] and warned[0].startswith("The disk is full")
    assert [p.name for p in tmp_path.iterdir()] == [path.name] and path.read_bytes() == before
