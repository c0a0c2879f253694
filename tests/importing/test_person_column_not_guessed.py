"""A column beside "Name" is the person only when it clearly is. Row numbers in "ID" gave 40
people for 8, a form's one reference on every row ("Ref" = WTFC2026) gave 1, and a "Client ID"
written on each person's first row only left 32 of 40 cards with no person, none of it said.
Codes such as S1, B1 and M1 ("service user 1") were no longer offered as the person (read as
Sheffield's, Birmingham's and Manchester's postcode districts). The command line's advice named
the wrong column when two had one heading, and one --map could not read when it held "="."""

from __future__ import annotations

import csv
import re
import shlex

import pytest

from wtfc.importing.building import build_import
from wtfc.importing.cli import main_import
from wtfc.importing.mapping import Field, guess_mapping
from wtfc.importing.person_code_guess import person_code_column
from wtfc.importing.table import SourceTable
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Workshop

NAMES = ("Edith Jones", "Mary Evans", "Ann Long", "Sandra Pike", "Joan Hill", "Rose Grant")
KINDS = ("Working", "Not working", "Future", "Not working")  # each person's 4 statements


def _sheet(heading, code):
    """A person's name on every row, beside ``heading`` holding ``code(row, person)``."""
    rows = [(heading, "Name", "Kind", "Statement")]
    for person, name in enumerate(NAMES):
        for i, kind in enumerate(KINDS):
            row = 4 * person + i
            rows.append((code(row, person), name, kind, f"Said number {row}"))
    return SourceTable(rows=rows, source_name="reviews.csv")


@pytest.mark.parametrize(("heading", "code"), [
    ("ID", lambda row, person: str(row + 1)),  # the row's number
    ("Record no.", lambda row, person: str(1040 + row)),
    ("Ref", lambda row, person: "WTFC2026"),  # the form's one reference
    ("Case no.", lambda row, person: "OPT1"),  # the team's code
])
def test_row_numbers_and_one_code_on_every_row_are_never_the_person(heading, code):
    table = _sheet(heading, code)
    mapping = guess_mapping(table)
    assert mapping.fields[:2] == (Field.IGNORE, Field.PERSON)
    plan = build_import(table, mapping, workshop=Workshop())
    assert plan.report.people_added == len(NAMES)  # (the names, each given a code)
    assert len({c.person for c in plan.cards}) == len(NAMES)
    assert not {c.person for c in plan.cards} & set(NAMES)


@pytest.mark.parametrize("code", [
    lambda row, person: f"C{person + 1:02d}" if row % 4 == 0 else "",  # first rows only
    lambda row, person: f"C{person + 1:02d}" if person < 2 else "",  # 2 people's rows only
])
def test_codes_left_blank_on_rows_the_names_fill_are_for_the_facilitator_to_choose(
        code, tmp_path, capsys):
    table = _sheet("Client ID", code)
    mapping = guess_mapping(table)
    assert mapping.fields[:2] == (Field.PERSON, Field.PERSON)
    assert mapping.problems() == [
        "Two columns are set to the person: column A and column B. Set one of them to "
        "'Leave out'."]
    assert mapping.problems(["Client ID", "Name"])[0].startswith(
        "Two columns are set to the person: 'Client ID' and 'Name'.")
    # a heading the sheet repeats is named with its letter too: "'Code' and 'Code'" says nothing
    assert mapping.problems(["Code", "Code", "Kind"])[0].startswith(
        "Two columns are set to the person: column A 'Code' and column B 'Code'.")
    path = tmp_path / "reviews.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(table.rows)
    assert main_import([str(path), "--into", str(tmp_path / "x.wtfc")]) == 1
    said = capsys.readouterr()
    assert "Two columns are set to the person: column A and column B." in said.out + said.err
    assert not (tmp_path / "x.wtfc").exists()


@pytest.mark.parametrize(("code", "people"), [
    (lambda row, person: f"C{person + 1:02d}", [f"C0{i}" for i in range(1, 7)]),
    (lambda row, person: str(7340021 + 13 * person), [f"P00{i}" for i in range(1, 7)]),
])
def test_a_code_for_each_name_is_still_taken_over_the_names(code, people):
    table = _sheet("Client ID", code)
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    assert guess_mapping(table).fields[:2] == (Field.PERSON, Field.IGNORE)
    assert sorted({c.person for c in plan.cards}) == people


