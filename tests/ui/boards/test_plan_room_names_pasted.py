"""Names pasted to watch for while Act's room view is up: pasting sends no edit, so the view
kept the layout it had, and a long note's continued cards (split as the guard read the note
before) went on reading "Zebedee rang…" on the projector until something else laid it out.
The view now lays out again when it is next drawn with other names; and each row is sized on
the note as the card shows it, "[name]" in place of a long name, not as typed (a line off)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QImage

from tests.ui.boards.plan_room_shown import shown_plan_room
from tests.ui.boards.test_plan_room_names_to_watch import NAMES, NOTE, TODAY, _doc
from tests.ui.renders import save_render, saved_pages
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.actions import edit_action
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Stage
from wtfc.ui.boards.common import RefusalNotice
from wtfc.ui.boards.plan_room import PlanRoomView
from wtfc.ui.cards_held_back import WatchNamesBox
from wtfc.ui.undo import UndoAdapter


def _view(qtbot, doc: Document, size: tuple[int, int]) -> PlanRoomView:
    return shown_plan_room(qtbot, doc, size, TODAY)


def _paste(qtbot, doc: Document, names: str) -> None:
    """As the facilitator does, on Collect's "Names to watch for" box (no edit, no event)."""
    box = WatchNamesBox(doc, UndoAdapter(doc), RefusalNotice())
    qtbot.addWidget(box)
    box.names_box.setPlainText(names)
    assert doc.names_to_watch == NAMES


def _every_page(view: PlanRoomView, name: str) -> list[str]:
    pages = []
    for page in saved_pages(view, name):
        pages.append("\n".join(text for _px, text, _cut in view.drawn_text))
        assert view.page_label.text() == f"Page {page + 1} of {view.page_count()}"
    return pages


def test_names_pasted_with_the_view_up_reach_a_long_notes_continued_cards(qtbot):
    doc = _doc(" ".join([NOTE] * 14))
    view = _view(qtbot, doc, (800, 600))
    before = _every_page(view, "room_act_names_pasted_before")
    assert sum("Zebedee" in page for page in before) > 2  # the note and its continued cards
    _paste(qtbot, doc, "\n".join(NAMES))
    after = _every_page(view, "room_act_names_pasted_after")
    continued = [page for page in after if "\n… " in page]
    assert continued and all("[name] rang the office" in page for page in continued)
    assert not any("Zebedee" in page or "Quill" in page for page in after)


LONG = "Bartholomew Featherstonehaugh-Smythe"  # a long name the guard shows as "[name]"


def _noted(note: str) -> Document:
    doc = Document(load_workshop(demo_path()).workshop)
    first = doc.workshop.actions[0]
    assert doc.workshop.date is not None
    edit_action(doc, action_id=first.id, progress_note=note,
                today=doc.workshop.date + dt.timedelta(days=90)).do(doc)
    doc.workshop.stage = Stage.ACT
    return doc


def test_a_row_is_sized_on_the_note_as_its_card_shows_it(qtbot):
    said = " and ".join([f"{LONG} rang the office"] * 5) + "."
    pasted = _noted(said)
    pasted.names_to_watch = (LONG,)
    as_shown = _noted(said.replace(LONG, "[name]"))  # the same words, typed as the card shows
    pictures: list[QImage] = []
    for doc in (pasted, as_shown):
        view = _view(qtbot, doc, (1366, 768))
        noted = doc.workshop.actions[0].id
        view.show_page(next(page for page in range(view.page_count())
                            if any(a.id == noted for a in view.page_actions(page))))
        pictures.append(view.grab().toImage())
        save_render(view, f"room_act_row_names_{'pasted' if doc is pasted else 'typed_as_shown'}")
        assert "So far: [name] rang the office" in "\n".join(t for _px, t, _c in view.drawn_text)
    assert pictures[0] == pictures[1]  # not a line taller for the name as typed
