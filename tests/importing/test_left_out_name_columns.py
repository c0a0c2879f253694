"""The names in a sheet's own left-out columns ("Client name", "Worker", "Name") are watched
for on the cards (reviews 34 R4 S1, W2 S3): a care-system export was read, its Client name and
Worker columns rightly left out and named under "Left out", and "Zebulon likes the lunch club",
"The Quarrie family…", "Fenella (SW) arranged the grab rails" went to the wall with no names
pasted. The names are for this import's check only: in no card, source, report line or file.
A column of teams or services ("Duty team", "Riverside Home Care") is not watched for."""

from __future__ import annotations

import json

import pytest
from import_files import write_xlsx

from wtfc.importing.building import build_import
from wtfc.importing.cli import main_import
from wtfc.importing.left_out import left_out_columns
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Workshop

# A Mosaic-style export, one row an answer (as R4's E5)
HEAD = ("Review ID", "Client name", "Worker", "Question", "Answer")
EXPORT = [
    ("RV9100", "Mr Zebulon Quarrie", "Fenella Okonjo", "What is working?",
     "Zebulon likes the lunch club on Fridays"),
    ("RV9100", "Mr Zebulon Quarrie", "Fenella Okonjo", "What is not working?",
     "The Quarrie family can only visit on Sundays"),
    ("RV9100", "Mr Zebulon Quarrie", "Fenella Okonjo", "What is important to you for the future?",
     "To keep going to the lunch club"),
    ("RV9101", "Mrs Ottoline Fairweather", "Tamsin Ferrier", "What is working?",
     "Ottoline's carers are kind and patient"),
    ("RV9102", "Mr Bartholomew Ndlovu", "Tamsin Ferrier", "What is working?",
     "Fenella (SW) arranged the grab rails quickly"),
    ("RV9102", "Mr Bartholomew Ndlovu", "Tamsin Ferrier", "What is not working?",
     "bartholomew wants to go to the pub but cannot get there"),
    ("RV9103", "Mrs Ingrid Szczepanska", "Fenella Okonjo", "What is not working?",
     "Ingrid says the carers do not speak Polish"),
    ("RV9104", "Ms Perpetua Oyelaran", "Tamsin Ferrier", "What is working?",
     "Perpetua enjoys church on Sundays"),
    ("RV9105", "Mr Cuthbert Ramsbottom", "Fenella Okonjo", "What is working?",
     "Cuthbert's neighbour does his shopping"),
    ("RV9105", "Mr Cuthbert Ramsbottom", "Fenella Okonjo", "What is not working?",
     "A carer who speaks Polish"),
]
NAMED = {row[4] for row in EXPORT} - {"To keep going to the lunch club",
                                       "A carer who speaks Polish"}
# names of the columns no card holds: never anywhere the import writes
UNSAID = ("Okonjo", "Ferrier", "Szczepanska", "Oyelaran", "Ndlovu", "Zebulon Quarrie")
WATCHED = ("Cards are checked against the names in “Client name” and “Worker” (a card naming "
           "someone is held back); the names are not kept.")


def _table(head, rows) -> SourceTable:
    return SourceTable(rows=[head, *rows], source_name="export.xlsx")


def _held(table: SourceTable) -> tuple[set[str], list[str]]:
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    return {c.text for c in plan.cards if c.personal_details}, plan.report.lines()


def test_the_exports_client_and_worker_names_hold_back_the_cards_that_name_them():
    held, lines = _held(_table(HEAD, EXPORT))
    assert held == NAMED
    said = "\n".join(lines)
    assert WATCHED in said
    assert not any(name in said for name in UNSAID)


def test_the_sheets_own_name_column_beside_a_ref_holds_back_the_cards_that_name_them():
    # W2 S3: Ref is the person, Name left out
    head = ("Ref", "Name", "Kind", "What they said")
    rows = [("NR1", "Kemi Quarrie", "not working", "Kemi wants to go home from hospital sooner"),
            ("NR1", "Kemi Quarrie", "FUTURE", "Quarrie family want a bigger say"),
            ("NR2", "Dilys Pritchard", "Working well", "Dilys enjoys the lunch club"),
            ("NR2", "Dilys Pritchard", "not working", "Nobody asked Dilys what she wanted"),
            ("NR3", "Ewart Mbeki-Lowe", "Working well", "Ewart says his carers are kind"),
            ("NR3", "Ewart Mbeki-Lowe", "Working well", "The lunch club is warm")]
    held, lines = _held(_table(head, rows))
    assert held == {row[3] for row in rows[:5]}
    assert any("the names in “Name”" in line for line in lines)


@pytest.mark.parametrize("heading", ["Completed by", "Last updated by", "Assessor",
                                     "Allocated worker", "Service user name", "Author"])
def test_a_staff_or_person_heading_is_watched_for(heading):
    rows = [("P01", "Working", "Rhodwen sorted my blue badge", "Rhodwen Pugh"),
            ("P02", "Working", "The garden is lovely", "Esme Ogunleye")]
    held, lines = _held(_table(("Person", "Kind", "Statement", heading), rows))
    assert held == {"Rhodwen sorted my blue badge"}
    assert any(f"the names in “{heading}”" in line for line in lines)


def test_cells_of_names_with_titles_are_watched_for_under_any_heading():
    rows = [("P01", "Working", "Araminta helps me in the garden", "Mrs Araminta Quill"),
            ("P02", "Working", "The garden is lovely", "Mr Tobias Wren")]
    held, _ = _held(_table(("Person", "Kind", "Statement", "Column of stuff"), rows))
    assert held == {"Araminta helps me in the garden"}


def test_teams_services_and_places_are_not_watched_for():
    head = ("Person", "Kind", "Statement", "Allocated worker", "Team", "Locality", "Provider name")
    rows = [("P01", "Working", "The Duty team rang me back", "Duty Team", "Riverside Care",
             "North Leeds", "Oakwood Home Care"),
            ("P02", "Working", "Riverside Care are always on time", "Unallocated",
             "Hospital Discharge", "Chapel Allerton", "Oakwood Home Care"),
            ("P03", "Not working", "Nobody from Chapel Allerton Care visits", "Unallocated",
             "Riverside Care", "Headingley", "Oakwood Home Care")]
    table = _table(head, rows)
    held, lines = _held(table)
    assert held == set()
    assert not any("Cards are checked against" in line for line in lines)
    assert not any(c.names for c in left_out_columns(table, guess_mapping(table)))


def test_wtfc_import_holds_them_back_and_keeps_no_name_of_the_columns(tmp_path, capsys):
    sheet = write_xlsx(tmp_path / "export.xlsx", [list(HEAD), *map(list, EXPORT)])
    into = tmp_path / "review.wtfc"
    assert main_import([str(sheet), "--into", str(into)]) == 0
    out = capsys.readouterr().out
    assert WATCHED in out and not any(name in out for name in UNSAID)
    saved = json.loads(into.read_text(encoding="utf-8"))
    assert {c["text"] for c in saved["cards"] if c["personal_details"]} == NAMED
    written = into.read_text(encoding="utf-8")
    assert not any(name in written for name in UNSAID)
    assert all(name not in c["source"] for c in saved["cards"] for name in ("Quarrie", "Okonjo"))
