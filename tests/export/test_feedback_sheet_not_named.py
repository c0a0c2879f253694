"""The feedback letter goes to the older people whose reviews were used: a group the room made
and has not named yet ("Group 1 (not named yet)") is not something they told us. It is left out
of "What you told us…", as a theme with no name is, and the letter says "We are still naming
some of what you told us." (it printed "✗ Group 1 (not named yet) (a few people)", and "1. Group
1 (not named yet)" as a priority). A priority not named yet is listed by its cards' words, with
its actions (``test_feedback_sheet_unnamed_actions.py``)."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, reader, squash
from export_workshop import make_workshop

from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.feedback_sheet_words import (
    STILL_NAMING,
    STILL_NAMING_ALL_CHOSEN,
    STILL_NAMING_CHOSEN,
)
from wtfc.model.unnamed_themes import PLACEHOLDER


def test_a_group_not_named_yet_is_left_out_and_said_to_be_being_named():
    ws = make_workshop()
    # t1 a priority (rank 1, with actions), t3 a working theme: both grouped, not named yet
    names = {"t1": PLACEHOLDER.format(n=1), "t3": PLACEHOLDER.format(n=2)}
    themes = [t.model_copy(update={"name": names[t.id]}) if t.id in names else t
              for t in ws.themes]
    text = all_text(reader(feedback_sheet_pdf(ws.model_copy(update={"themes": themes}),
                                              today=dt.date(2026, 11, 28))))
    assert "notnamedyet" not in text and "Group1" not in text and "Group2" not in text
    # the not-named priority's actions, quoting no one
    assert squash("1.About something we are still naming") in text
    assert squash("The carers change every week") not in text
    assert squash("Pay for continuity") in text
    assert squash(STILL_NAMING) in text and squash(STILL_NAMING_CHOSEN) in text
    # the named priority keeps its number, as the board and the report give it
    assert squash("2.I want to stay in my own home") in text


def test_a_letter_with_no_group_named_yet_does_not_say_some():
    """Every group not named yet: "still naming some of what we chose" told the older people
    that others were named (review 24 code_b2 F7). They are listed by their cards' words, with
    their actions, and then said to be still being named."""
    ws = make_workshop()
    themes = [t.model_copy(update={"name": PLACEHOLDER.format(n=n)})
              for n, t in enumerate(ws.themes, start=1)]
    text = all_text(reader(feedback_sheet_pdf(ws.model_copy(update={"themes": themes}),
                                              today=dt.date(2026, 11, 28))))
    assert squash(f"Not started yet.{STILL_NAMING_ALL_CHOSEN}") in text  # after the priorities
    assert squash("Pay for continuity") in text
    assert "stillnamingsome" not in text.lower()  # nor of what you told us
    assert "notnamedyet" not in text and "Group1" not in text
