"""File → Export → The day's agenda (review 37 R2 finding 7): beside the other exports, it asks
where, writes the large-print agenda with the plan on the laptop's clock, prints the Welcome's
words (pasted names and phone numbers as their kind, a flagged title left out, never the
notes), and says after "Export saved" what it left out; writing it cannot draw is asked about."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from tests.export.export_checks import all_text, reader, squash
from wtfc.model.workshop import Stage

ITEM = "&The day's agenda (PDF, A4, for the tables)…"


def _entry(window) -> QAction:
    return window.findChild(QAction, "export_agenda")


def _export(qtbot, window, monkeypatch, path: Path) -> list[str]:
    starts: list[str] = []

    def save_dialog(_parent, _title, start, _filter, *args, **kwargs):
        starts.append(start)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    _entry(window).trigger()
    task = window.exports.task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: window.exports.run is None or window.exports.run.over, timeout=5000)
    return starts


def test_the_menu_writes_the_agenda_on_the_clock(qtbot, demo_window, tmp_path, monkeypatch,
                                                 message_boxes):
    [menu] = [m for m in demo_window.findChildren(QMenu) if m.title() == "&Export"]
    assert _entry(demo_window) in menu.actions()
    assert _entry(demo_window).text() == ITEM
    ws = demo_window.doc.workshop
    ws.starts_at = dt.time(10, 0)
    next(p for p in ws.agenda if p.stage is Stage.THEME).break_after = 45
    ws.purpose = "Okafor will ring 07700 900456 about lifts home."
    demo_window.doc.names_to_watch = ("Okafor",)
    path = tmp_path / "agenda.pdf"
    [start] = _export(qtbot, demo_window, monkeypatch, path)
    assert Path(start).name == (
        "Older peoples services Working Together for Change 12 November 2026 – agenda.pdf")
    text = all_text(reader(path.read_bytes()))
    assert squash("10:00") in text or squash("10:00 AM") in text  # the laptop's format
    assert squash("Lunch 45 min") in text and squash("Ends about") in text
    assert "Okafor" not in text and "900456" not in text
    assert squash("[name] will ring [phone] about lifts home.") in text
    assert squash("Read three working cards aloud") not in text  # the notes stay private
    [(kind, said)] = [m for m in message_boxes if m[0] != "question"]
    assert kind == "information" and said.startswith(f"Export saved: Saved:\n{path}")
    assert "Please note: Some words in why we are here may be personal details" in said
    # no question: nothing is printed as typed that the guard flags
    assert not [m for m in message_boxes if m[0] == "question"]


def test_a_flagged_title_is_left_out_and_said(qtbot, demo_window, tmp_path, monkeypatch,
                                              message_boxes):
    demo_window.doc.workshop.title = "Review of Margaret Ellsworth's care"
    path = tmp_path / "agenda.pdf"
    [start] = _export(qtbot, demo_window, monkeypatch, path)
    assert "Ellsworth" not in start  # nor in the offered name
    text = all_text(reader(path.read_bytes()))
    assert "Ellsworth" not in text
    [said] = [text for kind, text in message_boxes if kind == "information"]
    assert "The workshop's title is left out of the agenda" in said
    assert "'Day starts at'" in said  # the demo has no start time: no clock times yet


def test_writing_it_cannot_draw_is_asked_about_and_cancel_writes_nothing(
        qtbot, demo_window, tmp_path, monkeypatch):
    asked: list[tuple[str, str, object]] = []

    def cancel(_parent, title, text, _buttons, default):
        asked.append((title, text, default))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    demo_window.doc.workshop.venue = "社区中心"
    path = tmp_path / "agenda.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    _entry(demo_window).trigger()
    [(title, text, default)] = asked
    assert title == "Some words cannot be shown in the PDF"
    assert "The workshop's venue: “社区中心”" in text
    assert default == QMessageBox.StandardButton.Cancel
    assert demo_window.exports.task is None and not path.exists()
