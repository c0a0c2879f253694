"""The same file again at the edges of split cells (code review 35 A21): blank rows, a withdrawn
person, a cell whose two cards were merged or reworded on the wall, a cell one answer of which
is added again. What the facilitator reads must add up and point at the right thing."""

from __future__ import annotations

import csv
from pathlib import Path

from import_files import import_into

from wtfc.importing.limits import MAX_CARD_TEXT
from wtfc.model.document import Document
from wtfc.model.operations.cards import delete_cards, edit_card
from wtfc.model.operations.withdraw import remove_person
from wtfc.model.workshop import Workshop

CELL = "To see my grandchildren more\nTo feel safe at night"
REWORDED = (("To see my grandchildren more", "Seeing the grandchildren"),
            ("To feel safe at night", "Feeling safe when dark"))


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows(rows)
    return path


def _with_blank_rows(tmp_path: Path) -> Path:
    return _csv(tmp_path / "review.csv", [
        ["Person ID", "Kind", "Statement"], ["P01", "Future", CELL], ["P02", "Working", ""],
        ["P03", "Working", "My carers are kind"], ["P04", "Working", ""],
        ["P05", "Working", "Lunch club is good"]])


def _twice(path: Path, doc: Document | None = None, **options):
    doc = doc or Document(Workshop())
    import_into(doc, path)
    return import_into(doc, path, **options)


def _reword(doc: Document, changes=REWORDED) -> None:
    for text, new in changes:
        card = next(c for c in doc.workshop.cards if c.text == text)
        edit_card(doc, card_id=card.id, text=new).do(doc)


def test_the_same_file_again_with_blank_rows_says_nothing_was_added(tmp_path):
    """It said 'Nothing could be imported: all 5 rows were skipped (4 duplicate …, 2 empty).
    Check which column holds the statements…': 4 + 2 is not 5, and the columns are right."""
    plan = _twice(_with_blank_rows(tmp_path))
    assert plan.all_there()
    assert plan.nothing_imported_reason() == (
        "Nothing was added: every statement in it is already in the workshop (2 rows were "
        "empty).")
    assert plan.report.summary() == (
        "0 cards added from 5 rows; 4 statements in 3 rows skipped, and 2 empty rows.")


def test_the_same_file_again_with_a_withdrawn_persons_rows_says_nothing_was_added(tmp_path):
    path = _with_blank_rows(tmp_path)
    doc = Document(Workshop())
    import_into(doc, path)
    remove_person(doc, code="P03").do(doc)
    plan = import_into(doc, path)
    assert plan.nothing_imported_reason() == (
        "Nothing was added: every statement in it is already in the workshop (2 rows were "
        "empty; 1 row of a person who withdrew stays out).")


def test_rows_none_of_which_could_be_read_are_counted_as_rows(tmp_path):
    """Not the same file again (a row too long besides): the columns are worth a look, and
    the counts are of rows, as the sentence's "all 3 rows", a cell's answers once."""
    path = _csv(tmp_path / "review.csv", [
        ["Person ID", "Kind", "Statement"], ["P01", "Future", CELL],
        ["P02", "Working", "My carers are kind"]])
    doc = Document(Workshop())
    import_into(doc, path)
    _csv(path, [["Person ID", "Kind", "Statement"], ["P01", "Future", CELL],
                ["P02", "Working", "My carers are kind"],
                ["P03", "Working", "Long " * MAX_CARD_TEXT]])
    plan = import_into(doc, path)
    assert not plan.all_there()
    assert plan.nothing_imported_reason().startswith(
        "Nothing could be imported: all 3 rows were skipped (2 duplicate of a card already "
        "there, 1 too long). Check which column")


def _twelve(tmp_path: Path) -> Path:
    rows = [["Person ID", "Kind", "Statement"], ["P01", "Future", CELL]]
    rows += [[f"P{i + 1:02d}", "Working", f"Thing number {i} is fine for me"] for i in range(1, 12)]
    return _csv(tmp_path / "review.csv", rows)


def test_a_cell_whose_two_cards_were_reworded_is_listed_once(tmp_path):
    """The confirm page listed 'Row 2 (P01); Row 2 (P01)'; it still counts 2 statements."""
    path = _twelve(tmp_path)
    doc = Document(Workshop())
    import_into(doc, path)
    _reword(doc)
    plan = import_into(doc, path)
    assert plan.other_words_listed == ["Row 2 (P01, 2 statements)"]
    assert len(plan.report.in_other_words) == 2  # the page's "2 statements of this sheet"


