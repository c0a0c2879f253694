# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A file or folder named with U+202E, or with a line break in it, is named in the recovery
offer, File → Open recent, the earlier-version offer and "Export saved" as the window's title
names it (``name_shown``): raw, "Spring[U+202E]gpj.wtfc" turned the rest of the line around
("… has 2 recovery copies" read backwards) and a line break split the name over two lines.
So do the rest of wtfc's words naming a file (below): the changed-on-disk questions, Replace
the file?, Review's notes, New from this, a file that will not open, the exports' refusals."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget
from renders import save_render
from test_recovery_two_copies import _card, _crashed_copy
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.export import output
from wtfc.export.cli import output_name, read_last_time, run_export
from wtfc.export.data import export_data
from wtfc.export.errors import ExportError
from wtfc.export.output import write_file
from wtfc.model import recovery, storage
from wtfc.model.document import Document
from wtfc.model.errors import WorkshopFileError
from wtfc.model.operations.cards import add_card
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.versions import EarlierVersion
from wtfc.model.workshop import Card, Kind, Stage, Workshop
from wtfc.ui import (
    changed_elsewhere,
    colleague_copies,
    export_actions,
    recovery_save,
    review_memory,
    save_failed,
)
from wtfc.ui.already_saved import QUIET
from wtfc.ui.boards.review import ReviewBoard
from wtfc.ui.chosen_path import chosen_path
from wtfc.ui.earlier_version_offer import offer_box
from wtfc.ui.export_actions import ExportController
from wtfc.ui.file_lock import FileLock
from wtfc.ui.file_new_from import _saved_first, new_from_this
from wtfc.ui.recovery_dialog import Choice, RecoveryDialog, offer_recovery
from wtfc.ui.recovery_text import DAMAGED_SUFFIX
from wtfc.ui.replaced_on_save import replaced_words

# a name as it is on disk, and as the title shows it
NAMES = [pytest.param("Spring\u202egpj", "Spring\\u202egpj", id="bidi-override"),
         pytest.param("two\nlines", "two lines", id="line-break",
                      marks=pytest.mark.skipif(sys.platform == "win32",
                                               reason="Windows names hold no line break"))]
TITLE = "Spring workshop"
CUT_SHORT = b'{"schema_version": 6, "title": "Spr'  # a save cut short


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


def _opened(make_window, path: Path) -> tuple:
    """A workshop saved at ``path`` (its folder made), open in a window: (window, path)."""
    path = _saved(path)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    return window, path


@pytest.mark.parametrize(("raw", "shown"), NAMES)
def test_open_recent(make_window, tmp_path, monkeypatch, raw, shown):
    window, path = _opened(make_window, tmp_path / raw / f"{raw}.wtfc")
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


# ---- the rest of wtfc's words naming a file (F27): each as the title shows it ----

def _shown_in_each(said: list[str], raw: str, shown: str) -> None:
    assert said
    for words in said:
        _as_shown(words, raw, shown)


@pytest.mark.parametrize(("raw", "shown"), NAMES)
def test_the_file_changed_on_disk(make_window, tmp_path, monkeypatch, raw, shown):
    window, path = _opened(make_window, tmp_path / raw / f"{raw}.wtfc")
    window.undo.push(add_card(window.doc, kind=Kind.NOT_WORKING, text="No lift"))
    asked: list[str] = []  # each question's words, answered Cancel
    monkeypatch.setattr(changed_elsewhere, "_ask", lambda _files, _icon, _title, text, *_a,
                        **_k: asked.append(text) or "cancel")
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *_a:
                        asked.append(text) or QMessageBox.StandardButton.Cancel)
    save_workshop(Workshop(title=TITLE, cards=[Card(id="b1", kind=Kind.NOT_WORKING,
                                                    text="The bus never comes")]), path,
                  backup=False)  # a colleague's save synced in
    assert changed_elsewhere.fine_to_write_over(window.files, path) is False
    question = asked.pop()
    assert f"'{shown}.wtfc' was changed at " in question
    assert f"as '{shown} ({changed_elsewhere.MARK} " in question
    # Save chosen, and the colleague's version cannot be kept first
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Save)

    def full(*_a, **_k):
        raise WorkshopFileError("The disk is full.")
    monkeypatch.setattr(changed_elsewhere, "write_atomically", full)
    not_saved: list[str] = []
    monkeypatch.setattr(save_failed, "say_not_saved", lambda _w, words: not_saved.append(words))
    assert changed_elsewhere.fine_to_write_over(window.files, path) is False
    assert f"could not keep the other version of '{shown}.wtfc' first" in not_saved[0]
    path.write_bytes(b"")  # a sync client's placeholder
    changed_elsewhere.fine_to_write_over(window.files, path)
    path.unlink()  # deleted meanwhile
    changed_elsewhere.fine_to_write_over(window.files, path)
    empty, gone = asked
    assert empty.startswith(f"'{shown}.wtfc' is empty now.")
    assert gone.startswith(f"'{shown}.wtfc' is no longer in the folder '{shown}':")
    _shown_in_each([question, not_saved[0], empty, gone], raw, shown)