def test_a_name_written_both_ways_round_is_one_person_beside_its_code():
    table = _sheet("Client ID", lambda row, person: f"C{person + 1:02d}")
    rows = list(table.rows)
    rows[2] = (rows[2][0], "Jones, Edith", *rows[2][2:])
    table = SourceTable(rows=rows, source_name="reviews.csv")
    assert guess_mapping(table).fields[:2] == (Field.PERSON, Field.IGNORE)


def test_a_reference_for_each_row_beside_names_that_repeat_is_for_the_facilitator_to_choose():
    table = _sheet("Ref no.", lambda row, person: f"R{row + 1:03d}")  # 24 refs, 6 names
    assert guess_mapping(table).fields[:2] == (Field.PERSON, Field.PERSON)


def test_cards_left_with_no_person_by_blank_cells_are_said_in_the_report():
    table = _sheet("Client ID", lambda row, person: f"C{person + 1:02d}" if row % 4 == 0 else "")
    mapping = guess_mapping(table).with_field(1, Field.IGNORE)  # the facilitator chose the codes
    report = build_import(table, mapping, workshop=Workshop()).report
    assert report.people_added == 6
    assert ("18 cards have no person: “Client ID” is blank on their rows, so they are not "
            "counted by person. Each code is written once above blanks, as merged cells saved "
            "as CSV leave them: the import can fill each blank from the row above. Undo takes "
            "this import out: then import the file again, click Check the columns and “Fill "
            "the blanks from the row above”.") in report.lines()
    gaps = _sheet("Client ID", lambda row, person: f"C{person + 1:02d}" if row % 4 != 1 else "")
    report = build_import(gaps, mapping, workshop=Workshop()).report  # whose is a guess
    assert ("6 cards have no person: “Client ID” is blank on their rows, so they are not "
            "counted by person. If a code was written once above each person's rows (or its "
            "cells were merged), write it on each row. Undo takes this import out: then import "
            "the file again.") in report.lines()
    filled = _sheet("Client ID", lambda row, person: f"C{person + 1:02d}")
    report = build_import(filled, mapping, workshop=Workshop()).report
    assert not any("have no person" in line for line in report.lines())


def _one_column(heading, values):
    rows = [(heading, "Kind", "Statement")]
    rows += [(v, KINDS[i % 4], f"Said number {i}") for i, v in enumerate(values)]
    return SourceTable(rows=rows, source_name="reviews.csv")


@pytest.mark.parametrize("letter", ["S", "B", "M", "E", "P"])
def test_one_letter_and_a_number_under_any_heading_is_offered_as_the_person(letter):
    table = _one_column("Reviewer", [f"{letter}{i % 6 + 1}" for i in range(12)])
    assert person_code_column(table, guess_mapping(table)) == 0


@pytest.mark.parametrize("values", [
    ("LS6 2AB", "S1", "S2", "S3"),  # a whole postcode among them
    ("S1", "B12", "M4", "S2"),  # more than one area
    ("LS6", "LS7", "LS6", "LS12"),  # an area of two letters
])
def test_postcodes_and_districts_of_several_areas_are_still_not_offered(values):
    table = _one_column("Interviewed", values)
    assert person_code_column(table, guess_mapping(table)) is None


def _advice(tmp_path, capsys, rows):
    """The --map the command line's report advises, run: the people it gives."""
    path = tmp_path / "reviews.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    assert main_import([str(path), "--into", str(tmp_path / "a.wtfc")]) == 0
    said = capsys.readouterr().out
    advised = re.search(r"import the file again with --map (.*)\.\n", said)
    assert advised, said
    (argument,) = shlex.split(advised.group(1))
    assert main_import([str(path), "--into", str(tmp_path / "b.wtfc"), "--map", argument]) == 0
    capsys.readouterr()
    return argument, {c.person for c in load_workshop(tmp_path / "b.wtfc").workshop.cards}


CODES = ("P01", "P02", "P03", "P01", "P02", "P03")


def test_of_two_columns_with_one_heading_the_advice_names_the_codes_by_their_letter(
        tmp_path, capsys):
    rows = [("Reviewer code", "Reviewer code", "Kind", "Statement")]
    rows += [("Team A", code, KINDS[i % 4], f"Said number {i}") for i, code in enumerate(CODES)]
    argument, people = _advice(tmp_path, capsys, rows)
    assert argument == "column B=person"
    assert people == {"P01", "P02", "P03"}


