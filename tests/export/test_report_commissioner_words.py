"""Words only a wtfc user knows are not printed for a commissioner who was not in the room
(review 34 R5 F5): no "by kind" or "Kind" column, no "the data export", no "No category yet"
(and "By category" is said in How to read), one word for a started action, on time or late,
and no stage name in the data export's About this data."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text_of, demo_report_pdf, demo_workshop, squash

from wtfc.export.action_poster import action_poster_pdf
from wtfc.export.data import data_tables
from wtfc.model.workshop import Stage

TODAY = dt.date(2026, 11, 29)


def test_the_demo_report_has_none_of_wtfcs_own_words():
    text = all_text_of(demo_report_pdf(TODAY, previous=True))  # "Since last time" too
    for word in ("by kind", "Kind", "data export", "No category yet", "Late: started"):
        assert squash(word) not in text, word
    assert squash("Not sorted") in text
    assert squash("“By category” sorts them by type (money, process…)") in text
    # the demo's late action begun is said as its on-time ones are
    assert squash("⚠ Late: in progress") in text and squash("In progress") in text


def test_the_action_poster_says_a_late_started_action_the_same_way():
    text = all_text_of(action_poster_pdf(demo_workshop(), today=TODAY))
    assert squash("Late: in progress") in text and "Late:started" not in text


def test_about_this_data_names_no_stage():
    _, rows = data_tables(demo_workshop(), today=TODAY)["about"]
    said = " ".join(str(cell) for row in rows for cell in row)
    for stage in Stage:
        assert f"in {stage.label})" not in said, stage  # "(as set in Prepare)" was
    assert "as counted on the day" in said
