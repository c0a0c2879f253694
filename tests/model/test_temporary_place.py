"""Which files are in a temporary folder (an e-mail attachment's copy, a file opened inside a
.zip), found without Qt. The test conftest declares none; these tests declare their own."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from wtfc.model.temporary_place import (
    ATTACHMENT,
    IN_ZIP,
    ROOTS_ENV,
    TEMPORARY,
    in_temporary_folder,
    opened_from_temporary,
)


@pytest.fixture
def temp(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "Temp"
    folder.mkdir()
    monkeypatch.setenv(ROOTS_ENV, str(folder))
    return folder


def test_a_file_in_a_declared_temporary_folder_and_not_beside_it(temp, tmp_path):
    assert in_temporary_folder(temp / "spring.wtfc") == TEMPORARY
    assert in_temporary_folder(temp / "7zO1234" / "spring.wtfc") == TEMPORARY
    assert in_temporary_folder(tmp_path / "Documents" / "spring.wtfc") == ""
    assert in_temporary_folder(tmp_path / "Temp2" / "spring.wtfc") == ""  # a name that starts so
    assert in_temporary_folder(temp) == ""  # the folder itself is not a file in it


def test_a_mail_programs_copy_is_an_attachment(temp, tmp_path):
    assert in_temporary_folder(temp / "mozilla_jane0" / "spring.wtfc") == ATTACHMENT
    # Outlook's hidden folder and Apple Mail's, wherever the profile is
    outlook = tmp_path / "AppData" / "Local" / "Microsoft" / "Windows" / "INetCache"
    assert in_temporary_folder(outlook / "Content.Outlook" / "X1Y2Z3" / "s.wtfc") == ATTACHMENT
    mail = tmp_path / "Library" / "Containers" / "com.apple.mail" / "Data" / "Library"
    assert in_temporary_folder(mail / "Mail Downloads" / "A-B" / "spring.wtfc") == ATTACHMENT


def test_a_file_opened_inside_a_zip_in_explorer(temp, tmp_path):
    assert in_temporary_folder(tmp_path / "Temp1_spring papers.zip" / "spring.wtfc") == IN_ZIP
    assert in_temporary_folder(tmp_path / "spring papers.zip" / "spring.wtfc") == ""


def test_a_link_is_judged_by_where_its_file_is(temp, tmp_path):
    (temp / "spring.wtfc").write_text("{}")
    link = tmp_path / "spring.wtfc"
    link.symlink_to(temp / "spring.wtfc")
    assert in_temporary_folder(link) == TEMPORARY


def test_none_declared_and_the_systems_own(monkeypatch, tmp_path):
    monkeypatch.setenv(ROOTS_ENV, "")  # as the test conftest has it: nothing is temporary
    assert in_temporary_folder(tmp_path / "spring.wtfc") == ""
    monkeypatch.delenv(ROOTS_ENV)  # the system's: Python's temporary folder and Thunderbird's
    system_temp = Path(tempfile.gettempdir())
    assert in_temporary_folder(system_temp / "spring.wtfc") == TEMPORARY
    assert in_temporary_folder(system_temp / "mozilla_jane0" / "spring.wtfc") == ATTACHMENT
    monkeypatch.setenv("TMPDIR", os.sep)  # never "every file is temporary"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert in_temporary_folder(Path(os.sep) / "srv" / "team" / "spring.wtfc") == ""


def test_what_opening_says():
    said = opened_from_temporary("spring.wtfc", ATTACHMENT)
    assert said.startswith("'spring.wtfc' is an e-mail attachment's copy")
    assert "may delete it without asking, with any work saved there" in said
    assert said.endswith("Save it in your Documents or team folder first: File → Save As.")
    assert "inside a .zip" in opened_from_temporary("spring.wtfc", IN_ZIP)


def test_a_team_share_mounted_by_the_linux_desktop_is_not_temporary(monkeypatch):
    """GNOME's and KDE's file managers mount the team's share (and Google Drive) inside the
    desktop's runtime folder, and the portal hands files over there (review 32 A1 1): every
    open said "temporary" and the facilitator copied the team's file to their Documents."""
    monkeypatch.delenv(ROOTS_ENV)  # the system's own folders, as a laptop has them
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/run/user/1000")
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.delenv(name, raising=False)
    for shared in ("gvfs/smb-share:server=council,share=team/WTFC",
                   "gvfs/google-drive:host=council.gov.uk,user=sam/WTFC",
                   "kio-fuse-AbCdEf/smb/council/team/WTFC", "doc/3f9a1b2c"):
        assert in_temporary_folder(f"/run/user/1000/{shared}/spring.wtfc") == "", shared
    assert in_temporary_folder("/tmp/mozilla_sam0/spring.wtfc") == ATTACHMENT  # Thunderbird's
