"""A stick pulled mid-save, a network share that dropped, a home drive over its quota: said in
plain words, not the system's ("Input/output error", "Stale file handle", "Disk quota
exceeded"), and the previous copy stays."""

from __future__ import annotations

import errno
import os

import pytest
from workshop_builders import sample_workshop

from wtfc.model import atomic_save
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import load_workshop, save_workshop

STOPPED = [getattr(errno, name) for name in ("EIO", "ENXIO", "ENODEV", "ESTALE", "ENOTCONN",
                                              "EHOSTDOWN", "ETIMEDOUT") if hasattr(errno, name)]


def _failing_fsync(monkeypatch, code: int) -> None:
    def fail(_fd):
        raise OSError(code, os.strerror(code))
    monkeypatch.setattr(atomic_save.os, "fsync", fail)


@pytest.mark.parametrize("code", STOPPED, ids=errno.errorcode.get)
def test_a_drive_that_stopped_answering_is_named_not_the_systems_words(tmp_path, monkeypatch,
                                                                        code):
    path = tmp_path / "spring.wtfc"
    save_workshop(sample_workshop(), path)
    before = path.read_bytes()
    _failing_fsync(monkeypatch, code)
    with pytest.raises(WorkshopFileError) as caught:
        save_workshop(sample_workshop().model_copy(update={"title": "Lost"}), path)
    said = str(caught.value)
    assert os.strerror(code) not in said
    assert "drive or network folder stopped answering" in said
    assert "USB stick taken out" in said and "The previous copy is untouched" in said
    assert "use Save As" in said
    assert path.read_bytes() == before and load_workshop(path).workshop == sample_workshop()


@pytest.mark.skipif(not hasattr(errno, "EDQUOT"), reason="no quotas here")
def test_a_drive_over_its_quota_is_said_as_a_full_disk(tmp_path, monkeypatch):
    path = tmp_path / "spring.wtfc"
    save_workshop(sample_workshop(), path)
    _failing_fsync(monkeypatch, errno.EDQUOT)
    with pytest.raises(WorkshopFileError) as caught:
        save_workshop(sample_workshop(), path)
    said = str(caught.value)
    assert os.strerror(errno.EDQUOT) not in said
    assert said.startswith("The disk is full, so 'spring.wtfc' could not be saved.")
    assert "free some space" in said
