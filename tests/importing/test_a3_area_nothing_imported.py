"""A3 R2 (paste into tests/importing/): the same sheet again, run to add a forgotten area,
imports nothing, yet `wtfc import` printed '“North”, the area (locality) chosen for everyone on
this sheet, went to 2 people, on People.'; People kept no locality."""
from __future__ import annotations

from tests.importing.test_sheet_area import NORTH
from tests.importing.test_sheet_area_cli import _csv
from wtfc.importing.cli import main_import
from wtfc.model.storage import load_workshop


def test_an_area_given_to_no_one_is_not_said_to_have_gone_to_people(tmp_path, capsys):
    into = str(tmp_path / "day.wtfc")
    sheet = _csv(tmp_path / "n.csv", NORTH)
    assert main_import([sheet, "--into", into]) == 0
    capsys.readouterr()
    assert main_import([sheet, "--into", into, "--locality", "North"]) == 1  # nothing new
    said = " ".join(capsys.readouterr().out.split())
    assert {p.locality for p in load_workshop(into).workshop.people} == {""}
    assert "went to 2 people" not in said
