"""A filled template imported, a few of its cards reworded on the wall (Edit card), then the
same file imported again: those rows are the cards already there, not added a second time, and
the report says so. They were added again, and the report said their person's code "already
has cards from import 1, with other words" as if another care manager's sheet had it.
Another care manager's sheet, and the first import, are as they were."""

from __future__ import annotations

from io import BytesIO

from openpyxl import load_workbook

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.sources import read_source
from wtfc.importing.template import template_bytes
from wtfc.model.document import Document
from wtfc.model.operations.cards import edit_card
from wtfc.model.workshop import Workshop

# six reviews, one row each, no locality (People's tags would say they are the same people)
NORTH = [[f"P0{n}", "Older person", "", "", "", f"The garden {n}", None, f"Cold house {n}",
          None, f"Warm home {n}", None] for n in range(1, 7)]
SOUTH = [[f"P0{n}", "Older person", "", "", "", f"Lunch club {n}", None, f"No bus {n}", None,
          f"See family {n}", None] for n in range(1, 7)]
NOTE = ("3 cards already here (reworded on the wall since) were not added again: they keep "
        "their new words. If the sheet's words are the right ones, edit them on Collect.")


def _sheet(tmp_path, name, rows):
    workbook = load_workbook(BytesIO(template_bytes(".xlsx")))
    for row in rows:
        workbook.active.append(row)
    workbook.save(tmp_path / name)
    return tmp_path / name


def _plan(doc, path, codes=None):
    table = read_source(path)
    return build_import(table, guess_mapping(table), workshop=doc.workshop, person_codes=codes)


def _reword(doc, *words):
    """Edit card on the wall, through its command: P01's three cards get other words."""
    for text in words:
        card = next(c for c in doc.workshop.cards if c.text == text)
        edit_card(doc, card_id=card.id, text=f"{text} (as the room put it)").do(doc)


def _imported(tmp_path, rows=NORTH):
    doc = Document(Workshop())
    first = _plan(doc, _sheet(tmp_path, "north.xlsx", rows))
    assert len(first.cards) == 3 * len(rows)  # the first import is as it was
    assert not any("reworded" in line for line in first.report.lines())
    import_edit(doc, first).do(doc)
    _reword(doc, "The garden 1", "Cold house 1", "Warm home 1")
    return doc, first


def test_the_same_file_again_adds_nothing_and_says_the_reworded_cards_are_here(tmp_path):
    doc, first = _imported(tmp_path)
    for codes in (first.person_codes, None):  # the dialog's session, or the command line's
        again = _plan(doc, _sheet(tmp_path, "north.xlsx", NORTH), codes)
        assert again.cards == [] and again.people == []
        lines = again.report.lines()
        assert NOTE in lines
        assert not any("already has cards" in x or "added again from rows" in x for x in lines)
        assert "Row 8, Working 1: a card already there, reworded since" in "\n".join(lines)
        assert NOTE in again.nothing_imported_reason()
    assert len(doc.workshop.cards) == 18
    assert sum("(as the room put it)" in c.text for c in doc.workshop.cards) == 3


def test_a_longer_copy_adds_only_its_new_row_and_undo_takes_that_out(tmp_path):
    doc, first = _imported(tmp_path)
    longer = [*NORTH, ["P07", "Older person", "", "", "", "The library", None, "Stairs", None,
                       "A stairlift", None]]
    again = _plan(doc, _sheet(tmp_path, "longer.xlsx", longer), first.person_codes)
    assert [(c.person, c.text) for c in again.cards] == [
        ("P07", "The library"), ("P07", "Stairs"), ("P07", "A stairlift")]
    assert NOTE in again.report.lines()
    assert not any("already has cards" in x for x in again.report.lines())
    edit = import_edit(doc, again)
    edit.do(doc)
    assert len(doc.workshop.cards) == 21
    edit.undo(doc)
    assert len(doc.workshop.cards) == 18
    assert sum("(as the room put it)" in c.text for c in doc.workshop.cards) == 3
    edit.do(doc)  # redo
    assert len(doc.workshop.cards) == 21


def test_another_care_managers_sheet_is_still_added_and_said(tmp_path):
    """South's P01–P06 in other words at the same rows is not North's file again: added, with
    the note that the codes may be other people, as before."""
    doc, _ = _imported(tmp_path)
    south = _plan(doc, _sheet(tmp_path, "south.xlsx", SOUTH))
    assert len(south.cards) == 18
    assert not any("reworded" in line for line in south.report.lines())
    assert any(line.startswith("P01, P02, P03, P04, P05 and P06 already have cards from "
                               "import 1, with other words") for line in south.report.lines())
