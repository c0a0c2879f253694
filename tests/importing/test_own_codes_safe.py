"""Codes of their own are safe (code review A24 of F4): the same sheet again is never added twice
nor put onto another area's people, whatever codes its people were given since; a withdrawn
person's rows stay out, ticked or not; the note is a warning only with a sign of other people;
a person whose rows are mostly stock phrases is named; the map is worked out in linear time.
(A24's reproductions first, then the cases around them.)"""
from __future__ import annotations

from tests.importing.test_areas_same_codes import NORTH, SOUTH  # the two areas' sheets, shared
from tests.python_steps import steps
from wtfc.importing.building import build_import, import_edit
from wtfc.importing.cli import main_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.own_codes import own_code_map
from wtfc.importing.table import SourceTable
from wtfc.model.document import Document
from wtfc.model.operations.people import rename_person
from wtfc.model.operations.withdraw import remove_person
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Person, Workshop

NORTH_LATER = [("Person", "Kind", "Statement"),  # the same people's later rows, no Locality
               ("P01", "Working", "My daughter visits on Sundays"),
               ("P01", "Not working", "I can't get to the GP surgery"),
               ("P02", "Future", "To go to the seaside again"),
               ("P03", "Not working", "The meals on wheels are cold")]


def _plan(doc, rows, name, **options):
    table = SourceTable(rows=list(rows), source_name=name)
    plan = build_import(table, guess_mapping(table), workshop=doc.workshop,
                        person_codes=dict(doc.import_person_codes), **options)
    return plan


def _do(doc, rows, name, **options):
    plan = _plan(doc, rows, name, **options)
    if plan.cards:
        import_edit(doc, plan).do(doc)
        doc.import_person_codes = dict(plan.person_codes)
    return plan


def _note(plan) -> str:
    return next((x for x in plan.report.lines() if "already have cards" in x
                 or "already has cards" in x), "")


def _north() -> Document:
    doc = Document(Workshop())
    _do(doc, NORTH, "north.csv")
    return doc


def test_s1_south_again_after_own_codes_adds_nothing_unticked():
    doc = _north()
    _do(doc, SOUTH, "south.csv", own_codes=True)
    again = _plan(doc, SOUTH, "south.csv")
    assert not again.cards  # fails: 4 cards onto North's P01/P02


def test_s1_south_again_after_own_codes_adds_nothing_ticked():
    doc = _north()
    _do(doc, SOUTH, "south.csv", own_codes=True)
    again = _plan(doc, SOUTH, "south.csv", own_codes=True)
    assert not again.cards  # fails: 5 cards as P06/P07


def test_s1_the_same_file_again_with_own_codes_adds_nothing():
    doc = _north()
    again = _plan(doc, NORTH, "north.csv", own_codes=True)
    assert not again.cards  # fails: 7 cards as P04-P06


def test_s2_a_withdrawn_persons_row_stays_out_when_ticked():
    doc = _north()
    remove_person(doc, code="P02").do(doc)
    plan = _plan(doc, NORTH_LATER, "north_later.csv", own_codes=True)
    assert "To go to the seaside again" not in [c.text for c in plan.cards]  # fails: as P05


def test_r1_the_same_peoples_later_rows_raise_no_other_area_warning():
    doc = _north()
    plan = _plan(doc, NORTH_LATER, "north_later.csv")
    assert "these are other people" not in _note(plan)  # fails: the full warning


def test_r3_own_code_map_is_not_quadratic():
    people = [Person(id=f"P{i:04d}") for i in range(1, 5001)]
    workshop = Workshop(people=people)
    cells = [f"P{i:04d}" for i in range(1, 5001)]
    # counted in Python steps (a loaded machine stretches seconds): ~83 a code; a scan of
    # every code for each took ~30 s
    given, _ = steps(lambda: own_code_map(workshop, cells), most=150 * 5000)
    assert len(given) == 5000


def test_r4_another_areas_mrs_a_can_be_kept_apart():
    doc = Document(Workshop())
    _do(doc, [("Person", "Kind", "Statement", "Locality"),
              ("Mrs A", "Not working", "Carers are always late", "North")], "north.csv")
    plan = _plan(doc, [("Person", "Kind", "Statement", "Area"),
                       ("Mrs A", "Not working", "Carers are always late", "South")],
                 "south.csv", own_codes=True)
    assert len(plan.cards) == 1  # fails: skipped as a duplicate of North's Mrs A


