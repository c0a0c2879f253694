"""A form exported twice (saved as a draft, then complete with a word put right) gives its
statements once: the earlier row is skipped for the later one, and the report says so (review
34 R4 R8). Before, "The bus into town stopped" and "The bus in to town stopped" went up as two
cards of one person, counted twice in their theme, and nothing was said."""

from __future__ import annotations

import csv

import pytest

from wtfc.importing.building import build_import
from wtfc.importing.cli import main_import
from wtfc.importing.edited_rows import edited_later
from wtfc.importing.edited_words import retyped
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.report import SkipReason
from wtfc.importing.skip_forecast import forecast_skips
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Workshop

HEAD = ["Person ID", "Question", "Answer", "Form status", "Last updated"]
QUESTIONS = ["What is working?", "What is not working?", "What is important for the future?"]
ANSWERS = ["My carers are kind", "The bus into town stopped", "To stay in my own home"]


def _e13() -> list[list[str]]:
    """R4's E13: each of 10 people's three answers as a draft, then complete (one put right)."""
    rows = [HEAD]
    for p in range(10):
        for k in range(3):
            words = f"{ANSWERS[k]} ({p})"
            rows.append([f"P{p + 1:02d}", QUESTIONS[k], words, "Draft", "2026-03-01"])
            rows.append([f"P{p + 1:02d}", QUESTIONS[k], words.replace("bus into", "bus in to"),
                         "Complete", "2026-03-04"])
    return rows


def _plan(rows: list[list[str]], workshop: Workshop | None = None):
    table = SourceTable(rows=rows, source_name="export.csv")
    return build_import(table, guess_mapping(table), workshop=workshop or Workshop())


def test_a_form_exported_twice_gives_each_statement_once():
    plan = _plan(_e13())
    texts = [card.text for card in plan.cards]
    assert len(texts) == 30
    assert "The bus in to town stopped (0)" in texts  # the form as completed
    assert not any("bus into" in text for text in texts)
    lines = plan.report.lines()
    # the 10 drafts worded a little differently are said, each with the row kept
    assert ("  Row 4: the same as row 5, worded a little differently; the later row's words "
            "are kept") in lines
    assert sum(1 for s in plan.report.skipped if s.later) == 10
    assert sum(1 for s in plan.report.skipped if s.reason == SkipReason.DUPLICATE) == 30
    assert ("Skipped as duplicate of a card already there: 30 (10 of them are the same as a "
            "later row of the file, worded a little differently: the later row's words are "
            "kept).") in lines


def test_the_forecast_counts_them():
    table = SourceTable(rows=_e13(), source_name="export.csv")
    forecast = forecast_skips(table, guess_mapping(table))
    assert forecast.versions == 10
    assert forecast.describe() == (
        "⚠ Import will skip 10 rows: 10 said again by a later row of the same person, a "
        "word put right (the later row's words are kept).")


def test_the_command_line_says_so(tmp_path, capsys):
    source = tmp_path / "e13.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(_e13())
    assert main_import([str(source), "--into", str(tmp_path / "w.wtfc")]) == 0
    out = capsys.readouterr().out
    assert "30 cards added from 60 rows; 30 skipped." in out
    assert "10 of them are the same as a later row of the file" in out
    assert "Row 4: the same as row 5, worded a little differently" in out


ROWS = [["Person ID", "Kind", "Statement"]]


@pytest.mark.parametrize(("first", "second"), [
    ("I go to the lunch club on Fridays", "I go to the lunch club on Mondays"),
    ("My carers are kind", "My carers are kind but always late"),
    ("Good food", "Bad food"),
    ("The meals are hot", "The meals are cold"),
    ("Statement 1 of P01", "Statement 2 of P01"),
    ("Calls are rushed, 15 minutes", "Calls are rushed, 45 minutes"),
    ("Visit 9", "Visit 10"),
])
def test_two_statements_that_share_words_stay_two_cards(first, second):
    plan = _plan([*ROWS, ["P01", "Working", first], ["P01", "Working", second]])
    assert [card.text for card in plan.cards] == [first, second]


_BUS, _BUS_PUT_RIGHT = "The bus into town stopped", "The bus in to town stopped"


