"""A shared folder with the sticky bit (a Linux team share made 3770 or 1777, macOS's
/Users/Shared): only a file's owner may replace it there. A save of a colleague's file that
this user may write to said "the folder is read-only or locked by another program" (it is
neither) and left a hidden '.wtfc-….prev' link to their file, which this user could not
remove. Save now says why, before anything is made there."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

from wtfc.model.disk_problems import plain_os_error
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Card, Kind, Workshop

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the sticky bit is POSIX")

OWNER_ONLY = ("'spring.wtfc' is another person's file in a shared folder where only a file's "
              "owner may replace it")


def _workshop(text: str = "Kind carer") -> Workshop:
    return Workshop(title="Spring", cards=[Card(kind=Kind.WORKING, text=text)])


@pytest.fixture
def team_file(tmp_path) -> Path:
    """A colleague's workshop in a sticky team folder that is not this user's either."""
    folder = tmp_path / "team"
    folder.mkdir()
    path = folder / "spring.wtfc"
    save_workshop(_workshop(), path)
    folder.chmod(0o1777)
    return path


def as_a_colleague(monkeypatch) -> None:
    """This user neither the file's owner nor the folder's, and no administrator (the tests
    run as root, which may replace anyone's file)."""
    monkeypatch.setattr(os, "geteuid", lambda: 4242)


def test_saving_over_a_colleagues_file_is_refused_with_why_and_leaves_nothing(team_file,
                                                                              monkeypatch):
    before, there = team_file.read_bytes(), sorted(os.listdir(team_file.parent))
    as_a_colleague(monkeypatch)
    with pytest.raises(WorkshopFileError) as refused:
        save_workshop(_workshop("Changed here"), team_file)
    assert refused.value.problem == f"{OWNER_ONLY}, so wtfc could not save over it. The file " \
                                    f"is untouched."
    assert refused.value.advice == ("Your workshop is safe in wtfc: use Save As to save a copy "
                                    "under another name.")
    assert team_file.read_bytes() == before
    assert sorted(os.listdir(team_file.parent)) == there  # no hidden '.prev', no '.tmp'


def test_a_new_file_and_ones_own_file_save_there(team_file, monkeypatch):
    save_workshop(_workshop("Mine"), team_file)  # this user's own file (and folder): saved
    assert load_workshop(team_file).workshop.cards[0].text == "Mine"
    as_a_colleague(monkeypatch)
    save_workshop(_workshop("A copy"), team_file.with_name("spring (copy).wtfc"))  # new: ours
    assert load_workshop(team_file.with_name("spring (copy).wtfc")).workshop.cards[0].text \
        == "A copy"


def test_the_system_refusing_the_replace_there_says_why(team_file, tmp_path, monkeypatch):
    as_a_colleague(monkeypatch)
    said = plain_os_error(PermissionError(errno.EPERM, "Operation not permitted"), team_file,
                          writing=True)
    assert said.problem == f"{OWNER_ONLY}, so it could not be saved. The previous copy is " \
                          f"untouched."
    elsewhere = tmp_path / "spring.wtfc"  # not sticky: as before
    said = plain_os_error(PermissionError(errno.EACCES, "Permission denied"), elsewhere,
                          writing=True)
    assert "the folder is read-only or locked by another program" in said.problem
