"""Last time's yardsticks (its success statements, what it would do differently, its next
review date) are said in the Review's words, and the personal-detail guard reads them as it
reads the rest of last time's words the report prints (the feedback sheet prints none)."""

from __future__ import annotations

import datetime as dt

from wtfc.importing.last_time_details import last_time_details
from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.last_time_parts import printed_parts
from wtfc.model.last_time_yardsticks import (
    do_differently_text,
    next_review_text,
    opening_lines,
    success_text,
    yardsticks,
)
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Perspective, Reflection, SuccessStatement, Workshop

SUCCESS = "My carers listen to me and understand what is important to me."
STAFF = "We get good training and support."
DIFFERENTLY = "Book a quieter room with a hearing loop."


def spring(**update) -> Workshop:
    """The demo's last cycle with the yardsticks a spring workshop sets."""
    previous = load_workshop(demo_previous_path()).workshop
    theme = previous.themes[0].id
    return previous.model_copy(update={
        "success": [SuccessStatement(theme_id=theme, perspective=Perspective.STAFF_AND_MANAGERS,
                                     text=STAFF),
                    SuccessStatement(theme_id=theme, perspective=Perspective.OLDER_PEOPLE,
                                     text=SUCCESS)],
        "reflection": Reflection(do_differently=DIFFERENTLY),
        "next_review": dt.date(2027, 5, 12), **update})


def test_the_review_opens_with_what_we_said_we_would_do_differently_and_the_date():
    marks = yardsticks(spring())
    assert opening_lines(marks) == [
        f"Last time we said we would do differently: {DIFFERENTLY}",
        "We said we would look again on 12 May 2027."]
    bare = yardsticks(spring(reflection=Reflection(), next_review=None, success=[]))
    assert do_differently_text(bare) == "" and next_review_text(bare) == ""
    assert opening_lines(bare) == [] and bare.success == {}


def test_success_statements_go_with_their_theme_older_people_first():
    previous = spring()
    marks = yardsticks(previous)
    assert list(marks.success) == [previous.themes[0].id]
    assert success_text(marks.success[previous.themes[0].id]) == (
        f"What we said success would look like: Older people: “{SUCCESS}” · "
        f"Staff and managers: “{STAFF}”")
    assert success_text([]) == ""


def test_the_guard_reads_the_yardsticks_the_report_prints_and_says_where():
    current = load_workshop(demo_path()).workshop
    previous = spring(reflection=Reflection(
        do_differently="Ring Mrs Patel at 14 Mill Lane before the day."))
    parts = {p.what for p in printed_parts(previous, current)}
    assert {"success", "differently"} <= parts
    assert not {"success", "differently"} & {p.what for p in printed_parts(
        previous, current, "feedback")}  # the letter prints neither
    found = [d.where for d in last_time_details(previous, current)]
    assert any(w.startswith("What we said last time we would do differently:") for w in found)
    assert not any("Mrs Patel" in w or "Mill Lane" in w for w in found)  # by kind only
