"""The area (locality) chosen for everyone on a sheet (session 35's review R4 R3): North's and
South's care teams each send a sheet with no locality column, and the report's "by locality"
and the People filter could not tell their people apart. ``build_import(locality=…)`` (the
dialog's box, ``--locality``) gives it to each person whose rows give none; a sheet's own
locality cells are kept; a person on People with another is said, never changed."""

from __future__ import annotations

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.sheet_area import area_detail, area_problem, replaced_note
from wtfc.importing.table import SourceTable
from wtfc.model.document import Document
from wtfc.model.workshop import Person, Workshop

# no locality column, as the care teams' sheets come
NORTH = [("Person", "Kind", "Statement"),
         ("P01", "Working", "My carer is kind and patient"),
         ("P01", "Not working", "Carers are always late"),
         ("P02", "Working", "The lunch club on Tuesdays")]
SOUTH = [("Person", "Kind", "Statement"),
         ("P01", "Working", "The day centre staff listen to me"),
         ("P03", "Not working", "The bus into town stopped running")]
# a locality column with a blank for P05 (on both rows) and P04's first row only
MIXED = [("Person", "Kind", "Statement", "Locality"),
         ("P04", "Working", "The garden is lovely", ""),
         ("P04", "Future", "To walk to the park", "East"),
         ("P05", "Working", "My daughter visits", ""),
         ("P05", "Not working", "The stairs are too steep", "")]


def _plan(rows, doc, **options):
    table = SourceTable(rows=list(rows), source_name="sheet.csv")
    return build_import(table, guess_mapping(table), workshop=doc.workshop, **options)


def _localities(doc: Document) -> dict[str, str]:
    return {p.id: p.locality for p in doc.workshop.people}


def test_everyone_on_a_sheet_with_no_locality_column_gets_the_area_in_one_undo_step():
    doc = Document(Workshop())
    plan = _plan(NORTH, doc, locality="  North ")
    edit = import_edit(doc, plan)
    edit.do(doc)
    assert _localities(doc) == {"P01": "North", "P02": "North"}
    assert "“North”, the area (locality) chosen for everyone on this sheet, went to 2 people, " \
        "on People." in plan.report.lines()
    edit.undo(doc)
    assert doc.workshop.people == [] and doc.workshop.cards == []
    edit.do(doc)
    assert _localities(doc) == {"P01": "North", "P02": "North"}


def test_without_an_area_the_people_get_no_locality_as_before():
    doc = Document(Workshop())
    plan = _plan(NORTH, doc)
    import_edit(doc, plan).do(doc)
    assert _localities(doc) == {"P01": "", "P02": ""}
    assert not any("chosen for everyone" in line for line in plan.report.lines())


def test_a_locality_column_keeps_its_values_and_the_area_fills_only_those_it_leaves_blank():
    doc = Document(Workshop())
    plan = _plan(MIXED, doc, locality="West")
    import_edit(doc, plan).do(doc)
    # P04's blank first row is not "said two ways": their later row's East is theirs
    assert _localities(doc) == {"P04": "East", "P05": "West"}
    lines = plan.report.lines()
    assert any("went to 1 person whose “Locality” was blank, on People." in x for x in lines)
    assert not any("Said two ways" in x for x in lines)


def test_a_person_already_on_people_with_another_locality_is_said_not_changed():
    doc = Document(Workshop())
    import_edit(doc, _plan(NORTH, doc, locality="North")).do(doc)
    south = _plan(SOUTH, doc, locality="South")
    note = next(x for x in south.report.lines() if "already has cards" in x)
    assert "P01 is “North” on People and “South” on this sheet." in note
    assert any("P01's “Person's locality”: “North”, the sheet “South” (the area chosen for "
               "everyone on it)" in x for x in south.report.lines())
    import_edit(doc, south).do(doc)
    assert _localities(doc) == {"P01": "North", "P02": "North", "P03": "South"}


