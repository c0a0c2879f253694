"""Files wtfc must not save over: one marked read-only (its read-only box, or its
permissions), and one a newer wtfc wrote. Each is refused in plain words and left untouched."""

from __future__ import annotations

import os

import pytest
from workshop_builders import sample_workshop

from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import marked_read_only, save_workshop


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


def test_a_new_file_or_a_writable_one_is_not_read_only(tmp_path):
    path = tmp_path / "spring.wtfc"
    assert not marked_read_only(path)
    save_workshop(sample_workshop(), path)
    assert not marked_read_only(path)
    assert not marked_read_only(tmp_path)  # a folder: saving says it is one
