"""A care-system export whose answers start with their question, and a cell holding two
answers ("What is not working? - The bus into town stopped.⏎My carer rushes my bath."): the
second answer had no question of its own, so no kind, and was skipped as "unknown kind" -
words lost, and nothing said before Import (review 34 R6-0). Now a split cell's later answers
take the kind of the question above them, and the mapping step counts what will be skipped."""

from __future__ import annotations

from wtfc.importing.asked_answers import with_asked
from wtfc.importing.building import build_import
from wtfc.importing.mapping import Field, guess_mapping
from wtfc.importing.report import SkipReason
from wtfc.importing.skip_forecast import forecast_skips
from wtfc.importing.statements import read_statements
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Kind, Workshop

QUESTIONS = ["What is working?", "What is not working?",
             "What is important to you for the future?"]
ANSWERS = ["My carers are kind", "The bus into town stopped", "To stay in my own home"]
KINDS = [Kind.WORKING, Kind.NOT_WORKING, Kind.FUTURE]
SECOND = ["I like the day centre a lot.", "My carer rushes my bath.",
          "I want to see my grandchildren."]


def _sheet(cells: dict[int, str]) -> SourceTable:
    """R4's E12 (30 answers of 10 people, each after its question), some cells replaced."""
    rows = [("Person ID", "Response", "Form status")]
    rows += [(f"P{n // 3 + 1:02d}", cells.get(n, f"{QUESTIONS[n % 3]} - {ANSWERS[n % 3]} {n}"),
              "Complete") for n in range(30)]
    return SourceTable(rows=rows, source_name="E.csv")


def _read(table: SourceTable):
    mapping = with_asked(table, guess_mapping(table))
    return read_statements(table, mapping), forecast_skips(table, mapping)


def test_a_split_cells_second_answer_takes_the_kind_of_its_question():
    # four two-answer cells, one of each kind and a second "not working", and three "N/A"s
    two = {n: f"{QUESTIONS[n % 3]} - {ANSWERS[n % 3]}.\n{SECOND[n % 3]}" for n in (3, 5, 7, 17)}
    table = _sheet({**two, 9: "N/A", 10: "N/A", 20: "N/A"})
    result, forecast = _read(table)
    assert len(result.statements) == 27 + 4
    for n in two:  # both answers, of the row's kind, the question off the first
        cards = [(s.kind, s.text) for s in result.statements if s.row == n + 2]
        assert cards == [(KINDS[n % 3], f"{ANSWERS[n % 3]}."), (KINDS[n % 3], SECOND[n % 3])]
    assert [s.reason for s in result.skipped] == [SkipReason.NO_ANSWER] * 3
    assert forecast.total == 3 and forecast.no_answer == 3
    plan = build_import(table, with_asked(table, guess_mapping(table)), workshop=Workshop())
    assert "My carer rushes my bath." in [card.text for card in plan.cards]


def test_an_answer_under_a_later_question_takes_that_questions_kind():
    table = _sheet({4: "What is working? - The day centre is good.\n"
                       "What is not working? - The bus into town stopped.\n"
                       "My carer rushes my bath."})
    result, forecast = _read(table)
    cards = [(s.kind, s.text) for s in result.statements if s.row == 6]
    assert cards == [(Kind.WORKING, "The day centre is good."),
                     (Kind.NOT_WORKING, "The bus into town stopped."),
                     (Kind.NOT_WORKING, "My carer rushes my bath.")]
    assert not result.skipped and forecast.total == 0


def test_the_mapping_step_counts_each_answer_that_will_be_skipped():
    # answers before any question have no kind (each skipped); "Nothing to add." is no answer
    table = _sheet({4: "The bus into town stopped.\nMy carer rushes my bath.",
                    8: f"{QUESTIONS[2]} - To stay at home.\nNothing to add."})
    result, forecast = _read(table)
    reasons = sorted(s.reason.value for s in result.skipped)
    assert reasons == ["no_answer", "unknown_kind", "unknown_kind"]
    assert (forecast.no_kind, forecast.no_answer, forecast.total) == (2, 1, 3)
    assert "3 answers from 2 rows" in forecast.describe()  # as the sheet counts rows (A16 R0)


def test_with_a_kind_column_each_answer_skipped_is_counted():
    rows = [("Person ID", "Question", "Answer"),
            ("P01", "What is working?", "My carers are lovely.\nNothing to add."),
            ("P02", "Amber", "The bus is always late.\nCalls are far too rushed."),
            ("P03", "What is not working?", "Nobody rings me back.")]
    table = SourceTable(rows=rows, source_name="E.csv")
    mapping = guess_mapping(table).with_field(1, Field.KIND)  # (Amber: not guessed as kinds)
    result, forecast = read_statements(table, mapping), forecast_skips(table, mapping)
    assert [s.text for s in result.statements] == ["My carers are lovely.",
                                                   "Nobody rings me back."]
    reasons = sorted(s.reason.value for s in result.skipped)
    assert reasons == ["no_answer", "unknown_kind", "unknown_kind"]
    assert (forecast.no_answer, forecast.unknown, forecast.total) == (1, {"Amber": 2}, 3)
