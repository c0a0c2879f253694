"""The data export's "Workshop record" sheet: who was in the room by role with the total, the
reflection's three answers, the next review, and each root-cause team (who was in it by role,
what it found). Its cells are as safe as the other sheets': words, never formulas."""

from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl
from export_checks import demo_workshop

from wtfc.export.data import export_data
from wtfc.model.document import Document
from wtfc.model.operations.causes import assign_team
from wtfc.model.workshop import (
    Cause,
    Kind,
    Reflection,
    RoleCount,
    RoomRole,
    Team,
    Theme,
    Workshop,
)

HEADER = ["Part", "Team", "What", "How many", "Words or date", "Is total", "Date"]


def _on_a_tree(team: str) -> dict:
    """A theme whose one cause is given to ``team``: the sheet has only teams on a why-tree."""
    return {
        "themes": [Theme(id="t1", kind=Kind.NOT_WORKING, name="Kept waiting")],
        "causes": [Cause(id="k1", theme_id="t1", text="Too few staff", team=team)],
    }


def _rows(path) -> list[list]:
    sheet = openpyxl.load_workbook(path)["Workshop record"]
    return [[c.value for c in row] for row in sheet.iter_rows()]


def test_the_demos_record_is_a_sheet_of_its_own(tmp_path):
    demo = demo_workshop()
    [path] = export_data(demo, tmp_path / "demo.xlsx")
    book = openpyxl.load_workbook(path)
    # after the sheets of earlier exports (the People sheet, newer, comes after it)
    assert book.sheetnames[-4:] == ["Workshop record", "People", "Card themes",
                                    "About this data"]
    rows = _rows(path)
    assert rows[0] == HEADER
    room = [row[2:4] for row in rows if row[0] == "Who was in the room"]
    assert room == [
        ["Older people", 6],
        ["Family carers", 2],
        ["Commissioners", 3],
        ["Providers", 3],
        ["Care managers", 3],
        ["Older people's organisations", 2],
        ["In all", 19],
    ]
    answers = {row[2]: row[4] for row in rows if row[0] == "Reflection"}
    assert list(answers) == [
        "What went well",
        "What didn't go so well",
        "What we would do differently next time",
    ]
    assert answers["What went well"] == demo.reflection.went_well
    [review] = [row for row in rows if row[0] == "Next review"]
    assert review[4] == dt.datetime(2027, 5, 12)  # a date Excel sorts, shown as 12 May 2027
    assert review[6] == dt.datetime(2027, 5, 12)  # and in a column of dates only
    sheet = book["Workshop record"]
    assert sheet.cell(rows.index(review) + 1, 5).number_format == "d mmm yyyy"
    assert sheet.cell(rows.index(review) + 1, 7).number_format == "d mmm yyyy"
    # the totals are marked, so a pivot of "How many" by part leaves them out: 19, not 38
    room_rows = [row for row in rows if row[0] == "Who was in the room"]
    assert sum(row[3] for row in room_rows if row[5] == "no") == 19
    assert [row[2] for row in rows if row[5] == "yes"] == ["In all"] * 4
    team_b = [row[2:5] for row in rows if row[:2] == ["Root-cause team", "Team B"]]
    assert team_b == [
        ["Older people", 2, None],
        ["Commissioners", 1, None],
        ["Providers", 1, None],
        ["Care managers", 1, None],
        ["Older people's organisations", 1, None],
        ["In all", 6, None],
        ["What the team found", None, demo.teams[1].summary],
    ]
    assert {row[1] for row in rows if row[0] == "Root-cause team"} == {"Team A", "Team B", "Team C"}


def test_a_record_not_kept_says_so_rather_than_an_empty_room(tmp_path):
    ws = Workshop(teams=[Team(name="Team A")], **_on_a_tree("Team A"))
    [path] = export_data(ws, tmp_path / "empty.xlsx")
    rows = _rows(path)
    assert ["Who was in the room", None, "In all", None, "Not recorded", "yes", None] in rows
    assert ["Next review", None, "We will look again by", None, "Not set", "no", None] in rows
    assert ["Root-cause team", "Team A", "In all", None, "Not recorded", "yes", None] in rows


def _hostile() -> Workshop:
    return Workshop(
        in_the_room=[RoleCount(role=RoomRole.OLDER_PEOPLE, count=3)],
        reflection=Reflection(
            went_well='=HYPERLINK("http://example.invalid","click")',
            not_so_well="-2 stars for the room",
            do_differently="\x07=SUM(A1:A9)",
        ),
        teams=[
            Team(
                name="=1+1",
                members=[RoleCount(role=RoomRole.HEALTH, count=1)],
                summary="@cmd|' /C calc'!A0",
            )
        ],
        **_on_a_tree("=1+1"),
    )


def test_the_records_words_never_become_formulas(tmp_path):
    [path] = export_data(_hostile(), tmp_path / "hostile.xlsx")
    sheet = openpyxl.load_workbook(path)["Workshop record"]
    cells = [c for row in sheet.iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in cells)
    guarded = {
        '=HYPERLINK("http://example.invalid","click")',
        "-2 stars for the room",
        "=SUM(A1:A9)",
        "=1+1",
        "@cmd|' /C calc'!A0",
    }
    # as typed, in text cells whose quote prefix keeps them text (Excel shows no apostrophe)
    quoted = {c.value for c in cells if c.quotePrefix and c.data_type == "s"}
    assert guarded <= quoted


def test_the_record_is_a_csv_file_too(tmp_path):
    written = export_data(_hostile(), tmp_path / "out.csv")
    assert written[-4].name == "out-record.csv"
    rows = list(csv.reader(io.StringIO(written[-4].read_text("utf-8-sig"))))
    assert rows[0] == HEADER
    assert ["Root-cause team", "'=1+1", "Health", "1", "", "no", ""] in rows
    assert [
        "Reflection",
        "",
        "What went well",
        "",
        '\'=HYPERLINK("http://example.invalid","click")',
        "no",
        "",
    ] in rows


def test_a_team_taken_off_every_why_tree_is_not_in_the_sheet(tmp_path):
    """Team A's causes given no team (T, an empty name): its record stays in the file (an
    undo brings it back) but nobody can see or delete it, so the sheet leaves it out, as the
    report does; Team B's stays."""
    doc = Document(demo_workshop())
    team_a = [c.id for c in doc.workshop.causes if c.team == "Team A"]
    assign_team(doc, cause_ids=team_a, team="").do(doc)
    assert "Team A" in [t.name for t in doc.workshop.teams]  # the file keeps it
    [path] = export_data(doc.workshop, tmp_path / "gone.xlsx")
    teams = {row[1] for row in _rows(path) if row[0] == "Root-cause team"}
    assert teams == {"Team B", "Team C"}


def test_a_team_typed_with_other_capitals_keeps_its_row(tmp_path):
    """The tree says "team a" where the record is "Team A": it is still on a tree."""
    doc = Document(demo_workshop())
    team_a = [c.id for c in doc.workshop.causes if c.team == "Team A"]
    assign_team(doc, cause_ids=team_a, team="team a").do(doc)
    [path] = export_data(doc.workshop, tmp_path / "case.xlsx")
    teams = {row[1] for row in _rows(path) if row[0] == "Root-cause team"}
    assert teams == {"Team A", "Team B", "Team C"}
