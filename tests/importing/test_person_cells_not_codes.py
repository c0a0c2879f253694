"""A person cell that looks like a code but is not one ("Ł01", "ک01", "P02" with a zero-width
space in it) is read as a possible name and given a new code, as before; now the report says
so in one line, by row, so the facilitator can link their own list to the new codes. It only
said "4 people added (by code, never by name)". The cells themselves are never shown: they may
be names. The app's report page shows the same lines (tests/ui/test_import_not_codes.py)."""

from __future__ import annotations

import csv

from wtfc.importing.building import build_import
from wtfc.importing.cli import main_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Workshop

ROWS = [
    ("Person", "Kind", "Statement"),
    ("Ł01", "Working", "Dobrze mi tu"),
    ("ک01", "Working", "یہ اچھا ہے"),
    ("P\u200b02", "Working", "zero width in code"),
    ("P03", "Not working", "The bus is late"),
    ("Ł01", "Not working", "Za mało czasu"),  # the same cell again: one person, one code
]
SAID = ("3 person cells were not codes and were given new ones: row 2 → P001, row 3 → P002, "
        "row 4 → P004. A code is up to six letters A to Z and up to six digits, such as P07; a "
        "longer number, or a cell with other letters or a hidden character, is read as a "
        "possible name or record number.")


def _plan(rows, workshop=None):
    table = SourceTable(rows=rows, source_name="codes.csv")
    return build_import(table, guess_mapping(table), workshop=workshop or Workshop())


def test_the_report_says_which_rows_were_given_new_codes():
    plan = _plan(ROWS)
    assert [c.person for c in plan.cards] == ["P001", "P002", "P004", "P03", "P001"]
    lines = plan.report.lines()
    assert lines[lines.index("4 people added (by code, never by name).") + 1] == SAID
    assert not any(cell in " ".join(lines) for cell in ("Ł01", "ک01", "P\u200b02"))


def test_one_cell_and_many_are_said_in_a_line():
    # a client number; P001 is not given beside P01, as it reads as P01 typed another way
    one = _plan([ROWS[0], ("P01", "Working", "Fine"), ("1234567", "Working", "Good")])
    assert ("1 person cell was not a code and was given a new one: row 3 → P002. A code is "
            "up to six letters A to Z and up to six digits") in "\n".join(one.report.lines())
    many = _plan([ROWS[0], *((f"Ł{i:02d}", "Working", f"Card {i}") for i in range(1, 14))])
    line = next(x for x in many.report.lines() if "were not codes" in x)
    assert line.startswith("13 person cells were not codes and were given new ones: row 2 → "
                           "P001, row 3 → P002,")
    assert "row 11 → P010 and 3 more." in line


def test_codes_and_names_are_not_listed():
    """A code is kept; a name's code is what the import is for ("by code, never by name")."""
    plan = _plan([ROWS[0], ("P07", "Working", "Fine"), ("Zofia Kowalczyk", "Working", "Good"),
                  ("", "Working", "Nobody's")])
    assert not any("not codes" in x or "not a code" in x for x in plan.report.lines())


def test_a_cell_whose_code_another_import_gave_is_not_said_again():
    """The same file again: its people keep the codes they were given, and nothing is added."""
    first = _plan(ROWS)
    workshop = Workshop(people=first.people, cards=first.cards)
    again = _plan(ROWS, workshop)
    assert not any("not codes" in x for x in again.report.lines())


def test_wtfc_import_prints_it(tmp_path, capsys):
    source = tmp_path / "codes.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(ROWS)
    assert main_import([str(source), "--into", str(tmp_path / "w.wtfc")]) == 0
    assert SAID in capsys.readouterr().out.splitlines()


def test_a_longer_copy_lists_only_the_new_rows_code(tmp_path, capsys):
    """Client numbers, then a longer copy imported in a new session (``wtfc import``): the
    first two rows are import 1's people again; only the added row is given a code, and the
    report gives it once. It said "row 8 → P003, row 10 → P003", pairing two people's numbers
    with one code."""
    from io import BytesIO

    from openpyxl import load_workbook

    from wtfc.importing.template import template_bytes
    from wtfc.model.storage import load_workshop

    def sheet(name, rows):
        workbook = load_workbook(BytesIO(template_bytes(".xlsx")))
        for row in rows:
            workbook.active.append(row)
        workbook.save(tmp_path / name)
        return str(tmp_path / name)

    week1 = [[1234567, "Older person", "North", "", "", "My garden", None, "The bus", None,
              "Stay at home", None],
             [7654321, "Older person", "North", "", "", "Lunch club", None, "Lonely", None,
              "See my grandson", None]]
    week2 = [*week1, [2345678, "Older person", "South", "", "", "Day centre", None, "Stairs",
                      None, "A stairlift", None]]
    into = str(tmp_path / "w.wtfc")
    assert main_import([sheet("week1.xlsx", week1), "--into", into]) == 0
    capsys.readouterr()
    main_import([sheet("week2.xlsx", week2), "--into", into])
    out = capsys.readouterr().out.splitlines()
    said = [x for x in out if "not a code" in x or "not codes" in x]
    assert len(said) == 1
    assert said[0].startswith("1 person cell was not a code and was given a new one: row 10 → "
                              "P003. ")
    cards = load_workshop(into).workshop.cards
    assert [c.person for c in cards if "import 2" in c.source] == ["P003"] * 3
