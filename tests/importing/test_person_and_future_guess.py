"""A review team's own headings and kind words are read as they mean: "Ref no." is the person
and "Important to me in future" is Future. Imported as guessed, a walkthrough's spreadsheet gave
160 cards with no person and no Future card, and nothing said so. A column left out that holds
person codes is found, so the mapping step can offer it."""

from __future__ import annotations

import pytest

from wtfc.importing.building import build_import
from wtfc.importing.kind_values import KindValues
from wtfc.importing.mapping import Field, field_for_heading, guess_mapping
from wtfc.importing.person_code_guess import person_code_column
from wtfc.importing.sources import read_source
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Kind, Workshop


@pytest.mark.parametrize("heading", [
    "Ref no.", "Ref. no", "Ref no", "REF NO:", "Ref #", "Reference number", "Reference No.",
    "ID no.", "ID number", "Client no.", "Client #", "Client number", "Client ref",
    "Client ID no.", "Person ID", "Person code", "Service user ID", "Service user ref",
    "Customer number", "Participant code", "Resident ID", "Anonymised ID", "Unique ID",
    "Case no.", "Record number", "File ref",
    # as before
    "Person", "Client", "Name", "Code", "ID", "Ref", "Reference", "Pseudonym", "Who", "Enw",
])
def test_headings_for_a_persons_code_are_the_person(heading):
    assert field_for_heading(heading) == Field.PERSON


@pytest.mark.parametrize("heading", [
    "Review no. of pages", "Number of visits", "No. of reviews", "Number", "No.",
    "Reviewer", "Reviewer ID", "Staff ID", "Worker ID", "Worker no.", "Carer ref",
    "Phone no.", "Tel no", "Room no.", "House no.", "Postcode", "Post code", "NHS number",
    "Service user name", "Client name", "Name of reviewer", "Case worker", "Case", "Record",
    "Record date", "Client since", "ID checked", "Reference date", "Reference to policy",
    "Code of practice", "Review no.", "Referral no.", "Visit ID",
])
def test_other_numbers_and_codes_are_not_the_person(heading):
    assert field_for_heading(heading) != Field.PERSON


@pytest.mark.parametrize("value", [
    "Important to me in future", "Important to me in the future", "Important in future",
    "Important for future", "Important to us in the future", "In future", "In the future",
    "What's important to me for the future?", "My future", "What are your hopes for the future?",
    "Hopes for my future",
])
def test_future_words_with_or_without_the_and_to_me_are_future(value):
    assert KindValues.default().kind_of(value) == Kind.FUTURE


@pytest.mark.parametrize(("value", "kind"), [
    ("What's really not working for me", Kind.NOT_WORKING),
    ("Not working for us", Kind.NOT_WORKING),
    ("Working for me", Kind.WORKING),
    ("What works for me", Kind.WORKING),
])
def test_words_around_a_kind_word_do_not_change_it(value, kind):
    assert KindValues.default().kind_of(value) == kind


@pytest.mark.parametrize("value", [
    "Not important to me in future", "Important to me", "Amber", "Me", "The", "Future of the bus",
])
def test_a_value_that_is_not_a_kind_without_its_filler_is_still_asked_about(value):
    assert KindValues.default().kind_of(value) is None


def test_skip_these_rows_sticks_on_a_value_read_loosely():
    """The facilitator says a loosely read value means no kind: it is not read loosely again,
    and saying a kind for it later wins."""
    values = KindValues.default().with_value("Important to me in future", None)
    assert values.kind_of("important to me in future") is None
    assert values.kind_of("Important in future") == Kind.FUTURE  # only that value is skipped
    assert values != KindValues.default()
    again = values.with_value("Important to me in future", Kind.WORKING)
    assert again.kind_of("Important to me in future") == Kind.WORKING


def spring_reviews(path):
    """The walkthrough's sheet in small: a merged title row and note above headings on row 4,
    each person's code, name and area merged down their 6 rows, the kind merged over each
    pair, codes typed "p3" among "P01", a blank row and a sub-total row."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Reviews Q1"
    sheet["A1"] = "Adult Social Care – Person centred reviews (TOP 2 STATEMENTS)"
    sheet.merge_cells("A1:F1")
    sheet["A2"] = "Collated by the review team. Do not circulate."
    sheet.merge_cells("A2:F2")
    sheet.append([])
    sheet.append(["Ref no.", "Service user name", "Neighbourhood", "Category",
                  "Comments (top 2)", "Reviewer"])
    kinds = ("What's working?", "Not working", "Important to me in future")
    names = ("Margaret Jones", "Arthur Smith", "Doris Patel", "Harold Brown")
    row = 5
    for number, name in enumerate(names, 1):
        start = row
        code = f"p{number}" if number == 3 else f"P{number:02d}"
        for kind in kinds:
            for pair in (1, 2):
                sheet.append([code if row == start else None, name if row == start else None,
                              "North" if row == start else None, kind if pair == 1 else None,
                              f"{kind[:3]} statement {pair} of {code}", "JB"])
                row += 1
            sheet.merge_cells(start_row=row - 2, start_column=4, end_row=row - 1, end_column=4)
        for column in (1, 2, 3):
            sheet.merge_cells(start_row=start, start_column=column, end_row=row - 1,
                              end_column=column)
        if number == 2:
            sheet.append([])
            sheet.append(["Sub-total 2 reviews"])
            row += 2
    book.save(path)
    return path


def test_the_walkthroughs_sheet_imports_with_its_people_and_future_as_guessed(tmp_path):
    table = read_source(spring_reviews(tmp_path / "spring-reviews-2027.xlsx"))
    mapping = guess_mapping(table)
    assert mapping.header_row == 3
    # Neighbourhood: the person's locality (its merged cells give it on their first row)
    assert mapping.fields == (Field.PERSON, Field.IGNORE, Field.PERSON_LOCALITY, Field.KIND,
                              Field.TEXT, Field.IGNORE)
    plan = build_import(table, mapping, workshop=Workshop())
    assert plan.report.cards_added == 24
    assert [c.kind for c in plan.cards].count(Kind.FUTURE) == 8
    assert plan.report.people_added == 4
    assert [p.locality for p in plan.people] == ["North"] * 4
    assert all(c.person for c in plan.cards)


def test_a_left_out_column_of_codes_is_found_to_offer_as_the_person(tmp_path):
    table = read_source(spring_reviews(tmp_path / "spring-reviews-2027.xlsx"))
    left_out = guess_mapping(table).with_field(0, Field.IGNORE)
    assert person_code_column(table, left_out) == 0  # "p3" and the sub-total among "P01"…
    assert person_code_column(table, guess_mapping(table)) is None  # a person is chosen


@pytest.mark.parametrize(("column", "values"), [
    ("names", ["Margaret Jones", "Arthur Smith", "Doris Patel"]),
    ("numbers", ["1", "2", "3"]),  # more often a row number than a person
    ("one code", ["Q1", "Q1", "Q1"]),  # a form's or a quarter's, not a person's
    ("areas", ["North", "South", "North"]),
])
def test_no_column_is_offered_that_does_not_hold_person_codes(column, values):
    rows = [("Kind", "Statement", column),
            *((kind, f"Said {i}", value) for i, (kind, value) in
              enumerate(zip(("Working", "Not working", "Future"), values, strict=True)))]
    table = SourceTable(rows=rows, source_name="reviews.csv")
    mapping = guess_mapping(table)
    assert Field.PERSON not in mapping.fields
    assert person_code_column(table, mapping) is None
