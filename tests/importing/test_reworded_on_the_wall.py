"""A filled template imported, then a sheet whose rows sit where its cards were made but in
other words: the same file after a few cards were reworded on the wall (Edit card), or the care
manager's corrected sheet, or a second care manager's with the same codes and stock phrases.
Nothing records the words a card was made from, so wtfc cannot tell which: the rows are added,
never dropped, and the report says both ways and what to do ("delete the extra cards on
Collect"), not that another care manager's sheet has P01. 8e91e2d8 skipped them as "reworded
on the wall since", and a corrected sheet lost its new statement (review code-a1 #1)."""

from __future__ import annotations

from import_files import SIX_ONE_ROW_REVIEWS, template_sheet
from openpyxl import Workbook

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.sources import read_source
from wtfc.model.document import Document
from wtfc.model.operations.cards import edit_card
from wtfc.model.workshop import Workshop

# six reviews, one row each, no locality (People's tags would say they are the same people)
NORTH = SIX_ONE_ROW_REVIEWS
SOUTH = [[f"P0{n}", "Older person", "", "", "", f"Lunch club {n}", None, f"No bus {n}", None,
          f"See family {n}", None] for n in range(1, 7)]
NOTE = ("3 statements were added from row 8, where an earlier import made the cards in other "
        "words: reworded on the wall since, or changed in the sheet. If they are the same "
        "statements, delete the extra cards on Collect.")


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
    first = _plan(doc, template_sheet(tmp_path, "north.xlsx", rows))
    assert len(first.cards) == 3 * len(rows)  # the first import is as it was
    assert not any("reworded" in line for line in first.report.lines())
    import_edit(doc, first).do(doc)
    _reword(doc, "The garden 1", "Cold house 1", "Warm home 1")
    return doc, first


def test_the_same_file_again_adds_the_reworded_rows_and_says_why(tmp_path):
    doc, first = _imported(tmp_path)
    for codes in (first.person_codes, None):  # the dialog's session, or the command line's
        again = _plan(doc, template_sheet(tmp_path, "north.xlsx", NORTH), codes)
        assert [(c.person, c.text) for c in again.cards] == [
            ("P01", "The garden 1"), ("P01", "Cold house 1"), ("P01", "Warm home 1")]
        assert again.people == []
        lines = again.report.lines()
        assert NOTE in lines
        assert not any("already has cards" in x or "added again from rows" in x for x in lines)
    assert len(doc.workshop.cards) == 18


def test_a_corrected_sheet_adds_its_new_statement(tmp_path):
    """Nothing edited on the wall: the care manager's corrected sheet replaces P03's Not
    working statement. It is added, and said."""
    doc = Document(Workshop())
    import_edit(doc, _plan(doc, template_sheet(tmp_path, "north.xlsx", NORTH))).do(doc)
    fixed = [row[:] for row in NORTH]
    fixed[2][7] = "Nobody has visited since my daughter moved away"
    again = _plan(doc, template_sheet(tmp_path, "north-corrected.xlsx", fixed))
    assert [(c.person, c.text) for c in again.cards] == [
        ("P03", "Nobody has visited since my daughter moved away")]
    assert any(n.startswith("1 statement was added from row 10, where an earlier import made "
                            "the card in other words") for n in again.report.lines())


def test_a_second_care_managers_stock_phrase_sheet_keeps_its_own_statements(tmp_path):
    """Another care manager's sheet, the same codes, 28 of 30 stock phrases the same: its two
    own statements are added; the 28 the same are repeats."""
    stock = [[f"P{n:02}", "Older person", "", "", "", "Staff are kind", None,
              "Not enough time", None, "Same carer each day", None] for n in range(1, 11)]
    doc = Document(Workshop())
    import_edit(doc, _plan(doc, template_sheet(tmp_path, "a.xlsx", stock))).do(doc)
    other = [row[:] for row in stock]
    other[3][7] = "My carer is rushed and leaves after 10 minutes"
    other[7][5] = "I love the singing at the day centre"
    second = _plan(doc, template_sheet(tmp_path, "b.xlsx", other))
    assert sorted((c.person, c.text) for c in second.cards) == [
        ("P04", "My carer is rushed and leaves after 10 minutes"),
        ("P08", "I love the singing at the day centre")]
    assert any(n.startswith("2 statements were added from rows 11 and 15,")
               for n in second.report.lines())


def test_a_corrected_long_sheet_adds_its_new_statement(tmp_path):
    """A row-per-statement sheet, the row's kind changed too (Working -> Not working)."""
    rows = [[f"P{i:02}", f"Statement {i} about the day centre", "Working"] for i in range(1, 11)]

    def sheet(name, body):
        book = Workbook()
        book.active.append(["Person code", "Statement", "Kind"])
        for row in body:
            book.active.append(row)
        book.save(tmp_path / name)
        return tmp_path / name

    doc = Document(Workshop())
    import_edit(doc, _plan(doc, sheet("one.xlsx", rows))).do(doc)
    fixed = [row[:] for row in rows]
    fixed[4] = ["P05", "My carer never turns up on Sundays", "Not working"]
    again = _plan(doc, sheet("two.xlsx", fixed))
    assert [(c.person, c.text, c.kind.value) for c in again.cards] == [
        ("P05", "My carer never turns up on Sundays", "not_working")]


