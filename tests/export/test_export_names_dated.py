"""An export named with a date or version in dots ("WTFC report 01.12.26", "Report v1.2"):
the digits after the last dot are the name's, not a file ending, so the ending is added and
nothing is refused (review 34 A14 R1: refused, with advice that dropped the year)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wtfc.export.cli import output_name
from wtfc.ui.export_where import refusal


@pytest.mark.parametrize("name", ["WTFC report 01.12.26", "Report v1.2", "Posters 1.12.2026"])
def test_a_pdf_named_with_a_date_or_version_in_dots_gets_pdf_added(tmp_path, name):
    assert output_name("report", tmp_path / name) == tmp_path / f"{name}.pdf"
    assert refusal("posters", str(tmp_path / name), ".pdf", None) == (
        "", tmp_path / f"{name}.pdf")


def test_data_named_with_a_date_in_dots_gets_the_dialogs_ending(tmp_path):
    name = tmp_path / "WTFC data 01.12.2026"
    assert refusal("data", str(name), ".xlsx", None) == ("", tmp_path / f"{name.name}.xlsx")


def test_the_command_lines_advice_for_dated_data_keeps_the_whole_name(tmp_path):
    with pytest.raises(Exception) as said:
        output_name("data", tmp_path / "WTFC data 01.12.2026")
    assert "Name the export WTFC data 01.12.2026.xlsx" in str(said.value)


@pytest.mark.parametrize("name, ending", [("report.docx", ".docx"), ("talk.mp4", ".mp4"),
                                          ("d.txt", ".txt")])
def test_a_real_ending_is_still_refused(tmp_path, name, ending):
    for what in ("report", "data"):
        with pytest.raises(Exception, match="does not end in"):
            output_name(what, tmp_path / name)
    assert Path(name).suffix == ending
