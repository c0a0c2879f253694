"""Which column gives the person. A sheet with two headings read as the person ("Name" and
"Service user ID") stopped with "Only one column can hold the person", and a workbook with a
cover sheet in front opened on the cover; a left-out "Postcode area" (LS6, LS7) was offered as
the person's codes; the command line's advice for "Reviewer's code" broke in the shell; and
"Client's ID", "PersonID" and Welsh kind values were not read."""

from __future__ import annotations

import shlex

import pytest
from openpyxl import Workbook

from wtfc.importing.building import build_import
from wtfc.importing.cli import main_import
from wtfc.importing.kind_values import KindValues
from wtfc.importing.mapping import Field, field_for_heading, guess_mapping
from wtfc.importing.person_code_guess import person_code_column
from wtfc.importing.sources import read_source
from wtfc.importing.table import SourceTable
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Kind, Workshop

KINDS = ("Working", "Not working", "Future")
CLI_WAY_BACK = "'x.wtfc.bak' holds it: open it; then import only the new rows."


def _table(headings, columns):
    """A sheet of ``headings`` over three rows: ``columns`` maps a heading to its values, the
    Kind and Statement columns are filled in."""
    filled = {"Kind": KINDS, "Statement": tuple(f"Said number {i}" for i in range(3))} | columns
    rows = [tuple(headings), *(tuple(filled[h][i] for h in headings) for i in range(3))]
    return SourceTable(rows=rows, source_name="reviews.csv")


NAMES = ("Joan Smith", "Bill Jones", "Ann Lee")


@pytest.mark.parametrize(("columns", "kept"), [
    ({"Name": NAMES, "Service user ID": ("SU0012", "SU0047", "SU0051")}, "Service user ID"),
    ({"Service user ID": ("SU0012", "SU0047", "SU0051"), "Name": NAMES}, "Service user ID"),
    ({"Client ID": ("C1", "C2", "C3"), "Ref no.": ("R1", "R2", "R3")}, "Client ID"),
    ({"Case no.": ("K1", "K2", "K3"), "Person code": ("P01", "P02", "P03")}, "Person code"),
    ({"Ref no.": ("R1", "R2", "R3"), "Client code": ("C1", "C2", "C3")}, "Client code"),
    ({"Record number": ("7", "8", "9"), "Client ref": ("C1", "C2", "C3")}, "Client ref"),
])
def test_with_two_person_headings_one_is_the_person_and_the_other_left_out_and_named(
        columns, kept):
    table = _table([*columns, "Kind", "Statement"], columns)
    mapping = guess_mapping(table)
    assert mapping.problems() == []
    headings = list(columns)
    assert [mapping.fields[i] for i in range(2)] == [
        Field.PERSON if h == kept else Field.IGNORE for h in headings]
    plan = build_import(table, mapping, workshop=Workshop())
    assert plan.report.cards_added == 3 and plan.report.people_added == 3
    (other,) = (h for h in headings if h != kept)
    if not columns[other][0].isdigit():  # (numbers are no words, so not listed)
        assert f"Left out: {other} (3 cells with words)" in "\n".join(plan.report.lines())
    # a name is never a person's code
    assert not {c.person for c in plan.cards} & set(NAMES)


def test_of_two_code_headings_the_one_filled_on_more_rows_is_the_person():
    table = _table(["Ref no.", "Case no.", "Kind", "Statement"],
                   {"Ref no.": ("R1", "", ""), "Case no.": ("K1", "K2", "K3")})
    assert guess_mapping(table).fields[:2] == (Field.IGNORE, Field.PERSON)


def test_a_workbook_with_a_cover_sheet_opens_on_the_reviews_with_their_two_person_columns(
        tmp_path, capsys):
    path = tmp_path / "reviews.xlsx"
    book = Workbook()
    about = book.active
    about.title = "About"
    about.append(["Reviews for the Working Together for Change workshop, spring 2027"])
    about.append(["Prepared by the review team"])
    sheet = book.create_sheet("Reviews")
    sheet.append(["Name", "Service user ID", "Kind", "Statement"])
    for i in range(6):
        sheet.append([f"Person {i}", f"SU00{i}", KINDS[i % 3], f"Statement number {i}"])
    book.save(path)
    table = read_source(path)
    assert table.sheet == "Reviews"
    assert guess_mapping(table).fields == (Field.IGNORE, Field.PERSON, Field.KIND, Field.TEXT)
    assert main_import([str(path), "--into", str(tmp_path / "x.wtfc")]) == 0
    assert "6 cards added from 6 rows." in capsys.readouterr().out
    cards = load_workshop(tmp_path / "x.wtfc").workshop.cards
    assert sorted({c.person for c in cards}) == [f"SU00{i}" for i in range(6)]


