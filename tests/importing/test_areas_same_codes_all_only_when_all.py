"""A clash said as "All 3 are “North” on People and “South” on this sheet" only when it is every
code the note names (session 35, 7dcef92f; mutation check M1): with four codes named and three of
them "South" on the sheet, "All 3" read as all of them; the three are listed instead."""

from __future__ import annotations

from tests.importing.test_areas_same_codes import NORTH, SOUTH, _note, _plan
from wtfc.importing.building import import_edit
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop


def test_a_clash_three_of_four_named_codes_share_lists_the_three():
    doc = Document(Workshop())
    north = [*NORTH, ("P04", "Working", "The garden club", "North")]
    import_edit(doc, _plan(north, doc, "north.csv")).do(doc)
    south = [*SOUTH, ("P03", "South", "What's working", "The library van"),
             ("P04", "", "What's working", "The mobile library")]  # no area given: no clash
    note = _note(_plan(south, doc, "south.csv"))
    assert note.startswith("P01, P02, P03 and P04 already have cards from import 1"), note
    assert "P01, P02 and P03 are “North” on People and “South” on this sheet." in note
    assert "All 3" not in note
