"""The room checking its plan at the check read "Pilot small teams of named carers in two areas
· Not started · By 29 Jan 2027" on the projector while the facilitator's Act board beside it
said "(agreed: 29 Aug 2026)", "Changed since the workshop: was '…'" and "People told us: …"
(W1 R2): a date slipped five months read as the one agreed. Act's room card now says them too,
what people told us with the guard's stand-ins; on the day nothing more is drawn."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.boards.plan_room_shown import shown_plan_room, words_on_every_page
from wtfc.model.dates import short_date
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.actions import edit_action
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Stage
from wtfc.ui.boards.plan_room import PlanRoomView

NEW_WORDS = "Pilot small teams of named carers in two areas"
HEARD = "Mrs Patel said nobody came to the first two sessions"


def _drawn(qtbot, doc: Document, today: dt.date, size: tuple[int, int], name: str) -> str:
    view = shown_plan_room(qtbot, doc, size, today, Stage.ACT)
    return words_on_every_page(view, name)


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_the_room_reads_the_agreed_date_what_changed_and_what_people_told_us(qtbot, size):
    doc = Document(load_workshop(demo_path()).workshop)
    first = doc.workshop.actions[0]
    assert first.by_when is not None and doc.workshop.date is not None
    later = doc.workshop.date + dt.timedelta(days=183)
    edit_action(doc, action_id=first.id, what=NEW_WORDS,
                by_when=first.by_when + dt.timedelta(days=150), heard_at_check=HEARD,
                today=later).do(doc)
    text = _drawn(qtbot, doc, later, size, f"room_act_check_{size[0]}")
    assert f"(agreed: {short_date(first.by_when)})" in text
    assert "Changed since the workshop: was" in text
    assert "People told us: [name] said nobody came" in text
    assert "Mrs Patel" not in text  # the guard's stand-in on the projector


def test_on_the_day_neither_is_drawn(qtbot):
    doc = Document(load_workshop(demo_path()).workshop)
    assert doc.workshop.date is not None
    text = _drawn(qtbot, doc, doc.workshop.date, (1366, 768), "room_act_day")
    for words in ("(agreed:", "Changed since the workshop", "People told us"):
        assert words not in text


def test_the_room_follows_an_edit_of_only_what_people_told_us(qtbot):
    """The room view lays out again only where a fact it draws changed: what people told us (and
    the agreed words and date) were not among them, so that edit alone was never drawn (F18)."""
    doc = Document(load_workshop(demo_path()).workshop)
    first = doc.workshop.actions[0]
    later = doc.workshop.date + dt.timedelta(days=183)
    doc.workshop.stage = Stage.ACT
    view = PlanRoomView(doc, today=lambda: later)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    edit_action(doc, action_id=first.id, heard_at_check="The bus comes on time now",
                today=later).do(doc)
    from tests.ui.settled import settle

    settle()
    words = []
    for page in range(view.page_count()):
        view.show_page(page)
        view.grab()
        words += [text for _px, text, _cut in view.drawn_text]
    assert any("The bus comes on time now" in text for text in words)