@pytest.mark.parametrize(("heading", "values"), [
    ("Postcode area", ("LS6", "LS7", "LS6")),
    ("Post code", ("LS6 2AB", "B12", "LS7")),
    ("Room", ("Room 4", "Room 12", "Room 7")),
    ("Room no.", ("4A", "12B", "7C")),
    ("Flat", ("2A", "3B", "4C")),
    ("Quarter", ("Q1", "Q2", "Q3")),
    ("Week", ("W1", "W2", "W3")),
    ("Ward", ("Ward 7", "Ward 9", "Ward 2")),
    ("District", ("D1", "D2", "D3")),  # the heading alone is enough
])
def test_a_column_headed_as_a_place_or_a_time_is_never_offered_as_the_person(heading, values):
    table = _table([heading, "Kind", "Statement"], {heading: values})
    mapping = guess_mapping(table)
    assert Field.PERSON not in mapping.fields
    assert person_code_column(table, mapping) is None
    lines = build_import(table, mapping, workshop=Workshop()).report.lines()
    assert not any("looks like person codes" in line for line in lines)


@pytest.mark.parametrize("values", [
    ("LS6", "B12", "LS7"),  # postcode districts
    ("Q1", "Q2", "Q4"),  # quarters
    ("W3", "W12", "W7"),  # weeks (or London districts)
    ("Room 4", "Bed 2", "Bay 3"),
])
def test_values_shaped_like_postcodes_or_quarters_are_offered_only_under_a_code_heading(values):
    table = _table(["Notes", "Kind", "Statement"], {"Notes": values})
    assert person_code_column(table, guess_mapping(table)) is None
    table = _table(["Our ref", "Kind", "Statement"], {"Our ref": values})
    assert person_code_column(table, guess_mapping(table)) == 0


@pytest.mark.parametrize("values", [
    ("P01", "P02", "p3"), ("R12", "R7", "R9"), ("AB-123", "CD-4", "EF-56")])
def test_person_codes_under_any_heading_are_still_offered(values):
    table = _table(["Notes", "Kind", "Statement"], {"Notes": values})
    assert person_code_column(table, guess_mapping(table)) == 0


def test_the_command_lines_advice_pastes_into_a_shell_as_one_argument():
    table = _table(["Reviewer's code", "Kind", "Statement"],
                   {"Reviewer's code": ("P01", "p2", "P03")})
    report = build_import(table, guess_mapping(table), workshop=Workshop()).report
    cli = " ".join(report.lines(taking_out=CLI_WAY_BACK))
    advice = cli[cli.index("--map"):cli.index("=person") + len("=person") + 1]
    assert shlex.split(advice) == ["--map", "Reviewer's code=person"]
    assert "with “Reviewer's code” as Person." in " ".join(report.lines())


def test_a_heading_with_a_name_in_it_is_advised_by_its_letter():
    """The report says "[name]" for the name, which no column is called: the letter works."""
    heading = "Sarah Jones list"
    table = _table(["Kind", "Statement", heading], {heading: ("P01", "p2", "P03")})
    report = build_import(table, guess_mapping(table), workshop=Workshop()).report
    cli = " ".join(report.lines(taking_out=CLI_WAY_BACK))
    assert "Sarah" not in cli
    assert "Column C (“[name] list”) looks like person codes" in cli
    assert "then import the file again with --map 'column C=person'." in cli
    app = " ".join(report.lines())
    assert "then import the file again with Column C (“[name] list”) as Person." in app


@pytest.mark.parametrize("heading", [
    "Client's ID", "Client’s ID", "Person's code", "Service user's ref", "ClientID", "PersonID",
    "ServiceUserID", "Cyfeirnod", "Rhif cleient", "Cod person",
])
def test_possessive_joined_and_welsh_person_headings_are_the_person(heading):
    assert field_for_heading(heading) == Field.PERSON


@pytest.mark.parametrize("heading", [
    "Reviewer's ID", "Staff's code", "Rhif", "Rhif ffôn", "Cyfeiriad", "UserName", "Personal",
])
def test_other_welsh_and_joined_headings_are_not(heading):
    assert field_for_heading(heading) != Field.PERSON


@pytest.mark.parametrize(("value", "kind"), [
    ("Beth sy'n gweithio i mi", Kind.WORKING),
    ("Beth sy'n gweithio i ni", Kind.WORKING),
    ("Beth sydd ddim yn gweithio i mi", Kind.NOT_WORKING),
    ("Yn y dyfodol", Kind.FUTURE),
    ("Pwysig i mi yn y dyfodol", Kind.FUTURE),
    ("Pwysig i ni ar gyfer y dyfodol", Kind.FUTURE),
])
def test_welsh_kind_values_with_for_me_words_are_read(value, kind):
    assert KindValues.default().kind_of(value) == kind


@pytest.mark.parametrize("value", ["I mi", "Yr", "Pwysig i mi", "Y mi"])
def test_welsh_filler_alone_is_no_kind(value):
    assert KindValues.default().kind_of(value) is None
    assert KindValues.default().kind_of("Y") == Kind.WORKING  # "Y" (yes) as written
