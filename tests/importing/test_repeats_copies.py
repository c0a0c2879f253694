"""A longer copy of a file imported before adds only its new rows, for the same people, even
in a new session (the command line, a reopened workshop) where no name is remembered; another
locality's sheet that says the same things at the same rows is not taken for it."""

from import_files import import_into, write_xlsx

from wtfc.importing.building import build_import
from wtfc.importing.cli import main_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.sources import read_source
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Workshop

HEADER = ["Name", "Kind", "Statement"]
NAMES = [HEADER, ["Mrs Ada Brown", "Not working", "I feel lonely"],
         ["Mr Carl Dean", "Working", "Good food"],
         ["Mrs Ada Brown", "Working", "My carer is kind"],
         ["Mr Carl Dean", "Future", "Walks in the park"]]
LONGER = [*NAMES, ["Mrs Eve Frost", "Not working", "Buses are late"],
          ["Mr Carl Dean", "Not working", "Nobody phones"]]


def _import(doc, path):
    return import_into(doc, path)


def _by_text(doc):
    return {c.text: c.person for c in doc.workshop.cards}


def test_a_longer_copy_in_a_new_session_adds_only_its_new_rows_for_the_same_people(tmp_path):
    doc = Document(Workshop())
    _import(doc, write_xlsx(tmp_path / "a.xlsx", NAMES))
    plan = _import(doc, write_xlsx(tmp_path / "a longer.xlsx", LONGER))
    assert [c.text for c in plan.cards] == ["Buses are late", "Nobody phones"]
    assert [p.id for p in plan.people] == ["P003"]  # Eve; Ada and Carl keep their codes
    people = _by_text(doc)
    assert people["Nobody phones"] == people["Good food"]
    assert len(doc.workshop.people) == 3
    assert plan.report.worded_like == 0


def test_a_longer_copy_on_the_command_line(tmp_path, capsys):
    into = tmp_path / "w.wtfc"
    assert main_import([str(write_xlsx(tmp_path / "a.xlsx", NAMES)), "--into", str(into)]) == 0
    assert main_import([str(write_xlsx(tmp_path / "b.xlsx", LONGER)), "--into", str(into)]) == 0
    assert "2 cards added from 6 rows; 4 skipped." in capsys.readouterr().out
    workshop = load_workshop(into).workshop
    assert len(workshop.cards) == 6 and len(workshop.people) == 3


def test_a_longer_anonymised_copy_adds_only_its_new_rows(tmp_path):
    rows = [row[1:] for row in NAMES]
    doc = Document(Workshop())
    _import(doc, write_xlsx(tmp_path / "a.xlsx", rows))
    plan = _import(doc, write_xlsx(tmp_path / "b.xlsx", [*rows, ["Working", "Garden"],
                                                         ["Working", "Good food"]]))
    assert [c.text for c in plan.cards] == ["Garden", "Good food"]


NORTH = [HEADER, ["Mrs Ada Brown", "Not working", "I feel lonely"],
         ["Mr Carl Dean", "Working", "My carer is kind"],
         ["Mr Carl Dean", "Not working", "Carers are late"]]
SOUTH = [HEADER, ["Mrs Eve Frost", "Not working", "I feel lonely"],
         ["Mr Gus Hale", "Working", "My carer is kind"],
         ["Mr Gus Hale", "Not working", "Nothing to do all day"]]


def test_another_localitys_sheet_mostly_saying_the_same_things_is_another_file(tmp_path):
    doc = Document(Workshop())
    _import(doc, write_xlsx(tmp_path / "north.xlsx", NORTH))
    plan = _import(doc, write_xlsx(tmp_path / "south.xlsx", SOUTH))
    assert [c.text for c in plan.cards] == [row[2] for row in SOUTH[1:]]
    assert plan.report.skipped == []
    assert len({c.person for c in doc.workshop.cards}) == 4
    assert not any("added again" in line or "reworded" in line for line in plan.report.lines())
    assert plan.report.worded_like == 2


