"""A care system's form export writes the question into each answer ("What is working? - My
carers are kind"): with a Question column the card kept the question; with none ("Person ID |
Response | Form status") the import was refused for want of a kind column, though wtfc reads
"What is working?" as a kind (review 34 R4 R7). Now the question gives the kind where no column
does, and is taken off the card, said on the mapping step and in the report."""

from __future__ import annotations

import csv
from pathlib import Path

from wtfc.importing.answers_mapping import AnswersMapping
from wtfc.importing.answers_notes import questions_note
from wtfc.importing.asked_answers import asked, asked_note, with_asked
from wtfc.importing.building import build_import
from wtfc.importing.cli import main_import
from wtfc.importing.mapping import Field, guess_mapping
from wtfc.importing.preview import make_preview
from wtfc.importing.report import ImportReport
from wtfc.importing.statements import read_statements
from wtfc.importing.table import SourceTable
from wtfc.model.kind_values import KindValues
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Kind, Workshop

QUESTIONS = ["What is working?", "What is not working?", "What is important to you for the future?"]
ANSWERS = ["My carers are kind", "The bus into town stopped", "To stay in my own home"]
KINDS = [Kind.WORKING, Kind.NOT_WORKING, Kind.FUTURE]
# R4's E12: 30 answers of 10 people, each written after its question
E12 = [("Person ID", "Response", "Form status"),
       *((f"P{n // 3 + 1:02d}", f"{QUESTIONS[n % 3]} - {ANSWERS[n % 3]} {n}", "Complete")
         for n in range(30))]


def e12() -> SourceTable:
    return SourceTable(rows=list(E12), source_name="E12.csv")


def test_the_question_gives_the_kind_and_is_taken_off_every_card():
    table = e12()
    mapping = with_asked(table, guess_mapping(table))
    assert mapping.problems() == []
    read = read_statements(table, mapping)
    assert len(read.statements) == 30 and read.questions == 30 and not read.skipped
    assert [(s.kind, s.text) for s in read.statements[:3]] == [
        (kind, f"{answer} {n}")
        for n, (kind, answer) in enumerate(zip(KINDS, ANSWERS, strict=True))]
    assert not any(s.text.startswith("What is") for s in read.statements)
    assert make_preview(table, mapping).skips.total == 0
    assert asked_note(table, mapping).startswith(
        "Each answer starts with its question; the question is taken off, and each card's kind")


def test_a_kind_column_keeps_its_kind_and_the_leading_copy_goes():
    table = SourceTable(rows=[
        ("Person ID", "Question", "Answer"),
        ("P01", "What is working?", "What is working? - My carers come on time"),
        ("P02", "What is not working?", "What is not working?: Nobody rings back"),
        ("P03", "What is working?", "My daughter helps"),
        # only a copy of the row's kind cell goes: the row's kind is the column's, as written
        ("P04", "What is working?", "What is not working? - the bus"),
        ("P05", "Working", "Working well - carers")], source_name="E1.csv")
    mapping = with_asked(table, guess_mapping(table))
    plan = build_import(table, mapping, workshop=Workshop())
    assert [(c.kind, c.text) for c in plan.cards] == [
        (Kind.WORKING, "My carers come on time"), (Kind.NOT_WORKING, "Nobody rings back"),
        (Kind.WORKING, "My daughter helps"), (Kind.WORKING, "What is not working? - the bus"),
        (Kind.WORKING, "Working well - carers")]
    assert read_statements(table, mapping).questions == 2
    assert asked_note(table, mapping) == (
        "2 answers start with their question (“What is working? - …”, as the row's kind "
        "says): it is taken off.")
    most = SourceTable(rows=table.rows[:3], source_name="E1.csv")
    assert asked_note(most, with_asked(most, guess_mapping(most))) == (
        "Each answer starts with its question; the question is taken off (“What is working? - "
        "…”, as its row's kind says).")


def test_everyday_answers_are_not_read_as_questions():
    kinds = KindValues.default()
    for text in ["Home: my carers help", "What is that? I asked", "Working", "What is working?",
                 "- What is working? - x", "My carers: kind, working well"]:
        assert asked(text, kinds) is None, text
    # alone, "Working well" reads as a kind; one such answer of many gives the column no kinds
    assert asked("Working well: the carers", kinds) == (Kind.WORKING, "Working well:",
                                                        "the carers")
    table = SourceTable(rows=[("Person ID", "Response"), ("P01", "Working well: the carers"),
                              ("P02", "The bus stopped"), ("P03", "Lunch club")],
                        source_name="notes.csv")
    mapping = with_asked(table, guess_mapping(table))
    assert not isinstance(mapping, AnswersMapping) and mapping.problems()


def test_a_row_without_its_question_is_skipped_and_said():
    rows = [*E12[:4], ("P09", "Lunch club", "Complete")]
    table = SourceTable(rows=rows, source_name="E12.csv")
    mapping = with_asked(table, guess_mapping(table))
    plan = build_import(table, mapping, workshop=Workshop())
    assert len(plan.cards) == 3
    assert [s.describe() for s in plan.report.skipped] == [
        "Row 5: unknown kind "
        "(its answer does not start with a question that says its kind)"]
    assert make_preview(table, mapping).skips.no_kind == 1


def test_choosing_another_statement_column_asks_for_the_kind_again():
    table = e12()
    mapping = with_asked(table, guess_mapping(table))
    other = mapping.with_field(1, Field.IGNORE).with_field(2, Field.TEXT)
    assert other.problems() == [
        "Choose the column that says whether each statement is working, not working or for "
        "the future."]
    assert mapping.with_field(2, Field.PERSON).problems()[0].startswith("Two columns are set")


def test_the_report_says_the_questions_were_taken_off():
    report = ImportReport(source="E12.csv", encoding="utf-8", sheet=None, layout="long",
                          rows_read=30, skipped=[], questions=30)
    assert questions_note(30) in report.lines()
    assert questions_note(30) == ("30 answers started with their question (such as “What is "
                                  "working? - …”): the questions were taken off the cards.")


def test_wtfc_import_reads_the_kinds_from_the_questions(tmp_path: Path):
    source = tmp_path / "E12.csv"
    with source.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(E12)
    into = tmp_path / "e12.wtfc"
    assert main_import([str(source), "--into", str(into)]) == 0
    cards = load_workshop(into).workshop.cards
    assert len(cards) == 30
    assert [c.kind for c in cards] == KINDS * 10
    assert not any(c.text.startswith("What is") for c in cards)


def test_the_import_report_says_the_questions_were_taken_off():
    table = e12()
    plan = build_import(table, with_asked(table, guess_mapping(table)), workshop=Workshop())
    assert questions_note(30) in plan.report.lines()
