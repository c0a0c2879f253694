# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A file or folder named with U+202E, or with a line break in it, is named in the recovery
offer, File → Open recent, the earlier-version offer and "Export saved" as the window's title
names it (``name_shown``): raw, "Spring[U+202E]gpj.wtfc" turned the rest of the line around
("… has 2 recovery copies" read backwards) and a line break split the name over two lines."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget
from renders import save_render
from test_recovery_two_copies import _card, _crashed_copy
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model import recovery
from wtfc.model.document import Document
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import save_workshop
from wtfc.model.versions import EarlierVersion
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui import export_actions
from wtfc.ui.earlier_version_offer import offer_box
from wtfc.ui.export_actions import ExportController
from wtfc.ui.file_lock import FileLock
from wtfc.ui.recovery_dialog import Choice, RecoveryDialog, offer_recovery

# a name as it is on disk, and as the title shows it
NAMES = [pytest.param("Spring\u202egpj", "Spring\\u202egpj", id="bidi-override"),
         pytest.param("two\nlines", "two lines", id="line-break",
                      marks=pytest.mark.skipif(sys.platform == "win32",
                                               reason="Windows names hold no line break"))]
TITLE = "Spring workshop"


def _as_shown(words: str, raw: str, shown: str) -> None:
    """``words`` name the file as shown, never as it is on disk."""
    assert shown in words and raw not in words and "\u202e" not in words


def _saved(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    save_workshop(Workshop(title=TITLE, cards=[Card(id="c1", kind=Kind.WORKING,
                                                    text="My carer is kind")]), path)
    return path


@pytest.mark.parametrize(("raw", "shown"), NAMES)
def test_the_recovery_offer(make_window, recovery_folder, tmp_path, request, raw, shown):
    path = _saved(tmp_path / raw / f"{raw}.wtfc")  # the folder named so too
    other = _saved(tmp_path / "Other" / "spring.wtfc")  # another file, the same title
    for number, (file, words) in enumerate([(path, "The bus never comes"),
                                            (path, "My carer is late"), (other, "No lift")]):
        taken = dt.datetime.now() - dt.timedelta(minutes=number)  # offered newest first
        session = _crashed_copy(recovery_folder, file, f"s{number}", _card(f"n{number}", words),
                                pid=number + 1, taken=taken)
        os.utime(session / recovery.SNAPSHOT_NAME, (taken.timestamp(),) * 2)
    texts: list[str] = []

    def ask(dialog: RecoveryDialog) -> Choice:
        texts.append(dialog.text.text())
        if len(texts) == 1:
            dialog.show()
            save_render(dialog, f"recovery_name_{request.node.callspec.id}")
        return Choice.RESTORE if len(texts) == 1 else Choice.LATER
    window = make_window(autosave=False)
    assert offer_recovery(window, ask=ask)
    first, second, third = texts
    place = f"{shown}.wtfc in the folder '{shown}'"
    assert f"({place})" in first and f"'{shown}.wtfc' has 2 recovery copies" in first
    assert f"({place})" in second  # the first restored: its copy is this window's now
    # the file restored, named beside the other file's "Spring workshop"
    assert f"'{TITLE}' ({place}) is open in this window" in third
    for words in texts:
        _as_shown(words, raw, shown)


@pytest.mark.parametrize(("raw", "shown"), NAMES)
def test_a_recovered_file_another_window_has(make_window, recovery_folder, tmp_path,
                                             message_boxes, raw, shown):
    path = _saved(tmp_path / f"{raw}.wtfc")
    _crashed_copy(recovery_folder, path, "a", _card("a1", "The bus never comes"))
    window = make_window(autosave=False)
    with FileLock(tmp_path / "probe") as other:
        assert other.acquire(path) is None  # another window has it
        assert offer_recovery(window, ask=lambda _dialog: Choice.RESTORE)
    [(_kind, said)] = [box for box in message_boxes if box[1].startswith("Recovered: ")]
    assert said.startswith(f"Recovered: '{shown}.wtfc' is already open in another wtfc window")
    _as_shown(said, raw, shown)


@pytest.mark.parametrize(("raw", "shown"), NAMES)
def test_the_earlier_version_offer(qtbot, tmp_path, request, raw, shown):
    path = tmp_path / f"{raw}.wtfc"
    path.write_bytes(b"{ cut short")
    kept = _saved(path.with_name(f"{path.name}.bak"))
    version = EarlierVersion(path, 1, kept, dt.datetime.now())
    box = offer_box(None, path, WorkshopFileError("It is damaged."), version)
    qtbot.addWidget(box)
    box.show()
    save_render(box, f"earlier_version_offer_name_{request.node.callspec.id}")
    words = box.informativeText()
    assert f"You can open an earlier version of '{shown}.wtfc' instead" in words
    assert f"('{shown}.wtfc.bak', kept by wtfc" in words
    assert f"kept beside it as '{shown}.wtfc.damaged'" in words
    _as_shown(words, raw, shown)


@pytest.mark.parametrize(("raw", "shown"), NAMES)
def test_export_saved(qtbot, tmp_path, monkeypatch, message_boxes, raw, shown):
    def written(_key, _workshop, output, _progress, _previous=None, **_more):
        output.write_bytes(b"%PDF-")
        return [output]
    monkeypatch.setattr(export_actions, "run_export_now", written)
    monkeypatch.setattr(export_actions, "load_export_modules", lambda _key: None)
    parent = QWidget()
    qtbot.addWidget(parent)
    out = tmp_path / f"{raw}.pdf"
    assert ExportController(Document(), parent).export("posters", out) is not None
    qtbot.waitUntil(lambda: any(box[1].startswith("Export saved") for box in message_boxes))
    [said] = [box[1] for box in message_boxes if box[1].startswith("Export saved")]
    assert said.startswith(f"Export saved: Saved:\n{tmp_path}{os.sep}{shown}.pdf")
    _as_shown(said, raw, shown)


@pytest.mark.parametrize(("raw", "shown"), NAMES)
def test_open_recent(make_window, tmp_path, monkeypatch, raw, shown):
    path = _saved(tmp_path / raw / f"{raw}.wtfc")
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    menu = window.findChild(QMenu, "recent")
    menu.aboutToShow.emit()  # what opening the submenu does
    [entry] = [a for a in menu.actions() if a.text().startswith(shown)]
    assert entry.text() == f"{shown}.wtfc in the folder '{shown}'"
    [removal] = window.findChild(QMenu, "recent_remove").actions()
    assert removal.text() == entry.text()
    path.unlink()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *_args:
                        asked.append(text) or QMessageBox.StandardButton.No)
    entry.trigger()  # no longer there: offered off the list
    assert len(asked) == 1
    asked = asked[0]
    assert asked.startswith(f"'{shown}.wtfc' is no longer in the folder '{shown}'.")
    _as_shown(asked.replace("\n\n", " "), raw, shown)