def test_other_sheets_without_people_are_other_files(tmp_path):
    """Anonymised, wide, or two sheets of one workbook (a card's source does not say which)."""
    north = [row[1:] for row in NORTH]
    south = [row[1:] for row in SOUTH]
    wide_north = [["Working 1", "Working 2", "Not working 1"],
                  ["Family visits", "My carer is kind", "I feel lonely"],
                  ["Good food", "Garden", "Buses late"]]
    wide_south = [wide_north[0], wide_north[1], ["Nice staff", "Garden", "Cold rooms"]]
    for first, second, added in ((north, south, 3), (wide_north, wide_south, 6)):
        doc = Document(Workshop())
        _import(doc, write_xlsx(tmp_path / "n.xlsx", first))
        assert len(_import(doc, write_xlsx(tmp_path / "s.xlsx", second)).cards) == added
    book = write_xlsx(tmp_path / "both.xlsx", NORTH)
    from openpyxl import load_workbook
    workbook = load_workbook(book)
    sheet = workbook.create_sheet("South")
    for row in SOUTH:
        sheet.append(row)
    workbook.save(book)
    doc = Document(Workshop())
    _import(doc, book)
    table = read_source(book, sheet="South")
    plan = build_import(table, guess_mapping(table), workshop=doc.workshop)
    assert len(plan.cards) == 3 and len(plan.people) == 2


def test_a_sorted_copy_in_a_new_session_is_kept_and_said(tmp_path):
    doc = Document(Workshop())
    _import(doc, write_xlsx(tmp_path / "a.xlsx", NAMES))
    plan = _import(doc, write_xlsx(tmp_path / "sorted.xlsx", [HEADER, *sorted(NAMES[1:])]))
    assert len(plan.cards) == 4 and plan.report.worded_like == 4
    assert plan.report.lines()[-1].startswith(
        "4 statements have the same words as cards already in the workshop")


SHEET_A = [["Name", "Kind", "Statement"],
           ["Mrs Ann Lee", "Working", "I like my carers"],
           ["Mr Bob Ray", "Not working", "I feel lonely"],
           ["Ms Cat Dunn", "Not working", "The bus is late"],
           ["Mr Ed Fry", "Future", "I want to go out more"]]
SHEET_B = [SHEET_A[0],  # other people, the same common statements on the same rows
           ["Mr Dan Eve", "Working", "I like my carers."],
           ["Mrs Eve Fox", "Not working", "I feel lonely"],
           ["Ms Fay Gill", "Not working", "The bus is late"],
           ["Mr Gus Hart", "Future", "I want to go out more"]]


def test_rows_skipped_only_for_where_they_sit_are_said_with_what_to_do(tmp_path, capsys):
    """Another locality's sheet, with the same words on the same rows as sheet A's, imported
    in a new session: nothing in it says its people are not A's, so it is taken for A again.
    It said only 'Skipped as duplicate of a card already there: 4' and 'every statement in it
    is already in the workshop'; it now says why, and how to import it as another sheet."""
    into = str(tmp_path / "w.wtfc")
    assert main_import([str(write_xlsx(tmp_path / "a.xlsx", SHEET_A)), "--into", into]) == 0
    capsys.readouterr()
    sheet_b = str(write_xlsx(tmp_path / "b.xlsx", SHEET_B))
    assert main_import([sheet_b, "--into", into]) == 1
    said = capsys.readouterr()
    told = ("4 rows were taken as import 1's rows again (the same words at the same rows) and "
            "skipped. If this is another sheet, with other people saying the same things, add "
            "a blank row above its headings, save, and import it again")
    assert told in said.out and told in said.err
    # what it says to do works: the rows sit elsewhere and are kept, by four new people
    assert main_import([str(write_xlsx(tmp_path / "b2.xlsx", [[], *SHEET_B])), "--into",
                        into]) == 0
    workshop = load_workshop(into).workshop
    assert len(workshop.cards) == 8 and len(workshop.people) == 8
    # a third such sheet with one blank row lines up with the second: it says to add another
    # (it said only 'add a blank row above its headings', which it had), and that works too
    names = ["Hal", "Ivy", "Jo", "Kay"]
    sheet_c = [SHEET_B[0], *([f"Ms {name} Ray", *row[1:]]
                             for name, row in zip(names, SHEET_B[1:], strict=True))]
    assert main_import([str(write_xlsx(tmp_path / "c.xlsx", [[], *sheet_c])), "--into",
                        into]) == 1
    said = capsys.readouterr().out
    assert "taken as import 2's rows again" in said
    assert "if its rows still line up with an earlier import's, add another" in said
    assert main_import([str(write_xlsx(tmp_path / "c2.xlsx", [[], [], *sheet_c])), "--into",
                        into]) == 0
    assert len(load_workshop(into).workshop.cards) == 12


def test_the_dialogs_session_knows_the_names_so_says_nothing_of_places(tmp_path):
    doc = Document(Workshop())
    first = import_into(doc, write_xlsx(tmp_path / "a.xlsx", SHEET_A))
    again = import_into(doc, write_xlsx(tmp_path / "b.xlsx", SHEET_B),
                        person_codes=first.person_codes)
    assert len(again.cards) == 4
    assert not any("taken as import" in note for note in again.report.notes)