def test_the_unsure_note_lists_a_cell_once_and_says_one_person(tmp_path):
    """Row 2's two cards reworded and row 3 another's now: past one in five rows differ, so
    the rows in other words are added and said. It said 'Row 2 (P01); Row 2 (P01). An earlier
    import made cards for the same people there'."""
    rows = [["Person ID", "Kind", "Statement"], ["P01", "Future", CELL]]
    rows += [[f"P{i + 1:02d}", "Working", f"Thing number {i} is fine for me"] for i in range(1, 6)]
    path = _csv(tmp_path / "review.csv", rows)
    doc = Document(Workshop())
    import_into(doc, path)
    _reword(doc)
    rows[2] = ["P09", "Working", "Something else entirely"]
    plan = import_into(doc, _csv(path, rows))
    assert plan.unsure_listed == ["Row 2 (P01, 2 statements)"]
    note = next(n for n in plan.report.notes if "An earlier import made" in n)
    assert note.startswith("2 statements were added: Row 2 (P01, 2 statements). An earlier "
                           "import made cards for the same person there"), note


def test_the_split_cells_line_is_not_said_of_a_cell_only_one_answer_of_which_was_added(tmp_path):
    """One answer of row 2's cell deleted on the wall: the same file again adds it alone, and
    said '1 cell held more than one answer: each answer became a card of its own'."""
    path = _twelve(tmp_path)
    doc = Document(Workshop())
    import_into(doc, path)
    card = next(c for c in doc.workshop.cards if c.text == "To feel safe at night")
    delete_cards(doc, card_ids=[card.id]).do(doc)
    plan = import_into(doc, path)
    assert [c.text for c in plan.cards] == ["To feel safe at night"]
    assert not [line for line in plan.report.lines() if "each answer became a card" in line]


def test_a_cell_of_two_answers_left_out_is_said_in_the_plural(tmp_path):
    path = _twelve(tmp_path)
    doc = Document(Workshop())
    import_into(doc, path)
    _reword(doc)
    plan = import_into(doc, path, leave_out_other_words=True)
    assert "  Row 2 (2 statements): left out, as chosen: the cards made from it have other words " \
        "now (the cards from import 1, row 2 keep their words; edit them on Collect if the " \
        "sheet's are right)" in plan.report.lines()


def _six_rows(tmp_path: Path, person: str) -> Path:
    names = ["Mrs Ada Brown", "Mr Carl Dean", "Mrs Eve Frost", "Mr Gil Hart", "Mrs Ivy Jones",
             "Mr Ken Lee"]
    cells = [("Future", CELL), ("Working", "My carers are kind"),
             ("Not working", "The bus into town stopped; Calls are rushed and too short"),
             ("Working", "Lunch club is good"),
             ("Future", "To have the same carer every week\nTo get out to the shops on my own"),
             ("Working", "I like my garden")]
    if person == "names":
        rows = ([n, k, t] for n, (k, t) in zip(names, cells, strict=True))
        return _csv(tmp_path / "review.csv", [["Name", "Kind", "Statement"], *rows])
    return _csv(tmp_path / "review.csv", [["Kind", "Statement"], *([k, t] for k, t in cells)])


def test_a_file_of_names_again_after_a_cells_two_cards_were_merged_adds_that_cell_only(tmp_path):
    """Six rows, three of them cells of two answers. Row 2's two cards merged into one on the
    wall: the same file again made all 9 cards again, one wall edit counted as two of nine
    statements differing (past one in five); it is one row of six."""
    for person in ("names", "none"):
        path = _six_rows(tmp_path, person)
        doc = Document(Workshop())
        import_into(doc, path)
        _reword(doc, [("To see my grandchildren more",
                       "To see my grandchildren more and feel safe at night")])
        second = next(c for c in doc.workshop.cards if c.text == "To feel safe at night")
        delete_cards(doc, card_ids=[second.id]).do(doc)
        plan = import_into(doc, path)
        assert sorted(c.text for c in plan.cards) == [
            "To feel safe at night", "To see my grandchildren more"], person
        assert plan.other_words_rows == [2, 2], person  # said, and could be left out


def test_a_file_of_names_again_after_a_cells_two_cards_were_reworded_adds_them_said(tmp_path):
    path = _six_rows(tmp_path, "names")
    doc = Document(Workshop())
    import_into(doc, path)
    _reword(doc)
    plan = import_into(doc, path, leave_out_other_words=True)
    assert plan.cards == []
    assert plan.nothing_imported_reason().startswith(
        "Nothing was added: every statement in it is already in the workshop. 2 statements "
        "were left out, as chosen: row 2")
