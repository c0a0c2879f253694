"""Two answers in one cell ("To see my grandchildren more⏎To feel safe at night", "…; …",
"<br>" once the formatting is off) became one garbled card, which the room could theme only
once (review 34 R4 R3). Now each answer is a card of the row's kind and person, unless the
facilitator keeps each cell whole (the mapping step's choice, ``--keep-cells``); the report
counts them, and the import stays one undo step."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from wtfc.importing.answers_mapping import answers_mapping
from wtfc.importing.answers_notes import several_answers, several_note
from wtfc.importing.building import build_import, import_edit
from wtfc.importing.cli import main_import
from wtfc.importing.limits import MAX_CARD_TEXT
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.preview import make_preview
from wtfc.importing.report import ImportReport
from wtfc.importing.split_answers import answers_in
from wtfc.importing.statements import read_statements
from wtfc.importing.table import SourceTable
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Kind

# R4's E1 shape: answers by review, one question per row
ROWS = [("Person ID", "Question", "Answer"),
        ("RV5018", "What is important to you for the future?",
         "To see my grandchildren more\nTo feel safe at night"),
        ("RV5002", "What is not working?",
         "The bus into town stopped so I can't get to church; Calls are rushed, 15 minutes "
         "isn't enough"),
        ("RV5017", "What is working?",
         "The handyperson fitted rails so I can use the bath.<br>I can get to the day centre"),
        ("RV5003", "What is working?", "My carers come on time and\nknow how I like my tea"),
        ("RV5004", "What is working?", "Lunch club; day centre; bingo")]
SPLIT = [("RV5018", Kind.FUTURE, "To see my grandchildren more"),
         ("RV5018", Kind.FUTURE, "To feel safe at night"),
         ("RV5002", Kind.NOT_WORKING, "The bus into town stopped so I can't get to church"),
         ("RV5002", Kind.NOT_WORKING, "Calls are rushed, 15 minutes isn't enough"),
         ("RV5017", Kind.WORKING, "The handyperson fitted rails so I can use the bath."),
         ("RV5017", Kind.WORKING, "I can get to the day centre"),
         ("RV5003", Kind.WORKING, "My carers come on time and know how I like my tea"),
         ("RV5004", Kind.WORKING, "Lunch club; day centre; bingo")]


@pytest.mark.parametrize(("cell", "answers"), [
    ("To see my grandchildren more\nTo feel safe at night",
     ["To see my grandchildren more", "To feel safe at night"]),
    ("To have the same carer every week; To get out to the shops on my own",
     ["To have the same carer every week", "To get out to the shops on my own"]),
    ("- To feel safe at night\n- To see my family more",
     ["To feel safe at night", "To see my family more"]),
    ("My carers are lovely\r\n\r\nI like them a lot; The bus is always late",
     ["My carers are lovely", "I like them a lot", "The bus is always late"]),
    # a list's marks, whatever the case, taken off (review 34 A14 M1)
    ("- carers late\n- food cold", ["carers late", "food cold"]),
    ("1. Carers late\n2. Food cold", ["Carers late", "Food cold"]),
    ("My carers are lovely.\nThe bus is always late!",
     ["My carers are lovely.", "The bus is always late!"]),
])
def test_a_cell_of_sentences_holds_an_answer_each(cell, answers):
    assert answers_in(cell) == answers


@pytest.mark.parametrize("cell", [
    "My carers come on time\nand know how I like my tea",  # a sentence wrapped
    "The carers are late so\nI get cross",  # its line ends on "so"
    "My carers, my daughter,\nMy neighbour all help me",  # and on a comma
    "Lunch club\nDay centre",  # words, not sentences
    "Lunch club\nTo feel safe at night every day",
    "Mon; Wed; Fri",
    "I was lonely; the lunch club helped me",  # one sentence's two halves
    "Nobody rings back when I call the office\n",
    # a sentence typed over two lines, the second capitalised as phones do after Return
    # (review 34 A14 S2: cut into two half cards)
    "I would like to see\nMy grandson in Leeds more often",
    "The carers rush me and I feel\nLike a number not a person",
    "My daughter visits every Sunday. She brings\nDinner for the week",
    "To see my grandson\nMore often than now",
    "The handyperson fitted rails so I can use the bath\nI can get to the day centre",
    "- Mon\n- Wed",  # a list of single words
])
def test_one_answer_stays_one(cell):
    assert answers_in(cell) == []


def test_each_answer_is_a_card_of_the_rows_kind_and_person_in_one_undo_step():
    table = SourceTable(rows=list(ROWS), source_name="E1.csv")
    mapping = guess_mapping(table)
    assert several_answers(table, mapping) == (3, "a line each, or parted by “; ”")
    read = read_statements(table, mapping)
    assert read.split_cells == 3 and read.kept_cells == 0
    doc = Document()
    plan = build_import(table, mapping, workshop=doc.workshop)
    assert [(c.person, c.kind, c.text) for c in plan.cards] == SPLIT
    edit = import_edit(doc, plan)
    edit.do(doc)
    assert len(doc.workshop.cards) == len(SPLIT)
    edit.undo(doc)
    assert doc.workshop.cards == [] and doc.workshop.people == []
    edit.do(doc)
    assert [(c.person, c.kind, c.text) for c in doc.workshop.cards] == SPLIT


def test_kept_as_chosen_each_cell_is_one_card():
    table = SourceTable(rows=list(ROWS), source_name="E1.csv")
    mapping = answers_mapping(guess_mapping(table), keep_cells=True)
    read = read_statements(table, mapping)
    assert read.split_cells == 0 and read.kept_cells == 3
    assert [s.text for s in read.statements][:3] == [
        "To see my grandchildren more To feel safe at night",
        "The bus into town stopped so I can't get to church; Calls are rushed, 15 minutes "
        "isn't enough",
        "The handyperson fitted rails so I can use the bath. I can get to the day centre"]
    # the choice survives a correction of the columns
    assert read_statements(table, mapping.with_header_row(0)).kept_cells == 3


def test_a_long_cell_of_short_answers_is_not_forecast_as_too_long():
    answer = "My carers come on time and know how I like my tea. " * 20  # a line a sentence
    cell = "\n".join([answer.strip().capitalize()] * (MAX_CARD_TEXT // len(answer) + 2))
    table = SourceTable(rows=[("Person ID", "Kind", "Answer"), ("P01", "Working", cell)],
                        source_name="long.csv")
    mapping = guess_mapping(table)
    assert make_preview(table, mapping).skips.too_long == 0
    assert not read_statements(table, mapping).skipped
    kept = answers_mapping(mapping, keep_cells=True)
    assert make_preview(table, kept).skips.too_long == 1


def test_the_report_counts_them():
    report = ImportReport(source="E1.csv", encoding="utf-8", sheet=None, layout="long",
                          rows_read=5, skipped=[], split_cells=3)
    assert ("3 cells held more than one answer: each answer became a card of its own, of the "
            "row's kind and person.") in report.lines()
    assert several_note(0, 1) == [
        "1 cell holds more than one answer: each was kept as one card, as chosen."]


def test_wtfc_import_makes_a_card_an_answer_or_keeps_the_cells(tmp_path: Path):
    source = tmp_path / "E1.csv"
    with source.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(ROWS)
    for flags, cards in (([], len(SPLIT)), (["--split-lines"], len(SPLIT)),
                         (["--keep-cells"], len(ROWS) - 1)):
        into = tmp_path / f"e1{len(flags)}{cards}.wtfc"
        assert main_import([str(source), "--into", str(into), *flags]) == 0
        assert len(load_workshop(into).workshop.cards) == cards


def test_the_import_report_counts_them():
    table = SourceTable(rows=list(ROWS), source_name="E1.csv")
    lines = build_import(table, guess_mapping(table), workshop=Document().workshop).report.lines()
    assert ("3 cells held more than one answer: each answer became a card of its own, of the "
            "row's kind and person.") in lines
    kept = answers_mapping(guess_mapping(table), keep_cells=True)
    assert "3 cells hold more than one answer: each was kept as one card, as chosen." in (
        build_import(table, kept, workshop=Document().workshop).report.lines())


def test_a_sentence_over_two_lines_is_one_card_in_wtfc_import(tmp_path: Path, capsys):
    """A14's t4: by default, with no flag, each cell is one whole card."""
    source = tmp_path / "t4.csv"
    cells = ["I would like to see\nMy grandson in Leeds more often",
             "The carers rush me and I feel\nLike a number not a person",
             "My daughter visits every Sunday. She brings\nDinner for the week"]
    with source.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([("Person", "Kind", "Statement"),
                                 *((f"P{i}", "Future", cell) for i, cell in enumerate(cells))])
    into = tmp_path / "t4.wtfc"
    assert main_import([str(source), "--into", str(into)]) == 0
    assert "3 cards added from 3 rows." in capsys.readouterr().out
    assert [card.text for card in load_workshop(into).workshop.cards] == [
        " ".join(cell.split()) for cell in cells]
