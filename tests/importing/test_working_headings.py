"""Statement columns headed in a council's own words ("Top thing working", "Second thing
working") are read as Working statements, and a column of words the import leaves out is named
in its report: two statement columns were dropped with no word said."""

from __future__ import annotations

import pytest

from wtfc.importing.building import build_import
from wtfc.importing.left_out import left_out_columns
from wtfc.importing.mapping import Field, field_for_heading, guess_mapping
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Kind, Workshop

# The reviewer's sheet (odd.xlsx): a title row, a blank row, then the headings
ODD_ROWS = [
    ("Northtown home care reviews - October (do not share)",),
    (),
    *(
        tuple(line.split(" | "))
        for line in (
            "Review date | Client ref | Worker | Top thing working | Second thing working | "
            "Not working (1) | Not working (2) | Hopes for the future",
            "03/10/2026 | NT-104 | J. Smith | My carers are kind | I like my meals | "
            "They come too early to put me to bed | I feel lonely in the afternoons | "
            "To go to the garden centre",
            "05/10/2026 | NT-117 | J. Smith | My son helps with shopping |  | "
            "Carers change every week | Nobody tells me when they are late | "
            "To stay in my own home",
            "09/10/2026 | NT-122 | A. Khan | Sarah Jenkins from the agency is lovely | "
            "The day centre | I can't get to church anymore |  | To see my friends more",
            "12/10/2026 | NT-131 | A. Khan | My cat | My neighbour pops in | "
            "The office never rings back | They don't know how I like my tea | "
            "To go out on the bus",
        )
    ),
]
# the workers' names are watched for on the cards (``name_columns``)
WATCHED = (" Cards are checked against the names in “Worker” (a card naming someone is held "
           "back); the names are not kept.")
LEFT_OUT_BY_HAND = (
    "Left out: Worker (4 cells with words), Top thing working (4 cells with words), "
    "Second thing working (3 cells with words)." + WATCHED
)


def odd_table() -> SourceTable:
    return SourceTable(rows=ODD_ROWS, source_name="odd.xlsx", sheet="Reviews Oct")


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("Top thing working", Field.WORKING),
        ("Second thing working", Field.WORKING),
        ("What's working well", Field.WORKING),
        ("Things that are working well", Field.WORKING),
        ("Working 2", Field.WORKING),
        ("Not working (1)", Field.NOT_WORKING),
        ("Things that are not working", Field.NOT_WORKING),
        ("Things that aren't working", Field.NOT_WORKING),
        ("What isn't really working", Field.NOT_WORKING),
        ("Stopped working", Field.NOT_WORKING),
        ("Hopes for the future", Field.FUTURE),
        ("Working or not", Field.KIND),
        # no statements in these
        ("Not sure it is working", None),
        ("Working hours", None),
        ("Worker", None),
        ("Networking", None),
    ],
)
def test_working_anywhere_in_a_heading_names_working_statements(heading, field):
    assert field_for_heading(heading) == field


def test_the_top_and_second_thing_working_columns_become_working_cards():
    table = odd_table()
    mapping = guess_mapping(table)
    assert mapping.header_row == 2 and mapping.layout == "wide"
    assert mapping.fields == (
        Field.IGNORE,
        Field.PERSON,
        Field.IGNORE,
        Field.WORKING,
        Field.WORKING,
        Field.NOT_WORKING,
        Field.NOT_WORKING,
        Field.FUTURE,
    )
    plan = build_import(table, mapping, workshop=Workshop())
    working = [c.text for c in plan.cards if c.kind == Kind.WORKING]
    assert working == [
        "My carers are kind",
        "I like my meals",
        "My son helps with shopping",
        "Sarah Jenkins from the agency is lovely",
        "The day centre",
        "My cat",
        "My neighbour pops in",
    ]
    assert plan.report.cards_added == 18
    # the name is on a card now, so it is held back for the facilitator to check
    held = [c.text for c in plan.cards if c.personal_details]
    assert held == ["Sarah Jenkins from the agency is lovely"]


def test_the_report_names_every_left_out_column_that_holds_words():
    table = odd_table()
    mapping = guess_mapping(table)
    lines = build_import(table, mapping, workshop=Workshop()).report.lines()
    # the dates hold no words; the workers' names do
    assert "Left out: Worker (4 cells with words)." + WATCHED in lines
    dropped = mapping.with_field(3, Field.IGNORE).with_field(4, Field.IGNORE)
    lines = build_import(table, dropped, workshop=Workshop()).report.lines()
    assert lines.index(LEFT_OUT_BY_HAND) == 2  # under where it was read and what was added


def test_nothing_left_out_says_nothing():
    table = SourceTable(
        rows=[("Person", "Kind", "Statement"), ("P01", "red", "Late")], source_name="reviews.csv"
    )
    mapping = guess_mapping(table)
    assert left_out_columns(table, mapping) == []
    lines = build_import(table, mapping, workshop=Workshop()).report.lines()
    assert not any(line.startswith("Left out") for line in lines)


def test_a_left_out_heading_that_is_a_name_is_not_shown_in_the_report():
    table = SourceTable(
        rows=[("Person", "Kind", "Statement", "Sarah Jenkins"), ("P01", "red", "Late", "notes")],
        source_name="reviews.csv",
    )
    lines = build_import(table, guess_mapping(table), workshop=Workshop()).report.lines()
    assert "Left out: [name] (1 cell with words)." in lines


def test_a_first_row_of_statements_saying_working_is_still_data():
    """Without a heading row, a statement with "working" in it is not taken for a heading."""
    rows = [
        ("P1", "Working", "My carer is working hard"),
        ("P2", "Not working", "Cold rooms"),
        ("P3", "Future", "Walks in the park"),
    ]
    mapping = guess_mapping(SourceTable(rows=rows, source_name="noheadings.csv"))
    assert mapping.header_row is None
    assert mapping.fields == (Field.PERSON, Field.KIND, Field.TEXT)
