"""A save's temporary whose writer is known to be gone goes at once, unless another name's
lock in the folder shares its key (that name's save may be under way); an export's is told
apart by its name and goes once older than any export takes, wherever it was written."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from wtfc.export import output
from wtfc.model.temporary_files import (
    _key,
    export_temporary_beside,
    remove_stale_export_temporaries,
    remove_stale_temporaries,
    temporary_beside,
)


def _made(fd_and_name: tuple[int, str], data: bytes, age_s: float = 0) -> Path:
    fd, name = fd_and_name
    os.write(fd, data)
    os.close(fd)
    then = time.time() - age_s
    os.utime(name, (then, then))
    return Path(name)


def _sharing_the_key(path: Path) -> Path:
    key = _key(path)
    return next(path.with_name(f"n{n}.wtfc") for n in range(200_000)
                if _key(Path(f"n{n}.wtfc")) == key)


def test_a_gone_writers_temporary_goes_at_once(tmp_path):
    path = tmp_path / "spring.wtfc"
    left = _made(temporary_beside(path), b'{"people": [{"name": "Ann')
    assert remove_stale_temporaries(path) == []  # nothing says whose: 10 minutes
    assert remove_stale_temporaries(path, writer_gone=True) == [left]


def test_not_while_another_name_with_its_key_holds_a_lock_here(tmp_path):
    path = tmp_path / "spring.wtfc"
    other = _sharing_the_key(path)
    other.with_name(other.name + ".lock").write_text("4242\nwtfc\nhost\n")
    maybe_theirs = _made(temporary_beside(path), b"a save under way")
    assert remove_stale_temporaries(path, writer_gone=True) == []
    assert maybe_theirs.exists()


def test_an_export_cut_short_is_named_as_one_and_cleared_by_age(tmp_path, monkeypatch):
    names = []

    def cut_short(source: str, _target: Path) -> None:
        names.append(Path(source).name)
        raise OSError("the computer stopped")

    monkeypatch.setattr(output, "replace_retrying", cut_short)
    with pytest.raises(output.ExportError):
        output.write_file(b"%PDF-1.4", tmp_path / "report.pdf")
    assert names[0].startswith(".wtfc-xprt") and len(names[0]) == len(".wtfc-0000abcdefgh.tmp")
    pdf = tmp_path / "report.pdf"
    old = _made(export_temporary_beside(pdf), b"%PDF-1.4 names", age_s=180)
    fresh = _made(export_temporary_beside(pdf), b"%PDF-1.4 under way")
    earlier_wtfcs = _made(temporary_beside(pdf), b"%PDF-1.4 names", age_s=700)
    a_save = _made(temporary_beside(tmp_path / "spring.wtfc"), b'{"people": []', age_s=700)
    removed = remove_stale_export_temporaries(tmp_path)
    assert sorted(removed) == sorted([old, earlier_wtfcs])
    assert fresh.exists() and a_save.exists()  # a save's: its own file's lock decides
