"""Codes shaped like weeks ("W1".."W6") under a heading that names no time: six codes each on
several rows, with no dates in the rows, are people and offered as the person (they were read
as weeks and never offered). Weeks that run on (W1..W40) or sit beside dates are not."""

from __future__ import annotations

import pytest

from wtfc.importing.building import build_import
from wtfc.importing.mapping import Field, guess_mapping
from wtfc.importing.person_code_guess import person_code_column
from wtfc.importing.person_columns import holds_dates
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Workshop

KINDS = ("Working", "Not working", "Future")


def _sheet(heading, codes, *, dates=False):
    rows = [(heading, "Kind", "Statement", *(("Date",) if dates else ()))]
    rows += [(code, KINDS[i % 3], f"Said number {i}",
              *((f"{1 + i % 28:02d}/11/2026",) if dates else ()))
             for i, code in enumerate(codes)]
    return SourceTable(rows=rows, source_name="reviews.csv")


SIX_PEOPLE = [f"W{person}" for person in range(1, 7) for _ in range(6)]


@pytest.mark.parametrize("heading", ["No.", "Reviewer", ""])
def test_six_week_shaped_codes_each_on_six_rows_are_offered_as_the_person(heading):
    table = _sheet(heading, SIX_PEOPLE)
    mapping = guess_mapping(table)
    assert Field.PERSON not in mapping.fields
    assert person_code_column(table, mapping) == 0
    report = build_import(table, mapping, workshop=Workshop()).report
    name = heading or "Column A"
    assert any(f"“{name}” looks like person codes" in line for line in report.lines())


@pytest.mark.parametrize(("case", "codes", "dates"), [
    ("weeks that run on", [f"W{week}" for week in range(1, 41) for _ in range(2)], False),
    ("beside dates", SIX_PEOPLE, True),
    ("one row each", [f"W{week}" for week in range(1, 7)], False),
])
def test_real_weeks_are_still_not_offered(case, codes, dates):
    table = _sheet("No.", codes, dates=dates)
    assert person_code_column(table, guess_mapping(table)) is None, case


def test_a_heading_naming_the_week_is_never_the_person_whatever_its_codes():
    table = _sheet("Week", SIX_PEOPLE)
    assert person_code_column(table, guess_mapping(table)) is None


def test_a_person_heading_over_week_shaped_codes_is_the_person_as_before():
    table = _sheet("Ref", SIX_PEOPLE)
    assert guess_mapping(table).fields[0] == Field.PERSON


@pytest.mark.parametrize("value", ["2026-11-12", "2026-11-12T09:30:00", "12/11/2026",
                                   "12.11.26", "12 Nov 2026", "3-March-2027"])
def test_dates_as_cells_read_are_dates(value):
    assert holds_dates([value, value])
    assert not holds_dates(["W3", "P01"])
