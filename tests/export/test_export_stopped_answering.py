"""An export to a stick pulled mid-write or a share that dropped says so in plain words; one
over a home drive's quota says the disk is full; the earlier export stays whole."""

from __future__ import annotations

import errno
import os

import pytest

from wtfc.export import output
from wtfc.export.errors import ExportError

STOPPED = [getattr(errno, name) for name in ("EIO", "ENXIO", "ENODEV", "ESTALE", "ENOTCONN",
                                              "EHOSTDOWN", "ETIMEDOUT") if hasattr(errno, name)]
QUOTA = [errno.EDQUOT] if hasattr(errno, "EDQUOT") else []


def _export_failing(tmp_path, monkeypatch, code: int) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF earlier")

    def fail(_fd):
        raise OSError(code, os.strerror(code))
    monkeypatch.setattr(output.os, "fsync", fail)
    with pytest.raises(ExportError) as caught:
        output.write_file(b"%PDF new", path)
    assert path.read_bytes() == b"%PDF earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
    said = str(caught.value)
    assert os.strerror(code) not in said
    return said


@pytest.mark.parametrize("code", STOPPED, ids=errno.errorcode.get)
def test_a_drive_that_stopped_answering_is_named(tmp_path, monkeypatch, code):
    said = _export_failing(tmp_path, monkeypatch, code)
    assert said.startswith("'report.pdf' could not be saved: the drive or network folder "
                           "stopped answering (a USB stick taken out, or the network dropped).")


@pytest.mark.parametrize("code", QUOTA, ids=errno.errorcode.get)
def test_a_drive_over_its_quota_is_full(tmp_path, monkeypatch, code):
    assert _export_failing(tmp_path, monkeypatch, code) == (
        "The disk is full, so 'report.pdf' could not be saved.")
