"""Act's room view shows a note typed after the day with the names to watch for as "[name]";
names pasted from an e-mail's To line ('"Quarrie, Zebulon" <…>') kept their quote marks glued
on and matched nothing, so "zebulon rang" went to the projector as typed (review 32 R2 S1)."""

from __future__ import annotations

import datetime as dt

from tests.ui.boards.plan_room_shown import shown_plan_room, words_on_every_page
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.actions import edit_action
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Stage
from wtfc.ui.boards.common import RefusalNotice
from wtfc.ui.cards_held_back import WatchNamesBox
from wtfc.ui.undo import UndoAdapter

TO_LINE = '"Quarrie, Zebulon" <zebulon.quarrie@council.gov.uk>; \u201cHope Green\u201d'


def test_a_note_naming_someone_pasted_from_an_email_reads_name_on_the_room_view(qtbot):
    doc = Document(load_workshop(demo_path()).workshop)
    first = doc.workshop.actions[0]
    assert doc.workshop.date is not None
    today = doc.workshop.date + dt.timedelta(days=90)
    edit_action(doc, action_id=first.id, progress_note="zebulon rang; the carer, quarrie, came",
                today=today).do(doc)
    box = WatchNamesBox(doc, UndoAdapter(doc), RefusalNotice())  # Collect's box, as pasted
    qtbot.addWidget(box)
    box.names_box.setPlainText(TO_LINE)
    box.end_editing()
    view = shown_plan_room(qtbot, doc, (1366, 768), today, Stage.ACT)
    words = words_on_every_page(view, "room_act_names_pasted_with_marks")
    assert any(line.endswith("So far: [name] rang; the carer, [name], came")
               for line in words.splitlines())
    assert "zebulon" not in words.lower() and "quarrie" not in words.lower()
