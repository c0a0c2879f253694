"""An action on a hope says what it clears the way of, not why: a Future theme's causes answer
"what stands in the way of this?", but its action's line read "Because: No transport after the
number 12 bus stopped", the reason people want to get out (review R3 R1, left by F8). Each kind
leads its cause in its own words (``link_words``); a problem's action still says "Because:"."""

from __future__ import annotations

import datetime as dt

from tests.export.export_checks import all_text, reader, squash
from tests.export.export_workshop import make_workshop  # named in full: Plan's test uses it
from wtfc.export.action_poster import action_poster_pdf
from wtfc.export.report import report_pdf
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.model.workshop import Cause, Priority, Workshop

TODAY = dt.date(2026, 12, 1)
BUS = "No transport after the number 12 bus stopped."
NEIGHBOURS = "Neighbours live close by."
RED = "Contracts pay by the minute."


def linked() -> Workshop:
    """a1 (t1, not working) tackles k2; a3 (t2, a hope) h1; a4 (t3, working) w1."""
    ws = make_workshop()
    themes = [t.model_copy(update={"priority": Priority(chosen=True, rank=3)})
              if t.id == "t3" else t for t in ws.themes]
    causes = [*ws.causes, Cause(id="h1", theme_id="t2", text=BUS, root_cause=True, agreed=True),
              Cause(id="w1", theme_id="t3", text=NEIGHBOURS, root_cause=True, agreed=True)]
    a3 = next(a for a in ws.actions if a.id == "a3")
    a4 = a3.model_copy(update={"id": "a4", "theme_id": "t3", "cause_id": "w1",
                               "what": "Tell other areas about the good neighbour scheme."})
    actions = [a.model_copy(update={"cause_id": {"a1": "k2", "a3": "h1"}.get(a.id)})
               for a in ws.actions]
    return ws.model_copy(update={"themes": themes, "causes": causes, "actions": [*actions, a4]})


def test_the_report_leads_each_kinds_action_cause_in_its_own_words():
    text = all_text(reader(report_pdf(linked(), today=TODAY)))
    assert squash(f"In the way: {BUS}") in text and squash(f"Because: {BUS}") not in text
    assert squash(f"Builds on: {NEIGHBOURS}") in text
    assert squash(f"Because: {RED}") in text  # a problem's, as it was


def test_the_posters_lead_a_hopes_action_cause_with_in_the_way():
    hope = all_text(reader(theme_posters_pdf(linked(), theme_ids=["t2"], today=TODAY)))
    assert squash(f"In the way: {BUS}") in hope and squash("Because:") not in hope
    a1 = all_text(reader(action_poster_pdf(linked(), today=TODAY)))
    assert squash(f"In the way: {BUS}") in a1 and squash(f"Because: {RED}") in a1
