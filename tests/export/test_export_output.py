"""How an export reaches the disk: the permissions it gets, and what a failure leaves behind."""

from __future__ import annotations

import os
import stat

import pytest

from wtfc.export.data import export_data
from wtfc.export.output import write_file
from wtfc.export.report import export_report

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_a_new_export_gets_the_umasks_permissions_not_private_ones(workshop, tmp_path,
                                                                   umask_022):
    """mkstemp makes its file 0600; a report in a shared folder must be readable by others,
    as a saved .wtfc file is."""
    written = [export_report(workshop, tmp_path / "report.pdf"),
               *export_data(workshop, tmp_path / "data.xlsx"),
               *export_data(workshop, tmp_path / "data.csv")]
    assert len(written) == 8
    assert {p.name: _mode(p) for p in written} == {p.name: 0o644 for p in written}


@posix_only
def test_another_umask_is_followed_too(tmp_path):
    old = os.umask(0o027)
    try:
        write_file(b"x", tmp_path / "a.pdf")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "a.pdf") == 0o640


@posix_only
def test_replacing_an_export_keeps_the_permissions_it_had(tmp_path, umask_022):
    path = tmp_path / "report.pdf"
    write_file(b"old", path)
    path.chmod(0o664)  # shared with the team
    write_file(b"new", path)
    assert path.read_bytes() == b"new"
    assert _mode(path) == 0o664
