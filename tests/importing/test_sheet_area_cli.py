"""``wtfc import --locality NAME``: the area of everyone on the sheet, as the import dialog's
box gives it (``test_sheet_area``)."""

from __future__ import annotations

import csv

import pytest

from tests.importing.test_sheet_area import NORTH, SOUTH
from wtfc.importing.cli import main_import
from wtfc.model.storage import load_workshop


def _csv(path, rows):
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return str(path)


def test_locality_goes_to_each_person_and_a_clash_is_said(tmp_path, capsys):
    into = str(tmp_path / "day.wtfc")
    assert main_import([_csv(tmp_path / "n.csv", NORTH), "--into", into,
                        "--locality", "North"]) == 0
    assert main_import([_csv(tmp_path / "s.csv", SOUTH), "--into", into,
                        "--locality", "South"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "P01 is “North” on People and “South” on this sheet." in out
    people = {p.id: p.locality for p in load_workshop(into).workshop.people}
    assert people == {"P01": "North", "P02": "North", "P03": "South"}


def test_with_own_codes_the_other_areas_people_are_its_own(tmp_path):
    into = str(tmp_path / "day.wtfc")
    main_import([_csv(tmp_path / "n.csv", NORTH), "--into", into, "--locality", "North"])
    main_import([_csv(tmp_path / "s.csv", SOUTH), "--into", into, "--locality", "South",
                 "--own-codes"])
    people = {p.id: p.locality for p in load_workshop(into).workshop.people}
    assert people == {"P01": "North", "P02": "North", "P03": "South", "P04": "South"}


def test_a_locality_too_long_is_refused_and_a_name_like_one_said(tmp_path, capsys):
    into = tmp_path / "day.wtfc"
    assert main_import([_csv(tmp_path / "n.csv", NORTH), "--into", str(into),
                        "--locality", "x" * 301]) == 2
    assert "Nothing was imported. --locality: That is too long: a locality holds at most 300 " \
        "characters." in capsys.readouterr().err
    assert not into.exists()
    assert main_import([_csv(tmp_path / "n.csv", NORTH), "--into", str(into),
                        "--locality", "Mrs Smith"]) == 0
    out = capsys.readouterr().out
    assert "Note: Possible personal detail in the locality: “[name]”." in out
    assert "Mrs Smith" not in out



def test_help_says_what_locality_does(capsys):
    with pytest.raises(SystemExit):
        main_import(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--locality NAME the area (locality) of everyone on SOURCE" in out
    assert "a locality column keeps its values, and this fills only its blanks" in out
