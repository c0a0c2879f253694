"""Two care managers' filled templates that both start at P01: the second import says that
P01 and P02 already have cards from import 1, so may be other people, and how to give them
codes of their own. A code is still the same person in every file (a note, never
a refusal). It said only "6 cards added from 2 rows." while four reviews became two people.
The app's report page shows the same line (tests/ui/test_import_other_sheet_codes.py)."""

from __future__ import annotations

from import_files import template_sheet

from wtfc.importing.building import build_import
from wtfc.importing.cli import main_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.sources import read_source
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Card, Kind, Workshop

NORTH = [["P01", "Older person", "North", "", "", "I like the garden", None, "Cold house", None,
          "Warm home", None],
         ["P02", "Older person", "North", "", "", "My cat", None, "No bus", None,
          "Go to church", None]]
SOUTH = [["P01", "Older person", "South", "", "", "Day centre staff are kind", None,
          "Too many forms", None, "A break", None],
         ["P02", "Older person", "South", "", "", "Lunch club", None, "Lonely at weekends",
          None, "See family", None]]
SAID = ("P01 and P02 already have cards from import 1, and a code is the same person in every "
        "file. P01 and P02 are “North” on People and “South” on this sheet. If this sheet is "
        "from another area or care manager, these are other people: Undo takes this import "
        "out; then import the sheet again and tick “Give this sheet's people codes of their "
        "own”. If it is more from the same people, nothing needs doing.")


def _plan(path, workshop):
    table = read_source(path)
    return build_import(table, guess_mapping(table), workshop=workshop)


def _after(plan, workshop=None):
    workshop = workshop or Workshop()
    return Workshop(people=[*workshop.people, *plan.people], cards=[*workshop.cards, *plan.cards])


def test_a_second_care_managers_p01_and_p02_are_said_to_be_maybe_others(tmp_path):
    north = _after(_plan(template_sheet(tmp_path, "north.xlsx", NORTH), Workshop()))
    south = _plan(template_sheet(tmp_path, "south.xlsx", SOUTH), north)
    assert len(south.cards) == 6  # still imported as P01's and P02's: a note, not a refusal
    assert {c.person for c in south.cards} == {"P01", "P02"}
    assert SAID in south.report.lines()


def test_the_same_sheet_again_or_a_longer_copy_says_nothing_of_it(tmp_path):
    north_path = template_sheet(tmp_path, "north.xlsx", NORTH)
    north = _after(_plan(north_path, Workshop()))
    longer = [*NORTH, ["P03", "Older person", "North", "", "", "The library", None, "Stairs",
                       None, "A stairlift", None]]
    plan = _plan(template_sheet(tmp_path, "longer.xlsx", longer), north)
    assert [c.person for c in plan.cards] == ["P03"] * 3
    assert not any("already have cards from import" in x or "already has cards" in x
                   for x in plan.report.lines())
    # one row's words put right, another's new: P01 repeats a card, so is not someone else
    edited = [[*NORTH[0][:5], "I like the garden.", None, "A new worry", None, "Warm home", None]]
    plan = _plan(template_sheet(tmp_path, "edited.xlsx", edited), north)
    assert not any("already has cards" in x for x in plan.report.lines())


def test_one_code_is_said_alone_and_a_card_typed_for_it_too(tmp_path):
    north = _after(_plan(template_sheet(tmp_path, "north.xlsx", NORTH[:1]), Workshop()))
    plan = _plan(template_sheet(tmp_path, "south.xlsx", SOUTH[:1]), north)
    line = next(x for x in plan.report.lines() if "already has cards" in x)
    assert line.startswith("P01 already has cards from import 1, and a code is the same person")
    assert "P01 is “North” on People and “South” on this sheet." in line
    assert "this is another person: Undo takes this import out; then import the sheet" in line
    assert line.endswith("If it is more from the same person, nothing needs doing.")
    # a card typed for P01 (no import gave them, so the sheet's tags clash with nothing)
    typed = Card(id="abcdef123456", kind=Kind.WORKING, text="Likes radio", person="P01",
                 source="Typed in")
    plan = _plan(template_sheet(tmp_path, "south.xlsx", SOUTH[:1]),
                 Workshop(people=north.people, cards=[typed]))
    assert any(x.startswith("P01 already has cards typed in, and a code is the same person")
               for x in plan.report.lines())


def test_a_long_sheet_with_a_code_again_is_said_too():
    """One statement a row: the same code from another file may be that person's later words,
    or another area's P01 (review R4 S1): said, as for templates; never refused."""
    first = SourceTable(rows=[("Person", "Kind", "Statement"), ("P01", "Working", "Garden")],
                        source_name="a.csv")
    plan = build_import(first, guess_mapping(first), workshop=Workshop())
    second = SourceTable(rows=[("Person", "Kind", "Statement"), ("P01", "Working", "Radio")],
                         source_name="b.csv")
    again = build_import(second, guess_mapping(second), workshop=_after(plan))
    assert [c.person for c in again.cards] == ["P01"]
    assert any(x.startswith("P01 already has cards from import 1") for x in again.report.lines())


def test_a_template_after_a_long_sheet_of_the_same_codes_is_said(tmp_path):
    first = SourceTable(rows=[("Person", "Kind", "Statement"), ("P01", "Working", "Garden")],
                        source_name="a.csv")
    plan = build_import(first, guess_mapping(first), workshop=Workshop())
    south = _plan(template_sheet(tmp_path, "south.xlsx", SOUTH[:1]), _after(plan))
    assert len(south.cards) == 3
    assert any(x.startswith("P01 already has cards from import 1") for x in south.report.lines())


def test_wtfc_import_says_how_to_go_back_on_the_command_line(tmp_path, capsys):
    into = str(tmp_path / "w.wtfc")
    assert main_import([str(template_sheet(tmp_path, "north.xlsx", NORTH)), "--into", into]) == 0
    capsys.readouterr()
    assert main_import([str(template_sheet(tmp_path, "south.xlsx", SOUTH)), "--into", into]) == 0
    out = capsys.readouterr().out
    assert ("If this sheet is from another area or care manager, these are other people: "
            "'w.wtfc.bak' holds the workshop as it was before this import") in out
    assert "and save; then import the sheet again with --own-codes." in out


def test_a_later_sheet_giving_the_same_locality_is_the_same_people_and_says_nothing(tmp_path):
    """March's reviews of North's P01 and P02, in other words: the sheet gives them the
    locality People has, so they are the same people (code review B2 F5). South's P01 and P02
    are said, as their locality differs; so is a code whose role alone agrees, as most are
    older people."""
    north = _after(_plan(template_sheet(tmp_path, "north.xlsx", NORTH), Workshop()))
    march = [[*row[:5], "A new chair", None, "Dark evenings", None, "Spring walks", None]
             for row in NORTH]
    plan = _plan(template_sheet(tmp_path, "north_march.xlsx", march), north)
    assert len(plan.cards) == 6
    assert not any("already have cards" in x for x in plan.report.lines())
    no_locality = [[row[0], row[1], "", *row[3:5], "A new chair", None, "Dark evenings", None,
                    "Spring walks", None] for row in NORTH]
    plan = _plan(template_sheet(tmp_path, "role_only.xlsx", no_locality), north)
    assert any("already have cards from import 1" in x for x in plan.report.lines())
