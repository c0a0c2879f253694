"""Act's room view with an Outlook To line pasted in Names to watch for whose display names
carry pronouns ('"Jones, Tom (he/him)" <…>'): "he" was a watched name, so a note read "[name]
said [name] died" on the projector (code review A2 #2)."""

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

TO_LINE = '"Khan, Aisha (she/her)" <ak@riverside.gov.uk>; "Jones, Tom (he/him)" <tj@z.org>'


def test_a_note_with_a_pronoun_reads_as_typed_but_the_name(qtbot):
    doc = Document(load_workshop(demo_path()).workshop)
    first = doc.workshop.actions[0]
    assert doc.workshop.date is not None
    today = doc.workshop.date + dt.timedelta(days=90)
    edit_action(doc, action_id=first.id, progress_note="aisha said he rang her",
                today=today).do(doc)
    box = WatchNamesBox(doc, UndoAdapter(doc), RefusalNotice())  # Collect's box, as pasted
    qtbot.addWidget(box)
    box.names_box.setPlainText(TO_LINE)
    box.end_editing()
    view = shown_plan_room(qtbot, doc, (1366, 768), today, Stage.ACT)
    words = words_on_every_page(view, "room_act_names_pasted_pronouns")
    assert any(line.endswith("So far: [name] said he rang her") for line in words.splitlines()), \
        words
