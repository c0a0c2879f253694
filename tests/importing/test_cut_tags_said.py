"""A tag cell longer than a tag holds (300 characters) is kept cut, and the import's report
says so (review R4 F6): a 412-letter locality was kept as its first 300 with no word."""

from __future__ import annotations

from wtfc.importing.cli import main_import
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Workshop

PLACE = "Riverside and the villages along the valley road " * 9  # 441 letters


def test_a_long_locality_and_card_tag_are_cut_and_the_report_says_where(tmp_path, capsys):
    sheet = tmp_path / "reviews.csv"
    sheet.write_text("Person,Kind,Statement,Locality,Team\n"
                     "P01,Working,My carer is kind,North,Day centre\n"
                     f"P02,Working,Lunch club,{PLACE},{PLACE}\n", encoding="utf-8")
    into = tmp_path / "w.wtfc"
    save_workshop(Workshop(), into)
    assert main_import([str(sheet), "--into", str(into)]) == 0
    workshop = load_workshop(into).workshop
    assert len(workshop.people[1].locality) == 300  # kept, as before: cut, not lost
    out = " ".join(capsys.readouterr().out.split())
    assert ("2 tags longer than 300 characters were cut to the first 300, as a tag holds no "
            "more: “Team” (row 3); “Locality” (row 3).") in out


def test_tags_that_fit_say_nothing(tmp_path, capsys):
    sheet = tmp_path / "reviews.csv"
    sheet.write_text("Person,Kind,Statement,Locality\nP01,Working,Kind carer," + "x" * 300
                     + "\n", encoding="utf-8")
    into = tmp_path / "w.wtfc"
    save_workshop(Workshop(), into)
    assert main_import([str(sheet), "--into", str(into)]) == 0
    assert "longer than 300" not in capsys.readouterr().out
