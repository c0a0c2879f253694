"""A pasted name whose word is a month ("May Smith", "April Jones", "June Day") turned dates
into "[name]": the letter to homes and Act's room view printed "Since [name] the carers ring
ahead; the new rota started on 12 [name]" and the export asked nothing (whole-day walk W2
R2). Where a date's words stand around it the word is the month; elsewhere it stays a name."""

from __future__ import annotations

from pathlib import Path

import pytest

from wtfc.importing.guard_scoring import read_labelled_statements
from wtfc.importing.watch_guard import watched_findings, watched_redacted

NAMES = ("May Smith", "April Jones", "June Day", "August Lee", "Zebedee")
W2_NOTE = "Since May the carers ring ahead; the new rota started on 12 April"


@pytest.mark.parametrize("text", [
    W2_NOTE,
    "In June the carers changed the rota.",
    "By 3 June the new rota starts.",
    "Due end of April.",
    "May 12 we met the council; May 2026 is the review.",
    "From April to June the bus was late.",
    "Last May, early April and mid-June were the worst; this May too.",
    "The beginning of April, during June and late May were quiet.",
    "Nobody rang until April. Since May, things are better.",
    "On the 3rd of June the rota changed.",
])
def test_a_date_with_a_pasted_months_name_prints_as_typed(text):
    assert watched_redacted(text, NAMES) == text


@pytest.mark.parametrize(("text", "shown"), [
    ("May rang the office", "[name] rang the office"),
    ("I told April", "I told [name]"),
    ("May and Ann came to the meeting", "[name] and [name] came to the meeting"),
    ("Thanks to May", "Thanks to [name]"),
    ("May and June came", "[name] and [name] came"),
    ("Since May left nobody rings", "Since [name] left nobody rings"),
    ("Until April comes back we have no cover", "Until [name] comes back we have no cover"),
    ("A card from May and one made by June", "A card from [name] and one made by [name]"),
    ("On Monday May rang", "On Monday [name] rang"),
    ("We sat in May's room", "We sat in [name]'s room"),
    ("In May Smith rang", "In [name] rang"),
    ("The late May Smith ran the club", "The late [name] ran the club"),
    ("May 12 people came", "[name] 12 people came"),
])
def test_a_pasted_months_name_said_of_a_person_stays_hidden(text, shown):
    assert watched_redacted(text, NAMES) == shown



def test_the_labelled_set_with_months_names_pasted_still_finds_every_detail():
    """Every hand-labelled statement read with its own names and a team of months' names
    pasted: each labelled detail is still found (recall 1.0; precision went 0.909 → 0.928)."""
    data = Path(__file__).parent / "data" / "personal_details_statements.txt"
    for statement in read_labelled_statements(data):
        watched = watched_findings(statement.text, (*statement.known_names, *NAMES))
        for label in statement.expected:
            assert any(f.start < label.end and label.start < f.end for f in watched), label