@pytest.mark.parametrize(("raw", "shown"), NAMES)
def test_saving_over_and_beside(make_window, tmp_path, monkeypatch, message_boxes, raw, shown):
    path = _saved(tmp_path / raw / f"{raw}.wtfc")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *_a:
                        asked.append(text) or QMessageBox.StandardButton.No)
    assert chosen_path(None, str(path.with_suffix("")), ".wtfc") is None  # "Replace it?"
    assert asked[0].startswith(f"'{shown}.wtfc' already exists in {tmp_path}{os.sep}{shown}.")
    window = make_window(autosave=False)
    refused = [recovery_save._refused(window, path, DAMAGED_SUFFIX)]  # not over a workshop
    assert refused[0].startswith(f"'{shown}.wtfc' is a workshop file.")
    with FileLock(tmp_path / "probe") as other:
        assert other.acquire(path) is None  # another window has it
        refused.append(recovery_save._refused(window, path, ".wtfc"))
    assert f"'{shown}.wtfc'" in refused[1] and "wtfc will not save over" in refused[1]
    assert window.files.open_path(path)
    refused.append(recovery_save._refused(window, path, ".wtfc"))
    assert refused[2].startswith(f"'{shown}.wtfc' is the workshop open in this window.")
    save_workshop(Workshop(title="Autumn"), path)  # its .bak: the workshop this save replaced
    window.setProperty(QUIET, True)
    assert replaced_words(window.files, path, True) == ""  # said in a box
    [replaced] = [text for _kind, text in message_boxes if "held another workshop" in text]
    assert f"'{shown}.wtfc' held another workshop" in replaced
    assert f"kept beside it as '{shown}.wtfc.bak'. With '{shown}.wtfc' open" in replaced
    _shown_in_each([asked[0], *refused, replaced], raw, shown)


@pytest.mark.parametrize(("raw", "shown"), NAMES)
def test_starting_from_and_comparing_with(make_window, tmp_path, monkeypatch, message_boxes,
                                          raw, shown):
    path = _saved(tmp_path / f"{raw}.wtfc")
    window = make_window(autosave=False)
    window.files.path = path.with_name(f"{path.name}.bak")  # an earlier version open
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *_a:
                        said.append(text) or QMessageBox.StandardButton.No)
    assert not _saved_first(window.files, path)  # "Save this workshop first" (answered No)
    assert window.files.open_path(path)
    path.write_bytes(CUT_SHORT)
    assert not new_from_this(window.files)  # the file it would start from no longer reads
    said += [text for _kind, text in message_boxes]
    assert f"'{shown}.wtfc.bak' is an earlier version of '{shown}.wtfc', kept" in said[0]
    assert f"could not read '{shown}.wtfc' to start from it. '{shown}.wtfc' is cut" in said[1]
    board = window.page(Stage.REVIEW)
    assert isinstance(board, ReviewBoard)
    assert not board.load_previous(path)  # this workshop's own file
    said.append(board.notice.text())
    same = _saved(tmp_path / "copy" / f"{raw}.wtfc")
    window.doc.workshop = load_workshop(same).workshop
    assert not board.load_previous(same)  # the same workshop
    said.append(board.notice.text())
    assert said[2].startswith(f"⚠ '{shown}.wtfc' is this workshop's own file")
    assert said[3].startswith(f"⚠ '{shown}.wtfc' holds the same workshop")
    gone = tmp_path / "last" / f"{raw}.wtfc"
    review_memory.remember(path, gone)  # compared with a file deleted since
    _saved(path)
    assert window.files.open_path(path)
    said.append(board.notice.text())
    assert said[4].startswith(f"⚠ Last time's workshop, '{shown}.wtfc', is no longer where")
    _shown_in_each(said, raw, shown)


