"""A2 (session 36): 53ef5ccd puts the team after the theme's name on the Plan/Act room view,
"Team: <team> · 3 actions · as of …", without setting the team's name apart (FSI … PDI), so an
Urdu team name pulls the count into it: the projector reads "Team: 3 · ٹیم الف actions · as of
1 December 2026" (rendered at 1024x768). The Theme boxes' short_teams isolates the name; the
room views' theme_teams_line does not. Paste into tests/ui/boards/."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QTextLayout

from tests.ui.boards.board_workshops import demo_priority
from wtfc.model.operations.causes import assign_team
from wtfc.ui.boards.plan_room import PlanRoomView

TEAM = "ٹیم الف"  # "Team A"


def _x_of(text: str, part: str) -> float:
    layout = QTextLayout(text)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return line.cursorToX(text.index(part))[0]


def test_an_urdu_team_keeps_the_count_after_it_on_the_plan_room_view(qtbot):  # fails at HEAD
    doc, third = demo_priority(3)
    tree = [c.id for c in doc.workshop.causes if c.theme_id == third]
    assign_team(doc, cause_ids=tree, team=TEAM).do(doc)
    view = PlanRoomView(doc, theme_id=third, today=lambda: dt.date(2026, 12, 1))
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    view.grab()
    line = next(words for _, words, _ in view.drawn_text if "Team:" in words)
    line = line.split("\n")[-2] if line.count("\n") > 1 else line.split("\n")[-1]
    assert _x_of(line, "3 actions") > max(_x_of(line, w) for w in TEAM.split()), line
