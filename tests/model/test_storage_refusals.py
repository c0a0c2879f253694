"""Files wtfc must not save over: one marked read-only (its read-only box, or its
permissions), and one a newer wtfc wrote. Each is refused in plain words and left untouched."""

from __future__ import annotations

import errno
import json
import os
import tempfile

import pytest
from workshop_builders import sample_workshop

from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import load_workshop, marked_read_only, save_workshop, workshop_to_bytes
from wtfc.model.workshop import SCHEMA_VERSION


def _as_if_read_only(monkeypatch, path):
    """Tests run as root, for whom os.access is always True: say no for this one file, as it
    would for anyone else after chmod 444 (or Windows' read-only box)."""
    real = os.access

    def access(target, mode, *args, **kwargs):
        if os.fspath(target) == os.fspath(path) and mode & os.W_OK:
            return False
        return real(target, mode, *args, **kwargs)
    monkeypatch.setattr(os, "access", access)


def test_a_file_marked_read_only_is_not_saved_over(tmp_path, monkeypatch):
    """os.replace needs only the folder to be writable: on Linux it replaced a chmod 444 file
    without a word."""
    path = tmp_path / "spring.wtfc"
    save_workshop(sample_workshop(), path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    os.chmod(path, 0o444)
    _as_if_read_only(monkeypatch, path)
    assert marked_read_only(path)
    with pytest.raises(WorkshopFileError) as caught:
        save_workshop(sample_workshop().model_copy(update={"title": "Lost"}), path)
    assert caught.value.problem == ("'spring.wtfc' is marked read-only, so wtfc did not save "
                                    "over it. The file is untouched.")
    assert "use Save As to save a copy under another name" in caught.value.advice
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_a_file_on_a_read_only_drive_is_said_so_not_marked(tmp_path, monkeypatch):
    """A write-protected USB stick or a read-only share: the file carries no mark to take off,
    so the words name the drive or folder, and Save As is to go somewhere else."""
    path = tmp_path / "spring.wtfc"
    save_workshop(sample_workshop(), path)
    before = path.read_bytes()
    real = os.access
    read_only = {os.fspath(path), os.fspath(tmp_path)}
    monkeypatch.setattr(os, "access", lambda target, mode, *a, **k: (
        False if os.fspath(target) in read_only and mode & os.W_OK
        else real(target, mode, *a, **k)))
    with pytest.raises(WorkshopFileError) as caught:
        save_workshop(sample_workshop().model_copy(update={"title": "Lost"}), path)
    assert caught.value.problem == ("'spring.wtfc' is on a drive or in a folder wtfc may not "
                                    "write to, so wtfc did not save over it. The file is "
                                    "untouched.")
    assert "marked" not in str(caught.value)
    assert "use Save As to save a copy somewhere else" in caught.value.advice
    assert path.read_bytes() == before

def test_a_new_file_or_a_writable_one_is_not_read_only(tmp_path):
    path = tmp_path / "spring.wtfc"
    assert not marked_read_only(path)
    save_workshop(sample_workshop(), path)
    assert not marked_read_only(path)
    assert not marked_read_only(tmp_path)  # a folder: saving says it is one


def _newer_file(path, *, pretty: bool = False) -> bytes:
    raw = json.loads(workshop_to_bytes(sample_workshop()))
    raw["schema_version"] = SCHEMA_VERSION + 1
    raw["gadgets"] = [{"what": "a part only the newer wtfc knows"}]
    data = (b"\xef\xbb\xbf" + json.dumps(raw, indent=2).encode() if pretty  # Notepad's BOM
            else json.dumps(raw, separators=(",", ":")).encode())
    path.write_bytes(data)
    return data


@pytest.mark.parametrize("pretty", [False, True])
def test_a_file_from_a_newer_wtfc_is_not_saved_over(tmp_path, pretty):
    """Saving over it would write this version's format and drop what the newer one added."""
    path = tmp_path / "spring.wtfc"
    data = _newer_file(path, pretty=pretty)
    with pytest.raises(WorkshopFileError) as caught:
        save_workshop(load_workshop(path).workshop, path)
    assert caught.value.problem == (
        "'spring.wtfc' was made with a newer wtfc than this one, so wtfc did not save over it: "
        "this version would lose what the newer one wrote. The file is untouched.")
    assert f"(format {SCHEMA_VERSION + 1})" in caught.value.for_command_line()
    assert "use Save As to save it under another name" in caught.value.advice
    assert [p.name for p in tmp_path.iterdir()] == ["spring.wtfc"]
    assert path.read_bytes() == data


@pytest.mark.parametrize("content", [
    b"", b"not a workshop", b'{"schema_version": 1, "title": "old"}', b'{"title": "x"}',
    b'{"schema_version": "9"}', b"[1, 2]"])
def test_files_of_this_version_or_older_or_not_workshops_are_saved_over(tmp_path, content):
    path = tmp_path / "spring.wtfc"
    path.write_bytes(content)
    save_workshop(sample_workshop(), path)
    assert load_workshop(path).workshop == sample_workshop()


def test_a_name_too_long_for_the_disk_is_refused_in_plain_words(tmp_path):
    """It raised a bare OSError, or spoke of a previous copy there never was and of saving
    'somewhere else' when a shorter name is what is needed."""
    with pytest.raises(WorkshopFileError) as caught:
        save_workshop(sample_workshop(), tmp_path / ("d" * 262 + ".wtfc"))
    assert caught.value.problem == (f"The name '{'d' * 40}….wtfc' is too long for a file here, "
                                    f"so it could not be saved.")
    assert caught.value.advice.endswith("use Save As and choose a shorter name.")
    assert list(tmp_path.iterdir()) == []


def test_a_name_at_the_disks_limit_is_saved(tmp_path):
    """255 bytes, as much as a name may have: its temporary copy's name, 14 bytes longer, did
    not fit, so it was refused as too long."""
    path = tmp_path / ("d" * 250 + ".wtfc")
    save_workshop(sample_workshop(), path)
    assert load_workshop(path).workshop == sample_workshop()


def test_windows_says_a_name_is_too_long_its_own_way(tmp_path, monkeypatch):
    def refuse(*_args, **_kwargs):
        exc = FileNotFoundError(errno.ENOENT, "The filename or extension is too long")
        exc.winerror = 206  # ERROR_FILENAME_EXCED_RANGE, which Python reads as 'not found'
        raise exc
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(WorkshopFileError, match="is too long for a file here"):
        save_workshop(sample_workshop(), tmp_path / "spring.wtfc")


def test_a_first_save_that_fails_speaks_of_no_previous_copy(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "fsync", lambda _fd: (_ for _ in ()).throw(OSError(errno.EIO, "I/O")))
    with pytest.raises(WorkshopFileError) as caught:
        save_workshop(sample_workshop(), tmp_path / "new.wtfc")
    assert caught.value.problem == ("'new.wtfc' could not be saved: the drive or network "
                                    "folder stopped answering (a USB stick taken out, or the "
                                    "network dropped).")