def test_with_codes_of_their_own_the_other_areas_people_all_get_its_area():
    doc = Document(Workshop())
    import_edit(doc, _plan(NORTH, doc, locality="North")).do(doc)
    south = _plan(SOUTH, doc, locality="South", own_codes=True)
    import_edit(doc, south).do(doc)
    # South's P01 is given P04, a code of its own; P03 was new already
    assert _localities(doc) == {"P01": "North", "P02": "North", "P03": "South", "P04": "South"}
    assert not any("already has cards" in x for x in south.report.lines())


def test_the_same_area_as_people_reads_as_the_same_person():
    """North's P01 in a later North sheet: no clash, and no other-people warning."""
    doc = Document(Workshop())
    import_edit(doc, _plan(NORTH, doc, locality="North")).do(doc)
    later = _plan([NORTH[0], ("P01", "Future", "To go to the seaside")], doc, locality="north")
    assert not any("already has cards" in x for x in later.report.lines())


def test_a_carried_person_with_no_card_takes_the_area_said():
    doc = Document(Workshop(people=[Person(id="P01", locality="North")]))
    plan = _plan(NORTH, doc, locality="South")
    import_edit(doc, plan).do(doc)
    assert _localities(doc)["P01"] == "South"
    assert any("P01's “Person's locality”: “North” → “South” (the area chosen for everyone "
               "on it)" in x for x in plan.report.lines())


def test_the_area_is_checked_as_a_tag_on_people_is():
    assert area_problem("x" * 301) == "That is too long: a locality holds at most 300 characters."
    assert area_problem(" North  East ") == ""
    assert area_detail("North") == ""
    assert area_detail("Mrs Smith").startswith(
        "Possible personal detail in the locality: “[name]”.")
    assert "“[address]”" in area_detail("14 Mill Lane")


def test_an_area_the_guard_reads_as_a_name_is_quoted_as_its_kind_in_the_report():
    """Said, never refused (People does the same with a typed tag; "Newton Heath" is an area
    of Manchester), but the report, perhaps on the projector, does not print the name."""
    doc = Document(Workshop())
    plan = _plan(NORTH, doc, locality="Mrs Smith")
    import_edit(doc, plan).do(doc)
    assert _localities(doc) == {"P01": "Mrs Smith", "P02": "Mrs Smith"}
    lines = "\n".join(plan.report.lines())
    assert "Smith" not in lines and "“[name]”, the area (locality) chosen" in lines


def test_the_plan_names_the_carried_people_whose_locality_the_area_replaces():
    """For the confirm page, before Import: no one's locality on People changes unsaid."""
    doc = Document(Workshop(people=[Person(id="P01", locality="North"),
                                    Person(id="P02", locality="South")]))
    plan = _plan(NORTH, doc, locality="South")
    assert plan.area_replaced == [("P01", "North")]
    assert replaced_note(plan.area_replaced, "South").startswith(
        "P01 (“North”) is on People with another locality and no card here yet (last time's, "
        "carried by New workshop from this one): Import gives that person “South”")
    assert _plan(NORTH, doc).area_replaced == []


def test_a_row_per_person_sheet_gives_each_person_the_area():
    doc = Document(Workshop())
    rows = [("Person", "What is working", "What is not working"),
            ("P01", "The lunch club", "The bus stopped"),
            ("P02", "My neighbour", "Nobody rings back")]
    plan = _plan(rows, doc, locality="East")
    assert guess_mapping(SourceTable(rows=list(rows), source_name="w.csv")).layout == "wide"
    import_edit(doc, plan).do(doc)
    assert _localities(doc) == {"P01": "East", "P02": "East"}


def test_a_sheet_with_no_person_column_gives_each_row_its_person_and_the_area():
    doc = Document(Workshop())
    rows = [("What is working", "What is not working"),
            ("The lunch club", "The bus stopped"), ("My neighbour", "Nobody rings back")]
    import_edit(doc, _plan(rows, doc, locality="East")).do(doc)
    assert len(doc.workshop.people) == 2
    assert set(_localities(doc).values()) == {"East"}
