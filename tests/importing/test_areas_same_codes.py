"""Two areas' sheets that both number their people from P01 (code review R4 S1, S2, R2). North's
one-row-a-statement sheet, then South's: South's P01 and P02 were silently made North's, and
South's P01 "Carers are always late" skipped as a duplicate of North's P01's card. Now the
import says so (the codes, the import, the locality clash, the rows skipped), with the way to
keep them apart, and ``own_codes`` gives South's people codes of their own (P04, P05), none of
their rows skipped, in one undoable step."""

from __future__ import annotations

from tests.importing.import_files import template_sheet
from wtfc.importing.building import build_import, import_edit
from wtfc.importing.cli import main_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.sources import read_source
from wtfc.importing.table import SourceTable
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Workshop

NORTH = [("Person", "Kind", "Statement", "Locality"),
         ("P01", "Working", "My carer is kind and patient", "North"),
         ("P01", "Not working", "Carers are always late", "North"),
         ("P01", "Future", "To get out to the shops on my own", "North"),
         ("P02", "Working", "The lunch club on Tuesdays", "North"),
         ("P02", "Not working", "Nobody rings back when I call the office", "North"),
         ("P03", "Not working", "Carers are always late", "North"),
         ("P03", "Future", "To see my grandchildren more often", "North")]
SOUTH = [("Code", "Area", "Type", "Comment"),
         ("P01", "South", "What's working", "The day centre staff listen to me"),
         ("P01", "South", "What's not working", "Carers are always late"),
         ("P01", "South", "Important to me in the future", "To stay in my own home"),
         ("P02", "South", "What's working", "My neighbour helps with shopping"),
         ("P02", "South", "What's not working", "The bus into town stopped running")]


def _plan(rows, doc, name, **options):
    table = SourceTable(rows=list(rows), source_name=name)
    return build_import(table, guess_mapping(table), workshop=doc.workshop, **options)


def _north() -> Document:
    doc = Document(Workshop())
    import_edit(doc, _plan(NORTH, doc, "north.csv")).do(doc)
    return doc


def _note(plan) -> str:
    return next((x for x in plan.report.lines() if "already have cards" in x
                 or "already has cards" in x), "")


def test_a_second_areas_long_sheet_is_said_with_its_clash_and_the_row_it_skips():
    doc = _north()
    south = _plan(SOUTH, doc, "south.csv")
    note = _note(south)
    assert note.startswith("P01 and P02 already have cards from import 1, and a code is the "
                           "same person in every file.")
    assert "P01 and P02 are “North” on People and “South” on this sheet." in note
    assert "1 row of this sheet was skipped as the same words as their cards already there" \
        in note
    assert "tick “Give this sheet's people codes of their own”" in note
    # and the line on People's locality says it may be another person, not only news
    assert any("if the sheet is another area's, it may be another person with the same code"
               in x for x in south.report.lines())


def test_codes_of_their_own_keep_every_row_and_two_people_in_one_undoable_step():
    doc = _north()
    south = _plan(SOUTH, doc, "south.csv", own_codes=True)
    assert [c.person for c in south.cards] == ["P04", "P04", "P04", "P05", "P05"]
    assert "Carers are always late" in [c.text for c in south.cards]  # not skipped
    assert not _note(south)
    assert any("P01 → P04, P02 → P05" in x for x in south.report.lines())
    edit = import_edit(doc, south)
    edit.do(doc)
    people = {p.id: p.locality for p in doc.workshop.people}
    assert people == {"P01": "North", "P02": "North", "P03": "North", "P04": "South",
                      "P05": "South"}
    assert sum(c.text == "Carers are always late" for c in doc.workshop.cards) == 3
    edit.undo(doc)
    assert len(doc.workshop.cards) == 7 and len(doc.workshop.people) == 3
    edit.do(doc)  # redo
    assert len(doc.workshop.cards) == 12 and len(doc.workshop.people) == 5


def test_the_same_sheet_again_and_one_more_row_of_it_say_nothing_of_other_people():
    doc = _north()
    longer = [*NORTH, ("P01", "Working", "The new bath rail", "North")]
    plan = _plan(longer, doc, "north.csv")
    assert [c.text for c in plan.cards] == ["The new bath rail"]
    assert not _note(plan)


