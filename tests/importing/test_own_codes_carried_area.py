"""Review 36 W1 R1: the next cycle's sheets, given codes of their own, and last time's people
carried by New workshop from this one. North's P01-P04 and South's P05-P08 (given codes of
their own last time) are on People with their areas and no card yet. South's sheet numbers its
people P01-P04 again: with its area "South" they are last time's South people, P05-P08, not new
ones P09-P12 past them; and North's P01-P04 carried, "North", are not South's people because
they have no card yet. Both orders end with the same eight people, each with their cards."""

from __future__ import annotations

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.table import SourceTable
from wtfc.model.document import Document
from wtfc.model.workshop import Person, Workshop


def _sheet(*words: str) -> list[tuple[str, str, str]]:
    return [("Person", "Kind", "Statement"),
            *((f"P{n:02d}", "Not working", text) for n, text in enumerate(words, start=1))]


NORTH = _sheet("My carer is kind", "Carers are always late", "The lunch club shut",
               "Nobody rings me back")
SOUTH = _sheet("My neighbour pops in", "Visits are rushed", "I feel lonely",
               "Staff talk over my head")


def _carried() -> Document:
    """Last cycle's people, as New workshop from this one carries them: no cards."""
    return Document(Workshop(people=[
        *(Person(id=f"P{n:02d}", locality="North") for n in range(1, 5)),
        *(Person(id=f"P{n:02d}", locality="South") for n in range(5, 9))]))


def _imported(doc: Document, rows, area: str, *, own_codes: bool = False):
    table = SourceTable(rows=list(rows), source_name=f"{area.lower()}.csv")
    plan = build_import(table, guess_mapping(table), workshop=doc.workshop, locality=area,
                        own_codes=own_codes)
    edit = import_edit(doc, plan)
    edit.do(doc)
    return plan, edit


def _whose(doc: Document) -> dict[str, tuple[str, list[str]]]:
    """Each person's locality and cards' words, as People and the wall show them."""
    return {p.id: (p.locality, [c.text for c in doc.workshop.cards if c.person == p.id])
            for p in doc.workshop.people}


EXPECTED = {**{f"P{n:02d}": ("North", [NORTH[n][2]]) for n in range(1, 5)},
            **{f"P{n + 4:02d}": ("South", [SOUTH[n][2]]) for n in range(1, 5)}}


def test_north_then_south_with_codes_of_their_own_gives_south_its_carried_people():
    doc = _carried()
    _imported(doc, NORTH, "North")
    plan, edit = _imported(doc, SOUTH, "South", own_codes=True)
    assert _whose(doc) == EXPECTED
    assert "P01 → P05, P02 → P06, P03 → P07, P04 → P08" in " ".join(plan.report.lines())
    edit.undo(doc)
    assert [p.id for p in doc.workshop.people] == [f"P{n:02d}" for n in range(1, 9)]
    assert {c.person for c in doc.workshop.cards} == {"P01", "P02", "P03", "P04"}
    edit.do(doc)
    assert _whose(doc) == EXPECTED


def test_south_first_with_codes_of_their_own_leaves_norths_carried_codes_to_north():
    doc = _carried()
    _imported(doc, SOUTH, "South", own_codes=True)
    _, edit = _imported(doc, NORTH, "North")  # North's own people: no codes of their own
    assert _whose(doc) == EXPECTED
    edit.undo(doc)
    edit.do(doc)
    assert _whose(doc) == EXPECTED


def test_a_sheet_keeping_last_times_own_codes_keeps_them():
    doc = _carried()
    _imported(doc, NORTH, "North")
    rows = [SOUTH[0], *((f"P{n + 4:02d}", kind, text) for n, (_, kind, text)
                        in enumerate(SOUTH[1:], start=1))]
    _imported(doc, rows, "South", own_codes=True)
    assert _whose(doc) == EXPECTED


def test_without_an_area_codes_of_their_own_go_past_everyone_as_before():
    doc = _carried()
    _imported(doc, NORTH, "North")
    plan, _ = _imported(doc, SOUTH, "", own_codes=True)
    assert "P01 → P09" in " ".join(plan.report.lines())