def test_a_longer_copy_adds_its_new_row_and_the_reworded_ones_and_undo_takes_them_out(tmp_path):
    doc, first = _imported(tmp_path)
    longer = [*NORTH, ["P07", "Older person", "", "", "", "The library", None, "Stairs", None,
                       "A stairlift", None]]
    again = _plan(doc, template_sheet(tmp_path, "longer.xlsx", longer), first.person_codes)
    assert [(c.person, c.text) for c in again.cards] == [
        ("P01", "The garden 1"), ("P01", "Cold house 1"), ("P01", "Warm home 1"),
        ("P07", "The library"), ("P07", "Stairs"), ("P07", "A stairlift")]
    assert NOTE in again.report.lines()
    assert not any("already has cards" in x for x in again.report.lines())
    edit = import_edit(doc, again)
    edit.do(doc)
    assert len(doc.workshop.cards) == 24
    edit.undo(doc)
    assert len(doc.workshop.cards) == 18
    assert sum("(as the room put it)" in c.text for c in doc.workshop.cards) == 3
    edit.do(doc)  # redo
    assert len(doc.workshop.cards) == 24
    assert sum("(as the room put it)" in c.text for c in doc.workshop.cards) == 3


def test_another_care_managers_sheet_is_still_added_and_said(tmp_path):
    """South's P01–P06 in other words at the same rows is not North's file again: added, with
    the note that the codes may be other people, as before."""
    doc, _ = _imported(tmp_path)
    south = _plan(doc, template_sheet(tmp_path, "south.xlsx", SOUTH))
    assert len(south.cards) == 18
    assert not any("reworded" in line for line in south.report.lines())
    assert any(line.startswith("P01, P02, P03, P04, P05 and P06 already have cards from "
                               "import 1") for line in south.report.lines())


def test_the_confirm_page_can_list_them_and_the_facilitator_can_leave_them_out(tmp_path):
    """The choice the import dialog offers (tests/ui/test_import_other_words_choice.py): the
    rows are listed by place and person; left out, they are skipped and said as chosen."""
    doc, first = _imported(tmp_path)
    longer = [*NORTH, ["P07", "Older person", "", "", "", "The library", None, "Stairs", None,
                       "A stairlift", None]]
    path = template_sheet(tmp_path, "longer.xlsx", longer)
    added = _plan(doc, path, first.person_codes)
    assert added.report.in_other_words == [
        "Row 8, Working 1 (P01)", "Row 8, Not working 1 (P01)", "Row 8, Future 1 (P01)"]
    added.added_as_chosen()
    assert added.report.since.startswith("3 statements were added, as chosen, from row 8,")
    table = read_source(path)
    left = build_import(table, guess_mapping(table), workshop=doc.workshop,
                        person_codes=first.person_codes, leave_out_other_words=True)
    assert [(c.person, c.text) for c in left.cards] == [
        ("P07", "The library"), ("P07", "Stairs"), ("P07", "A stairlift")]
    assert left.report.in_other_words == []
    lines = "\n".join(left.report.lines())
    assert ("3 statements were left out, as chosen: row 8, where an earlier import made the "
            "cards in other words. The cards keep the words on the wall; if the sheet's are "
            "the right ones, edit them on Collect.") in lines
    assert ("Row 8, Working 1: left out, as chosen: the card made from it has other words now "
            "(the card from import 1, row 8, Working 1 keeps its words; edit it on Collect if "
            "the sheet's are right)") in lines
    assert "worded a little differently" not in lines
    edit = import_edit(doc, left)
    edit.do(doc)
    assert len(doc.workshop.cards) == 21
    edit.undo(doc)
    assert len(doc.workshop.cards) == 18
    edit.do(doc)
    assert sum("(as the room put it)" in c.text for c in doc.workshop.cards) == 3


def test_all_of_them_left_out_is_said_as_nothing_added(tmp_path):
    doc, first = _imported(tmp_path)
    table = read_source(template_sheet(tmp_path, "north.xlsx", NORTH))
    left = build_import(table, guess_mapping(table), workshop=doc.workshop,
                        person_codes=first.person_codes, leave_out_other_words=True)
    assert left.cards == []
    assert left.nothing_imported_reason() == (
        "Nothing was added: every statement in it is already in the workshop. 3 statements "
        "were left out, as chosen: row 8, where an earlier import made the cards in other "
        "words. The cards keep the words on the wall; if the sheet's are the right ones, edit "
        "them on Collect.")
