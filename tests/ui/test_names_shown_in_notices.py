# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Three of the day's notices name the file as the window's title does (``name_shown``), not
raw (review R7 #7): a 'Spring[U+202E]gpj.wtfc' turned the rest of the line around, and a line
break split it. The format note after a save, the read-only-folder notice at open, and the
read-only window's "stopped without closing" row."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from lock_fds import no_folder_left_open  # noqa: F401  (autouse: no folder held open)
from settled import until
from test_read_only_watch import _answer_read_only, _notice
from test_read_only_watch_stopped import HOLD, quick_checks  # noqa: F401
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.storage import LoadedWorkshop, save_workshop
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui import format_note, open_checks
from wtfc.ui.format_note import ON_DISK

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
    assert format_note.save_would_update(window).startswith(f"Saving updates '{shown}' to ")
    assert format_note.updated_by_save(window).startswith(f"This save updated '{shown}' to ")


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
