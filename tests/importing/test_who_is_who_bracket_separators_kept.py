"""Names to watch for: a who-is-who line keeps its bracket's own separators when a code or an
area is taken out of it (6deba079, no test of its own): the box shows the line as typed, less
the code and area, so 'rings daily' is not run on as another name with commas.
Place: tests/importing/."""

from __future__ import annotations

import pytest

from wtfc.importing.who_is_who import name_of, names_lines


@pytest.mark.parametrize(("typed", "kept"), [
    ("Margaret Ellsworth (daughter Grace; rings daily, North)",
     "Margaret Ellsworth (daughter Grace; rings daily)"),
    ("Margaret Ellsworth (P02; daughter Grace - rings daily)",
     "Margaret Ellsworth (daughter Grace - rings daily)"),
    ("Harold Pike (Mr Pike: son Tom, North)", "Harold Pike (Mr Pike: son Tom)"),
    ("Ann Lee (neighbour: Mrs Patel; North)", "Ann Lee (neighbour: Mrs Patel)"),
])
def test_a_code_or_area_taken_out_of_a_bracket_leaves_its_separators_as_typed(typed, kept):
    assert names_lines(typed) == [kept]
    assert name_of(typed) == kept  # a list dropped as a file reads the same


def test_a_bracket_of_only_a_code_and_an_area_goes_whole():
    assert names_lines("Dorothy Pennyworth (P03, North)") == ["Dorothy Pennyworth"]


# 676a9100's reading, in the shapes its rows leave untried: an area with its tail ("North
# team", "South area") as a cell, bracket or note, and a code leading a note's words. Either
# read as a name holds back 'The North team never rings me back' or any card saying 'P05'.
@pytest.mark.parametrize(("typed", "names"), [
    ("Ann Lee, North team", ["Ann Lee"]),
    ("Ann Lee (South area)", ["Ann Lee"]),
    ("Ann Lee - North team", ["Ann Lee"]),
    ("Harold Pike - P05 rings daily", ["Harold Pike"]),
    ("Margaret Ellsworth: P02 lives alone", ["Margaret Ellsworth"]),
])
def test_an_area_with_its_tail_or_a_code_before_a_note_is_no_name(typed, names):
    from wtfc.importing.pasted_names import parse_names

    assert parse_names(typed) == names
