"""The letter to homes ran what people told us at the check on from an action's note, its lead-in
not bold and no full stop between: "What has happened so far: Pilot agreed What people told us
at the check: Better now" read as one sentence to an older reader (R1, session 31). Each
lead-in is now bold at the start of a line of its own, in this time's part and last time's;
and a stopped action's reason is ended before what changed since ("No money. We changed…")."""

from __future__ import annotations

import datetime as dt

from export_checks import reader

from wtfc.export.content import ExportContent
from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.feedback_sheet_since import since_words
from wtfc.export.feedback_sheet_words import feedback_words
from wtfc.model.document import Document
from wtfc.model.operations.actions import edit_action
from wtfc.model.workshop import Action, ActionStatus, Kind, Role, Theme, Workshop

DAY, TODAY = dt.date(2026, 4, 21), dt.date(2026, 11, 29)
SO_FAR = "What has happened so far:"
HEARD = "What people told us at the check:"


def _workshop(title: str, what: str, status: ActionStatus = ActionStatus.IN_PROGRESS,
              note: str = "Pilot agreed") -> Workshop:
    theme = Theme(id="t1", kind=Kind.NOT_WORKING, name="I have nobody to talk to")
    theme.priority.chosen, theme.priority.rank = True, 1
    doc = Document(Workshop(title=title, date=DAY, themes=[theme], actions=[
        Action(id="a1", theme_id="t1", role=Role.PROVIDERS, what=what,
               by_when=dt.date(2027, 1, 1))]))
    edit_action(doc, action_id="a1", status=status, progress_note=note,
                heard_at_check="Better now", checked_on=TODAY, today=TODAY).do(doc)
    return doc.workshop


def test_the_note_and_what_people_told_us_are_a_bold_line_each_in_both_parts():
    last, now = _workshop("Spring", "Open a cafe."), _workshop("Autumn", "Start a lunch club.")
    pdf = reader(feedback_sheet_pdf(now, today=TODAY, previous=last, guard=lambda t: t))
    lines = [" ".join(line.split()) for page in pdf.pages for line in page.extract_text()
             .splitlines()]
    # last time's action (in "Since last time"), then this time's: each a line of its own
    assert lines.count(f"{SO_FAR} Pilot agreed") == 2, lines
    assert lines.count(f"{HEARD} Better now") == 2
    bold: list[str] = []

    def visit(text, _cm, _tm, font, _size) -> None:
        if font is not None and "Bold" in str(font.get("/BaseFont")):
            bold.append(" ".join(text.split()))

    for page in pdf.pages:
        page.extract_text(visitor_text=visit)
    assert bold.count(SO_FAR) == 2 and bold.count(HEARD) == 2


def test_a_stopped_actions_reason_ends_before_what_changed():
    stopped = _workshop("Spring", "Open a cafe.", ActionStatus.DROPPED, "No money")
    doc = Document(stopped)
    edit_action(doc, action_id="a1", what="Open a cafe on Fridays", today=TODAY).do(doc)
    [doing_for] = feedback_words(ExportContent(doc.workshop, today=TODAY)).priorities
    [doing] = doing_for.actions
    said = "We have stopped this: No money. We changed this: it is now 'Open a cafe on Fridays'."
    assert doing.so_far == f"{said}\n{HEARD} Better now"
    [(_theme, [was])] = since_words(doc.workshop, TODAY, []).themes
    assert was.happened == said and was.so_far == f"{HEARD} Better now"
