"""The command line says how to take an import out: for a workshop file that was there, the copy
saving kept ('x.wtfc.bak'); for a file the import made, deleting it. It pointed to a '.bak' that
a new file never has."""

from __future__ import annotations

import csv
from pathlib import Path

from wtfc.importing.cli import main_import

# codes on each person's first row only: the report advises --fill-down, with the way back
ROWS = [("Ref no.", "Kind", "Statement"),
        ("P01", "Working", "My carer comes on time"), ("", "Not working", "The bus stopped"),
        ("P02", "Working", "The day centre is friendly"), ("", "Future", "More trips out")]


def _source(tmp_path: Path, name: str = "reviews.csv", rows=ROWS) -> Path:
    path = tmp_path / name
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


def test_a_new_into_file_is_deleted_to_take_the_import_out(tmp_path, capsys):
    into = tmp_path / "new.wtfc"
    assert main_import([str(_source(tmp_path)), "--into", str(into)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "'new.wtfc' is a new file, made by this import: to take the import out, delete " \
           "'new.wtfc'; then import the file again with --fill-down." in out
    assert ".bak" not in out
    assert into.exists() and not list(tmp_path.glob("*.bak"))


def test_a_new_file_named_by_wtfc_is_deleted_too(tmp_path, capsys):
    assert main_import([str(_source(tmp_path))]) == 0
    out = " ".join(capsys.readouterr().out.split())
    [made] = tmp_path.glob("*.wtfc")
    assert f"to take the import out, delete '{made.name}'" in out and ".bak" not in out


def test_a_file_that_was_there_points_to_the_copy_saving_kept(tmp_path, capsys):
    into = tmp_path / "spring.wtfc"
    assert main_import([str(_source(tmp_path)), "--into", str(into)]) == 0
    capsys.readouterr()
    north = [ROWS[0]] + [(p, k, f"{words} in the north") for p, k, words in ROWS[1:]]
    assert main_import([str(_source(tmp_path, "north.csv", north)), "--into", str(into)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "'spring.wtfc.bak' holds the workshop as it was before this import" in out
    assert (tmp_path / "spring.wtfc.bak").exists()
    assert "is a new file" not in out
