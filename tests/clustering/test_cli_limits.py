"""``wtfc suggest`` on a file too big to group, or not a file at all: one plain "Problem:" line
and exit code 1, never a numpy MemoryError traceback after a long wait or a read without end."""

from __future__ import annotations

import os

import pytest

from wtfc.clustering import cli
from wtfc.clustering.cli import main_suggest
from wtfc.importing import limits


def _csv(path, rows: int) -> None:
    path.write_text("id,text\n" + "".join(f"s{i},the bus was late again {i}\n"
                                          for i in range(rows)), encoding="utf-8")


def test_the_size_limit_is_imports(tmp_path):
    assert cli.MAX_FILE_BYTES == limits.MAX_FILE_BYTES  # repeated: clustering may not import it
    assert cli.MAX_STATEMENTS <= limits.MAX_ROWS


def test_more_statements_than_suggest_groups_are_counted_and_refused(tmp_path, capsys,
                                                                    monkeypatch):
    monkeypatch.setattr(cli, "MAX_STATEMENTS", 10)
    monkeypatch.setattr(cli, "group_labels", lambda *a, **k: pytest.fail("grouped anyway"))
    _csv(tmp_path / "big.csv", 25)
    assert main_suggest([str(tmp_path / "big.csv"), "-o", str(tmp_path / "o.csv")]) == 1
    err = capsys.readouterr().err
    assert err == ("Problem: big.csv has 25 statements; wtfc suggest groups up to 10 at a "
                   "time. Split it (by area or by kind) and suggest each part.\n")
    assert not (tmp_path / "o.csv").exists()


def test_as_many_statements_as_the_limit_are_grouped(tmp_path, capsys, monkeypatch, embedder):
    monkeypatch.setattr(cli, "MAX_STATEMENTS", 10)
    _csv(tmp_path / "ten.csv", 10)
    assert main_suggest([str(tmp_path / "ten.csv"), "-o", str(tmp_path / "o.csv")]) == 0
    assert "Wrote 10 statements" in capsys.readouterr().out


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, capsys,
                                                                monkeypatch):
    monkeypatch.setattr(cli, "MAX_FILE_BYTES", 3 * 1024 * 1024)
    _csv(tmp_path / "huge.csv", 120_000)  # about 4 MB
    assert main_suggest([str(tmp_path / "huge.csv"), "-o", str(tmp_path / "o.csv")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Problem: huge.csv is 4 MB; wtfc suggest reads CSV files of up to "
                          "3 MB.") and err.count("\n") == 1


def test_running_out_of_memory_is_one_plain_line(tmp_path, capsys, monkeypatch):
    def no_memory(*args, **kwargs):
        raise MemoryError("Unable to allocate 763. MiB for an array")

    monkeypatch.setattr(cli, "suggest_themes", no_memory)
    _csv(tmp_path / "many.csv", 30)
    assert main_suggest([str(tmp_path / "many.csv"), "-o", str(tmp_path / "o.csv")]) == 1
    err = capsys.readouterr().err
    assert err == ("Problem: this computer ran out of memory grouping the statements of "
                   "many.csv. Close other programs and try again, or split the file and "
                   "suggest each part.\n")
    assert not (tmp_path / "o.csv").exists()


@pytest.mark.skipif(os.name == "nt", reason="no /dev/zero or pipes by name on Windows")
@pytest.mark.parametrize("kind", ["device", "pipe", "folder"])
def test_a_device_pipe_or_folder_is_not_read(tmp_path, capsys, kind):
    if kind == "device":
        path = "/dev/zero"  # says 0 bytes, then reads without end
    elif kind == "pipe":
        path = str(tmp_path / "fifo.csv")
        os.mkfifo(path)  # opening it would wait for a writer for ever
    else:
        path = str(tmp_path)
    assert main_suggest([path, "-o", str(tmp_path / "o.csv")]) == 1
    assert capsys.readouterr().err == f"Problem: '{path}' is not a file wtfc can open.\n"
