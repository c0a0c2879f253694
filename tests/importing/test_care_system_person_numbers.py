"""A care system's export: the person's number under the system's name ("Mosaic ID", "LAS ID")
is the person, never a review's, a form's or an answer's number beside it (review 34 R4 R5).

Taking "Review ID" as the person made one person reviewed twice two people (E7: "10 people
added" for 9), and a number on every answer made every card its own person (E1: 40 for 10),
which the priorities' people counts and the small-group rule then read."""

from __future__ import annotations

import csv
import json

import pytest

from wtfc.importing.building import build_import
from wtfc.importing.cli import main_import
from wtfc.importing.mapping import Field, field_for_heading, guess_mapping
from wtfc.importing.person_code_guess import person_code_column
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Workshop

QUESTIONS = ("What is working?", "What is not working?", "What is important for the future?")


def _answers() -> list[list[str]]:
    """Ten people, three answers each: Mosaic ID, Question, Answer (R4's E6)."""
    return [[str(1000231 + n // 3), QUESTIONS[n % 3], f"Answer number {n} about my carers"]
            for n in range(30)]


def _e7() -> list[list[str]]:
    """A Review ID per review beside the Mosaic ID; 1000231 reviewed twice: 9 people."""
    rows = [[f"RV{5000 + n // 3}", *row] for n, row in enumerate(_answers())]
    for row in rows[27:]:
        row[1] = "1000231"
    return [["Review ID", "Mosaic ID", "Question", "Answer"], *rows]


def _e1() -> list[list[str]]:
    """A number on every answer (RV5001…), the Mosaic ID and the NHS number beside it."""
    return [["Review ID", "Mosaic ID", "NHS number", "Team", "Question", "Answer"],
            *[[f"RV{5001 + n}", row[0], f"943 476 59{n // 3:02d}", "Older People North",
               *row[1:]] for n, row in enumerate(_answers())]]


def _table(rows: list[list[str]]) -> SourceTable:
    return SourceTable(rows=rows, source_name="export.csv")


def _people(rows: list[list[str]]) -> set[str]:
    table = _table(rows)
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    return {card.person for card in plan.cards}


def _csv(path, rows: list[list[str]]):
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_mosaic_id_is_the_person_beside_a_review_id():
    mapping = guess_mapping(_table(_e7()))
    assert mapping.fields == (Field.IGNORE, Field.PERSON, Field.KIND, Field.TEXT)
    assert len(_people(_e7())) == 9


def test_a_number_on_every_answer_is_no_person():
    mapping = guess_mapping(_table(_e1()))
    assert mapping.fields[:3] == (Field.IGNORE, Field.PERSON, Field.IGNORE)  # NHS number out
    assert len(_people(_e1())) == 10


def test_mosaic_id_alone_is_found_with_no_question():
    mapping = guess_mapping(_table([["Mosaic ID", "Question", "Answer"], *_answers()]))
    assert mapping.fields == (Field.PERSON, Field.KIND, Field.TEXT)
    assert not mapping.problems()


def test_the_command_line_says_nine_people(tmp_path, capsys):
    into = tmp_path / "review.wtfc"
    assert main_import([str(_csv(tmp_path / "e7.csv", _e7())), "--into", str(into)]) == 0
    out = capsys.readouterr().out
    assert "9 people added" in out and "No column gave the person" not in out
    saved = json.loads(into.read_text(encoding="utf-8"))
    assert len({card["person"] for card in saved["cards"]}) == 9


@pytest.mark.parametrize("heading", [
    "Mosaic ID", "LAS ID", "SystmOne ID", "Eclipse ID", "AZEUS ID", "ContrOCC ref",
    "Mosaic person ID", "LAS client number", "Client ID", "Service user ID"])
def test_care_systems_person_numbers(heading):
    assert field_for_heading(heading) == Field.PERSON


@pytest.mark.parametrize("heading", [
    "NHS number", "NHS no.", "Review ID", "Form ID", "Episode ID", "Mosaic", "LAS",
    "Workflow step ID", "Case note ID", "Assessment ref", "Answer ID", "Response ID"])
def test_not_the_person(heading):
    assert field_for_heading(heading) != Field.PERSON


@pytest.mark.parametrize(("heading", "field"), [
    ("Answer", Field.TEXT), ("Answers", Field.TEXT), ("Response", Field.TEXT)])
def test_answer_and_response_hold_the_statements(heading, field):
    assert field_for_heading(heading) == field
    # a statement is no heading: "Answer" alone is
    assert field_for_heading("Answer phone never picked up", loose=False) is None


# Headings wtfc knows none of for the statements ("Said"), so the values are read: a code
# column is the person only when it is someone's
def _by_values(head: list[str], rows: list[list[str]]) -> tuple[Field, ...]:
    return guess_mapping(_table([head, *rows])).fields


def test_by_values_a_review_id_is_no_person():
    rows = [[f"RV{5000 + n // 3}", "North", QUESTIONS[n % 3], f"Answer {n} about my carers"]
            for n in range(30)]
    assert _by_values(["Review ID", "Team", "Q", "Said"], rows)[0] == Field.IGNORE
    # the same codes under a heading that names no review are the person
    assert _by_values(["Who", "Team", "Q", "Said"], rows)[0] == Field.PERSON


def test_by_values_codes_all_different_beside_a_number_that_repeats():
    rows = [[f"RV{5001 + n}", str(1000231 + n // 3), "North", QUESTIONS[n % 3],
             f"Answer {n} about my carers"] for n in range(30)]
    assert _by_values(["Item", "Number", "Team", "Q", "Said"], rows)[0] == Field.IGNORE
    # with nothing beside them that repeats, one statement a person: each code is someone's
    alone = [[row[0], *row[2:]] for row in rows]
    assert _by_values(["Item", "Team", "Q", "Said"], alone)[0] == Field.PERSON


def test_a_review_id_is_never_offered_as_the_person():
    rows = [["Review ID", "Team", "Question", "Comments"],
            *[[f"RV{5000 + n // 3}", "North", QUESTIONS[n % 3], f"Answer {n} about my carers"]
              for n in range(30)]]
    table = _table(rows)
    mapping = guess_mapping(table)
    assert Field.PERSON not in mapping.fields
    assert person_code_column(table, mapping) is None


def test_a_question_that_is_no_kind_is_left_out():
    rows = [["Person ID", "Question", "Answer"],
            *[[f"P{n:02d}", "How do you get about?", f"By bus, answer {n}"] for n in range(9)]]
    mapping = guess_mapping(_table(rows))
    assert mapping.fields[:2] == (Field.PERSON, Field.IGNORE)
    assert "working, not working or for the future" in mapping.problems()[0]
