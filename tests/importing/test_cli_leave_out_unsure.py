"""``wtfc import --leave-out-reworded`` on a sheet where more than one row in five differs from
the cards an earlier import made at their places (3 of 10 cards reworded on the wall): wtfc
cannot take the file for that import's again (another care manager's sheet with the same codes
would lose every statement), so the rows are added, as the app adds them, and the output now
says plainly that none was left out, and why; it said nothing (review code-a4 #1)."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from tests.child_env import child_env
from wtfc.importing.building import build_import
from wtfc.importing.cli import main_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.sources import read_source
from wtfc.model.storage import load_workshop, save_workshop

ROWS = [("Person", "Kind", "Statement"),
        *((f"P{n:02d}", "Working", f"Statement number {n} about the day centre")
          for n in range(1, 11))]
ELEVEN = [*ROWS, ("P11", "Future", "A trip to the sea")]


def _csv(folder: Path, name: str, rows) -> Path:
    path = folder / name
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


def _reworded(tmp_path: Path, count: int) -> Path:
    """The ten rows imported, then ``count`` of their cards reworded on the wall."""
    into = tmp_path / "review.wtfc"
    assert main_import([str(_csv(tmp_path, "ten.csv", ROWS)), "--into", str(into)]) == 0
    workshop = load_workshop(into).workshop
    workshop.cards = [c.model_copy(update={"text": f"As the room put it: point {i}"})
                      if i < count else c for i, c in enumerate(workshop.cards)]
    save_workshop(workshop, into)
    return into


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wtfc", "import", *args],
                          capture_output=True, text=True, timeout=120, env=child_env())


def test_three_in_ten_reworded_are_added_and_it_says_none_was_left_out(tmp_path):
    into = _reworded(tmp_path, 3)
    done = _run(str(_csv(tmp_path, "eleven.csv", ELEVEN)), "--into", str(into),
                "--leave-out-reworded")
    assert done.returncode == 0 and done.stderr == ""
    out = " ".join(done.stdout.split())
    assert "3 statements were added all the same, though rows in other words were to be left " \
        "out: Row 2 (P01); Row 3 (P02); Row 4 (P03). An earlier import made cards for the same " \
        "people there, in other words, but more than one in five of this file's rows " \
        "differ from the cards that import made at their places" in out
    assert "If they are the same statements, delete the extra cards on Collect." in out
    assert "No row was left out: wtfc cannot tell whether the rows in other words named above " \
        "were reworded on the wall, so it added them" in out
    assert len(load_workshop(into).workshop.cards) == 14


def test_without_the_option_the_same_rows_are_added_and_said(tmp_path, capsys):
    into = _reworded(tmp_path, 3)
    capsys.readouterr()
    assert main_import([str(_csv(tmp_path, "eleven.csv", ELEVEN)), "--into", str(into)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "3 statements were added: Row 2 (P01); Row 3 (P02); Row 4 (P03). An earlier import " \
        "made cards" in out
    assert "No row was left out" not in out and "though rows in other words" not in out
    assert len(load_workshop(into).workshop.cards) == 14


def test_two_in_ten_reworded_are_still_left_out(tmp_path, capsys):
    into = _reworded(tmp_path, 2)
    capsys.readouterr()
    assert main_import([str(_csv(tmp_path, "eleven.csv", ELEVEN)), "--into", str(into),
                        "--leave-out-reworded"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "2 statements were left out, as chosen: rows 2 and 3" in out
    assert "No row was left out" not in out and "added all the same" not in out
    assert len(load_workshop(into).workshop.cards) == 11


def test_another_sheet_with_the_same_codes_says_nothing_of_it(tmp_path, capsys):
    """Nothing in common with the earlier import but the codes: P01 saying something else."""
    into = _reworded(tmp_path, 0)
    other = [ROWS[0], *((f"P{n:02d}", "Working", f"Another locality's point {n}")
                        for n in range(1, 11))]
    capsys.readouterr()
    assert main_import([str(_csv(tmp_path, "other.csv", other)), "--into", str(into),
                        "--leave-out-reworded"]) == 0
    out = capsys.readouterr().out
    assert "in other words" not in out and "No row was left out" not in out
    assert len(load_workshop(into).workshop.cards) == 20


@pytest.mark.parametrize("leave_out", [False, True])
def test_the_app_and_the_command_line_judge_them_alike(tmp_path, leave_out):
    """Both build with ``build_import``: the app's plan lists the rows it cannot offer to leave
    out (``unsure_rows``), and leaving out the others adds them all the same."""
    into = _reworded(tmp_path, 3)
    table = read_source(_csv(tmp_path, "eleven.csv", ELEVEN))
    plan = build_import(table, guess_mapping(table), workshop=load_workshop(into).workshop,
                        leave_out_other_words=leave_out)
    assert plan.unsure_rows == ["Row 2 (P01)", "Row 3 (P02)", "Row 4 (P03)"]
    assert plan.other_words_rows == [] and plan.report.in_other_words == []
    assert len(plan.cards) == 4


def test_help_says_when_rows_are_added_all_the_same(capsys):
    with pytest.raises(SystemExit):
        main_import(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "Only when SOURCE is taken for that import's file again: at most one in five of its " \
        "rows (on a sheet of a row per person, its cells) differ from the cards that import " \
        "made at their places. Where more " \
        "differ but half or more agree, such rows are added all the same, and the output says " \
        "so; where fewer than half agree" in out
