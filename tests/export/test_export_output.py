"""How an export reaches the disk: the permissions it gets, and what a failure leaves behind."""

from __future__ import annotations

import os
import stat

import pytest

from wtfc.export.data import export_data
from wtfc.export.errors import ExportError
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
    assert len(written) == 12  # the report, the workbook, a CSV file for each of 10 tables
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


CSV_NAMES = ["d-cards.csv", "d-themes.csv", "d-causes.csv", "d-success.csv", "d-actions.csv",
             "d-counts.csv", "d-record.csv", "d-people.csv", "d-card-themes.csv", "d-about.csv"]


def _earlier_csv_export(tmp_path) -> dict[str, bytes]:
    for name in CSV_NAMES:
        (tmp_path / name).write_bytes(b"earlier export\r\n")
    return {name: b"earlier export\r\n" for name in CSV_NAMES}


def _files(tmp_path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}


def test_a_folder_named_like_the_third_csv_changes_no_file(workshop, tmp_path):
    """It used to replace the first two files, then stop: half this export, half the last."""
    before = _earlier_csv_export(tmp_path)
    (tmp_path / "d-causes.csv").unlink()
    (tmp_path / "d-causes.csv").mkdir()
    del before["d-causes.csv"]
    with pytest.raises(ExportError, match=r"d-causes\.csv' is a folder"):
        export_data(workshop, tmp_path / "d.csv")
    assert _files(tmp_path) == before  # no file changed, no temporary file left


def test_a_csv_open_in_another_program_on_windows_changes_no_file(workshop, tmp_path,
                                                                    monkeypatch):
    """Windows will not let a file open in Excel be opened for writing or replaced: the files
    are tried before any is replaced."""
    from pathlib import Path

    from wtfc.export import output

    monkeypatch.setattr(output, "_OPEN_FILES_ARE_LOCKED", True)
    before = _earlier_csv_export(tmp_path)
    path_open = Path.open

    def open_in_excel(self, mode="r", *args, **kwargs):
        if self.name == "d-causes.csv" and "a" in mode:
            raise PermissionError(13, "Permission denied")
        return path_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_in_excel)
    with pytest.raises(ExportError, match=r"may not write 'd-causes\.csv'.*open in another"):
        export_data(workshop, tmp_path / "d.csv")
    assert _files(tmp_path) == before


def test_a_csv_that_cannot_be_replaced_part_way_is_named_with_those_that_were(workshop,
                                                                               tmp_path,
                                                                               monkeypatch):
    from wtfc.export import output

    before = _earlier_csv_export(tmp_path)
    replace = os.replace

    def refuse_the_third(source, target):
        if os.fspath(target).endswith("d-causes.csv"):
            raise PermissionError(13, "Permission denied")
        replace(source, target)

    monkeypatch.setattr(output.os, "replace", refuse_the_third)
    with pytest.raises(ExportError) as raised:
        export_data(workshop, tmp_path / "d.csv")
    message = str(raised.value)
    assert "may not write 'd-causes.csv'" in message
    assert ("saved only in part: 'd-cards.csv' and 'd-themes.csv' are new, but "
            "'d-causes.csv', 'd-success.csv', 'd-actions.csv', 'd-counts.csv', "
            "'d-record.csv', 'd-people.csv', 'd-card-themes.csv' and 'd-about.csv' are not") \
        in message
    after = _files(tmp_path)
    assert set(after) == set(before)  # no temporary file left behind
    assert [n for n in CSV_NAMES if after[n] != before[n]] == ["d-cards.csv", "d-themes.csv"]


def test_a_single_file_that_cannot_be_replaced_says_only_why(tmp_path, monkeypatch):
    from wtfc.export import output

    def refuse(source, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(output.os, "replace", refuse)
    with pytest.raises(ExportError) as raised:
        write_file(b"x", tmp_path / "r.pdf")
    assert "only in part" not in str(raised.value)
    assert list(tmp_path.iterdir()) == []


def test_an_export_cut_short_earlier_leaves_no_hidden_copy_after_the_next(workshop, tmp_path):
    """A kill mid-export left '.cards.xlsx.i3ffsodz.tmp' beside the export: a whole hidden
    copy of the card sheet, which later exports never took away."""
    (tmp_path / "cards.xlsx").write_bytes(b"earlier export")
    stale = ["cards.xlsx", "d-cards.csv", "d-counts.csv"]
    for name in stale:
        (tmp_path / f".{name}.i3ffsodz.tmp").write_bytes(b"the whole card sheet")
    others = {".spring.wtfc.k2j4.tmp": b"a save under way",  # another file's: not this export's
              ".other.xlsx.k2j4.tmp": b"another export", "notes.tmp": b"the user's",
              ".cards.xlsx.notes.tmp": b"the user's, named like a temporary"}
    for name, data in others.items():
        (tmp_path / name).write_bytes(data)
    export_data(workshop, tmp_path / "cards.xlsx")
    export_data(workshop, tmp_path / "d.csv")
    hidden = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.name.endswith(".tmp")}
    assert hidden == others
