"""Rows in other words that wtfc cannot offer to leave out (``Judgement.unsure``) are said
whenever --help and README say so (review code-a7 #1, #2, #3): the second of two care
managers' sheets with the same codes as well as the first; a two-row sheet; half the sheet
reworded; and in a one-row-per-person sheet it is cells, not rows, that are counted."""

from __future__ import annotations

import csv

import pytest
from import_files import SIX_ONE_ROW_REVIEWS, template_sheet

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.sources import read_source
from wtfc.model.document import Document
from wtfc.model.operations.cards import edit_card
from wtfc.model.workshop import Workshop


def _sheet(tmp_path, name, words, count=10):
    path = tmp_path / name
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([("Person", "Kind", "Statement"), *(
            (f"P{n:02d}", "Working", f"{words} point {n}") for n in range(1, count + 1))])
    return path


def _plan(doc, path, leave=True):
    table = read_source(path)
    return build_import(table, guess_mapping(table), workshop=doc.workshop,
                        leave_out_other_words=leave)


def _reword(doc, prefix, count):
    """The first ``count`` cards of an import reworded on the wall (one undo step each)."""
    for card in [c for c in doc.workshop.cards if c.source.startswith(prefix)][:count]:
        edit_card(doc, card_id=card.id, text=f"{card.text}, as the room put it").do(doc)


@pytest.mark.parametrize("again", ["north", "south"])
def test_either_of_two_care_managers_sheets_with_the_same_codes_is_said(tmp_path, again):
    """North, then South (P01-P10 on the same rows); 3 of one's cards reworded on the wall and
    its sheet imported again, asked to leave them out: the rows come back, named, whichever
    sheet came first. South said nothing: only North, the first import met, was asked about."""
    doc = Document(Workshop(title="T"))
    sheets = {"north": _sheet(tmp_path, "north.csv", "Northern day centre"),
              "south": _sheet(tmp_path, "south.csv", "Southern lunch club")}
    for path in sheets.values():
        import_edit(doc, _plan(doc, path, leave=False)).do(doc)
    _reword(doc, "import 1," if again == "north" else "import 2,", 3)
    plan = _plan(doc, sheets[again])
    assert len(plan.cards) == 3
    assert plan.unsure_rows == ["Row 2 (P01)", "Row 3 (P02)", "Row 4 (P03)"]
    assert any(n.startswith("3 statements were added all the same, though rows in other words "
                            "were to be left out: Row 2 (P01); Row 3 (P02); Row 4 (P03).")
               for n in plan.report.lines())


def test_a_two_row_sheet_with_one_card_reworded_is_said(tmp_path):
    """One of two agrees: half, so the row added all the same is named (it came back beside
    the room's words with nothing said, though --help promised a note)."""
    doc = Document(Workshop(title="T"))
    two = _sheet(tmp_path, "two.csv", "Day centre", count=2)
    import_edit(doc, _plan(doc, two, leave=False)).do(doc)
    _reword(doc, "import 1,", 1)
    plan = _plan(doc, two)
    assert len(plan.cards) == 1 and plan.unsure_rows == ["Row 2 (P01)"]


@pytest.mark.parametrize(("reworded", "said"), [(5, True), (6, False)])
def test_half_the_sheet_agreeing_is_said_and_less_is_another_file(tmp_path, reworded, said):
    """As --help puts it: where more than one in five differ but half or more agree, the rows
    are named; where fewer than half agree the sheet is another file to wtfc, added as new."""
    doc = Document(Workshop(title="T"))
    ten = _sheet(tmp_path, "ten.csv", "Day centre")
    import_edit(doc, _plan(doc, ten, leave=False)).do(doc)
    _reword(doc, "import 1,", reworded)
    plan = _plan(doc, ten)
    assert len(plan.cards) == reworded
    assert len(plan.unsure_rows) == (reworded if said else 0)


@pytest.mark.parametrize(("reworded", "left_out"), [(3, True), (4, False)])
def test_a_one_row_per_person_sheet_counts_statements(tmp_path, reworded, left_out):
    """Six people, three statements each, a cell each: 3 of 18 reworded (3 of 6 rows) is one
    in five or fewer of its cells, the same file, so they are left out as chosen; 4 of 18 are
    added and said, and the note says cells differ, not rows (half of them did)."""
    doc = Document(Workshop())
    path = template_sheet(tmp_path, "north.xlsx", SIX_ONE_ROW_REVIEWS)
    import_edit(doc, _plan(doc, path, leave=False)).do(doc)
    for n in range(1, reworded + 1):
        card = next(c for c in doc.workshop.cards if c.text == f"The garden {n}")
        edit_card(doc, card_id=card.id, text=f"The garden {n} (as the room put it)").do(doc)
    plan = _plan(doc, path)
    lines = plan.report.lines()
    if left_out:
        assert plan.cards == [] and plan.unsure_rows == []
        assert any(n.startswith("3 statements were left out, as chosen") for n in lines)
    else:
        assert len(plan.cards) == 4 and len(plan.unsure_rows) == 4
        assert any("more than one in five of this file's cells differ from the cards "
                   "that import made at their places" in n for n in lines)
        assert not any("rows differ" in n for n in lines)