def test_r5_a_code_whose_rows_are_stock_phrases_is_named():
    doc = Document(Workshop())
    _do(doc, [("Person", "Kind", "Statement"),
              ("P01", "Not working", "Carers are always late"),
              ("P01", "Not working", "I feel lonely"),
              ("P01", "Future", "To stay in my own home")], "north.csv")
    plan = _plan(doc, [("Person", "Kind", "Statement"),
                       ("P01", "Not working", "Carers are always late"),
                       ("P01", "Not working", "I feel lonely"),
                       ("P01", "Working", "My neighbour helps with shopping")], "south.csv")
    assert _note(plan).startswith("P01")  # fails: nothing said, 2 rows skipped


def _people(doc) -> list[tuple[str, str]]:
    return sorted((p.id, p.locality) for p in doc.workshop.people)


def test_south_again_after_codes_of_their_own_is_nothing_new_and_said():
    doc = _north()
    _do(doc, SOUTH, "south.csv", own_codes=True)
    for own in (False, True):
        again = _plan(doc, SOUTH, "south.csv", own_codes=own)
        lines = again.report.lines()
        assert not again.cards and not again.people
        assert any("This sheet is an earlier import's again, whose people have other codes "
                   "now: P01 is P04, P02 is P05." in x for x in lines)
        assert not _note(again)  # nor the note offering the tick that would add it again


def test_a_corrected_south_sheet_ticked_goes_onto_the_codes_it_was_given():
    doc = _north()
    _do(doc, SOUTH, "south.csv", own_codes=True)
    corrected = [*SOUTH, ("P02", "South", "Important to me in the future", "A holiday by the sea")]
    plan = _plan(doc, corrected, "south.csv", own_codes=True)
    assert [(c.person, c.text) for c in plan.cards] == [("P05", "A holiday by the sea")]
    assert not plan.people


def test_a_ticked_import_undone_and_redone_then_the_same_sheet_adds_nothing():
    doc = _north()
    plan = _plan(doc, SOUTH, "south.csv", own_codes=True)
    edit = import_edit(doc, plan)
    edit.do(doc)
    assert len(doc.workshop.cards) == 12 and ("P04", "South") in _people(doc)
    edit.undo(doc)
    assert len(doc.workshop.cards) == 7 and len(doc.workshop.people) == 3
    edit.do(doc)  # redo
    assert len(doc.workshop.cards) == 12 and len(doc.workshop.people) == 5
    assert not _plan(doc, SOUTH, "south.csv", own_codes=True).cards


def test_north_again_after_its_codes_were_renamed_is_not_put_onto_souths_people():
    """R4 R1: North renamed N01-N03 on Collect to keep South apart, then North's sheet again."""
    doc = _north()
    for n in (1, 2, 3):
        rename_person(doc, old=f"P0{n}", new=f"N0{n}").do(doc)
    _do(doc, SOUTH, "south.csv")
    assert ("P01", "South") in _people(doc)
    again = _plan(doc, NORTH, "north.csv")
    assert not again.cards


def test_a_withdrawn_persons_rows_stay_out_ticked_and_the_note_says_so():
    doc = _north()
    remove_person(doc, code="P02").do(doc)
    plan = _plan(doc, NORTH_LATER, "north_later.csv", own_codes=True)
    lines = plan.report.lines()
    assert "P02" not in {c.person for c in plan.cards}
    assert any("a person who withdrew (Remove this person…): 1" in x for x in lines)
    assert any("P02 withdrew: their rows stay out of this import" in x for x in lines)
    assert not any("P02 →" in x for x in lines)  # never given a code of its own
    unticked = _note(_plan(doc, NORTH_LATER, "north_later.csv"))
    assert "P02 withdrew" in unticked and "P02 →" not in unticked


def test_a_clash_of_localities_is_still_a_warning_and_the_same_peoples_rows_calm():
    doc = _north()
    south = _plan(doc, SOUTH, "south.csv")
    assert south.report.other_sheet_codes.loud
    assert "these are other people" in _note(south)
    later = _plan(doc, NORTH_LATER, "north_later.csv")
    assert not later.report.other_sheet_codes.loud
    assert _note(later).startswith("P01, P02 and P03 already have cards from import 1: this "
                                   "sheet's rows joined them")


