"""This cycle's action poster, made again at the check months after the day, read "Reworded
after the day. … 1 January 2028 · In progress" as if the room had agreed that: the Act board
says "Changed since the workshop: was '…'" and "(agreed: …)", the poster said neither. A
facilitator who asks for a reprint at the check now sees what changed, and on the day nothing
more is printed."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, reader, squash

from wtfc.export.action_poster import action_poster_pdf
from wtfc.export.agreed_cells import agreed_when_and_status
from wtfc.export.content import ExportContent
from wtfc.importing.typed_details import typed_details
from wtfc.model.dates import short_date
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.actions import edit_action, move_status
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import ActionStatus, Workshop

LATER = dt.date(2027, 5, 12)
NEW_WORDS = "Reworded after the day."


def _six_months_on() -> tuple[Workshop, Workshop]:
    """The demo as the room left it, and after its check: action 1 reworded and its date
    moved, action 2 done late."""
    day = load_workshop(demo_path()).workshop
    doc = Document(load_workshop(demo_path()).workshop)
    first, second = day.actions[0], day.actions[1]
    edit_action(doc, action_id=first.id, what=NEW_WORDS, by_when=dt.date(2028, 1, 1),
                today=LATER).do(doc)
    move_status(doc, action_id=second.id, status=ActionStatus.DONE, today=LATER).do(doc)
    return day, doc.workshop


def test_the_poster_says_the_rooms_words_and_date_beside_the_new_ones():
    day, later = _six_months_on()
    first = day.actions[0]
    assert first.by_when is not None and first.by_when < LATER
    text = squash(all_text(reader(action_poster_pdf(later, today=LATER))))
    assert squash(NEW_WORDS) in text
    assert squash("Changed since the workshop: was") in text
    assert squash(first.what[:40]) in text  # the room's own words, still on the poster
    assert squash(f"(agreed: {short_date(first.by_when)})") in text
    assert squash("after the date agreed") in text  # done late, said as Act says it


def test_on_the_day_nothing_more_is_printed():
    day, _ = _six_months_on()
    text = squash(all_text(reader(action_poster_pdf(day, today=day.date))))
    assert squash("Changed since the workshop") not in text
    assert squash("(agreed:") not in text


def test_the_by_when_cell_keeps_the_slip_and_the_not_checked_line():
    _, later = _six_months_on()
    content = ExportContent(later, today=LATER)
    moved = later.actions[0]
    cell = agreed_when_and_status(content, moved)
    assert cell.startswith("1 January 2028<br/>(agreed: ")
    assert "Not checked since the workshop" not in cell  # it was checked: the edit dated it
    done = agreed_when_and_status(content, later.actions[1], long=False)
    assert "<b>Done, " in done and "after the date agreed</b>" in done
    unchecked = next(a for a in later.actions[2:] if a.checked_on is None
                     and a.status in (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS))
    assert agreed_when_and_status(content, unchecked).endswith(
        "<br/>Not checked since the workshop")


def test_the_action_posters_question_lists_a_phone_number_in_the_rooms_words():
    ws = load_workshop(demo_path()).workshop
    ws.actions[0] = ws.actions[0].model_copy(update={
        "what": NEW_WORDS, "agreed_what": "Ring Mrs Patel on 07700 900123 first."})
    asked = [d.where for d in typed_details(ws, "action-poster")]
    assert any("Ring [name] on [phone] first" in where for where in asked), asked
    assert squash("07700900123") in squash(all_text(reader(action_poster_pdf(ws,
                                                                            today=LATER))))