@pytest.mark.parametrize("rows", [
    [["P01", "Working", _BUS], ["P02", "Working", _BUS_PUT_RIGHT]],
    [["P01", "Working", _BUS], ["P01", "Not working", _BUS_PUT_RIGHT]],
    [["", "Working", _BUS], ["", "Working", _BUS_PUT_RIGHT]],
], ids=["other person", "other kind", "no person"])
def test_a_light_edit_is_only_a_version_for_the_same_person_and_kind(rows):
    assert len(_plan([*ROWS, *rows]).cards) == 2


def test_the_last_of_three_versions_is_kept():
    plan = _plan([*ROWS, ["P01", "Working", "My carrers are always knid"],
                  ["P01", "Working", "My carers are always knid"],
                  ["P01", "Working", "My carers are always kind"],
                  ["P01", "Working", "The lunch club"]])
    assert [card.text for card in plan.cards] == ["My carers are always kind", "The lunch club"]
    assert [s.later for s in plan.report.skipped] == [4, 4]


def test_a_name_redacted_in_the_later_version():
    plan = _plan([*ROWS, ["P01", "Working", "Zebulon takes me to the shops"],
                  ["P01", "Working", "[name] takes me to the shops"]])
    assert [card.text for card in plan.cards] == ["[name] takes me to the shops"]


def test_the_same_file_again_adds_nothing():
    workshop = Workshop()
    first = _plan(_e13(), workshop)
    workshop.cards.extend(first.cards)
    assert _plan(_e13(), workshop).cards == []


def test_retyped():
    assert retyped("the bus into town stopped", "the bus in to town stopped")
    assert retyped("my carrers are always kind", "my carers are always kind")
    assert retyped("i can't go out on my own", "i cant go out on my own")
    assert not retyped("my carers are always kind", "my carers are always kind")  # a repeat
    assert not retyped("on fridays", "on mondays")
    # a short answer, or one real word for another, is another thing said (A14 S1)
    assert not retyped("my carrers are kind", "my carers are kind")
    assert not retyped("i want my meals on time every day", "i want my meds on time every day")
    assert not retyped("i can go out on my own", "i cant go out on my own")


# Review 34 A14 S1: one person's two answers of a kind, a letter or two apart, both real
# words: each was merged into the other, the earlier row's words lost
@pytest.mark.parametrize(("first", "second"), [
    ("Meals on time", "Meds on time"),
    ("My hearing", "My heating"),
    ("Pills run out", "Bills run out"),
    ("Cold", "Food"),
    ("Stairs", "Chairs"),
    ("I can go out", "I cant go out"),
    ("I would like to see my son more", "I would like to see my sons more"),
    ("I want to go walking with my friends", "I want to go talking with my friends"),
])
def test_two_answers_a_letter_or_two_apart_stay_two_cards(first, second):
    plan = _plan([*ROWS, ["P01", "Not working", first], ["P01", "Not working", second]])
    assert [card.text for card in plan.cards] == [first, second]
    assert plan.report.skipped == []
    table = SourceTable(rows=[*ROWS, ["P01", "Not working", first],
                              ["P01", "Not working", second]], source_name="export.csv")
    assert forecast_skips(table, guess_mapping(table)).versions == 0  # the window's preview


def test_the_command_line_keeps_both_meals_and_meds(tmp_path, capsys):
    source = tmp_path / "t1.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["Person", "Kind", "Statement"],
                                      ["P01", "Not working", "Meals on time"],
                                      ["P01", "Not working", "Meds on time"],
                                      ["P02", "Not working", "My hearing"],
                                      ["P02", "Not working", "My heating"]])
    assert main_import([str(source), "--into", str(tmp_path / "w.wtfc")]) == 0
    assert "4 cards added from 4 rows." in capsys.readouterr().out


def test_edited_later_looks_within_a_person_and_kind():
    rows = [("P01", "working", "the bus into town stopped", 2),
            ("P02", "working", "the bus in to town stopped", 3),
            ("P01", "working", "the bus in to town stopped", 4),
            ("P01", "working", "the bus in to twon stopped", 5)]
    assert edited_later(rows) == {0: 3, 2: 3}
