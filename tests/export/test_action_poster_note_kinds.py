"""The A1 action poster's note under the counts named "Each action's “Because:” line" while the
lines under a working theme's actions read "Builds on: …" and a hope's "In the way: …" (A25 R1):
with only a hope's actions on it, the poster printed no "Because:" line at all but for the note.
The note now names the lead-ins the sheet prints, as the theme posters' note does."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, demo_workshop, reader, squash

from wtfc.export.action_poster import action_poster_pdf
from wtfc.model.workshop import Kind, Workshop

TODAY = dt.date(2026, 11, 29)


def _kinds(ws: Workshop, kinds: dict[str, Kind]) -> Workshop:
    themes = [t.model_copy(update={"kind": kinds.get(t.id, t.kind)}) for t in ws.themes]
    return ws.model_copy(update={"themes": themes})


def _cause_themes(ws: Workshop) -> list[str]:
    """The themes of the causes the demo's actions tackle, first tackled first."""
    of = {c.id: c.theme_id for c in ws.causes}
    return list(dict.fromkeys(of[a.cause_id] for a in ws.actions if a.cause_id in of))


def _text(ws: Workshop) -> str:
    return all_text(reader(action_poster_pdf(ws, today=TODAY)))


def test_the_note_names_every_lead_in_the_poster_prints():
    demo = demo_workshop()
    first, second = _cause_themes(demo)[:2]
    text = _text(_kinds(demo, {first: Kind.WORKING, second: Kind.FUTURE}))
    assert squash("Builds on: ") in text and squash("In the way: ") in text
    kinds = len(_cause_themes(demo)) > 2  # a third theme's actions still read "Because:"
    leads = ("“Because:”, " if kinds else "") + "“Builds on:” or “In the way:”"
    assert squash(f"Each action's {leads} line is in full in the report") in text


def test_a_hope_alone_never_names_a_line_that_is_not_there():
    demo = demo_workshop()
    hope = _cause_themes(demo)[0]
    of = {c.id: c.theme_id for c in demo.causes}
    ws = _kinds(demo, {hope: Kind.FUTURE})
    ws = ws.model_copy(update={"actions": [a for a in ws.actions if of.get(a.cause_id) == hope]})
    text = _text(ws)
    assert squash("In the way: ") in text
    assert squash("Each action's “In the way:” line is in full in the report") in text
    assert "Because" not in text
