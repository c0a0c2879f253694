# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A colleague's workshop in a team folder with the sticky bit (a Linux share made 3770,
macOS's /Users/Shared), the file writable by this user: it opened for editing with no word, and
after the day's work Save said the folder was "read-only or locked by another program". Only a
file's owner may replace it there, as a save does: it now opens read-only and says so, and
Save offers a copy under another name beside it."""

from __future__ import annotations

import os
import sys

import pytest
from test_read_only_files import _save_dialog_answers
from window_fixtures import isolated_settings, shown_window  # noqa: F401

from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Card, Kind, Workshop

pytestmark = [pytest.mark.usefixtures("isolated_settings"),
              pytest.mark.skipif(sys.platform == "win32", reason="the sticky bit is POSIX")]


@pytest.fixture
def team_file(tmp_path):
    folder = tmp_path / "team"
    folder.mkdir()
    path = folder / "spring.wtfc"
    save_workshop(Workshop(title="Spring", cards=[Card(kind=Kind.WORKING, text="Kind carer")]),
                  path)
    folder.chmod(0o1777)
    return path


def test_a_colleagues_file_in_a_sticky_folder_opens_read_only_and_saves_a_copy(
        shown_window, team_file, monkeypatch, message_boxes):
    window = shown_window
    monkeypatch.setattr(os, "geteuid", lambda: 4242)  # not its owner, nor the folder's
    assert window.files.open_path(team_file)
    assert window.undo.read_only and "read-only" in window.windowTitle()
    assert message_boxes == [("information", "Opened read-only: 'spring.wtfc' is another "
                              "person's file in a shared folder where only a file's owner may "
                              "replace it, so it is open read-only here: wtfc could not save "
                              "over it. To make changes, save a copy under another name with "
                              "Save As.")]
    copy = team_file.with_name("spring (copy).wtfc")
    offered = _save_dialog_answers(monkeypatch, copy)
    assert window.files.save()
    assert offered == [str(copy)]  # beside it: the folder takes new files
    assert window.files.path == copy and not window.undo.read_only
    assert load_workshop(copy).workshop.cards[0].text == "Kind carer"


def test_ones_own_file_in_a_sticky_folder_opens_for_editing(shown_window, team_file,
                                                             message_boxes):
    assert shown_window.files.open_path(team_file)
    assert not shown_window.undo.read_only and message_boxes == []
