"""``wtfc export … -o OUT`` refused OUT only by its ending (.wtfc, .bak, …), but wtfc opens a
workshop by what it holds: a workshop saved as "day.pdf" given ``-o day.pdf`` was written over
("Saved day.pdf", the day's work lost), and so was last spring's "spring.pdf". A file whose
first bytes are a workshop's, or a recovery copy's, is now refused in plain words and left as
it was; any other file is replaced as before."""

from __future__ import annotations

import codecs
import json

import pytest

from wtfc.export.cli import main_export
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop, save_workshop, workshop_to_bytes

OUT = {"posters": "p.pdf", "action-poster": "a.pdf", "report": "r.pdf", "feedback": "f.pdf",
       "data": "d.xlsx"}


def _demo():
    return load_workshop(demo_path()).workshop


@pytest.mark.parametrize("what", list(OUT))
def test_the_workshop_exported_from_is_not_written_over(what, tmp_path, capsys):
    """A workshop saved with the export's own ending, exported into itself."""
    day = tmp_path / f"day{OUT[what][1:]}"  # day.pdf, day.xlsx
    save_workshop(_demo(), day)
    before = day.read_bytes()
    assert main_export([what, str(day), "-o", str(day)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Problem: '{day.name}' is the workshop file you are exporting "
                          f"from.")
    assert "Nothing was saved" in err and "Give -o another name" in err
    assert "Traceback" not in err
    assert day.read_bytes() == before


@pytest.mark.parametrize("how", ["as saved", "pretty", "fields reordered", "utf-16",
                                 "byte-order mark", "older format"])
def test_another_workshop_at_out_is_not_written_over(how, tmp_path, capsys):
    data = workshop_to_bytes(_demo())
    if how in ("pretty", "fields reordered", "older format"):
        raw = json.loads(data)
        if how == "fields reordered":
            raw = {"title": raw.pop("title"), **raw}
        if how == "older format":
            raw["schema_version"] = 1
        data = json.dumps(raw, indent=2, ensure_ascii=False).encode()
    elif how == "utf-16":  # Notepad's "Unicode"
        data = data.decode().encode("utf-16")
    elif how == "byte-order mark":
        data = codecs.BOM_UTF8 + data
    spring = tmp_path / "spring.pdf"
    spring.write_bytes(data)
    assert main_export(["report", "demo", "-o", str(spring)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Problem: 'spring.pdf' holds a wtfc workshop (wtfc opens a workshop "
                          "by what it holds, whatever its name ends in), so the export was not "
                          "saved over it: the work in it would be lost. Nothing was saved.")
    assert spring.read_bytes() == data


def test_a_recovery_copy_or_an_earlier_version_is_not_written_over(tmp_path, capsys):
    from wtfc.model.recovery import SnapshotHeader, SnapshotSerializer

    copy = tmp_path / "copy.pdf"
    copy.write_bytes(SnapshotSerializer().snapshot_bytes(_demo(), SnapshotHeader("", "Spring")))
    assert main_export(["action-poster", "demo", "-o", str(copy)]) == 1
    assert "'copy.pdf' is a recovery copy wtfc keeps of a workshop" in capsys.readouterr().err
    assert copy.read_bytes().startswith(b'{"original_path"')
    spring = tmp_path / "spring.pdf"
    save_workshop(_demo(), spring)
    save_workshop(_demo(), spring)  # spring.pdf.bak kept: a workshop too, by its bytes
    kept = tmp_path / "spring.pdf.bak"
    kept.rename(tmp_path / "kept.pdf")
    assert main_export(["report", "demo", "-o", str(tmp_path / "kept.pdf")]) == 1
    assert "'kept.pdf' holds a wtfc workshop" in capsys.readouterr().err


def test_any_other_file_is_replaced_as_before(tmp_path, capsys):
    """Last week's PDF, a JSON file of something else, a file only starting with a brace."""
    for name, data in (("last.pdf", b"%PDF-1.4 last week's"), ("other.pdf", b'{"pages": 3}'),
                       ("empty.pdf", b"")):
        out = tmp_path / name
        out.write_bytes(data)
        assert main_export(["report", "demo", "-o", str(out)]) == 0, capsys.readouterr().err
        assert out.read_bytes().startswith(b"%PDF") and out.read_bytes() != data


class _Counted:
    """A file read through ``Path.open``, its bytes read counted: past ``most`` (or a read of
    "all the rest") is an error there and then, rather than 4 GB read."""

    def __init__(self, file, most: int) -> None:
        self._file, self._most, self.read_bytes = file, most, 0

    def read(self, size: int | None = -1) -> bytes:
        assert size is not None and size >= 0, "read whole"
        # (asked, not read: asking for 4 GB would read it before any count)
        assert self.read_bytes + size <= self._most, f"read on past {self._most:,} bytes"
        piece = self._file.read(size)
        self.read_bytes += len(piece)
        return piece

    def __getattr__(self, name: str):
        return getattr(self._file, name)

    def __enter__(self) -> _Counted:
        return self

    def __exit__(self, *_exc) -> None:
        self._file.close()


def test_a_huge_out_is_not_read_whole(tmp_path, capsys, monkeypatch):
    """Only its start is read: a 4 GB file (sparse, so nothing is written to disk). What is
    read is counted, not timed: a loaded machine stretches seconds."""
    from pathlib import Path

    from wtfc.export.workshop_at_out import held_by

    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as file:
        file.write(b'{"schema_version":5,"title":"Spring"')
        file.truncate(4 * 1024**3)
    opened, real_open = [], Path.open

    def counted_open(path, *args, **kwargs):
        file = real_open(path, *args, **kwargs)
        if path != huge:
            return file
        opened.append(_Counted(file, most=1024**2))
        return opened[-1]

    with monkeypatch.context() as patch:
        patch.setattr(Path, "open", counted_open)
        assert held_by(huge) == "a wtfc workshop"
        assert main_export(["report", "demo", "-o", str(huge)]) == 1
    assert opened and all(0 < file.read_bytes <= 1024**2 for file in opened)  # its start
    assert huge.stat().st_size == 4 * 1024**3
