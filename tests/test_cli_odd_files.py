"""``wtfc check`` and ``wtfc import`` on odd files: a pipe or /dev/zero is refused in one line
(``check`` read /dev/zero until the memory ran out, and both waited for ever on a pipe), and
what ``check`` prints never sends a control character to the terminal (a title or a file name
holding ESC[2J cleared it)."""

from __future__ import annotations

import json
import os

import pytest

from tests.pipe_watchdog import never_waits_on
from wtfc.app import main
from wtfc.model.demo import demo_path

posix_only = pytest.mark.skipif(os.name == "nt", reason="no pipes by name or /dev on Windows")


@posix_only
@pytest.mark.parametrize("where", ["pipe", "device"])
def test_check_refuses_a_pipe_or_a_device_in_one_line(tmp_path, capsys, where):
    path = "/dev/zero"
    if where == "pipe":
        path = str(tmp_path / "fifo.wtfc")
        os.mkfifo(path)
    with never_waits_on(path):
        assert main(["check", path]) == 1
    name = os.path.basename(path)
    assert capsys.readouterr().err == (f"Problem: '{name}' is not a file wtfc can open. Choose "
                                       f"the workshop's .wtfc file itself.\n")


@posix_only
def test_import_refuses_a_pipe_before_opening_it(tmp_path, capsys):
    os.mkfifo(tmp_path / "fifo.csv")
    with never_waits_on(tmp_path / "fifo.csv"):
        assert main(["import", str(tmp_path / "fifo.csv"), "--into",
                     str(tmp_path / "w.wtfc")]) == 1
    assert capsys.readouterr().err == ("Nothing was imported. fifo.csv is not a file wtfc can "
                                       "open: give the spreadsheet or CSV file itself.\n")


def test_check_prints_a_hand_edited_title_without_its_escapes(tmp_path, capsys):
    raw = json.loads(demo_path().read_bytes())
    raw["title"] = "Fine\x1b[2J\x1b[31mRED\x07"
    path = tmp_path / "hand.wtfc"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "OK: 'Fine[2J[31mRED' — 96 cards" in out
    assert ("Note: wtfc took out 3 invisible control characters (such as Escape or NUL, put in "
            "by hand or by another program) from the title: they would show") in out


@pytest.mark.skipif(os.name == "nt", reason="Windows names cannot hold control characters")
def test_check_names_a_file_with_an_escape_in_its_name_escaped(tmp_path, capsys):
    path = tmp_path / "bad\x1b[2J.wtfc"
    path.write_bytes(b"")
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and err.startswith("Problem: 'bad\\x1b[2J.wtfc' is empty.")
