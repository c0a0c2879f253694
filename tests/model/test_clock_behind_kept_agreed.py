"""M3 survivor of cefa39c5: a laptop clock weeks before the workshop's date, in a file that
already keeps a date the room agreed (agreed_by_when: a later day changed it), so that day has
passed. An edit of the action's words there must keep the room's words too: undone, the
'agreed words or date kept' part of before_the_workshop_wrongly was never tested, and the
edit took the room's words away for good (the report and letter then print the new words as
agreed, with no 'Changed since the workshop')."""

from __future__ import annotations

import datetime as dt

from workshop_builders import sample_workshop

from wtfc.model.document import Document
from wtfc.model.operations.actions import edit_action

DAY = dt.date(2026, 11, 30)


def test_an_edit_before_the_day_keeps_the_rooms_words_once_an_agreed_date_is_kept():
    before = DAY - dt.timedelta(days=20)
    ws = sample_workshop().model_copy(update={"date": DAY})
    ws = ws.model_copy(update={"actions": [
        a.model_copy(update={"checked_on": None, "done_on": None, "added_on": None,
                             "agreed_by_when": DAY + dt.timedelta(days=60)})
        if a.id == "as" else a.model_copy(update={"checked_on": None, "done_on": None,
                                                  "added_on": None})
        for a in ws.actions]})
    doc = Document(ws)
    said = " ".join(doc.get("actions", "as").what.split())
    edit_action(doc, action_id="as", what="Post the rota every Friday", today=before).do(doc)
    assert doc.get("actions", "as").agreed_what == said
