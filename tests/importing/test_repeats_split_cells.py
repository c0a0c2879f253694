"""A cell holding two answers becomes two cards (``split_answers``), each with the row's place
as its source ("import 1, row 2"). Importing the same file again took the second card at a row
for the first's words in other words: a file of names or of no person was not known again and
every card was made twice; a longer copy added all its rows, not only its new ones; and an
answer added to a split cell was added with a note that it may be a card reworded on the wall.
Each part is now matched with its own card at the row."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from import_files import import_into

from wtfc.importing.cli import main_import
from wtfc.importing.report import SkipReason
from wtfc.model.document import Document
from wtfc.model.operations.cards import edit_card
from wtfc.model.workshop import Workshop

GRANDCHILDREN = "To see my grandchildren more"
SAFE = "To feel safe at night"
BUS = "The bus into town stopped"
RUSHED = "Calls are rushed and too short"
SAME_CARER = "To have the same carer every week"
SHOPS = "To get out to the shops on my own"
SEASIDE = "To go to the seaside again"
PEOPLE = {"codes": ("Person ID", ["P01", "P02", "P03", "P04"]),
          "names": ("Name", ["Mrs Ada Brown", "Mr Carl Dean", "Mrs Eve Frost", "Mr Gil Hart"]),
          "no person": ("", [])}


def _rows(who: str, *, longer: bool = False, new_answer: bool = False) -> list[list[str]]:
    """Four rows, two of them a cell of two answers; ``longer``: a fifth row, a split cell too;
    ``new_answer``: row 2's cell has a third answer."""
    heading, people = PEOPLE[who]
    first = f"{GRANDCHILDREN}\n{SAFE}" + f"\n{SEASIDE}" * new_answer
    rows = [["Future", first], ["Working", "My carers are kind"],
            ["Not working", f"{BUS}; {RUSHED}"], ["Working", "Lunch club is good"]]
    if longer:
        rows.append(["Future", f"{SAME_CARER}\n{SHOPS}"])
    if not people:
        return [["Kind", "Statement"], *rows]
    names = [*people, people[1]]  # the longer copy's new row is the second person's
    return [[heading, "Kind", "Statement"], *([n, *r] for n, r in zip(names, rows, strict=False))]


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows(rows)
    return path


def _texts(plan) -> list[str]:
    return [card.text for card in plan.cards]


@pytest.mark.parametrize("who", list(PEOPLE))
def test_the_same_file_again_adds_nothing_and_says_so(tmp_path, who):
    doc = Document(Workshop())
    path = _csv(tmp_path / "review.csv", _rows(who))
    assert len(import_into(doc, path).cards) == 6
    again = import_into(doc, path)
    assert again.cards == []
    assert set(again.report.skipped_counts()) == {SkipReason.DUPLICATE}
    assert again.nothing_imported_reason().startswith(
        "Nothing was added: every statement in it is already in the workshop.")
    assert again.report.since == ""  # no part taken for a card reworded on the wall
    # rows no one is named for, taken by their place: counted as rows, not answers (6 of 4)
    placed = "4 rows were taken as import 1's rows again" in again.nothing_imported_reason()
    assert placed == (who != "codes")
    assert len(doc.workshop.cards) == 6


@pytest.mark.parametrize("who", list(PEOPLE))
def test_a_longer_copy_adds_only_its_new_rows_every_answer_of_them(tmp_path, who):
    doc = Document(Workshop())
    import_into(doc, _csv(tmp_path / "review.csv", _rows(who)))
    plan = import_into(doc, _csv(tmp_path / "review longer.csv", _rows(who, longer=True)))
    assert _texts(plan) == [SAME_CARER, SHOPS]
    assert plan.report.since == ""
    people = {card.text: card.person for card in doc.workshop.cards}
    assert people[SHOPS] == people[SAME_CARER]
    if who != "no person":  # the new row's person is the one who said row 3 before
        assert people[SHOPS] == people["My carers are kind"]
    assert len(doc.workshop.cards) == 8


