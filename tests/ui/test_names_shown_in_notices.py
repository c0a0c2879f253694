# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Three of the day's notices name the file as the window's title does (``name_shown``), not
raw (review R7 #7): a 'Spring[U+202E]gpj.wtfc' turned the rest of the line around, and a line
break split it. The format note after a save, the read-only-folder notice at open, and the
read-only window's "stopped without closing" row. And the last places (F38): what the disk
refused at a save or an open, "No earlier version was kept", Remove earlier versions…, the
template saved, ``wtfc suggest`` and ``wtfc import --into``."""

from __future__ import annotations

import errno
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from lock_fds import no_folder_left_open  # noqa: F401  (autouse: no folder held open)
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from settled import until
from test_read_only_watch import _answer_read_only, _notice
from test_read_only_watch_stopped import HOLD, quick_checks  # noqa: F401
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.clustering import cli as cluster_cli
from wtfc.importing.cli_advice import into_file
from wtfc.importing.errors import ImportFailed
from wtfc.model import atomic_save, disk_problems, words_taken_off
from wtfc.model.disk_problems import plain_os_error
from wtfc.model.operations.cards import add_card
from wtfc.model.storage import LoadedWorkshop, save_workshop
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui import format_note, open_checks
from wtfc.ui import remove_earlier_versions as rev
from wtfc.ui.file_lock import Holder
from wtfc.ui.format_note import ON_DISK
from wtfc.ui.import_actions import export_template

# a name as it is on disk, and as the title shows it
NAMES = [pytest.param("Spring\u202egpj", "Spring\\u202egpj.wtfc", id="bidi-override"),
         pytest.param("two\nlines", "two lines.wtfc", id="line-break")]


def _file(folder: Path, name: str) -> Path:
    path = folder / f"{name}.wtfc"
    save_workshop(Workshop(title="Spring workshop",
                           cards=[Card(id="c1", kind=Kind.WORKING, text="My carer is kind")]),
                  path)
    return path


class _Window(SimpleNamespace):
    """What the format note reads of a window: its file, the format on disk, its workshop."""

    def property(self, name):
        return self.properties.get(name)

    def setProperty(self, name, value):  # (Qt's name)
        self.properties[name] = value


@pytest.mark.parametrize("name,shown", NAMES)
def test_the_format_note_names_the_file_as_the_title_does(tmp_path, monkeypatch, name, shown):
    path = _file(tmp_path, name)
    window = _Window(files=SimpleNamespace(path=path), doc=SimpleNamespace(workshop=None),
                     properties={ON_DISK: (str(path), 5)})
    monkeypatch.setattr(format_note, "format_needed", lambda _workshop: 6)  # a newer field used
    assert format_note.save_would_update(window).endswith(f" read '{shown}', not change it.")
    assert format_note.updated_by_save(window).endswith(f" read '{shown}', not change it.")


@pytest.mark.parametrize("name,shown", NAMES)
def test_the_read_only_folder_notice_names_the_file_as_the_title_does(tmp_path, monkeypatch,
                                                                      name, shown):
    path = _file(tmp_path, name)
    monkeypatch.setattr(open_checks, "marked_read_only", lambda _path: False)
    monkeypatch.setattr(open_checks, "in_read_only_place", lambda _path: True)
    loaded = LoadedWorkshop(workshop=Workshop())
    said = open_checks.read_only_reason(loaded, path)
    assert said.startswith(f"'{shown}' is on a drive or in a folder wtfc may not write to, ")


@pytest.mark.skipif(sys.platform == "win32", reason="a process killed with SIGKILL")
@pytest.mark.parametrize("name,shown", NAMES)
def test_the_stopped_without_closing_row_names_the_file_as_the_title_does(
        qtbot, make_window, tmp_path, name, shown):
    path = _file(tmp_path, name)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, f"{path}.lock"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
        window = make_window()
        _answer_read_only()
        assert window.files.open_path(path)
        assert window.undo.read_only
        holder.kill()  # its lock stays, naming a process that is gone
        holder.wait()
        until(qtbot, lambda: "stopped" in _notice(window))
        assert _notice(window).startswith(
            f"The other wtfc window on this computer stopped without closing '{shown}': ")
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()


# the rest of wtfc's words naming a file (F38): a name as it is on disk, and as the title shows
# it without its ending (a folder is named so too, where a whole path is said)
PLAIN = [pytest.param("Spring\u202egpj", "Spring\\u202egpj", id="bidi-override"),
         pytest.param("two\nlines", "two lines", id="line-break",
                      marks=pytest.mark.skipif(sys.platform == "win32",
                                               reason="Windows names hold no line break"))]


def _plain(words: str, raw: str, shown: str) -> None:
    """``words`` name the file as shown, never as it is on disk."""
    assert shown in words and raw not in words and "\u202e" not in words, words


# each refusal plain_os_error words: (the error, writing, busy)
_REFUSALS = [(OSError(errno.ENAMETOOLONG, "File name too long"), True, False),
             (FileNotFoundError(errno.ENOENT, "No such file"), True, False),
             (FileNotFoundError(errno.ENOENT, "No such file"), False, False),
             (IsADirectoryError(errno.EISDIR, "Is a directory"), False, False),
             (OSError(errno.EBUSY, "Busy"), True, True),
             (PermissionError(errno.EACCES, "Permission denied"), False, False),
             (PermissionError(errno.EACCES, "Permission denied"), True, False),
             (OSError(errno.ENOSPC, "No space left"), True, False),
             (OSError(errno.EIO, "Input/output error"), True, False),
             (OSError(errno.EIO, "Input/output error"), False, False),
             (OSError(errno.EINVAL, "Invalid argument"), True, False),
             (OSError(errno.EINVAL, "Invalid argument"), False, False)]


@pytest.mark.parametrize(("raw", "shown"), PLAIN)
def test_what_the_disk_refused_names_the_file_and_folder_plainly(tmp_path, raw, shown):
    (tmp_path / raw).mkdir()
    path = tmp_path / raw / f"{raw}.wtfc"
    for exc, writing, busy in _REFUSALS:
        said = plain_os_error(exc, path, writing=writing, busy=busy)
        _plain(f"{said.problem} {said.advice}", raw, shown)


def test_what_the_disk_refused_sets_a_right_to_left_name_apart_once(tmp_path, monkeypatch):
    (tmp_path / "שלום").mkdir()
    path = tmp_path / "שלום" / "שלום.wtfc"  # the folder named so too
    theirs = (PermissionError(errno.EACCES, "Permission denied"), True, False)
    for exc, writing, busy in [*_REFUSALS, theirs]:
        if exc is theirs[0]:  # a shared folder where only a file's owner may replace it
            monkeypatch.setattr(disk_problems, "only_owner_replaces", lambda _path: True)
        said = plain_os_error(exc, path, writing=writing, busy=busy)
        words = f"{said.problem} {said.advice}"  # shown twice, its marks read "\u2068"
        assert "\u2068" in words and "\\u2068" not in words, words


@pytest.mark.parametrize(("raw", "shown"), PLAIN)
def test_no_earlier_version_kept_names_the_bak_plainly(tmp_path, monkeypatch, raw, shown):
    path = _file(tmp_path, raw)
    monkeypatch.setattr(atomic_save, "too_full_to_keep", lambda _path: False)
    said = [atomic_save.no_version_kept(path)]  # "could not keep '….bak' beside it"
    path.with_name(f"{path.name}.bak").write_bytes(path.read_bytes())
    said.append(atomic_save.no_version_kept(path))  # "'….bak' is from an earlier save"
    for words in said:
        _plain(words, raw, f"'{shown}.wtfc.bak'")


@pytest.mark.parametrize(("raw", "shown"), PLAIN)
def test_remove_earlier_versions_names_the_files_plainly(make_window, tmp_path, monkeypatch,
                                                         message_boxes, raw, shown):
    (tmp_path / raw).mkdir()
    path = _file(tmp_path / raw, raw)
    for kept in (f"{raw}.wtfc.bak", f"{raw} (changed elsewhere 10-20).wtfc"):
        path.with_name(kept).write_bytes(path.read_bytes())
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    window.undo.push(add_card(window.doc, kind=Kind.NOT_WORKING, text="No lift"))  # unsaved
    asked: list[QMessageBox] = []

    def answer(box) -> int:  # the question: Delete, not Save first
        asked.append(box)
        next(b for b in box.buttons() if b.objectName() == "remove").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    deleted = rev.remove_kept
    monkeypatch.setattr(rev, "remove_kept", lambda found: [  # the .bak stays: a warning says so
        *deleted(found[1:]), (found[0], "another program has it open")])
    assert not rev.remove_earlier_versions(window)
    said = [asked[0].text(), asked[0].informativeText(), window.statusBar().currentMessage()]
    said += [text for _kind, text in message_boxes]
    assert len(said) == 4
    for words in said:
        _plain(words, raw, shown)
    assert f"'{shown}.wtfc.bak' and '{shown} (changed elsewhere 10-20).wtfc'" in said[1]
    assert "in the folder '" in said[3] and f"{shown}' instead." in said[3]
    holder = Holder(hostname="LAPTOP-7F3KQ2", pid=1, since=None)
    _plain(rev._stays({path.with_name(f"{raw}.wtfc.bak"): holder}), raw, shown)
    monkeypatch.setattr(words_taken_off, "parts_took_words_off", lambda *_a: True)
    _plain(rev.words_still_kept(path, Workshop(), Workshop()), raw, f"'{shown}.wtfc.bak'")


@pytest.mark.parametrize(("raw", "shown"), PLAIN)
def test_the_template_saved_names_its_file_plainly(qtbot, tmp_path, monkeypatch,
                                                   message_boxes, raw, shown):
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen = tmp_path / f"{raw}.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(chosen), "CSV file (*.csv)"))
    assert export_template(parent) == chosen  # written where asked, by its own name
    assert chosen.is_file()
    _plain(message_boxes[0][1], raw, f"saved as {shown}.csv.")


@pytest.mark.parametrize(("raw", "shown"), PLAIN)
def test_wtfc_suggest_names_the_files_plainly(tmp_path, monkeypatch, capsys, raw, shown):
    monkeypatch.setattr(cluster_cli, "group_labels", lambda texts, k: [0] * len(texts))
    folder = tmp_path / raw
    folder.mkdir()
    statements = folder / f"{raw}.csv"
    statements.write_text("id,text\ns1,The bus never comes\n", encoding="utf-8")
    (folder / f"{raw} out.csv").mkdir()  # a folder where the output would go
    workshop = _file(folder, raw)
    unnamed = folder / f"{raw} notes.csv"  # no column of statements it can tell
    unnamed.write_text("ref,comment\ns1,The bus never comes\n", encoding="utf-8")
    for args, code in [([str(folder / "gone.csv"), "-o", "out.csv"], 1),  # no such file
                       ([str(folder), "-o", "out.csv"], 1),  # a folder given as the CSV
                       ([str(workshop), "-o", "out.csv"], 1),  # a workshop given as the CSV
                       ([str(unnamed), "-o", "out.csv"], 1),  # "… has no column called text"
                       ([str(statements), "-o", str(folder / f"{raw}.txt")], 2),
                       ([str(statements), "-o", str(folder / f"{raw} out.csv")], 1),
                       ([str(statements), "-o", str(folder / f"{raw} themes.csv")], 0)]:
        assert cluster_cli.main_suggest(args) == code
        printed = capsys.readouterr()
        _plain(printed.out + printed.err, raw, shown)
    assert (folder / f"{raw} themes.csv").is_file()  # written by its own name


@pytest.mark.parametrize(("raw", "shown"), PLAIN)
def test_wtfc_import_into_names_the_file_plainly(tmp_path, raw, shown):
    for into in (f"{tmp_path / raw}/", f"{raw}.csv"):  # no such folder; not a workshop ending
        with pytest.raises(ImportFailed) as refused:
            into_file(into)
        _plain(str(refused.value), raw, shown)
