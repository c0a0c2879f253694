"""A sheet with no heading row whose row 1 has a mistyped kind ("Workng") is not read as having
its headings in row 1: P01's statement was dropped with no word (code review D2 #1); it is a row
skipped and said, with the advice to define "Workng" as a kind, as before. Headings wtfc does not
know ("Q1, Q2, Q3") over P01… are still the heading row."""

from wtfc.importing.building import build_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Workshop

TEXTS = ["The carers are always late", "I like the lunch club", "Nobody tells me who is coming",
         "My daughter helps with shopping", "The bus to the day centre is good",
         "I want to stay in my own home", "Staff listen to me"]
KINDS = ["Working", "Not working", "Working", "Important in the future", "Not working",
         "Working", "Working"]
BELOW = [(f"P0{n}", t, k) for n, (t, k) in enumerate(zip(TEXTS, KINDS, strict=True), 2)]


def _read(first_row):
    table = SourceTable(rows=[first_row, *BELOW], source_name="export.csv")
    mapping = guess_mapping(table)
    return mapping, build_import(table, mapping, workshop=Workshop())


def test_a_mistyped_kind_in_row_1_is_a_row_skipped_and_said():
    mapping, plan = _read(("P01", "My carer comes on time", "Workng"))
    assert mapping.header_row is None
    assert len(plan.cards) == 7 and len(plan.report.skipped) == 1
    assert "Workng" in str(plan.report.skipped[0])


def test_a_short_statement_is_known_by_its_persons_code():
    mapping, plan = _read(("P01", "Lonely", "Wroking"))
    assert mapping.header_row is None and len(plan.report.skipped) == 1


def test_unknown_headings_are_still_the_heading_row():
    mapping, plan = _read(("Q1", "Q2", "Q3"))
    assert mapping.header_row == 0 and len(plan.cards) == 7 and plan.report.skipped == []


NAMES = ["Mary", "Ahmed", "Joan", "Bill", "Priya", "Tom", "Ann"]


def test_a_kind_spelt_nearly_right_is_a_row_whatever_else_is_in_it():
    """No person column, a first name or a number as the person, a one-word statement: row 1's
    "Workng" / "Wroking" is still a row skipped and said (code review E1 #1)."""
    shapes = [
        (("Lonely at weekends", "Workng"), list(zip(TEXTS, KINDS, strict=True))),
        (("Lonely", "Wroking"), list(zip(TEXTS, KINDS, strict=True))),
        (("Sue", "Lonely at weekends", "Workng"), list(zip(NAMES, TEXTS, KINDS, strict=True))),
        (("1", "Lonely", "Workng"),
         [(str(n), t, k) for n, (t, k) in enumerate(zip(TEXTS, KINDS, strict=True), 2)]),
    ]
    for first, below in shapes:
        table = SourceTable(rows=[first, *below], source_name="export.csv")
        mapping = guess_mapping(table)
        plan = build_import(table, mapping, workshop=Workshop())
        assert mapping.header_row is None, first
        assert len(plan.cards) == 7 and len(plan.report.skipped) == 1, first