def test_a_stock_phrase_person_is_named_with_the_rows_skipped():
    doc = Document(Workshop())
    _do(doc, [("Person", "Kind", "Statement"), ("P01", "Not working", "Carers are always late"),
              ("P01", "Not working", "I feel lonely"),
              ("P01", "Future", "To stay in my own home")], "north.csv")
    plan = _plan(doc, [("Person", "Kind", "Statement"),
                       ("P02", "Working", "The lunch club"),
                       ("P01", "Not working", "I feel lonely"),
                       ("P01", "Not working", "Carers are always late"),
                       ("P01", "Working", "My neighbour helps with shopping")], "south.csv")
    note = _note(plan)
    assert note.startswith("P01 already has cards from import 1, and a code is")
    assert "2 rows of this sheet were skipped as the same words" in note


def test_wtfc_import_own_codes_on_the_same_file_again_adds_nothing(tmp_path, capsys):
    north, south = tmp_path / "north.csv", tmp_path / "south.csv"
    north.write_text("\n".join(",".join(r) for r in NORTH) + "\n", encoding="utf-8")
    south.write_text("\n".join(",".join(r) for r in SOUTH) + "\n", encoding="utf-8")
    into = str(tmp_path / "all.wtfc")
    assert main_import([str(north), "--into", into]) == 0
    assert main_import([str(north), "--into", into, "--own-codes"]) == 1
    assert main_import([str(south), "--into", into, "--own-codes"]) == 0
    assert main_import([str(south), "--into", into, "--own-codes"]) == 1
    assert main_import([str(south), "--into", into]) == 1
    workshop = load_workshop(into).workshop
    assert len(workshop.cards) == 12 and len(workshop.people) == 5


def test_codes_of_their_own_asked_for_the_same_file_again_says_why_none_are_given():
    doc = _north()
    lines = _plan(doc, NORTH, "north.csv", own_codes=True).report.lines()
    assert any("Codes of their own were asked for, but this sheet is an earlier import's again: "
               "its people are already here" in x for x in lines)


def test_a_code_merged_into_another_is_named_as_the_sheet_gives_it():
    """A24 M1: North's P03 merged into P01; South's sheet giving only P03 was said as P01."""
    doc = _north()
    rename_person(doc, old="P03", new="P01").do(doc)
    south = [SOUTH[0], ("P03", "South", "What's working", "The library van"),
             ("P03", "South", "What's not working", "No one calls")]
    assert _note(_plan(doc, south, "south.csv")).startswith(
        "P03 (merged into P01) already has cards from import 1")


def test_souths_names_sheet_again_after_the_tick_is_not_put_onto_norths_mrs_a():
    doc = Document(Workshop())
    _do(doc, [("Person", "Kind", "Statement", "Locality"),
              ("Mrs A", "Not working", "Carers are always late", "North"),
              ("Mr B", "Working", "The lunch club", "North")], "north.csv")
    south = [("Person", "Kind", "Statement", "Area"),
             ("Mrs A", "Not working", "Carers are always late", "South"),
             ("Mrs A", "Working", "My garden", "South"), ("Mr C", "Working", "Bingo", "South")]
    ticked = _do(doc, south, "south.csv", own_codes=True)
    assert len(ticked.cards) == 3 and len(doc.workshop.people) == 4
    for own in (False, True):
        assert not _plan(doc, south, "south.csv", own_codes=own).cards
    later = _plan(doc, [("Person", "Kind", "Statement"), ("Mrs A", "Working", "Radio")], "n2.csv")
    assert [c.person for c in later.cards] == ["P001"]  # the session's Mrs A is North's still


def test_a_withdrawn_person_given_a_code_of_their_own_stays_out_of_their_sheet_again():
    """South's P02 came in as P05 and withdrew: South's sheet again, ticked or not, brought their
    rows back onto North's P02 or as P06."""
    doc = _north()
    _do(doc, SOUTH, "south.csv", own_codes=True)
    remove_person(doc, code="P05").do(doc)
    for own in (False, True):
        again = _plan(doc, SOUTH, "south.csv", own_codes=own)
        assert not again.cards
        assert any("a person who withdrew (Remove this person…): 2" in x
                   for x in again.report.lines())


def test_a_new_person_in_a_longer_copy_is_not_taken_for_the_withdrawn_one():
    doc = _north()
    _do(doc, SOUTH, "south.csv", own_codes=True)
    remove_person(doc, code="P05").do(doc)
    longer = [*SOUTH, ("P03", "South", "What's working", "The library van"),
              ("P03", "South", "What's not working", "No one calls")]
    plan = _plan(doc, longer, "south.csv", own_codes=True)
    assert [(c.person, c.text) for c in plan.cards] == [
        ("P06", "The library van"), ("P06", "No one calls")]
