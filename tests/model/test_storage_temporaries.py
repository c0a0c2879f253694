"""What a save cut short leaves beside a file is cleared the next time it is safe to (on open,
before an export), and nothing else: a file of the user's that only looks like one stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from workshop_builders import sample_workshop

from wtfc.model import storage
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import remove_stale_temporaries, save_workshop


def _left_by_a_crash(path: Path, monkeypatch) -> Path:
    """The half-written copy a save leaves when the computer stops before its rename: the
    name write_atomically gave it, kept (a failed save removes it; a crash cannot)."""
    names: list[str] = []

    def cut_short(source: str, _target: Path) -> None:
        names.append(source)
        raise OSError("the computer stopped")

    with monkeypatch.context() as patch:
        patch.setattr(storage, "_replace_retrying", cut_short)
        with pytest.raises(WorkshopFileError):
            save_workshop(sample_workshop(), path)
    leftover = Path(names[0])
    leftover.write_bytes(b'{"schema_version": 2, "ti')
    return leftover


def test_only_what_a_save_left_is_removed(tmp_path, monkeypatch):
    path = tmp_path / "report.pdf"
    leftover = _left_by_a_crash(path, monkeypatch)
    users = [
        ".report.pdf.notes.tmp",
        ".report.pdf.my-notes.tmp",
        ".report.pdf.old.v2.tmp",
        ".report.pdf..tmp",
        ".other.pdf.abcd1234.tmp",
        "report.pdf.abcd1234.tmp",
    ]
    for name in users:
        (tmp_path / name).write_bytes(b"the user's own")
    remove_stale_temporaries(path)
    assert not leftover.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(users)