def test_a_heading_with_an_equals_sign_is_advised_by_its_letter(tmp_path, capsys):
    rows = [("Code=reviewer", "Kind", "Statement")]
    rows += [(code, KINDS[i % 4], f"Said number {i}") for i, code in enumerate(CODES)]
    argument, people = _advice(tmp_path, capsys, rows)
    assert argument == "column A=person"
    assert people == {"P01", "P02", "P03"}
    table = SourceTable(rows=rows, source_name="reviews.csv")
    app = build_import(table, guess_mapping(table), workshop=Workshop()).report.lines()
    assert any("with Column A (“Code=reviewer”) as Person." in line for line in app)


def test_a_workbook_with_a_cover_sheet_opens_on_the_reviews_when_the_person_is_to_choose(
        tmp_path, capsys):
    from openpyxl import Workbook

    from wtfc.importing.sources import read_source

    path = tmp_path / "reviews.xlsx"
    book = Workbook()
    book.active.title = "About"
    book.active.append(["Reviews for the Working Together for Change workshop, spring 2027"])
    sheet = book.create_sheet("Reviews")
    for row in _sheet("Client ID", lambda row, person: f"C{person}" if row % 4 == 0 else "").rows:
        sheet.append([cell or None for cell in row])
    book.save(path)
    table = read_source(path)
    assert table.sheet == "Reviews"
    assert guess_mapping(table).fields == (Field.PERSON, Field.PERSON, Field.KIND, Field.TEXT)
    assert main_import([str(path), "--into", str(tmp_path / "x.wtfc")]) == 1
    said = capsys.readouterr()
    assert "Two columns are set to the person: column A and column B." in said.out + said.err


WIDE = [("Client ID", "Name", "Working", "Not working", "Future"),
        ("1041", "Joan Smith", "Lunch club", "Carers rush", "See my sister"),
        ("1042", "Arthur Jones", "Day centre", "Cold meals", "Walks in the park"),
        ("1043", "Mary Brown", "My dog", "Late visits", "Bingo again"),
        ("1044", "Peter White", "Neighbours", "No one tells me", "Stay at home"),
        ("1045", "Susan Green", "Church", "Lonely", "Go to the sea"),
        ("1046", "David Black", "My garden", "Different carers", "Gardening")]
IDS = [str(n) for n in range(1041, 1047)]


@pytest.mark.parametrize("rows", [WIDE, [WIDE[0], *reversed(WIDE[1:])]],
                         ids=["sorted", "unsorted"])
def test_a_one_row_a_person_sheet_sorted_by_client_id_keeps_the_council_s_ids(
        rows, tmp_path, capsys):
    """Sorted by Client ID (as council sheets usually are), the IDs counted up and were read as
    row numbers: the people became P001…P006, the IDs dropped without a word, where the same
    rows in another order kept them. In the wide layout each row is a person."""
    table = SourceTable(rows=rows, source_name="reviews.csv")
    assert guess_mapping(table).fields[:2] == (Field.PERSON, Field.IGNORE)
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    assert sorted({c.person for c in plan.cards}) == IDS
    path = tmp_path / "reviews.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    assert main_import([str(path), "--into", str(tmp_path / "x.wtfc"), "--layout", "wide"]) == 0
    assert "Left out: Name (6 cells with words)." in capsys.readouterr().out
    cards = load_workshop(tmp_path / "x.wtfc").workshop.cards
    assert sorted({c.person for c in cards}) == IDS


def test_a_client_id_counting_up_one_row_a_person_in_the_long_layout_is_the_person():
    rows = [("Client ID", "Name", "Kind", "Statement")]
    rows += [(code, name, KINDS[i], said) for i, (code, name, said, *_rest)
             in enumerate(WIDE[1:5])]
    table = SourceTable(rows=rows, source_name="reviews.csv")
    assert guess_mapping(table).fields[:2] == (Field.PERSON, Field.IGNORE)
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    assert sorted({c.person for c in plan.cards}) == IDS[:4]


def test_row_numbers_beside_names_are_never_the_person_in_the_wide_layout_either():
    """A one-row-per-visit sheet: "ID" counts the rows, two people have two rows each. The row
    numbers are not the person in either layout (review F, after a7af766): 5 people, not 8."""
    names = ["Edith Jones", "Edith Jones", "Mary Evans", "Mary Evans", "Ann Long", "Ann Long",
             "Rose Grant", "Joan Hill"]
    rows = [("ID", "Name", "What's working", "What's not working", "Future")]
    rows += [(str(i + 1), name, f"Working {i}", f"Not working {i}", f"Future {i}")
             for i, name in enumerate(names)]
    table = SourceTable(rows=rows, source_name="visits.csv")
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    assert len({c.person for c in plan.cards}) == 5
