"""Exports on Windows, simulated: a new file OneDrive or Defender holds for a moment as it is
replaced is tried again, as a workshop save is, and a path past Windows' 259 characters is
said to be too long, not "No such file or directory"."""

from __future__ import annotations

import errno
import os

import pytest

from tests.model.windows_paths import deep_path, windows  # noqa: F401  (windows: a fixture)
from wtfc.export.data import export_data
from wtfc.export.errors import ExportError
from wtfc.export.output import write_file
from wtfc.export.report import export_report
from wtfc.model import temporary_files


class _Held(PermissionError):
    """Windows' sharing violation: OneDrive or Defender is reading the file wtfc just wrote."""

    def __init__(self) -> None:
        super().__init__(errno.EACCES, "The process cannot access the file because it is "
                                       "being used by another process")
        self.winerror = 32


@pytest.fixture
def held_once(monkeypatch) -> list[float]:
    """Every file's first rename is refused; the waits between tries are recorded."""
    real = os.replace
    refused: set[str] = set()
    waits: list[float] = []

    def replace(source, target, *args, **kwargs):
        if os.fspath(target) not in refused:
            refused.add(os.fspath(target))
            raise _Held()
        return real(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(temporary_files.time, "sleep", waits.append)
    return waits


def test_a_report_held_for_a_moment_is_saved_on_a_second_try(workshop, tmp_path, held_once):
    path = tmp_path / "workshop report.pdf"
    export_report(workshop, path)
    assert path.read_bytes().startswith(b"%PDF")
    assert held_once == [0.1]
    assert [p.name for p in tmp_path.iterdir()] == ["workshop report.pdf"]


def test_each_csv_held_for_a_moment_is_saved(workshop, tmp_path, held_once):
    export_data(workshop, tmp_path / "d.csv")
    assert len(held_once) == len(list(tmp_path.iterdir())) > 1
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


def test_a_file_held_for_long_still_says_what_to_do(tmp_path, monkeypatch):
    def always_held(_source, _target):
        raise _Held()
    monkeypatch.setattr(os, "replace", always_held)
    monkeypatch.setattr(temporary_files.time, "sleep", lambda _s: None)
    with pytest.raises(ExportError, match=r"may not write 'r\.pdf'.*open in another program"):
        write_file(b"x", tmp_path / "r.pdf")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.usefixtures("windows")
def test_an_export_whose_name_fits_windows_is_saved_in_a_deep_folder(tmp_path):
    """247 characters: its temporary copy was 261, and the export failed every time."""
    path = deep_path(tmp_path, 247, "theme posters on A4 sheets.pdf")
    write_file(b"%PDF", path)
    assert path.read_bytes() == b"%PDF"


@pytest.mark.usefixtures("windows")
def test_an_export_path_too_long_for_windows_says_so(tmp_path):
    path = deep_path(tmp_path, 263, "theme posters on A4 sheets.pdf")
    with pytest.raises(ExportError) as raised:
        write_file(b"%PDF", path)
    assert str(raised.value) == (
        "The folder and the name together are too long for Windows (263 characters; it allows "
        "259), so 'theme posters on A4 sheets.pdf' could not be saved. Choose a shorter name, "
        "or a folder nearer the top of the drive.")
