"""Saving on Windows, simulated: a path past Windows' 259 characters (a deep OneDrive for
Business folder) and a file Windows will not let wtfc replace. Windows refuses a path that
long as "the path cannot be found" (FileNotFoundError), though the folder is there."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from windows_paths import deep_path, windows  # noqa: F401  (windows: a fixture)
from workshop_builders import sample_workshop

from wtfc.model import temporary_files
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import backup_path, load_workshop, save_workshop


def _path_of(tmp_path: Path, length: int, name: str = "spring cycle workshop.wtfc") -> Path:
    return deep_path(tmp_path, length, name)


@pytest.mark.parametrize("length", [246, 252, 259])
@pytest.mark.usefixtures("windows")
def test_a_name_that_fits_windows_is_saved_in_a_deep_folder(tmp_path, length):
    """Its temporary copy was 14 characters longer than the name: every save failed, saying
    the folder could not be found."""
    path = _path_of(tmp_path, length)
    save_workshop(sample_workshop(), path)
    save_workshop(sample_workshop().model_copy(update={"title": "Again"}), path)
    assert load_workshop(path).workshop.title == "Again"
    assert [p.name for p in path.parent.iterdir() if p.suffix == ".tmp"] == []


def _titled(title: str):
    return sample_workshop().model_copy(update={"title": title})


@pytest.mark.parametrize(("length", "kept"), [(246, 3), (254, 3), (255, 1)])
@pytest.mark.usefixtures("windows")
def test_the_versions_before_are_kept_in_a_deep_folder_as_many_as_fit(tmp_path, length, kept):
    """The one before was set aside as '.NAME.previous', 10 characters longer than the name:
    past 249 that failed without a word, and no .bak was kept. Where '.bak2' (5 longer) does
    not fit, .bak is still the version before, not the first one ever kept."""
    path = _path_of(tmp_path, length)
    for n in range(1, 6):
        save_workshop(_titled(f"Version {n}"), path, versions=3)
    assert [load_workshop(backup_path(path, n)).workshop.title for n in range(1, kept + 1)] == \
        ["Version 4", "Version 3", "Version 2"][:kept]
    assert not backup_path(path, kept + 1).exists()


@pytest.mark.usefixtures("windows")
def test_where_no_bak_fits_the_save_still_works_every_time(tmp_path):
    path = _path_of(tmp_path, 257)  # the file fits; its .bak, 4 longer, does not
    for title in ("Version 1", "Version 2", "Version 3"):
        save_workshop(_titled(title), path)
        assert load_workshop(path).workshop.title == title
    # the version before was not left hidden beside it: no save could keep it as .bak
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_a_version_a_crash_left_under_the_old_aside_name_is_still_kept(tmp_path):
    path = tmp_path / "spring.wtfc"
    save_workshop(_titled("Version 1"), path)
    os.replace(path, tmp_path / ".spring.wtfc.previous")  # a crash after the replace, before
    save_workshop(_titled("Version 2"), path, backup=False)  # an update
    save_workshop(_titled("Version 3"), path, versions=2)
    assert [load_workshop(p).workshop.title for p in (backup_path(path, 1),
            backup_path(path, 2))] == ["Version 2", "Version 1"]
    assert sorted(p.name for p in tmp_path.iterdir()) == \
        ["spring.wtfc", "spring.wtfc.bak", "spring.wtfc.bak2"]


@pytest.mark.usefixtures("windows")
def test_a_path_too_long_for_windows_is_said_so_not_a_missing_folder(tmp_path):
    path = _path_of(tmp_path, 262)
    with pytest.raises(WorkshopFileError) as caught:
        save_workshop(sample_workshop(), path)
    assert caught.value.problem == (
        "The folder and the name together are too long for Windows (262 characters; it allows "
        "259), so 'spring cycle workshop.wtfc' could not be saved.")
    assert caught.value.advice == ("Your workshop is safe in wtfc: use Save As and choose a "
                                   "shorter name, or a folder nearer the top of the drive.")
    assert list(path.parent.iterdir()) == []


@pytest.mark.usefixtures("windows")
def test_a_folder_that_is_really_gone_is_still_said_to_be(tmp_path):
    path = _path_of(tmp_path, 262)
    path.parent.rmdir()
    with pytest.raises(WorkshopFileError, match="cannot be found"):
        save_workshop(sample_workshop(), path)


class _WindowsError(PermissionError):
    def __init__(self, winerror: int) -> None:
        super().__init__(errno.EACCES, "Access is denied")
        self.winerror = winerror


@pytest.fixture
def waits(monkeypatch) -> list[float]:
    said: list[float] = []
    monkeypatch.setattr(temporary_files.time, "sleep", said.append)
    return said


def _replace_refused(monkeypatch, winerror: int) -> list[object]:
    calls: list[object] = []

    def refuse(_source, target):
        calls.append(target)
        raise _WindowsError(winerror)
    monkeypatch.setattr(os, "replace", refuse)
    return calls


def test_a_file_windows_will_not_let_wtfc_replace_is_not_called_busy(tmp_path, monkeypatch,
                                                                     waits):
    """A share where one may add files but not change them gives access denied (winerror 5)
    every time: 'try Save again in a moment' never helped."""
    path = tmp_path / "spring.wtfc"
    save_workshop(sample_workshop(), path)
    before = path.read_bytes()
    calls = _replace_refused(monkeypatch, 5)
    with pytest.raises(WorkshopFileError) as caught:
        save_workshop(sample_workshop().model_copy(update={"title": "Lost"}), path)
    assert len(calls) == 4 and sum(waits) == pytest.approx(1.0)  # a pending delete passes
    assert caught.value.problem == (
        "Windows would not let wtfc replace 'spring.wtfc' (another program has it open, or you "
        "may not change files in this folder), so it could not be saved. The previous copy is "
        "untouched.")
    assert caught.value.advice == ("Your workshop is safe in wtfc: use Save As to save it under "
                                   "another name or somewhere else.")
    assert path.read_bytes() == before


@pytest.mark.parametrize("winerror", [32, 33])
def test_a_file_another_program_holds_is_still_worth_trying_again(tmp_path, monkeypatch, waits,
                                                                  winerror):
    path = tmp_path / "spring.wtfc"
    save_workshop(sample_workshop(), path)
    _replace_refused(monkeypatch, winerror)
    with pytest.raises(WorkshopFileError) as caught:
        save_workshop(sample_workshop(), path)
    assert caught.value.problem.startswith("Another program (OneDrive, an antivirus or a backup "
                                           "tool) is holding 'spring.wtfc' open")
    assert "try Save again in a moment" in caught.value.advice
