"""A priority's why-tree given to a team before any cause is written: the report names the team
and who is in it, as its A3 poster and the data export do (code review 37 A1 R7: the report said
"The teams" only under a tree with causes)."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text_of, demo_workshop, squash

from wtfc.export.report import report_pdf
from wtfc.model.document import Document
from wtfc.model.operations.causes import give_tree_to_team
from wtfc.model.operations.record import set_team_count
from wtfc.model.operations.themes import set_priority
from wtfc.model.workshop import RoomRole


def test_the_report_names_the_team_of_a_priority_with_no_causes_yet():
    doc = Document(demo_workshop())
    theme = next(t for t in doc.workshop.themes
                 if t.kind.value == "not_working" and t.name and t.card_ids
                 and not any(c.theme_id == t.id for c in doc.workshop.causes))
    set_priority(doc, theme_id=theme.id, chosen=True).do(doc)
    give_tree_to_team(doc, theme_id=theme.id, team="Team Green").do(doc)
    set_team_count(doc, team="Team Green", role=RoomRole.OLDER_PEOPLE, count=2).do(doc)
    text = all_text_of(report_pdf(doc.workshop, today=dt.date(2026, 12, 1)))
    assert squash("Team Green (2 older people)") in text
