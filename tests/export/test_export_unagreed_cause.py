"""An action whose cause the room has not agreed to address (or has un-marked on the why-tree)
says so wherever the plan is read, as the Plan and Act boards do: "Because (cause not agreed):
…". The A3 posters, the report and the A1 poster printed plain "Because: …"."""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import all_text, demo_workshop, reader, squash

from wtfc.export.action_poster import action_poster_pdf
from wtfc.export.content import ExportContent
from wtfc.export.report import report_pdf
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.model.workshop import Workshop

TODAY = dt.date(2026, 12, 1)
CAUSE = "The office has no simple way"  # why12, which a06, a09 and a13 tackle


def unagreed() -> Workshop:
    """The demo with why12 no longer agreed to address (nor a root cause)."""
    ws = demo_workshop()
    causes = [
        c.model_copy(update={"agreed": False, "root_cause": False}) if c.id == "why12" else c
        for c in ws.causes
    ]
    return ws.model_copy(update={"causes": causes})


def test_what_every_export_prints_under_the_action_says_the_cause_is_not_agreed():
    ws = unagreed()
    content = ExportContent(ws)
    action = next(a for a in ws.actions if a.id == "a06")
    statement = next(s for s in ws.success if s.id == action.success_id)
    cause = next(c for c in ws.causes if c.id == "why12")
    assert content.answers(action) == [
        f"Because (cause not agreed): {cause.text}",
        f"So people can say: “{statement.text}”",
    ]
    assert content.answers(action, success=False) == [f"Because (cause not agreed): {cause.text}"]
    agreed = next(a for a in ws.actions if a.id == "a07")  # its cause is still agreed
    assert content.answers(agreed, success=False)[0].startswith("Because: Care workers")


@pytest.mark.parametrize("export", ["posters", "report", "action-poster"])
def test_the_posters_and_the_report_say_so_under_the_action(export):
    ws = unagreed()
    if export == "posters":
        # Without a08: the poster's four actions leave no room for the lines under them.
        ws = ws.model_copy(update={"actions": [a for a in ws.actions if a.id != "a08"]})
        pdf = theme_posters_pdf(ws, theme_ids=["t05"], today=TODAY)
    elif export == "report":
        pdf = report_pdf(ws, today=TODAY)
    else:
        pdf = action_poster_pdf(ws, today=TODAY)
    text = all_text(reader(pdf))
    marked = text.count(squash(f"Because (cause not agreed): {CAUSE}"))
    assert marked >= 2, marked  # a06, a09 and a13 (the A3 poster shows no dropped one)
    assert squash(f"Because: {CAUSE}") not in text
    assert squash("Because: Care workers' pay and conditions") in text  # a07's, agreed
