"""The data export's "Workshop record" sheet: who was in the room by role, how the room agreed
to work and decide, the reflection's three answers, the next review, and each root-cause team on
a why-tree (who was in it, what it found).

One row per fact, so a commissioner can filter by part or team; the cells are made safe with
the other sheets' (``data.safe_cell``, and the workbook's dropping of control characters).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from wtfc.model.operations.record import tree_teams
from wtfc.model.workshop import RoleCount, Workshop

# "Is total" marks the "In all" rows (a pivot summing "How many" by part counted the room
# twice); "Date" holds the next review as a date cell, "Words or date" as before for lookups
HEADER = ["Part", "Team", "What", "How many", "Words or date", "Is total", "Date"]
# the reflection's questions as the Review board and the report ask them (the report's module
# imports reportlab, which the data export does without)
ANSWERS = (
    ("went_well", "What went well"),
    ("not_so_well", "What didn't go so well"),
    ("do_differently", "What we would do differently next time"),
)
ROOM, REFLECTION, REVIEW = "Who was in the room", "Reflection", "Next review"
# Prepare's and the report's heading; the ground rules the group set and how it would decide
AGREED, AGREED_WHAT = "How we agreed to work and decide", "Ground rules and how we decide"
TEAM = "Root-cause team"
IN_ALL, NOT_RECORDED = "In all", "Not recorded"


def _counts(part: str, team: str, counts: list[RoleCount]) -> list[list[Any]]:
    """A row for each role counted, in the roles' order, then the total ("Not recorded" when
    nobody was counted: 0 would read as an empty room)."""
    counted = [c for c in counts if c.count]
    rows: list[list[Any]] = [[part, team, c.role.label, c.count, "", "no", None]
                             for c in counted]
    total = sum(c.count for c in counted)
    rows.append(
        [part, team, IN_ALL, total, "", "yes", None] if counted
        else [part, team, IN_ALL, None, NOT_RECORDED, "yes", None]
    )
    return rows


def record_table(workshop: Workshop) -> tuple[list[str], list[list[Any]]]:
    """The sheet's header and rows, before any cell is made safe."""
    rows = _counts(ROOM, "", workshop.in_the_room)
    # after who was there, as the day went (format 5: "Not recorded" for an earlier workshop's)
    rows.append([AGREED, "", AGREED_WHAT, None, workshop.agreements.strip() or NOT_RECORDED,
                 "no", None])
    rows += [
        [REFLECTION, "", label, None, getattr(workshop.reflection, field), "no", None]
        for field, label in ANSWERS
    ]
    when: dt.date | str = workshop.next_review or "Not set"
    rows.append([REVIEW, "", "We will look again by", None, when, "no", workshop.next_review])
    on_trees = {team.id for team in tree_teams(workshop)}
    # only teams on a why-tree, as the report: a team taken off its tree is nowhere to be
    # seen or deleted, so its record stays in the file (an undo brings it back) but not here
    for team in (t for t in workshop.teams if t.id in on_trees):
        rows += _counts(TEAM, team.name, team.members)
        rows.append([TEAM, team.name, "What the team found", None, team.summary, "no", None])
    return HEADER, rows