@pytest.mark.parametrize("who", list(PEOPLE))
def test_a_new_answer_in_a_split_cell_is_added_and_not_said_to_be_a_reworded_card(tmp_path,
                                                                                  who):
    doc = Document(Workshop())
    import_into(doc, _csv(tmp_path / "review.csv", _rows(who)))
    plan = import_into(doc, _csv(tmp_path / "review.csv", _rows(who, new_answer=True)))
    assert _texts(plan) == [SEASIDE]
    assert plan.report.since == "" and plan.report.in_other_words == []
    assert not [n for n in plan.report.notes if "in other words" in n]
    # said as what it may be: an answer new in the cell, or one whose card was deleted
    assert [n for n in plan.report.notes if "statement was added again" in n] == [
        "1 statement was added again from rows an earlier import made cards from, as those "
        "cards have since been deleted (or the rows are new in the file, or the answers new in "
        "their cells): delete the new cards if that was on purpose."]
    people = {card.text: card.person for card in doc.workshop.cards}
    assert people[SEASIDE] == people[GRANDCHILDREN]


@pytest.mark.parametrize("who", list(PEOPLE))
def test_one_answer_reworded_on_the_wall_is_said_and_its_cell_mate_skipped(tmp_path, who):
    """The room reworded one card of a split cell: that answer is the row's in other words
    (added and said, or left out as chosen); the other answer is the same card again."""
    doc = Document(Workshop())
    path = _csv(tmp_path / "review.csv", _rows(who))
    import_into(doc, path)
    card = next(c for c in doc.workshop.cards if c.text == SAFE)
    edit_card(doc, card_id=card.id, text="Feeling safe when it is dark").do(doc)
    plan = import_into(doc, path)
    assert _texts(plan) == [SAFE]
    assert plan.report.since.startswith("1 statement was added from row 2, where an earlier "
                                        "import made the card in other words")
    assert len(plan.report.skipped) == 5


def test_the_summary_counts_the_statements_skipped_in_their_rows(tmp_path, capsys):
    """Four rows, six answers: "6 skipped" of 4 rows read as more rows skipped than read, and
    row 2 was listed once for each of its answers. A row of one answer is said as before."""
    into = tmp_path / "w.wtfc"
    path = _csv(tmp_path / "review.csv", _rows("codes"))
    assert main_import([str(path), "--into", str(into)]) == 0
    capsys.readouterr()
    main_import([str(path), "--into", str(into)])
    out = capsys.readouterr().out
    assert "0 cards added from 4 rows; 6 statements in 4 rows skipped." in out
    assert "  Row 2 (2 statements): duplicate of a card already there\n" in out
    assert out.count("  Row 2") == 1
    assert "  Row 3: duplicate of a card already there\n" in out
    assert "Skipped as duplicate of a card already there: 6." in out  # a card each


def test_rows_of_one_answer_each_are_counted_as_before(tmp_path):
    doc = Document(Workshop())
    rows = [["Person ID", "Kind", "Statement"], ["P01", "Working", "My carers are kind"],
            ["P02", "Working", "Lunch club is good"]]
    path = _csv(tmp_path / "review.csv", rows)
    import_into(doc, path)
    assert import_into(doc, path).report.summary() == "0 cards added from 2 rows; 2 skipped."


def test_cells_said_to_have_become_cards_are_only_those_that_did(tmp_path):
    """The same file again said "2 cells held more than one answer: each answer became a card
    of its own" over "Nothing was added"; a longer copy counted the cells skipped too."""
    doc = Document(Workshop())
    first = import_into(doc, _csv(tmp_path / "review.csv", _rows("names")))
    said = [line for line in first.report.lines() if "more than one answer" in line]
    assert said == ["2 cells held more than one answer: each answer became a card of its own, "
                    "of the row's kind and person."]
    again = import_into(doc, _csv(tmp_path / "review.csv", _rows("names")))
    assert not [line for line in again.report.lines() if "more than one answer" in line]
    longer = import_into(doc, _csv(tmp_path / "longer.csv", _rows("names", longer=True)))
    assert [line for line in longer.report.lines() if "more than one answer" in line] == [
        "1 cell held more than one answer: each answer became a card of its own, of the row's "
        "kind and person."]
