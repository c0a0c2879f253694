"""This cycle's report, made again at the check months after the day, read "Reworded after the
day. … 1 January 2028 · In progress" as if the room had agreed it, and never printed "What
people told us at the check" (only next cycle's "Last time's actions" did): a commissioner
handed this cycle's report after the check never saw it. Now its action lines say what changed
and what people told us, and its personal-details question lists both."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, reader, squash

from wtfc.export.report import report_pdf
from wtfc.importing.typed_details import typed_details
from wtfc.model.dates import long_date
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.actions import edit_action
from wtfc.model.storage import load_workshop

LATER = dt.date(2027, 5, 12)
HEARD = "People said it got better."


def test_the_report_says_the_rooms_words_date_and_what_people_told_us():
    day = load_workshop(demo_path()).workshop
    doc = Document(load_workshop(demo_path()).workshop)
    first, third = day.actions[0], day.actions[2]
    edit_action(doc, action_id=first.id, what="Reworded after the day.",
                by_when=dt.date(2028, 1, 1), today=LATER).do(doc)
    edit_action(doc, action_id=third.id, heard_at_check=HEARD, today=LATER).do(doc)
    text = squash(all_text(reader(report_pdf(doc.workshop, today=LATER))))
    assert squash("Changed since the workshop: was") in text
    assert squash(first.what[:40]) in text
    assert first.by_when is not None
    assert squash(f"(agreed: {long_date(first.by_when)})") in text
    assert squash(f"What people told us at the check: {HEARD}") in text
    on_the_day = squash(all_text(reader(report_pdf(day, today=day.date))))
    assert squash("Changed since the workshop") not in on_the_day
    assert squash("What people told us at the check") not in on_the_day


def test_the_reports_question_lists_a_name_typed_in_what_people_told_us():
    ws = load_workshop(demo_path()).workshop
    ws.actions[2] = ws.actions[2].model_copy(update={
        "heard_at_check": "Mrs Patel on 07700 900123 said it got better."})
    asked = [d.where for d in typed_details(ws, "report")]
    assert any("[phone] said it got better" in where for where in asked), asked
