"""Act's room view drew an action's note ("So far: …") as typed, and its changed words and what
people told us at the check through the guard without the names the facilitator pasted to
watch for, where the feedback letter's guard has them: "Zebedee rang…" reached the projector.
Every word typed after the day now goes up as the letter prints it ("[name] rang…"), on a
long note's continued cards too; pasting a name changes the card, and closing the workshop
lets go of what the guard read."""

from __future__ import annotations

import datetime as dt

from tests.ui.boards.plan_room_shown import shown_plan_room, words_on_every_page
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.actions import edit_action
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Stage
from wtfc.ui.boards import plan_card_words
from wtfc.ui.forget_words import forget_workshop_words

TODAY = dt.date(2027, 5, 12)
NAMES = ("Zebedee Quill",)  # a name the guard finds only when it is pasted
NOTE = "Zebedee rang the office and Quill agreed the new rota with the two providers."
HEARD = "Zebedee said the first visit came on time"


def _doc(note: str = NOTE) -> Document:
    doc = Document(load_workshop(demo_path()).workshop)
    first = doc.workshop.actions[0]
    assert doc.workshop.date is not None and first.by_when is not None
    first.what = "Zebedee's team pilots named carers"  # the room's words, on the day
    edit_action(doc, action_id=first.id, what="Pilot named carers in two areas",
                progress_note=note, heard_at_check=HEARD,
                today=doc.workshop.date + dt.timedelta(days=90)).do(doc)
    doc.workshop.stage = Stage.ACT
    return doc


def _drawn(qtbot, doc: Document, name: str, size: tuple[int, int] = (1366, 768)) -> str:
    return words_on_every_page(shown_plan_room(qtbot, doc, size, TODAY), name)


def test_the_names_to_watch_never_reach_the_projector(qtbot):
    doc = _doc()
    doc.names_to_watch = NAMES
    text = _drawn(qtbot, doc, "room_act_names_to_watch")
    assert "So far: [name] rang the office and [name] agreed" in text
    assert "[name] said the first visit came on time" in text
    assert "Changed since the workshop: was" in text and "[name]'s team" in text
    assert "Zebedee" not in text and "Quill" not in text


def test_a_long_notes_continued_cards_are_guarded_too(qtbot):
    doc = _doc(" ".join([NOTE] * 14))
    doc.names_to_watch = NAMES
    text = _drawn(qtbot, doc, "room_act_names_to_watch_long", (800, 600))
    assert "\n… " in text  # the note went on over a page of its own
    assert "Zebedee" not in text and "Quill" not in text


def test_pasting_a_name_changes_the_card_and_closing_lets_go(qtbot):
    doc = _doc()
    before = _drawn(qtbot, doc, "room_act_names_not_pasted")
    assert "So far: Zebedee rang the office" in before  # not pasted: the guard cannot tell
    doc.names_to_watch = NAMES
    assert "So far: [name] rang the office" in _drawn(qtbot, doc, "room_act_names_pasted")
    assert plan_card_words.guarded.cache_info().currsize
    forget_workshop_words()
    assert plan_card_words.guarded.cache_info().currsize == 0