@pytest.mark.parametrize(("raw", "shown"), NAMES)
def test_the_files_still_holding_what_was_taken_off(raw, shown):
    said = colleague_copies._names([Path(f"{raw} (changed elsewhere 10-20).wtfc"),
                                    Path(f"{raw}.pdf")])
    assert said == f"'{shown} (changed elsewhere 10-20).wtfc' and '{shown}.pdf'"


@pytest.mark.parametrize(("raw", "shown"), NAMES)
def test_a_file_that_will_not_open(make_window, tmp_path, monkeypatch, message_boxes, raw,
                                   shown):
    path = tmp_path / f"{raw}.wtfc"
    said: list[str] = []
    for data, start in [(CUT_SHORT, "is cut short"), (b"[1, 2]", "is not a workshop file"),
                        ('{"schema_version": 1, "cards": 3}', "has a problem")]:
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        with pytest.raises(WorkshopFileError) as refused:
            load_workshop(path)
        said.append(str(refused.value))
        assert said[-1].startswith(f"'{shown}.wtfc' {start}")
    with monkeypatch.context() as patched, pytest.raises(WorkshopFileError,
                                                         match="too big") as refused:
        patched.setattr(storage, "MAX_FILE_BYTES", 4)
        load_workshop(path)
    said.append(str(refused.value))
    path.write_text('{"schema_version": 99, "title": "Later"}')
    with pytest.raises(WorkshopFileError, match="newer wtfc") as refused:
        save_workshop(Workshop(), path)
    said.append(str(refused.value))
    path.write_bytes(CUT_SHORT)
    window = make_window(autosave=False)
    assert not window.files.open_path(path)  # as "Could not open the workshop" says it
    said += [text for _kind, text in message_boxes]
    assert f"'{shown}.wtfc' is cut short" in said[-1]
    _shown_in_each(said, raw, shown)


@pytest.mark.parametrize(("raw", "shown"), NAMES)
def test_the_exports_refusals(tmp_path, raw, shown):
    said: list[str] = []
    for refuse in (lambda: write_file(b"%PDF-", tmp_path / raw / f"{raw}.pdf"),  # no folder
                   lambda: export_data(Workshop(), tmp_path / f"{raw}.txt"),
                   lambda: output_name("data", tmp_path / f"{raw}.txt"),
                   lambda: output_name("posters", tmp_path / f"{raw}.docx"),
                   lambda: run_export("posters", "demo", tmp_path / raw / f"{raw}.pdf")):
        with pytest.raises(ExportError) as refused:
            refuse()
        said.append(str(refused.value))
    said.append(output._plain(PermissionError(errno.EACCES, ""), tmp_path / raw / f"{raw}.pdf"))
    assert said[0] == (f"The folder '{tmp_path}{os.sep}{shown}' does not exist, so "
                       f"'{shown}.pdf' could not be saved there.")
    assert said[1].startswith(f"'{shown}.txt' does not end in .xlsx or .csv.")
    assert f"Name the export {shown}.xlsx for one workbook" in said[2]
    assert f"Name it {shown}.pdf" in said[3]
    assert said[5].startswith(f"wtfc may not write '{shown}.pdf' in '{tmp_path}{os.sep}{shown}'")
    current = _saved(tmp_path / f"{raw}.wtfc")
    with pytest.raises(ExportError) as refused:
        read_last_time(str(current), current, load_workshop(current).workshop, print)
    said.append(str(refused.value))
    assert said[-1].startswith(f"'{shown}.wtfc' is this workshop's own file")
    _shown_in_each(said, raw, shown)


def test_a_right_to_left_name_still_says_what_its_ending_does(tmp_path):
    """Set apart, a Hebrew name ends in U+2069: a text .csv is still said to be a spreadsheet."""
    path = tmp_path / "\u05e9\u05dc\u05d5\u05dd.csv"
    path.write_text("hello there")
    with pytest.raises(WorkshopFileError, match=r"is a spreadsheet \(a CSV file"):
        load_workshop(path)