def test_a_code_most_of_whose_rows_repeat_is_still_said_when_one_does(tmp_path):
    """One-row-a-person sheets (R4 S2): South's P01 also said "Carers are always late", and was
    left out of the note for that one repeated row; the note names P01 and P02."""
    north = [["P01", "Older person", "", "", "", "My carer is kind", None,
              "Carers are always late", None, "To get out", None],
             ["P02", "Older person", "", "", "", "The lunch club", None, "Nobody rings back",
              None, "See my grandchildren", None]]
    south = [["P01", "Older person", "", "", "", "The day centre", None,
              "Carers are always late", None, "Stay at home", None],
             ["P02", "Older person", "", "", "", "My neighbour", None, "The bus stopped",
              None, "A break", None]]
    doc = Document(Workshop())
    first = read_source(template_sheet(tmp_path, "north.xlsx", north))
    import_edit(doc, build_import(first, guess_mapping(first), workshop=doc.workshop)).do(doc)
    second = read_source(template_sheet(tmp_path, "south.xlsx", south))
    plan = build_import(second, guess_mapping(second), workshop=doc.workshop)
    assert _note(plan).startswith("P01 and P02 already have cards from import 1")
    kept = build_import(second, guess_mapping(second), workshop=doc.workshop, own_codes=True)
    assert ("P03", "Carers are always late") in [(c.person, c.text) for c in kept.cards]


def test_wtfc_import_own_codes(tmp_path, capsys):
    north, south = tmp_path / "north.csv", tmp_path / "south.csv"
    north.write_text("\n".join(",".join(r) for r in NORTH) + "\n", encoding="utf-8")
    south.write_text("\n".join(",".join(r) for r in SOUTH) + "\n", encoding="utf-8")
    into = str(tmp_path / "all.wtfc")
    assert main_import([str(north), "--into", into]) == 0
    capsys.readouterr()
    assert main_import([str(south), "--into", into, "--own-codes"]) == 0
    out = capsys.readouterr().out
    assert "5 cards added from 5 rows." in out
    assert "given codes of their own, as the workshop already had their codes for other " \
        "people: P01 → P04, P02 → P05." in out
    assert len(load_workshop(into).workshop.people) == 5


def test_wtfc_import_names_the_option_when_it_says_the_codes(tmp_path, capsys):
    north, south = tmp_path / "north.csv", tmp_path / "south.csv"
    north.write_text("\n".join(",".join(r) for r in NORTH) + "\n", encoding="utf-8")
    south.write_text("\n".join(",".join(r) for r in SOUTH) + "\n", encoding="utf-8")
    into = str(tmp_path / "all.wtfc")
    assert main_import([str(north), "--into", into]) == 0
    capsys.readouterr()
    assert main_import([str(south), "--into", into]) == 0
    out = capsys.readouterr().out
    assert "P01 and P02 already have cards from import 1" in out
    assert "and save; then import the sheet again with --own-codes." in out


def test_a_workshop_given_to_wtfc_import_says_how_to_bring_its_cards_in(tmp_path, capsys):
    """R4 R2: the advice read the wish the wrong way round (add statements to it)."""
    area = tmp_path / "south.wtfc"
    save_workshop(Workshop(), area)
    assert main_import([str(area), "--into", str(tmp_path / "all.wtfc")]) == 1
    err = capsys.readouterr().err
    assert "To bring its cards into another workshop, export its data" in err
    assert "import that file's Cards sheet, with --own-codes" in err
    assert "Held-back cards are not in the export" in err


def test_every_code_with_the_same_clash_is_said_once_not_listed_twice():
    doc = _north()
    south = [SOUTH[0], *SOUTH[1:], ("P03", "South", "What's working", "The library van")]
    note = _note(_plan(south, doc, "south.csv"))
    assert note.startswith("P01, P02 and P03 already have cards from import 1")
    assert "All 3 are “North” on People and “South” on this sheet." in note
